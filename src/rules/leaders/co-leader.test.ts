import { describe } from 'vitest';
import { VALID_GROUP, withField } from '../../../test/support/check.js';
import { ruleTester, type ExpectedFinding } from '../../../test/support/rule-tester.js';

const RULE = 'leaders/co-leader';

/** The finding at the value of the co-leader's `  github: …`, line 21, column 11. */
const atGithub = (
  message: string,
  translations: Pick<ExpectedFinding, 'nl' | 'sv'> = {},
): ExpectedFinding => ({
  pointer: '/coLeader/github',
  line: 21,
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
      { name: 'passes a co-leader with a name and a GitHub username', text: VALID_GROUP },
      { name: 'does not report the leader', text: withField('leader', undefined) },
    ],
    invalid: [
      {
        name: 'reports a missing co-leader at the top of the file, once',
        text: withField('coLeader', undefined),
        findings: [
          {
            pointer: '/coLeader',
            line: 1,
            column: 1,
            message:
              'The group has no co-leader. The program needs a designated co-leader as its secondary contact, so the group is never left without one: add "coLeader:" with the fields name, github, techCommunityId and termsAccepted indented below it.',
            nl: 'De groep heeft geen co-leider. Het programma heeft een aangewezen co-leider nodig als secundaire contactpersoon, zodat de groep nooit zonder contactpersoon komt te zitten: voeg "coLeader:" toe, met daaronder ingesprongen de velden name, github, techCommunityId en termsAccepted.',
            sv: 'Gruppen har ingen medledare. Programmet behöver en utsedd medledare som gruppens sekundära kontakt, så att gruppen aldrig står utan kontakt: lägg till "coLeader:" med fälten name, github, techCommunityId och termsAccepted indragna under.',
          },
        ],
      },
      {
        name: 'reports an empty co-leader block as missing, on its line',
        // Line 19 reads `coLeader: `.
        text: withField('coLeader', ''),
        findings: [
          {
            pointer: '/coLeader',
            line: 19,
            column: 1,
            message:
              'The group has no co-leader. The program needs a designated co-leader as its secondary contact, so the group is never left without one: add "coLeader:" with the fields name, github, techCommunityId and termsAccepted indented below it.',
          },
        ],
      },
      {
        name: 'reports a co-leader written as a string, at the value',
        text: withField('coLeader', 'Pieter Jansen'),
        findings: [
          {
            pointer: '/coLeader',
            line: 19,
            column: 11,
            message:
              '"coLeader" must be a group of indented fields (name, github, techCommunityId, termsAccepted), but it is text.',
            nl: '"coLeader" moet een groep ingesprongen velden zijn (name, github, techCommunityId, termsAccepted), maar het is tekst.',
            sv: '"coLeader" ska vara en grupp indragna fält (name, github, techCommunityId, termsAccepted), men det är text.',
          },
        ],
      },
      {
        name: 'asks for a missing name under the co-leader block',
        text: VALID_GROUP.replace('  name: Pieter Jansen\n', ''),
        findings: [
          {
            pointer: '/coLeader/name',
            line: 19,
            column: 1,
            message:
              'The co-leader\'s name is missing. Add "name:" with their full name under "coLeader:".',
            nl: 'De naam van de co-leider ontbreekt. Voeg onder "coLeader:" de regel "name:" toe met de volledige naam.',
            sv: 'Medledarens namn saknas. Lägg till "name:" med hela namnet under "coLeader:".',
          },
        ],
      },
      {
        name: 'treats a blank name as missing, on its line',
        text: VALID_GROUP.replace('  name: Pieter Jansen', '  name: "  "'),
        // Column 9: the opening quote of `  name: "  "`.
        findings: [
          {
            pointer: '/coLeader/name',
            line: 20,
            column: 9,
            message:
              'The co-leader\'s name is missing. Add "name:" with their full name under "coLeader:".',
          },
        ],
      },
      {
        name: 'asks for a missing GitHub username under the co-leader block',
        text: VALID_GROUP.replace('  github: pjansen\n', ''),
        findings: [
          {
            pointer: '/coLeader/github',
            line: 19,
            column: 1,
            message:
              'The co-leader\'s GitHub username is missing. Add "github:" with their username under "coLeader:"; the registry uses it to know who may update the group.',
            nl: 'De GitHub-gebruikersnaam van de co-leider ontbreekt. Voeg onder "coLeader:" de regel "github:" toe met de gebruikersnaam; het register gebruikt die om te weten wie de groep mag bijwerken.',
            sv: 'Medledarens GitHub-användarnamn saknas. Lägg till "github:" med användarnamnet under "coLeader:"; registret använder det för att veta vem som får uppdatera gruppen.',
          },
        ],
      },
      {
        name: 'suggests the bare username for one written with @',
        text: VALID_GROUP.replace('github: pjansen', "github: '@pjansen'"),
        // Column 11: the opening quote of `  github: '@pjansen'`.
        findings: [
          atGithub(
            `The co-leader's GitHub username "@pjansen" is not a valid username ${VALID_USERNAME.en}. Write just the username: github: pjansen`,
            {
              nl: `De GitHub-gebruikersnaam "@pjansen" van de co-leider is geen geldige gebruikersnaam ${VALID_USERNAME.nl}. Schrijf alleen de gebruikersnaam: github: pjansen`,
              sv: `Medledarens GitHub-användarnamn "@pjansen" är inte ett giltigt användarnamn ${VALID_USERNAME.sv}. Skriv bara användarnamnet: github: pjansen`,
            },
          ),
        ],
      },
      {
        name: 'suggests the bare username for one written as a github.com address',
        text: VALID_GROUP.replace('github: pjansen', 'github: https://github.com/PJansen'),
        findings: [
          atGithub(
            'The co-leader\'s GitHub username "https://github.com/PJansen" is not a valid username (letters, digits and single hyphens, at most 39 characters, without @). Write just the username: github: PJansen',
          ),
        ],
      },
      {
        name: 'refuses a username longer than GitHub allows, without a suggestion',
        text: VALID_GROUP.replace('github: pjansen', `github: ${'p'.repeat(40)}`),
        findings: [
          atGithub(
            `The co-leader's GitHub username "${'p'.repeat(40)}" is not a valid username ${VALID_USERNAME.en}.`,
            {
              nl: `De GitHub-gebruikersnaam "${'p'.repeat(40)}" van de co-leider is geen geldige gebruikersnaam ${VALID_USERNAME.nl}.`,
              sv: `Medledarens GitHub-användarnamn "${'p'.repeat(40)}" är inte ett giltigt användarnamn ${VALID_USERNAME.sv}.`,
            },
          ),
        ],
      },
      {
        name: 'asks to quote a GitHub username that YAML reads as a number',
        text: VALID_GROUP.replace('github: pjansen', 'github: 12345'),
        findings: [
          atGithub(
            'The co-leader\'s GitHub username is read as a number. Put it in quotes, exactly as on GitHub, so it stays text: github: "…"',
            {
              nl: 'De GitHub-gebruikersnaam van de co-leider wordt als getal gelezen. Zet de naam tussen aanhalingstekens, precies zoals op GitHub, zodat die tekst blijft: github: "…"',
              sv: 'Medledarens GitHub-användarnamn läses som ett tal. Sätt det inom citattecken, precis som på GitHub, så att det förblir text: github: "…"',
            },
          ),
        ],
      },
      {
        name: 'says a GitHub username of another type must be text',
        text: VALID_GROUP.replace('github: pjansen', 'github: { name: pjansen }'),
        findings: [
          atGithub("The co-leader's GitHub username must be text, but it is a group of fields.", {
            nl: 'De GitHub-gebruikersnaam van de co-leider moet tekst zijn, maar het is een groep velden.',
            sv: 'Medledarens GitHub-användarnamn ska vara text, men det är en grupp fält.',
          }),
        ],
      },
      {
        name: 'says a name written as a list must be text, on one line',
        text: VALID_GROUP.replace('name: Pieter Jansen', 'name: [Pieter, Jansen]'),
        // Column 9: the value of `  name: …`.
        findings: [
          {
            pointer: '/coLeader/name',
            line: 20,
            column: 9,
            message:
              "The co-leader's name must be text, but it is a list. Write the full name on one line.",
            nl: 'De naam van de co-leider moet tekst zijn, maar het is een lijst. Schrijf de volledige naam op één regel.',
            sv: 'Medledarens namn ska vara text, men det är en lista. Skriv hela namnet på en rad.',
          },
        ],
      },
      {
        name: 'says a name written as a number must be text, in quotes if need be',
        text: VALID_GROUP.replace('name: Pieter Jansen', 'name: 1.5'),
        findings: [
          {
            pointer: '/coLeader/name',
            line: 20,
            column: 9,
            message:
              "The co-leader's name must be text, but it is a number. Write the full name, in quotes if it looks like a number.",
            nl: 'De naam van de co-leider moet tekst zijn, maar het is een getal. Schrijf de volledige naam, tussen aanhalingstekens als die op een getal lijkt.',
            sv: 'Medledarens namn ska vara text, men det är ett tal. Skriv hela namnet, inom citattecken om det ser ut som ett tal.',
          },
        ],
      },
    ],
  });
});
