import { describe } from 'vitest';
import { VALID_GROUP, withField } from '../../../test/support/check.js';
import { ruleTester, type InvalidCase } from '../../../test/support/rule-tester.js';

const RULE = 'presence/website';

/** A message in English, Dutch and Swedish. */
interface Said {
  message: string;
  nl: string;
  sv: string;
}

/** The finding at the value of `website: …`, line 9, column 10. */
const atValue = (said: Said) => ({ pointer: '/website', line: 9, column: 10, ...said });

/** A case for `website: <url>` with this one finding at its value. */
const website = (name: string, url: string, said: Said): InvalidCase => ({
  name,
  text: withField('website', url),
  findings: [atValue(said)],
});

const MISSING: Said = {
  message:
    'The group\'s website is missing. The program requires a public website or online presence that non-members can read (a site, or a page on a meetup platform): add "website:" with its https link.',
  nl: 'De website van de groep ontbreekt. Het programma vereist een openbare website of online aanwezigheid die ook niet-leden kunnen lezen (een site, of een pagina op een meetup-platform): voeg "website:" toe met de https-link.',
  sv: 'Gruppens webbplats saknas. Enligt programmets villkor ska gruppen ha en offentlig webbplats eller annan närvaro på nätet som även icke-medlemmar kan läsa (en egen webbplats eller en sida på en evenemangsplattform): lägg till "website:" med en https-länk till den.',
};

/** What the rule says when `website:` is there but holds nothing. */
const EMPTY: Said = {
  message:
    '"website" is empty. Write the https link to the group\'s public website, or to its page on a meetup platform.',
  nl: '"website" is leeg. Vul de https-link in naar de openbare website van de groep, of naar haar pagina op een meetup-platform.',
  sv: '"website" är tomt. Skriv https-länken till gruppens offentliga webbplats eller till gruppens sida på en evenemangsplattform.',
};

/** What the rule says of a link that is not a whole web address. */
const notAUrl = (url: string): Said => ({
  message: `The website "${url}" is not a full web address. Write the whole link, starting with https://.`,
  nl: `De website "${url}" is geen volledig webadres. Schrijf de hele link, beginnend met https://.`,
  sv: `Webbplatsen "${url}" är inte en fullständig webbadress. Skriv hela länken, med https:// först.`,
});

/** What the rule says of a link on a private or local host. */
const notPublic = (url: string): Said => ({
  message: `The website "${url}" points to a private or local address that people outside your network cannot open. Use the public link.`,
  nl: `De website "${url}" verwijst naar een privé- of lokaal adres dat mensen buiten je netwerk niet kunnen openen. Gebruik de openbare link.`,
  sv: `Webbplatsen "${url}" pekar på en privat eller lokal adress som personer utanför ditt nätverk inte kan öppna. Använd den offentliga länken.`,
});

/** What the rule says of a link with a user name or password in it. */
const credentials = (url: string): Said => ({
  message: `The website "${url}" holds a user name or password. Remove them: the link must open for everyone without signing in.`,
  nl: `De website "${url}" bevat een gebruikersnaam of wachtwoord. Verwijder die: de link moet voor iedereen opengaan zonder in te loggen.`,
  sv: `Webbplatsen "${url}" innehåller ett användarnamn eller lösenord. Ta bort dem: länken måste gå att öppna för alla utan inloggning.`,
});

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      { name: 'passes a public https page', text: VALID_GROUP },
      {
        name: 'passes a page on a meetup platform',
        text: withField('website', 'https://www.meetup.com/utrecht-azure/'),
      },
      { name: 'passes a public IP address', text: withField('website', 'https://8.8.8.8/') },
      {
        name: 'leaves a too long link to the schema rule',
        text: withField('website', `https://example-azure.org/${'a'.repeat(480)}`),
        also: [
          {
            rule: 'schema',
            pointer: '/website',
            line: 9,
            column: 10,
            message: '"website" is too long: at most 500 characters.',
          },
        ],
      },
    ],
    invalid: [
      {
        name: 'asks for a missing website at the top of the file, once',
        text: withField('website', undefined),
        findings: [{ pointer: '/website', line: 1, column: 1, ...MISSING }],
      },
      {
        name: 'says that a website with no value is empty, on its line',
        text: withField('website', ''),
        findings: [{ pointer: '/website', line: 9, column: 1, ...EMPTY }],
      },
      website('says that website: "" is empty, not missing', '""', EMPTY),
      website('says that a website of spaces is empty', '"   "', EMPTY),
      website('suggests https for an http link', 'http://example-azure.org/', {
        message:
          'The website "http://example-azure.org/" must use https:// so that everyone can open it safely. Did you mean "https://example-azure.org/"?',
        nl: 'De website "http://example-azure.org/" moet https:// gebruiken, zodat iedereen hem veilig kan openen. Bedoel je "https://example-azure.org/"?',
        sv: 'Webbplatsen "http://example-azure.org/" måste använda https:// så att alla kan öppna den säkert. Menade du "https://example-azure.org/"?',
      }),
      website(
        'asks for a whole link when the scheme is left out, suggesting it',
        'example-azure.org',
        {
          message:
            'The website "example-azure.org" is not a full web address. Write the whole link, starting with https://. Did you mean "https://example-azure.org"?',
          nl: 'De website "example-azure.org" is geen volledig webadres. Schrijf de hele link, beginnend met https://. Bedoel je "https://example-azure.org"?',
          sv: 'Webbplatsen "example-azure.org" är inte en fullständig webbadress. Skriv hela länken, med https:// först. Menade du "https://example-azure.org"?',
        },
      ),
      website(
        'does not suggest a link that would itself fail: no address',
        'our website',
        notAUrl('our website'),
      ),
      website(
        'does not suggest a link that would itself fail: a local address',
        'http://localhost:8080/',
        {
          message:
            'The website "http://localhost:8080/" must use https:// so that everyone can open it safely.',
          nl: 'De website "http://localhost:8080/" moet https:// gebruiken, zodat iedereen hem veilig kan openen.',
          sv: 'Webbplatsen "http://localhost:8080/" måste använda https:// så att alla kan öppna den säkert.',
        },
      ),
      ...[
        'https://localhost/',
        'https://10.0.0.1/',
        'https://192.168.1.20/groep',
        'https://[::1]/',
        'https://[::ffff:10.0.0.1]/',
        'https://club.local/',
        'https://intranet/',
      ].map((url) => website(`refuses the private or local address ${url}`, url, notPublic(url))),
      ...[
        ['refuses a link with credentials in it', 'https://anna:secret@example-azure.org/'],
        ['refuses a link with only a user name in it', 'https://anna@example-azure.org/'],
        ['names credentials before a private host', 'https://anna:secret@localhost/'],
      ].map(([name = '', url = '']) => website(name, url, credentials(url))),
      // The https-prefixed candidate still holds the space, so it would fail too: no suggestion.
      ...['https://example-azure.org/our group', 'example-azure.org/our group'].map((url) =>
        website(
          `calls a link with a space in it not a full web address, without a suggestion: ${url}`,
          url,
          notAUrl(url),
        ),
      ),
      {
        name: 'explains a value that is not text instead of calling it missing',
        text: withField('website', '[https://example-azure.org/]'),
        findings: [
          atValue({
            message:
              'The website must be a web address starting with https://, but it is ["https://example-azure.org/"].',
            nl: 'De website moet een webadres zijn dat begint met https://, maar er staat ["https://example-azure.org/"].',
            sv: 'Webbplatsen ska vara en webbadress som börjar med https://, men nu står det ["https://example-azure.org/"].',
          }),
        ],
      },
    ],
  });
});
