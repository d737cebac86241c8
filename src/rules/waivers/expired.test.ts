import { describe } from 'vitest';
import { VALID_GROUP } from '../../../test/support/check.js';
import { ruleTester } from '../../../test/support/rule-tester.js';

const RULE = 'waivers/expired';

const waiver = (rule: string, until: string): string =>
  `  - rule: ${rule}\n    reason: Venue lost after a flood\n    until: ${until}\n    approvedBy: some-maintainer\n`;

/** VALID_GROUP with a `waivers:` block; its first entry starts on line 45, each takes four. */
const withWaivers = (...entries: string[]): string => `${VALID_GROUP}waivers:\n${entries.join('')}`;

const ENDED =
  'The waiver for "meetups/minimum" ended on 21 November 2026, so the rule applies again. Remove the waiver once the problem is fixed, or ask a maintainer to extend it.';

/** The finding at the first waiver's `until:` (line 47, value at column 12). */
const atFirst = {
  pointer: '/waivers/0/until',
  line: 47,
  column: 12,
  message: ENDED,
  nl: 'De vrijstelling voor "meetups/minimum" is op 21 november 2026 verlopen, dus de programmaregel geldt weer. Verwijder de vrijstelling zodra het probleem is opgelost, of vraag een beheerder om verlenging.',
  sv: 'Undantaget för "meetups/minimum" gick ut den 21 november 2026, så regeln gäller igen. Ta bort undantaget när problemet är åtgärdat, eller be en förvaltare att förlänga det.',
};

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      { name: 'passes a file without waivers', text: VALID_GROUP },
      {
        name: 'passes a waiver that has not ended',
        text: withWaivers(waiver('meetups/minimum', '2027-01-31')),
      },
      {
        name: 'passes a waiver on its last day',
        text: withWaivers(waiver('meetups/minimum', '2026-11-22')),
      },
      {
        name: 'leaves a waiver with a malformed date to the schema rule',
        text: withWaivers(waiver('meetups/minimum', '2026-02-30')),
        also: [
          {
            rule: 'schema',
            pointer: '/waivers/0/until',
            line: 47,
            column: 12,
            message:
              '"until" of the 1st waiver must be a date that exists, written YYYY-MM-DD; it is "2026-02-30".',
          },
        ],
      },
      {
        name: 'leaves a waiver without a rule to the schema rule',
        text: `${VALID_GROUP}waivers:\n  - reason: Venue lost\n    until: 2026-01-01\n    approvedBy: some-maintainer\n`,
      },
    ],
    invalid: [
      {
        name: 'reports a waiver whose last day has passed, on its date',
        // Line 47 reads `    until: 2026-11-21`.
        text: withWaivers(waiver('meetups/minimum', '2026-11-21')),
        findings: [atFirst],
      },
      {
        name: 'reports each expired waiver by its place in the list',
        text: withWaivers(
          waiver('meetups/minimum', '2027-01-31'),
          waiver('meetups/spread', '2026-06-30'),
          waiver('trademark/name', '2025-12-31'),
        ),
        findings: [
          {
            pointer: '/waivers/1/until',
            line: 51,
            column: 12,
            message:
              'The waiver for "meetups/spread" ended on 30 June 2026, so the rule applies again. Remove the waiver once the problem is fixed, or ask a maintainer to extend it.',
            nl: 'De vrijstelling voor "meetups/spread" is op 30 juni 2026 verlopen, dus de programmaregel geldt weer. Verwijder de vrijstelling zodra het probleem is opgelost, of vraag een beheerder om verlenging.',
            sv: 'Undantaget för "meetups/spread" gick ut den 30 juni 2026, så regeln gäller igen. Ta bort undantaget när problemet är åtgärdat, eller be en förvaltare att förlänga det.',
          },
          {
            pointer: '/waivers/2/until',
            line: 55,
            column: 12,
            message:
              'The waiver for "trademark/name" ended on 31 December 2025, so the rule applies again. Remove the waiver once the problem is fixed, or ask a maintainer to extend it.',
            nl: 'De vrijstelling voor "trademark/name" is op 31 december 2025 verlopen, dus de programmaregel geldt weer. Verwijder de vrijstelling zodra het probleem is opgelost, of vraag een beheerder om verlenging.',
            sv: 'Undantaget för "trademark/name" gick ut den 31 december 2025, så regeln gäller igen. Ta bort undantaget när problemet är åtgärdat, eller be en förvaltare att förlänga det.',
          },
        ],
      },
      {
        name: 'cannot itself be waived',
        text: withWaivers(
          waiver('meetups/minimum', '2026-11-21'),
          waiver('waivers/expired', '2027-01-31'),
        ),
        findings: [{ ...atFirst, severity: 'warning' }],
      },
      {
        name: 'takes its severity from the policy',
        text: withWaivers(waiver('meetups/minimum', '2026-11-21')),
        rules: { [RULE]: 'error' },
        findings: [{ ...atFirst, severity: 'error' }],
      },
    ],
  });
});
