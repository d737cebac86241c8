import type { Area, Catalogue } from './catalogue.js';

/**
 * The meetups rules: how many Azure meetups a group held (`minimum`), whether it will soon fall
 * short (`at-risk`), how they are spread (`spread`), repeats (`duplicate`), and a meetup's page
 * (`url`). Dates the group held or will reach are facts, written out in long form; a meetup's
 * page is the leader's own text, quoted.
 */
const en = {
  'meetups/at-risk.shortfall':
    'On {on, date, long} the group will have {counted, plural, one {# Azure meetup} other {# Azure meetups}} in the last {months, plural, one {month} other {# months}}, below the {required} the program asks for{expiring, plural, =0 {} one {, as the meetup of {dates} leaves the window} other {, as the meetups of {dates} leave the window}}. Plan an Azure meetup before {on, date, long} and add it here.',
  // The days of the meetups leaving the window, as a list: `dates` (a first day and the rest)
  // down to `last-two`, so each language joins the last two its own way.
  'meetups/at-risk.dates': '{first, date, long}, {rest}',
  'meetups/at-risk.last-two': '{first, date, long}, {last, date, long}',
  'meetups/at-risk.date': '{day, date, long}',

  'meetups/duplicate.repeat':
    'This meetup ({date, date, long}) repeats {original}, which has the same {same, select, page {page} other {date and title}}. It counts once: remove one of the two.',

  'meetups/minimum.too-few':
    '{held, plural, =0 {No Azure meetups} one {Only # Azure meetup} other {Only # Azure meetups}} held between {from, date, long} and {today, date, long}; {share}.{pending, plural, =0 {} one { # more listed meetup does not count until the error on it is fixed.} other { # more listed meetups do not count until the errors on them are fixed.}} Add any Azure meetups held in that time that are not listed yet (with "azure: true"), or plan {missing} more.',
  'meetups/minimum.share': 'the program asks for at least {required}',
  'meetups/minimum.share-pro-rata':
    "since joining on {joined, date, long}, the group's share of the minimum of {minimum} per {months, plural, one {month} other {# months}} is {required}",

  'meetups/spread.since-last':
    'No Azure meetup for {days, plural, one {# day} other {# days}}, since {last, date, long}. The program asks for meetups spread through the year (at most {max, plural, one {# day} other {# days}} apart): plan the next one, and add it here.',
  'meetups/spread.gap':
    '{days, plural, one {# day} other {# days}} passed without an Azure meetup, from {from, date, long} to {to, date, long}. The program asks for meetups spread through the year, at most {max, plural, one {# day} other {# days}} apart.',

  'meetups/url.empty':
    '"url" is empty. Write the meetup\'s public page, starting with https://, or leave "url" out: it is optional.',
  'meetups/url.not-text':
    'The meetup\'s page must be a web address starting with https://, but "url" is {kind}. Write the whole link, or leave "url" out: it is optional.',
  'meetups/url.not-a-web-page':
    'The meetup\'s page {value} must be a web page, starting with https:// (or http://), or leave "url" out: it is optional.{offer, select, yes { Did you mean {suggestion}?} other {}}',
  'meetups/url.not-an-address':
    'The meetup\'s page {value} is not a full web address. Write the whole link, starting with https:// (or http://), or leave "url" out: it is optional.{offer, select, yes { Did you mean {suggestion}?} other {}}',
} as const satisfies Catalogue;

export const meetups = {
  en,
  nl: {
    'meetups/at-risk.shortfall':
      'Op {on, date, long} heeft de groep {counted, plural, one {# Azure-meetup} other {# Azure-meetups}} in de afgelopen {months, plural, one {maand} other {# maanden}}, minder dan de {required} die het programma vraagt{expiring, plural, =0 {} one {, omdat de meetup van {dates} dan buiten die periode valt} other {, omdat de meetups van {dates} dan buiten die periode vallen}}. Plan een Azure-meetup vóór {on, date, long} en voeg hem hier toe.',
    'meetups/at-risk.dates': '{first, date, long}, {rest}',
    'meetups/at-risk.last-two': '{first, date, long} en {last, date, long}',
    'meetups/at-risk.date': '{day, date, long}',

    'meetups/duplicate.repeat':
      'Deze meetup ({date, date, long}) herhaalt {original}, met {same, select, page {dezelfde pagina} other {dezelfde datum en titel}}. Hij telt maar één keer mee: verwijder een van de twee.',

    'meetups/minimum.too-few':
      '{held, plural, =0 {Geen Azure-meetups} one {Slechts # Azure-meetup} other {Slechts # Azure-meetups}} gehouden tussen {from, date, long} en {today, date, long}; {share}.{pending, plural, =0 {} one { Nog # vermelde meetup telt pas mee als de fout erin is opgelost.} other { Nog # vermelde meetups tellen pas mee als de fouten erin zijn opgelost.}} Voeg de Azure-meetups uit die periode toe die er nog niet in staan (met "azure: true"), of plan er nog {missing}.',
    'meetups/minimum.share': 'het programma vraagt er minstens {required}',
    'meetups/minimum.share-pro-rata':
      'de groep is op {joined, date, long} toegetreden, dus haar deel van het minimum van {minimum} per {months, plural, one {maand} other {# maanden}} is {required}',

    'meetups/spread.since-last':
      'Al {days, plural, one {# dag} other {# dagen}} geen Azure-meetup, sinds {last, date, long}. Het programma vraagt om meetups verspreid over het jaar (met hoogstens {max, plural, one {# dag} other {# dagen}} ertussen): plan de volgende en voeg hem hier toe.',
    'meetups/spread.gap':
      'Er {days, plural, one {ging # dag} other {gingen # dagen}} voorbij zonder Azure-meetup, van {from, date, long} tot {to, date, long}. Het programma vraagt om meetups verspreid over het jaar, met hoogstens {max, plural, one {# dag} other {# dagen}} ertussen.',

    'meetups/url.empty':
      '"url" is leeg. Vul de openbare pagina van de meetup in, beginnend met https://, of laat "url" weg: het veld is optioneel.',
    'meetups/url.not-text':
      'De pagina van de meetup moet een webadres zijn dat begint met https://, maar "url" is {kind}. Schrijf de hele link, of laat "url" weg: het veld is optioneel.',
    'meetups/url.not-a-web-page':
      'De pagina van de meetup {value} moet een webpagina zijn die begint met https:// (of http://); laat "url" anders weg: het veld is optioneel.{offer, select, yes { Bedoel je {suggestion}?} other {}}',
    'meetups/url.not-an-address':
      'De pagina van de meetup {value} is geen volledig webadres. Schrijf de hele link, beginnend met https:// (of http://), of laat "url" weg: het veld is optioneel.{offer, select, yes { Bedoel je {suggestion}?} other {}}',
  },
  sv: {
    'meetups/at-risk.shortfall':
      'Den {on, date, long} har gruppen {counted, plural, one {# Azure-träff} other {# Azure-träffar}} under {months, plural, one {den senaste månaden} other {de senaste # månaderna}}, färre än de {required} som programmet kräver{expiring, plural, =0 {} one {, eftersom träffen den {dates} då hamnar utanför perioden} other {, eftersom träffarna den {dates} då hamnar utanför perioden}}. Planera en Azure-träff före den {on, date, long} och lägg till den här.',
    'meetups/at-risk.dates': '{first, date, long}, {rest}',
    'meetups/at-risk.last-two': '{first, date, long} och {last, date, long}',
    'meetups/at-risk.date': '{day, date, long}',

    'meetups/duplicate.repeat':
      'Den här träffen ({date, date, long}) upprepar {original}, som har {same, select, page {samma sida} other {samma datum och titel}}. Den räknas bara en gång: ta bort en av de två.',

    'meetups/minimum.too-few':
      '{held, plural, =0 {Inga Azure-träffar} one {Bara # Azure-träff} other {Bara # Azure-träffar}} hölls mellan den {from, date, long} och den {today, date, long}; {share}.{pending, plural, =0 {} one { Ytterligare # listad träff räknas inte förrän felet i den är rättat.} other { Ytterligare # listade träffar räknas inte förrän felen i dem är rättade.}} Lägg till de Azure-träffar från den perioden som inte finns med än (med "azure: true"), eller planera {missing} till.',
    'meetups/minimum.share': 'programmet kräver minst {required}',
    'meetups/minimum.share-pro-rata':
      'gruppen gick med den {joined, date, long}, så dess andel av minimikravet på {minimum} per {months, plural, one {månad} other {# månader}} är {required}',

    'meetups/spread.since-last':
      'Ingen Azure-träff på {days, plural, one {# dag} other {# dagar}}, sedan den {last, date, long}. Programmet ber om träffar spridda över året (högst {max, plural, one {# dag} other {# dagar}} mellan dem): planera nästa och lägg till den här.',
    'meetups/spread.gap':
      'Det gick {days, plural, one {# dag} other {# dagar}} utan någon Azure-träff, från den {from, date, long} till den {to, date, long}. Programmet ber om träffar spridda över året, med högst {max, plural, one {# dag} other {# dagar}} mellan dem.',

    'meetups/url.empty':
      '"url" är tomt. Skriv länken till träffens offentliga sida, med https:// först, eller ta bort "url": fältet är valfritt.',
    'meetups/url.not-text':
      'Träffens sida ska vara en webbadress som börjar med https://, men "url" är {kind}. Skriv hela länken, eller ta bort "url": fältet är valfritt.',
    'meetups/url.not-a-web-page':
      'Träffens sida {value} ska vara en webbsida som börjar med https:// (eller http://); ta annars bort "url": fältet är valfritt.{offer, select, yes { Menade du {suggestion}?} other {}}',
    'meetups/url.not-an-address':
      'Träffens sida {value} är inte en fullständig webbadress. Skriv hela länken, med https:// (eller http://) först, eller ta bort "url": fältet är valfritt.{offer, select, yes { Menade du {suggestion}?} other {}}',
  },
} satisfies Area<typeof en>;
