import { describe } from 'vitest';
import { VALID_GROUP, withField } from '../../../test/support/check.js';
import { ruleTester } from '../../../test/support/rule-tester.js';

const RULE = 'meetups/at-risk';

/** VALID_GROUP with these Azure meetups; `meetups:` stays on line 23. */
const meetups = (...dates: string[]): string =>
  withField(
    'meetups',
    dates.map((date, i) => `\n  - date: ${date}\n    title: Meetup ${i}\n    azure: true`).join(''),
  );

/** Six meetups, the oldest of which leaves the twelve-month window on 2026-12-11. */
const SIX = ['2025-12-11', '2026-02-12', '2026-04-16', '2026-06-11', '2026-08-27', '2026-10-22'];

/** The warning on the `meetups:` key (line 23). */
const onMeetups = (message: string) => ({ pointer: '/meetups', line: 23, column: 1, message });

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      {
        name: 'stays quiet for a group whose meetups keep it at the minimum through the look-ahead',
        text: VALID_GROUP,
      },
      { name: 'counts a planned meetup as held on its date', text: meetups(...SIX, '2026-12-10') },
      {
        // The planned meetup of 2026-12-10 above, written day first: it does not count, and the
        // date error is the one finding, at the date.
        name: 'does not warn while a meetup listed with an unreadable date could be the one that keeps the count',
        text: meetups(...SIX, '10-12-2026'),
        also: [
          {
            rule: 'schema',
            pointer: '/meetups/6/date',
            line: 42,
            column: 11,
            message:
              '"date" of the 7th meetup must be a date that exists, written YYYY-MM-DD; it is "10-12-2026".',
          },
        ],
      },
      {
        // Today is 2026-11-22: 18 days ahead is 2026-12-10, the day before the count drops.
        name: 'looks only as far ahead as the policy says: 18 days fall short of the drop',
        text: meetups(...SIX),
        policy: { atRiskDays: 18 },
      },
      {
        name: 'leaves a group already below the minimum to other rules',
        text: meetups('2026-10-22'),
      },
      {
        name: 'leaves a leaving group to other rules',
        text: withField('status', 'leaving', meetups(...SIX)),
      },
      {
        name: 'stays quiet for a new group that keeps pace with its growing share',
        text: withField('joined', '2026-07-01', meetups('2026-08-13', '2026-10-08', '2026-12-03')),
      },
    ],
    invalid: [
      {
        name: 'warns, on the meetups key, when the oldest meetup leaves the window within 60 days',
        text: meetups(...SIX),
        findings: [
          onMeetups(
            'On 2026-12-11 the group will have 5 Azure meetups in the last 12 months, below the 6 the program asks for, as the meetups of 2025-12-11 leave the window. Plan an Azure meetup before 2026-12-11 and add it here.',
          ),
        ],
      },
      {
        name: 'warns when a planned meetup comes after the day the count drops: too late',
        text: meetups(...SIX, '2026-12-20'),
        findings: [
          onMeetups(
            'On 2026-12-11 the group will have 5 Azure meetups in the last 12 months, below the 6 the program asks for, as the meetups of 2025-12-11 leave the window. Plan an Azure meetup before 2026-12-11 and add it here.',
          ),
        ],
      },
      {
        name: 'looks only as far ahead as the policy says: 19 days reach the drop',
        text: meetups(...SIX),
        policy: { atRiskDays: 19 },
        findings: [
          onMeetups(
            'On 2026-12-11 the group will have 5 Azure meetups in the last 12 months, below the 6 the program asks for, as the meetups of 2025-12-11 leave the window. Plan an Azure meetup before 2026-12-11 and add it here.',
          ),
        ],
      },
      {
        // Joined 2026-07-01: on its 183rd day, 2026-12-30, its share becomes floor(6 × 183 / 365) = 3.
        name: 'sees a pro-rata share grow: a new group must keep pace',
        text: withField('joined', '2026-07-01', meetups('2026-08-13', '2026-10-08')),
        findings: [
          onMeetups(
            'On 2026-12-30 the group will have 2 Azure meetups in the last 12 months, below the 3 the program asks for. Plan an Azure meetup before 2026-12-30 and add it here.',
          ),
        ],
      },
      {
        name: 'turns into a notice under a waiver',
        text: `${meetups(...SIX)}waivers:\n  - rule: meetups/at-risk\n    reason: Venue booked for December\n    until: 2027-01-31\n    approvedBy: maintainer\n`,
        findings: [
          {
            pointer: '/meetups',
            line: 23,
            column: 1,
            message:
              'On 2026-12-11 the group will have 5 Azure meetups in the last 12 months, below the 6 the program asks for, as the meetups of 2025-12-11 leave the window. Plan an Azure meetup before 2026-12-11 and add it here.',
            waiver: {
              rule: RULE,
              reason: 'Venue booked for December',
              until: '2027-01-31',
              approvedBy: 'maintainer',
            },
          },
        ],
      },
    ],
  });
});
