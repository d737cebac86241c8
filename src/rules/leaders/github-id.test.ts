import { describe } from 'vitest';
import { VALID_GROUP, withField } from '../../../test/support/check.js';
import {
  ruleTester,
  type ExpectedFinding,
  type InvalidCase,
} from '../../../test/support/rule-tester.js';
import type { GitHubAccount, IdentityContext } from '../../core/accounts.js';
import type { Role } from '../../core/people.js';

const RULE = 'leaders/github-id';

/** VALID_GROUP's leaders, as GitHub describes their accounts. */
const ANNA: GitHubAccount = { id: 48213907, login: 'AnnaDeVries', type: 'User' };
const PIETER: GitHubAccount = { id: 61852340, login: 'pjansen', type: 'User' };

/** What the pull-request check would pass: these lookups, and these entries new or changed. */
const identity = (
  accounts: Readonly<Record<string, GitHubAccount | null>>,
  required: readonly Role[],
  path = 'groups/example.yaml',
): IdentityContext => ({
  accounts: new Map(Object.entries(accounts)),
  required: new Set(required.map((role) => `${path}#${role}`)),
});

/** Both leaders looked up and both entries changed: every problem is an error. */
const BOTH_REQUIRED = identity({ annadevries: ANNA, pjansen: PIETER }, ['leader', 'coLeader']);
/** Only the leader's entry changed. */
const LEADER_REQUIRED = identity({ annadevries: ANNA, pjansen: PIETER }, ['leader']);

/** VALID_GROUP with the leader's `githubId:` line (line 16) written as `githubId: <value>`. */
const leaderId = (value: string): string =>
  VALID_GROUP.replace('githubId: 48213907', `githubId: ${value}`);
/** VALID_GROUP without the leader's `githubId:` line. */
const WITHOUT_LEADER_ID = VALID_GROUP.replace('  githubId: 48213907\n', '');
/** VALID_GROUP without either `githubId:` line. */
const WITHOUT_IDS = WITHOUT_LEADER_ID.replace('  githubId: 61852340\n', '');

/** The finding at the value of the leader's `  githubId: …`, line 16, column 13. */
const atLeaderId = (
  message: string,
  extra: Pick<ExpectedFinding, 'nl' | 'sv' | 'severity'> = {},
): ExpectedFinding => ({ pointer: '/leader/githubId', line: 16, column: 13, message, ...extra });

/** The finding at the value of the leader's `  github: …`, line 15, column 11. */
const atLeaderLogin = (
  message: string,
  extra: Pick<ExpectedFinding, 'nl' | 'sv' | 'severity'> = {},
): ExpectedFinding => ({ pointer: '/leader/github', line: 15, column: 11, message, ...extra });

const WHY = {
  en: 'a username can pass to someone else once its account is renamed or deleted, but the account ID never changes, so the registry knows each leader by it.',
  nl: 'een gebruikersnaam kan bij iemand anders terechtkomen als het account een andere naam krijgt of wordt verwijderd, maar de account-id verandert nooit, dus daaraan herkent het register elke leider.',
  sv: 'ett användarnamn kan hamna hos någon annan när kontot byter namn eller tas bort, men konto-ID:t ändras aldrig, så registret känner igen varje ledare på det.',
};

/** What the rule says of a missing id offline, for the leader @annadevries. */
const MISSING_LEADER = `The GitHub account ID of the leader @annadevries is missing: ${WHY.en} Add "githubId:" with the number GitHub shows as "id" at https://api.github.com/users/annadevries`;

/** What the rule says of a leader's id that is no positive whole number, shown as `shown`. */
const notANumber = (shown: string): string =>
  `The GitHub account ID of the leader @annadevries must be a positive whole number, but it is ${shown}. It is the number GitHub shows as "id" at https://api.github.com/users/annadevries`;

const WRONG = (given: string): string =>
  `The GitHub account ID ${given} of the leader @annadevries is not the ID of the account with that username, which is 48213907. Either the username now belongs to another account than the one ${given} names (if the person renamed their account, write their new username under "github:" instead), or the ID was mistyped; then write: githubId: 48213907`;

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      { name: 'passes positive whole numbers, offline', text: VALID_GROUP },
      { name: 'passes the id 1', text: leaderId('1') },
      {
        name: "passes ids that are the accounts' ids, in a pull request",
        text: VALID_GROUP,
        identity: BOTH_REQUIRED,
      },
      {
        name: 'matches the username in any case, as GitHub does',
        text: VALID_GROUP.replace('github: annadevries', 'github: AnnaDeVries'),
        identity: BOTH_REQUIRED,
      },
      {
        name: 'compares nothing for an entry the pull request did not change',
        text: leaderId('11111111'),
        identity: identity({ annadevries: ANNA }, ['coLeader']),
      },
      {
        name: "compares nothing for an entry of another file's path",
        text: leaderId('11111111'),
        identity: identity({ annadevries: ANNA }, ['leader'], 'groups/other.yaml'),
      },
      {
        name: 'compares nothing for a login that was not looked up',
        text: leaderId('11111111'),
        identity: identity({ pjansen: PIETER }, ['leader', 'coLeader']),
      },
      {
        name: 'says nothing when the policy turns it off, even in a pull request',
        text: WITHOUT_IDS,
        identity: identity({ annadevries: null, pjansen: PIETER }, ['leader', 'coLeader']),
        rules: { [RULE]: 'off' },
      },
      {
        name: 'leaves a misspelt githubid to the schema rule, which names the field it was meant to be',
        text: VALID_GROUP.replace('githubId: 48213907', 'githubid: 48213907'),
        also: [
          {
            rule: 'schema',
            pointer: '/leader/githubid',
            line: 16,
            column: 3,
            message:
              '"githubid" is not a field of "leader". Did you mean "githubId"? Field names are written exactly, capitals included.',
          },
        ],
      },
      {
        name: 'says nothing about a leader who is not there',
        text: withField('leader', undefined),
      },
      { name: 'says nothing about a co-leader who is no block', text: withField('coLeader', '[]') },
      {
        name: 'leaves a leader without a usable username to leaders/leader',
        text: WITHOUT_IDS.replace('github: annadevries', 'github: "@annadevries"').replace(
          '  github: pjansen\n',
          '',
        ),
        identity: BOTH_REQUIRED,
      },
    ],
    invalid: [
      {
        name: 'warns of a missing id offline, saying why and where to find it',
        text: WITHOUT_LEADER_ID,
        findings: [
          {
            pointer: '/leader/githubId',
            line: 13,
            column: 1,
            message: MISSING_LEADER,
            nl: `De GitHub-account-id van de groepsleider @annadevries ontbreekt: ${WHY.nl} Voeg "githubId:" toe met het nummer dat GitHub als "id" toont op https://api.github.com/users/annadevries`,
            sv: `GitHub-konto-ID:t för gruppledaren @annadevries saknas: ${WHY.sv} Lägg till "githubId:" med numret som GitHub visar som "id" på https://api.github.com/users/annadevries`,
          },
        ],
        also: [],
      },
      {
        name: 'warns of an empty id as missing, on each leader, with their own username',
        text: leaderId('').replace('githubId: 61852340', 'githubId:'),
        findings: [
          // An empty value has no place of its own: the finding is at its key.
          { pointer: '/leader/githubId', line: 16, column: 3, message: MISSING_LEADER },
          {
            pointer: '/coLeader/githubId',
            line: 22,
            column: 3,
            message: `The GitHub account ID of the co-leader @pjansen is missing: ${WHY.en} Add "githubId:" with the number GitHub shows as "id" at https://api.github.com/users/pjansen`,
          },
        ],
        also: [],
      },
      {
        name: 'keeps the username as written in the address',
        text: WITHOUT_LEADER_ID.replace('github: annadevries', 'github: Anna-de-Vries'),
        findings: [
          {
            pointer: '/leader/githubId',
            line: 13,
            column: 1,
            message: `The GitHub account ID of the leader @Anna-de-Vries is missing: ${WHY.en} Add "githubId:" with the number GitHub shows as "id" at https://api.github.com/users/Anna-de-Vries`,
          },
        ],
      },
      {
        name: 'asks to drop the quotes around digits',
        text: leaderId('"48213907"'),
        findings: [
          atLeaderId(
            'The GitHub account ID of the leader @annadevries is written as text. Write the number without quotes: githubId: 48213907',
            {
              nl: 'De GitHub-account-id van de groepsleider @annadevries is als tekst geschreven. Schrijf het nummer zonder aanhalingstekens: githubId: 48213907',
              sv: 'GitHub-konto-ID:t för gruppledaren @annadevries är skrivet som text. Skriv numret utan citattecken: githubId: 48213907',
            },
          ),
        ],
        also: [],
      },
      {
        name: 'refuses text that is not a number, saying where to find the id',
        text: leaderId('annadevries'),
        findings: [
          atLeaderId(notANumber('"annadevries"'), {
            nl: 'De GitHub-account-id van de groepsleider @annadevries moet een positief geheel getal zijn, maar er staat "annadevries". Het is het nummer dat GitHub als "id" toont op https://api.github.com/users/annadevries',
            sv: 'GitHub-konto-ID:t för gruppledaren @annadevries ska vara ett positivt heltal, men nu står det "annadevries". Det är numret som GitHub visar som "id" på https://api.github.com/users/annadevries',
          }),
        ],
        also: [],
      },
      // A number is shown as written, text in quotes; column 13 is where the value begins.
      ...(
        [
          ['0', '0'],
          ['-48213907', '-48213907'],
          ['48213907.5', '48213907.5'],
          ['"0"', '"0"'],
          ['9007199254740993', '9007199254740992'],
          ['true', 'true'],
          ['[48213907]', '[48213907]'],
        ] as const
      ).map(([value, shown]): InvalidCase => ({
        name: `refuses what is no positive whole number: ${value}`,
        text: leaderId(value),
        findings: [atLeaderId(notANumber(shown))],
        also: [],
      })),
      {
        name: 'stays a warning for an entry that was not looked up, in a pull request',
        text: WITHOUT_LEADER_ID,
        identity: identity({}, ['leader']),
        findings: [{ pointer: '/leader/githubId', line: 13, column: 1, message: MISSING_LEADER }],
      },
      {
        name: 'gives the exact line for a missing id in a pull request, as an error',
        text: WITHOUT_LEADER_ID,
        identity: LEADER_REQUIRED,
        findings: [
          {
            pointer: '/leader/githubId',
            line: 13,
            column: 1,
            severity: 'error',
            message: `The GitHub account ID of the leader @annadevries is missing: ${WHY.en} Add this line under "github:": githubId: 48213907`,
            nl: `De GitHub-account-id van de groepsleider @annadevries ontbreekt: ${WHY.nl} Voeg onder "github:" deze regel toe: githubId: 48213907`,
            sv: `GitHub-konto-ID:t för gruppledaren @annadevries saknas: ${WHY.sv} Lägg till den här raden under "github:": githubId: 48213907`,
          },
        ],
        also: [],
      },
      {
        name: 'raises only the entries the pull request changed',
        text: WITHOUT_IDS,
        identity: LEADER_REQUIRED,
        findings: [
          {
            pointer: '/leader/githubId',
            line: 13,
            column: 1,
            severity: 'error',
            message: `The GitHub account ID of the leader @annadevries is missing: ${WHY.en} Add this line under "github:": githubId: 48213907`,
          },
          {
            pointer: '/coLeader/githubId',
            line: 18,
            column: 1,
            message: `The GitHub account ID of the co-leader @pjansen is missing: ${WHY.en} Add "githubId:" with the number GitHub shows as "id" at https://api.github.com/users/pjansen`,
          },
        ],
      },
      {
        name: "refuses an id that is not the username's account, giving the right line",
        text: leaderId('11111111'),
        identity: LEADER_REQUIRED,
        findings: [
          atLeaderId(WRONG('11111111'), {
            severity: 'error',
            nl: 'De GitHub-account-id 11111111 van de groepsleider @annadevries is niet de id van het account met die gebruikersnaam; die is 48213907. Ofwel hoort de gebruikersnaam nu bij een ander account dan het account dat 11111111 aanduidt (heeft de persoon het account hernoemd, zet dan de nieuwe gebruikersnaam onder "github:"), ofwel is de id verkeerd overgenomen; schrijf dan: githubId: 48213907',
            sv: 'GitHub-konto-ID:t 11111111 för gruppledaren @annadevries är inte ID:t för kontot med det användarnamnet; det är 48213907. Antingen hör användarnamnet nu till ett annat konto än det som 11111111 pekar ut (om personen har bytt namn på sitt konto skriver du i stället det nya användarnamnet under "github:"), eller så är ID:t felskrivet; skriv då: githubId: 48213907',
          }),
        ],
        also: [],
      },
      {
        name: "refuses the co-leader's id given for the leader",
        text: leaderId('61852340'),
        identity: BOTH_REQUIRED,
        findings: [atLeaderId(WRONG('61852340'), { severity: 'error' })],
      },
      {
        name: 'refuses other digits written as text as the wrong id, not as text to unquote',
        text: leaderId('"11111111"'),
        identity: LEADER_REQUIRED,
        findings: [atLeaderId(WRONG('11111111'), { severity: 'error' })],
        also: [],
      },
      {
        name: "asks to unquote the account's own id, as an error in a pull request",
        text: leaderId('"48213907"'),
        identity: LEADER_REQUIRED,
        findings: [
          atLeaderId(
            'The GitHub account ID of the leader @annadevries is written as text. Write the number without quotes: githubId: 48213907',
            { severity: 'error' },
          ),
        ],
      },
      {
        name: 'refuses what is no number as an error in a pull request',
        text: leaderId('0'),
        identity: LEADER_REQUIRED,
        findings: [atLeaderId(notANumber('0'), { severity: 'error' })],
        also: [],
      },
      {
        name: 'refuses a username no GitHub account has, at the username',
        text: VALID_GROUP,
        identity: identity({ annadevries: null, pjansen: PIETER }, ['leader', 'coLeader']),
        findings: [
          atLeaderLogin(
            'No GitHub account has the username @annadevries, given for the leader: check the spelling, exactly as on their GitHub profile.',
            {
              severity: 'error',
              nl: 'Er is geen GitHub-account met de gebruikersnaam @annadevries, opgegeven voor de groepsleider: controleer of de spelling precies klopt met het GitHub-profiel.',
              sv: 'Det finns inget GitHub-konto med användarnamnet @annadevries, angivet för gruppledaren: kontrollera att stavningen är exakt som på GitHub-profilen.',
            },
          ),
        ],
        also: [],
      },
      {
        name: 'refuses an organisation as a leader',
        text: VALID_GROUP,
        identity: identity(
          { annadevries: { id: 48213907, login: 'annadevries', type: 'Organization' } },
          ['leader'],
        ),
        findings: [
          atLeaderLogin(
            "The GitHub account @annadevries, given for the leader, is an organisation, not a person: an organisation or a bot cannot lead a group. Give the person's own GitHub username.",
            {
              severity: 'error',
              nl: 'Het GitHub-account @annadevries, opgegeven voor de groepsleider, is een organisatie en geen persoon: een organisatie of bot kan geen groep leiden. Geef de eigen GitHub-gebruikersnaam van de persoon op.',
              sv: 'GitHub-kontot @annadevries, angivet för gruppledaren, är en organisation och inte en person: en organisation eller en bot kan inte leda en grupp. Ange personens eget GitHub-användarnamn.',
            },
          ),
        ],
      },
      {
        name: 'refuses a bot as a co-leader, at its username',
        text: VALID_GROUP,
        identity: identity({ pjansen: { id: 61852340, login: 'pjansen', type: 'Bot' } }, [
          'leader',
          'coLeader',
        ]),
        findings: [
          {
            pointer: '/coLeader/github',
            line: 21,
            column: 11,
            severity: 'error',
            message:
              "The GitHub account @pjansen, given for the co-leader, is a bot, not a person: an organisation or a bot cannot lead a group. Give the person's own GitHub username.",
            nl: 'Het GitHub-account @pjansen, opgegeven voor de co-leider, is een bot en geen persoon: een organisatie of bot kan geen groep leiden. Geef de eigen GitHub-gebruikersnaam van de persoon op.',
            sv: 'GitHub-kontot @pjansen, angivet för medledaren, är en bot och inte en person: en organisation eller en bot kan inte leda en grupp. Ange personens eget GitHub-användarnamn.',
          },
        ],
      },
      {
        name: 'is an error a waiver cannot silence, and no waiver can name it',
        text: `${WITHOUT_LEADER_ID}waivers:\n  - rule: leaders/github-id\n    reason: Leader has no GitHub access yet\n    until: 2027-01-31\n    approvedBy: some-maintainer\n`,
        identity: LEADER_REQUIRED,
        findings: [
          {
            pointer: '/leader/githubId',
            line: 13,
            column: 1,
            severity: 'error',
            message: `The GitHub account ID of the leader @annadevries is missing: ${WHY.en} Add this line under "github:": githubId: 48213907`,
          },
        ],
      },
    ],
  });
});
