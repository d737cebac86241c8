import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../core/policy.js';
import { readMeetups } from '../core/meetups.js';
import { fileFrom, VALID_GROUP, withField } from '../../test/support/check.js';
import { buildSiteModel, countryName, languageName, meetupUids, safeUrl } from './model.js';

const TODAY = '2026-11-22';

describe('safeUrl', () => {
  it.each([
    ['https://example.org/', 'https://example.org/'],
    ['http://example.org/a b', undefined],
    ['  https://EXAMPLE.org/x  ', 'https://example.org/x'],
    ['https://example.org/"><script>', 'https://example.org/%22%3E%3Cscript%3E'],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['//example.org/', undefined],
    ['/groups/x', undefined],
    ['https://user:pw@example.org/', undefined],
    ['https://example.org/\u0000', undefined],
    ['java\tscript:alert(1)', undefined],
    [42, undefined],
    // Characters a browser accepts but RFC 3986 (and groups.json's `uri` format) does not.
    [
      'https://example.org/a|b?q={x}^[1]#`y`',
      'https://example.org/a%7Cb?q=%7Bx%7D%5E%5B1%5D#%60y%60',
    ],
    ['https://example.org:8443/p', 'https://example.org:8443/p'],
  ])('%j → %j', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });
});

describe('names', () => {
  it.each([
    ['NL', 'Netherlands'],
    ['SE', 'Sweden'],
    ['NG', 'Nigeria'],
    ['XX', 'XX'],
    ['nl', 'nl'],
  ])('country %s is %s', (code, name) => {
    expect(countryName(code)).toBe(name);
  });

  it.each([
    ['nl', 'Dutch'],
    ['sv', 'Swedish'],
    ['pt-BR', 'Brazilian Portuguese'],
    ['not a tag', 'not a tag'],
  ])('language %s is %s', (tag, name) => {
    expect(languageName(tag)).toBe(name);
  });
});

describe('meetupUids', () => {
  const uidsOf = (meetups: string): string[] => {
    const data = fileFrom(withField('meetups', `\n${meetups}`)).content;
    if (!data.ok) throw new Error('unreadable');
    return [...meetupUids('ex', readMeetups(data.data)).values()];
  };

  it('derives a UID from the page, which survives a new date or title', () => {
    const before = uidsOf(
      '  - {date: 2026-12-01, title: A, azure: true, url: "https://m.example.org/1"}',
    );
    const after = uidsOf(
      '  - {date: 2026-12-08, title: B, azure: true, url: "https://m.example.org/1"}',
    );
    expect(before).toEqual(after);
    expect(before[0]).toMatch(/^ex-[0-9a-f]{16}@azure-tech-groups\.registry$/);
  });

  it('derives one from slug and date without a page, numbering same-day meetups', () => {
    expect(
      uidsOf(
        [
          '  - {date: 2026-12-01, title: A, azure: true}',
          '  - {date: 2026-12-01, title: B, azure: true}',
          '  - {date: 2026-12-02, title: C, azure: true}',
        ].join('\n'),
      ),
    ).toEqual([
      'ex-2026-12-01@azure-tech-groups.registry',
      'ex-2026-12-01-2@azure-tech-groups.registry',
      'ex-2026-12-02@azure-tech-groups.registry',
    ]);
  });

  it('keeps UIDs distinct when two entries share a page', () => {
    const uids = uidsOf(
      [
        '  - {date: 2026-12-01, title: A, azure: true, url: "https://m.example.org/1"}',
        '  - {date: 2026-12-02, title: B, azure: true, url: "https://m.example.org/1"}',
      ].join('\n'),
    );
    expect(new Set(uids).size).toBe(2);
  });
});

describe('buildSiteModel', () => {
  const model = (files: Array<[string, string]>) =>
    buildSiteModel(
      files.map(([name, text]) => fileFrom(text, `groups/${name}.yaml`)),
      TODAY,
      DEFAULT_POLICY,
    );

  it.each([
    ['applying', 0],
    ['leaving', 0],
    ['inactive', 0],
    ['active', 1],
  ])('lists a %s group %i times', (status, count) => {
    expect(model([['example', withField('status', status)]]).groups).toHaveLength(count);
  });

  it('leaves out files that are not readable, or whose file name is no slug', () => {
    expect(model([['broken', 'name: [']]).groups).toEqual([]);
    expect(model([['Not_A_Slug', VALID_GROUP]]).groups).toEqual([]);
  });

  it('sorts by country name, then city, then name', () => {
    const groups = model([
      ['a', withField('city', 'Utrecht')],
      ['b', withField('country', 'SE', withField('city', 'Göteborg'))],
      ['c', withField('city', 'Amsterdam')],
      ['d', withField('country', 'BE', withField('city', 'Gent'))],
    ]).groups;
    expect(groups.map((group) => `${group.countryName}/${group.city}`)).toEqual([
      'Belgium/Gent',
      'Netherlands/Amsterdam',
      'Netherlands/Utrecht',
      'Sweden/Göteborg',
    ]);
  });

  it('holds no leader data, and counts the meetups the audit counts', () => {
    const [group] = model([['example', VALID_GROUP]]).groups;
    expect(JSON.stringify(group)).not.toMatch(/1234567|2345678|annadevries|Anna|2024-02-2/);
    expect(group?.recent).toHaveLength(6);
    expect(group?.months.map((month) => month.count)).toEqual([0, 1, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0]);
    expect(group?.upcoming).toEqual([]);
  });

  it('lists upcoming meetups (today included, cancelled left out) by date', () => {
    const [group] = model([
      [
        'example',
        withField(
          'meetups',
          [
            '',
            '  - {date: 2026-12-10, title: Later, azure: false}',
            '  - {date: 2026-11-22, title: Today, azure: true}',
            '  - {date: 2026-12-01, title: Off, azure: true, cancelled: true}',
            '  - {date: 2026-11-21, title: Past, azure: true}',
          ].join('\n'),
        ),
      ],
    ]).groups;
    expect(group?.upcoming.map((meetup) => meetup.title)).toEqual(['Today', 'Later']);
  });
});
