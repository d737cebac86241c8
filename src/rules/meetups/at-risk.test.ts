import { describe, expect, it } from 'vitest';
import { check, findingsOf, VALID_GROUP, withField } from '../../../test/support/check.js';

const RULE = 'meetups/at-risk';

const meetups = (...dates: string[]): string =>
  withField(
    'meetups',
    dates.map((date, i) => `\n  - date: ${date}\n    title: Meetup ${i}\n    azure: true`).join(''),
  );

const lineOf = (text: string, line: string): number => text.split('\n').indexOf(line) + 1;

describe('meetups/at-risk', () => {
  it('stays quiet for a group whose meetups keep it at the minimum through the look-ahead', () => {
    expect(findingsOf(RULE, VALID_GROUP)).toEqual([]);
  });

  it('warns, on the meetups key, when the oldest meetup leaves the window within 60 days', () => {
    const text = meetups(
      '2025-12-11',
      '2026-02-12',
      '2026-04-16',
      '2026-06-11',
      '2026-08-27',
      '2026-10-22',
    );
    expect(findingsOf(RULE, text)).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        file: 'groups/example.yaml',
        pointer: '/meetups',
        line: lineOf(text, 'meetups:'),
        column: 1,
        message:
          'On 2026-12-11 the group will have 5 Azure meetups in the last 12 months, below the 6 the program asks for, as the meetups of 2025-12-11 leave the window. Plan an Azure meetup before 2026-12-11 and add it here.',
      },
    ]);
  });

  it('counts a planned meetup as held on its date', () => {
    const planned = meetups(
      '2025-12-11',
      '2026-02-12',
      '2026-04-16',
      '2026-06-11',
      '2026-08-27',
      '2026-10-22',
      '2026-12-10',
    );
    expect(findingsOf(RULE, planned)).toEqual([]);
    // Planned after the day the count drops: too late.
    const late = meetups(
      '2025-12-11',
      '2026-02-12',
      '2026-04-16',
      '2026-06-11',
      '2026-08-27',
      '2026-10-22',
      '2026-12-20',
    );
    expect(findingsOf(RULE, late)[0]?.message).toMatch(/^On 2026-12-11 the group will have 5/);
  });

  it('does not warn while a meetup listed with an unreadable date could be the one that keeps the count', () => {
    // The planned meetup of 2026-12-10 above, written day first: it does not count, and the date
    // error is the one finding, at the date.
    const broken = meetups(
      '2025-12-11',
      '2026-02-12',
      '2026-04-16',
      '2026-06-11',
      '2026-08-27',
      '2026-10-22',
      '10-12-2026',
    );
    expect(check(broken)).toEqual([
      {
        rule: 'schema',
        severity: 'error',
        file: 'groups/example.yaml',
        pointer: '/meetups/6/date',
        line: 42,
        column: 11,
        message:
          '"date" of the 7th meetup must be a date that exists, written YYYY-MM-DD; it is "10-12-2026".',
      },
    ]);
  });

  it('looks only as far ahead as the policy says', () => {
    const text = meetups(
      '2025-12-11',
      '2026-02-12',
      '2026-04-16',
      '2026-06-11',
      '2026-08-27',
      '2026-10-22',
    );
    expect(findingsOf(RULE, text, { policy: { atRiskDays: 18 } })).toEqual([]);
    expect(findingsOf(RULE, text, { policy: { atRiskDays: 19 } })).toHaveLength(1);
  });

  it('leaves a group already below the minimum, and a leaving group, to other rules', () => {
    expect(findingsOf(RULE, meetups('2026-10-22'))).toEqual([]);
    const leaving = withField(
      'status',
      'leaving',
      meetups('2025-12-11', '2026-02-12', '2026-04-16', '2026-06-11', '2026-08-27', '2026-10-22'),
    );
    expect(findingsOf(RULE, leaving)).toEqual([]);
  });

  it('sees a pro-rata share grow: a new group must keep pace', () => {
    // Joined 2026-07-01: on its 183rd day, 2026-12-30, its share becomes floor(6 × 183 / 365) = 3.
    const young = withField('joined', '2026-07-01', meetups('2026-08-13', '2026-10-08'));
    expect(findingsOf(RULE, young)[0]?.message).toMatch(
      /^On 2026-12-30 the group will have 2 Azure meetups in the last 12 months, below the 3/,
    );
    expect(
      findingsOf(
        RULE,
        withField('joined', '2026-07-01', meetups('2026-08-13', '2026-10-08', '2026-12-03')),
      ),
    ).toEqual([]);
  });

  it('turns into a notice under a waiver', () => {
    const text = `${meetups('2025-12-11', '2026-02-12', '2026-04-16', '2026-06-11', '2026-08-27', '2026-10-22')}waivers:\n  - rule: meetups/at-risk\n    reason: Venue booked for December\n    until: 2027-01-31\n    approvedBy: maintainer\n`;
    expect(findingsOf(RULE, text)[0]).toMatchObject({
      severity: 'notice',
      waiver: { until: '2027-01-31' },
    });
  });
});
