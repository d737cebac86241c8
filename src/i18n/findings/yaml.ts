import type { Area, Catalogue } from './catalogue.js';

/**
 * The loader's messages, which the `yaml` rule reports: a file that is not a regular file, not
 * UTF-8 text, not YAML, or not one mapping. Most explain one of js-yaml's errors (see
 * src/yaml/errors.ts); a `{fix}` is the leader's own line as it should be written, and stays
 * as it is in every language, like field names and YAML syntax.
 */
const en = {
  'yaml.not-regular-file':
    '{path} {kind, select, symlink {is a symbolic link} submodule {is a Git submodule} other {is a folder or a special file (a named pipe, socket or device)}}; a group file must be a regular file ({kind, select, symlink {replace the link with the file itself} submodule {replace the submodule with the file itself} other {put the group file itself at this path}}).',
  'yaml.too-large':
    "The file is {size, number} bytes; {kind, select, policy {a policy file may be at most {limit, number} bytes (1 MB).} other {a group file may be at most {limit, number} bytes (1 MB). Keep only the group's own details and meetups in it.}}",
  'yaml.not-utf8':
    'Your editor saved this file in an encoding YAML cannot read. Save it again as UTF-8 text (in most editors: "Save with encoding" → UTF-8).',
  'yaml.empty':
    "The file is empty. {kind, select, policy {Remove it to use the defaults, or set the fields to change.} other {Start from an example in groups/, or create a complete group file with `npx tgr new utrecht-azure` (the group's short name, its slug).}}",
  'yaml.several-documents':
    'The file holds more than one YAML document (a second `---`, or text after `...`). Keep one document per file.',
  'yaml.not-a-mapping':
    'The file must consist of fields (slug:, name:, leader:, …), but it is {found, select, list {a list} string {a single piece of text} number {a single number} boolean {a single yes/no value} other {a single value ({found})}}. Write one "field: value" per line at the top level.',
  'yaml.unreadable':
    "YAML cannot read this file. Check that it is the group file, saved as text. The YAML reader's own message: `{error}`",
  'yaml.invalid':
    "YAML cannot read the file from here on. Check the indentation and the quotes on this line and the one before. The YAML reader's own message: `{reason}`",
  'yaml.directive':
    'A line that starts with "%" before the fields is read by YAML as an instruction to itself (a directive). Group files need none: remove this line.',
  'yaml.duplicate-key':
    'The field {key} appears twice {within, select, top {at the top level of the file} item {in {place}} other {under {place}}}: first on line {line}, again here. Keep one of them and delete the other.',
  'yaml.duplicate-key-here':
    'This field appears twice in the same place. Keep one of them and delete the other.',
  'yaml.alias':
    'A value here starts with "*", which YAML reads as a reference to another value (an alias). Group files do not use these: write the value out in full.',
  'yaml.alias-text':
    'A value here starts with "*", which YAML reads as a reference to another value (an alias). If the value is text, put it in quotes: {fix}',
  'yaml.too-deep':
    'The file is nested more than {max} levels deep. A group file needs at most four levels; check the indentation.',
  'yaml.tab':
    'Tab characters are used for indentation here. YAML needs spaces: replace each tab with spaces.',
  'yaml.complex-key':
    'A field name here is a list or a group of fields; field names must be plain words such as "name".',
  'yaml.tag':
    'A value here starts with "!", which YAML reads as a note on the kind of value (a tag). Group files do not use these: remove the "!" and the letters right after it.',
  'yaml.tag-text':
    'A value here starts with "!", which YAML reads as a note on the kind of value (a tag). If the value is text, put it in quotes: {fix}; otherwise remove the "!" and the letters right after it.',
  'yaml.null-byte':
    'The file holds an invisible empty character (a null byte) here. Delete it. If the file is full of them, your editor saved it in another encoding: save it again as UTF-8 text.',
  'yaml.control-character':
    'The file holds an invisible control character here, which YAML does not allow. Delete it; if you cannot see it, type this value again.',
  'yaml.list-item-out-of-line':
    'This list item is not lined up with the items above it. Start each "- " of a list at the same column, with spaces.',
  'yaml.not-lined-up':
    'This line is not lined up with the fields around it. Indent it with spaces exactly as far as the other fields of its group.',
  'yaml.not-lined-up-columns':
    'This line is not lined up with the fields around it. Indent it with spaces exactly as far as the other fields of its group. It starts at column {column}, the line above at column {above}.',
  'yaml.not-lined-up-quotes':
    'This line is not lined up with the fields around it. Indent it with spaces exactly as far as the other fields of its group. A value with special characters can be put in quotes.',
  'yaml.not-readable':
    'YAML cannot read this line as part of the file above it. Check it and the line before: each field is written "name: value", with a space after the colon.',
  'yaml.not-readable-quotes':
    'YAML cannot read this line as part of the file above it. Check it and the line before: each field is written "name: value", with a space after the colon. A value with special characters can be put in quotes.',
  'yaml.no-space-after-colon':
    'There is no space after the colon in {written}, so YAML does not read it as a field. Write a space after the colon: {fix}',
  'yaml.no-space': 'Put a space after the colon: "name: value".',
  'yaml.no-colon':
    'Line {line} ({text}) has no colon{comment, select, yes { before its comment (a " #" starts one)} other {}}, so YAML cannot read it as a field. Write it as "name: value", or remove it.',
  'yaml.expected-colon':
    'YAML expected ": " after the field name on this line. Write it as "name: value", with a space after the colon (a " #" starts a comment, even inside a name).',
  'yaml.escape':
    'Between double quotes, a backslash (\\) starts a special code, such as \\n for a new line. Put this value between single quotes instead: there a backslash is an ordinary character.',
  'yaml.block-value':
    'A value that starts with "{sign}" is a block of text that starts on the next line. For a value on one line, put it in quotes: {fix}',
  'yaml.block-marker':
    'YAML reads "{sign}" here as the start of a block of text, which must begin on the next line. Remove it, or put the value in quotes.',
  'yaml.star':
    'YAML reads "*" here as a reference to another value (an alias). Write list items with "- ", and put a value that starts with "*" in quotes.',
  'yaml.anchor':
    'YAML reads "&" here as a name given to the value (an anchor). Put a value that starts with "&" in quotes.',
  'yaml.value-quote-ends-early':
    'The value of {field} starts with a quote that ends before the value does, so YAML cannot read the rest. {advice}',
  'yaml.value-flow':
    'The value of {field} starts with "{first}", which YAML reads as the start of a {kind, select, list {list} other {group of fields}} written on one line. {advice}',
  'yaml.value-reserved':
    'The value of {field} starts with "{first}", which has a meaning of its own in YAML at the start of a value. {advice}',
  'yaml.value-colon':
    'The value of {field} {colon, select, end {ends with ":"} other {holds ": "}}, which YAML reads as the start of another field on the same line. {advice}',
  'yaml.value-unreadable': 'YAML cannot read the value of {field} as it is written. {advice}',
  'yaml.quote-value': 'Put the whole value in quotes: {fix}',
  'yaml.quote-value-long': 'Put the whole value in quotes.',
  'yaml.unclosed-quote':
    '{of, select, item {This value} other {The value of {field}}} opens a quote ({opener}) that is never closed, so YAML reads on into the lines below. Close the quote at the end of the value.',
  'yaml.unclosed-flow':
    '{of, select, item {This value} other {The value of {field}}} starts with "{opener}", which YAML reads as a {kind, select, list {list} other {group of fields}} written on one line, and it is never closed with "{closer}". If the value is text, put it in quotes: {fix}',
} as const satisfies Catalogue;

export const yaml = {
  en,
  nl: {
    'yaml.not-regular-file':
      '{path} {kind, select, symlink {is een symbolische koppeling} submodule {is een Git-submodule} other {is een map of een speciaal systeembestand}}; een groepsbestand moet een gewoon bestand zijn ({kind, select, symlink {vervang de koppeling door het bestand zelf} submodule {vervang de submodule door het bestand zelf} other {zet het groepsbestand zelf op deze plek}}).',
    'yaml.too-large':
      'Het bestand is {size, number} bytes; {kind, select, policy {een beleidsbestand mag hoogstens {limit, number} bytes (1 MB) groot zijn.} other {een groepsbestand mag hoogstens {limit, number} bytes (1 MB) groot zijn. Zet er alleen de eigen gegevens en meetups van de groep in.}}',
    'yaml.not-utf8':
      'Je editor heeft dit bestand opgeslagen in een tekenset die YAML niet kan lezen. Sla het opnieuw op als UTF-8-tekst (in de meeste editors: "Opslaan met codering" → UTF-8).',
    'yaml.empty':
      'Het bestand is leeg. {kind, select, policy {Verwijder het om de standaardwaarden te gebruiken, of vul de velden in die je wilt wijzigen.} other {Begin met een voorbeeld uit groups/, of maak een volledig groepsbestand met `npx tgr new utrecht-azure` (de korte naam van de groep).}}',
    'yaml.several-documents':
      'Het bestand bevat meer dan één YAML-document (een tweede `---`, of tekst na `...`). Houd het bij één document per bestand.',
    'yaml.not-a-mapping':
      'Het bestand moet uit velden bestaan (slug:, name:, leader:, …), maar het is {found, select, list {een lijst} string {één losse tekst} number {één los getal} boolean {één losse ja/nee-waarde} other {één losse waarde ({found})}}. Schrijf op het hoogste niveau één "veld: waarde" per regel.',
    'yaml.unreadable':
      'YAML kan dit bestand niet lezen. Controleer of het het groepsbestand is, opgeslagen als tekst. De melding van de YAML-lezer (in het Engels): `{error}`',
    'yaml.invalid':
      'YAML kan het bestand vanaf hier niet lezen. Controleer het inspringen en de aanhalingstekens op deze regel en de regel ervoor. De melding van de YAML-lezer (in het Engels): `{reason}`',
    'yaml.directive':
      'Een regel die vóór de velden met "%" begint, leest YAML als een instructie voor zichzelf. Groepsbestanden hebben die niet nodig: verwijder deze regel.',
    'yaml.duplicate-key':
      'Het veld {key} staat twee keer {within, select, top {op het hoogste niveau van het bestand} item {in {place}} other {onder {place}}}: eerst op regel {line}, en hier opnieuw. Houd er één van over en verwijder de andere.',
    'yaml.duplicate-key-here':
      'Dit veld staat twee keer op dezelfde plek. Houd er één van over en verwijder de andere.',
    'yaml.alias':
      'Een waarde op deze plek begint met "*", wat YAML leest als een verwijzing naar een andere waarde. Groepsbestanden gebruiken die niet: schrijf de waarde volledig uit.',
    'yaml.alias-text':
      'Een waarde op deze plek begint met "*", wat YAML leest als een verwijzing naar een andere waarde. Is de waarde tekst, zet die dan tussen aanhalingstekens: {fix}',
    'yaml.too-deep':
      'Het bestand is meer dan {max} niveaus diep genest. Een groepsbestand heeft hoogstens vier niveaus nodig; controleer het inspringen.',
    'yaml.tab':
      'Hier wordt met tabs ingesprongen. YAML vraagt om spaties: vervang elke tab door spaties.',
    'yaml.complex-key':
      'Een veldnaam op deze plek is een lijst of een groep velden; veldnamen moeten gewone woorden zijn, zoals "name".',
    'yaml.tag':
      'Een waarde op deze plek begint met "!", wat YAML leest als een aanduiding van het soort waarde. Groepsbestanden gebruiken die niet: verwijder de "!" en de letters direct erna.',
    'yaml.tag-text':
      'Een waarde op deze plek begint met "!", wat YAML leest als een aanduiding van het soort waarde. Is de waarde tekst, zet die dan tussen aanhalingstekens: {fix}; verwijder anders de "!" en de letters direct erna.',
    'yaml.null-byte':
      'Het bestand bevat hier een onzichtbaar leeg teken (een nulbyte). Verwijder het. Staat het bestand er vol mee, dan heeft je editor het in een andere tekenset opgeslagen: sla het opnieuw op als UTF-8-tekst.',
    'yaml.control-character':
      'Het bestand bevat hier een onzichtbaar stuurteken, en dat staat YAML niet toe. Verwijder het; zie je het niet, typ deze waarde dan opnieuw.',
    'yaml.list-item-out-of-line':
      'Dit lijstitem staat niet in lijn met de items erboven. Begin elke "- " van een lijst in dezelfde kolom, met spaties.',
    'yaml.not-lined-up':
      'Deze regel staat niet in lijn met de velden eromheen. Spring hem met spaties precies even ver in als de andere velden van dezelfde groep.',
    'yaml.not-lined-up-columns':
      'Deze regel staat niet in lijn met de velden eromheen. Spring hem met spaties precies even ver in als de andere velden van dezelfde groep. Hij begint in kolom {column}, de regel erboven in kolom {above}.',
    'yaml.not-lined-up-quotes':
      'Deze regel staat niet in lijn met de velden eromheen. Spring hem met spaties precies even ver in als de andere velden van dezelfde groep. Een waarde met speciale tekens kun je tussen aanhalingstekens zetten.',
    'yaml.not-readable':
      'YAML kan deze regel niet lezen als deel van het bestand erboven. Controleer hem en de regel ervoor: je schrijft elk veld als "naam: waarde", met een spatie na de dubbele punt.',
    'yaml.not-readable-quotes':
      'YAML kan deze regel niet lezen als deel van het bestand erboven. Controleer hem en de regel ervoor: je schrijft elk veld als "naam: waarde", met een spatie na de dubbele punt. Een waarde met speciale tekens kun je tussen aanhalingstekens zetten.',
    'yaml.no-space-after-colon':
      'Er staat geen spatie na de dubbele punt in {written}, dus YAML leest het niet als een veld. Zet een spatie na de dubbele punt: {fix}',
    'yaml.no-space': 'Zet een spatie na de dubbele punt: "naam: waarde".',
    'yaml.no-colon':
      'Regel {line} ({text}) heeft geen dubbele punt{comment, select, yes { vóór het commentaar (een " #" begint commentaar)} other {}}, dus YAML kan hem niet als veld lezen. Schrijf hem als "naam: waarde", of verwijder hem.',
    'yaml.expected-colon':
      'YAML verwachtte ": " na de veldnaam op deze regel. Schrijf hem als "naam: waarde", met een spatie na de dubbele punt (een " #" begint commentaar, zelfs midden in een naam).',
    'yaml.escape':
      'Tussen dubbele aanhalingstekens begint een backslash (\\) een speciale code, zoals \\n voor een nieuwe regel. Zet deze waarde liever tussen enkele aanhalingstekens: daar is een backslash een gewoon teken.',
    'yaml.block-value':
      'Een waarde die met "{sign}" begint, is een tekstblok dat op de volgende regel begint. Wil je de waarde op één regel, zet hem dan tussen aanhalingstekens: {fix}',
    'yaml.block-marker':
      'YAML leest "{sign}" hier als het begin van een tekstblok, dat op de volgende regel moet beginnen. Verwijder het, of zet de waarde tussen aanhalingstekens.',
    'yaml.star':
      'YAML leest "*" hier als een verwijzing naar een andere waarde. Schrijf lijstitems met "- ", en zet een waarde die met "*" begint tussen aanhalingstekens.',
    'yaml.anchor':
      'YAML leest "&" hier als een naam voor de waarde. Zet een waarde die met "&" begint tussen aanhalingstekens.',
    'yaml.value-quote-ends-early':
      'De waarde van {field} begint met een aanhalingsteken dat eindigt voordat de waarde ophoudt, dus YAML kan de rest niet lezen. {advice}',
    'yaml.value-flow':
      'De waarde van {field} begint met "{first}", wat YAML leest als het begin van {kind, select, list {een lijst} other {een groep velden}} op één regel. {advice}',
    'yaml.value-reserved':
      'De waarde van {field} begint met "{first}", dat in YAML aan het begin van een waarde een eigen betekenis heeft. {advice}',
    'yaml.value-colon':
      'De waarde van {field} {colon, select, end {eindigt op ":"} other {bevat ": "}}, wat YAML leest als het begin van een volgend veld op dezelfde regel. {advice}',
    'yaml.value-unreadable':
      'YAML kan de waarde van {field} niet lezen zoals die er staat. {advice}',
    'yaml.quote-value': 'Zet de hele waarde tussen aanhalingstekens: {fix}',
    'yaml.quote-value-long': 'Zet de hele waarde tussen aanhalingstekens.',
    'yaml.unclosed-quote':
      '{of, select, item {Deze waarde} other {De waarde van {field}}} opent een aanhalingsteken ({opener}) dat nergens wordt gesloten, dus YAML leest door in de regels eronder. Sluit het aanhalingsteken aan het eind van de waarde.',
    'yaml.unclosed-flow':
      '{of, select, item {Deze waarde} other {De waarde van {field}}} begint met "{opener}", wat YAML leest als {kind, select, list {een lijst} other {een groep velden}} op één regel, en die wordt nergens gesloten met "{closer}". Is de waarde tekst, zet die dan tussen aanhalingstekens: {fix}',
  },
  sv: {
    'yaml.not-regular-file':
      '{path} {kind, select, symlink {är en symbolisk länk} submodule {är en Git-undermodul} other {är en mapp eller en särskild systemfil}}; en gruppfil måste vara en vanlig fil ({kind, select, symlink {ersätt länken med själva filen} submodule {ersätt undermodulen med själva filen} other {lägg själva gruppfilen på den här platsen}}).',
    'yaml.too-large':
      'Filen är {size, number} byte; {kind, select, policy {en policyfil får vara högst {limit, number} byte (1 MB).} other {en gruppfil får vara högst {limit, number} byte (1 MB). Ha bara gruppens egna uppgifter och möten i den.}}',
    'yaml.not-utf8':
      'Din redigerare har sparat filen med en teckenkodning som YAML inte kan läsa. Spara den igen som UTF-8-text (i de flesta redigerare: "Spara med kodning" → UTF-8).',
    'yaml.empty':
      'Filen är tom. {kind, select, policy {Ta bort den för att använda standardvärdena, eller ange de fält du vill ändra.} other {Utgå från ett exempel i groups/, eller skapa en komplett gruppfil med `npx tgr new goteborg-azure` (gruppens kortnamn).}}',
    'yaml.several-documents':
      'Filen innehåller mer än ett YAML-dokument (en andra `---`, eller text efter `...`). Behåll bara ett dokument per fil.',
    'yaml.not-a-mapping':
      'Filen måste bestå av fält (slug:, name:, leader:, …), men den är {found, select, list {en lista} string {ett ensamt textvärde} number {ett ensamt tal} boolean {ett ensamt ja/nej-värde} other {ett ensamt värde ({found})}}. Skriv ett "fält: värde" per rad på översta nivån.',
    'yaml.unreadable':
      'YAML kan inte läsa filen. Kontrollera att det är gruppfilen, sparad som text. YAML-läsarens eget meddelande (på engelska): `{error}`',
    'yaml.invalid':
      'YAML kan inte läsa filen härifrån. Kontrollera indraget och citattecknen på den här raden och raden före. YAML-läsarens eget meddelande (på engelska): `{reason}`',
    'yaml.directive':
      'En rad som börjar med "%" före fälten läser YAML som en instruktion till sig själv. Gruppfiler behöver inga sådana: ta bort raden.',
    'yaml.duplicate-key':
      'Fältet {key} förekommer två gånger {within, select, top {på översta nivån i filen} item {i {place}} other {under {place}}}: först på rad {line}, och här igen. Behåll ett av dem och ta bort det andra.',
    'yaml.duplicate-key-here':
      'Det här fältet förekommer två gånger på samma ställe. Behåll ett av dem och ta bort det andra.',
    'yaml.alias':
      'Ett värde här börjar med "*", vilket YAML läser som en hänvisning till ett annat värde. Gruppfiler använder inte sådana: skriv ut hela värdet.',
    'yaml.alias-text':
      'Ett värde här börjar med "*", vilket YAML läser som en hänvisning till ett annat värde. Om värdet är text, sätt det inom citattecken: {fix}',
    'yaml.too-deep':
      'Filen har fler än {max} nivåer inuti varandra. En gruppfil behöver högst fyra nivåer; kontrollera indraget.',
    'yaml.tab':
      'Här används tabbtecken för indrag. YAML kräver mellanslag: ersätt varje tabb med mellanslag.',
    'yaml.complex-key':
      'Ett fältnamn här är en lista eller en grupp fält; fältnamn måste vara vanliga ord, som "name".',
    'yaml.tag':
      'Ett värde här börjar med "!", vilket YAML läser som en uppgift om vilken sorts värde det är. Gruppfiler använder inte sådana: ta bort "!" och bokstäverna direkt efter.',
    'yaml.tag-text':
      'Ett värde här börjar med "!", vilket YAML läser som en uppgift om vilken sorts värde det är. Om värdet är text, sätt det inom citattecken: {fix}; annars tar du bort "!" och bokstäverna direkt efter.',
    'yaml.null-byte':
      'Filen innehåller här ett osynligt tomt tecken (en nollbyte). Ta bort det. Är filen full av sådana har din redigerare sparat den med en annan teckenkodning: spara den igen som UTF-8-text.',
    'yaml.control-character':
      'Filen innehåller här ett osynligt styrtecken, som YAML inte tillåter. Ta bort det; om du inte ser det, skriv in värdet igen.',
    'yaml.list-item-out-of-line':
      'Det här listelementet står inte i linje med elementen ovanför. Börja varje "- " i en lista i samma kolumn, med mellanslag.',
    'yaml.not-lined-up':
      'Den här raden står inte i linje med fälten runt omkring. Dra in den med mellanslag exakt lika långt som de andra fälten i samma grupp.',
    'yaml.not-lined-up-columns':
      'Den här raden står inte i linje med fälten runt omkring. Dra in den med mellanslag exakt lika långt som de andra fälten i samma grupp. Den börjar i kolumn {column}, raden ovanför i kolumn {above}.',
    'yaml.not-lined-up-quotes':
      'Den här raden står inte i linje med fälten runt omkring. Dra in den med mellanslag exakt lika långt som de andra fälten i samma grupp. Ett värde med specialtecken kan sättas inom citattecken.',
    'yaml.not-readable':
      'YAML kan inte läsa den här raden som en del av filen ovanför. Kontrollera den och raden före: varje fält skrivs "namn: värde", med ett mellanslag efter kolonet.',
    'yaml.not-readable-quotes':
      'YAML kan inte läsa den här raden som en del av filen ovanför. Kontrollera den och raden före: varje fält skrivs "namn: värde", med ett mellanslag efter kolonet. Ett värde med specialtecken kan sättas inom citattecken.',
    'yaml.no-space-after-colon':
      'Det finns inget mellanslag efter kolonet i {written}, så YAML läser det inte som ett fält. Skriv ett mellanslag efter kolonet: {fix}',
    'yaml.no-space': 'Skriv ett mellanslag efter kolonet: "namn: värde".',
    'yaml.no-colon':
      'Rad {line} ({text}) har inget kolon{comment, select, yes { före kommentaren (ett " #" inleder en kommentar)} other {}}, så YAML kan inte läsa den som ett fält. Skriv den som "namn: värde", eller ta bort den.',
    'yaml.expected-colon':
      'YAML väntade sig ": " efter fältnamnet på den här raden. Skriv den som "namn: värde", med ett mellanslag efter kolonet (ett " #" inleder en kommentar, även mitt i ett namn).',
    'yaml.escape':
      'Inom dubbla citattecken inleder ett omvänt snedstreck (\\) en särskild kod, till exempel \\n för ny rad. Sätt i stället värdet inom enkla citattecken: där är ett omvänt snedstreck ett vanligt tecken.',
    'yaml.block-value':
      'Ett värde som börjar med "{sign}" är ett textblock som börjar på nästa rad. Vill du ha värdet på en rad, sätt det inom citattecken: {fix}',
    'yaml.block-marker':
      'YAML läser "{sign}" här som början på ett textblock, som måste börja på nästa rad. Ta bort det, eller sätt värdet inom citattecken.',
    'yaml.star':
      'YAML läser "*" här som en hänvisning till ett annat värde. Skriv listelement med "- ", och sätt ett värde som börjar med "*" inom citattecken.',
    'yaml.anchor':
      'YAML läser "&" här som ett namn på värdet. Sätt ett värde som börjar med "&" inom citattecken.',
    'yaml.value-quote-ends-early':
      'Värdet för {field} börjar med ett citattecken som slutar innan värdet gör det, så YAML kan inte läsa resten. {advice}',
    'yaml.value-flow':
      'Värdet för {field} börjar med "{first}", vilket YAML läser som början på {kind, select, list {en lista} other {en grupp fält}} skriven på en rad. {advice}',
    'yaml.value-reserved':
      'Värdet för {field} börjar med "{first}", som har en egen betydelse i YAML i början av ett värde. {advice}',
    'yaml.value-colon':
      'Värdet för {field} {colon, select, end {slutar med ":"} other {innehåller ": "}}, vilket YAML läser som början på ett nytt fält på samma rad. {advice}',
    'yaml.value-unreadable':
      'YAML kan inte läsa värdet för {field} så som det är skrivet. {advice}',
    'yaml.quote-value': 'Sätt hela värdet inom citattecken: {fix}',
    'yaml.quote-value-long': 'Sätt hela värdet inom citattecken.',
    'yaml.unclosed-quote':
      '{of, select, item {Det här värdet} other {Värdet för {field}}} öppnar ett citattecken ({opener}) som aldrig stängs, så YAML läser vidare in i raderna nedanför. Stäng citattecknet i slutet av värdet.',
    'yaml.unclosed-flow':
      '{of, select, item {Det här värdet} other {Värdet för {field}}} börjar med "{opener}", vilket YAML läser som {kind, select, list {en lista} other {en grupp fält}} skriven på en rad, och den stängs aldrig med "{closer}". Om värdet är text, sätt det inom citattecken: {fix}',
  },
} satisfies Area<typeof en>;
