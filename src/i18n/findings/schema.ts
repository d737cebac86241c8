import type { Area, Catalogue } from './catalogue.js';

/**
 * The schema check's messages (src/schema/messages.ts), the places in a file they name
 * (`place.*`, src/schema/field-words.ts: `"date" of the 8th meetup`), and the group schema's
 * descriptions (`schema.description.*`, src/schema/descriptions.ts), which the messages
 * quote: the English of each is the schema's `description` exactly, and a test keeps it so.
 *
 * A message adds the field's description or an example only where the schema has one:
 * `described` and `exampled` are `yes` then.
 */
const en = {
  'schema.missing-field':
    '{owner} is missing the field {field}.{described, select, yes { {description}} other {}}{exampled, select, yes { For example: {name}: {example}} other {}}',
  'schema.unknown-field':
    '{field} is not a field of {owner}. Check the spelling, or remove it. The fields allowed here are {allowed}.',
  'schema.misspelt-field':
    '{field} is not a field of {owner}. Did you mean {suggestion}?{capitals, select, yes { Field names are written exactly, capitals included.} other {}}',
  'schema.wrong-type':
    '{subject} must be {type, select, string {text} integer {a whole number} number {a number} boolean {true or false} array {a list (lines starting with "- ")} object {a group of indented fields} other {{type}}}, but it is {actual}.{detail, select, yaml11 { Write true or false: {value} is read as text here, not as yes or no.} description { {description}} other {}}',
  'schema.empty-list':
    '{subject} is empty. List the {name} under it, each on a line starting with "- ", or write {name}: [] while there are none.{described, select, yes { {description}} other {}}',
  'schema.empty-value':
    '{subject} is empty: fill it in.{described, select, yes { {description}} other {}}',
  'schema.not-allowed': '{subject} must be {allowed}; it is {value}.',
  'schema.wrong-format':
    '{subject} {format, select, date {must be a date that exists, written YYYY-MM-DD} uri {must be a full web address starting with https://} time_zone {must be a time zone such as Europe/Amsterdam} bcp47 {must be a language code such as en, nl or sv} other {must be a valid {format}}}; it is {value}.',
  'schema.wrong-form':
    '{subject} is not in the right form: {value}.{described, select, yes { {description}} other {}}{exampled, select, yes { For example: {example}} other {}}',
  'schema.too-short':
    '{subject} is too short: at least {limit, plural, one {# character} other {# characters}}.{described, select, yes { {description}} other {}}',
  'schema.empty-text':
    '{subject} must not be empty.{described, select, yes { {description}} other {}}',
  'schema.too-long':
    '{subject} is too long: at most {limit, plural, one {# character} other {# characters}}.',
  'schema.too-small': '{subject} must be at least {limit}.',
  'schema.too-large': '{subject} must be at most {limit}.',
  'schema.invalid':
    '{subject} is not valid here ({keyword}).{described, select, yes { {description}} other {}}',

  'schema.document.group': 'a group file',
  'schema.document.policy': 'the program policy',

  'place.file': 'the file',
  'place.field': '{field}',
  'place.field-in': '{field} {relation, select, of {of} other {under}} {parent}',
  'place.rule': 'rule {rule} in rules',
  'place.item':
    'the {n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} {noun, select, waiver {waiver} other {meetup}}',
  'place.item-in':
    'the {n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} {noun, select, waiver {waiver} other {meetup}} {relation, select, of {of} other {under}} {owner}',
  'place.entry':
    'the {n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} entry of {list}',
  'place.line': '{place} (line {line})',

  'schema.description.$schema': 'Optional pointer to this schema, for editors.',
  'schema.description.slug':
    "The group's short name (slug): lowercase letters, digits and single hyphens. It equals the file name without .yaml, such as groups/utrecht-azure.yaml.",
  'schema.description.name':
    "The group's public name. Microsoft's trademark rules: a Microsoft mark (Microsoft, Azure) must not be the leading word, and the name must not suggest Microsoft runs or sponsors the group.",
  'schema.description.status':
    "Where the group stands in the program: applying (asking to join), active (admitted), inactive (set by the program team when the group stopped meeting the program's requirements; not in the directory), leaving (asked to leave the program).",
  'schema.description.joined':
    'The date the program admitted the group, YYYY-MM-DD. Only the program team sets it, when it admits the group; absent while the group is applying.',
  'schema.description.inactiveSince':
    'The day the group became inactive, YYYY-MM-DD: only with status inactive. Only the program team sets or removes it, together with the status.',
  'schema.description.city': 'The city the group meets in (or is based in, for online groups).',
  'schema.description.country': 'The country, as an ISO 3166-1 alpha-2 code in capitals.',
  'schema.description.location':
    "Where the group meets, for a city the registry's place list (GeoNames places of 1,000+ people) does not know: latitude and longitude in degrees.",
  'schema.description.location.lat': 'Degrees north of the equator; south is negative.',
  'schema.description.location.lon': 'Degrees east of Greenwich; west is negative.',
  'schema.description.timezone':
    "The group's time zone, such as Europe/Amsterdam (an IANA time zone name).",
  'schema.description.language':
    "The language the registry's automation writes to this group in, as a language code such as en, nl or sv (English, Dutch and Swedish are supported; others get English).",
  'schema.description.website':
    "The group's public-facing website or online presence, readable by non-members: an https URL.",
  'schema.description.codeOfConduct':
    "The group's published code of conduct, easy to reach from its homepage: an https URL.",
  'schema.description.feeds':
    "Public iCalendar feeds of the group's events (Meetup: https://www.meetup.com/'<'urlname>/events/ical/; Luma and most platforms publish one too). tgr sync reads them and records new meetups. Optional.",
  'schema.description.feeds.item': 'An https link to a public iCalendar (.ics) feed.',
  'schema.description.fees':
    'What members pay to attend. The program allows no admission fee; venue and food costs passed through at cost are fine.',
  'schema.description.fees.admission':
    'none (members pay nothing) or pass-through (members share venue or hosting costs at cost).',
  'schema.description.fees.passThrough':
    'Which costs are passed through, required when admission is pass-through.',
  'schema.description.leader': "The group leader: the program's primary contact.",
  'schema.description.coLeader':
    "The designated co-leader: the program's secondary contact, so the group is never orphaned when leadership changes.",
  'schema.description.meetups':
    "The group's meetups, past and planned. The program asks for at least six Azure meetups in the last 12 months, spread through the year.",
  'schema.description.waivers':
    'Exceptions granted by a maintainer: the named rule is not enforced until the date.',
  'schema.description.person': 'A leader or co-leader of the group.',
  'schema.description.person.name': 'Full name.',
  'schema.description.person.github': 'GitHub username, without @.',
  'schema.description.person.githubId':
    'The numeric id of the GitHub account, not the username: the "id" shown at https://api.github.com/users/USERNAME. It stays the same when the username changes.',
  'schema.description.person.techCommunityId':
    'Microsoft Tech Community user ID: the number at the end of the profile URL (…/user-id/123456 → 123456).',
  'schema.description.person.termsAccepted':
    "The date this person accepted the program's terms and conditions, YYYY-MM-DD.",
  'schema.description.meetup': 'One meetup.',
  'schema.description.meetup.date': 'The day of the meetup, YYYY-MM-DD.',
  'schema.description.meetup.title': "The meetup's title.",
  'schema.description.meetup.azure':
    'true when the meetup relates to or covers Azure products and services.',
  'schema.description.meetup.url': "The meetup's public page, optional.",
  'schema.description.meetup.cancelled':
    'true when the meetup was cancelled; a cancelled meetup never counts.',
  'schema.description.meetup.uid':
    "The event's UID in the group's feed, written by tgr sync so that it recognises the event after a change of date or title. Leave it as it is.",
  'schema.description.waiver': "A maintainer's exception to one rule, until a date.",
  'schema.description.waiver.rule': 'The id of the waived rule.',
  'schema.description.waiver.reason': 'Why the exception was granted.',
  'schema.description.waiver.until': 'The last day the waiver applies, YYYY-MM-DD.',
  'schema.description.waiver.approvedBy': 'GitHub username of the maintainer who granted it.',
} as const satisfies Catalogue;

export const schema = {
  en,
  nl: {
    'schema.missing-field':
      'In {owner} ontbreekt het veld {field}.{described, select, yes { {description}} other {}}{exampled, select, yes { Bijvoorbeeld: {name}: {example}} other {}}',
    'schema.unknown-field':
      '{field} is geen veld van {owner}. Controleer de spelling of verwijder het. Hier zijn toegestaan: {allowed}.',
    'schema.misspelt-field':
      '{field} is geen veld van {owner}. Bedoel je {suggestion}?{capitals, select, yes { Veldnamen moeten precies kloppen, hoofdletters inbegrepen.} other {}}',
    'schema.wrong-type':
      '{subject} moet {type, select, string {tekst zijn} integer {een geheel getal zijn} number {een getal zijn} boolean {true of false zijn} array {een lijst zijn (regels die beginnen met "- ")} object {een groep ingesprongen velden zijn} other {{type} zijn}}, maar het is {actual}.{detail, select, yaml11 { Schrijf true of false: {value} wordt hier gelezen als tekst, niet als ja of nee.} description { {description}} other {}}',
    'schema.empty-list':
      '{subject} is leeg. Zet de items eronder, elk op een regel die begint met "- ", of schrijf {name}: [] zolang er nog geen zijn.{described, select, yes { {description}} other {}}',
    'schema.empty-value':
      '{subject} is leeg: vul een waarde in.{described, select, yes { {description}} other {}}',
    'schema.not-allowed': '{subject} moet {allowed} zijn; er staat {value}.',
    'schema.wrong-format':
      '{subject} {format, select, date {moet een bestaande datum zijn, geschreven als JJJJ-MM-DD} uri {moet een volledig webadres zijn dat begint met https://} time_zone {moet een tijdzone zijn, zoals Europe/Amsterdam} bcp47 {moet een taalcode zijn, zoals en, nl of sv} other {moet een geldige {format} zijn}}; er staat {value}.',
    'schema.wrong-form':
      '{subject} heeft niet de juiste vorm: {value}.{described, select, yes { {description}} other {}}{exampled, select, yes { Bijvoorbeeld: {example}} other {}}',
    'schema.too-short':
      '{subject} is te kort: minstens {limit, plural, one {# teken} other {# tekens}}.{described, select, yes { {description}} other {}}',
    'schema.empty-text':
      '{subject} mag niet leeg zijn.{described, select, yes { {description}} other {}}',
    'schema.too-long':
      '{subject} is te lang: hoogstens {limit, plural, one {# teken} other {# tekens}}.',
    'schema.too-small': '{subject} moet minstens {limit} zijn.',
    'schema.too-large': '{subject} mag hoogstens {limit} zijn.',
    'schema.invalid':
      '{subject} is hier niet geldig ({keyword}).{described, select, yes { {description}} other {}}',

    'schema.document.group': 'een groepsbestand',
    'schema.document.policy': 'het programmabeleid',

    'place.file': 'het bestand',
    'place.field': '{field}',
    'place.field-in': '{field} {relation, select, of {van} other {onder}} {parent}',
    'place.rule': 'programmaregel {rule} in rules',
    'place.item':
      'de {n, selectordinal, other {#e}} {noun, select, waiver {vrijstelling} other {meetup}}',
    'place.item-in':
      'de {n, selectordinal, other {#e}} {noun, select, waiver {vrijstelling} other {meetup}} {relation, select, of {van} other {onder}} {owner}',
    'place.entry': 'het {n, selectordinal, other {#e}} item van {list}',
    'place.line': '{place} (regel {line})',

    'schema.description.$schema': 'Optionele verwijzing naar dit schema, voor editors.',
    'schema.description.slug':
      'De korte naam van de groep (slug): kleine letters, cijfers en losse koppeltekens. Gelijk aan de bestandsnaam zonder .yaml, zoals groups/utrecht-azure.yaml.',
    'schema.description.name':
      'De openbare naam van de groep. Volgens de richtlijnen voor handelsmerken van Microsoft mag een handelsmerk van Microsoft (Microsoft, Azure) niet het eerste woord zijn, en mag de naam niet suggereren dat Microsoft de groep leidt of sponsort.',
    'schema.description.status':
      'Waar de groep staat in het programma: applying (vraagt om deel te nemen), active (toegelaten), inactive (ingevuld door het programmateam toen de groep niet meer aan de programmavereisten voldeed; staat niet in het overzicht van de groepen), leaving (heeft gevraagd het programma te verlaten).',
    'schema.description.joined':
      'De datum waarop het programma de groep heeft toegelaten, JJJJ-MM-DD. Alleen het programmateam vult die in, bij de toelating; zolang de aanvraag van de groep loopt, ontbreekt die.',
    'schema.description.inactiveSince':
      'De dag waarop de groep inactief werd, JJJJ-MM-DD: alleen bij status inactive. Alleen het programmateam vult die in of haalt die weg, samen met de status.',
    'schema.description.city':
      'De stad waar de groep bijeenkomt (of gevestigd is, voor onlinegroepen).',
    'schema.description.country': 'Het land, als ISO 3166-1 alpha-2-code in hoofdletters.',
    'schema.description.location':
      'Waar de groep bijeenkomt, voor een stad die de plaatsenlijst van het register (GeoNames-plaatsen met 1.000+ inwoners) niet kent: breedte- en lengtegraad in graden.',
    'schema.description.location.lat': 'Graden ten noorden van de evenaar; zuid is negatief.',
    'schema.description.location.lon': 'Graden ten oosten van Greenwich; west is negatief.',
    'schema.description.timezone': 'De tijdzone van de groep, zoals Europe/Amsterdam.',
    'schema.description.language':
      'De taal waarin de automatisering van het register naar deze groep schrijft, als taalcode zoals en, nl of sv (Engels, Nederlands en Zweeds worden ondersteund; bij andere talen wordt het Engels).',
    'schema.description.website':
      'De openbare website of online aanwezigheid van de groep, leesbaar voor niet-leden: een https-URL.',
    'schema.description.codeOfConduct':
      'De gepubliceerde gedragscode van de groep, gemakkelijk te bereiken vanaf de startpagina: een https-URL.',
    'schema.description.feeds':
      "Openbare iCalendar-feeds van de evenementen van de groep (Meetup: https://www.meetup.com/'<'urlname>/events/ical/; Luma en de meeste andere platforms publiceren er ook een). tgr sync leest ze en neemt nieuwe meetups op. Optioneel.",
    'schema.description.feeds.item': 'Een https-link naar een openbare iCalendar-feed (.ics).',
    'schema.description.fees':
      'Wat leden betalen om een meetup bij te wonen. Het programma staat geen toegangskosten toe; kosten voor locatie en eten die tegen kostprijs worden doorberekend, mogen wel.',
    'schema.description.fees.admission':
      'none (leden betalen niets) of pass-through (leden delen locatie- of hostingkosten tegen kostprijs).',
    'schema.description.fees.passThrough':
      'Welke kosten worden doorberekend; verplicht als admission pass-through is.',
    'schema.description.leader': 'De groepsleider: de primaire contactpersoon voor het programma.',
    'schema.description.coLeader':
      'De aangewezen co-leider: de secundaire contactpersoon voor het programma, zodat de groep altijd een contactpersoon heeft, ook als de leiding wisselt.',
    'schema.description.meetups':
      'De meetups van de groep, zowel eerdere als geplande. Het programma vereist minstens zes Azure-meetups in de afgelopen 12 maanden, verspreid over het jaar.',
    'schema.description.waivers':
      'Vrijstellingen die een beheerder heeft verleend: de genoemde programmaregel wordt tot en met de datum niet gehandhaafd.',
    'schema.description.person': 'Een groepsleider of co-leider van de groep.',
    'schema.description.person.name': 'Volledige naam.',
    'schema.description.person.github': 'GitHub-gebruikersnaam, zonder @.',
    'schema.description.person.githubId':
      'Het numerieke id van het GitHub-account, niet de gebruikersnaam: de waarde "id" op https://api.github.com/users/GEBRUIKERSNAAM. Het blijft hetzelfde als de gebruikersnaam verandert.',
    'schema.description.person.techCommunityId':
      'Gebruikers-id bij Microsoft Tech Community: het nummer aan het einde van de profiel-URL (…/user-id/123456 → 123456).',
    'schema.description.person.termsAccepted':
      'De datum waarop deze persoon de voorwaarden van het programma heeft geaccepteerd, JJJJ-MM-DD.',
    'schema.description.meetup': 'Eén meetup.',
    'schema.description.meetup.date': 'De dag van de meetup, JJJJ-MM-DD.',
    'schema.description.meetup.title': 'De titel van de meetup.',
    'schema.description.meetup.azure':
      'true als de meetup over Azure-producten en -services gaat of ermee te maken heeft.',
    'schema.description.meetup.url': 'De openbare pagina van de meetup, optioneel.',
    'schema.description.meetup.cancelled':
      'true als de meetup is afgelast; een afgelaste meetup telt nooit mee.',
    'schema.description.meetup.uid':
      'De UID van het evenement in de feed van de groep. tgr sync vult die in om het evenement te herkennen als de datum of titel verandert. Laat hem staan zoals hij is.',
    'schema.description.waiver':
      'Een vrijstelling van één programmaregel tot een datum, verleend door een beheerder.',
    'schema.description.waiver.rule': 'De id van de programmaregel waarvoor de vrijstelling geldt.',
    'schema.description.waiver.reason': 'Waarom de vrijstelling is verleend.',
    'schema.description.waiver.until': 'De laatste dag waarop de vrijstelling geldt, JJJJ-MM-DD.',
    'schema.description.waiver.approvedBy':
      'GitHub-gebruikersnaam van de beheerder die de vrijstelling heeft verleend.',
  },
  sv: {
    'schema.missing-field':
      '{owner} saknar fältet {field}.{described, select, yes { {description}} other {}}{exampled, select, yes { Till exempel: {name}: {example}} other {}}',
    'schema.unknown-field':
      '{field} är inte ett fält i {owner}. Kontrollera stavningen eller ta bort det. Tillåtna fält här är {allowed}.',
    'schema.misspelt-field':
      '{field} är inte ett fält i {owner}. Menade du {suggestion}?{capitals, select, yes { Fältnamn skrivs exakt, med samma stora och små bokstäver.} other {}}',
    'schema.wrong-type':
      '{subject} ska vara {type, select, string {text} integer {ett heltal} number {ett tal} boolean {true eller false} array {en lista (rader som börjar med "- ")} object {en grupp indragna fält} other {{type}}}, men det är {actual}.{detail, select, yaml11 { Skriv true eller false: {value} läses här som text, inte som ja eller nej.} description { {description}} other {}}',
    'schema.empty-list':
      '{subject} saknar värde. Lista posterna under det, var och en på en rad som börjar med "- ", eller skriv {name}: [] så länge det inte finns några.{described, select, yes { {description}} other {}}',
    'schema.empty-value':
      '{subject} saknar värde: fyll i ett värde.{described, select, yes { {description}} other {}}',
    'schema.not-allowed': '{subject} ska vara {allowed}; nu står det {value}.',
    'schema.wrong-format':
      '{subject} {format, select, date {ska vara ett datum som finns, skrivet ÅÅÅÅ-MM-DD} uri {ska vara en fullständig webbadress som börjar med https://} time_zone {ska vara en tidszon, till exempel Europe/Stockholm} bcp47 {ska vara en språkkod, till exempel en, nl eller sv} other {ska vara en giltig {format}}}; nu står det {value}.',
    'schema.wrong-form':
      '{subject} har inte rätt form: {value}.{described, select, yes { {description}} other {}}{exampled, select, yes { Till exempel: {example}} other {}}',
    'schema.too-short':
      '{subject} har för få tecken: minst {limit, plural, one {# tecken} other {# tecken}}.{described, select, yes { {description}} other {}}',
    'schema.empty-text':
      '{subject} måste innehålla minst ett tecken.{described, select, yes { {description}} other {}}',
    'schema.too-long':
      '{subject} har för många tecken: högst {limit, plural, one {# tecken} other {# tecken}}.',
    'schema.too-small': '{subject} ska vara minst {limit}.',
    'schema.too-large': '{subject} får vara högst {limit}.',
    'schema.invalid':
      '{subject} godtas inte här ({keyword}).{described, select, yes { {description}} other {}}',

    'schema.document.group': 'en gruppfil',
    'schema.document.policy': 'programpolicyn',

    'place.file': 'filen',
    'place.field': '{field}',
    'place.field-in': '{field} {relation, select, of {i} other {under}} {parent}',
    'place.rule': 'regeln {rule} i rules',
    'place.item':
      '{noun, select, waiver {det {n, selectordinal, one {#:a} two {#:a} other {#:e}} undantaget} other {det {n, selectordinal, one {#:a} two {#:a} other {#:e}} mötet}}',
    'place.item-in':
      '{noun, select, waiver {det {n, selectordinal, one {#:a} two {#:a} other {#:e}} undantaget} other {det {n, selectordinal, one {#:a} two {#:a} other {#:e}} mötet}} {relation, select, of {i} other {under}} {owner}',
    'place.entry': 'den {n, selectordinal, one {#:a} two {#:a} other {#:e}} posten i {list}',
    'place.line': '{place} (rad {line})',

    'schema.description.$schema': 'Valfri hänvisning till det här schemat, för redigerare.',
    'schema.description.slug':
      'Gruppens kortnamn (slug): små bokstäver, siffror och enstaka bindestreck. Samma som filnamnet utan .yaml, till exempel groups/goteborg-azure.yaml.',
    'schema.description.name':
      'Gruppens offentliga namn. Enligt Microsofts riktlinjer för varumärken får ett av Microsofts varumärken (Microsoft, Azure) inte stå först, och namnet får inte antyda att Microsoft driver eller sponsrar gruppen.',
    'schema.description.status':
      'Var gruppen står i programmet: applying (ansöker om att gå med), active (antagen), inactive (satt av programteamet när gruppen inte längre uppfyllde programmets villkor; syns inte i förteckningen över grupper), leaving (har bett att få lämna programmet).',
    'schema.description.joined':
      'Datumet då programmet antog gruppen, ÅÅÅÅ-MM-DD. Bara programteamet fyller i det, när gruppen antas; det saknas så länge gruppen ansöker.',
    'schema.description.inactiveSince':
      'Dagen då gruppen blev inaktiv, ÅÅÅÅ-MM-DD: bara med status inactive. Bara programteamet fyller i eller tar bort det, tillsammans med statusen.',
    'schema.description.city':
      'Staden där gruppen håller sina möten (för en onlinegrupp: staden där den har sin bas).',
    'schema.description.country': 'Landet, som en ISO 3166-1 alpha-2-kod med versaler.',
    'schema.description.location':
      'Var gruppen håller sina möten, när registrets ortlista (GeoNames-orter med minst 1 000 invånare) inte känner till orten: latitud och longitud i grader.',
    'schema.description.location.lat': 'Grader norr om ekvatorn; söder är negativt.',
    'schema.description.location.lon': 'Grader öster om Greenwich; väster är negativt.',
    'schema.description.timezone': 'Gruppens tidszon, till exempel Europe/Stockholm.',
    'schema.description.language':
      'Språket som registrets automatisering skriver till gruppen på, som en språkkod, till exempel en, nl eller sv (engelska, nederländska och svenska stöds; andra språk får engelska).',
    'schema.description.website':
      'Gruppens offentliga webbplats eller närvaro på nätet, som även icke-medlemmar kan läsa: en https-URL.',
    'schema.description.codeOfConduct':
      'Gruppens publicerade uppförandekod, lätt att nå från startsidan: en https-URL.',
    'schema.description.feeds':
      "Offentliga iCalendar-flöden med gruppens evenemang (Meetup: https://www.meetup.com/'<'urlname>/events/ical/; Luma och de flesta andra plattformar publicerar också ett). tgr sync läser dem och lägger till nya möten. Valfritt.",
    'schema.description.feeds.item': 'En https-länk till ett offentligt iCalendar-flöde (.ics).',
    'schema.description.fees':
      'Vad medlemmarna betalar för att delta. Programmet tillåter ingen inträdesavgift; kostnader för lokal och mat som delas till självkostnadspris går bra.',
    'schema.description.fees.admission':
      'none (medlemmarna betalar ingenting) eller pass-through (medlemmarna delar på lokalhyra eller andra möteskostnader till självkostnadspris).',
    'schema.description.fees.passThrough':
      'Vilka kostnader medlemmarna delar på; krävs när admission är pass-through.',
    'schema.description.leader': 'Gruppledaren: gruppens primära kontakt för programmet.',
    'schema.description.coLeader':
      'Den utsedda medledaren: gruppens sekundära kontakt för programmet, så att gruppen aldrig blir utan kontakt när ledarskapet byts.',
    'schema.description.meetups':
      'Gruppens möten, tidigare och planerade. Programmet kräver minst sex Azure-möten under de senaste 12 månaderna, utspridda över året.',
    'schema.description.waivers':
      'Undantag som en förvaltare har beviljat: den angivna regeln tillämpas inte till och med datumet.',
    'schema.description.person': 'En gruppledare eller medledare i gruppen.',
    'schema.description.person.name': 'Fullständigt namn.',
    'schema.description.person.github': 'GitHub-användarnamn, utan @.',
    'schema.description.person.githubId':
      'GitHub-kontots numeriska ID, inte användarnamnet: värdet "id" på https://api.github.com/users/ANVÄNDARNAMN. Det ändras inte när användarnamnet ändras.',
    'schema.description.person.techCommunityId':
      'Användar-ID i Microsoft Tech Community: numret i slutet av profilens URL (…/user-id/123456 → 123456).',
    'schema.description.person.termsAccepted':
      'Datumet då personen godkände ledarvillkoren, ÅÅÅÅ-MM-DD.',
    'schema.description.meetup': 'Ett möte.',
    'schema.description.meetup.date': 'Dagen för mötet, ÅÅÅÅ-MM-DD.',
    'schema.description.meetup.title': 'Mötets titel.',
    'schema.description.meetup.azure':
      'true när mötet handlar om eller rör Azure-produkter och -tjänster.',
    'schema.description.meetup.url': 'Mötets offentliga sida, valfri.',
    'schema.description.meetup.cancelled':
      'true när mötet ställdes in; ett inställt möte räknas aldrig.',
    'schema.description.meetup.uid':
      'Evenemangets UID i gruppens flöde. tgr sync skriver det för att känna igen evenemanget när datum eller titel ändras. Låt det vara som det är.',
    'schema.description.waiver': 'En förvaltares undantag från en regel, till och med ett datum.',
    'schema.description.waiver.rule': 'Id för regeln som undantaget gäller.',
    'schema.description.waiver.reason': 'Varför undantaget beviljades.',
    'schema.description.waiver.until': 'Den sista dagen som undantaget gäller, ÅÅÅÅ-MM-DD.',
    'schema.description.waiver.approvedBy':
      'GitHub-användarnamn för förvaltaren som beviljade undantaget.',
  },
} satisfies Area<typeof en>;
