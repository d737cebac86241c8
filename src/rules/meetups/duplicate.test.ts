import { describe, expect, it } from 'vitest';
import { fileFrom, VALID_GROUP } from '../../../test/support/check.js';
import { ruleTester } from '../../../test/support/rule-tester.js';
import { DEFAULT_POLICY } from '../../core/policy.js';
import { LANGUAGES, renderMessage } from '../../i18n/findings/index.js';
import { rule } from './duplicate.js';

const RULE = 'meetups/duplicate';

/** VALID_GROUP with more meetup entries at the end of its list; the first added is on line 44. */
const plus = (...entries: string[]): string => VALID_GROUP + entries.join('');

const entry = (date: string, title: string, url?: string): string =>
  `  - date: ${date}\n    title: ${title}\n    azure: true\n${url === undefined ? '' : `    url: ${url}\n`}`;

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      { name: 'passes meetups that are all different', text: VALID_GROUP },
      {
        name: 'does not take the same title on another day for a repeat',
        text: plus(entry('2026-11-19', 'AKS automatic')),
      },
      {
        name: 'does not take another title on the same day for a repeat',
        text: plus(entry('2026-10-22', 'AKS automatic, part 2')),
      },
    ],
    invalid: [
      {
        name: 'reports a repeat of date and title, in other case and spacing, on the later entry',
        // Line 44 reads `  - date: 2026-10-22`.
        text: plus(entry('2026-10-22', 'aks   AUTOMATIC')),
        findings: [
          {
            pointer: '/meetups/6',
            line: 44,
            column: 5,
            message:
              'This meetup (22 October 2026) is listed twice: the 6th meetup (line 41) has the same date and title. It counts once: remove one of the two.',
            nl: 'Deze meetup (22 oktober 2026) staat er twee keer in: de 6e meetup (regel 41) heeft dezelfde datum en titel. Hij telt maar één keer mee: verwijder een van de twee.',
            sv: 'Det här mötet (22 oktober 2026) står med två gånger: det 6:e mötet (rad 41) har samma datum och titel. Det räknas bara en gång: ta bort ett av dem.',
          },
        ],
      },
      {
        name: 'names the first meetup by its place, in every language',
        text: plus(entry('2026-01-29', 'Container Apps in practice')),
        findings: [
          {
            pointer: '/meetups/6',
            line: 44,
            column: 5,
            message:
              'This meetup (29 January 2026) is listed twice: the 1st meetup (line 26) has the same date and title. It counts once: remove one of the two.',
            nl: 'Deze meetup (29 januari 2026) staat er twee keer in: de 1e meetup (regel 26) heeft dezelfde datum en titel. Hij telt maar één keer mee: verwijder een van de twee.',
            sv: 'Det här mötet (29 januari 2026) står med två gånger: det 1:a mötet (rad 26) har samma datum och titel. Det räknas bara en gång: ta bort ett av dem.',
          },
        ],
      },
      {
        name: 'reports two entries for the same page',
        // Line 48 reads `  - date: 2026-11-12`.
        text: plus(
          entry(
            '2026-11-05',
            'Cost management',
            'https://www.meetup.com/example-azure/events/301/',
          ),
          entry(
            '2026-11-12',
            'Cost management (moved)',
            'https://www.meetup.com/example-azure/events/301/',
          ),
        ),
        findings: [
          {
            pointer: '/meetups/7',
            line: 48,
            column: 5,
            message:
              'This meetup (12 November 2026) is listed twice: the 7th meetup (line 44) has the same page. It counts once: remove one of the two.',
            nl: 'Deze meetup (12 november 2026) staat er twee keer in: de 7e meetup (regel 44) heeft dezelfde pagina. Hij telt maar één keer mee: verwijder een van de twee.',
            sv: 'Det här mötet (12 november 2026) står med två gånger: det 7:e mötet (rad 44) har samma sida. Det räknas bara en gång: ta bort ett av dem.',
          },
        ],
      },
      {
        name: 'says "page" when the two links differ only in case or a trailing slash',
        text: plus(
          entry(
            '2026-11-05',
            'Cost management',
            'https://www.meetup.com/example-azure/events/301/',
          ),
          entry(
            '2026-11-12',
            'Cost management (moved)',
            'https://www.meetup.com/Example-Azure/events/301',
          ),
        ),
        findings: [
          {
            pointer: '/meetups/7',
            line: 48,
            column: 5,
            message:
              'This meetup (12 November 2026) is listed twice: the 7th meetup (line 44) has the same page. It counts once: remove one of the two.',
          },
        ],
      },
      {
        name: 'reports each further copy against the first',
        text: plus(entry('2026-10-22', 'AKS automatic'), entry('2026-10-22', 'AKS Automatic')),
        findings: [
          {
            pointer: '/meetups/6',
            line: 44,
            column: 5,
            message:
              'This meetup (22 October 2026) is listed twice: the 6th meetup (line 41) has the same date and title. It counts once: remove one of the two.',
          },
          {
            pointer: '/meetups/7',
            line: 47,
            column: 5,
            message:
              'This meetup (22 October 2026) is listed twice: the 6th meetup (line 41) has the same date and title. It counts once: remove one of the two.',
          },
        ],
      },
      {
        name: 'numbers entries by their place in the file, malformed ones included',
        text: VALID_GROUP.replace(
          'meetups:\n',
          'meetups:\n  - date: 2025-12-01\n    title: Not yet sure\n',
        ).concat(entry('2026-10-22', 'AKS automatic')),
        findings: [
          {
            pointer: '/meetups/7',
            line: 46,
            column: 5,
            message:
              'This meetup (22 October 2026) is listed twice: the 7th meetup (line 43) has the same date and title. It counts once: remove one of the two.',
            nl: 'Deze meetup (22 oktober 2026) staat er twee keer in: de 7e meetup (regel 43) heeft dezelfde datum en titel. Hij telt maar één keer mee: verwijder een van de twee.',
            sv: 'Det här mötet (22 oktober 2026) står med två gånger: det 7:e mötet (rad 43) har samma datum och titel. Det räknas bara en gång: ta bort ett av dem.',
          },
        ],
      },
      {
        name: 'turns into a notice under an active waiver',
        text: `${plus(entry('2026-10-22', 'AKS automatic'))}waivers:\n  - rule: meetups/duplicate\n    reason: Two sessions on one evening\n    until: 2027-01-31\n    approvedBy: some-maintainer\n`,
        findings: [
          {
            pointer: '/meetups/6',
            line: 44,
            column: 5,
            message:
              'This meetup (22 October 2026) is listed twice: the 6th meetup (line 41) has the same date and title. It counts once: remove one of the two.',
            waiver: {
              rule: RULE,
              reason: 'Two sessions on one evening',
              until: '2027-01-31',
              approvedBy: 'some-maintainer',
            },
          },
        ],
      },
    ],
  });
});

describe(`${RULE} without the original's line`, () => {
  // The pipeline always has the file's source map; a map without the original entry (here, of
  // another file) leaves the line out and names the entry by its place alone.
  it('names the original by its place, in every language', () => {
    const file = fileFrom(plus(entry('2026-10-22', 'AKS automatic')));
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
        'This meetup (22 October 2026) is listed twice: the 6th meetup has the same date and title. It counts once: remove one of the two.',
        'Deze meetup (22 oktober 2026) staat er twee keer in: de 6e meetup heeft dezelfde datum en titel. Hij telt maar één keer mee: verwijder een van de twee.',
        'Det här mötet (22 oktober 2026) står med två gånger: det 6:e mötet har samma datum och titel. Det räknas bara en gång: ta bort ett av dem.',
      ],
    ]);
  });
});
