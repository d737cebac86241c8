import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { combineCalendars, renderCalendar } from './feeds.js';
import type { SiteGroup } from './model.js';

const group = (slug: string, titles: Array<[string, boolean]>): SiteGroup => ({
  slug,
  name: `${slug} group`,
  city: 'Utrecht',
  country: 'NL',
  countryName: 'Netherlands',
  language: 'nl',
  languageName: 'Dutch',
  timezone: 'Europe/Amsterdam',
  joined: undefined,
  website: undefined,
  codeOfConduct: undefined,
  upcoming: titles.map(([title, azure], i) => ({
    date: `2026-12-1${i}`,
    title,
    azure,
    url: undefined,
    uid: `${slug}-${i}@test`,
  })),
  recent: [],
  months: [],
});

function summaries(ics: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return calendar
    .getAllSubcomponents('vevent')
    .map((vevent) => String(vevent.getFirstPropertyValue('summary')));
}

describe('calendars', () => {
  it.each([
    [
      'only Azure meetups',
      [
        ['A', true],
        ['B', false],
      ] as Array<[string, boolean]>,
      ['A (a group)'],
    ],
    ['none', [] as Array<[string, boolean]>, []],
    [
      'line breaks and controls as spaces',
      [['x\r\ny\u0007z', true]] as Array<[string, boolean]>,
      ['x y z (a group)'],
    ],
    [
      'a long title folded and read back whole',
      [['é'.repeat(120), true]] as Array<[string, boolean]>,
      [`${'é'.repeat(120)} (a group)`],
    ],
  ])('one group: %s', (_, meetups, expected) => {
    const ics = renderCalendar('a', group('a', meetups), '2026-11-22');
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(summaries(ics)).toEqual(expected);
  });

  it('combines the groups’ feeds into one calendar, groups without events included', () => {
    const feeds = [
      renderCalendar('a', group('a', [['A', true]]), '2026-11-22'),
      renderCalendar('b', group('b', []), '2026-11-22'),
      renderCalendar(
        'c',
        group('c', [
          ['C', true],
          ['D', true],
        ]),
        '2026-11-22',
      ),
    ];
    const all = combineCalendars('all', feeds, '2026-11-22');
    expect(summaries(all)).toEqual(['A (a group)', 'C (c group)', 'D (c group)']);
    expect(all.match(/BEGIN:VCALENDAR/g)).toHaveLength(1);
    expect(all).toMatch(/^BEGIN:VCALENDAR\r\n[^]*END:VCALENDAR$/);
  });
});
