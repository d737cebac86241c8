import type { Area, Catalogue } from './catalogue.js';

/**
 * feeds/url: what is wrong with one feed, then how to fix it. `suggest` is `yes` when a corrected
 * link (`suggestion`) would pass, else `no`; `value` and `suggestion` come quoted from the group
 * file. `'<your-group>'` is quoted so that ICU does not read it as a tag.
 */
const en = {
  'feeds/url.not-text':
    "The event feed must be a web address starting with https://, but it is {value}. Write the public iCalendar link (on Meetup: https://www.meetup.com/'<your-group>'/events/ical/), or remove it.",
  'feeds/url.not-a-url':
    "The event feed {value} is not a full web address. Write the whole link, starting with https://.{suggest, select, yes { Did you mean {suggestion}?} other {}} Write the public iCalendar link (on Meetup: https://www.meetup.com/'<your-group>'/events/ical/), or remove it.",
  'feeds/url.not-https':
    "The event feed {value} must use https:// so that everyone can open it safely.{suggest, select, yes { Did you mean {suggestion}?} other {}} Write the public iCalendar link (on Meetup: https://www.meetup.com/'<your-group>'/events/ical/), or remove it.",
  'feeds/url.credentials':
    "The event feed {value} holds a user name or password. Remove them: the link must open for everyone without signing in. Write the public iCalendar link (on Meetup: https://www.meetup.com/'<your-group>'/events/ical/), or remove it.",
  'feeds/url.not-public':
    "The event feed {value} points to a private or local address that people outside your network cannot open. Use the public link. Write the public iCalendar link (on Meetup: https://www.meetup.com/'<your-group>'/events/ical/), or remove it.",
} as const satisfies Catalogue;

export const feeds = {
  en,
  nl: {
    'feeds/url.not-text':
      "De agendafeed moet een webadres zijn dat begint met https://, maar er staat {value}. Schrijf de openbare iCalendar-link (op Meetup: https://www.meetup.com/'<your-group>'/events/ical/), of verwijder de feed.",
    'feeds/url.not-a-url':
      "De agendafeed {value} is geen volledig webadres. Schrijf de hele link, beginnend met https://.{suggest, select, yes { Bedoel je {suggestion}?} other {}} Schrijf de openbare iCalendar-link (op Meetup: https://www.meetup.com/'<your-group>'/events/ical/), of verwijder de feed.",
    'feeds/url.not-https':
      "De agendafeed {value} moet https:// gebruiken, zodat iedereen hem veilig kan openen.{suggest, select, yes { Bedoel je {suggestion}?} other {}} Schrijf de openbare iCalendar-link (op Meetup: https://www.meetup.com/'<your-group>'/events/ical/), of verwijder de feed.",
    'feeds/url.credentials':
      "De agendafeed {value} bevat een gebruikersnaam of wachtwoord. Verwijder die: de link moet voor iedereen opengaan zonder in te loggen. Schrijf de openbare iCalendar-link (op Meetup: https://www.meetup.com/'<your-group>'/events/ical/), of verwijder de feed.",
    'feeds/url.not-public':
      "De agendafeed {value} verwijst naar een privé- of lokaal adres dat mensen buiten je netwerk niet kunnen openen. Gebruik de openbare link. Schrijf de openbare iCalendar-link (op Meetup: https://www.meetup.com/'<your-group>'/events/ical/), of verwijder de feed.",
  },
  sv: {
    'feeds/url.not-text':
      "Kalenderflödet ska vara en webbadress som börjar med https://, men nu står det {value}. Skriv den offentliga iCalendar-länken (på Meetup: https://www.meetup.com/'<your-group>'/events/ical/) eller ta bort flödet.",
    'feeds/url.not-a-url':
      "Kalenderflödet {value} är inte en fullständig webbadress. Skriv hela länken, med https:// först.{suggest, select, yes { Menade du {suggestion}?} other {}} Skriv den offentliga iCalendar-länken (på Meetup: https://www.meetup.com/'<your-group>'/events/ical/) eller ta bort flödet.",
    'feeds/url.not-https':
      "Kalenderflödet {value} måste använda https:// så att alla kan öppna det säkert.{suggest, select, yes { Menade du {suggestion}?} other {}} Skriv den offentliga iCalendar-länken (på Meetup: https://www.meetup.com/'<your-group>'/events/ical/) eller ta bort flödet.",
    'feeds/url.credentials':
      "Kalenderflödet {value} innehåller ett användarnamn eller lösenord. Ta bort dem: länken måste gå att öppna för alla utan inloggning. Skriv den offentliga iCalendar-länken (på Meetup: https://www.meetup.com/'<your-group>'/events/ical/) eller ta bort flödet.",
    'feeds/url.not-public':
      "Kalenderflödet {value} pekar på en privat eller lokal adress som personer utanför ditt nätverk inte kan öppna. Använd den offentliga länken. Skriv den offentliga iCalendar-länken (på Meetup: https://www.meetup.com/'<your-group>'/events/ical/) eller ta bort flödet.",
  },
} satisfies Area<typeof en>;
