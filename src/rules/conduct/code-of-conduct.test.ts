import { describe, it } from 'vitest';
import { DEFAULT_POLICY } from '../../core/policy.js';
import { evaluate } from '../../evaluate/evaluate.js';
import { fileFrom, VALID_GROUP, withField } from '../../../test/support/check.js';
import { ruleTester, verifyCase, type InvalidCase } from '../../../test/support/rule-tester.js';

const RULE = 'conduct/code-of-conduct';

/** A message in English, Dutch and Swedish. */
interface Said {
  message: string;
  nl: string;
  sv: string;
}

/** The finding at the value of `codeOfConduct: …`, line 10, column 16. */
const atValue = (said: Said) => ({ pointer: '/codeOfConduct', line: 10, column: 16, ...said });

/** What the rule says when `codeOfConduct:` is there but holds nothing (no program link). */
const EMPTY: Said = {
  message:
    '"codeOfConduct" is empty. Write the https link to the group\'s published code of conduct. If the group has none yet, start from the Azure Tech Groups Code of Conduct (see the program guide).',
  nl: '"codeOfConduct" is leeg. Vul de https-link naar de gepubliceerde gedragscode van de groep in. Heeft de groep er nog geen, ga dan uit van de gedragscode van het Azure Tech Groups-programma (zie de programmagids).',
  sv: '"codeOfConduct" är tomt. Skriv https-länken till gruppens publicerade uppförandekod. Om gruppen inte har någon än kan du utgå från uppförandekoden för Azure Tech Groups (se programguiden).',
};

/** What the rule says of a link on a private or local host. */
const notPublic = (url: string): Said => ({
  message: `The code of conduct "${url}" points to a private or local address that people outside your network cannot open. Use the public link.`,
  nl: `De gedragscode "${url}" verwijst naar een privé- of lokaal adres dat mensen buiten je netwerk niet kunnen openen. Gebruik de openbare link.`,
  sv: `Uppförandekoden "${url}" pekar på en privat eller lokal adress som personer utanför ditt nätverk inte kan öppna. Använd den offentliga länken.`,
});

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [{ name: 'passes a public https page', text: VALID_GROUP }],
    invalid: [
      {
        name: 'asks for a missing code of conduct at the top of the file, pointing to the program guide',
        text: withField('codeOfConduct', undefined),
        findings: [
          {
            pointer: '/codeOfConduct',
            line: 1,
            column: 1,
            message:
              'The group\'s code of conduct is missing. The program requires a published code of conduct, easy to find from the group\'s homepage: add "codeOfConduct:" with its https link. If the group has none yet, start from the Azure Tech Groups Code of Conduct (see the program guide).',
            nl: 'De gedragscode van de groep ontbreekt. Het programma vereist een gepubliceerde gedragscode die gemakkelijk te vinden is vanaf de startpagina van de groep: voeg "codeOfConduct:" toe met de https-link. Heeft de groep er nog geen, ga dan uit van de gedragscode van het Azure Tech Groups-programma (zie de programmagids).',
            sv: 'Gruppens uppförandekod saknas. Enligt programmets villkor ska gruppen ha en publicerad uppförandekod som är lätt att hitta från gruppens startsida: lägg till "codeOfConduct:" med en https-länk till den. Om gruppen inte har någon än kan du utgå från uppförandekoden för Azure Tech Groups (se programguiden).',
          },
        ],
      },
      {
        name: 'says that codeOfConduct: "" is empty, not missing',
        text: withField('codeOfConduct', '""'),
        findings: [atValue(EMPTY)],
      },
      {
        name: 'says that a code of conduct with no value is empty, at its key',
        text: withField('codeOfConduct', ''),
        findings: [{ pointer: '/codeOfConduct', line: 10, column: 1, ...EMPTY }],
      },
      {
        name: 'suggests https for an http link',
        text: withField('codeOfConduct', 'http://example-azure.org/code-of-conduct'),
        findings: [
          atValue({
            message:
              'The code of conduct "http://example-azure.org/code-of-conduct" must use https:// so that everyone can open it safely. Did you mean "https://example-azure.org/code-of-conduct"?',
            nl: 'De gedragscode "http://example-azure.org/code-of-conduct" moet https:// gebruiken, zodat iedereen hem veilig kan openen. Bedoel je "https://example-azure.org/code-of-conduct"?',
            sv: 'Uppförandekoden "http://example-azure.org/code-of-conduct" måste använda https:// så att alla kan öppna den säkert. Menade du "https://example-azure.org/code-of-conduct"?',
          }),
        ],
      },
      {
        name: 'asks for https without a suggestion when the https link would fail too',
        text: withField('codeOfConduct', 'ftp://example-azure.org/code-of-conduct'),
        findings: [
          atValue({
            message:
              'The code of conduct "ftp://example-azure.org/code-of-conduct" must use https:// so that everyone can open it safely.',
            nl: 'De gedragscode "ftp://example-azure.org/code-of-conduct" moet https:// gebruiken, zodat iedereen hem veilig kan openen.',
            sv: 'Uppförandekoden "ftp://example-azure.org/code-of-conduct" måste använda https:// så att alla kan öppna den säkert.',
          }),
        ],
      },
      {
        name: 'asks for a whole link',
        text: withField('codeOfConduct', 'example-azure.org/code-of-conduct'),
        findings: [
          atValue({
            message:
              'The code of conduct "example-azure.org/code-of-conduct" is not a full web address. Write the whole link, starting with https://. Did you mean "https://example-azure.org/code-of-conduct"?',
            nl: 'De gedragscode "example-azure.org/code-of-conduct" is geen volledig webadres. Schrijf de hele link, beginnend met https://. Bedoel je "https://example-azure.org/code-of-conduct"?',
            sv: 'Uppförandekoden "example-azure.org/code-of-conduct" är inte en fullständig webbadress. Skriv hela länken, med https:// först. Menade du "https://example-azure.org/code-of-conduct"?',
          }),
        ],
      },
      {
        name: 'asks for a whole link without a suggestion when there is no address to fix',
        text: withField('codeOfConduct', 'on our meetup page'),
        findings: [
          atValue({
            message:
              'The code of conduct "on our meetup page" is not a full web address. Write the whole link, starting with https://.',
            nl: 'De gedragscode "on our meetup page" is geen volledig webadres. Schrijf de hele link, beginnend met https://.',
            sv: 'Uppförandekoden "on our meetup page" är inte en fullständig webbadress. Skriv hela länken, med https:// först.',
          }),
        ],
      },
      ...[
        'https://localhost/coc',
        'https://10.0.0.1/coc',
        'https://192.168.0.5/coc',
        'https://[::1]/coc',
        'https://wiki.club.local/coc',
      ].map((url): InvalidCase => ({
        name: `refuses the private or local address ${url}`,
        text: withField('codeOfConduct', url),
        findings: [atValue(notPublic(url))],
      })),
      {
        name: 'refuses a link with credentials in it',
        text: withField(
          'codeOfConduct',
          'https://editor:hunter2@example-azure.org/code-of-conduct',
        ),
        findings: [
          atValue({
            message:
              'The code of conduct "https://editor:hunter2@example-azure.org/code-of-conduct" holds a user name or password. Remove them: the link must open for everyone without signing in.',
            nl: 'De gedragscode "https://editor:hunter2@example-azure.org/code-of-conduct" bevat een gebruikersnaam of wachtwoord. Verwijder die: de link moet voor iedereen opengaan zonder in te loggen.',
            sv: 'Uppförandekoden "https://editor:hunter2@example-azure.org/code-of-conduct" innehåller ett användarnamn eller lösenord. Ta bort dem: länken måste gå att öppna för alla utan inloggning.',
          }),
        ],
      },
      {
        name: 'explains a value that is not text instead of calling it missing',
        text: withField('codeOfConduct', 'true'),
        findings: [
          atValue({
            message:
              'The code of conduct must be a web address starting with https://, but it is true.',
            nl: 'De gedragscode moet een webadres zijn dat begint met https://, maar er staat true.',
            sv: 'Uppförandekoden ska vara en webbadress som börjar med https://, men nu står det true.',
          }),
        ],
      },
    ],
  });

  // check() takes no codeOfConductUrl: this case runs the pipeline with the whole policy.
  it("offers the program's own code of conduct when the policy names it", () => {
    const text = withField('codeOfConduct', '""');
    const [result] = evaluate([fileFrom(text)], {
      today: '2026-11-22',
      policy: { ...DEFAULT_POLICY, codeOfConductUrl: 'https://example.org/azure-tech-groups/coc' },
    });
    verifyCase(
      RULE,
      {
        name: 'the program code of conduct',
        text,
        // Column 16: the opening quote of `codeOfConduct: ""`.
        findings: [
          atValue({
            message:
              '"codeOfConduct" is empty. Write the https link to the group\'s published code of conduct. If the group has none yet, start from the Azure Tech Groups Code of Conduct: https://example.org/azure-tech-groups/coc',
            nl: '"codeOfConduct" is leeg. Vul de https-link naar de gepubliceerde gedragscode van de groep in. Heeft de groep er nog geen, ga dan uit van de gedragscode van het Azure Tech Groups-programma: https://example.org/azure-tech-groups/coc',
            sv: '"codeOfConduct" är tomt. Skriv https-länken till gruppens publicerade uppförandekod. Om gruppen inte har någon än kan du utgå från uppförandekoden för Azure Tech Groups: https://example.org/azure-tech-groups/coc',
          }),
        ],
      },
      result?.findings ?? [],
    );
  });
});
