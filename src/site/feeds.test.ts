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
  held: [],
  atRisk: false,
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

  it('keeps a hostile group name inside the calendar name: it starts no event of its own', () => {
    const name =
      'U\r\nBEGIN:VEVENT\r\nUID:x@y\r\nDTSTART;VALUE=DATE:20260701\r\nSUMMARY:Free Azure\r\nURL:https://phish.example/\r\nEND:VEVENT\r\nX-A:; a, b\\';
    const own = renderCalendar(`${name}: Azure meetups`, group('a', [['A', true]]), '2026-11-22');
    const all = combineCalendars('All', [own], '2026-11-22');
    for (const ics of [own, all]) {
      expect(summaries(ics)).toEqual(['A (a group)']);
      expect(ics).not.toContain('phish.example/\r\n');
    }
    const calendar = new ICAL.Component(ICAL.parse(own) as unknown[]);
    // One line, as TEXT: semicolons, commas and backslashes escaped (ical.js leaves an X- property
    // as written).
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'U BEGIN:VEVENT UID:x@y DTSTART\\;VALUE=DATE:20260701 SUMMARY:Free Azure URL:https://phish.example/ END:VEVENT X-A:\\; a\\, b\\\\: Azure meetups',
    );
  });
});
