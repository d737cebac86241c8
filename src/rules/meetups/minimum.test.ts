import { describe, expect, it } from 'vitest';
import { VALID_GROUP, withField } from '../../../test/support/check.js';
import { onMeetups, ruleTester, type ValidCase } from '../../../test/support/rule-tester.js';

const RULE = 'meetups/minimum';

/** The file as the program team marks a group inactive: `status: inactive` and `inactiveSince`. */
const inactive = (text: string): string =>
  text
    .replace('status: active\n', 'status: inactive\n')
    .replace(/^(joined: .*)$/m, '$1\ninactiveSince: 2026-10-01');

/** One meetup entry of a `meetups:` block. */
const meetup = (date: string, title: string, extra = ''): string =>
  `\n  - date: ${date}\n    title: ${title}\n    azure: true${extra}`;

/** VALID_GROUP (or `base`) with its meetups replaced; no entries gives `meetups: []`. */
const withMeetups = (entries: string[], base = VALID_GROUP): string =>
  withField('meetups', entries.length === 0 ? '[]' : entries.join(''), base);

/** The six meetups of VALID_GROUP, to edit one of them. */
const SIX = [
  meetup('2026-01-29', 'Container Apps in practice'),
  meetup('2026-02-12', 'Bicep for beginners'),
  meetup('2026-04-16', 'Azure OpenAI on your own data'),
  meetup('2026-06-11', 'Functions flex consumption'),
  meetup('2026-08-27', 'Landing zones'),
  meetup('2026-10-22', 'AKS automatic'),
];

const WINDOW = 'Between 23 November 2025 and 22 November 2026';

const NONE = `${WINDOW} the group has held no Azure meetups; the program asks for at least 6. Add any Azure meetups held in that time that are not listed yet (with "azure: true"), or plan 6 more.`;

/** The warning of five meetups where six are asked for. */
const ONLY_FIVE = {
  ...onMeetups(
    `${WINDOW} the group has held only 5 Azure meetups; the program asks for at least 6. Add any Azure meetups held in that time that are not listed yet (with "azure: true"), or plan 1 more.`,
  ),
  nl: 'Tussen 23 november 2025 en 22 november 2026 heeft de groep maar 5 Azure-meetups gehouden; het programma vereist er minstens 6. Voeg de Azure-meetups uit die periode toe die nog niet in de lijst staan (met "azure: true"), of plan er nog 1.',
  sv: 'Mellan den 23 november 2025 och den 22 november 2026 har gruppen bara hållit 5 Azure-möten; programmet kräver minst 6. Lägg till de Azure-möten från perioden som inte finns med än (med "azure: true"), eller planera 1 till.',
};

/** withMeetups([]) with a waiver for `rule` until `until`. */
const waived = (until: string, rule = RULE): string =>
  `${withMeetups([])}waivers:\n  - rule: ${rule}\n    reason: Venue lost after a flood\n    until: ${until}\n    approvedBy: some-maintainer\n`;

const waiver = (until: string) => ({
  rule: RULE,
  reason: 'Venue lost after a flood',
  until,
  approvedBy: 'some-maintainer',
});

describe(RULE, () => {
  it('edits VALID_GROUP when its six meetups are given back', () => {
    expect(withMeetups(SIX)).toBe(VALID_GROUP);
  });

  ruleTester(RULE, {
    valid: [
      {
        name: 'asks nothing of an inactive group: it may still add meetups, but owes none',
        text: inactive(withMeetups(SIX.slice(1))),
      },
      {
        name: 'asks nothing of an inactive group with no meetups at all',
        text: inactive(withMeetups([])),
      },
      {
        name: 'passes six Azure meetups in the last twelve months, exactly the minimum',
        text: VALID_GROUP,
      },
      {
        name: 'counts a meetup held today',
        text: withMeetups([...SIX.slice(0, 5), meetup('2026-11-22', 'AKS automatic')]),
      },
      {
        name: 'counts a meetup on the first day of the window',
        text: withMeetups([meetup('2025-11-23', 'Kick-off'), ...SIX.slice(1)]),
      },
      // The date is the one problem: the schema rule reports it, at the date, and no meetup count
      // asks for meetups "not listed yet" that are listed.
      ...['2026-02-30', '15-01-2026'].map((date): ValidCase => ({
        name: `leaves a meetup with an unreadable date uncounted, and says nothing the date error does not: ${date}`,
        text: withMeetups([...SIX.slice(0, 5), meetup(date, 'AKS automatic')]),
        also: [
          {
            rule: 'schema',
            pointer: '/meetups/5/date',
            line: 41,
            column: 11,
            message: `"date" of the 6th meetup must be a date that exists, written YYYY-MM-DD; it is "${date}".`,
          },
        ],
      })),
      {
        name: 'holds a group that joined three months ago and held a meetup to its share of one',
        text: withField(
          'joined',
          '2026-08-22',
          withMeetups([meetup('2026-10-01', 'First meetup')]),
        ),
      },
      {
        name: 'does not check a group that is leaving the program',
        text: withField('status', 'leaving', withMeetups([])),
      },
      {
        name: 'follows the policy minimum',
        text: withMeetups(SIX.slice(3)),
        policy: { minimum: 3 },
      },
      { name: 'can be turned off by the policy', text: withMeetups([]), rules: { [RULE]: 'off' } },
    ],
    invalid: [
      {
        name: 'reports too few meetups on the meetups key, saying how many more',
        text: withMeetups(SIX.slice(1)),
        findings: [ONLY_FIVE],
      },
      {
        name: 'speaks of no meetup in plain words',
        text: withMeetups([]),
        findings: [
          {
            ...onMeetups(NONE),
            nl: 'Tussen 23 november 2025 en 22 november 2026 heeft de groep geen Azure-meetups gehouden; het programma vereist er minstens 6. Voeg de Azure-meetups uit die periode toe die nog niet in de lijst staan (met "azure: true"), of plan er nog 6.',
            sv: 'Mellan den 23 november 2025 och den 22 november 2026 har gruppen inte hållit några Azure-möten; programmet kräver minst 6. Lägg till de Azure-möten från perioden som inte finns med än (med "azure: true"), eller planera 6 till.',
          },
        ],
      },
      {
        name: 'speaks of one meetup in plain words',
        text: withMeetups([SIX[5] ?? '']),
        findings: [
          onMeetups(
            `${WINDOW} the group has held only 1 Azure meetup; the program asks for at least 6. Add any Azure meetups held in that time that are not listed yet (with "azure: true"), or plan 5 more.`,
            {
              nl: 'Tussen 23 november 2025 en 22 november 2026 heeft de groep maar 1 Azure-meetup gehouden; het programma vereist er minstens 6. Voeg de Azure-meetups uit die periode toe die nog niet in de lijst staan (met "azure: true"), of plan er nog 5.',
              sv: 'Mellan den 23 november 2025 och den 22 november 2026 har gruppen bara hållit 1 Azure-möte; programmet kräver minst 6. Lägg till de Azure-möten från perioden som inte finns med än (med "azure: true"), eller planera 5 till.',
            },
          ),
        ],
      },
      {
        name: 'does not count a cancelled meetup',
        text: withMeetups([
          ...SIX.slice(0, 5),
          meetup('2026-10-22', 'AKS automatic', '\n    cancelled: true'),
        ]),
        findings: [ONLY_FIVE],
      },
      {
        name: 'does not count a meetup that has not happened yet',
        text: withMeetups([...SIX.slice(0, 5), meetup('2026-11-23', 'AKS automatic')]),
        findings: [ONLY_FIVE],
      },
      {
        name: 'does not count a meetup that was not about Azure',
        text: withMeetups([...SIX.slice(0, 5), meetup('2026-10-22', 'Kubernetes on a Pi')]).replace(
          '    title: Kubernetes on a Pi\n    azure: true',
          '    title: Kubernetes on a Pi\n    azure: false',
        ),
        findings: [ONLY_FIVE],
      },
      {
        name: 'does not count a meetup before the window',
        text: withMeetups([meetup('2025-11-22', 'Kick-off'), ...SIX.slice(1)]),
        findings: [ONLY_FIVE],
      },
      {
        name: 'counts a meetup listed twice once',
        text: withMeetups([...SIX.slice(0, 5), meetup('2026-08-27', 'Landing Zones')]),
        findings: [ONLY_FIVE],
      },
      {
        name: 'still reports a shortfall that fixing the unreadable meetups could not make up',
        text: withMeetups([...SIX.slice(0, 3), meetup('2026-02-30', 'Functions flex consumption')]),
        findings: [
          onMeetups(
            `${WINDOW} the group has held only 3 Azure meetups; the program asks for at least 6. 1 more listed meetup does not count until the error on it is fixed. Add any Azure meetups held in that time that are not listed yet (with "azure: true"), or plan 2 more.`,
            {
              nl: 'Tussen 23 november 2025 en 22 november 2026 heeft de groep maar 3 Azure-meetups gehouden; het programma vereist er minstens 6. Nog 1 meetup in de lijst telt pas mee als de fout erin is opgelost. Voeg de Azure-meetups uit die periode toe die nog niet in de lijst staan (met "azure: true"), of plan er nog 2.',
              sv: 'Mellan den 23 november 2025 och den 22 november 2026 har gruppen bara hållit 3 Azure-möten; programmet kräver minst 6. Ytterligare 1 möte i listan räknas inte förrän felet i det är rättat. Lägg till de Azure-möten från perioden som inte finns med än (med "azure: true"), eller planera 2 till.',
            },
          ),
        ],
      },
      {
        name: 'speaks of several unreadable meetups in the plural',
        text: withMeetups([
          SIX[0] ?? '',
          meetup('2026-02-30', 'Bicep for beginners'),
          meetup('2026-13-01', 'Azure OpenAI on your own data'),
        ]),
        findings: [
          onMeetups(
            `${WINDOW} the group has held only 1 Azure meetup; the program asks for at least 6. 2 more listed meetups do not count until the errors on them are fixed. Add any Azure meetups held in that time that are not listed yet (with "azure: true"), or plan 3 more.`,
            {
              nl: 'Tussen 23 november 2025 en 22 november 2026 heeft de groep maar 1 Azure-meetup gehouden; het programma vereist er minstens 6. Nog 2 meetups in de lijst tellen pas mee als de fouten erin zijn opgelost. Voeg de Azure-meetups uit die periode toe die nog niet in de lijst staan (met "azure: true"), of plan er nog 3.',
              sv: 'Mellan den 23 november 2025 och den 22 november 2026 har gruppen bara hållit 1 Azure-möte; programmet kräver minst 6. Ytterligare 2 möten i listan räknas inte förrän felen i dem är rättade. Lägg till de Azure-möten från perioden som inte finns med än (med "azure: true"), eller planera 3 till.',
            },
          ),
        ],
      },
      {
        name: 'counts as usual when the unreadable meetup could not count anyway: cancelled',
        text: withMeetups([
          ...SIX.slice(0, 5),
          meetup('2026-02-30', 'AKS automatic', '\n    cancelled: true'),
        ]),
        findings: [ONLY_FIVE],
      },
      {
        name: 'counts as usual when the unreadable meetup could not count anyway: not Azure',
        text: withMeetups([...SIX.slice(0, 5), meetup('2026-02-30', 'AKS automatic')]).replace(
          '    title: AKS automatic\n    azure: true',
          '    title: AKS automatic\n    azure: false',
        ),
        findings: [ONLY_FIVE],
      },
      {
        // 2026-08-22 to 2026-11-22 is 93 days counting both; the window 2025-11-23 to 2026-11-22
        // is 365: floor(6 × 93 / 365) = 1.
        name: 'holds a group that joined three months ago to its share: floor(6 × days in the program / days in the window)',
        text: withField('joined', '2026-08-22', withMeetups([])),
        findings: [
          onMeetups(
            `${WINDOW} the group has held no Azure meetups; since joining on 22 August 2026, the group's share of the minimum of 6 per 12 months is 1. Add any Azure meetups held in that time that are not listed yet (with "azure: true"), or plan 1 more.`,
            {
              nl: 'Tussen 23 november 2025 en 22 november 2026 heeft de groep geen Azure-meetups gehouden; de groep doet sinds 22 augustus 2026 mee aan het programma, dus haar deel van het minimum van 6 per 12 maanden is 1. Voeg de Azure-meetups uit die periode toe die nog niet in de lijst staan (met "azure: true"), of plan er nog 1.',
              sv: 'Mellan den 23 november 2025 och den 22 november 2026 har gruppen inte hållit några Azure-möten; gruppen gick med i programmet den 22 augusti 2026, så dess andel av minimikravet på 6 möten per 12 månader är 1. Lägg till de Azure-möten från perioden som inte finns med än (med "azure: true"), eller planera 1 till.',
            },
          ),
        ],
      },
      {
        // 2026-05-22 to 2026-11-22 is 185 days counting both: floor(6 × 185 / 365) = 3.
        name: 'holds a group that joined six months ago to three meetups',
        text: withField(
          'joined',
          '2026-05-22',
          withMeetups([meetup('2026-07-01', 'One'), meetup('2026-09-01', 'Two')]),
        ),
        findings: [
          onMeetups(
            `${WINDOW} the group has held only 2 Azure meetups; since joining on 22 May 2026, the group's share of the minimum of 6 per 12 months is 3. Add any Azure meetups held in that time that are not listed yet (with "azure: true"), or plan 1 more.`,
            {
              nl: 'Tussen 23 november 2025 en 22 november 2026 heeft de groep maar 2 Azure-meetups gehouden; de groep doet sinds 22 mei 2026 mee aan het programma, dus haar deel van het minimum van 6 per 12 maanden is 3. Voeg de Azure-meetups uit die periode toe die nog niet in de lijst staan (met "azure: true"), of plan er nog 1.',
              sv: 'Mellan den 23 november 2025 och den 22 november 2026 har gruppen bara hållit 2 Azure-möten; gruppen gick med i programmet den 22 maj 2026, så dess andel av minimikravet på 6 möten per 12 månader är 3. Lägg till de Azure-möten från perioden som inte finns med än (med "azure: true"), eller planera 1 till.',
            },
          ),
        ],
      },
      {
        name: 'holds a group that joined six months ago to the whole minimum without pro rata',
        text: withField(
          'joined',
          '2026-05-22',
          withMeetups([meetup('2026-07-01', 'One'), meetup('2026-09-01', 'Two')]),
        ),
        policy: { proRata: false },
        findings: [
          onMeetups(
            `${WINDOW} the group has held only 2 Azure meetups; the program asks for at least 6. Add any Azure meetups held in that time that are not listed yet (with "azure: true"), or plan 4 more.`,
          ),
        ],
      },
      {
        name: 'turns into a notice under an active waiver',
        text: waived('2027-01-31'),
        findings: [
          {
            pointer: '/meetups',
            line: 25,
            column: 1,
            message: NONE,
            waiver: waiver('2027-01-31'),
          },
        ],
      },
      {
        name: 'turns into a notice under a waiver on its last day',
        text: waived('2026-11-22'),
        findings: [
          {
            pointer: '/meetups',
            line: 25,
            column: 1,
            message: NONE,
            waiver: waiver('2026-11-22'),
          },
        ],
      },
      {
        name: 'is a warning again the day after the waiver ends',
        text: waived('2026-11-21'),
        findings: [
          {
            severity: 'warning',
            pointer: '/meetups',
            line: 25,
            column: 1,
            message: NONE,
          },
        ],
      },
      {
        name: 'is not silenced by a waiver for another rule',
        text: waived('2027-01-31', 'meetups/spread'),
        findings: [
          {
            severity: 'warning',
            pointer: '/meetups',
            line: 25,
            column: 1,
            message: NONE,
          },
        ],
      },
      {
        name: 'follows the policy minimum when it is higher',
        text: VALID_GROUP,
        policy: { minimum: 7 },
        findings: [
          onMeetups(
            `${WINDOW} the group has held only 6 Azure meetups; the program asks for at least 7. Add any Azure meetups held in that time that are not listed yet (with "azure: true"), or plan 1 more.`,
          ),
        ],
      },
      {
        name: 'follows the policy window',
        text: VALID_GROUP,
        policy: { windowMonths: 6 },
        findings: [
          onMeetups(
            'Between 23 May 2026 and 22 November 2026 the group has held only 3 Azure meetups; the program asks for at least 6. Add any Azure meetups held in that time that are not listed yet (with "azure: true"), or plan 3 more.',
          ),
        ],
      },
      {
        name: 'takes its severity from the policy',
        text: withMeetups([]),
        rules: { [RULE]: 'error' },
        findings: [
          {
            severity: 'error',
            pointer: '/meetups',
            line: 25,
            column: 1,
            message: NONE,
          },
        ],
      },
      {
        name: 'points at the top of the file when meetups is missing',
        text: withField('meetups', undefined),
        findings: [
          {
            pointer: '/meetups',
            line: 1,
            column: 1,
            message: NONE,
          },
        ],
        // The schema rule asks for the missing field too: no named rule owns /meetups, so the
        // file gets two findings for one omission.
        also: [
          {
            rule: 'schema',
            pointer: '/meetups',
            line: 1,
            column: 1,
            message:
              'The file is missing the field "meetups". The group\'s meetups, past and planned. The program asks for at least six Azure meetups in the last 12 months, spread through the year.',
          },
        ],
      },
    ],
  });
});
