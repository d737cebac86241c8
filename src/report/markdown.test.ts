import { describe, expect, it } from 'vitest';
import { markdown, markdownEffects as effects } from '../../test/support/markdown-effects.js';
import { code, fitMarkdown, mention, text } from './markdown.js';

const HOSTILE = [
  '@everyone please look',
  'cc @org/team',
  'see #123 and GH-1',
  '[click](https://evil.example/x)',
  '![pixel](https://evil.example/p.png)',
  '<img src=x onerror=alert(1)>',
  '<!-- tech-groups-registry -->',
  'https://evil.example and www.evil.example and mail@evil.example',
  'a | b | c',
  '**bold** _em_ `code` ~~strike~~',
  '# heading',
  'line\n\n| new | row |\n|---|---|',
  '\u202Eright-to-left\u200B',
  '```',
  'back\\slash',
];

describe('untrusted text in Markdown', () => {
  it.each(HOSTILE)('text(%j) renders as plain text', (value) => {
    const html = markdown.renderInline(text(value));
    expect(effects(html)).toEqual([]);
  });

  it.each(HOSTILE)('code(%j) renders as one code span and nothing else', (value) => {
    const html = markdown.renderInline(code(value));
    expect(effects(html)).toEqual(['code']);
  });

  it.each(HOSTILE)('keeps a table row whole with %j in its cells', (value) => {
    const table = `| a | b |\n|---|---|\n| ${text(value)} | ${code(value)} |\n`;
    const html = markdown.render(table);
    expect(html.match(/<tr>/g)).toHaveLength(2);
    // Extra cells would be dropped silently, so each cell must hold its whole value.
    expect(html).toContain(`<td>${markdown.renderInline(text(value))}</td>`);
    // (Inside a table GFM takes the backslash off an escaped pipe, even in a code span.)
    expect(html).toContain(`<td>${markdown.renderInline(code(value)).replaceAll('\\|', '|')}</td>`);
  });

  it('reads the same to a person', () => {
    expect(markdown.renderInline(text('Venue & pizza (shared)')).replaceAll('&amp;', '&')).toBe(
      'Venue & pizza (shared)',
    );
    expect(markdown.renderInline(code('Göteborg Azure'))).toBe('<code>Göteborg Azure</code>');
  });

  it('mentions only a valid login', () => {
    expect(mention('annadevries')).toBe('@annadevries');
    expect(mention('evil user')).toBe('`evil user`');
  });
});

describe('fitting Markdown to a limit', () => {
  it('leaves text that fits alone', () => {
    expect(fitMarkdown('a\nb', 3, 'cut')).toBe('a\nb');
  });

  it('cuts at a line break, counting UTF-8 bytes, and ends with the note', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `- ✅ line ${String(i)} \`Ärlig grupp\``);
    const fitted = fitMarkdown(lines.join('\n'), 500, '_cut_');
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(500);
    expect(fitted.endsWith('\n\n_cut_')).toBe(true);
    // Whole lines only: every kept line is one of the originals.
    for (const line of fitted.split('\n\n_cut_')[0]?.split('\n') ?? [])
      expect(lines).toContain(line);
  });
});
