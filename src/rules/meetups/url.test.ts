import { describe } from 'vitest';
import { VALID_GROUP } from '../../../test/support/check.js';
import { ruleTester, type InvalidCase } from '../../../test/support/rule-tester.js';

const RULE = 'meetups/url';

/** VALID_GROUP with `url: <value>` under its last meetup (2026-10-22): line 43, value at column 10. */
const withUrl = (value: string): string =>
  VALID_GROUP.replace(
    '    title: AKS automatic\n',
    `    title: AKS automatic\n    url: ${value}\n`,
  );

/** A case whose one finding in the whole file is this rule's, at the value of `url:`. */
const only = (
  name: string,
  value: string,
  message: string,
  translations: { nl?: string; sv?: string } = {},
): InvalidCase => ({
  name,
  text: withUrl(value),
  findings: [{ pointer: '/meetups/5/url', line: 43, column: 10, message, ...translations }],
  also: [],
});

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      { name: 'passes a meetup without a page', text: VALID_GROUP, also: [] },
      {
        name: 'passes a meetup with an https page',
        text: withUrl('https://www.meetup.com/example-azure/events/301234567/'),
        also: [],
      },
      {
        // The format accepts http:// for a meetup's page (the group's own links must be https).
        name: 'passes a meetup with an http page',
        text: withUrl('http://example-azure.org/meetups/aks'),
        also: [],
      },
      {
        name: 'leaves a link over the length limit to the schema rule',
        text: withUrl(`https://example-azure.org/${'a'.repeat(500)}`),
        also: [
          {
            rule: 'schema',
            pointer: '/meetups/5/url',
            line: 43,
            column: 10,
            message: '"url" of the 6th meetup is too long: at most 500 characters.',
          },
        ],
      },
    ],
    invalid: [
      // Before this rule, the schema reported this twice: once for the pattern ("not in the right
      // form"), once for the format, saying "must ... start with https://" though http:// passes.
      only(
        'reports a link that is not a web address once, and says what the format accepts',
        'not a url',
        'The meetup\'s page "not a url" is not a full web address. Write the whole link, starting with https:// (or http://), or leave "url" out: it is optional.',
        {
          nl: 'De link "not a url" voor de meetup is geen volledig webadres. Schrijf de hele link, beginnend met https:// (of http://), of laat "url" weg: het veld is optioneel.',
          sv: 'Länken "not a url" till mötet är inte en fullständig webbadress. Skriv hela länken, med https:// (eller http://) först, eller ta bort "url": fältet är valfritt.',
        },
      ),
      only(
        'offers the link with https:// when only the scheme is missing',
        'www.meetup.com/example-azure/events/301234567/',
        'The meetup\'s page "www.meetup.com/example-azure/events/301234567/" is not a full web address. Write the whole link, starting with https:// (or http://), or leave "url" out: it is optional. Did you mean "https://www.meetup.com/example-azure/events/301234567/"?',
        {
          nl: 'De link "www.meetup.com/example-azure/events/301234567/" voor de meetup is geen volledig webadres. Schrijf de hele link, beginnend met https:// (of http://), of laat "url" weg: het veld is optioneel. Bedoel je "https://www.meetup.com/example-azure/events/301234567/"?',
          sv: 'Länken "www.meetup.com/example-azure/events/301234567/" till mötet är inte en fullständig webbadress. Skriv hela länken, med https:// (eller http://) först, eller ta bort "url": fältet är valfritt. Menade du "https://www.meetup.com/example-azure/events/301234567/"?',
        },
      ),
      only(
        'asks for a web page, not another kind of link',
        'mailto:events@example-azure.org',
        'The meetup\'s page "mailto:events@example-azure.org" must be a link to a web page, starting with https:// (or http://). Correct it, or leave "url" out: it is optional.',
        {
          nl: 'De link "mailto:events@example-azure.org" voor de meetup moet naar een webpagina gaan en beginnen met https:// (of http://). Verbeter hem, of laat "url" weg: het veld is optioneel.',
          sv: 'Länken "mailto:events@example-azure.org" till mötet ska gå till en webbsida och börja med https:// (eller http://). Rätta den eller ta bort "url": fältet är valfritt.',
        },
      ),
      only(
        'asks for a web page in lowercase, offering it',
        'HTTPS://www.meetup.com/example-azure/',
        'The meetup\'s page "HTTPS://www.meetup.com/example-azure/" must be a link to a web page, starting with https:// (or http://). Correct it, or leave "url" out: it is optional. Did you mean "https://www.meetup.com/example-azure/"?',
        {
          nl: 'De link "HTTPS://www.meetup.com/example-azure/" voor de meetup moet naar een webpagina gaan en beginnen met https:// (of http://). Verbeter hem, of laat "url" weg: het veld is optioneel. Bedoel je "https://www.meetup.com/example-azure/"?',
          sv: 'Länken "HTTPS://www.meetup.com/example-azure/" till mötet ska gå till en webbsida och börja med https:// (eller http://). Rätta den eller ta bort "url": fältet är valfritt. Menade du "https://www.meetup.com/example-azure/"?',
        },
      ),
      only(
        'says what is wrong with a value that is not text',
        '42',
        'The meetup\'s page must be a web address starting with https://, but "url" is a whole number. Write the whole link, or leave "url" out: it is optional.',
        {
          nl: 'De link naar de pagina van de meetup moet een webadres zijn dat begint met https://, maar "url" is een geheel getal. Schrijf de hele link, of laat "url" weg: het veld is optioneel.',
          sv: 'Mötets sida ska vara en webbadress som börjar med https://, men "url" är ett heltal. Skriv hela länken, eller ta bort "url": fältet är valfritt.',
        },
      ),
      only(
        'says that url: "" is empty, not that it is no full web address',
        '""',
        '"url" is empty. Write the link to the meetup\'s public page, starting with https://, or leave "url" out: it is optional.',
        {
          nl: '"url" is leeg. Vul de link naar de openbare pagina van de meetup in, beginnend met https://, of laat "url" weg: het veld is optioneel.',
          sv: '"url" är tomt. Skriv länken till mötets offentliga sida, med https:// först, eller ta bort "url": fältet är valfritt.',
        },
      ),
      {
        name: 'says what is wrong with an empty value, at its key',
        text: withUrl(''),
        findings: [
          {
            pointer: '/meetups/5/url',
            line: 43,
            // An empty value is located at its key.
            column: 5,
            message:
              '"url" is empty. Write the link to the meetup\'s public page, starting with https://, or leave "url" out: it is optional.',
            nl: '"url" is leeg. Vul de link naar de openbare pagina van de meetup in, beginnend met https://, of laat "url" weg: het veld is optioneel.',
            sv: '"url" är tomt. Skriv länken till mötets offentliga sida, med https:// först, eller ta bort "url": fältet är valfritt.',
          },
        ],
        also: [],
      },
    ],
  });
});
