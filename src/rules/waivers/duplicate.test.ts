import { describe, expect, it } from 'vitest';
import { fileFrom, VALID_GROUP } from '../../../test/support/check.js';
import { onMeetups, ruleTester } from '../../../test/support/rule-tester.js';
import { DEFAULT_POLICY } from '../../core/policy.js';
import { LANGUAGES, renderMessage } from '../../i18n/findings/index.js';
import { rule } from './duplicate.js';

const RULE = 'waivers/duplicate';

const waiver = (rule: string, until: string, approvedBy = 'some-maintainer'): string =>
  `  - rule: ${rule}\n    reason: Venue lost after a flood\n    until: ${until}\n    approvedBy: ${approvedBy}\n`;

/** VALID_GROUP with a `waivers:` block; its first entry starts on line 45, each takes four. */
const withWaivers = (...entries: string[]): string => `${VALID_GROUP}waivers:\n${entries.join('')}`;

/** The finding at the `rule:` of the waiver on `line`. */
const atRule = (
  index: number,
  line: number,
  message: string,
  translations: { nl?: string; sv?: string } = {},
) => ({
  pointer: `/waivers/${index}/rule`,
  line,
  column: 11,
  message,
  ...translations,
});

/** A group whose meetups are not about Azure: a meetups/minimum warning to waive. */
const FEW_MEETUPS = VALID_GROUP.replaceAll('azure: true', 'azure: false');

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      { name: 'passes a file without waivers', text: VALID_GROUP },
      {
        name: 'passes one waiver per rule',
        text: withWaivers(
          waiver('meetups/minimum', '2027-01-31'),
          waiver('meetups/spread', '2027-01-31'),
        ),
      },
      {
        name: 'compares rule ids exactly, as waivers are applied',
        text: withWaivers(
          waiver('meetups/minimum', '2027-01-31'),
          waiver('Meetups/Minimum', '2027-01-31'),
        ),
        // Not a rule the schema knows, so the schema rule reports it; it waives nothing either way.
        also: [
          {
            rule: 'schema',
            pointer: '/waivers/1/rule',
            line: 49,
            column: 11,
            message:
              '"rule" of the 2nd waiver must be conduct/code-of-conduct, fees/admission, leaders/co-leader, leaders/distinct, leaders/leader, leaders/tech-community-id, leaders/terms, meetups/at-risk, meetups/duplicate, meetups/minimum, meetups/spread, presence/website, registry/location, registry/nearby or trademark/name; it is "Meetups/Minimum".',
          },
        ],
      },
      {
        name: 'skips entries without a rule',
        text: `${VALID_GROUP}waivers:\n  - reason: Venue lost\n    until: 2027-01-31\n    approvedBy: some-maintainer\n  - reason: Venue lost\n    until: 2027-01-31\n    approvedBy: some-maintainer\n`,
      },
    ],
    invalid: [
      {
        name: 'reports the second waiver for a rule at its rule, naming the line of the first',
        // Lines 45 and 49 read `  - rule: meetups/minimum`.
        text: withWaivers(
          waiver('meetups/minimum', '2026-12-31'),
          waiver('meetups/minimum', '2030-12-31'),
        ),
        findings: [
          atRule(
            1,
            49,
            '"meetups/minimum" is already waived by the 1st waiver (line 45). A rule can have only one waiver: keep a single entry, with the end date a maintainer approved, and remove this one. Until then the earliest end date applies.',
            {
              nl: 'Voor "meetups/minimum" geldt al de 1e vrijstelling (regel 45). Per programmaregel is er maar één vrijstelling: houd één vermelding over, met de einddatum die een beheerder heeft goedgekeurd, en verwijder deze. Tot dan geldt de vroegste einddatum.',
              sv: 'Det finns redan ett undantag för "meetups/minimum": det 1:a undantaget (rad 45). En regel kan bara ha ett undantag: behåll en enda post, med det slutdatum som en förvaltare har godkänt, och ta bort den här. Till dess gäller det tidigaste slutdatumet.',
            },
          ),
        ],
      },
      {
        name: 'reports every further waiver for the rule, each naming the first',
        text: withWaivers(
          waiver('meetups/minimum', '2026-12-31'),
          waiver('meetups/spread', '2026-12-31'),
          waiver('meetups/minimum', '2027-06-30'),
          waiver('meetups/minimum', '2030-12-31'),
        ),
        findings: [
          {
            pointer: '/waivers/2/rule',
            line: 53,
            column: 11,
            message:
              '"meetups/minimum" is already waived by the 1st waiver (line 45). A rule can have only one waiver: keep a single entry, with the end date a maintainer approved, and remove this one. Until then the earliest end date applies.',
          },
          {
            pointer: '/waivers/3/rule',
            line: 57,
            column: 11,
            message:
              '"meetups/minimum" is already waived by the 1st waiver (line 45). A rule can have only one waiver: keep a single entry, with the end date a maintainer approved, and remove this one. Until then the earliest end date applies.',
            nl: 'Voor "meetups/minimum" geldt al de 1e vrijstelling (regel 45). Per programmaregel is er maar één vrijstelling: houd één vermelding over, met de einddatum die een beheerder heeft goedgekeurd, en verwijder deze. Tot dan geldt de vroegste einddatum.',
            sv: 'Det finns redan ett undantag för "meetups/minimum": det 1:a undantaget (rad 45). En regel kan bara ha ett undantag: behåll en enda post, med det slutdatum som en förvaltare har godkänt, och ta bort den här. Till dess gäller det tidigaste slutdatumet.',
          },
        ],
      },
      {
        name: 'reports duplicates whatever their dates, expired ones included',
        text: withWaivers(
          waiver('trademark/name', '2025-01-31'),
          waiver('trademark/name', '2025-01-31'),
        ),
        findings: [
          {
            pointer: '/waivers/1/rule',
            line: 49,
            column: 11,
            message:
              '"trademark/name" is already waived by the 1st waiver (line 45). A rule can have only one waiver: keep a single entry, with the end date a maintainer approved, and remove this one. Until then the earliest end date applies.',
          },
        ],
      },
      {
        name: 'is an error that cannot be waived, and no waiver can name it',
        text: withWaivers(
          waiver('meetups/minimum', '2027-01-31'),
          waiver('meetups/minimum', '2027-01-31'),
          waiver('waivers/duplicate', '2027-01-31'),
        ),
        findings: [
          {
            severity: 'error',
            pointer: '/waivers/1/rule',
            line: 49,
            column: 11,
            message:
              '"meetups/minimum" is already waived by the 1st waiver (line 45). A rule can have only one waiver: keep a single entry, with the end date a maintainer approved, and remove this one. Until then the earliest end date applies.',
          },
        ],
        also: [
          {
            rule: 'schema',
            pointer: '/waivers/2/rule',
            line: 53,
            column: 11,
            message:
              '"rule" of the 3rd waiver must be conduct/code-of-conduct, fees/admission, leaders/co-leader, leaders/distinct, leaders/leader, leaders/tech-community-id, leaders/terms, meetups/at-risk, meetups/duplicate, meetups/minimum, meetups/spread, presence/website, registry/location, registry/nearby or trademark/name; it is "waivers/duplicate".',
          },
        ],
      },
    ],
  });
});

describe(`${RULE} without the first waiver's line`, () => {
  // The pipeline always has the file's source map; a map without the first entry (here, of
  // another file) leaves the line out and names the entry by its place alone.
  it('names the first waiver by its place, in every language', () => {
    const file = fileFrom(
      withWaivers(waiver('meetups/minimum', '2026-12-31'), waiver('meetups/minimum', '2030-12-31')),
    );
    if (!file.content.ok) throw new Error('the file does not parse');
    const elsewhere = fileFrom('slug: elsewhere\n');
    const problems = rule.check(
      { file: elsewhere, data: file.content.data, unclaimedSchemaIssues: [] },
      { today: '2026-11-22', policy: DEFAULT_POLICY },
    );
    const rendered = problems.map((problem) =>
      LANGUAGES.map((language) => renderMessage(problem.message, language)),
    );
    expect(rendered).toEqual([
      [
        '"meetups/minimum" is already waived by the 1st waiver. A rule can have only one waiver: keep a single entry, with the end date a maintainer approved, and remove this one. Until then the earliest end date applies.',
        'Voor "meetups/minimum" geldt al de 1e vrijstelling. Per programmaregel is er maar één vrijstelling: houd één vermelding over, met de einddatum die een beheerder heeft goedgekeurd, en verwijder deze. Tot dan geldt de vroegste einddatum.',
        'Det finns redan ett undantag för "meetups/minimum": det 1:a undantaget. En regel kan bara ha ett undantag: behåll en enda post, med det slutdatum som en förvaltare har godkänt, och ta bort den här. Till dess gäller det tidigaste slutdatumet.',
      ],
    ]);
  });
});

describe('waivers applied when a rule is waived twice anyway', () => {
  const both = (until: string, approvedBy: string) => ({
    rule: 'meetups/minimum',
    reason: 'Venue lost after a flood',
    until,
    approvedBy,
  });
  const firstThenLater = `${FEW_MEETUPS}waivers:\n${waiver('meetups/minimum', '2026-12-31', 'first-maintainer')}${waiver('meetups/minimum', '2030-12-31', 'later-maintainer')}`;
  const laterThenFirst = `${FEW_MEETUPS}waivers:\n${waiver('meetups/minimum', '2030-12-31', 'later-maintainer')}${waiver('meetups/minimum', '2026-12-31', 'first-maintainer')}`;

  ruleTester('meetups/minimum', {
    invalid: [
      {
        name: 'has a meetups/minimum warning to waive',
        text: FEW_MEETUPS,
        findings: [
          onMeetups(
            'Between 23 November 2025 and 22 November 2026 the group has held no Azure meetups; the program asks for at least 6. Add any Azure meetups held in that time that are not listed yet (with "azure: true"), or plan 6 more.',
            {
              nl: 'Tussen 23 november 2025 en 22 november 2026 heeft de groep geen Azure-meetups gehouden; het programma vereist er minstens 6. Voeg de Azure-meetups uit die periode toe die nog niet in de lijst staan (met "azure: true"), of plan er nog 6.',
              sv: 'Mellan den 23 november 2025 och den 22 november 2026 har gruppen inte hållit några Azure-möten; programmet kräver minst 6. Lägg till de Azure-möten från perioden som inte finns med än (med "azure: true"), eller planera 6 till.',
            },
          ),
        ],
      },
      {
        name: 'applies the entry that ends first, listed first',
        text: firstThenLater,
        findings: [
          {
            pointer: '/meetups',
            line: 25,
            column: 1,
            message:
              'Between 23 November 2025 and 22 November 2026 the group has held no Azure meetups; the program asks for at least 6. Add any Azure meetups held in that time that are not listed yet (with "azure: true"), or plan 6 more.',
            waiver: both('2026-12-31', 'first-maintainer'),
          },
        ],
      },
      {
        name: 'applies the entry that ends first, listed last',
        text: laterThenFirst,
        findings: [
          {
            pointer: '/meetups',
            line: 25,
            column: 1,
            message:
              'Between 23 November 2025 and 22 November 2026 the group has held no Azure meetups; the program asks for at least 6. Add any Azure meetups held in that time that are not listed yet (with "azure: true"), or plan 6 more.',
            waiver: both('2026-12-31', 'first-maintainer'),
          },
        ],
      },
      // After the earlier end date, the later entry does not keep the rule silent.
      {
        name: 'does not let the later entry, listed last, keep the rule silent after the first ends',
        text: firstThenLater,
        today: '2027-01-01',
        findings: [
          {
            severity: 'warning',
            pointer: '/meetups',
            line: 25,
            column: 1,
            message:
              'Between 2 January 2026 and 1 January 2027 the group has held no Azure meetups; the program asks for at least 6. Add any Azure meetups held in that time that are not listed yet (with "azure: true"), or plan 6 more.',
          },
        ],
      },
      {
        name: 'does not let the later entry, listed first, keep the rule silent after the first ends',
        text: laterThenFirst,
        today: '2027-01-01',
        findings: [
          {
            severity: 'warning',
            pointer: '/meetups',
            line: 25,
            column: 1,
            message:
              'Between 2 January 2026 and 1 January 2027 the group has held no Azure meetups; the program asks for at least 6. Add any Azure meetups held in that time that are not listed yet (with "azure: true"), or plan 6 more.',
          },
        ],
      },
      {
        name: 'ignores an entry whose end date is not a date, as with a single waiver',
        text: `${FEW_MEETUPS}waivers:\n${waiver('meetups/minimum', '2026-02-30')}${waiver('meetups/minimum', '2026-12-31')}`,
        findings: [
          {
            pointer: '/meetups',
            line: 25,
            column: 1,
            message:
              'Between 23 November 2025 and 22 November 2026 the group has held no Azure meetups; the program asks for at least 6. Add any Azure meetups held in that time that are not listed yet (with "azure: true"), or plan 6 more.',
            waiver: both('2026-12-31', 'some-maintainer'),
          },
        ],
      },
    ],
  });
});
