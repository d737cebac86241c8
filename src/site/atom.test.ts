import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { buildSite, siteGroupYaml } from '../../test/support/site.js';

interface Link {
  '@_rel': string;
  '@_href': string;
  '@_type'?: string;
}
interface Entry {
  id: string;
  title: { '#text': string };
  updated: string;
  link: Link[];
  summary: { '#text': string };
}
interface Feed {
  id: string;
  title: { '#text': string };
  updated: string;
  author: { name: string };
  link: Link[];
  entry?: Entry[] | undefined;
}

/**
 * Reads a feed with fast-xml-parser, after fast-xml-validator (which throws on the first error)
 * has found it well-formed, with no control character and no `]]>` or `<` where they may not be.
 */
function parseAtom(xml: string): Feed {
  expect(
    SyntaxValidator.validate(xml, { invalidCharSequence: { tagValue: true, attrLt: true } }),
  ).toBe(true);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    textNodeName: '#text',
    alwaysCreateTextNode: true,
    parseTagValue: false,
    isArray: (name) => name === 'entry' || name === 'link',
  }).parse(xml) as { feed: Feed & { '@_xmlns': string; id: { '#text': string } } };
  expect(parsed.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
  const text = (value: unknown): string =>
    typeof value === 'object' && value !== null && '#text' in value
      ? String(value['#text'])
      : String(value);
  const feed = parsed.feed;
  return {
    ...feed,
    id: text(feed.id),
    updated: text(feed.updated),
    author: { name: text((feed.author as unknown as { name: unknown }).name) },
    entry: feed.entry?.map((entry) => ({
      ...entry,
      id: text(entry.id),
      updated: text(entry.updated),
    })),
  };
}

const meetup = (date: string, title: string, azure = true, url?: string): string =>
  [
    `  - date: ${date}`,
    `    title: ${JSON.stringify(title)}`,
    `    azure: ${azure}`,
    ...(url === undefined ? [] : [`    url: ${url}`]),
  ].join('\n');

const HOSTILE =
  'Evil]]></title><entry><id>x</id></entry>&amp; \u0001\u0008\u000B\u202E "quoted" \'single\'';

describe('Atom feeds', () => {
  it('groups.atom: the groups by the day they joined, newest first, with stable ids', async () => {
    const groups = {
      'groups/old.yaml': siteGroupYaml({ slug: 'old', joined: '2021-04-01' }),
      'groups/new.yaml': siteGroupYaml({ slug: 'new', joined: '2026-09-01', country: 'SE' }),
      'groups/undated.yaml': siteGroupYaml({ slug: 'undated', joined: null }),
      'groups/gone.yaml': siteGroupYaml({ slug: 'gone', status: 'leaving' }),
    };
    const { files } = await buildSite(groups);
    const feed = parseAtom(files.get('groups.atom') ?? '');
    expect(feed.id).toBe('tag:azure-tech-groups.registry,2026:groups');
    expect(feed.author.name).toBe('Azure Tech Groups');
    expect(feed.updated).toBe('2026-09-01T00:00:00Z');
    expect(feed.link.map((link) => [link['@_rel'], link['@_href']])).toEqual([
      ['self', 'groups.atom'],
      ['alternate', 'index.html'],
    ]);
    expect(
      feed.entry?.map((entry) => [
        entry.id,
        entry.title['#text'],
        entry.updated,
        entry.link[0]?.['@_href'],
      ]),
    ).toEqual([
      [
        'tag:azure-tech-groups.registry,2026:group:new',
        'new Azure User Group',
        '2026-09-01T00:00:00Z',
        'groups/new.html',
      ],
      [
        'tag:azure-tech-groups.registry,2026:group:old',
        'old Azure User Group',
        '2021-04-01T00:00:00Z',
        'groups/old.html',
      ],
    ]);
    // A later build, a day on and with one more group, keeps every id and changes no old entry.
    const later = await buildSite(
      { ...groups, 'groups/newer.yaml': siteGroupYaml({ slug: 'newer', joined: '2026-11-01' }) },
      '2026-11-23',
    );
    const again = parseAtom(later.files.get('groups.atom') ?? '');
    expect(again.entry?.map((entry) => entry.id)).toEqual([
      'tag:azure-tech-groups.registry,2026:group:newer',
      ...(feed.entry ?? []).map((entry) => entry.id),
    ]);
    expect(again.entry?.slice(1)).toEqual(feed.entry);
  });

  it('meetups.atom: upcoming Azure meetups by date, ids from their calendar UIDs', async () => {
    const groups = {
      'groups/a.yaml': siteGroupYaml({
        slug: 'a',
        extraMeetups: [
          meetup('2026-11-30', 'Soonest'),
          meetup('2026-12-01', 'Not about Azure', false),
          meetup('2026-01-01', 'Held already'),
        ].join('\n'),
      }),
      'groups/b.yaml': siteGroupYaml({ slug: 'b', country: 'SE' }),
    };
    const first = await buildSite(groups);
    const again = await buildSite(groups);
    expect(again.files.get('meetups.atom')).toBe(first.files.get('meetups.atom'));
    const feed = parseAtom(first.files.get('meetups.atom') ?? '');
    expect(feed.updated).toBe('2026-11-22T00:00:00Z');
    const entries = feed.entry ?? [];
    expect(entries.map((entry) => entry.title['#text'])).toEqual([
      '2026-11-30: Soonest (a Azure User Group)',
      '2026-12-10: Bicep for beginners (a Azure User Group)',
      '2026-12-10: Bicep for beginners (b Azure User Group)',
    ]);
    expect(entries[0]?.id).toBe('tag:azure-tech-groups.registry,2026:meetup:a-2026-11-30');
    expect(entries[1]?.id).toMatch(/^tag:azure-tech-groups\.registry,2026:meetup:a-[0-9a-f]{16}$/);
    expect(entries[1]?.link.map((link) => [link['@_rel'], link['@_href']])).toEqual([
      ['alternate', 'https://www.meetup.com/a/events/1/'],
      ['related', 'groups/a.html'],
    ]);
    expect(entries[0]?.link.map((link) => link['@_href'])).toEqual(['groups/a.html']);
  });

  it('keeps hostile names and titles as text: no element of their own, no control characters', async () => {
    const { files } = await buildSite({
      'groups/evil.yaml': siteGroupYaml({
        slug: 'evil',
        name: HOSTILE,
        extraMeetups: meetup('2026-12-24', HOSTILE),
      }),
    });
    for (const file of ['groups.atom', 'meetups.atom']) {
      const xml = files.get(file) ?? '';
      // eslint-disable-next-line no-control-regex
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
      const feed = parseAtom(xml);
      for (const entry of feed.entry ?? []) {
        expect(entry.id).not.toBe('x');
        expect(entry.title['#text']).toContain(
          // The parser decodes the escapes: the text reads back as written, the controls as spaces.
          'Evil]]></title><entry><id>x</id></entry>&amp;    \\u{202E} "quoted" \'single\'',
        );
      }
    }
    const meetups = parseAtom(files.get('meetups.atom') ?? '');
    expect(meetups.entry).toHaveLength(2);
  });

  it('is announced on every page with <link rel="alternate">', async () => {
    const { files } = await buildSite({ 'groups/a.yaml': siteGroupYaml({ slug: 'a' }) });
    for (const [file, prefix] of [
      ['index.html', ''],
      ['stats.html', ''],
      ['groups/a.html', '../'],
      ['countries/nl.html', '../'],
    ] as const) {
      const html = files.get(file) ?? '';
      expect(html, file).toContain(
        `<link rel="alternate" type="application/atom+xml" title="New groups" href="${prefix}groups.atom">`,
      );
      expect(html, file).toContain(
        `<link rel="alternate" type="application/atom+xml" title="Upcoming Azure meetups" href="${prefix}meetups.atom">`,
      );
    }
  });
});
