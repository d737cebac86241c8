import { describe } from 'vitest';
import { VALID_GROUP, withField, yaml } from '../../../test/support/check.js';
import {
  ruleTester,
  type ExpectedFinding,
  type InvalidCase,
  type ValidCase,
} from '../../../test/support/rule-tester.js';

const RULE = 'registry/duplicate';

/** A second group that shares nothing with VALID_GROUP. */
const OTHER = yaml`
  slug: other
  name: Amersfoort Azure Meetup
  status: active
  joined: 2023-05-01
  city: Amersfoort
  country: NL
  timezone: Europe/Amsterdam
  language: nl
  website: https://amersfoort-azure.nl/
  codeOfConduct: https://amersfoort-azure.nl/code-of-conduct
  fees:
    admission: none
  leader:
    name: Karin Bakker
    github: kbakker
    githubId: 73018842
    techCommunityId: 3456789
    termsAccepted: 2024-03-01
  coLeader:
    name: Sven Visser
    github: svisser
    githubId: 90412263
    techCommunityId: 4567890
    termsAccepted: 2024-03-02
  meetups: []
`;

const EXAMPLE_PATH = 'groups/example.yaml';
const OTHER_PATH = 'groups/other.yaml';

/**
 * A registry of two groups, `example` as groups/example.yaml and `other` as groups/other.yaml,
 * seen from each: `valid()` gives a case per file, `invalid()` a case per file with its findings.
 */
const bothWays = (name: string, other: string, example = VALID_GROUP) => {
  const fromExample = { text: example, others: [{ path: OTHER_PATH, text: other }] };
  const fromOther = {
    text: other,
    path: OTHER_PATH,
    others: [{ path: EXAMPLE_PATH, text: example }],
  };
  return {
    valid: (): ValidCase[] => [
      { name: `${name}: ${EXAMPLE_PATH}`, ...fromExample },
      { name: `${name}: ${OTHER_PATH}`, ...fromOther },
    ],
    invalid: (onExample: ExpectedFinding, onOther: ExpectedFinding): InvalidCase[] => [
      { name: `${name}: ${EXAMPLE_PATH}`, ...fromExample, findings: [onExample] },
      { name: `${name}: ${OTHER_PATH}`, ...fromOther, findings: [onOther] },
    ],
  };
};

/** A message in Dutch and Swedish, beside the English. */
interface Translations {
  nl?: string;
  sv?: string;
}

const onName = (message: string, translations: Translations = {}) => ({
  pointer: '/name',
  line: 2,
  column: 7,
  message,
  ...translations,
});
const onWebsite = (message: string, translations: Translations = {}) => ({
  pointer: '/website',
  line: 9,
  column: 10,
  message,
  ...translations,
});

const ALIKE = "Each group needs a name that cannot be mistaken for another group's.";
const ALIKE_NL =
  'Elke groep heeft een naam nodig die niet te verwarren is met die van een andere groep.';
const ALIKE_SV = 'Varje grupp behöver ett namn som inte kan förväxlas med en annan grupps.';

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      ...bothWays('passes groups that share nothing', OTHER).valid(),
      { name: 'passes a group alone', text: VALID_GROUP },
      ...bothWays(
        'accepts one person leading two groups with the same login and ID',
        OTHER.replace('github: svisser', 'github: AnnaDeVries').replace(
          'techCommunityId: 4567890',
          'techCommunityId: 1234567',
        ),
      ).valid(),
      {
        name: 'leaves a leader who is also the co-leader of the same group to leaders/distinct',
        text: VALID_GROUP.replace('github: pjansen', 'github: annadevries'),
        also: [
          {
            rule: 'leaders/distinct',
            pointer: '/coLeader/github',
            line: 21,
            column: 11,
            message:
              'The leader and the co-leader have the same GitHub username, @annadevries, so they are one person. The program needs two different people, so the group keeps a contact when one leaves: name someone else as co-leader.',
          },
        ],
      },
      {
        name: 'ignores files that could not be read',
        text: VALID_GROUP,
        others: [{ path: OTHER_PATH, text: '- not: a group\n' }],
      },
    ],
    invalid: [
      ...bothWays(
        'reports a shared slug on both files',
        withField('slug', 'example', OTHER),
      ).invalid(
        {
          pointer: '/slug',
          line: 1,
          column: 7,
          message:
            'The short name (slug) "example" is already used by groups/other.yaml. Each group needs its own short name.',
          nl: 'De korte naam (slug) "example" wordt al gebruikt door groups/other.yaml. Elke groep heeft een eigen korte naam nodig.',
          sv: 'Kortnamnet (slug) "example" används redan av groups/other.yaml. Varje grupp behöver ett eget kortnamn.',
        },
        {
          pointer: '/slug',
          line: 1,
          column: 7,
          message:
            'The short name (slug) "example" is already used by groups/example.yaml. Each group needs its own short name.',
        },
      ),
      ...bothWays(
        'reports a shared name whose case and spacing differ, on both files',
        withField('name', 'example   AZURE user Group', OTHER),
      ).invalid(
        onName(
          'The name "Example Azure User Group" is already used by groups/other.yaml. Each group needs its own name.',
          {
            nl: 'De naam "Example Azure User Group" wordt al gebruikt door groups/other.yaml. Elke groep heeft een eigen naam nodig.',
            sv: 'Namnet "Example Azure User Group" används redan av groups/other.yaml. Varje grupp behöver ett eget namn.',
          },
        ),
        onName(
          'The name "example   AZURE user Group" is already used by groups/example.yaml. Each group needs its own name.',
        ),
      ),
      ...bothWays(
        'reports a shared website written with www. and without the trailing slash, on both files',
        withField('website', 'https://www.example-azure.org', OTHER),
      ).invalid(
        onWebsite(
          'The website "https://example-azure.org/" is already used by groups/other.yaml. Each group needs its own website.',
          {
            nl: 'De website "https://example-azure.org/" wordt al gebruikt door groups/other.yaml. Elke groep heeft een eigen website nodig.',
            sv: 'Webbplatsen "https://example-azure.org/" används redan av groups/other.yaml. Varje grupp behöver en egen webbplats.',
          },
        ),
        onWebsite(
          'The website "https://www.example-azure.org" is already used by groups/example.yaml. Each group needs its own website.',
        ),
      ),
      {
        name: 'names every other file that shares the value',
        text: VALID_GROUP,
        others: [
          { path: OTHER_PATH, text: withField('name', 'Example Azure User Group', OTHER) },
          {
            path: 'groups/third.yaml',
            text: withField('slug', 'third', withField('name', 'EXAMPLE AZURE USER GROUP', OTHER)),
          },
        ],
        findings: [
          onName(
            'The name "Example Azure User Group" is already used by groups/other.yaml and groups/third.yaml. Each group needs its own name.',
            {
              nl: 'De naam "Example Azure User Group" wordt al gebruikt door groups/other.yaml en groups/third.yaml. Elke groep heeft een eigen naam nodig.',
              sv: 'Namnet "Example Azure User Group" används redan av groups/other.yaml och groups/third.yaml. Varje grupp behöver ett eget namn.',
            },
          ),
        ],
      },
      {
        name: 'joins the files that share a website the way each language joins a list',
        text: VALID_GROUP,
        others: [
          { path: OTHER_PATH, text: withField('website', 'https://example-azure.org/', OTHER) },
          {
            path: 'groups/third.yaml',
            text: withField(
              'slug',
              'third',
              withField('website', 'https://www.example-azure.org', OTHER),
            ),
          },
          {
            path: 'groups/fourth.yaml',
            text: withField(
              'slug',
              'fourth',
              withField('website', 'https://example-azure.org', OTHER),
            ),
          },
        ],
        findings: [
          onWebsite(
            'The website "https://example-azure.org/" is already used by groups/other.yaml, groups/third.yaml and groups/fourth.yaml. Each group needs its own website.',
            {
              nl: 'De website "https://example-azure.org/" wordt al gebruikt door groups/other.yaml, groups/third.yaml en groups/fourth.yaml. Elke groep heeft een eigen website nodig.',
              sv: 'Webbplatsen "https://example-azure.org/" används redan av groups/other.yaml, groups/third.yaml och groups/fourth.yaml. Varje grupp behöver en egen webbplats.',
            },
          ),
        ],
      },
      ...bothWays(
        'reports one GitHub login with two Tech Community IDs across groups, on the ID',
        OTHER.replace('github: kbakker', 'github: AnnaDeVries').replace(
          'techCommunityId: 3456789',
          'techCommunityId: 7654321',
        ),
      ).invalid(
        {
          pointer: '/leader/techCommunityId',
          line: 17,
          column: 20,
          message:
            '@annadevries has Tech Community user ID 1234567 here but 7654321 as leader in groups/other.yaml. One person has one ID: correct the one that is wrong.',
          nl: '@annadevries heeft hier Tech Community-gebruikers-id 1234567, maar 7654321 als groepsleider in groups/other.yaml. Eén persoon heeft één gebruikers-id: corrigeer de id die niet klopt.',
          sv: '@annadevries har Tech Community-användar-ID 1234567 här men 7654321 som gruppledare i groups/other.yaml. En person har ett enda användar-ID: rätta det som är fel.',
        },
        {
          pointer: '/leader/techCommunityId',
          line: 17,
          column: 20,
          message:
            '@AnnaDeVries has Tech Community user ID 7654321 here but 1234567 as leader in groups/example.yaml. One person has one ID: correct the one that is wrong.',
        },
      ),
      ...bothWays(
        'names the role the person has in the other group',
        OTHER.replace('github: svisser', 'github: AnnaDeVries').replace(
          'techCommunityId: 4567890',
          'techCommunityId: 7654321',
        ),
      ).invalid(
        {
          pointer: '/leader/techCommunityId',
          line: 17,
          column: 20,
          message:
            '@annadevries has Tech Community user ID 1234567 here but 7654321 as co-leader in groups/other.yaml. One person has one ID: correct the one that is wrong.',
          nl: '@annadevries heeft hier Tech Community-gebruikers-id 1234567, maar 7654321 als co-leider in groups/other.yaml. Eén persoon heeft één gebruikers-id: corrigeer de id die niet klopt.',
          sv: '@annadevries har Tech Community-användar-ID 1234567 här men 7654321 som medledare i groups/other.yaml. En person har ett enda användar-ID: rätta det som är fel.',
        },
        {
          pointer: '/coLeader/techCommunityId',
          line: 23,
          column: 20,
          message:
            '@AnnaDeVries has Tech Community user ID 7654321 here but 1234567 as leader in groups/example.yaml. One person has one ID: correct the one that is wrong.',
        },
      ),
      ...bothWays(
        'reports one Tech Community ID with two GitHub logins across groups, on the login',
        OTHER.replace('github: svisser', 'github: anna-dv').replace(
          'techCommunityId: 4567890',
          'techCommunityId: 1234567',
        ),
      ).invalid(
        {
          pointer: '/leader/github',
          line: 15,
          column: 11,
          message:
            'Tech Community user ID 1234567 belongs to @annadevries here but to @anna-dv in groups/other.yaml. Each person has their own ID: check which one is right.',
          nl: 'Tech Community-gebruikers-id 1234567 hoort hier bij @annadevries, maar bij @anna-dv in groups/other.yaml. Elke persoon heeft een eigen gebruikers-id: controleer welke juist is.',
          sv: 'Tech Community-användar-ID 1234567 tillhör @annadevries här men @anna-dv i groups/other.yaml. Varje person har ett eget användar-ID: kontrollera vilket som är rätt.',
        },
        {
          pointer: '/coLeader/github',
          line: 21,
          column: 11,
          message:
            'Tech Community user ID 1234567 belongs to @anna-dv here but to @annadevries in groups/example.yaml. Each person has their own ID: check which one is right.',
        },
      ),
    ],
  });

  describe('names that look alike (UTS #39 skeletons of the lowercased and the written name)', () => {
    // Look-alike letters are written as escapes so that the test shows which ones they are.
    ruleTester(RULE, {
      valid: [
        { what: 'a real different letter', name: 'Exemple Azure User Group' },
        { what: 'a letter with an accent', name: 'Ex\u00E4mple Azure User Group' },
        { what: '"i" for "l", which do not look alike', name: 'Exampie Azure User Group' },
        { what: 'one more word', name: 'Example Azure User Group Utrecht' },
      ].flatMap(({ what, name }) =>
        bothWays(`passes ${what}`, withField('name', name, OTHER)).valid(),
      ),
      invalid: [
        ...[
          {
            what: 'Cyrillic letters',
            name: '\u0415\u0445\u0430mple Azure User Group',
            example:
              'The name "Example Azure User Group" looks like "\u0415\u0445\u0430mple Azure User Group" in groups/other.yaml. ' +
              ALIKE,
            other:
              'The name "\u0415\u0445\u0430mple Azure User Group" looks like "Example Azure User Group" in groups/example.yaml. ' +
              'These characters in it look like other letters: "\u0415" (Cyrillic, U+0415), "\u0445" (Cyrillic, U+0445) and "\u0430" (Cyrillic, U+0430). ' +
              'Replace them with the ordinary letters they look like. ' +
              ALIKE,
            otherNl:
              'De naam "\u0415\u0445\u0430mple Azure User Group" lijkt op "Example Azure User Group" in groups/example.yaml. ' +
              'Deze tekens in de naam lijken op andere letters: "\u0415" (Cyrillisch, U+0415), "\u0445" (Cyrillisch, U+0445) en "\u0430" (Cyrillisch, U+0430). ' +
              'Vervang ze door de gewone letters waarop ze lijken. ' +
              ALIKE_NL,
            otherSv:
              'Namnet "\u0415\u0445\u0430mple Azure User Group" liknar "Example Azure User Group" i groups/example.yaml. ' +
              'Dessa tecken i namnet liknar andra bokstäver: "\u0415" (kyrilliskt, U+0415), "\u0445" (kyrilliskt, U+0445) och "\u0430" (kyrilliskt, U+0430). ' +
              'Byt ut dem mot de vanliga bokstäver de liknar. ' +
              ALIKE_SV,
          },
          {
            what: 'Greek capitals',
            name: '\u0395xample \u0391zure User Group',
            example:
              'The name "Example Azure User Group" looks like "\u0395xample \u0391zure User Group" in groups/other.yaml. ' +
              ALIKE,
            other:
              'The name "\u0395xample \u0391zure User Group" looks like "Example Azure User Group" in groups/example.yaml. ' +
              'These characters in it look like other letters: "\u0395" (Greek, U+0395) and "\u0391" (Greek, U+0391). ' +
              'Replace them with the ordinary letters they look like. ' +
              ALIKE,
          },
          {
            what: 'Latin, Cyrillic and Greek mixed',
            name: 'Example \u0410zure Us\u0435r Gr\u03BFup',
            example:
              'The name "Example Azure User Group" looks like "Example \u0410zure Us\u0435r Gr\u03BFup" in groups/other.yaml. ' +
              ALIKE,
            other:
              'The name "Example \u0410zure Us\u0435r Gr\u03BFup" looks like "Example Azure User Group" in groups/example.yaml. ' +
              'These characters in it look like other letters: "\u0410" (Cyrillic, U+0410), "\u0435" (Cyrillic, U+0435) and "\u03BF" (Greek, U+03BF). ' +
              'Replace them with the ordinary letters they look like. ' +
              ALIKE,
          },
          {
            what: 'Cyrillic capitals, whose small letters look different',
            name: '\u0415\u0425\u0410\u041C\u0420L\u0415 \u0410ZUR\u0415 US\u0415R GR\u041EU\u0420',
            example:
              'The name "Example Azure User Group" looks like "\u0415\u0425\u0410\u041C\u0420L\u0415 \u0410ZUR\u0415 US\u0415R GR\u041EU\u0420" in groups/other.yaml. ' +
              ALIKE,
            other:
              'The name "\u0415\u0425\u0410\u041C\u0420L\u0415 \u0410ZUR\u0415 US\u0415R GR\u041EU\u0420" looks like "Example Azure User Group" in groups/example.yaml. ' +
              'These characters in it look like other letters: "\u0415" (Cyrillic, U+0415), "\u0425" (Cyrillic, U+0425), "\u0410" (Cyrillic, U+0410), "\u041C" (Cyrillic, U+041C), "\u0420" (Cyrillic, U+0420) and 1 more. ' +
              'Replace them with the ordinary letters they look like. ' +
              ALIKE,
            otherNl:
              'De naam "\u0415\u0425\u0410\u041C\u0420L\u0415 \u0410ZUR\u0415 US\u0415R GR\u041EU\u0420" lijkt op "Example Azure User Group" in groups/example.yaml. ' +
              'Deze tekens in de naam lijken op andere letters: "\u0415" (Cyrillisch, U+0415), "\u0425" (Cyrillisch, U+0425), "\u0410" (Cyrillisch, U+0410), "\u041C" (Cyrillisch, U+041C), "\u0420" (Cyrillisch, U+0420) en nog 1. ' +
              'Vervang ze door de gewone letters waarop ze lijken. ' +
              ALIKE_NL,
            otherSv:
              'Namnet "\u0415\u0425\u0410\u041C\u0420L\u0415 \u0410ZUR\u0415 US\u0415R GR\u041EU\u0420" liknar "Example Azure User Group" i groups/example.yaml. ' +
              'Dessa tecken i namnet liknar andra bokstäver: "\u0415" (kyrilliskt, U+0415), "\u0425" (kyrilliskt, U+0425), "\u0410" (kyrilliskt, U+0410), "\u041C" (kyrilliskt, U+041C), "\u0420" (kyrilliskt, U+0420) och 1 till. ' +
              'Byt ut dem mot de vanliga bokstäver de liknar. ' +
              ALIKE_SV,
          },
          {
            what: '"rn" for "m" and the digit 1 for "l"',
            name: 'Exarnp1e Azure User Group',
            example:
              'The name "Example Azure User Group" looks like "Exarnp1e Azure User Group" in groups/other.yaml. ' +
              ALIKE,
            other:
              'The name "Exarnp1e Azure User Group" looks like "Example Azure User Group" in groups/example.yaml. ' +
              ALIKE,
          },
          {
            what: 'an invisible character',
            name: 'Example\u200B Azure User Group',
            example:
              'The name "Example Azure User Group" looks like "Example\u200B Azure User Group" in groups/other.yaml. ' +
              ALIKE,
            other:
              'The name "Example\u200B Azure User Group" looks like "Example Azure User Group" in groups/example.yaml. ' +
              'These characters in it cannot be seen: "\u200B" (invisible, U+200B). Delete them. ' +
              ALIKE,
            otherNl:
              'De naam "Example\u200B Azure User Group" lijkt op "Example Azure User Group" in groups/example.yaml. ' +
              'Deze tekens in de naam zijn onzichtbaar: "\u200B" (onzichtbaar, U+200B). Verwijder ze. ' +
              ALIKE_NL,
            otherSv:
              'Namnet "Example\u200B Azure User Group" liknar "Example Azure User Group" i groups/example.yaml. ' +
              'Dessa tecken i namnet är osynliga: "\u200B" (osynligt, U+200B). Ta bort dem. ' +
              ALIKE_SV,
          },
          {
            what: 'a Cyrillic letter and an invisible character',
            name: 'Ex\u0430mple\u200B Azure User Group',
            example:
              'The name "Example Azure User Group" looks like "Ex\u0430mple\u200B Azure User Group" in groups/other.yaml. ' +
              ALIKE,
            other:
              'The name "Ex\u0430mple\u200B Azure User Group" looks like "Example Azure User Group" in groups/example.yaml. ' +
              'These characters in it look like other letters or cannot be seen: "\u0430" (Cyrillic, U+0430) and "\u200B" (invisible, U+200B). ' +
              'Replace the look-alikes with ordinary letters and delete the invisible ones. ' +
              ALIKE,
            otherNl:
              'De naam "Ex\u0430mple\u200B Azure User Group" lijkt op "Example Azure User Group" in groups/example.yaml. ' +
              'Deze tekens in de naam lijken op andere letters of zijn onzichtbaar: "\u0430" (Cyrillisch, U+0430) en "\u200B" (onzichtbaar, U+200B). ' +
              'Vervang de tekens die op letters lijken door gewone letters en verwijder de onzichtbare. ' +
              ALIKE_NL,
            otherSv:
              'Namnet "Ex\u0430mple\u200B Azure User Group" liknar "Example Azure User Group" i groups/example.yaml. ' +
              'Dessa tecken i namnet liknar andra bokstäver eller är osynliga: "\u0430" (kyrilliskt, U+0430) och "\u200B" (osynligt, U+200B). ' +
              'Byt ut tecknen som liknar bokstäver mot vanliga bokstäver och ta bort de osynliga. ' +
              ALIKE_SV,
          },
          {
            what: 'an Armenian letter, of a script the message does not name',
            name: 'Example Azure User Gr\u0585up',
            example:
              'The name "Example Azure User Group" looks like "Example Azure User Gr\u0585up" in groups/other.yaml. ' +
              ALIKE,
            other:
              'The name "Example Azure User Gr\u0585up" looks like "Example Azure User Group" in groups/example.yaml. ' +
              'These characters in it look like other letters: "\u0585" (not a plain letter, U+0585). ' +
              'Replace them with the ordinary letters they look like. ' +
              ALIKE,
            otherNl:
              'De naam "Example Azure User Gr\u0585up" lijkt op "Example Azure User Group" in groups/example.yaml. ' +
              'Deze tekens in de naam lijken op andere letters: "\u0585" (geen gewone letter, U+0585). ' +
              'Vervang ze door de gewone letters waarop ze lijken. ' +
              ALIKE_NL,
            otherSv:
              'Namnet "Example Azure User Gr\u0585up" liknar "Example Azure User Group" i groups/example.yaml. ' +
              'Dessa tecken i namnet liknar andra bokstäver: "\u0585" (ingen vanlig bokstav, U+0585). ' +
              'Byt ut dem mot de vanliga bokstäver de liknar. ' +
              ALIKE_SV,
          },
        ].flatMap(
          ({
            what,
            name,
            example,
            other,
            otherNl,
            otherSv,
          }: {
            what: string;
            name: string;
            example: string;
            other: string;
            otherNl?: string;
            otherSv?: string;
          }) =>
            bothWays(`reports ${what} on both files`, withField('name', name, OTHER)).invalid(
              onName(example),
              onName(other, {
                ...(otherNl === undefined ? {} : { nl: otherNl }),
                ...(otherSv === undefined ? {} : { sv: otherSv }),
              }),
            ),
        ),
        {
          name: 'names each look-alike with its file, the same name written otherwise among them',
          text: VALID_GROUP,
          others: [
            { path: OTHER_PATH, text: withField('name', 'Exampl\u0435 Azure User Group', OTHER) },
            {
              path: 'groups/third.yaml',
              text: withField(
                'slug',
                'third',
                withField('name', 'EXAMPLE AZURE USER GROUP', OTHER),
              ),
            },
          ],
          findings: [
            onName(
              'The name "Example Azure User Group" looks like "Exampl\u0435 Azure User Group" in groups/other.yaml and "EXAMPLE AZURE USER GROUP" in groups/third.yaml. ' +
                ALIKE,
              {
                nl:
                  'De naam "Example Azure User Group" lijkt op "Exampl\u0435 Azure User Group" in groups/other.yaml en "EXAMPLE AZURE USER GROUP" in groups/third.yaml. ' +
                  ALIKE_NL,
                sv:
                  'Namnet "Example Azure User Group" liknar "Exampl\u0435 Azure User Group" i groups/other.yaml och "EXAMPLE AZURE USER GROUP" i groups/third.yaml. ' +
                  ALIKE_SV,
              },
            ),
          ],
        },
      ],
    });
  });

  describe('websites, compared by host after IDNA (UTS #46), without www., a trailing dot or the default port', () => {
    ruleTester(RULE, {
      valid: [
        { what: 'another host', example: undefined, other: 'https://example-azure.com/' },
        { what: 'another port', example: undefined, other: 'https://example-azure.org:8443/' },
        { what: 'another page', example: undefined, other: 'https://example-azure.org/utrecht' },
        {
          what: 'another Unicode host',
          example: 'https://m\u00FCnchen-azure.de/',
          other: 'https://munchen-azure.de/',
        },
      ].map(({ what, example, other }): ValidCase => ({
        name: `passes ${what}`,
        text: example === undefined ? VALID_GROUP : withField('website', example),
        others: [{ path: OTHER_PATH, text: withField('website', other, OTHER) }],
      })),
      invalid: [
        { what: 'a trailing dot', example: undefined, other: 'https://example-azure.org./' },
        { what: 'an uppercase host', example: undefined, other: 'https://EXAMPLE-Azure.ORG/' },
        { what: 'the default port', example: undefined, other: 'https://example-azure.org:443/' },
        {
          what: 'www., uppercase, a trailing dot and the port at once',
          example: undefined,
          other: 'https://WWW.Example-Azure.org.:443',
        },
        {
          what: 'punycode for a Unicode host',
          example: 'https://m\u00FCnchen-azure.de/',
          other: 'https://xn--mnchen-azure-dlb.de/',
        },
        {
          what: 'a Unicode host in capitals with a trailing dot',
          example: 'https://xn--mnchen-azure-dlb.de/',
          other: 'https://M\u00DCNCHEN-AZURE.DE./',
        },
      ].flatMap(({ what, example, other }) =>
        bothWays(
          `reports ${what} on both files`,
          withField('website', other, OTHER),
          example === undefined ? VALID_GROUP : withField('website', example),
        ).invalid(
          onWebsite(
            `The website "${example ?? 'https://example-azure.org/'}" is already used by groups/other.yaml. Each group needs its own website.`,
          ),
          onWebsite(
            `The website "${other}" is already used by groups/example.yaml. Each group needs its own website.`,
            {
              nl: `De website "${other}" wordt al gebruikt door groups/example.yaml. Elke groep heeft een eigen website nodig.`,
              sv: `Webbplatsen "${other}" används redan av groups/example.yaml. Varje grupp behöver en egen webbplats.`,
            },
          ),
        ),
      ),
    });
  });
});
