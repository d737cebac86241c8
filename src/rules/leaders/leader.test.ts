import { describe } from 'vitest';
import { VALID_GROUP, withField } from '../../../test/support/check.js';
import {
  ruleTester,
  type ExpectedFinding,
  type InvalidCase,
} from '../../../test/support/rule-tester.js';

const RULE = 'leaders/leader';

/** VALID_GROUP with the leader's `github:` line (line 15, value at column 11) set to `value`. */
const github = (value: string): string =>
  VALID_GROUP.replace('github: annadevries', `github: ${value}`);

/** The finding at the value of the leader's `  github: …`, line 15, column 11. */
const atGithub = (
  message: string,
  translations: Pick<ExpectedFinding, 'nl' | 'sv'> = {},
): ExpectedFinding => ({
  pointer: '/leader/github',
  line: 15,
  column: 11,
  message,
  ...translations,
});

const VALID_USERNAME = {
  en: '(letters, digits and single hyphens, at most 39 characters, without @)',
  nl: '(letters, cijfers en losse koppeltekens, hoogstens 39 tekens, zonder @)',
  sv: '(bokstäver, siffror och enstaka bindestreck, högst 39 tecken, utan @)',
};

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      { name: 'passes a leader with a name and a GitHub username', text: VALID_GROUP },
      { name: 'passes a numeric GitHub username in quotes', text: github('"12345"') },
      {
        name: 'leaves a too long name to the schema rule',
        text: VALID_GROUP.replace('name: Anna de Vries', `name: Anna ${'x'.repeat(100)}`),
        also: [
          {
            rule: 'schema',
            pointer: '/leader/name',
            line: 14,
            column: 9,
            message: '"name" under "leader" is too long: at most 100 characters.',
          },
        ],
      },
    ],
    invalid: [
      {
        name: 'reports a missing leader at the top of the file, once',
        text: withField('leader', undefined),
        findings: [
          {
            pointer: '/leader',
            line: 1,
            column: 1,
            message:
              'The group has no leader. The program needs a group leader as its primary contact: add "leader:" with the fields name, github, techCommunityId and termsAccepted indented below it.',
            nl: 'De groep heeft geen groepsleider. Het programma heeft een groepsleider nodig als primaire contactpersoon: voeg "leader:" toe, met daaronder ingesprongen de velden name, github, techCommunityId en termsAccepted.',
            sv: 'Gruppen har ingen gruppledare. Programmet behöver en gruppledare som gruppens primära kontakt: lägg till "leader:" med fälten name, github, techCommunityId och termsAccepted indragna under.',
          },
        ],
      },
      {
        name: 'reports an empty leader block as missing, on its line',
        // Line 13 reads `leader: `.
        text: withField('leader', ''),
        findings: [
          {
            pointer: '/leader',
            line: 13,
            column: 1,
            message:
              'The group has no leader. The program needs a group leader as its primary contact: add "leader:" with the fields name, github, techCommunityId and termsAccepted indented below it.',
          },
        ],
      },
      {
        name: 'reports a leader written as a string, at the value',
        text: withField('leader', 'Anna de Vries'),
        findings: [
          {
            pointer: '/leader',
            line: 13,
            column: 9,
            message:
              '"leader" must be a group of indented fields (name, github, techCommunityId, termsAccepted), but it is text.',
            nl: '"leader" moet een groep ingesprongen velden zijn (name, github, techCommunityId, termsAccepted), maar het is tekst.',
            sv: '"leader" ska vara en grupp indragna fält (name, github, techCommunityId, termsAccepted), men det är text.',
          },
        ],
      },
      {
        name: 'reports a leader written as a list, at the list',
        text: withField('leader', '\n  - Anna de Vries'),
        findings: [
          {
            pointer: '/leader',
            line: 14,
            column: 3,
            message:
              '"leader" must be a group of indented fields (name, github, techCommunityId, termsAccepted), but it is a list.',
            nl: '"leader" moet een groep ingesprongen velden zijn (name, github, techCommunityId, termsAccepted), maar het is een lijst.',
            sv: '"leader" ska vara en grupp indragna fält (name, github, techCommunityId, termsAccepted), men det är en lista.',
          },
        ],
      },
      {
        name: 'asks for a missing name under the leader block',
        text: VALID_GROUP.replace('  name: Anna de Vries\n', ''),
        findings: [
          {
            pointer: '/leader/name',
            line: 13,
            column: 1,
            message:
              'The leader\'s name is missing. Add "name:" with their full name under "leader:".',
            nl: 'De naam van de groepsleider ontbreekt. Voeg onder "leader:" de regel "name:" toe met de volledige naam.',
            sv: 'Gruppledarens namn saknas. Lägg till "name:" med hela namnet under "leader:".',
          },
        ],
      },
      {
        name: 'asks for a missing GitHub username under the leader block',
        text: VALID_GROUP.replace('  github: annadevries\n', ''),
        findings: [
          {
            pointer: '/leader/github',
            line: 13,
            column: 1,
            message:
              'The leader\'s GitHub username is missing. Add "github:" with their username under "leader:"; the registry uses it to know who may update the group.',
            nl: 'De GitHub-gebruikersnaam van de groepsleider ontbreekt. Voeg onder "leader:" de regel "github:" toe met de gebruikersnaam; het register gebruikt die om te weten wie de groep mag bijwerken.',
            sv: 'Gruppledarens GitHub-användarnamn saknas. Lägg till "github:" med användarnamnet under "leader:"; registret använder det för att veta vem som får uppdatera gruppen.',
          },
        ],
      },
      {
        name: 'suggests the bare username for one written with @',
        // Column 11: the opening quote of `  github: "@annadevries"`.
        text: github('"@annadevries"'),
        findings: [
          atGithub(
            `The leader's GitHub username "@annadevries" is not a valid username ${VALID_USERNAME.en}. Write just the username: github: annadevries`,
            {
              nl: `De GitHub-gebruikersnaam "@annadevries" van de groepsleider is geen geldige gebruikersnaam ${VALID_USERNAME.nl}. Schrijf alleen de gebruikersnaam: github: annadevries`,
              sv: `Gruppledarens GitHub-användarnamn "@annadevries" är inte ett giltigt användarnamn ${VALID_USERNAME.sv}. Skriv bara användarnamnet: github: annadevries`,
            },
          ),
        ],
      },
      {
        name: 'suggests the bare username for a github.com address',
        text: github('https://github.com/annadevries'),
        findings: [
          atGithub(
            'The leader\'s GitHub username "https://github.com/annadevries" is not a valid username (letters, digits and single hyphens, at most 39 characters, without @). Write just the username: github: annadevries',
          ),
        ],
      },
      {
        name: 'suggests the bare username for a github.com address with www. and a slash',
        text: github('https://www.github.com/annadevries/'),
        findings: [
          atGithub(
            'The leader\'s GitHub username "https://www.github.com/annadevries/" is not a valid username (letters, digits and single hyphens, at most 39 characters, without @). Write just the username: github: annadevries',
          ),
        ],
      },
      {
        name: 'suggests the bare username for a github.com address without https://, with a query',
        text: github('github.com/annadevries?tab=repositories'),
        findings: [
          atGithub(
            'The leader\'s GitHub username "github.com/annadevries?tab=repositories" is not a valid username (letters, digits and single hyphens, at most 39 characters, without @). Write just the username: github: annadevries',
          ),
        ],
      },
      {
        name: 'explains the form of a username it cannot repair, without a wrong suggestion',
        text: github('anna_de_vries'),
        findings: [
          atGithub(
            `The leader's GitHub username "anna_de_vries" is not a valid username ${VALID_USERNAME.en}.`,
            {
              nl: `De GitHub-gebruikersnaam "anna_de_vries" van de groepsleider is geen geldige gebruikersnaam ${VALID_USERNAME.nl}.`,
              sv: `Gruppledarens GitHub-användarnamn "anna_de_vries" är inte ett giltigt användarnamn ${VALID_USERNAME.sv}.`,
            },
          ),
        ],
      },
      {
        name: 'asks to quote a GitHub username that YAML reads as a number',
        // Line 15 reads `  github: 12345`; column 11 is the value.
        text: github('12345'),
        findings: [
          atGithub(
            'The leader\'s GitHub username is read as a number. Put it in quotes, exactly as on GitHub, so it stays text: github: "…"',
            {
              nl: 'De GitHub-gebruikersnaam van de groepsleider wordt als getal gelezen. Zet de naam tussen aanhalingstekens, precies zoals op GitHub, zodat die tekst blijft: github: "…"',
              sv: 'Gruppledarens GitHub-användarnamn läses som ett tal. Sätt det inom citattecken, precis som på GitHub, så att det förblir text: github: "…"',
            },
          ),
        ],
      },
      {
        name: 'says a GitHub username of another type must be text',
        text: github('[annadevries]'),
        findings: [
          atGithub("The leader's GitHub username must be text, but it is a list.", {
            nl: 'De GitHub-gebruikersnaam van de groepsleider moet tekst zijn, maar het is een lijst.',
            sv: 'Gruppledarens GitHub-användarnamn ska vara text, men det är en lista.',
          }),
        ],
      },
      ...(
        [
          [
            '12345',
            'a whole number. Write the full name, in quotes if it looks like a number.',
            'een geheel getal. Schrijf de volledige naam, tussen aanhalingstekens als die op een getal lijkt.',
            'ett heltal. Skriv hela namnet, inom citattecken om det ser ut som ett tal.',
          ],
          [
            'true',
            'true (a yes/no value). Write the full name, in quotes if it looks like a number.',
            'true (een ja/nee-waarde). Schrijf de volledige naam, tussen aanhalingstekens als die op een getal lijkt.',
            'true (ett ja/nej-värde). Skriv hela namnet, inom citattecken om det ser ut som ett tal.',
          ],
          [
            '[Anna, de Vries]',
            'a list. Write the full name on one line.',
            'een lijst. Schrijf de volledige naam op één regel.',
            'en lista. Skriv hela namnet på en rad.',
          ],
        ] as const
      ).map(([value, en, nl, sv]): InvalidCase => ({
        name: `says a name that is not text must be text, instead of calling it missing: ${value}`,
        text: VALID_GROUP.replace('name: Anna de Vries', `name: ${value}`),
        // Column 9: the value of `  name: …`.
        findings: [
          {
            pointer: '/leader/name',
            line: 14,
            column: 9,
            message: `The leader's name must be text, but it is ${en}`,
            nl: `De naam van de groepsleider moet tekst zijn, maar het is ${nl}`,
            sv: `Gruppledarens namn ska vara text, men det är ${sv}`,
          },
        ],
      })),
      {
        name: 'is silenced into a notice by an active waiver',
        text: `${withField('leader', undefined)}waivers:\n  - rule: leaders/leader\n    reason: Leader stepped down last week\n    until: 2026-12-31\n    approvedBy: some-maintainer\n`,
        findings: [
          {
            pointer: '/leader',
            line: 1,
            column: 1,
            message:
              'The group has no leader. The program needs a group leader as its primary contact: add "leader:" with the fields name, github, techCommunityId and termsAccepted indented below it.',
            waiver: {
              rule: RULE,
              reason: 'Leader stepped down last week',
              until: '2026-12-31',
              approvedBy: 'some-maintainer',
            },
          },
        ],
      },
    ],
  });
});
