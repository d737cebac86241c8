import { loadPlaceIndex } from '../adapters/fs/places.js';
import { registryDisk } from '../adapters/fs/registry-disk.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import ICAL from 'ical.js';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateRegistry } from '../../bench/generate.js';
import siteGroupsSchema from '../../schemas/site-groups.schema.json' with { type: 'json' };
import siteGroupsV2Schema from '../../schemas/site-groups.v2.schema.json' with { type: 'json' };
import { DEFAULT_POLICY } from '../core/policy.js';
import { buildSite, memorySiteWriter, siteGroupYaml } from '../../test/support/site.js';
import { GROUPS_JSON_SCHEMA_ID, GROUPS_V2_JSON_SCHEMA_ID } from './feeds.js';
import { runSite, SCHEMA_PATH, SCHEMA_V2_PATH, STATS_SCHEMA_PATH } from './run-site.js';

function events(
  ics: string,
): Array<{ uid: string; summary: string; start: string; url: string | undefined }> {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const url = vevent.getFirstPropertyValue('url');
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      url: typeof url === 'string' ? url : undefined,
    };
  });
}

function validate(schema: object, json: unknown): unknown {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const check = ajv.compile(schema);
  return check(json) ? [] : check.errors;
}

function validateGroupsJson(json: unknown): unknown {
  return validate(siteGroupsSchema, json);
}

describe('runSite', () => {
  it('writes the index, a page and a calendar per active group, the data and the feeds', async () => {
    const { files, outcome } = await buildSite({
      'groups/b.yaml': siteGroupYaml({
        slug: 'b',
        city: 'Stockholm',
        country: 'SE',
        language: 'sv',
      }),
      'groups/a.yaml': siteGroupYaml({ slug: 'a' }),
      'groups/gone.yaml': siteGroupYaml({ slug: 'gone', status: 'leaving' }),
      'groups/new.yaml': siteGroupYaml({ slug: 'new', status: 'applying' }),
    });
    expect(outcome.groups).toBe(2);
    expect([...files.keys()].sort()).toEqual([
      'countries/nl.html',
      'countries/nl.ics',
      'countries/se.html',
      'countries/se.ics',
      'groups.atom',
      'groups.json',
      'groups.v2.json',
      'groups/a.html',
      'groups/a.ics',
      'groups/a/card.html',
      'groups/b.html',
      'groups/b.ics',
      'groups/b/card.html',
      'index.html',
      'meetups.atom',
      'meetups.ics',
      SCHEMA_PATH,
      SCHEMA_V2_PATH,
      STATS_SCHEMA_PATH,
      'stats.html',
      'stats.json',
    ]);
    const index = files.get('index.html') ?? '';
    expect(index).toContain('href="groups/a.html"');
    expect(index).not.toContain('gone');
    expect(index).not.toContain('>new ');
  });

  it('leaves leaders, Tech Community IDs and terms dates out of every file', async () => {
    const { files } = await buildSite({ 'groups/a.yaml': siteGroupYaml({ slug: 'a' }) });
    for (const [file, content] of files) {
      expect(content, file).not.toMatch(
        /Secret|secret-|7654321|8765432|59201836|60312947|2024-02-2[01]/,
      );
    }
  });

  it('writes groups.json that its schema accepts, and publishes that schema', async () => {
    const { files } = await buildSite({
      'groups/a.yaml': siteGroupYaml({ slug: 'a', website: 'javascript:alert(1)' }),
      'groups/b.yaml': siteGroupYaml({ slug: 'b', country: 'SE' }),
    });
    const json = JSON.parse(files.get('groups.json') ?? '') as {
      $schema: string;
      groups: Array<{ slug: string; website: string | null; upcomingMeetups: unknown[] }>;
    };
    expect(validateGroupsJson(json)).toEqual([]);
    expect(json.$schema).toBe(GROUPS_JSON_SCHEMA_ID);
    expect(json.groups.map((group) => [group.slug, group.website])).toEqual([
      ['a', null],
      ['b', 'https://b.example-groups.org/'],
    ]);
    expect(JSON.parse(files.get(SCHEMA_PATH) ?? '')).toEqual(siteGroupsSchema);
  });

  it('writes calendars an independent parser (ical.js) reads back, with stable UIDs', async () => {
    const groups = {
      'groups/a.yaml': siteGroupYaml({
        slug: 'a',
        extraMeetups: [
          '  - date: 2026-12-20',
          '    title: Not about Azure',
          '    azure: false',
          '  - date: 2027-01-14',
          '    title: Cancelled',
          '    azure: true',
          '    cancelled: true',
        ].join('\n'),
      }),
      'groups/b.yaml': siteGroupYaml({ slug: 'b', country: 'SE' }),
    };
    const first = await buildSite(groups);
    const again = await buildSite(groups);
    expect(again.files.get('meetups.ics')).toBe(first.files.get('meetups.ics'));
    const all = events(first.files.get('meetups.ics') ?? '');
    expect(all).toEqual([
      {
        uid: expect.stringMatching(/^a-[0-9a-f]{16}@azure-tech-groups\.registry$/) as string,
        summary: 'Bicep for beginners (a Azure User Group)',
        start: '2026-12-10',
        url: 'https://www.meetup.com/a/events/1/',
      },
      {
        uid: expect.stringMatching(/^b-/) as string,
        summary: 'Bicep for beginners (b Azure User Group)',
        start: '2026-12-10',
        url: 'https://www.meetup.com/b/events/1/',
      },
    ]);
    expect(events(first.files.get('groups/a.ics') ?? '')).toEqual([all[0]]);
  });

  it('builds the index for 500 groups, dots included, under 150 KB', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'tgr-site-'));
    try {
      generateRegistry(root, 500, 500, '2026-11-22');
      const writer = memorySiteWriter();
      await runSite(
        {
          root,
          disk: registryDisk(),
          loadPlaces: loadPlaceIndex,
          today: '2026-11-22',
          policy: DEFAULT_POLICY,
        },
        writer,
      );
      const html = writer.files.get('index.html') ?? '';
      const index = Buffer.byteLength(html);
      expect(index).toBeGreaterThan(50_000);
      // Every group of the generated registry is placed: a dot each, as a position on its entry.
      expect(html.match(/ data-xy="[\d.-]+,[\d.-]+"/g)).toHaveLength(500);
      expect(index).toBeLessThan(150 * 1024);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the site’s contracts and its new pages', () => {
  it('keeps groups.json v1 exactly as it was, and puts the new fields in groups.v2.json', async () => {
    const { files } = await buildSite({
      'groups/a.yaml': siteGroupYaml({ slug: 'a' }),
      'groups/odd.yaml': siteGroupYaml({ slug: 'odd', country: 'Narnia' }),
    });
    const v1 = JSON.parse(files.get('groups.json') ?? '') as {
      groups: Array<Record<string, unknown>>;
    };
    // Version 1's fields, byte for byte as before: no new key, in the same order.
    expect(Object.keys(v1)).toEqual(['$schema', 'generated', 'groups']);
    const a = v1.groups.find((group) => group.slug === 'a');
    expect(a).toEqual({
      slug: 'a',
      name: 'a Azure User Group',
      city: 'Utrecht',
      country: 'NL',
      countryName: 'Netherlands',
      language: 'en',
      timezone: 'Europe/Amsterdam',
      joined: '2023-05-01',
      website: 'https://a.example-groups.org/',
      codeOfConduct: 'https://a.example-groups.org/conduct',
      page: 'groups/a.html',
      calendar: 'groups/a.ics',
      azureMeetupsLast12Months: 1,
      upcomingMeetups: [
        {
          date: '2026-12-10',
          title: 'Bicep for beginners',
          azure: true,
          url: 'https://www.meetup.com/a/events/1/',
          uid: expect.stringMatching(/^a-[0-9a-f]{16}@azure-tech-groups\.registry$/) as string,
        },
      ],
    });
    expect(Object.keys(a ?? {})).toEqual(siteGroupsSchema.$defs.group.required);
    expect(validate(siteGroupsSchema, v1)).toEqual([]);

    const v2 = JSON.parse(files.get('groups.v2.json') ?? '') as {
      $schema: string;
      groups: Array<Record<string, unknown>>;
    };
    expect(validate(siteGroupsV2Schema, v2)).toEqual([]);
    expect(v2.$schema).toBe(GROUPS_V2_JSON_SCHEMA_ID);
    expect(JSON.parse(files.get(SCHEMA_V2_PATH) ?? '')).toEqual(siteGroupsV2Schema);
    // Every v1 field, unchanged, then the new ones (which v1's schema refuses).
    v2.groups.forEach((group, i) => {
      const { countryPage, card, azureMeetupsByMonth, ...rest } = group;
      expect(rest).toEqual(v1.groups[i]);
      expect([countryPage, card, (azureMeetupsByMonth as unknown[]).length]).toEqual(
        group.slug === 'a'
          ? ['countries/nl.html', 'groups/a/card.html', 12]
          : [null, 'groups/odd/card.html', 12],
      );
    });
    expect(validate(siteGroupsSchema, { ...v1, groups: v2.groups })).not.toEqual([]);
  });

  it('writes a page and a calendar per country, with that country’s groups and meetups only', async () => {
    const { files } = await buildSite({
      'groups/a.yaml': siteGroupYaml({ slug: 'a' }),
      'groups/b.yaml': siteGroupYaml({ slug: 'b', city: 'Amsterdam' }),
      'groups/c.yaml': siteGroupYaml({ slug: 'c', country: 'SE', city: 'Stockholm' }),
      'groups/odd.yaml': siteGroupYaml({ slug: 'odd', country: '../x' }),
    });
    expect([...files.keys()].filter((file) => file.startsWith('countries/')).sort()).toEqual([
      'countries/nl.html',
      'countries/nl.ics',
      'countries/se.html',
      'countries/se.ics',
    ]);
    expect(events(files.get('countries/nl.ics') ?? '').map((event) => event.summary)).toEqual([
      'Bicep for beginners (b Azure User Group)',
      'Bicep for beginners (a Azure User Group)',
    ]);
    expect(events(files.get('countries/se.ics') ?? '')).toEqual(
      events(files.get('groups/c.ics') ?? ''),
    );
    const nl = files.get('countries/nl.html') ?? '';
    expect(nl).toContain('<h1>Azure Tech Groups in Netherlands</h1>');
    expect(nl).toContain('href="../groups/a.html"');
    expect(nl).toContain('href="nl.ics"');
    expect(nl).not.toContain('Stockholm');
    expect(files.get('groups/a.html')).toContain('href="../countries/nl.html"');
    expect(files.get('index.html')).toContain('<h3><a href="countries/se.html">Sweden</a></h3>');
  });

  it('writes a small card per group, without script, and shows its iframe snippet on the group page', async () => {
    const { files } = await buildSite({
      'groups/evil.yaml': siteGroupYaml({
        slug: 'evil',
        name: '<script>alert(1)</script>"><iframe src=x>',
        extraMeetups: [
          '  - date: 2026-12-11',
          '    title: "<b>two</b>"',
          '    azure: false',
          '  - date: 2026-12-12',
          '    title: three',
          '    azure: true',
          '  - date: 2026-12-13',
          '    title: four',
          '    azure: true',
        ].join('\n'),
      }),
    });
    const card = files.get('groups/evil/card.html') ?? '';
    expect(Buffer.byteLength(card)).toBeLessThan(4 * 1024);
    expect(card).not.toMatch(/<script|<iframe|<b>/);
    expect(card).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;iframe src=x&gt;');
    expect(card.match(/<li>/g)).toHaveLength(3);
    expect(card).not.toContain('four');
    expect(card).toContain('href="../evil.html"');
    expect(card).toMatch(
      /Content-Security-Policy" content="default-src 'none'; style-src 'sha256-/,
    );
    const page = files.get('groups/evil.html') ?? '';
    expect(page).toContain(
      '&lt;iframe src=&quot;https://SITE-ADDRESS/groups/evil/card.html&quot; title=&quot;&amp;lt;script&amp;gt;',
    );
    expect(page).toContain('href="evil/card.html"');
  });
});
