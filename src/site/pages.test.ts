import { describe, expect, it } from 'vitest';
import { buildSite, siteGroupYaml } from '../../test/support/site.js';
import { renderMonthChart } from './chart.js';
import { text } from './html.js';
import { shadeOf, SHADES } from './map.js';

describe('text', () => {
  it.each([
    ['<b>&"\'', '&lt;b&gt;&amp;&quot;&#39;'],
    ['a\u202Eb', 'a\\u{202E}b'],
    ['zero\u200Bwidth', 'zero\\u{200B}width'],
    ['line\nbreak', 'line\nbreak'],
    ['bell\u0007', 'bell\\u{7}'],
    ['ಕನ್ನಡ\u200D', 'ಕನ್ನಡ\u200D'],
    ['Göteborg', 'Göteborg'],
  ])('%j → %j', (input, expected) => {
    expect(text(input)).toBe(expected);
  });
});

describe('shadeOf', () => {
  it.each([
    [0, SHADES[0]],
    [1, SHADES[1]],
    [3, SHADES[2]],
    [4, SHADES[3]],
    [10, SHADES[4]],
    [500, SHADES[4]],
  ])('%i groups → %s', (count, shade) => {
    expect(shadeOf(count)).toBe(shade);
  });
});

describe('renderMonthChart', () => {
  it('draws one bar per month with a count, and names every month for screen readers', () => {
    const svg = renderMonthChart([
      { month: '2026-10', count: 0 },
      { month: '2026-11', count: 2 },
    ]);
    expect(svg.match(/<rect /g)).toHaveLength(1);
    expect(svg).toContain(
      'aria-label="Azure meetups per month: October 2026: 0, November 2026: 2"',
    );
    expect(svg).toMatch(/<text[^>]*>Oct<\/text>.*<text[^>]*>2<\/text><text[^>]*>Nov<\/text>/);
  });
});

/** Group files written by an attacker: every text field and link tries to become markup or script. */
const HOSTILE_NAME = '<img src=x onerror=alert(1)> Azure "Group" \u202Egnp.exe';
const HOSTILE_TITLE = '</li><script>alert(2)</script>';

describe('untrusted text stays text', () => {
  it('escapes names, cities and titles, and links only http(s) URLs', async () => {
    const { files } = await buildSite({
      'groups/evil.yaml': siteGroupYaml({
        slug: 'evil',
        name: HOSTILE_NAME,
        city: '<svg onload=alert(3)>',
        website: 'javascript:alert(4)',
        extraMeetups: [
          '  - date: 2026-12-24',
          `    title: ${JSON.stringify(HOSTILE_TITLE)}`,
          '    azure: true',
          '    url: "data:text/html,<script>alert(5)</script>"',
          '  - date: 2026-12-25',
          '    title: "quote\\" onmouseover=\\"alert(6)"',
          '    azure: true',
          '    url: "https://example.org/\\"onmouseover=\\"alert(7)"',
        ].join('\n'),
      }),
    });
    for (const page of ['index.html', 'groups/evil.html']) {
      const html = files.get(page) ?? '';
      expect(html, page).not.toMatch(/<img|<svg onload|<script>alert|javascript:|data:text|\u202E/);
      // No element carries an event handler: the attacker's ones are all inside escaped text.
      expect(html, page).not.toMatch(/<[^>]*\son\w+=/);
      // Exactly one script in the index (the site's own), none on a group page.
      expect(html.match(/<script/g)?.length ?? 0, page).toBe(page === 'index.html' ? 1 : 0);
    }
    const page = files.get('groups/evil.html') ?? '';
    expect(page).toContain(`<h1>${text(HOSTILE_NAME)}</h1>`);
    expect(page).toContain('&lt;/li&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(page).toContain('href="https://example.org/%22onmouseover=%22alert(7)"');
    expect(page).not.toContain('Website');
  });
});
