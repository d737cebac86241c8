import type { Area, Catalogue } from './catalogue.js';

/**
 * Each rule in one line, for the group leaders who read its page under docs/rules/: what the
 * group must do, in the program guide's words, without the rule's workings. The ids are
 * `<rule-id>.summary`, made by `summaryId` in src/rules/index.ts; the rules test keeps one per
 * rule, in every language, and each rule page shows its three.
 */
const en = {
  'yaml.summary':
    'The file can be read: plain text in valid YAML, each field written once, indented with spaces (not tabs).',
  'schema.summary':
    'The file holds only the fields a group file has, each in the right form, and no required field is missing.',
  'registry/file-name.summary':
    "The file is in the groups folder and named after the group's short name (slug), ending in .yaml.",
  'registry/duplicate.summary':
    'No two groups share a short name, a name or a website, or have names that look alike; each leader has one GitHub username and one Tech Community user ID across the registry.',
  'registry/inactive.summary':
    'An inactive group gives the day it became inactive (inactiveSince), not in the future; no other group has that field.',
  'registry/joined.summary':
    'A group the program has admitted gives the date it was admitted (joined), and that date is not in the future.',
  'registry/language.summary':
    "The group's language is one the registry writes in (English, Dutch or Swedish); other groups get their messages in English.",
  'registry/location.summary':
    "The registry can find the group's city on the map, or the group gives its own location.",
  'registry/nearby.summary':
    'A joining group hears which active groups meet nearby, so the leaders can talk first. Advice only.',
  'leaders/leader.summary':
    'The group has a group leader, its primary contact, with a name and a GitHub username.',
  'leaders/co-leader.summary':
    'The group has a designated co-leader, its secondary contact, with a name and a GitHub username.',
  'leaders/distinct.summary': 'The group leader and the co-leader are two different people.',
  'leaders/terms.summary':
    'The group leader and the co-leader have each accepted the terms and conditions, on a date that is not in the future.',
  'leaders/tech-community-id.summary':
    "Each leader's Tech Community user ID is given: the number at the end of their profile address.",
  'leaders/github-id.summary':
    "Each leader's GitHub account number (githubId) is given beside their username, and belongs to that username.",
  'fees/admission.summary':
    'Members pay no admission fee; only venue or hosting costs may be passed on, at cost, and the file names them.',
  'conduct/code-of-conduct.summary':
    'The group links its published code of conduct: a public web page.',
  'presence/website.summary':
    'The group has a public website or online presence that non-members can open.',
  'feeds/url.summary':
    'Each calendar link the group lists (feeds) is a secure (https) link to a public website.',
  'trademark/name.summary':
    "The group's name follows Microsoft's trademark guidelines: it does not start with a Microsoft brand and does not claim to be official.",
  'meetups/minimum.summary':
    'The group has held at least six Azure meetups in the last 12 months or, if it joined more recently, its share of them.',
  'meetups/at-risk.summary':
    'A warning in good time when the group would fall below the minimum within 60 days (by default) unless it holds another Azure meetup.',
  'meetups/spread.summary':
    'Azure meetups are spread through the year, with no gap longer than 90 days.',
  'meetups/duplicate.summary': 'Each meetup is listed only once.',
  'meetups/url.summary':
    "A meetup's page, when given, is a full web address starting with https://.",
  'waivers/expired.summary':
    'No exception (waiver) is past its end date: an expired one no longer covers its rule.',
  'waivers/duplicate.summary': 'Each rule has at most one exception (waiver) in the file.',
} as const satisfies Catalogue;

export const summaries = {
  en,
  nl: {
    'yaml.summary':
      'Het bestand is leesbaar: platte tekst in geldige YAML, elk veld één keer, ingesprongen met spaties (geen tabs).',
    'schema.summary':
      'Het bestand bevat alleen velden die bij een groepsbestand horen, elk in de juiste vorm, en er ontbreekt geen verplicht veld.',
    'registry/file-name.summary':
      'Het bestand staat in de map groups en is genoemd naar de korte naam van de groep (slug), met .yaml erachter.',
    'registry/duplicate.summary':
      'Twee groepen hebben nooit dezelfde korte naam, naam of website, en hun namen lijken niet op elkaar; elke leider heeft in het hele register één GitHub-gebruikersnaam en één Tech Community-gebruikers-id.',
    'registry/inactive.summary':
      'Een inactieve groep vermeldt de dag waarop ze inactief werd (inactiveSince), en die ligt niet in de toekomst; andere groepen hebben dat veld niet.',
    'registry/joined.summary':
      'Een groep die het programma heeft toegelaten, vermeldt de datum van toelating (joined), en die datum ligt niet in de toekomst.',
    'registry/language.summary':
      'De taal van de groep is een taal waarin het register schrijft (Engels, Nederlands of Zweeds); andere groepen krijgen hun berichten in het Engels.',
    'registry/location.summary':
      'Het register kan de stad van de groep op de kaart vinden, of de groep geeft zelf aan waar ze bijeenkomt.',
    'registry/nearby.summary':
      'Een nieuwe groep hoort welke actieve groepen in de buurt bijeenkomen, zodat de leiders eerst kunnen overleggen. Alleen een advies.',
    'leaders/leader.summary':
      'De groep heeft een groepsleider als primaire contactpersoon, met een naam en een GitHub-gebruikersnaam.',
    'leaders/co-leader.summary':
      'De groep heeft een aangewezen co-leider als secundaire contactpersoon, met een naam en een GitHub-gebruikersnaam.',
    'leaders/distinct.summary': 'De groepsleider en de co-leider zijn twee verschillende mensen.',
    'leaders/terms.summary':
      'De groepsleider en de co-leider hebben allebei de voorwaarden geaccepteerd, op een datum die niet in de toekomst ligt.',
    'leaders/tech-community-id.summary':
      'Voor elke leider staat de Tech Community-gebruikers-id in het bestand: het nummer aan het einde van het profieladres.',
    'leaders/github-id.summary':
      'Naast de GitHub-gebruikersnaam van elke leider staat het nummer van het GitHub-account (githubId), en dat nummer hoort bij die gebruikersnaam.',
    'fees/admission.summary':
      'Leden betalen geen toegangskosten; alleen locatie- of hostingkosten mogen tegen kostprijs worden doorgegeven, en het bestand zegt welke.',
    'conduct/code-of-conduct.summary':
      'De groep linkt naar haar gepubliceerde gedragscode: een openbare webpagina.',
    'presence/website.summary':
      'De groep heeft een openbare website of online aanwezigheid die ook niet-leden kunnen openen.',
    'feeds/url.summary':
      'Elke agendalink die de groep opgeeft (feeds), is een beveiligde link (https) naar een openbare website.',
    'trademark/name.summary':
      'De naam van de groep volgt de richtlijnen voor handelsmerken van Microsoft: hij begint niet met een merk van Microsoft en wekt niet de indruk dat de groep officieel is.',
    'meetups/minimum.summary':
      'De groep heeft de afgelopen 12 maanden minstens zes Azure-meetups gehouden of, als ze pas later is toegetreden, haar deel daarvan.',
    'meetups/at-risk.summary':
      'Een tijdige waarschuwing als de groep binnen 60 dagen (standaard) onder het minimum zakt, tenzij ze nog een Azure-meetup houdt.',
    'meetups/spread.summary':
      'De Azure-meetups zijn over het jaar verspreid, zonder gat van meer dan 90 dagen.',
    'meetups/duplicate.summary': 'Elke meetup staat maar één keer in de lijst.',
    'meetups/url.summary':
      'De pagina van een meetup is, als die is ingevuld, een volledig webadres dat begint met https://.',
    'waivers/expired.summary':
      'Geen enkele vrijstelling (waiver) is verlopen: na de einddatum geldt een vrijstelling niet meer.',
    'waivers/duplicate.summary':
      'Voor elke programmaregel staat er hoogstens één vrijstelling (waiver) in het bestand.',
  },
  sv: {
    'yaml.summary':
      'Filen går att läsa: vanlig text i giltig YAML, varje fält en gång, indraget med mellanslag (inte tabbar).',
    'schema.summary':
      'Filen innehåller bara fält som hör till en gruppfil, vart och ett i rätt form, och inget obligatoriskt fält saknas.',
    'registry/file-name.summary':
      'Filen ligger i mappen groups och heter som gruppens kortnamn (slug), med .yaml på slutet.',
    'registry/duplicate.summary':
      'Två grupper har aldrig samma kortnamn, namn eller webbplats, och deras namn liknar inte varandra; varje ledare har ett enda GitHub-användarnamn och ett enda användar-ID på Tech Community i hela registret.',
    'registry/inactive.summary':
      'En inaktiv grupp anger dagen då den blev inaktiv (inactiveSince), och den ligger inte i framtiden; andra grupper har inte det fältet.',
    'registry/joined.summary':
      'En grupp som programmet har antagit anger datumet då den antogs (joined), och det datumet ligger inte i framtiden.',
    'registry/language.summary':
      'Gruppens språk är ett som registret skriver på (engelska, nederländska eller svenska); andra grupper får sina meddelanden på engelska.',
    'registry/location.summary':
      'Registret hittar gruppens stad på kartan, eller så anger gruppen själv var den håller sina möten.',
    'registry/nearby.summary':
      'En ny grupp får veta vilka aktiva grupper som håller möten i närheten, så att ledarna kan prata med varandra först. Bara ett råd.',
    'leaders/leader.summary':
      'Gruppen har en gruppledare som primär kontakt, med namn och GitHub-användarnamn.',
    'leaders/co-leader.summary':
      'Gruppen har en utsedd medledare som sekundär kontakt, med namn och GitHub-användarnamn.',
    'leaders/distinct.summary': 'Gruppledaren och medledaren är två olika personer.',
    'leaders/terms.summary':
      'Gruppledaren och medledaren har båda godkänt ledarvillkoren, på ett datum som inte ligger i framtiden.',
    'leaders/tech-community-id.summary':
      'För varje ledare anges användar-ID:t på Tech Community: siffrorna i slutet av profiladressen.',
    'leaders/github-id.summary':
      'Bredvid varje ledares GitHub-användarnamn står numret på ledarens GitHub-konto (githubId), och numret hör till det användarnamnet.',
    'fees/admission.summary':
      'Medlemmarna betalar ingen inträdesavgift; bara lokalhyra och andra möteskostnader får tas ut till självkostnadspris, och filen anger vilka.',
    'conduct/code-of-conduct.summary':
      'Gruppen länkar till sin publicerade uppförandekod: en offentlig webbsida.',
    'presence/website.summary':
      'Gruppen har en offentlig webbplats eller annan närvaro på nätet som även icke-medlemmar kan öppna.',
    'feeds/url.summary':
      'Varje kalenderlänk som gruppen anger (feeds) är en säker länk (https) till en offentlig webbplats.',
    'trademark/name.summary':
      'Gruppens namn följer Microsofts riktlinjer för varumärken: det börjar inte med ett varumärke från Microsoft och ger inte sken av att gruppen är officiell.',
    'meetups/minimum.summary':
      'Gruppen har hållit minst sex möten om Azure de senaste 12 månaderna eller, om den gick med senare, sin andel av dem.',
    'meetups/at-risk.summary':
      'En varning i god tid när gruppen inom 60 dagar (som standard) skulle hamna under minimikravet, om den inte håller ännu ett möte om Azure.',
    'meetups/spread.summary':
      'Mötena om Azure är utspridda över året, utan uppehåll som är längre än 90 dagar.',
    'meetups/duplicate.summary': 'Varje möte står bara en gång i listan.',
    'meetups/url.summary':
      'Ett mötes sida är, om den anges, en fullständig webbadress som börjar med https://.',
    'waivers/expired.summary':
      'Inget undantag (waiver) har passerat sitt slutdatum: ett undantag som har gått ut gäller inte längre.',
    'waivers/duplicate.summary': 'Varje regel har högst ett undantag (waiver) i filen.',
  },
} satisfies Area<typeof en>;
