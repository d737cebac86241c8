import type { Area, Catalogue } from './catalogue.js';

/**
 * presence/website. `suggest` is `yes` when a corrected link (`suggestion`) would pass, else `no`;
 * `value` and `suggestion` come quoted from the group file.
 */
const en = {
  'presence/website.missing':
    'The group\'s website is missing. The program requires a public website or online presence that non-members can read (a site, or a page on a meetup platform): add "website:" with its https link.',
  'presence/website.empty':
    '"website" is empty. Write the https link to the group\'s public website, or to its page on a meetup platform.',
  'presence/website.not-text':
    'The website must be a web address starting with https://, but it is {value}.',
  'presence/website.not-a-url':
    'The website {value} is not a full web address. Write the whole link, starting with https://.{suggest, select, yes { Did you mean {suggestion}?} other {}}',
  'presence/website.not-https':
    'The website {value} must use https:// so that everyone can open it safely.{suggest, select, yes { Did you mean {suggestion}?} other {}}',
  'presence/website.credentials':
    'The website {value} holds a user name or password. Remove them: the link must open for everyone without signing in.',
  'presence/website.not-public':
    'The website {value} points to a private or local address that people outside your network cannot open. Use the public link.',
} as const satisfies Catalogue;

export const presence = {
  en,
  nl: {
    'presence/website.missing':
      'De website van de groep ontbreekt. Het programma vereist een openbare website of online aanwezigheid die ook niet-leden kunnen lezen (een site, of een pagina op een meetup-platform): voeg "website:" toe met de https-link.',
    'presence/website.empty':
      '"website" is leeg. Vul de https-link in naar de openbare website van de groep, of naar haar pagina op een meetup-platform.',
    'presence/website.not-text':
      'De website moet een webadres zijn dat begint met https://, maar er staat {value}.',
    'presence/website.not-a-url':
      'De website {value} is geen volledig webadres. Schrijf de hele link, beginnend met https://.{suggest, select, yes { Bedoel je {suggestion}?} other {}}',
    'presence/website.not-https':
      'De website {value} moet https:// gebruiken, zodat iedereen hem veilig kan openen.{suggest, select, yes { Bedoel je {suggestion}?} other {}}',
    'presence/website.credentials':
      'De website {value} bevat een gebruikersnaam of wachtwoord. Verwijder die: de link moet voor iedereen opengaan zonder in te loggen.',
    'presence/website.not-public':
      'De website {value} verwijst naar een privé- of lokaal adres dat mensen buiten je netwerk niet kunnen openen. Gebruik de openbare link.',
  },
  sv: {
    'presence/website.missing':
      'Gruppens webbplats saknas. Enligt programmets villkor ska gruppen ha en offentlig webbplats eller annan närvaro på nätet som även icke-medlemmar kan läsa (en egen webbplats eller en sida på en evenemangsplattform): lägg till "website:" med en https-länk till den.',
    'presence/website.empty':
      '"website" är tomt. Skriv https-länken till gruppens offentliga webbplats eller till gruppens sida på en evenemangsplattform.',
    'presence/website.not-text':
      'Webbplatsen ska vara en webbadress som börjar med https://, men nu står det {value}.',
    'presence/website.not-a-url':
      'Webbplatsen {value} är inte en fullständig webbadress. Skriv hela länken, med https:// först.{suggest, select, yes { Menade du {suggestion}?} other {}}',
    'presence/website.not-https':
      'Webbplatsen {value} måste använda https:// så att alla kan öppna den säkert.{suggest, select, yes { Menade du {suggestion}?} other {}}',
    'presence/website.credentials':
      'Webbplatsen {value} innehåller ett användarnamn eller lösenord. Ta bort dem: länken måste gå att öppna för alla utan inloggning.',
    'presence/website.not-public':
      'Webbplatsen {value} pekar på en privat eller lokal adress som personer utanför ditt nätverk inte kan öppna. Använd den offentliga länken.',
  },
} satisfies Area<typeof en>;
