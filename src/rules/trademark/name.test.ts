import { describe } from 'vitest';
import { VALID_GROUP, withField } from '../../../test/support/check.js';
import { ruleTester, type InvalidCase } from '../../../test/support/rule-tester.js';

const RULE = 'trademark/name';

const named = (name: string): string => withField('name', name);

/** A message in English, Dutch and Swedish. */
interface Said {
  message: string;
  nl: string;
  sv: string;
}

/** The finding at the value of `name: …`: line 2, column 7, at the opening quote when quoted. */
const atName = (said: Said) => ({ pointer: '/name', line: 2, column: 7, ...said });

/** What the rule says of a name that leads with a Microsoft mark. */
const leading = (name: string, mark: string): Said => ({
  message: `The name "${name}" starts with the Microsoft trademark "${mark}". Under Microsoft's trademark guidelines a name may not start with a Microsoft mark: put your place first, for example "Utrecht Azure User Group".`,
  nl: `De naam "${name}" begint met het Microsoft-handelsmerk "${mark}". Volgens de richtlijnen voor handelsmerken van Microsoft mag een naam niet met een Microsoft-merk beginnen: zet je plaatsnaam vooraan, bijvoorbeeld "Utrecht Azure User Group".`,
  sv: `Namnet "${name}" börjar med Microsofts varumärke "${mark}". Enligt Microsofts riktlinjer för varumärken får ett namn inte börja med ett av Microsofts varumärken: sätt din ort först, till exempel "Göteborg Azure User Group".`,
});

/** What the rule says of a name that claims Microsoft runs or backs the group. */
const official = (name: string): Said => ({
  message: `The name "${name}" suggests that the group is official, or run or sponsored by Microsoft. Community groups may refer to Azure but must not suggest that Microsoft sponsors or endorses them (see https://www.microsoft.com/trademarks): remove those words.`,
  nl: `De naam "${name}" wekt de indruk dat de groep officieel is of door Microsoft wordt georganiseerd of gesponsord. Communitygroepen mogen naar Azure verwijzen, maar mogen niet suggereren dat Microsoft ze sponsort of steunt (zie https://www.microsoft.com/trademarks): verwijder die woorden.`,
  sv: `Namnet "${name}" antyder att gruppen är officiell eller drivs eller sponsras av Microsoft. Communitygrupper får hänvisa till Azure men får inte antyda att Microsoft sponsrar eller står bakom dem (se https://www.microsoft.com/trademarks): ta bort de orden.`,
});

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      { name: 'passes a name that puts the place first', text: VALID_GROUP },
      {
        name: 'passes a user group named after its place',
        text: named('Utrecht Azure User Group'),
      },
      {
        name: 'passes "Unofficial" before the place',
        text: named('Unofficial Utrecht Azure Meetup'),
      },
      { name: 'passes a mark inside a longer word', text: named('AzureLovers Utrecht') },
      { name: 'leaves an empty name to other rules', text: named('') },
      { name: 'leaves a missing name to other rules', text: withField('name', undefined) },
      { name: 'leaves a name that is not text to other rules', text: named('[Azure, Utrecht]') },
    ],
    invalid: [
      ...(
        [
          ['Microsoft Azure Utrecht', 'microsoft'],
          ['Azure User Group Utrecht', 'azure'],
          ['MSFT Cloud Club Utrecht', 'msft'],
          ['Windows Utrecht', 'windows'],
          ['azure-utrecht meetup', 'azure'],
          ['  AZURE Utrecht', 'azure'],
        ] as const
      ).map(([name, mark]): InvalidCase => ({
        name: `refuses a Microsoft mark as the leading word: ${name}`,
        text: named(name.trim() === name ? name : `"${name}"`),
        findings: [atName(leading(name, mark))],
      })),
      ...[
        ['fullwidth letters', '\uFF21\uFF5A\uFF55\uFF52\uFF45 Utrecht', 'azure'],
        ['a zero-width space before the name', '\u200BAzure Utrecht', 'azure'],
        ['a zero-width space and a soft hyphen', 'A\u200Bz\u00ADure Utrecht', 'azure'],
        ['a word joiner', 'Micro\u2060soft Cloud Utrecht', 'microsoft'],
      ].map(([what = '', name = '', mark = '']): InvalidCase => ({
        name: `sees through ${what}`,
        text: named(name),
        findings: [atName(leading(name, mark))],
      })),
      ...[
        'Official Utrecht Azure User Group',
        'Utrecht Azure Group, sponsored by Microsoft',
        'Utrecht Azure Group (Microsoft-endorsed)',
        "Utrecht's Microsoft's Cloud Club",
        'Utrecht Microsoft\u2019s Cloud Club',
        'Utrecht Azure Group, officially',
      ].map((name): InvalidCase => ({
        name: `refuses a claim of official status or sponsorship: ${name}`,
        // Column 7: the opening quote of `name: "…"`.
        text: named(JSON.stringify(name)),
        findings: [atName(official(name))],
      })),
      ...[
        ['a right-to-left override', 'Utrecht \u202Etfosorcim Cloud Club'],
        ['a left-to-right isolate', '\u2066Utrecht Azure User Group\u2069'],
      ].map(([what = '', name = '']): InvalidCase => ({
        name: `refuses direction-control characters: ${what}`,
        text: named(JSON.stringify(name)),
        findings: [
          atName({
            message:
              'The name holds invisible characters that control the writing direction and change the order in which its letters are shown. Remove them, for example by typing the name again, and write it as it should read.',
            nl: 'De naam bevat onzichtbare tekens voor de schrijfrichting, die de volgorde van de letters op het scherm veranderen. Verwijder ze, bijvoorbeeld door de naam opnieuw te typen, en schrijf de naam zoals hij gelezen moet worden.',
            sv: 'Namnet innehåller osynliga tecken för skrivriktning, som ändrar i vilken ordning bokstäverna visas. Ta bort dem, till exempel genom att skriva namnet på nytt, och skriv det så som det ska läsas.',
          }),
        ],
      })),
      {
        name: 'can be waived',
        text: `${named('Azure Utrecht')}waivers:\n  - rule: trademark/name\n    reason: Name agreed with Microsoft legal\n    until: 2027-06-30\n    approvedBy: some-maintainer\n`,
        findings: [
          {
            ...atName(leading('Azure Utrecht', 'azure')),
            waiver: {
              rule: RULE,
              reason: 'Name agreed with Microsoft legal',
              until: '2027-06-30',
              approvedBy: 'some-maintainer',
            },
          },
        ],
      },
    ],
  });
});
