import { describe } from 'vitest';
import { VALID_GROUP, withField } from '../../../test/support/check.js';
import { ruleTester } from '../../../test/support/rule-tester.js';

const RULE = 'leaders/terms';

/** VALID_GROUP with the leader's (line 18) or co-leader's (line 24) termsAccepted set to `value`. */
const leaderTerms = (value: string): string =>
  VALID_GROUP.replace(
    'termsAccepted: 2024-02-20',
    `termsAccepted:${value === '' ? '' : ` ${value}`}`,
  );
const coLeaderTerms = (value: string): string =>
  VALID_GROUP.replace('termsAccepted: 2024-02-21', `termsAccepted: ${value}`);

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      { name: 'passes terms accepted in the past', text: VALID_GROUP },
      { name: 'passes terms accepted today', text: coLeaderTerms('2026-11-22') },
      { name: 'passes a date in quotes', text: coLeaderTerms('"2024-02-21"') },
      {
        name: 'passes terms accepted tomorrow once it is tomorrow',
        text: coLeaderTerms('2026-11-23'),
        today: '2026-11-23',
      },
      {
        name: 'says nothing about a leader who is not there',
        text: withField('leader', undefined),
      },
      {
        name: 'says nothing about a co-leader who is no block',
        text: withField('coLeader', 'Pieter Jansen'),
      },
    ],
    invalid: [
      {
        name: 'reports missing terms on the leader block, naming the leader',
        text: VALID_GROUP.replace('  termsAccepted: 2024-02-20\n', ''),
        findings: [
          {
            pointer: '/leader/termsAccepted',
            line: 13,
            column: 1,
            message:
              'The leader @annadevries has not accepted the program\'s terms and conditions. Each leader must accept them; once @annadevries has, add "termsAccepted:" with the date, YYYY-MM-DD.',
            nl: 'De groepsleider @annadevries heeft de voorwaarden van het programma nog niet geaccepteerd. Elke leider moet ze accepteren; zodra @annadevries dat heeft gedaan, voeg je "termsAccepted:" toe met de datum, JJJJ-MM-DD.',
            sv: 'Gruppledaren @annadevries har inte godkänt ledarvillkoren. Varje ledare måste godkänna dem; när @annadevries har gjort det lägger du till "termsAccepted:" med datumet, ÅÅÅÅ-MM-DD.',
          },
        ],
      },
      {
        name: 'reports terms: false at the value',
        text: coLeaderTerms('false'),
        findings: [
          {
            pointer: '/coLeader/termsAccepted',
            line: 24,
            column: 18,
            message:
              'The co-leader @pjansen has not accepted the program\'s terms and conditions. Each leader must accept them; once @pjansen has, add "termsAccepted:" with the date, YYYY-MM-DD.',
            nl: 'De co-leider @pjansen heeft de voorwaarden van het programma nog niet geaccepteerd. Elke leider moet ze accepteren; zodra @pjansen dat heeft gedaan, voeg je "termsAccepted:" toe met de datum, JJJJ-MM-DD.',
            sv: 'Medledaren @pjansen har inte godkänt ledarvillkoren. Varje ledare måste godkänna dem; när @pjansen har gjort det lägger du till "termsAccepted:" med datumet, ÅÅÅÅ-MM-DD.',
          },
        ],
      },
      {
        name: 'reports an empty termsAccepted as not accepted',
        text: leaderTerms(''),
        findings: [
          {
            pointer: '/leader/termsAccepted',
            line: 18,
            column: 3,
            message:
              'The leader @annadevries has not accepted the program\'s terms and conditions. Each leader must accept them; once @annadevries has, add "termsAccepted:" with the date, YYYY-MM-DD.',
          },
        ],
      },
      {
        name: 'reports a date that does not exist, asking for the date',
        text: leaderTerms('2024-02-30'),
        findings: [
          {
            pointer: '/leader/termsAccepted',
            line: 18,
            column: 18,
            message:
              '"termsAccepted" must be the date @annadevries accepted the terms, written YYYY-MM-DD and existing on the calendar; it is "2024-02-30".',
            nl: '"termsAccepted" moet de datum zijn waarop @annadevries de voorwaarden heeft geaccepteerd: een bestaande datum, geschreven als JJJJ-MM-DD; er staat "2024-02-30".',
            sv: '"termsAccepted" ska vara datumet då @annadevries godkände ledarvillkoren: ett datum som finns, skrivet ÅÅÅÅ-MM-DD; nu står det "2024-02-30".',
          },
        ],
      },
      {
        name: 'reports true, asking for the date',
        text: leaderTerms('true'),
        findings: [
          {
            pointer: '/leader/termsAccepted',
            line: 18,
            column: 18,
            message:
              '"termsAccepted" must be the date @annadevries accepted the terms, written YYYY-MM-DD and existing on the calendar; it is true.',
            nl: '"termsAccepted" moet de datum zijn waarop @annadevries de voorwaarden heeft geaccepteerd: een bestaande datum, geschreven als JJJJ-MM-DD; er staat true.',
            sv: '"termsAccepted" ska vara datumet då @annadevries godkände ledarvillkoren: ett datum som finns, skrivet ÅÅÅÅ-MM-DD; nu står det true.',
          },
        ],
      },
      {
        name: 'reports a date after today',
        text: coLeaderTerms('2026-11-23'),
        findings: [
          {
            pointer: '/coLeader/termsAccepted',
            line: 24,
            column: 18,
            message:
              '@pjansen accepted the terms on 23 November 2026, which is after today (22 November 2026). Write the date they actually accepted.',
            nl: '@pjansen heeft de voorwaarden op 23 november 2026 geaccepteerd, en dat is na vandaag (22 november 2026). Vul de datum in waarop de voorwaarden echt zijn geaccepteerd.',
            sv: '@pjansen godkände ledarvillkoren den 23 november 2026, vilket är efter i dag (22 november 2026). Skriv datumet då @pjansen faktiskt godkände dem.',
          },
        ],
      },
      {
        name: 'names a leader without a usable username by name',
        text: VALID_GROUP.replace('  github: annadevries\n', '').replace(
          '  termsAccepted: 2024-02-20\n',
          '',
        ),
        findings: [
          {
            pointer: '/leader/termsAccepted',
            line: 13,
            column: 1,
            message:
              'The leader "Anna de Vries" has not accepted the program\'s terms and conditions. Each leader must accept them; once "Anna de Vries" has, add "termsAccepted:" with the date, YYYY-MM-DD.',
            nl: 'De groepsleider "Anna de Vries" heeft de voorwaarden van het programma nog niet geaccepteerd. Elke leider moet ze accepteren; zodra "Anna de Vries" dat heeft gedaan, voeg je "termsAccepted:" toe met de datum, JJJJ-MM-DD.',
            sv: 'Gruppledaren "Anna de Vries" har inte godkänt ledarvillkoren. Varje ledare måste godkänna dem; när "Anna de Vries" har gjort det lägger du till "termsAccepted:" med datumet, ÅÅÅÅ-MM-DD.',
          },
        ],
      },
      {
        name: 'names a leader with neither a usable username nor a name by role',
        text: VALID_GROUP.replace('  github: annadevries\n', '')
          .replace('  name: Anna de Vries\n', '')
          .replace('  termsAccepted: 2024-02-20\n', ''),
        findings: [
          {
            pointer: '/leader/termsAccepted',
            line: 13,
            column: 1,
            message:
              'The leader has not accepted the program\'s terms and conditions. Each leader must accept them; once the leader has, add "termsAccepted:" with the date, YYYY-MM-DD.',
            nl: 'De groepsleider heeft de voorwaarden van het programma nog niet geaccepteerd. Elke leider moet ze accepteren; zodra de groepsleider dat heeft gedaan, voeg je "termsAccepted:" toe met de datum, JJJJ-MM-DD.',
            sv: 'Gruppledaren har inte godkänt ledarvillkoren. Varje ledare måste godkänna dem; när gruppledaren har gjort det lägger du till "termsAccepted:" med datumet, ÅÅÅÅ-MM-DD.',
          },
        ],
      },
    ],
  });
});
