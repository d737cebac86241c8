import { describe } from 'vitest';
import { VALID_GROUP, withField } from '../../../test/support/check.js';
import { onMeetups, ruleTester } from '../../../test/support/rule-tester.js';

const RULE = 'meetups/spread';

/** The file as the program team marks a group inactive: `status: inactive` and `inactiveSince`. */
const inactive = (text: string): string =>
  text
    .replace('status: active\n', 'status: inactive\n')
    .replace(/^(joined: .*)$/m, '$1\ninactiveSince: 2026-10-01');

const meetup = (date: string, title: string, extra = ''): string =>
  `\n  - date: ${date}\n    title: ${title}\n    azure: true${extra}`;

/** VALID_GROUP with its meetups replaced; `meetups:` stays on line 25, each entry takes three. */
const withMeetups = (entries: string[], base = VALID_GROUP): string =>
  withField('meetups', entries.length === 0 ? '[]' : entries.join(''), base);

/** VALID_GROUP with its third meetup (2026-04-16, lines 32 to 32) edited. */
const third = (azure: string): string =>
  VALID_GROUP.replace(
    '    title: Azure OpenAI on your own data\n    azure: true',
    `    title: Azure OpenAI on your own data\n    azure: ${azure}`,
  );

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      {
        name: 'asks no inactive group to spread its meetups',
        text: inactive(withMeetups([meetup('2025-12-01', 'Alone')])),
      },
      {
        // Gaps of 63, 63, 56, 77 and 56 days, and 31 days since the last meetup.
        name: 'passes meetups at most 90 days apart, with the last one recent',
        text: VALID_GROUP,
      },
      {
        // 2026-08-24 is 90 days before today.
        name: 'allows a gap of exactly the maximum',
        text: withMeetups([meetup('2026-05-26', 'One'), meetup('2026-08-24', 'Two')]),
      },
      {
        name: 'follows the maximum gap of the policy: 77 days allowed',
        text: VALID_GROUP,
        policy: { maxGapDays: 77 },
      },
      {
        // 2026-04-31 does not exist: the meetup between 2026-02-12 and 2026-06-11 does not count,
        // and the date error is the one finding, at the date; no gap, no count.
        name: 'does not report a gap that a meetup listed with an unreadable date may fill',
        text: VALID_GROUP.replace('  - date: 2026-04-16\n', '  - date: 2026-04-31\n'),
        also: [
          {
            rule: 'schema',
            pointer: '/meetups/2/date',
            line: 32,
            column: 11,
            message:
              '"date" of the 3rd meetup must be a date that exists, written YYYY-MM-DD; it is "2026-04-31".',
          },
        ],
      },
      {
        name: 'leaves a group without meetups to meetups/minimum',
        text: withMeetups([]),
        also: [
          {
            rule: 'meetups/minimum',
            pointer: '/meetups',
            line: 25,
            column: 1,
            message:
              'Between 23 November 2025 and 22 November 2026 the group has held no Azure meetups; the program asks for at least 6. Add any Azure meetups held in that time that are not listed yet (with "azure: true"), or plan 6 more.',
          },
        ],
      },
      {
        name: 'does not check a group that is leaving the program',
        text: withField('status', 'leaving'),
        today: '2027-06-01',
      },
    ],
    invalid: [
      {
        name: 'reports a long gap between two meetups on the date of the later one',
        // Line 32 reads `  - date: 2026-06-11`.
        text: VALID_GROUP.replace(
          '  - date: 2026-04-16\n    title: Azure OpenAI on your own data\n    azure: true\n',
          '',
        ),
        findings: [
          {
            pointer: '/meetups/2/date',
            line: 32,
            column: 11,
            message:
              '119 days passed without an Azure meetup, from 12 February 2026 to 11 June 2026. The program asks for meetups spread through the year, at most 90 days apart.',
            nl: 'Er gingen 119 dagen voorbij zonder Azure-meetup, van 12 februari 2026 tot 11 juni 2026. Het programma vereist meetups verspreid over het jaar, met hoogstens 90 dagen ertussen.',
            sv: 'Det gick 119 dagar utan något Azure-möte, från den 12 februari 2026 till den 11 juni 2026. Programmet kräver möten med jämna mellanrum under året, högst 90 dagar mellan två möten.',
          },
        ],
      },
      {
        name: 'reports the time since the last meetup on the meetups key',
        text: VALID_GROUP,
        today: '2027-02-01',
        findings: [
          onMeetups(
            'The group has held no Azure meetup for 102 days: the last was on 22 October 2026. The program asks for meetups spread through the year (at most 90 days apart): plan the next one, and add it here.',
            {
              nl: 'De groep heeft al 102 dagen geen Azure-meetup gehouden: de laatste was op 22 oktober 2026. Het programma vereist meetups verspreid over het jaar (met hoogstens 90 dagen ertussen): plan de volgende en voeg hem hier toe.',
              sv: 'Gruppen har inte hållit något Azure-möte på 102 dagar: det senaste var den 22 oktober 2026. Programmet kräver möten med jämna mellanrum under året (högst 90 dagar mellan två möten): planera nästa och lägg till det här.',
            },
          ),
        ],
      },
      {
        name: 'reports a gap of a day more than the maximum, and as long since the last meetup',
        text: withMeetups([meetup('2026-05-24', 'One'), meetup('2026-08-23', 'Two')]),
        findings: [
          onMeetups(
            'The group has held no Azure meetup for 91 days: the last was on 23 August 2026. The program asks for meetups spread through the year (at most 90 days apart): plan the next one, and add it here.',
          ),
          {
            pointer: '/meetups/1/date',
            line: 29,
            column: 11,
            message:
              '91 days passed without an Azure meetup, from 24 May 2026 to 23 August 2026. The program asks for meetups spread through the year, at most 90 days apart.',
          },
        ],
      },
      {
        name: 'follows the maximum gap of the policy: 76 days exceeded',
        text: VALID_GROUP,
        policy: { maxGapDays: 76 },
        findings: [
          {
            pointer: '/meetups/4/date',
            line: 38,
            column: 11,
            message:
              '77 days passed without an Azure meetup, from 11 June 2026 to 27 August 2026. The program asks for meetups spread through the year, at most 76 days apart.',
            nl: 'Er gingen 77 dagen voorbij zonder Azure-meetup, van 11 juni 2026 tot 27 augustus 2026. Het programma vereist meetups verspreid over het jaar, met hoogstens 76 dagen ertussen.',
            sv: 'Det gick 77 dagar utan något Azure-möte, från den 11 juni 2026 till den 27 augusti 2026. Programmet kräver möten med jämna mellanrum under året, högst 76 dagar mellan två möten.',
          },
        ],
      },
      {
        name: 'speaks of one day when the policy allows one',
        text: withMeetups([meetup('2026-11-19', 'One'), meetup('2026-11-21', 'Two')]),
        policy: { maxGapDays: 1 },
        findings: [
          {
            pointer: '/meetups/1/date',
            line: 29,
            column: 11,
            message:
              '2 days passed without an Azure meetup, from 19 November 2026 to 21 November 2026. The program asks for meetups spread through the year, at most 1 day apart.',
            nl: 'Er gingen 2 dagen voorbij zonder Azure-meetup, van 19 november 2026 tot 21 november 2026. Het programma vereist meetups verspreid over het jaar, met hoogstens 1 dag ertussen.',
            sv: 'Det gick 2 dagar utan något Azure-möte, från den 19 november 2026 till den 21 november 2026. Programmet kräver möten med jämna mellanrum under året, högst 1 dag mellan två möten.',
          },
        ],
      },
      {
        name: 'does not let a cancelled meetup bridge a gap',
        text: third('true\n    cancelled: true'),
        findings: [
          {
            pointer: '/meetups/3/date',
            line: 36,
            column: 11,
            message:
              '119 days passed without an Azure meetup, from 12 February 2026 to 11 June 2026. The program asks for meetups spread through the year, at most 90 days apart.',
          },
        ],
      },
      {
        name: 'does not let a non-Azure meetup bridge a gap',
        text: third('false'),
        findings: [
          {
            pointer: '/meetups/3/date',
            line: 35,
            column: 11,
            message:
              '119 days passed without an Azure meetup, from 12 February 2026 to 11 June 2026. The program asks for meetups spread through the year, at most 90 days apart.',
          },
        ],
      },
      {
        name: 'does not let a planned meetup close the time since the last one',
        text: `${VALID_GROUP}  - date: 2027-02-10\n    title: Planned\n    azure: true\n`,
        today: '2027-02-01',
        findings: [
          onMeetups(
            'The group has held no Azure meetup for 102 days: the last was on 22 October 2026. The program asks for meetups spread through the year (at most 90 days apart): plan the next one, and add it here.',
          ),
        ],
      },
      {
        name: 'finds gaps in date order and points at the entry where it is listed',
        // Line 29 reads `  - date: 2026-06-11`.
        text: withMeetups([
          meetup('2026-10-22', 'AKS automatic'),
          meetup('2026-06-11', 'Functions flex consumption'),
          meetup('2026-08-27', 'Landing zones'),
          meetup('2026-02-12', 'Bicep for beginners'),
        ]),
        findings: [
          {
            pointer: '/meetups/1/date',
            line: 29,
            column: 11,
            message:
              '119 days passed without an Azure meetup, from 12 February 2026 to 11 June 2026. The program asks for meetups spread through the year, at most 90 days apart.',
          },
        ],
      },
      {
        name: 'turns into a notice under an active waiver',
        text: `${VALID_GROUP}waivers:\n  - rule: meetups/spread\n    reason: Summer break agreed\n    until: 2027-03-01\n    approvedBy: some-maintainer\n`,
        today: '2027-02-01',
        findings: [
          {
            pointer: '/meetups',
            line: 25,
            column: 1,
            message:
              'The group has held no Azure meetup for 102 days: the last was on 22 October 2026. The program asks for meetups spread through the year (at most 90 days apart): plan the next one, and add it here.',
            waiver: {
              rule: RULE,
              reason: 'Summer break agreed',
              until: '2027-03-01',
              approvedBy: 'some-maintainer',
            },
          },
        ],
      },
    ],
  });
});
