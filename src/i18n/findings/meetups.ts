import type { Area, Catalogue } from './catalogue.js';

/**
 * The meetups rules: how many Azure meetups a group held (`minimum`), whether it will soon fall
 * short (`at-risk`), how they are spread (`spread`), repeats (`duplicate`), and a meetup's page
 * (`url`). Dates the group held or will reach are facts, written out in long form; a meetup's
 * page is the leader's own text, quoted.
 */
const en = {
  'meetups/at-risk.shortfall':
    'On {on, date, long} the group will have held {counted, plural, =0 {no Azure meetups} one {only # Azure meetup} other {only # Azure meetups}} in the last {months, plural, one {month} other {# months}}, {share, select, joined {below its share of the minimum ({required}) since it joined the program on {joined, date, long}} other {below the {required} the program asks for}}{expiring, plural, =0 {} one {, as the meetup of {dates} then falls outside that period} other {, as the meetups of {dates} then fall outside that period}}. Plan an Azure meetup before {on, date, long} and add it here.',
  // One day of a meetup leaving the window, as the language writes a date in a sentence (Swedish
  // "den 3 mars 2026"); the rule lists the days with `listOf`, joined by each language's rules.
  'meetups/at-risk.date': '{day, date, long}',

  'meetups/duplicate.repeat':
    'This meetup ({date, date, long}) is listed twice: {original} has the same {same, select, page {page} other {date and title}}. It counts once: remove one of the two.',

  'meetups/minimum.too-few':
    'Between {from, date, long} and {today, date, long} the group has held {held, plural, =0 {no Azure meetups} one {only # Azure meetup} other {only # Azure meetups}}; {share}.{pending, plural, =0 {} one { # more listed meetup does not count until the error on it is fixed.} other { # more listed meetups do not count until the errors on them are fixed.}} Add any Azure meetups held in that time that are not listed yet (with "azure: true"), or plan {missing} more.',
  'meetups/minimum.share': 'the program asks for at least {required}',
  'meetups/minimum.share-pro-rata':
    "since joining on {joined, date, long}, the group's share of the minimum of {minimum} per {months, plural, one {month} other {# months}} is {required}",

  'meetups/spread.since-last':
    'The group has held no Azure meetup for {days, plural, one {# day} other {# days}}: the last was on {last, date, long}. The program asks for meetups spread through the year (at most {max, plural, one {# day} other {# days}} apart): plan the next one, and add it here.',
  'meetups/spread.gap':
    '{days, plural, one {# day} other {# days}} passed without an Azure meetup, from {from, date, long} to {to, date, long}. The program asks for meetups spread through the year, at most {max, plural, one {# day} other {# days}} apart.',

  'meetups/url.empty':
    '"url" is empty. Write the link to the meetup\'s public page, starting with https://, or leave "url" out: it is optional.',
  'meetups/url.not-text':
    'The meetup\'s page must be a web address starting with https://, but "url" is {kind}. Write the whole link, or leave "url" out: it is optional.',
  'meetups/url.not-a-web-page':
    'The meetup\'s page {value} must be a link to a web page, starting with https:// (or http://). Correct it, or leave "url" out: it is optional.{offer, select, yes { Did you mean {suggestion}?} other {}}',
  'meetups/url.not-an-address':
    'The meetup\'s page {value} is not a full web address. Write the whole link, starting with https:// (or http://), or leave "url" out: it is optional.{offer, select, yes { Did you mean {suggestion}?} other {}}',
} as const satisfies Catalogue;

export const meetups = {
  en,
  nl: {
    'meetups/at-risk.shortfall':
      'Op {on, date, long} heeft de groep in de afgelopen {months, plural, one {maand} other {# maanden}} {counted, plural, =0 {geen Azure-meetups} one {maar # Azure-meetup} other {maar # Azure-meetups}} gehouden, {share, select, joined {minder dan haar deel van het minimum ({required}) sinds ze op {joined, date, long} bij het programma kwam} other {minder dan de {required} die het programma vereist}}{expiring, plural, =0 {} one {, omdat de meetup van {dates} dan buiten die periode valt} other {, omdat de meetups van {dates} dan buiten die periode vallen}}. Plan vóór {on, date, long} een Azure-meetup en voeg hem hier toe.',
    'meetups/at-risk.date': '{day, date, long}',

    'meetups/duplicate.repeat':
      'Deze meetup ({date, date, long}) staat er twee keer in: {original} heeft {same, select, page {dezelfde pagina} other {dezelfde datum en titel}}. Hij telt maar één keer mee: verwijder een van de twee.',

    'meetups/minimum.too-few':
      'Tussen {from, date, long} en {today, date, long} heeft de groep {held, plural, =0 {geen Azure-meetups} one {maar # Azure-meetup} other {maar # Azure-meetups}} gehouden; {share}.{pending, plural, =0 {} one { Nog # meetup in de lijst telt pas mee als de fout erin is opgelost.} other { Nog # meetups in de lijst tellen pas mee als de fouten erin zijn opgelost.}} Voeg de Azure-meetups uit die periode toe die nog niet in de lijst staan (met "azure: true"), of plan er nog {missing}.',
    'meetups/minimum.share': 'het programma vereist er minstens {required}',
    'meetups/minimum.share-pro-rata':
      'de groep doet sinds {joined, date, long} mee aan het programma, dus haar deel van het minimum van {minimum} per {months, plural, one {maand} other {# maanden}} is {required}',

    'meetups/spread.since-last':
      'De groep heeft al {days, plural, one {# dag} other {# dagen}} geen Azure-meetup gehouden: de laatste was op {last, date, long}. Het programma vereist meetups verspreid over het jaar (met hoogstens {max, plural, one {# dag} other {# dagen}} ertussen): plan de volgende en voeg hem hier toe.',
    'meetups/spread.gap':
      'Er {days, plural, one {ging # dag} other {gingen # dagen}} voorbij zonder Azure-meetup, van {from, date, long} tot {to, date, long}. Het programma vereist meetups verspreid over het jaar, met hoogstens {max, plural, one {# dag} other {# dagen}} ertussen.',

    'meetups/url.empty':
      '"url" is leeg. Vul de link naar de openbare pagina van de meetup in, beginnend met https://, of laat "url" weg: het veld is optioneel.',
    'meetups/url.not-text':
      'De link naar de pagina van de meetup moet een webadres zijn dat begint met https://, maar "url" is {kind}. Schrijf de hele link, of laat "url" weg: het veld is optioneel.',
    'meetups/url.not-a-web-page':
      'De link {value} voor de meetup moet naar een webpagina gaan en beginnen met https:// (of http://). Verbeter hem, of laat "url" weg: het veld is optioneel.{offer, select, yes { Bedoel je {suggestion}?} other {}}',
    'meetups/url.not-an-address':
      'De link {value} voor de meetup is geen volledig webadres. Schrijf de hele link, beginnend met https:// (of http://), of laat "url" weg: het veld is optioneel.{offer, select, yes { Bedoel je {suggestion}?} other {}}',
  },
  sv: {
    'meetups/at-risk.shortfall':
      'Den {on, date, long} har gruppen {counted, plural, =0 {inte hållit några Azure-möten} one {bara hållit # Azure-möte} other {bara hållit # Azure-möten}} under {months, plural, one {den senaste månaden} other {de senaste # månaderna}}, {share, select, joined {färre än gruppens andel av minimikravet ({required}) sedan den gick med i programmet den {joined, date, long}} other {färre än de {required} som programmet kräver}}{expiring, plural, =0 {} one {, eftersom mötet {dates} då hamnar utanför perioden} other {, eftersom mötena {dates} då hamnar utanför perioden}}. Planera ett Azure-möte före den {on, date, long} och lägg till det här.',
    'meetups/at-risk.date': 'den {day, date, long}',

    'meetups/duplicate.repeat':
      'Det här mötet ({date, date, long}) står med två gånger: {original} har {same, select, page {samma sida} other {samma datum och titel}}. Det räknas bara en gång: ta bort ett av dem.',

    'meetups/minimum.too-few':
      'Mellan den {from, date, long} och den {today, date, long} har gruppen {held, plural, =0 {inte hållit några Azure-möten} one {bara hållit # Azure-möte} other {bara hållit # Azure-möten}}; {share}.{pending, plural, =0 {} one { Ytterligare # möte i listan räknas inte förrän felet i det är rättat.} other { Ytterligare # möten i listan räknas inte förrän felen i dem är rättade.}} Lägg till de Azure-möten från perioden som inte finns med än (med "azure: true"), eller planera {missing} till.',
    'meetups/minimum.share': 'programmet kräver minst {required}',
    'meetups/minimum.share-pro-rata':
      'gruppen gick med i programmet den {joined, date, long}, så dess andel av minimikravet på {minimum} möten per {months, plural, one {månad} other {# månader}} är {required}',

    'meetups/spread.since-last':
      'Gruppen har inte hållit något Azure-möte på {days, plural, one {# dag} other {# dagar}}: det senaste var den {last, date, long}. Programmet kräver möten med jämna mellanrum under året (högst {max, plural, one {# dag} other {# dagar}} mellan två möten): planera nästa och lägg till det här.',
    'meetups/spread.gap':
      'Det gick {days, plural, one {# dag} other {# dagar}} utan något Azure-möte, från den {from, date, long} till den {to, date, long}. Programmet kräver möten med jämna mellanrum under året, högst {max, plural, one {# dag} other {# dagar}} mellan två möten.',

    'meetups/url.empty':
      '"url" är tomt. Skriv länken till mötets offentliga sida, med https:// först, eller ta bort "url": fältet är valfritt.',
    'meetups/url.not-text':
      'Mötets sida ska vara en webbadress som börjar med https://, men "url" är {kind}. Skriv hela länken, eller ta bort "url": fältet är valfritt.',
    'meetups/url.not-a-web-page':
      'Länken {value} till mötet ska gå till en webbsida och börja med https:// (eller http://). Rätta den eller ta bort "url": fältet är valfritt.{offer, select, yes { Menade du {suggestion}?} other {}}',
    'meetups/url.not-an-address':
      'Länken {value} till mötet är inte en fullständig webbadress. Skriv hela länken, med https:// (eller http://) först, eller ta bort "url": fältet är valfritt.{offer, select, yes { Menade du {suggestion}?} other {}}',
  },
} satisfies Area<typeof en>;
