import { describe } from 'vitest';
import { VALID_GROUP, withField } from '../../../test/support/check.js';
import { onMeetups, ruleTester } from '../../../test/support/rule-tester.js';

const RULE = 'meetups/at-risk';

/** The file as the program team marks a group inactive: `status: inactive` and `inactiveSince`. */
const inactive = (text: string): string =>
  text
    .replace('status: active\n', 'status: inactive\n')
    .replace(/^(joined: .*)$/m, '$1\ninactiveSince: 2026-10-01');

/** VALID_GROUP with these Azure meetups; `meetups:` stays on line 25. */
const meetups = (...dates: string[]): string =>
  withField(
    'meetups',
    dates.map((date, i) => `\n  - date: ${date}\n    title: Meetup ${i}\n    azure: true`).join(''),
  );

/** Six meetups, the oldest of which leaves the twelve-month window on 2026-12-11. */
const SIX = ['2025-12-11', '2026-02-12', '2026-04-16', '2026-06-11', '2026-08-27', '2026-10-22'];

/** The warning for SIX: on 2026-12-11 the count drops to five. */
const DROP =
  'On 11 December 2026 the group will have held only 5 Azure meetups in the last 12 months, below the 6 the program asks for, as the meetup of 11 December 2025 then falls outside that period. Plan an Azure meetup before 11 December 2026 and add it here.';

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      { name: 'warns no inactive group, which owes no meetups', text: inactive(meetups(...SIX)) },
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
            line: 44,
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
          onMeetups(DROP, {
            nl: 'Op 11 december 2026 heeft de groep in de afgelopen 12 maanden maar 5 Azure-meetups gehouden, minder dan de 6 die het programma vereist, omdat de meetup van 11 december 2025 dan buiten die periode valt. Plan vóór 11 december 2026 een Azure-meetup en voeg hem hier toe.',
            sv: 'Den 11 december 2026 har gruppen bara hållit 5 Azure-möten under de senaste 12 månaderna, färre än de 6 som programmet kräver, eftersom mötet den 11 december 2025 då hamnar utanför perioden. Planera ett Azure-möte före den 11 december 2026 och lägg till det här.',
          }),
        ],
      },
      {
        name: 'warns when a planned meetup comes after the day the count drops: too late',
        text: meetups(...SIX, '2026-12-20'),
        findings: [onMeetups(DROP)],
      },
      {
        name: 'looks only as far ahead as the policy says: 19 days reach the drop',
        text: meetups(...SIX),
        policy: { atRiskDays: 19 },
        findings: [onMeetups(DROP)],
      },
      {
        // Joined 2026-07-01: on its 183rd day, 2026-12-30, its share becomes floor(6 × 183 / 365) = 3.
        name: 'sees a pro-rata share grow: a new group must keep pace',
        text: withField('joined', '2026-07-01', meetups('2026-08-13', '2026-10-08')),
        findings: [
          onMeetups(
            // The 3 is the group's share, not what the program asks of every group (6): said so.
            'On 30 December 2026 the group will have held only 2 Azure meetups in the last 12 months, below its share of the minimum (3) since it joined the program on 1 July 2026. Plan an Azure meetup before 30 December 2026 and add it here.',
            {
              nl: 'Op 30 december 2026 heeft de groep in de afgelopen 12 maanden maar 2 Azure-meetups gehouden, minder dan haar deel van het minimum (3) sinds ze op 1 juli 2026 bij het programma kwam. Plan vóór 30 december 2026 een Azure-meetup en voeg hem hier toe.',
              sv: 'Den 30 december 2026 har gruppen bara hållit 2 Azure-möten under de senaste 12 månaderna, färre än gruppens andel av minimikravet (3) sedan den gick med i programmet den 1 juli 2026. Planera ett Azure-möte före den 30 december 2026 och lägg till det här.',
            },
          ),
        ],
      },
      {
        // Two meetups leave before the count drops: on 2026-11-30 seven become six, on 2026-12-05 five.
        name: 'names every meetup that will have left the window by the day the count drops',
        text: meetups('2025-11-30', '2025-12-05', ...SIX.slice(1)),
        findings: [
          onMeetups(
            'On 5 December 2026 the group will have held only 5 Azure meetups in the last 12 months, below the 6 the program asks for, as the meetups of 30 November 2025 and 5 December 2025 then fall outside that period. Plan an Azure meetup before 5 December 2026 and add it here.',
            {
              nl: 'Op 5 december 2026 heeft de groep in de afgelopen 12 maanden maar 5 Azure-meetups gehouden, minder dan de 6 die het programma vereist, omdat de meetups van 30 november 2025 en 5 december 2025 dan buiten die periode vallen. Plan vóór 5 december 2026 een Azure-meetup en voeg hem hier toe.',
              sv: 'Den 5 december 2026 har gruppen bara hållit 5 Azure-möten under de senaste 12 månaderna, färre än de 6 som programmet kräver, eftersom mötena den 30 november 2025 och den 5 december 2025 då hamnar utanför perioden. Planera ett Azure-möte före den 5 december 2026 och lägg till det här.',
            },
          ),
        ],
      },
      {
        name: 'lists three meetups that leave the window',
        text: meetups('2025-11-25', '2025-11-30', '2025-12-05', ...SIX.slice(1)),
        findings: [
          onMeetups(
            'On 5 December 2026 the group will have held only 5 Azure meetups in the last 12 months, below the 6 the program asks for, as the meetups of 25 November 2025, 30 November 2025 and 5 December 2025 then fall outside that period. Plan an Azure meetup before 5 December 2026 and add it here.',
            {
              nl: 'Op 5 december 2026 heeft de groep in de afgelopen 12 maanden maar 5 Azure-meetups gehouden, minder dan de 6 die het programma vereist, omdat de meetups van 25 november 2025, 30 november 2025 en 5 december 2025 dan buiten die periode vallen. Plan vóór 5 december 2026 een Azure-meetup en voeg hem hier toe.',
              sv: 'Den 5 december 2026 har gruppen bara hållit 5 Azure-möten under de senaste 12 månaderna, färre än de 6 som programmet kräver, eftersom mötena den 25 november 2025, den 30 november 2025 och den 5 december 2025 då hamnar utanför perioden. Planera ett Azure-möte före den 5 december 2026 och lägg till det här.',
            },
          ),
        ],
      },
      {
        name: 'speaks of one meetup in the singular',
        text: meetups('2025-12-11', '2026-10-22'),
        policy: { minimum: 2 },
        findings: [
          onMeetups(
            'On 11 December 2026 the group will have held only 1 Azure meetup in the last 12 months, below the 2 the program asks for, as the meetup of 11 December 2025 then falls outside that period. Plan an Azure meetup before 11 December 2026 and add it here.',
            {
              nl: 'Op 11 december 2026 heeft de groep in de afgelopen 12 maanden maar 1 Azure-meetup gehouden, minder dan de 2 die het programma vereist, omdat de meetup van 11 december 2025 dan buiten die periode valt. Plan vóór 11 december 2026 een Azure-meetup en voeg hem hier toe.',
              sv: 'Den 11 december 2026 har gruppen bara hållit 1 Azure-möte under de senaste 12 månaderna, färre än de 2 som programmet kräver, eftersom mötet den 11 december 2025 då hamnar utanför perioden. Planera ett Azure-möte före den 11 december 2026 och lägg till det här.',
            },
          ),
        ],
      },
      {
        name: 'speaks of one month when the window is one month long',
        text: meetups('2026-10-24', '2026-11-01', '2026-11-15'),
        policy: { minimum: 3, windowMonths: 1 },
        findings: [
          onMeetups(
            'On 24 November 2026 the group will have held only 2 Azure meetups in the last month, below the 3 the program asks for, as the meetup of 24 October 2026 then falls outside that period. Plan an Azure meetup before 24 November 2026 and add it here.',
            {
              nl: 'Op 24 november 2026 heeft de groep in de afgelopen maand maar 2 Azure-meetups gehouden, minder dan de 3 die het programma vereist, omdat de meetup van 24 oktober 2026 dan buiten die periode valt. Plan vóór 24 november 2026 een Azure-meetup en voeg hem hier toe.',
              sv: 'Den 24 november 2026 har gruppen bara hållit 2 Azure-möten under den senaste månaden, färre än de 3 som programmet kräver, eftersom mötet den 24 oktober 2026 då hamnar utanför perioden. Planera ett Azure-möte före den 24 november 2026 och lägg till det här.',
            },
          ),
        ],
      },
      {
        name: 'turns into a notice under a waiver',
        text: `${meetups(...SIX)}waivers:\n  - rule: meetups/at-risk\n    reason: Venue booked for December\n    until: 2027-01-31\n    approvedBy: maintainer\n`,
        findings: [
          {
            pointer: '/meetups',
            line: 25,
            column: 1,
            message: DROP,
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
