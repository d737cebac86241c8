import { describe } from 'vitest';
import { VALID_GROUP } from '../../../test/support/check.js';
import { ruleTester, type InvalidCase } from '../../../test/support/rule-tester.js';

const RULE = 'feeds/url';

/** VALID_GROUP with a `feeds:` block after `website:` (line 9): the first feed is on line 11. */
function withFeeds(...lines: string[]): string {
  return VALID_GROUP.replace(
    /^(website: .*\n)/m,
    `$1feeds:\n${lines.map((line) => `  - ${line}\n`).join('')}`,
  );
}

/** A message in English, Dutch and Swedish. */
interface Said {
  message: string;
  nl: string;
  sv: string;
}

/** How to fix a feed, which the rule adds to what is wrong with it, in each language. */
const HOW: Said = {
  message:
    'Write the public iCalendar link (on Meetup: https://www.meetup.com/<your-group>/events/ical/), or remove it.',
  nl: 'Schrijf de openbare iCalendar-link (op Meetup: https://www.meetup.com/<jouw-groep>/events/ical/), of verwijder de feed.',
  sv: 'Skriv den offentliga iCalendar-länken (på Meetup: https://www.meetup.com/<din-grupp>/events/ical/) eller ta bort flödet.',
};

/** What is wrong, followed by how to fix it, in each language. */
const withHow = (said: Said): Said => ({
  message: `${said.message} ${HOW.message}`,
  nl: `${said.nl} ${HOW.nl}`,
  sv: `${said.sv} ${HOW.sv}`,
});

/** What the rule says of a feed on a private or local host. */
const notPublic = (url: string): Said =>
  withHow({
    message: `The event feed "${url}" points to a private or local address that people outside your network cannot open. Use the public link.`,
    nl: `De agendafeed "${url}" verwijst naar een privé- of lokaal adres dat mensen buiten je netwerk niet kunnen openen. Gebruik de openbare link.`,
    sv: `Kalenderflödet "${url}" pekar på en privat eller lokal adress som personer utanför ditt nätverk inte kan öppna. Använd den offentliga länken.`,
  });

/** A case for one feed `url` with this one finding at it (line 11, column 5). */
const feed = (name: string, url: string, said: Said): InvalidCase => ({
  name,
  text: withFeeds(url),
  findings: [{ pointer: '/feeds/0', line: 11, column: 5, ...withHow(said) }],
});

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      { name: 'passes a group without feeds', text: VALID_GROUP },
      {
        name: 'passes a Meetup and a Luma feed',
        text: withFeeds(
          'https://www.meetup.com/utrecht-azure/events/ical/',
          'https://api.lu.ma/ics/get?entity=calendar&id=cal-abc123',
        ),
      },
      {
        name: 'leaves a too long link to the schema rule',
        text: withFeeds(`https://example-azure.org/${'a'.repeat(480)}.ics`),
        also: [
          {
            rule: 'schema',
            pointer: '/feeds/0',
            line: 11,
            column: 5,
            message: 'The 1st entry of "feeds" is too long: at most 500 characters.',
          },
        ],
      },
    ],
    invalid: [
      feed('suggests https for an http feed', 'http://www.meetup.com/utrecht-azure/events/ical/', {
        message:
          'The event feed "http://www.meetup.com/utrecht-azure/events/ical/" must use https:// so that everyone can open it safely. Did you mean "https://www.meetup.com/utrecht-azure/events/ical/"?',
        nl: 'De agendafeed "http://www.meetup.com/utrecht-azure/events/ical/" moet https:// gebruiken, zodat iedereen hem veilig kan openen. Bedoel je "https://www.meetup.com/utrecht-azure/events/ical/"?',
        sv: 'Kalenderflödet "http://www.meetup.com/utrecht-azure/events/ical/" måste använda https:// så att alla kan öppna det säkert. Menade du "https://www.meetup.com/utrecht-azure/events/ical/"?',
      }),
      feed('says that a feed of "" is empty, not that it is no full web address', '""', {
        message: 'The event feed is empty.',
        nl: 'De agendafeed is leeg.',
        sv: 'Kalenderflödet är tomt.',
      }),
      {
        name: 'says that a feed with no value is empty, not that it is null',
        text: withFeeds(''),
        findings: [
          {
            pointer: '/feeds/0',
            line: 11,
            column: 3,
            ...withHow({
              message: 'The event feed is empty.',
              nl: 'De agendafeed is leeg.',
              sv: 'Kalenderflödet är tomt.',
            }),
          },
        ],
      },
      feed('refuses a webcal link', 'webcal://example-azure.org/events.ics', {
        message:
          'The event feed "webcal://example-azure.org/events.ics" must use https:// so that everyone can open it safely.',
        nl: 'De agendafeed "webcal://example-azure.org/events.ics" moet https:// gebruiken, zodat iedereen hem veilig kan openen.',
        sv: 'Kalenderflödet "webcal://example-azure.org/events.ics" måste använda https:// så att alla kan öppna det säkert.',
      }),
      feed(
        'asks for a whole link when the scheme is left out, suggesting it',
        'www.meetup.com/utrecht-azure/events/ical/',
        {
          message:
            'The event feed "www.meetup.com/utrecht-azure/events/ical/" is not a full web address. Write the whole link, starting with https://. Did you mean "https://www.meetup.com/utrecht-azure/events/ical/"?',
          nl: 'De agendafeed "www.meetup.com/utrecht-azure/events/ical/" is geen volledig webadres. Schrijf de hele link, beginnend met https://. Bedoel je "https://www.meetup.com/utrecht-azure/events/ical/"?',
          sv: 'Kalenderflödet "www.meetup.com/utrecht-azure/events/ical/" är inte en fullständig webbadress. Skriv hela länken, med https:// först. Menade du "https://www.meetup.com/utrecht-azure/events/ical/"?',
        },
      ),
      feed('asks for a whole link without a suggestion when there is no address', 'our calendar', {
        message:
          'The event feed "our calendar" is not a full web address. Write the whole link, starting with https://.',
        nl: 'De agendafeed "our calendar" is geen volledig webadres. Schrijf de hele link, beginnend met https://.',
        sv: 'Kalenderflödet "our calendar" är inte en fullständig webbadress. Skriv hela länken, med https:// först.',
      }),
      ...[
        'https://localhost/feed.ics',
        'https://169.254.169.254/latest/meta-data/',
        'https://10.0.0.1/feed.ics',
        'https://[::1]/feed.ics',
        'https://[fd00::1]/feed.ics',
        'https://calendar.internal/feed.ics',
        'https://intranet/feed.ics',
      ].map((url): InvalidCase => ({
        name: `refuses the private or local address ${url}`,
        text: withFeeds(url),
        findings: [{ pointer: '/feeds/0', line: 11, column: 5, ...notPublic(url) }],
      })),
      feed(
        'refuses a link with credentials in it',
        'https://anna:secret@example-azure.org/feed.ics',
        {
          message:
            'The event feed "https://anna:secret@example-azure.org/feed.ics" holds a user name or password. Remove them: the link must open for everyone without signing in.',
          nl: 'De agendafeed "https://anna:secret@example-azure.org/feed.ics" bevat een gebruikersnaam of wachtwoord. Verwijder die: de link moet voor iedereen opengaan zonder in te loggen.',
          sv: 'Kalenderflödet "https://anna:secret@example-azure.org/feed.ics" innehåller ett användarnamn eller lösenord. Ta bort dem: länken måste gå att öppna för alla utan inloggning.',
        },
      ),
      {
        name: 'reports each bad feed at its own line, and only those',
        text: withFeeds(
          'https://www.meetup.com/utrecht-azure/events/ical/',
          'https://192.168.1.20/feed.ics',
        ),
        findings: [
          {
            pointer: '/feeds/1',
            line: 12,
            column: 5,
            ...notPublic('https://192.168.1.20/feed.ics'),
          },
        ],
      },
      feed('explains a feed that is not text', '42', {
        message: 'The event feed must be a web address starting with https://, but it is 42.',
        nl: 'De agendafeed moet een webadres zijn dat begint met https://, maar er staat 42.',
        sv: 'Kalenderflödet ska vara en webbadress som börjar med https://, men nu står det 42.',
      }),
    ],
  });
});
