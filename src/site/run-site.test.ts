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
import { DEFAULT_POLICY } from '../core/policy.js';
import { buildSite, memorySiteWriter, siteGroupYaml } from '../../test/support/site.js';
import { GROUPS_JSON_SCHEMA_ID } from './feeds.js';
import { runSite, SCHEMA_PATH } from './run-site.js';

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

function validateGroupsJson(json: unknown): unknown {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const validate = ajv.compile(siteGroupsSchema);
  return validate(json) ? [] : validate.errors;
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
      'groups.json',
      'groups/a.html',
      'groups/a.ics',
      'groups/b.html',
      'groups/b.ics',
      'index.html',
      'meetups.ics',
      SCHEMA_PATH,
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

  it('builds the index for 500 groups under 225 KB', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'tgr-site-'));
    try {
      generateRegistry(root, 500, 500, '2026-11-22');
      const writer = memorySiteWriter();
      await runSite(
        { root, disk: registryDisk(), today: '2026-11-22', policy: DEFAULT_POLICY },
        writer,
      );
      const index = Buffer.byteLength(writer.files.get('index.html') ?? '');
      expect(index).toBeGreaterThan(50_000);
      // About 138 KB of list and map, and about 136 bytes per group's marker: one link each.
      expect(index).toBeLessThan(225 * 1024);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
