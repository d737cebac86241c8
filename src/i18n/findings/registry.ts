import type { Area, Catalogue } from './catalogue.js';

/**
 * What registry/language says of every tag it warns about, written once per language and joined
 * at definition time, so each entry below is still one whole message.
 */
const GETS_ENGLISH = {
  en: '"language" is {value}: the registry writes to groups only in English, Dutch or Swedish, so this group gets its messages in English.',
  nl: '"language" is {value}: berichten aan groepen zijn er alleen in het Engels, Nederlands en Zweeds, dus deze groep krijgt ze in het Engels.',
  sv: '"language" är {value}: registret skriver till grupper bara på engelska, nederländska eller svenska, så den här gruppen får sina meddelanden på engelska.',
} as const;

const en = {
  'registry/file-name.missing':
    'The file has no short name (slug). Add "slug: {slug}" at the top: the short name the registry knows the group by, the file name without .yaml.',
  'registry/file-name.number':
    'The short name (slug) must be text, but {slug} is read as a number. Put it in quotes: slug: "{slug}"',
  'registry/file-name.form':
    'The short name (slug) {slug} may only hold lowercase letters, digits and single hyphens, such as "utrecht-azure". Change it, and name the file after it.',
  'registry/file-name.extension':
    'Group files end in .yaml, not .yml. Rename this file to {expected}.',
  'registry/file-name.folder':
    "Group files live in the registry's groups/ folder, named after their short name (slug). Move this file to {expected}.",
  'registry/file-name.differs':
    'The short name (slug) {slug} differs from the file name {file}. Rename the file to {expected}, or change the short name to match the file name.',

  'registry/duplicate.slug':
    'The short name (slug) {value} is already used by {files}. Each group needs its own short name.',
  'registry/duplicate.name':
    'The name {value} is already used by {files}. Each group needs its own name.',
  'registry/duplicate.website':
    'The website {value} is already used by {files}. Each group needs its own website.',
  'registry/duplicate.look-alike':
    "The name {name} looks like {others}. Each group needs a name that cannot be mistaken for another group's.",
  'registry/duplicate.look-alike-characters':
    "The name {name} looks like {others}. {invisible, select, all {These characters in it cannot be seen} some {These characters in it look like other letters or cannot be seen} other {These characters in it look like other letters}}: {characters}. {invisible, select, all {Delete them.} some {Replace the look-alikes with ordinary letters and delete the invisible ones.} other {Replace them with the ordinary letters they look like.}} Each group needs a name that cannot be mistaken for another group's.",
  'registry/duplicate.name-in': '{name} in {file}',
  'registry/duplicate.more-characters': '{count} more',
  'registry/duplicate.character':
    '{character} ({kind, select, cyrillic {Cyrillic} greek {Greek} invisible {invisible} other {not a plain letter}}, {code})',
  'registry/duplicate.two-ids':
    '{person} has Tech Community user ID {id} here but {other} as {role, select, leader {leader} other {co-leader}} in {file}. One person has one ID: correct the one that is wrong.',
  'registry/duplicate.two-logins':
    'Tech Community user ID {id} belongs to {person} here but to {other} in {file}. Each person has their own ID: check which one is right.',

  'registry/joined.missing':
    'The group\'s status is {status}, so the program has admitted it, but "joined" {written, select, empty {is empty} other {is missing}}. "joined" is the date the program admitted the group, YYYY-MM-DD, and only the program team sets it: ask a maintainer to add it. A group that has not been admitted yet has "status: applying" and no "joined".',
  'registry/joined.empty':
    '"joined" is empty. Remove the line: the program team adds the date it admitted the group when it admits it.',
  'registry/joined.not-a-date':
    '"joined" must be the date the program admitted the group, written YYYY-MM-DD and existing on the calendar; it is {value}. Only the program team sets it.',
  'registry/joined.future':
    '"joined" is {joined}, which is after today ({today, date, long}). It is the date the program admitted the group, so it cannot be in the future, and only the program team sets it: write the date the program admitted the group, or leave "joined" out while the group is applying.',

  'registry/language.unsupported': `${GETS_ENGLISH.en} To choose, write "language: en", "language: nl" or "language: sv".`,
  'registry/language.written-otherwise': `${GETS_ENGLISH.en} To get {meant, select, nl {Dutch} sv {Swedish} other {{meant}}}, write "language: {meant}".`,

  'registry/location.unknown':
    'The registry cannot place the city {city} in {country}: it is not among the places of 1,000 people or more whose English, Dutch or Swedish names it knows (GeoNames). Check the spelling and the country; if both are right, add "location" with the place\'s "lat" and "lon" in degrees (for Utrecht: lat 52.09, lon 5.12). Until then the group is not on the map.',

  'registry/nearby.group':
    'The active group {name} meets in {city}, {km, plural, =0 {the same place as this group} other {# km from here}}. Groups this close share members and speakers: the leaders may want to talk to each other before this group joins.',
} as const satisfies Catalogue;

export const registry = {
  en,
  nl: {
    'registry/file-name.missing':
      'Het bestand heeft geen korte naam (slug). Voeg bovenaan "slug: {slug}" toe: de korte naam waaronder het register de groep kent, gelijk aan de bestandsnaam zonder .yaml.',
    'registry/file-name.number':
      'De korte naam (slug) moet tekst zijn, maar {slug} wordt als getal gelezen. Zet die tussen aanhalingstekens: slug: "{slug}"',
    'registry/file-name.form':
      'De korte naam (slug) {slug} mag alleen kleine letters, cijfers en losse koppeltekens bevatten, zoals "utrecht-azure". Pas die aan en geef het bestand dezelfde naam.',
    'registry/file-name.extension':
      'Groepsbestanden eindigen op .yaml, niet op .yml. Hernoem dit bestand naar {expected}.',
    'registry/file-name.folder':
      'Groepsbestanden staan in de map groups/ van het register, met hun korte naam (slug) als bestandsnaam. Verplaats dit bestand naar {expected}.',
    'registry/file-name.differs':
      'De korte naam (slug) {slug} verschilt van de bestandsnaam {file}. Hernoem het bestand naar {expected}, of maak de korte naam gelijk aan de bestandsnaam.',

    'registry/duplicate.slug':
      'De korte naam (slug) {value} wordt al gebruikt door {files}. Elke groep heeft een eigen korte naam nodig.',
    'registry/duplicate.name':
      'De naam {value} wordt al gebruikt door {files}. Elke groep heeft een eigen naam nodig.',
    'registry/duplicate.website':
      'De website {value} wordt al gebruikt door {files}. Elke groep heeft een eigen website nodig.',
    'registry/duplicate.look-alike':
      'De naam {name} lijkt op {others}. Elke groep heeft een naam nodig die niet te verwarren is met die van een andere groep.',
    'registry/duplicate.look-alike-characters':
      'De naam {name} lijkt op {others}. {invisible, select, all {Deze tekens in de naam zijn onzichtbaar} some {Deze tekens in de naam lijken op andere letters of zijn onzichtbaar} other {Deze tekens in de naam lijken op andere letters}}: {characters}. {invisible, select, all {Verwijder ze.} some {Vervang de tekens die op letters lijken door gewone letters en verwijder de onzichtbare.} other {Vervang ze door de gewone letters waarop ze lijken.}} Elke groep heeft een naam nodig die niet te verwarren is met die van een andere groep.',
    'registry/duplicate.name-in': '{name} in {file}',
    'registry/duplicate.more-characters': 'nog {count}',
    'registry/duplicate.character':
      '{character} ({kind, select, cyrillic {Cyrillisch} greek {Grieks} invisible {onzichtbaar} other {geen gewone letter}}, {code})',
    'registry/duplicate.two-ids':
      '{person} heeft hier Tech Community-gebruikers-id {id}, maar {other} als {role, select, leader {groepsleider} other {co-leider}} in {file}. Eén persoon heeft één gebruikers-id: corrigeer de id die niet klopt.',
    'registry/duplicate.two-logins':
      'Tech Community-gebruikers-id {id} hoort hier bij {person}, maar bij {other} in {file}. Elke persoon heeft een eigen gebruikers-id: controleer welke juist is.',

    'registry/joined.missing':
      'De status van de groep is {status}, dus het programma heeft de groep toegelaten, maar "joined" {written, select, empty {is leeg} other {ontbreekt}}. "joined" is de datum waarop het programma de groep heeft toegelaten, JJJJ-MM-DD, en alleen het programmateam vult die in: vraag een beheerder om die toe te voegen. Een groep die nog niet is toegelaten, heeft "status: applying" en geen "joined".',
    'registry/joined.empty':
      '"joined" is leeg. Verwijder de regel: het programmateam vult de datum van toelating in wanneer het de groep toelaat.',
    'registry/joined.not-a-date':
      '"joined" moet de datum zijn waarop het programma de groep heeft toegelaten: een bestaande datum, geschreven als JJJJ-MM-DD; er staat {value}. Alleen het programmateam vult die in.',
    'registry/joined.future':
      '"joined" is {joined}, en dat is na vandaag ({today, date, long}). Het is de datum waarop het programma de groep heeft toegelaten, dus die kan niet in de toekomst liggen, en alleen het programmateam vult die in: schrijf de datum waarop het programma de groep heeft toegelaten, of laat "joined" weg zolang de aanvraag van de groep loopt.',

    'registry/language.unsupported': `${GETS_ENGLISH.nl} Schrijf "language: en", "language: nl" of "language: sv" om te kiezen.`,
    'registry/language.written-otherwise': `${GETS_ENGLISH.nl} Schrijf "language: {meant}" om {meant, select, nl {Nederlands} sv {Zweeds} other {{meant}}} te krijgen.`,

    'registry/location.unknown':
      'Het register kan de plaats {city} in {country} niet vinden: die staat niet bij de plaatsen met 1.000 inwoners of meer waarvan het de Engelse, Nederlandse of Zweedse naam kent (GeoNames). Controleer de spelling en het land. Kloppen beide, voeg dan "location" toe met de "lat" en "lon" van de plaats in graden (voor Utrecht: lat 52.09, lon 5.12). Tot dan staat de groep niet op de kaart.',

    'registry/nearby.group':
      'De actieve groep {name} komt samen in {city}, {km, plural, =0 {dezelfde plaats als deze groep} other {# km hiervandaan}}. Groepen zo dicht bij elkaar delen leden en sprekers: de leiders willen misschien met elkaar praten voordat deze groep zich aansluit.',
  },
  sv: {
    'registry/file-name.missing':
      'Filen har inget kortnamn (slug). Lägg till "slug: {slug}" högst upp: kortnamnet som registret känner igen gruppen på, samma som filnamnet utan .yaml.',
    'registry/file-name.number':
      'Kortnamnet (slug) ska vara text, men {slug} läses som ett tal. Sätt det inom citattecken: slug: "{slug}"',
    'registry/file-name.form':
      'Kortnamnet (slug) {slug} får bara innehålla små bokstäver, siffror och enstaka bindestreck, till exempel "utrecht-azure". Ändra det och döp filen efter det.',
    'registry/file-name.extension':
      'Gruppfiler slutar på .yaml, inte .yml. Byt namn på filen till {expected}.',
    'registry/file-name.folder':
      'Gruppfiler ligger i registrets mapp groups/ och har sitt kortnamn (slug) som filnamn. Flytta filen till {expected}.',
    'registry/file-name.differs':
      'Kortnamnet (slug) {slug} skiljer sig från filnamnet {file}. Byt namn på filen till {expected}, eller ändra kortnamnet så att det stämmer med filnamnet.',

    'registry/duplicate.slug':
      'Kortnamnet (slug) {value} används redan av {files}. Varje grupp behöver ett eget kortnamn.',
    'registry/duplicate.name':
      'Namnet {value} används redan av {files}. Varje grupp behöver ett eget namn.',
    'registry/duplicate.website':
      'Webbplatsen {value} används redan av {files}. Varje grupp behöver en egen webbplats.',
    'registry/duplicate.look-alike':
      'Namnet {name} liknar {others}. Varje grupp behöver ett namn som inte kan förväxlas med en annan grupps.',
    'registry/duplicate.look-alike-characters':
      'Namnet {name} liknar {others}. {invisible, select, all {Dessa tecken i namnet är osynliga} some {Dessa tecken i namnet liknar andra bokstäver eller är osynliga} other {Dessa tecken i namnet liknar andra bokstäver}}: {characters}. {invisible, select, all {Ta bort dem.} some {Byt ut tecknen som liknar bokstäver mot vanliga bokstäver och ta bort de osynliga.} other {Byt ut dem mot de vanliga bokstäver de liknar.}} Varje grupp behöver ett namn som inte kan förväxlas med en annan grupps.',
    'registry/duplicate.name-in': '{name} i {file}',
    'registry/duplicate.more-characters': '{count} till',
    'registry/duplicate.character':
      '{character} ({kind, select, cyrillic {kyrilliskt} greek {grekiskt} invisible {osynligt} other {ingen vanlig bokstav}}, {code})',
    'registry/duplicate.two-ids':
      '{person} har Tech Community-användar-ID {id} här men {other} som {role, select, leader {gruppledare} other {medledare}} i {file}. En person har ett enda användar-ID: rätta det som är fel.',
    'registry/duplicate.two-logins':
      'Tech Community-användar-ID {id} tillhör {person} här men {other} i {file}. Varje person har ett eget användar-ID: kontrollera vilket som är rätt.',

    'registry/joined.missing':
      'Gruppens status är {status}, så programmet har antagit den, men "joined" {written, select, empty {är tomt} other {saknas}}. "joined" är datumet då programmet antog gruppen, ÅÅÅÅ-MM-DD, och bara programteamet anger det: be en förvaltare att lägga till det. En grupp som ännu inte har antagits har "status: applying" och inget "joined".',
    'registry/joined.empty':
      '"joined" är tomt. Ta bort raden: programteamet lägger till datumet när det antar gruppen.',
    'registry/joined.not-a-date':
      '"joined" ska vara datumet då programmet antog gruppen: ett datum som finns, skrivet ÅÅÅÅ-MM-DD; nu står det {value}. Bara programteamet anger det.',
    'registry/joined.future':
      '"joined" är {joined}, vilket är efter i dag ({today, date, long}). Det är datumet då programmet antog gruppen, så det kan inte ligga i framtiden, och bara programteamet anger det: skriv datumet då programmet antog gruppen, eller ta bort "joined" så länge ansökan pågår.',

    'registry/language.unsupported': `${GETS_ENGLISH.sv} Välj genom att skriva "language: en", "language: nl" eller "language: sv".`,
    'registry/language.written-otherwise': `${GETS_ENGLISH.sv} Skriv "language: {meant}" för att få {meant, select, nl {nederländska} sv {svenska} other {{meant}}}.`,

    'registry/location.unknown':
      'Registret kan inte hitta orten {city} i {country}: den finns inte bland de orter med minst 1 000 invånare vars engelska, nederländska eller svenska namn registret känner till (GeoNames). Kontrollera stavningen och landet. Om båda stämmer lägger du till "location" med ortens "lat" och "lon" i grader (för Uppsala: lat 59.86, lon 17.64). Till dess syns gruppen inte på kartan.',

    'registry/nearby.group':
      'Den aktiva gruppen {name} håller sina möten i {city}, {km, plural, =0 {samma ort som den här gruppen} other {# km härifrån}}. Grupper så nära varandra delar medlemmar och talare: ledarna kanske vill prata med varandra innan den här gruppen går med.',
  },
} satisfies Area<typeof en>;
