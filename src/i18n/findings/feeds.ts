import type { Area, Catalogue } from './catalogue.js';

/** How to fix any of them, once per language; the Meetup address names the group as a placeholder. */
const HOW_TO_FIX = {
  en: "Write the public iCalendar link (on Meetup: https://www.meetup.com/'<your-group>'/events/ical/), or remove it.",
  nl: "Schrijf de openbare iCalendar-link (op Meetup: https://www.meetup.com/'<jouw-groep>'/events/ical/), of verwijder de feed.",
  sv: "Skriv den offentliga iCalendar-länken (på Meetup: https://www.meetup.com/'<din-grupp>'/events/ical/) eller ta bort flödet.",
};

/**
 * feeds/url: what is wrong with one feed, then how to fix it. `suggest` is `yes` when a corrected
 * link (`suggestion`) would pass, else `no`; `value` and `suggestion` come quoted from the group
 * file. The placeholder `'<your-group>'` is quoted so that ICU does not read it as a tag.
 */
const en = {
  'feeds/url.empty': `The event feed is empty. ${HOW_TO_FIX.en}`,
  'feeds/url.not-text': `The event feed must be a web address starting with https://, but it is {value}. ${HOW_TO_FIX.en}`,
  'feeds/url.not-a-url': `The event feed {value} is not a full web address. Write the whole link, starting with https://.{suggest, select, yes { Did you mean {suggestion}?} other {}} ${HOW_TO_FIX.en}`,
  'feeds/url.not-https': `The event feed {value} must use https:// so that everyone can open it safely.{suggest, select, yes { Did you mean {suggestion}?} other {}} ${HOW_TO_FIX.en}`,
  'feeds/url.credentials': `The event feed {value} holds a user name or password. Remove them: the link must open for everyone without signing in. ${HOW_TO_FIX.en}`,
  'feeds/url.not-public': `The event feed {value} points to a private or local address that people outside your network cannot open. Use the public link. ${HOW_TO_FIX.en}`,
} as const satisfies Catalogue;

export const feeds = {
  en,
  nl: {
    'feeds/url.empty': `De agendafeed is leeg. ${HOW_TO_FIX.nl}`,
    'feeds/url.not-text': `De agendafeed moet een webadres zijn dat begint met https://, maar er staat {value}. ${HOW_TO_FIX.nl}`,
    'feeds/url.not-a-url': `De agendafeed {value} is geen volledig webadres. Schrijf de hele link, beginnend met https://.{suggest, select, yes { Bedoel je {suggestion}?} other {}} ${HOW_TO_FIX.nl}`,
    'feeds/url.not-https': `De agendafeed {value} moet https:// gebruiken, zodat iedereen hem veilig kan openen.{suggest, select, yes { Bedoel je {suggestion}?} other {}} ${HOW_TO_FIX.nl}`,
    'feeds/url.credentials': `De agendafeed {value} bevat een gebruikersnaam of wachtwoord. Verwijder die: de link moet voor iedereen opengaan zonder in te loggen. ${HOW_TO_FIX.nl}`,
    'feeds/url.not-public': `De agendafeed {value} verwijst naar een privé- of lokaal adres dat mensen buiten je netwerk niet kunnen openen. Gebruik de openbare link. ${HOW_TO_FIX.nl}`,
  },
  sv: {
    'feeds/url.empty': `Kalenderflödet är tomt. ${HOW_TO_FIX.sv}`,
    'feeds/url.not-text': `Kalenderflödet ska vara en webbadress som börjar med https://, men nu står det {value}. ${HOW_TO_FIX.sv}`,
    'feeds/url.not-a-url': `Kalenderflödet {value} är inte en fullständig webbadress. Skriv hela länken, med https:// först.{suggest, select, yes { Menade du {suggestion}?} other {}} ${HOW_TO_FIX.sv}`,
    'feeds/url.not-https': `Kalenderflödet {value} måste använda https:// så att alla kan öppna det säkert.{suggest, select, yes { Menade du {suggestion}?} other {}} ${HOW_TO_FIX.sv}`,
    'feeds/url.credentials': `Kalenderflödet {value} innehåller ett användarnamn eller lösenord. Ta bort dem: länken måste gå att öppna för alla utan inloggning. ${HOW_TO_FIX.sv}`,
    'feeds/url.not-public': `Kalenderflödet {value} pekar på en privat eller lokal adress som personer utanför ditt nätverk inte kan öppna. Använd den offentliga länken. ${HOW_TO_FIX.sv}`,
  },
} satisfies Area<typeof en>;
