import { describe } from 'vitest';
import { VALID_GROUP, withField } from '../../../test/support/check.js';
import { ruleTester, type InvalidCase } from '../../../test/support/rule-tester.js';

const RULE = 'registry/joined';

const applying = (joined: string | undefined) =>
  withField('joined', joined, withField('status', 'applying'));

/** The finding at the value of `joined: …`, line 4, column 9, in English (and Dutch, Swedish). */
const atValue = (message: string, translations: { nl?: string; sv?: string } = {}) => ({
  pointer: '/joined',
  line: 4,
  column: 9,
  message,
  ...translations,
});

const FUTURE =
  '"joined" is 2027-03-01, which is after today (22 November 2026). It is the date the program admitted the group, so it cannot be in the future, and only the program team sets it: write the date the program admitted the group, or leave "joined" out while the group is applying.';

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      { name: 'passes a date in the past', text: VALID_GROUP },
      { name: 'passes today', text: withField('joined', '2026-11-22') },
      { name: 'passes today in quotes', text: withField('joined', '"2026-11-22"') },
      {
        name: 'passes tomorrow once it is tomorrow',
        text: withField('joined', '2026-11-23'),
        today: '2026-11-23',
      },
      { name: 'passes an applying group without a date', text: applying(undefined), also: [] },
      {
        name: 'leaves a status the schema refuses to the schema rule',
        text: withField('joined', undefined, withField('status', 'dormant')),
        also: [
          {
            rule: 'schema',
            pointer: '/status',
            line: 3,
            column: 9,
            message: '"status" must be applying, active, inactive or leaving; it is "dormant".',
          },
        ],
      },
    ],
    invalid: [
      {
        name: 'reports a date after today at joined, saying what to write and who sets it',
        text: withField('joined', '2027-03-01'),
        findings: [
          atValue(FUTURE, {
            nl: '"joined" is 2027-03-01, en dat is na vandaag (22 november 2026). Het is de datum waarop het programma de groep heeft toegelaten, dus die kan niet in de toekomst liggen, en alleen het programmateam vult die in: schrijf de datum waarop het programma de groep heeft toegelaten, of laat "joined" weg zolang de aanvraag van de groep loopt.',
            sv: '"joined" är 2027-03-01, vilket är efter i dag (22 november 2026). Det är datumet då programmet antog gruppen, så det kan inte ligga i framtiden, och bara programteamet anger det: skriv datumet då programmet antog gruppen, eller ta bort "joined" så länge ansökan pågår.',
          }),
        ],
      },
      {
        name: 'reports tomorrow',
        text: withField('joined', '2026-11-23'),
        findings: [
          atValue(
            '"joined" is 2026-11-23, which is after today (22 November 2026). It is the date the program admitted the group, so it cannot be in the future, and only the program team sets it: write the date the program admitted the group, or leave "joined" out while the group is applying.',
          ),
        ],
      },
      ...['applying', 'leaving'].map((status): InvalidCase => ({
        name: `reports a future date whatever the status: ${status}`,
        text: withField('joined', '2027-03-01', withField('status', status)),
        findings: [atValue(FUTURE)],
      })),
      {
        // The pro-rata share is zero, so meetups/minimum is silent; this rule is not.
        name: 'closes the hole it is for: a future date no longer excuses the group from its meetups',
        text: withField('meetups', '[]', withField('joined', '2030-01-01')),
        findings: [
          atValue(
            '"joined" is 2030-01-01, which is after today (22 November 2026). It is the date the program admitted the group, so it cannot be in the future, and only the program team sets it: write the date the program admitted the group, or leave "joined" out while the group is applying.',
          ),
        ],
        also: [],
      },
      {
        name: 'asks for the date of an admitted group without one, once, and says who sets it',
        text: withField('joined', undefined),
        findings: [
          {
            pointer: '/joined',
            line: 1,
            column: 1,
            message:
              'The group\'s status is "active", so the program has admitted it, but "joined" is missing. "joined" is the date the program admitted the group, YYYY-MM-DD, and only the program team sets it: ask a maintainer to add it. A group that has not been admitted yet has "status: applying" and no "joined".',
            nl: 'De status van de groep is "active", dus het programma heeft de groep toegelaten, maar "joined" ontbreekt. "joined" is de datum waarop het programma de groep heeft toegelaten, JJJJ-MM-DD, en alleen het programmateam vult die in: vraag een beheerder om die toe te voegen. Een groep die nog niet is toegelaten, heeft "status: applying" en geen "joined".',
            sv: 'Gruppens status är "active", så programmet har antagit den, men "joined" saknas. "joined" är datumet då programmet antog gruppen, ÅÅÅÅ-MM-DD, och bara programteamet anger det: be en förvaltare att lägga till det. En grupp som ännu inte har antagits har "status: applying" och inget "joined".',
          },
        ],
      },
      {
        name: 'asks for the date of an admitted group whose joined is empty',
        text: withField('joined', '', withField('status', 'leaving')),
        findings: [
          {
            pointer: '/joined',
            line: 4,
            column: 1,
            message:
              'The group\'s status is "leaving", so the program has admitted it, but "joined" is empty. "joined" is the date the program admitted the group, YYYY-MM-DD, and only the program team sets it: ask a maintainer to add it. A group that has not been admitted yet has "status: applying" and no "joined".',
            nl: 'De status van de groep is "leaving", dus het programma heeft de groep toegelaten, maar "joined" is leeg. "joined" is de datum waarop het programma de groep heeft toegelaten, JJJJ-MM-DD, en alleen het programmateam vult die in: vraag een beheerder om die toe te voegen. Een groep die nog niet is toegelaten, heeft "status: applying" en geen "joined".',
            sv: 'Gruppens status är "leaving", så programmet har antagit den, men "joined" är tomt. "joined" är datumet då programmet antog gruppen, ÅÅÅÅ-MM-DD, och bara programteamet anger det: be en förvaltare att lägga till det. En grupp som ännu inte har antagits har "status: applying" och inget "joined".',
          },
        ],
      },
      {
        name: 'reports an empty date on an applying group, asking to remove the line',
        text: applying(''),
        findings: [
          {
            pointer: '/joined',
            line: 4,
            column: 1,
            message:
              '"joined" is empty. Remove the line: the program team adds the date it admitted the group when it admits it.',
            nl: '"joined" is leeg. Verwijder de regel: het programmateam vult de datum van toelating in wanneer het de groep toelaat.',
            sv: '"joined" är tomt. Ta bort raden: programteamet lägger till datumet när det antar gruppen.',
          },
        ],
      },
      ...(
        [
          ['2026-02-30', '"2026-02-30"'],
          ['20260101', '20260101'],
          ['2026-01-01T00:00:00Z', '"2026-01-01T00:00:00Z"'],
          ['true', 'true'],
        ] as const
      ).map(([value, shown]): InvalidCase => ({
        name: `reports a date that does not exist, or is not a date, once: ${value}`,
        text: withField('joined', value),
        findings: [
          atValue(
            `"joined" must be the date the program admitted the group, written YYYY-MM-DD and existing on the calendar; it is ${shown}. Only the program team sets it.`,
            {
              nl: `"joined" moet de datum zijn waarop het programma de groep heeft toegelaten: een bestaande datum, geschreven als JJJJ-MM-DD; er staat ${shown}. Alleen het programmateam vult die in.`,
              sv: `"joined" ska vara datumet då programmet antog gruppen: ett datum som finns, skrivet ÅÅÅÅ-MM-DD; nu står det ${shown}. Bara programteamet anger det.`,
            },
          ),
        ],
      })),
      {
        name: 'cannot be waived',
        text: `${withField('joined', '2027-03-01')}waivers:\n  - rule: registry/joined\n    reason: Admitted early\n    until: 2027-12-31\n    approvedBy: some-maintainer\n`,
        findings: [{ severity: 'error', ...atValue(FUTURE) }],
        also: [
          {
            rule: 'schema',
            pointer: '/waivers/0/rule',
            line: 45,
            column: 11,
            message:
              '"rule" of the 1st waiver must be conduct/code-of-conduct, fees/admission, leaders/co-leader, leaders/distinct, leaders/leader, leaders/tech-community-id, leaders/terms, meetups/at-risk, meetups/duplicate, meetups/minimum, meetups/spread, presence/website, registry/location, registry/nearby or trademark/name; it is "registry/joined".',
          },
        ],
      },
    ],
  });
});
