import { describe } from 'vitest';
import { VALID_GROUP, withField } from '../../../test/support/check.js';
import {
  ruleTester,
  type ExpectedFinding,
  type InvalidCase,
} from '../../../test/support/rule-tester.js';

const RULE = 'leaders/tech-community-id';

/** VALID_GROUP with the leader's techCommunityId line written as `techCommunityId: <value>`. */
const leaderId = (value: string): string =>
  VALID_GROUP.replace('techCommunityId: 1234567', `techCommunityId: ${value}`);

/** The finding at the value of the leader's `  techCommunityId: …`, line 17, column 20. */
const atLeaderId = (
  message: string,
  translations: Pick<ExpectedFinding, 'nl' | 'sv'> = {},
): ExpectedFinding => ({
  pointer: '/leader/techCommunityId',
  line: 17,
  column: 20,
  message,
  ...translations,
});

const HOW_TO_FIND = '(…/users/your-name/123456 or …/user-id/123456 → 123456)';

/** Where to find the ID, as the messages for a missing or unusable ID end. */
const WHERE = {
  nl: 'Het is het nummer aan het einde van het profieladres op Tech Community (…/users/jouw-naam/123456 of …/user-id/123456 → 123456): meld je aan op techcommunity.microsoft.com, klik op je avatar en kies Mijn profiel.',
  sv: 'Det är numret i slutet av profiladressen på Tech Community (…/users/ditt-namn/123456 eller …/user-id/123456 → 123456): logga in på techcommunity.microsoft.com, klicka på din avatar och välj My Profile (Min profil).',
};

/** What the rule says of a leader's ID that is no positive whole number, shown as `shown`. */
const notANumber = (shown: string): string =>
  `The Tech Community user ID of the leader @annadevries must be a positive whole number, but it is ${shown}. It is the number at the end of their Tech Community profile address ${HOW_TO_FIND}: sign in at techcommunity.microsoft.com, open your avatar, then My Profile.`;

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      { name: 'passes positive whole numbers', text: VALID_GROUP },
      { name: 'passes the ID 1', text: leaderId('1') },
      {
        name: 'says nothing about a leader who is not there',
        text: withField('leader', undefined),
      },
      { name: 'says nothing about a co-leader who is no block', text: withField('coLeader', '[]') },
    ],
    invalid: [
      {
        name: 'asks for a missing ID on the leader block, saying where to find it',
        text: VALID_GROUP.replace('  techCommunityId: 1234567\n', ''),
        findings: [
          {
            pointer: '/leader/techCommunityId',
            line: 13,
            column: 1,
            message:
              'The Tech Community user ID of the leader @annadevries is missing: the program uses it to invite leaders to the Leaders Hub. Add "techCommunityId:". It is the number at the end of their Tech Community profile address (…/users/your-name/123456 or …/user-id/123456 → 123456): sign in at techcommunity.microsoft.com, open your avatar, then My Profile.',
            nl: `De Tech Community-gebruikers-id van de groepsleider @annadevries ontbreekt: het programma gebruikt die om leiders uit te nodigen voor de Leaders Hub. Voeg "techCommunityId:" toe. ${WHERE.nl}`,
            sv: `Tech Community-användar-ID:t för gruppledaren @annadevries saknas: programmet använder det för att bjuda in ledare till Leaders Hub. Lägg till "techCommunityId:". ${WHERE.sv}`,
          },
        ],
      },
      {
        name: 'takes the number out of a profile address',
        text: leaderId(
          'https://techcommunity.microsoft.com/t5/user/viewprofilepage/user-id/1234567',
        ),
        findings: [
          atLeaderId(
            'The Tech Community user ID of the leader @annadevries is the profile address, not the number. Use just the number: techCommunityId: 1234567',
            {
              nl: 'De Tech Community-gebruikers-id van de groepsleider @annadevries is het profieladres, niet het nummer. Gebruik alleen het nummer: techCommunityId: 1234567',
              sv: 'Tech Community-användar-ID:t för gruppledaren @annadevries är profiladressen, inte numret. Skriv bara numret: techCommunityId: 1234567',
            },
          ),
        ],
      },
      ...[
        'https://techcommunity.microsoft.com/users/anna-de-vries/1234567',
        'https://techcommunity.microsoft.com/users/anna-de-vries/1234567/',
        'https://TechCommunity.Microsoft.com/users/anna-de-vries/1234567?tab=activity',
        'techcommunity.microsoft.com/users/anna-de-vries/1234567',
        'https://techcommunity.microsoft.com/users/anna-de-vries/1234567/activity',
      ].map((address): InvalidCase => ({
        name: `takes the number out of Tech Community's current profile address: ${address}`,
        text: leaderId(address),
        findings: [
          atLeaderId(
            'The Tech Community user ID of the leader @annadevries is the profile address, not the number. Use just the number: techCommunityId: 1234567',
          ),
        ],
        also: [],
      })),
      {
        name: "does not take a number from another site's /users/ address",
        text: leaderId('https://github.com/users/annadevries/1234567'),
        findings: [atLeaderId(notANumber('"https://github.com/users/annadevries/1234567"'))],
      },
      {
        name: 'keeps the end of a long address it quotes, where the number is',
        text: leaderId(
          'https://techcommunity.microsoft.com/t5/azure-tech-groups/profile-page/anna-de-vries/9876543',
        ),
        findings: [
          atLeaderId(notANumber('"https://techcommunity.microsoft.com/t5/a…na-de-vries/9876543"')),
        ],
      },
      {
        name: 'asks to drop the quotes around digits',
        // Column 20: the opening quote of `  techCommunityId: "1234567"`.
        text: leaderId('"1234567"'),
        findings: [
          atLeaderId(
            'The Tech Community user ID of the leader @annadevries is written as text. Write the number without quotes: techCommunityId: 1234567',
            {
              nl: 'De Tech Community-gebruikers-id van de groepsleider @annadevries is als tekst geschreven. Schrijf het nummer zonder aanhalingstekens: techCommunityId: 1234567',
              sv: 'Tech Community-användar-ID:t för gruppledaren @annadevries är skrivet som text. Skriv numret utan citattecken: techCommunityId: 1234567',
            },
          ),
        ],
      },
      // A number is shown as written, text in quotes; column 20 is where the value begins, at
      // its opening quote when it is quoted.
      ...(
        [
          ['0', '0'],
          ['-1234567', '-1234567'],
          ['1234567.5', '1234567.5'],
          ['"0"', '"0"'],
        ] as const
      ).map(([value, shown]): InvalidCase => ({
        name: `refuses zero, negative and fractional numbers: ${value}`,
        text: leaderId(value),
        findings: [atLeaderId(notANumber(shown))],
      })),
      {
        name: 'refuses a number too large to be an ID',
        text: leaderId('9007199254740993'),
        findings: [
          atLeaderId(
            'The Tech Community user ID of the leader @annadevries must be a positive whole number, but it is 9007199254740992. It is the number at the end of their Tech Community profile address (…/users/your-name/123456 or …/user-id/123456 → 123456): sign in at techcommunity.microsoft.com, open your avatar, then My Profile.',
          ),
        ],
      },
      {
        name: 'reports the co-leader by role and username',
        text: VALID_GROUP.replace('techCommunityId: 2345678', 'techCommunityId: abc'),
        findings: [
          {
            pointer: '/coLeader/techCommunityId',
            line: 23,
            column: 20,
            message:
              'The Tech Community user ID of the co-leader @pjansen must be a positive whole number, but it is "abc". It is the number at the end of their Tech Community profile address (…/users/your-name/123456 or …/user-id/123456 → 123456): sign in at techcommunity.microsoft.com, open your avatar, then My Profile.',
            nl: `De Tech Community-gebruikers-id van de co-leider @pjansen moet een positief geheel getal zijn, maar er staat "abc". ${WHERE.nl}`,
            sv: `Tech Community-användar-ID:t för medledaren @pjansen ska vara ett positivt heltal, men nu står det "abc". ${WHERE.sv}`,
          },
        ],
      },
      {
        name: 'reports both leaders, each on its own line',
        text: VALID_GROUP.replace('  techCommunityId: 1234567\n', '').replace(
          'techCommunityId: 2345678',
          'techCommunityId: 0',
        ),
        findings: [
          {
            pointer: '/leader/techCommunityId',
            line: 13,
            column: 1,
            message:
              'The Tech Community user ID of the leader @annadevries is missing: the program uses it to invite leaders to the Leaders Hub. Add "techCommunityId:". It is the number at the end of their Tech Community profile address (…/users/your-name/123456 or …/user-id/123456 → 123456): sign in at techcommunity.microsoft.com, open your avatar, then My Profile.',
          },
          {
            pointer: '/coLeader/techCommunityId',
            line: 22,
            column: 20,
            message:
              'The Tech Community user ID of the co-leader @pjansen must be a positive whole number, but it is 0. It is the number at the end of their Tech Community profile address (…/users/your-name/123456 or …/user-id/123456 → 123456): sign in at techcommunity.microsoft.com, open your avatar, then My Profile.',
          },
        ],
      },
      {
        name: 'names a leader without a usable username by role and name',
        text: VALID_GROUP.replace('  github: pjansen\n', '').replace(
          '  techCommunityId: 2345678\n',
          '',
        ),
        findings: [
          {
            pointer: '/coLeader/techCommunityId',
            line: 19,
            column: 1,
            message:
              'The Tech Community user ID of the co-leader "Pieter Jansen" is missing: the program uses it to invite leaders to the Leaders Hub. Add "techCommunityId:". It is the number at the end of their Tech Community profile address (…/users/your-name/123456 or …/user-id/123456 → 123456): sign in at techcommunity.microsoft.com, open your avatar, then My Profile.',
            nl: `De Tech Community-gebruikers-id van de co-leider "Pieter Jansen" ontbreekt: het programma gebruikt die om leiders uit te nodigen voor de Leaders Hub. Voeg "techCommunityId:" toe. ${WHERE.nl}`,
            sv: `Tech Community-användar-ID:t för medledaren "Pieter Jansen" saknas: programmet använder det för att bjuda in ledare till Leaders Hub. Lägg till "techCommunityId:". ${WHERE.sv}`,
          },
        ],
      },
    ],
  });
});
