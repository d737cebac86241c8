import type { Area, Catalogue } from './catalogue.js';

/**
 * The comments `tgr new` writes into a new group file, in the group's language, with examples
 * from that language's own places and settings. Field names and values (`passThrough:`,
 * `none`, `pass-through`) stay as the file needs them. An apostrophe before `<` or `{` keeps
 * the placeholder or the YAML example as it is written.
 */
const en = {
  'template.intro': 'A new Azure Tech Groups entry. Fill in every empty field, then run:',
  'template.name':
    'your place first, e.g. "Utrecht Azure User Group"; not "Azure …" or "Microsoft …"',
  'template.status':
    'a maintainer sets active, and the joined date, when the program admits the group',
  'template.country': 'two-letter country code, such as NL, SE or US (ISO 3166-1 alpha-2)',
  'template.timezone': 'time zone, such as Europe/Amsterdam (IANA name)',
  'template.language': 'the language the registry writes to you in: en, nl or sv',
  'template.website': 'https link to a public page non-members can read',
  'template.feeds':
    "optional: your events' public iCalendar feeds, read by tgr sync (on Meetup: https://www.meetup.com/'<'your-group>/events/ical/)",
  'template.code-of-conduct':
    'https link to your published code of conduct, reachable from your homepage',
  'template.fees': 'none, or pass-through (and then say which costs in passThrough:)',
  'template.github': 'your GitHub username, without @',
  'template.github-id':
    "your GitHub account's number, which stays yours if you rename: the \"id\" at https://api.github.com/users/'<'username>",
  'template.tech-community-id': 'the number at the end of your Tech Community profile URL',
  'template.terms-accepted':
    "the date you accepted the program's terms, YYYY-MM-DD ({today} if today)",
  'template.meetups': "add each meetup as:  - '{ date: YYYY-MM-DD, title: ..., azure: true }'",
} as const satisfies Catalogue;

export const template = {
  en,
  nl: {
    'template.intro':
      'Een nieuwe groep voor het Azure Tech Groups-programma. Vul alle lege velden in en voer daarna dit commando uit:',
    'template.name':
      'begin met de plaatsnaam, zoals "Utrechtse Azure-gebruikersgroep"; dus niet "Azure …" of "Microsoft …"',
    'template.status':
      'een beheerder vult hier active in, en bij joined de datum, zodra het programma de groep heeft toegelaten',
    'template.country': 'landcode van twee letters, zoals NL of BE (ISO 3166-1 alpha-2)',
    'template.timezone': 'tijdzone, zoals Europe/Amsterdam (IANA-naam)',
    'template.language': 'de taal waarin het register je berichten stuurt: en, nl of sv',
    'template.website': 'https-link naar een openbare pagina die ook niet-leden kunnen lezen',
    'template.feeds':
      "optioneel: openbare agendalinks van je evenementen (iCalendar), die tgr sync leest (op Meetup: https://www.meetup.com/'<'jouw-groep>/events/ical/)",
    'template.code-of-conduct':
      'https-link naar de gepubliceerde gedragscode van de groep, makkelijk te vinden vanaf je startpagina',
    'template.fees':
      'none (geen toegangskosten) of pass-through (noem dan bij passThrough: welke kosten je doorberekent)',
    'template.github': 'je gebruikersnaam op GitHub, zonder @',
    'template.github-id':
      'het nummer van je GitHub-account; dat blijft van jou als je je gebruikersnaam wijzigt. Je vindt het bij "id" op https://api.github.com/users/\'<\'gebruikersnaam>',
    'template.tech-community-id':
      'het nummer aan het einde van de URL van je Tech Community-profiel',
    'template.terms-accepted':
      'de datum waarop je de voorwaarden van het programma hebt geaccepteerd, JJJJ-MM-DD ({today} als je dat vandaag hebt gedaan)',
    'template.meetups':
      "voeg elke meetup zo toe:  - '{ date: JJJJ-MM-DD, title: ..., azure: true }'",
  },
  sv: {
    'template.intro':
      'En ny grupp i Azure Tech Groups-programmet. Fyll i alla tomma fält och kör sedan det här kommandot:',
    'template.name':
      'börja med orten, t.ex. "Göteborgs Azure-användargrupp"; alltså inte "Azure …" eller "Microsoft …"',
    'template.status':
      'en förvaltare skriver active här, och datumet i joined, när gruppen har antagits till programmet',
    'template.country':
      'landskod med två bokstäver, till exempel SE, FI eller NO (ISO 3166-1 alpha-2)',
    'template.timezone': 'tidszon, till exempel Europe/Stockholm (IANA-namn)',
    'template.language': 'språket som registret skriver till dig på: en, nl eller sv',
    'template.website': 'https-länk till en offentlig sida som även icke-medlemmar kan läsa',
    'template.feeds':
      "valfritt: offentliga kalenderlänkar (iCalendar) till dina evenemang, som tgr sync läser (på Meetup: https://www.meetup.com/'<'din-grupp>/events/ical/)",
    'template.code-of-conduct':
      'https-länk till gruppens publicerade uppförandekod, som ska vara lätt att nå från startsidan',
    'template.fees':
      'none (ingen inträdesavgift) eller pass-through (skriv då i passThrough: vilka kostnader medlemmarna betalar)',
    'template.github': 'ditt användarnamn på GitHub, utan @',
    'template.github-id':
      'numret på ditt GitHub-konto; det förblir ditt även om du byter användarnamn. Du hittar det vid "id" på https://api.github.com/users/\'<\'användarnamn>',
    'template.tech-community-id': 'siffran i slutet av URL:en till din Tech Community-profil',
    'template.terms-accepted':
      'datumet då du godkände ledarvillkoren, ÅÅÅÅ-MM-DD ({today} om du gjorde det i dag)',
    'template.meetups':
      "lägg till varje möte så här:  - '{ date: ÅÅÅÅ-MM-DD, title: ..., azure: true }'",
  },
} satisfies Area<typeof en>;
