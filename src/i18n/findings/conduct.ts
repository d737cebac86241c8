import type { Area, Catalogue } from './catalogue.js';

/**
 * conduct/code-of-conduct. `start` is one of the two `start-from-…` phrases: the program's own
 * code of conduct by link when the policy names it, else by the program guide. `suggest` is `yes`
 * when a corrected link (`suggestion`) would pass, else `no`; `value` and `suggestion` come quoted
 * from the group file.
 */
const en = {
  'conduct/code-of-conduct.missing':
    'The group\'s code of conduct is missing. The program requires a published code of conduct, easy to find from the group\'s homepage: add "codeOfConduct:" with its https link. {start}',
  'conduct/code-of-conduct.empty':
    '"codeOfConduct" is empty. Write the https link to the group\'s published code of conduct. {start}',
  'conduct/code-of-conduct.start-from-guide':
    'If the group has none yet, start from the Azure Tech Groups Code of Conduct (see the program guide).',
  'conduct/code-of-conduct.start-from-link':
    'If the group has none yet, start from the Azure Tech Groups Code of Conduct: {url}',
  'conduct/code-of-conduct.not-text':
    'The code of conduct must be a web address starting with https://, but it is {value}.',
  'conduct/code-of-conduct.not-a-url':
    'The code of conduct {value} is not a full web address. Write the whole link, starting with https://.{suggest, select, yes { Did you mean {suggestion}?} other {}}',
  'conduct/code-of-conduct.not-https':
    'The code of conduct {value} must use https:// so that everyone can open it safely.{suggest, select, yes { Did you mean {suggestion}?} other {}}',
  'conduct/code-of-conduct.credentials':
    'The code of conduct {value} holds a user name or password. Remove them: the link must open for everyone without signing in.',
  'conduct/code-of-conduct.not-public':
    'The code of conduct {value} points to a private or local address that people outside your network cannot open. Use the public link.',
} as const satisfies Catalogue;

export const conduct = {
  en,
  nl: {
    'conduct/code-of-conduct.missing':
      'De gedragscode van de groep ontbreekt. Het programma vereist een gepubliceerde gedragscode die gemakkelijk te vinden is vanaf de startpagina van de groep: voeg "codeOfConduct:" toe met de https-link. {start}',
    'conduct/code-of-conduct.empty':
      '"codeOfConduct" is leeg. Vul de https-link naar de gepubliceerde gedragscode van de groep in. {start}',
    'conduct/code-of-conduct.start-from-guide':
      'Heeft de groep er nog geen, ga dan uit van de gedragscode van het Azure Tech Groups-programma (zie de programmagids).',
    'conduct/code-of-conduct.start-from-link':
      'Heeft de groep er nog geen, ga dan uit van de gedragscode van het Azure Tech Groups-programma: {url}',
    'conduct/code-of-conduct.not-text':
      'De gedragscode moet een webadres zijn dat begint met https://, maar er staat {value}.',
    'conduct/code-of-conduct.not-a-url':
      'De gedragscode {value} is geen volledig webadres. Schrijf de hele link, beginnend met https://.{suggest, select, yes { Bedoel je {suggestion}?} other {}}',
    'conduct/code-of-conduct.not-https':
      'De gedragscode {value} moet https:// gebruiken, zodat iedereen hem veilig kan openen.{suggest, select, yes { Bedoel je {suggestion}?} other {}}',
    'conduct/code-of-conduct.credentials':
      'De gedragscode {value} bevat een gebruikersnaam of wachtwoord. Verwijder die: de link moet voor iedereen opengaan zonder in te loggen.',
    'conduct/code-of-conduct.not-public':
      'De gedragscode {value} verwijst naar een privé- of lokaal adres dat mensen buiten je netwerk niet kunnen openen. Gebruik de openbare link.',
  },
  sv: {
    'conduct/code-of-conduct.missing':
      'Gruppens uppförandekod saknas. Enligt programmets villkor ska gruppen ha en publicerad uppförandekod som är lätt att hitta från gruppens startsida: lägg till "codeOfConduct:" med en https-länk till den. {start}',
    'conduct/code-of-conduct.empty':
      '"codeOfConduct" är tomt. Skriv https-länken till gruppens publicerade uppförandekod. {start}',
    'conduct/code-of-conduct.start-from-guide':
      'Om gruppen inte har någon än kan du utgå från uppförandekoden för Azure Tech Groups (se programguiden).',
    'conduct/code-of-conduct.start-from-link':
      'Om gruppen inte har någon än kan du utgå från uppförandekoden för Azure Tech Groups: {url}',
    'conduct/code-of-conduct.not-text':
      'Uppförandekoden ska vara en webbadress som börjar med https://, men nu står det {value}.',
    'conduct/code-of-conduct.not-a-url':
      'Uppförandekoden {value} är inte en fullständig webbadress. Skriv hela länken, med https:// först.{suggest, select, yes { Menade du {suggestion}?} other {}}',
    'conduct/code-of-conduct.not-https':
      'Uppförandekoden {value} måste använda https:// så att alla kan öppna den säkert.{suggest, select, yes { Menade du {suggestion}?} other {}}',
    'conduct/code-of-conduct.credentials':
      'Uppförandekoden {value} innehåller ett användarnamn eller lösenord. Ta bort dem: länken måste gå att öppna för alla utan inloggning.',
    'conduct/code-of-conduct.not-public':
      'Uppförandekoden {value} pekar på en privat eller lokal adress som personer utanför ditt nätverk inte kan öppna. Använd den offentliga länken.',
  },
} satisfies Area<typeof en>;
