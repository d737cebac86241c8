import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../core/policy.js';
import { evaluate } from '../evaluate/evaluate.js';
import { findingMessage } from '../i18n/findings/index.js';
import { nonRegularGroupFile } from '../load/group-file.js';
import { fileFrom, VALID_GROUP, withField, yaml } from '../../test/support/check.js';
import { ruleTester, type InvalidCase } from '../../test/support/rule-tester.js';

const RULE = 'yaml';

const encoder = new TextEncoder();
const bytesOf = (...parts: Array<string | number[]>): Uint8Array =>
  new Uint8Array(
    parts.flatMap((part) => (typeof part === 'string' ? [...encoder.encode(part)] : part)),
  );

/** VALID_GROUP with a comment after it that makes the file `size` bytes. */
const padded = (size: number): string => {
  const comment = `# ${'x'.repeat(size - VALID_GROUP.length - 3)}\n`;
  return VALID_GROUP + comment;
};

const MB = 1024 * 1024;

/** The message in Dutch and Swedish. */
interface Translations {
  nl: string;
  sv: string;
}

/** A case whose one finding in the whole file is this rule's, at `line`:`column`. */
const only = (
  name: string,
  text: string | Uint8Array,
  [line, column]: readonly [number, number],
  message: string,
  { nl, sv }: Translations,
): InvalidCase => ({
  name,
  text,
  findings: [{ pointer: '', line, column, message, nl, sv }],
  also: [],
});

describe(RULE, () => {
  it('pads a file to exactly 1 MB for the size limit', () => {
    expect(encoder.encode(padded(MB)).byteLength).toBe(MB);
  });

  ruleTester(RULE, {
    valid: [
      { name: 'passes a readable group file', text: VALID_GROUP },
      { name: 'reads a file of exactly 1 MB', text: padded(MB), also: [] },
      {
        name: 'keeps lines and columns right in a file with a byte-order mark and CRLF line ends',
        text: `\uFEFF${withField('status', 'dormant').replaceAll('\n', '\r\n')}`,
        also: [
          {
            rule: 'schema',
            pointer: '/status',
            line: 3,
            column: 9,
            message: '"status" must be applying, active, inactive or leaving; it is "dormant".',
          },
        ],
      },
    ],
    invalid: [
      only(
        'refuses tab indentation, on the line of the tab',
        'slug: example\nname:\n\tfirst: Example\n',
        [3, 1],
        'Tab characters are used for indentation here. YAML needs spaces: replace each tab with spaces.',
        {
          nl: 'Hier wordt met tabs ingesprongen. YAML vraagt om spaties: vervang elke tab door spaties.',
          sv: 'Här används tabbtecken för indrag. YAML kräver mellanslag: ersätt varje tabb med mellanslag.',
        },
      ),
      only(
        'reports a duplicate key on the line of the second key',
        yaml`
          slug: example
          name: Example Azure User Group
          slug: other
        `,
        [3, 1],
        'The field "slug" appears twice at the top level of the file: first on line 1, again here. Keep one of them and delete the other.',
        {
          nl: 'Het veld "slug" staat twee keer op het hoogste niveau van het bestand: eerst op regel 1, en hier opnieuw. Houd er één van over en verwijder de andere.',
          sv: 'Fältet "slug" förekommer två gånger på översta nivån i filen: först på rad 1, och här igen. Behåll ett av dem och ta bort det andra.',
        },
      ),
      only(
        'reports a duplicate key inside a block on the line of the second key',
        VALID_GROUP.replace('  github: annadevries\n', '  github: annadevries\n  github: anna\n'),
        [16, 3],
        'The field "github" appears twice under "leader": first on line 15, again here. Keep one of them and delete the other.',
        {
          nl: 'Het veld "github" staat twee keer onder "leader": eerst op regel 15, en hier opnieuw. Houd er één van over en verwijder de andere.',
          sv: 'Fältet "github" förekommer två gånger under "leader": först på rad 15, och här igen. Behåll ett av dem och ta bort det andra.',
        },
      ),
      ...[
        {
          what: 'a value holding ": "',
          text: withField('name', 'Azure: the good parts'),
          line: 2,
          column: 7,
          message:
            'The value of "name" holds ": ", which YAML reads as the start of another field on the same line. Put the whole value in quotes: name: "Azure: the good parts"',
          nl: 'De waarde van "name" bevat ": ", wat YAML leest als het begin van een volgend veld op dezelfde regel. Zet de hele waarde tussen aanhalingstekens: name: "Azure: the good parts"',
          sv: 'Värdet för "name" innehåller ": ", vilket YAML läser som början på ett nytt fält på samma rad. Sätt hela värdet inom citattecken: name: "Azure: the good parts"',
        },
        {
          what: 'a meetup title holding ": ", with a comment after it',
          text: VALID_GROUP.replace(
            '    title: Landing zones',
            '    title: Landing zones: a tour # 2nd',
          ),
          line: 39,
          column: 12,
          message:
            'The value of "title" holds ": ", which YAML reads as the start of another field on the same line. Put the whole value in quotes: title: "Landing zones: a tour" # 2nd',
          nl: 'De waarde van "title" bevat ": ", wat YAML leest als het begin van een volgend veld op dezelfde regel. Zet de hele waarde tussen aanhalingstekens: title: "Landing zones: a tour" # 2nd',
          sv: 'Värdet för "title" innehåller ": ", vilket YAML läser som början på ett nytt fält på samma rad. Sätt hela värdet inom citattecken: title: "Landing zones: a tour" # 2nd',
        },
        {
          what: 'a value ending in ":"',
          text: withField('city', 'Utrecht:'),
          line: 5,
          column: 7,
          message:
            'The value of "city" ends with ":", which YAML reads as the start of another field on the same line. Put the whole value in quotes: city: "Utrecht:"',
          nl: 'De waarde van "city" eindigt op ":", wat YAML leest als het begin van een volgend veld op dezelfde regel. Zet de hele waarde tussen aanhalingstekens: city: "Utrecht:"',
          sv: 'Värdet för "city" slutar med ":", vilket YAML läser som början på ett nytt fält på samma rad. Sätt hela värdet inom citattecken: city: "Utrecht:"',
        },
        {
          what: 'a duplicate top-level field',
          text: withField('city', 'Utrecht\ncity: Amersfoort'),
          line: 6,
          column: 1,
          message:
            'The field "city" appears twice at the top level of the file: first on line 5, again here. Keep one of them and delete the other.',
          nl: 'Het veld "city" staat twee keer op het hoogste niveau van het bestand: eerst op regel 5, en hier opnieuw. Houd er één van over en verwijder de andere.',
          sv: 'Fältet "city" förekommer två gånger på översta nivån i filen: först på rad 5, och här igen. Behåll ett av dem och ta bort det andra.',
        },
        {
          what: 'a duplicate field of a leader',
          text: VALID_GROUP.replace(
            '  github: annadevries\n',
            '  github: annadevries\n  github: anna\n',
          ),
          line: 16,
          column: 3,
          message:
            'The field "github" appears twice under "leader": first on line 15, again here. Keep one of them and delete the other.',
          nl: 'Het veld "github" staat twee keer onder "leader": eerst op regel 15, en hier opnieuw. Houd er één van over en verwijder de andere.',
          sv: 'Fältet "github" förekommer två gånger under "leader": först på rad 15, och här igen. Behåll ett av dem och ta bort det andra.',
        },
        {
          what: 'a duplicate field of a meetup',
          text: VALID_GROUP.replace(
            '    title: Landing zones\n',
            '    title: Landing zones\n    title: Landing zones 2\n',
          ),
          line: 40,
          column: 5,
          message:
            'The field "title" appears twice in the 5th meetup: first on line 39, again here. Keep one of them and delete the other.',
          nl: 'Het veld "title" staat twee keer in de 5e meetup: eerst op regel 39, en hier opnieuw. Houd er één van over en verwijder de andere.',
          sv: 'Fältet "title" förekommer två gånger i det 5:e mötet: först på rad 39, och här igen. Behåll ett av dem och ta bort det andra.',
        },
        {
          what: 'a duplicate field written once with quotes',
          text: withField('city', 'Utrecht\n"city": Amersfoort'),
          line: 6,
          column: 1,
          message:
            'The field "city" appears twice at the top level of the file: first on line 5, again here. Keep one of them and delete the other.',
          nl: 'Het veld "city" staat twee keer op het hoogste niveau van het bestand: eerst op regel 5, en hier opnieuw. Houd er één van over en verwijder de andere.',
          sv: 'Fältet "city" förekommer två gånger på översta nivån i filen: först på rad 5, och här igen. Behåll ett av dem och ta bort det andra.',
        },
        {
          what: 'a tab for indentation',
          text: VALID_GROUP.replace('  github: annadevries', '\tgithub: annadevries'),
          line: 15,
          column: 1,
          message:
            'Tab characters are used for indentation here. YAML needs spaces: replace each tab with spaces.',
          nl: 'Hier wordt met tabs ingesprongen. YAML vraagt om spaties: vervang elke tab door spaties.',
          sv: 'Här används tabbtecken för indrag. YAML kräver mellanslag: ersätt varje tabb med mellanslag.',
        },
        {
          what: 'an unclosed double quote',
          text: withField('name', '"Example Azure User Group'),
          line: 2,
          column: 7,
          message:
            'The value of "name" opens a quote (") that is never closed, so YAML reads on into the lines below. Close the quote at the end of the value.',
          nl: 'De waarde van "name" opent een aanhalingsteken (") dat nergens wordt gesloten, dus YAML leest door in de regels eronder. Sluit het aanhalingsteken aan het eind van de waarde.',
          sv: 'Värdet för "name" öppnar ett citattecken (") som aldrig stängs, så YAML läser vidare in i raderna nedanför. Stäng citattecknet i slutet av värdet.',
        },
        {
          what: 'an unclosed single quote at the end of the file',
          text: `${VALID_GROUP}waivers:\n  - rule: meetups/minimum\n    reason: 'Flood`,
          line: 46,
          column: 13,
          message:
            'The value of "reason" opens a quote (\') that is never closed, so YAML reads on into the lines below. Close the quote at the end of the value.',
          nl: 'De waarde van "reason" opent een aanhalingsteken (\') dat nergens wordt gesloten, dus YAML leest door in de regels eronder. Sluit het aanhalingsteken aan het eind van de waarde.',
          sv: 'Värdet för "reason" öppnar ett citattecken (\') som aldrig stängs, så YAML läser vidare in i raderna nedanför. Stäng citattecknet i slutet av värdet.',
        },
        {
          what: 'an unclosed list',
          text: withField('city', '[Utrecht, Amersfoort'),
          line: 5,
          column: 7,
          message:
            'The value of "city" starts with "[", which YAML reads as a list written on one line, and it is never closed with "]". If the value is text, put it in quotes: city: "[Utrecht, Amersfoort"',
          nl: 'De waarde van "city" begint met "[", wat YAML leest als een lijst op één regel, en die wordt nergens gesloten met "]". Is de waarde tekst, zet die dan tussen aanhalingstekens: city: "[Utrecht, Amersfoort"',
          sv: 'Värdet för "city" börjar med "[", vilket YAML läser som en lista skriven på en rad, och den stängs aldrig med "]". Om värdet är text, sätt det inom citattecken: city: "[Utrecht, Amersfoort"',
        },
        {
          what: 'text after a closing quote',
          text: withField('name', '"Example" Azure User Group'),
          line: 2,
          column: 7,
          message:
            'The value of "name" starts with a quote that ends before the value does, so YAML cannot read the rest. Put the whole value in quotes: name: \'"Example" Azure User Group\'',
          nl: 'De waarde van "name" begint met een aanhalingsteken dat eindigt voordat de waarde ophoudt, dus YAML kan de rest niet lezen. Zet de hele waarde tussen aanhalingstekens: name: \'"Example" Azure User Group\'',
          sv: 'Värdet för "name" börjar med ett citattecken som slutar innan värdet gör det, så YAML kan inte läsa resten. Sätt hela värdet inom citattecken: name: \'"Example" Azure User Group\'',
        },
        {
          what: 'a value starting with @',
          text: VALID_GROUP.replace('github: annadevries', 'github: @annadevries'),
          line: 15,
          column: 11,
          message:
            'The value of "github" starts with "@", which has a meaning of its own in YAML at the start of a value. Put the whole value in quotes: github: "@annadevries"',
          nl: 'De waarde van "github" begint met "@", dat in YAML aan het begin van een waarde een eigen betekenis heeft. Zet de hele waarde tussen aanhalingstekens: github: "@annadevries"',
          sv: 'Värdet för "github" börjar med "@", som har en egen betydelse i YAML i början av ett värde. Sätt hela värdet inom citattecken: github: "@annadevries"',
        },
        {
          what: 'a value starting with [ that is text',
          text: withField('name', '[Example] Azure User Group'),
          line: 2,
          column: 7,
          message:
            'The value of "name" starts with "[", which YAML reads as the start of a list written on one line. Put the whole value in quotes: name: "[Example] Azure User Group"',
          nl: 'De waarde van "name" begint met "[", wat YAML leest als het begin van een lijst op één regel. Zet de hele waarde tussen aanhalingstekens: name: "[Example] Azure User Group"',
          sv: 'Värdet för "name" börjar med "[", vilket YAML läser som början på en lista skriven på en rad. Sätt hela värdet inom citattecken: name: "[Example] Azure User Group"',
        },
        {
          what: 'a value starting with !',
          text: withField('name', '!Example Azure User Group'),
          line: 2,
          column: 7,
          message:
            'A value here starts with "!", which YAML reads as a note on the kind of value (a tag). If the value is text, put it in quotes: name: "!Example Azure User Group"; otherwise remove the "!" and the letters right after it.',
          nl: 'Een waarde op deze plek begint met "!", wat YAML leest als een aanduiding van het soort waarde. Is de waarde tekst, zet die dan tussen aanhalingstekens: name: "!Example Azure User Group"; verwijder anders de "!" en de letters direct erna.',
          sv: 'Ett värde här börjar med "!", vilket YAML läser som en uppgift om vilken sorts värde det är. Om värdet är text, sätt det inom citattecken: name: "!Example Azure User Group"; annars tar du bort "!" och bokstäverna direkt efter.',
        },
        {
          what: 'a value starting with | on one line',
          text: withField('name', '| Example'),
          line: 2,
          column: 7,
          message:
            'A value that starts with "|" is a block of text that starts on the next line. For a value on one line, put it in quotes: name: "| Example"',
          nl: 'Een waarde die met "|" begint, is een tekstblok dat op de volgende regel begint. Wil je de waarde op één regel, zet hem dan tussen aanhalingstekens: name: "| Example"',
          sv: 'Ett värde som börjar med "|" är ett textblock som börjar på nästa rad. Vill du ha värdet på en rad, sätt det inom citattecken: name: "| Example"',
        },
        {
          what: 'no space after a colon',
          text: withField('city', undefined).replace('country: NL', 'city:Utrecht\ncountry: NL'),
          line: 5,
          column: 1,
          message:
            'There is no space after the colon in "city:Utrecht", so YAML does not read it as a field. Write a space after the colon: city: Utrecht',
          nl: 'Er staat geen spatie na de dubbele punt in "city:Utrecht", dus YAML leest het niet als een veld. Zet een spatie na de dubbele punt: city: Utrecht',
          sv: 'Det finns inget mellanslag efter kolonet i "city:Utrecht", så YAML läser det inte som ett fält. Skriv ett mellanslag efter kolonet: city: Utrecht',
        },
        {
          what: 'a line without a colon',
          text: withField('city', undefined).replace('country: NL', 'city Utrecht\ncountry: NL'),
          line: 5,
          column: 1,
          message:
            'Line 5 ("city Utrecht") has no colon, so YAML cannot read it as a field. Write it as "name: value", or remove it.',
          nl: 'Regel 5 ("city Utrecht") heeft geen dubbele punt, dus YAML kan hem niet als veld lezen. Schrijf hem als "naam: waarde", of verwijder hem.',
          sv: 'Rad 5 ("city Utrecht") har inget kolon, så YAML kan inte läsa den som ett fält. Skriv den som "namn: värde", eller ta bort den.',
        },
        {
          what: 'a field name without its colon, before a field that then looks out of line',
          text: VALID_GROUP.replace('  name: Anna de Vries', '  name Anna de Vries'),
          line: 14,
          column: 3,
          message:
            'Line 14 ("name Anna de Vries") has no colon, so YAML cannot read it as a field. Write it as "name: value", or remove it.',
          nl: 'Regel 14 ("name Anna de Vries") heeft geen dubbele punt, dus YAML kan hem niet als veld lezen. Schrijf hem als "naam: waarde", of verwijder hem.',
          sv: 'Rad 14 ("name Anna de Vries") har inget kolon, så YAML kan inte läsa den som ett fält. Skriv den som "namn: värde", eller ta bort den.',
        },
        {
          what: 'no space after a colon, before a list item',
          text: VALID_GROUP.replace(
            '    azure: true\n  - date: 2026-10-22',
            '    azure:true\n  - date: 2026-10-22',
          ),
          line: 40,
          column: 5,
          message:
            'There is no space after the colon in "azure:true", so YAML does not read it as a field. Write a space after the colon: azure: true',
          nl: 'Er staat geen spatie na de dubbele punt in "azure:true", dus YAML leest het niet als een veld. Zet een spatie na de dubbele punt: azure: true',
          sv: 'Det finns inget mellanslag efter kolonet i "azure:true", så YAML läser det inte som ett fält. Skriv ett mellanslag efter kolonet: azure: true',
        },
        {
          what: 'a list item written with "*"',
          text: VALID_GROUP.replace('  - date: 2026-10-22', '  * date: 2026-10-22'),
          line: 41,
          column: 3,
          message:
            'YAML reads "*" here as a reference to another value (an alias). Write list items with "- ", and put a value that starts with "*" in quotes.',
          nl: 'YAML leest "*" hier als een verwijzing naar een andere waarde. Schrijf lijstitems met "- ", en zet een waarde die met "*" begint tussen aanhalingstekens.',
          sv: 'YAML läser "*" här som en hänvisning till ett annat värde. Skriv listelement med "- ", och sätt ett värde som börjar med "*" inom citattecken.',
        },
        {
          what: 'a comment inside a field name',
          text: VALID_GROUP.replace('  github: pjansen', '  git #hub: pjansen'),
          line: 21,
          column: 7,
          message:
            'YAML expected ": " after the field name on this line. Write it as "name: value", with a space after the colon (a " #" starts a comment, even inside a name).',
          nl: 'YAML verwachtte ": " na de veldnaam op deze regel. Schrijf hem als "naam: waarde", met een spatie na de dubbele punt (een " #" begint commentaar, zelfs midden in een naam).',
          sv: 'YAML väntade sig ": " efter fältnamnet på den här raden. Skriv den som "namn: värde", med ett mellanslag efter kolonet (ett " #" inleder en kommentar, även mitt i ett namn).',
        },
        {
          what: 'a field indented one space too far',
          text: VALID_GROUP.replace('  github: annadevries', '   github: annadevries'),
          line: 15,
          column: 4,
          message:
            'This line is not lined up with the fields around it. Indent it with spaces exactly as far as the other fields of its group. It starts at column 4, the line above at column 3.',
          nl: 'Deze regel staat niet in lijn met de velden eromheen. Spring hem met spaties precies even ver in als de andere velden van dezelfde groep. Hij begint in kolom 4, de regel erboven in kolom 3.',
          sv: 'Den här raden står inte i linje med fälten runt omkring. Dra in den med mellanslag exakt lika långt som de andra fälten i samma grupp. Den börjar i kolumn 4, raden ovanför i kolumn 3.',
        },
        {
          what: 'a field indented one space too little',
          text: VALID_GROUP.replace('  github: annadevries', ' github: annadevries'),
          line: 15,
          column: 2,
          message:
            'This line is not lined up with the fields around it. Indent it with spaces exactly as far as the other fields of its group. It starts at column 2, the line above at column 3.',
          nl: 'Deze regel staat niet in lijn met de velden eromheen. Spring hem met spaties precies even ver in als de andere velden van dezelfde groep. Hij begint in kolom 2, de regel erboven in kolom 3.',
          sv: 'Den här raden står inte i linje med fälten runt omkring. Dra in den med mellanslag exakt lika långt som de andra fälten i samma grupp. Den börjar i kolumn 2, raden ovanför i kolumn 3.',
        },
        {
          what: 'a list item out of line',
          text: VALID_GROUP.replace('  - date: 2026-04-16', '   - date: 2026-04-16'),
          line: 32,
          column: 4,
          message:
            'This list item is not lined up with the items above it. Start each "- " of a list at the same column, with spaces.',
          nl: 'Dit lijstitem staat niet in lijn met de items erboven. Begin elke "- " van een lijst in dezelfde kolom, met spaties.',
          sv: 'Det här listelementet står inte i linje med elementen ovanför. Börja varje "- " i en lista i samma kolumn, med mellanslag.',
        },
        {
          what: 'a backslash in double quotes',
          text: withField('name', '"Example\\Azure User Group"'),
          line: 2,
          column: 16,
          message:
            'Between double quotes, a backslash (\\) starts a special code, such as \\n for a new line. Put this value between single quotes instead: there a backslash is an ordinary character.',
          nl: 'Tussen dubbele aanhalingstekens begint een backslash (\\) een speciale code, zoals \\n voor een nieuwe regel. Zet deze waarde liever tussen enkele aanhalingstekens: daar is een backslash een gewoon teken.',
          sv: 'Inom dubbla citattecken inleder ett omvänt snedstreck (\\) en särskild kod, till exempel \\n för ny rad. Sätt i stället värdet inom enkla citattecken: där är ett omvänt snedstreck ett vanligt tecken.',
        },
        {
          what: 'an invisible control character',
          text: withField('city', 'Utr\u0007echt'),
          line: 5,
          column: 10,
          message:
            'The file holds an invisible control character here, which YAML does not allow. Delete it; if you cannot see it, type this value again.',
          nl: 'Het bestand bevat hier een onzichtbaar stuurteken, en dat staat YAML niet toe. Verwijder het; zie je het niet, typ deze waarde dan opnieuw.',
          sv: 'Filen innehåller här ett osynligt styrtecken, som YAML inte tillåter. Ta bort det; om du inte ser det, skriv in värdet igen.',
        },
        {
          what: 'a duplicate field in a block under a block',
          text: 'slug: example\nleader:\n  links:\n    site: a\n    site: b\n',
          line: 5,
          column: 5,
          message:
            'The field "site" appears twice under "links" under "leader": first on line 4, again here. Keep one of them and delete the other.',
          nl: 'Het veld "site" staat twee keer onder "links" onder "leader": eerst op regel 4, en hier opnieuw. Houd er één van over en verwijder de andere.',
          sv: 'Fältet "site" förekommer två gånger under "links" under "leader": först på rad 4, och här igen. Behåll ett av dem och ta bort det andra.',
        },
        {
          what: 'a duplicate field in a block of a meetup',
          text: 'slug: example\nmeetups:\n  - venue:\n      room: A\n      room: B\n',
          line: 5,
          column: 7,
          message:
            'The field "room" appears twice under "venue" of the 1st meetup: first on line 4, again here. Keep one of them and delete the other.',
          nl: 'Het veld "room" staat twee keer onder "venue" van de 1e meetup: eerst op regel 4, en hier opnieuw. Houd er één van over en verwijder de andere.',
          sv: 'Fältet "room" förekommer två gånger under "venue" i det 1:a mötet: först på rad 4, och här igen. Behåll ett av dem och ta bort det andra.',
        },
        {
          what: 'a duplicate field in the 3rd waiver',
          text: 'slug: example\nwaivers:\n  - rule: a\n  - rule: b\n  - rule: c\n    rule: d\n',
          line: 6,
          column: 5,
          message:
            'The field "rule" appears twice in the 3rd waiver: first on line 5, again here. Keep one of them and delete the other.',
          nl: 'Het veld "rule" staat twee keer in de 3e vrijstelling: eerst op regel 5, en hier opnieuw. Houd er één van over en verwijder de andere.',
          sv: 'Fältet "rule" förekommer två gånger i det 3:e undantaget: först på rad 5, och här igen. Behåll ett av dem och ta bort det andra.',
        },
        {
          what: 'a duplicate field in a meetup of a list under a block',
          text: 'slug: example\nold:\n  meetups:\n    - title: a\n      title: b\n',
          line: 5,
          column: 7,
          message:
            'The field "title" appears twice in the 1st meetup under "old": first on line 4, again here. Keep one of them and delete the other.',
          nl: 'Het veld "title" staat twee keer in de 1e meetup onder "old": eerst op regel 4, en hier opnieuw. Houd er één van over en verwijder de andere.',
          sv: 'Fältet "title" förekommer två gånger i det 1:a mötet under "old": först på rad 4, och här igen. Behåll ett av dem och ta bort det andra.',
        },
        {
          what: 'a duplicate field in an entry of a list that holds no meetups',
          text: 'slug: example\ntags:\n  - a: 1\n  - b: 1\n    b: 2\n',
          line: 5,
          column: 5,
          message:
            'The field "b" appears twice in the 2nd entry of "tags": first on line 4, again here. Keep one of them and delete the other.',
          nl: 'Het veld "b" staat twee keer in het 2e item van "tags": eerst op regel 4, en hier opnieuw. Houd er één van over en verwijder de andere.',
          sv: 'Fältet "b" förekommer två gånger i den 2:a posten i "tags": först på rad 4, och här igen. Behåll ett av dem och ta bort det andra.',
        },
        {
          what: 'a duplicate field under a rule of rules',
          text: 'slug: example\nrules:\n  meetups/minimum:\n    a: 1\n    a: 2\n',
          line: 5,
          column: 5,
          message:
            'The field "a" appears twice under rule "meetups/minimum" in rules: first on line 4, again here. Keep one of them and delete the other.',
          nl: 'Het veld "a" staat twee keer onder programmaregel "meetups/minimum" in rules: eerst op regel 4, en hier opnieuw. Houd er één van over en verwijder de andere.',
          sv: 'Fältet "a" förekommer två gånger under regeln "meetups/minimum" i rules: först på rad 4, och här igen. Behåll ett av dem och ta bort det andra.',
        },
        {
          what: 'a duplicate field in a list at the top of the file',
          text: '- a: 1\n  a: 2\n',
          line: 2,
          column: 3,
          message:
            'The field "a" appears twice in the 1st entry of the file: first on line 1, again here. Keep one of them and delete the other.',
          nl: 'Het veld "a" staat twee keer in het 1e item van het bestand: eerst op regel 1, en hier opnieuw. Houd er één van over en verwijder de andere.',
          sv: 'Fältet "a" förekommer två gånger i den 1:a posten i filen: först på rad 1, och här igen. Behåll ett av dem och ta bort det andra.',
        },
        {
          what: 'an alias as a list item',
          text: 'slug: &a example\ntags:\n  - *a\n',
          line: 3,
          column: 6,
          message:
            'A value here starts with "*", which YAML reads as a reference to another value (an alias). Group files do not use these: write the value out in full.',
          nl: 'Een waarde op deze plek begint met "*", wat YAML leest als een verwijzing naar een andere waarde. Groepsbestanden gebruiken die niet: schrijf de waarde volledig uit.',
          sv: 'Ett värde här börjar med "*", vilket YAML läser som en hänvisning till ett annat värde. Gruppfiler använder inte sådana: skriv ut hela värdet.',
        },
        {
          what: 'a tag on a list item',
          text: 'slug: example\ntags:\n  - !x azure\n',
          line: 3,
          column: 5,
          message:
            'A value here starts with "!", which YAML reads as a note on the kind of value (a tag). Group files do not use these: remove the "!" and the letters right after it.',
          nl: 'Een waarde op deze plek begint met "!", wat YAML leest als een aanduiding van het soort waarde. Groepsbestanden gebruiken die niet: verwijder de "!" en de letters direct erna.',
          sv: 'Ett värde här börjar med "!", vilket YAML läser som en uppgift om vilken sorts värde det är. Gruppfiler använder inte sådana: ta bort "!" och bokstäverna direkt efter.',
        },
        {
          what: 'a list as a key',
          text: '[name]: Example\nslug: example\n',
          line: 1,
          column: 1,
          message:
            'A field name here is a list or a group of fields; field names must be plain words such as "name".',
          nl: 'Een veldnaam op deze plek is een lijst of een groep velden; veldnamen moeten gewone woorden zijn, zoals "name".',
          sv: 'Ett fältnamn här är en lista eller en grupp fält; fältnamn måste vara vanliga ord, som "name".',
        },
        {
          what: 'a list item among the fields of a block',
          text: 'slug: example\nleader:\n  name: Anna\n  - github: anna\n',
          line: 4,
          column: 3,
          message:
            'This line is not lined up with the fields around it. Indent it with spaces exactly as far as the other fields of its group.',
          nl: 'Deze regel staat niet in lijn met de velden eromheen. Spring hem met spaties precies even ver in als de andere velden van dezelfde groep.',
          sv: 'Den här raden står inte i linje med fälten runt omkring. Dra in den med mellanslag exakt lika långt som de andra fälten i samma grupp.',
        },
        {
          what: 'a list item after the top-level fields',
          text: 'slug: example\n- name: Example\n',
          line: 2,
          column: 1,
          message:
            'YAML cannot read this line as part of the file above it. Check it and the line before: each field is written "name: value", with a space after the colon. A value with special characters can be put in quotes.',
          nl: 'YAML kan deze regel niet lezen als deel van het bestand erboven. Controleer hem en de regel ervoor: je schrijft elk veld als "naam: waarde", met een spatie na de dubbele punt. Een waarde met speciale tekens kun je tussen aanhalingstekens zetten.',
          sv: 'YAML kan inte läsa den här raden som en del av filen ovanför. Kontrollera den och raden före: varje fält skrivs "namn: värde", med ett mellanslag efter kolonet. Ett värde med specialtecken kan sättas inom citattecken.',
        },
        {
          what: 'a quoted field name that runs over two lines',
          text: 'slug: example\nname: Example\n"city\nname": Utrecht\n',
          line: 4,
          column: 6,
          message:
            'YAML cannot read this line as part of the file above it. Check it and the line before: each field is written "name: value", with a space after the colon.',
          nl: 'YAML kan deze regel niet lezen als deel van het bestand erboven. Controleer hem en de regel ervoor: je schrijft elk veld als "naam: waarde", met een spatie na de dubbele punt.',
          sv: 'YAML kan inte läsa den här raden som en del av filen ovanför. Kontrollera den och raden före: varje fält skrivs "namn: värde", med ett mellanslag efter kolonet.',
        },
        {
          what: 'a list with an empty entry',
          text: 'slug: example\ntags: [azure,, cloud]\n',
          line: 2,
          column: 14,
          message:
            'This line is not lined up with the fields around it. Indent it with spaces exactly as far as the other fields of its group. A value with special characters can be put in quotes.',
          nl: 'Deze regel staat niet in lijn met de velden eromheen. Spring hem met spaties precies even ver in als de andere velden van dezelfde groep. Een waarde met speciale tekens kun je tussen aanhalingstekens zetten.',
          sv: 'Den här raden står inte i linje med fälten runt omkring. Dra in den med mellanslag exakt lika långt som de andra fälten i samma grupp. Ett värde med specialtecken kan sättas inom citattecken.',
        },
        {
          what: 'a quoted field name without a space after its colon',
          text: 'slug: example\n"name":Example\n',
          line: 2,
          column: 8,
          message: 'Put a space after the colon: "name: value".',
          nl: 'Zet een spatie na de dubbele punt: "naam: waarde".',
          sv: 'Skriv ett mellanslag efter kolonet: "namn: värde".',
        },
        {
          what: 'a field name whose colon is in a comment',
          text: 'slug: example\nleader:\n  name #1: Anna\n  github: anna\n',
          line: 3,
          column: 3,
          message:
            'Line 3 ("name #1: Anna") has no colon before its comment (a " #" starts one), so YAML cannot read it as a field. Write it as "name: value", or remove it.',
          nl: 'Regel 3 ("name #1: Anna") heeft geen dubbele punt vóór het commentaar (een " #" begint commentaar), dus YAML kan hem niet als veld lezen. Schrijf hem als "naam: waarde", of verwijder hem.',
          sv: 'Rad 3 ("name #1: Anna") har inget kolon före kommentaren (ett " #" inleder en kommentar), så YAML kan inte läsa den som ett fält. Skriv den som "namn: värde", eller ta bort den.',
        },
        {
          what: 'a list item that starts with |',
          text: 'slug: example\ntags:\n  - |azure\n',
          line: 3,
          column: 5,
          message:
            'YAML reads "|" here as the start of a block of text, which must begin on the next line. Remove it, or put the value in quotes.',
          nl: 'YAML leest "|" hier als het begin van een tekstblok, dat op de volgende regel moet beginnen. Verwijder het, of zet de waarde tussen aanhalingstekens.',
          sv: 'YAML läser "|" här som början på ett textblock, som måste börja på nästa rad. Ta bort det, eller sätt värdet inom citattecken.',
        },
        {
          what: 'a list item that starts with &',
          text: 'slug: example\ntags:\n  - & azure\n',
          line: 3,
          column: 5,
          message:
            'YAML reads "&" here as a name given to the value (an anchor). Put a value that starts with "&" in quotes.',
          nl: 'YAML leest "&" hier als een naam voor de waarde. Zet een waarde die met "&" begint tussen aanhalingstekens.',
          sv: 'YAML läser "&" här som ett namn på värdet. Sätt ett värde som börjar med "&" inom citattecken.',
        },
        {
          what: 'a value that starts with a comma',
          text: withField('city', ',Utrecht'),
          line: 5,
          column: 7,
          message:
            'YAML cannot read the value of "city" as it is written. Put the whole value in quotes: city: ",Utrecht"',
          nl: 'YAML kan de waarde van "city" niet lezen zoals die er staat. Zet de hele waarde tussen aanhalingstekens: city: ",Utrecht"',
          sv: 'YAML kan inte läsa värdet för "city" så som det är skrivet. Sätt hela värdet inom citattecken: city: ",Utrecht"',
        },
        {
          what: 'a long value holding ": "',
          text: withField('name', `Azure: ${'the good parts '.repeat(9)}`),
          line: 2,
          column: 7,
          message:
            'The value of "name" holds ": ", which YAML reads as the start of another field on the same line. Put the whole value in quotes.',
          nl: 'De waarde van "name" bevat ": ", wat YAML leest als het begin van een volgend veld op dezelfde regel. Zet de hele waarde tussen aanhalingstekens.',
          sv: 'Värdet för "name" innehåller ": ", vilket YAML läser som början på ett nytt fält på samma rad. Sätt hela värdet inom citattecken.',
        },
        {
          what: 'a value that starts with { and goes on',
          text: withField('name', '{Example} Azure User Group'),
          line: 2,
          column: 7,
          message:
            'The value of "name" starts with "{", which YAML reads as the start of a group of fields written on one line. Put the whole value in quotes: name: "{Example} Azure User Group"',
          nl: 'De waarde van "name" begint met "{", wat YAML leest als het begin van een groep velden op één regel. Zet de hele waarde tussen aanhalingstekens: name: "{Example} Azure User Group"',
          sv: 'Värdet för "name" börjar med "{", vilket YAML läser som början på en grupp fält skriven på en rad. Sätt hela värdet inom citattecken: name: "{Example} Azure User Group"',
        },
        {
          what: 'an unclosed quote in a list item',
          text: 'slug: example\ntags:\n  - "azure\nname: Example\n',
          line: 3,
          column: 5,
          message:
            'This value opens a quote (") that is never closed, so YAML reads on into the lines below. Close the quote at the end of the value.',
          nl: 'Deze waarde opent een aanhalingsteken (") dat nergens wordt gesloten, dus YAML leest door in de regels eronder. Sluit het aanhalingsteken aan het eind van de waarde.',
          sv: 'Det här värdet öppnar ett citattecken (") som aldrig stängs, så YAML läser vidare in i raderna nedanför. Stäng citattecknet i slutet av värdet.',
        },
        {
          what: 'an unclosed block of fields in a list item',
          text: 'slug: example\ntags:\n  - {azure\nname: Example\n',
          line: 3,
          column: 5,
          message:
            'This value starts with "{", which YAML reads as a group of fields written on one line, and it is never closed with "}". If the value is text, put it in quotes: "{azure"',
          nl: 'Deze waarde begint met "{", wat YAML leest als een groep velden op één regel, en die wordt nergens gesloten met "}". Is de waarde tekst, zet die dan tussen aanhalingstekens: "{azure"',
          sv: 'Det här värdet börjar med "{", vilket YAML läser som en grupp fält skriven på en rad, och den stängs aldrig med "}". Om värdet är text, sätt det inom citattecken: "{azure"',
        },
        {
          what: 'a second %YAML directive, on its own line',
          text: '%YAML 1.2\n%YAML 1.2\n---\nslug: example\n',
          line: 2,
          column: 1,
          message:
            'A line that starts with "%" before the fields is read by YAML as an instruction to itself (a directive). Group files need none: remove this line.',
          nl: 'Een regel die vóór de velden met "%" begint, leest YAML als een instructie voor zichzelf. Groepsbestanden hebben die niet nodig: verwijder deze regel.',
          sv: 'En rad som börjar med "%" före fälten läser YAML som en instruktion till sig själv. Gruppfiler behöver inga sådana: ta bort raden.',
        },
      ].map(({ what, text, line, column, message, nl, sv }) =>
        only(`says what to do about ${what}, where to do it`, text, [line, column], message, {
          nl,
          sv,
        }),
      ),
      only(
        'refuses a top-level list',
        '- slug: example\n- name: Example\n',
        [1, 1],
        'The file must consist of fields (slug:, name:, leader:, …), but it is a list. Write one "field: value" per line at the top level.',
        {
          nl: 'Het bestand moet uit velden bestaan (slug:, name:, leader:, …), maar het is een lijst. Schrijf op het hoogste niveau één "veld: waarde" per regel.',
          sv: 'Filen måste bestå av fält (slug:, name:, leader:, …), men den är en lista. Skriv ett "fält: värde" per rad på översta nivån.',
        },
      ),
      only(
        'refuses a single number',
        '42\n',
        [1, 1],
        'The file must consist of fields (slug:, name:, leader:, …), but it is a single number. Write one "field: value" per line at the top level.',
        {
          nl: 'Het bestand moet uit velden bestaan (slug:, name:, leader:, …), maar het is één los getal. Schrijf op het hoogste niveau één "veld: waarde" per regel.',
          sv: 'Filen måste bestå av fält (slug:, name:, leader:, …), men den är ett ensamt tal. Skriv ett "fält: värde" per rad på översta nivån.',
        },
      ),
      only(
        'refuses a single yes/no value',
        'true\n',
        [1, 1],
        'The file must consist of fields (slug:, name:, leader:, …), but it is a single yes/no value. Write one "field: value" per line at the top level.',
        {
          nl: 'Het bestand moet uit velden bestaan (slug:, name:, leader:, …), maar het is één losse ja/nee-waarde. Schrijf op het hoogste niveau één "veld: waarde" per regel.',
          sv: 'Filen måste bestå av fält (slug:, name:, leader:, …), men den är ett ensamt ja/nej-värde. Skriv ett "fält: värde" per rad på översta nivån.',
        },
      ),
      only(
        'refuses a bare string, pointing at it',
        '\n# a group\n  just some words\n',
        [3, 3],
        'The file must consist of fields (slug:, name:, leader:, …), but it is a single piece of text. Write one "field: value" per line at the top level.',
        {
          nl: 'Het bestand moet uit velden bestaan (slug:, name:, leader:, …), maar het is één losse tekst. Schrijf op het hoogste niveau één "veld: waarde" per regel.',
          sv: 'Filen måste bestå av fält (slug:, name:, leader:, …), men den är ett ensamt textvärde. Skriv ett "fält: värde" per rad på översta nivån.',
        },
      ),
      only(
        'refuses an empty file',
        '',
        [1, 1],
        "The file is empty. Start from an example in groups/, or create a complete group file with `npx tgr new utrecht-azure` (the group's short name, its slug).",
        {
          nl: 'Het bestand is leeg. Begin met een voorbeeld uit groups/, of maak een volledig groepsbestand met `npx tgr new utrecht-azure` (de korte naam van de groep).',
          sv: 'Filen är tom. Utgå från ett exempel i groups/, eller skapa en komplett gruppfil med `npx tgr new goteborg-azure` (gruppens kortnamn).',
        },
      ),
      only(
        'refuses a file of empty lines',
        '\n\n',
        [1, 1],
        "The file is empty. Start from an example in groups/, or create a complete group file with `npx tgr new utrecht-azure` (the group's short name, its slug).",
        {
          nl: 'Het bestand is leeg. Begin met een voorbeeld uit groups/, of maak een volledig groepsbestand met `npx tgr new utrecht-azure` (de korte naam van de groep).',
          sv: 'Filen är tom. Utgå från ett exempel i groups/, eller skapa en komplett gruppfil med `npx tgr new goteborg-azure` (gruppens kortnamn).',
        },
      ),
      only(
        'refuses a file of comments only',
        '# nothing yet\n',
        [1, 1],
        "The file is empty. Start from an example in groups/, or create a complete group file with `npx tgr new utrecht-azure` (the group's short name, its slug).",
        {
          nl: 'Het bestand is leeg. Begin met een voorbeeld uit groups/, of maak een volledig groepsbestand met `npx tgr new utrecht-azure` (de korte naam van de groep).',
          sv: 'Filen är tom. Utgå från ett exempel i groups/, eller skapa en komplett gruppfil med `npx tgr new goteborg-azure` (gruppens kortnamn).',
        },
      ),
      only(
        'refuses a second document, at its marker',
        'slug: example\n---\nslug: other\n',
        [2, 1],
        'The file holds more than one YAML document (a second `---`, or text after `...`). Keep one document per file.',
        {
          nl: 'Het bestand bevat meer dan één YAML-document (een tweede `---`, of tekst na `...`). Houd het bij één document per bestand.',
          sv: 'Filen innehåller mer än ett YAML-dokument (en andra `---`, eller text efter `...`). Behåll bara ett dokument per fil.',
        },
      ),
      only(
        'refuses a second document after an explicit first, at its marker',
        '---\nslug: example\n---\nslug: other\n',
        [3, 1],
        'The file holds more than one YAML document (a second `---`, or text after `...`). Keep one document per file.',
        {
          nl: 'Het bestand bevat meer dan één YAML-document (een tweede `---`, of tekst na `...`). Houd het bij één document per bestand.',
          sv: 'Filen innehåller mer än ett YAML-dokument (en andra `---`, eller text efter `...`). Behåll bara ett dokument per fil.',
        },
      ),
      only(
        'refuses aliases',
        yaml`
          slug: &a example
          name: *a
        `,
        [2, 8],
        'A value here starts with "*", which YAML reads as a reference to another value (an alias). If the value is text, put it in quotes: name: "*a"',
        {
          nl: 'Een waarde op deze plek begint met "*", wat YAML leest als een verwijzing naar een andere waarde. Is de waarde tekst, zet die dan tussen aanhalingstekens: name: "*a"',
          sv: 'Ett värde här börjar med "*", vilket YAML läser som en hänvisning till ett annat värde. Om värdet är text, sätt det inom citattecken: name: "*a"',
        },
      ),
      // The 16th bracket is the deepest allowed; "slug: " takes columns 1 to 6.
      only(
        'stops 10,000 nested brackets at the depth limit with one finding',
        `slug: ${'['.repeat(10_000)}\n`,
        [1, 22],
        'The file is nested more than 16 levels deep. A group file needs at most four levels; check the indentation.',
        {
          nl: 'Het bestand is meer dan 16 niveaus diep genest. Een groepsbestand heeft hoogstens vier niveaus nodig; controleer het inspringen.',
          sv: 'Filen har fler än 16 nivåer inuti varandra. En gruppfil behöver högst fyra nivåer; kontrollera indraget.',
        },
      ),
      only(
        'reports invalid UTF-8 on the line that holds it',
        bytesOf('slug: example\nname: Example\ncity: Utr', [0xff, 0xfe], 'cht\ncountry: NL\n'),
        [3, 1],
        'Your editor saved this file in an encoding YAML cannot read. Save it again as UTF-8 text (in most editors: "Save with encoding" → UTF-8).',
        {
          nl: 'Je editor heeft dit bestand opgeslagen in een tekenset die YAML niet kan lezen. Sla het opnieuw op als UTF-8-tekst (in de meeste editors: "Opslaan met codering" → UTF-8).',
          sv: 'Din redigerare har sparat filen med en teckenkodning som YAML inte kan läsa. Spara den igen som UTF-8-text (i de flesta redigerare: "Spara med kodning" → UTF-8).',
        },
      ),
      only(
        'refuses a NUL byte where it is',
        'slug: example\nname: Exa\u0000mple\n',
        [2, 10],
        'The file holds an invisible empty character (a null byte) here. Delete it. If the file is full of them, your editor saved it in another encoding: save it again as UTF-8 text.',
        {
          nl: 'Het bestand bevat hier een onzichtbaar leeg teken (een nulbyte). Verwijder het. Staat het bestand er vol mee, dan heeft je editor het in een andere tekenset opgeslagen: sla het opnieuw op als UTF-8-tekst.',
          sv: 'Filen innehåller här ett osynligt tomt tecken (en nollbyte). Ta bort det. Är filen full av sådana har din redigerare sparat den med en annan teckenkodning: spara den igen som UTF-8-text.',
        },
      ),
      only(
        'refuses a file over 1 MB',
        padded(MB + 1),
        [1, 1],
        "The file is 1,048,577 bytes; a group file may be at most 1,048,576 bytes (1 MB). Keep only the group's own details and meetups in it.",
        {
          nl: 'Het bestand is 1.048.577 bytes; een groepsbestand mag hoogstens 1.048.576 bytes (1 MB) groot zijn. Zet er alleen de eigen gegevens en meetups van de groep in.',
          sv: 'Filen är 1\u00a0048\u00a0577 byte; en gruppfil får vara högst 1\u00a0048\u00a0576 byte (1 MB). Ha bara gruppens egna uppgifter och möten i den.',
        },
      ),
      only(
        'refuses custom tags',
        'slug: example\nname: !!js/function Example\n',
        [2, 7],
        'A value here starts with "!", which YAML reads as a note on the kind of value (a tag). If the value is text, put it in quotes: name: "!!js/function Example"; otherwise remove the "!" and the letters right after it.',
        {
          nl: 'Een waarde op deze plek begint met "!", wat YAML leest als een aanduiding van het soort waarde. Is de waarde tekst, zet die dan tussen aanhalingstekens: name: "!!js/function Example"; verwijder anders de "!" en de letters direct erna.',
          sv: 'Ett värde här börjar med "!", vilket YAML läser som en uppgift om vilken sorts värde det är. Om värdet är text, sätt det inom citattecken: name: "!!js/function Example"; annars tar du bort "!" och bokstäverna direkt efter.',
        },
      ),
      only(
        'keeps lines and columns right in a broken file with a byte-order mark and CRLF line ends',
        '\uFEFFslug: example\r\nname: Example\r\nslug: again\r\n',
        [3, 1],
        'The field "slug" appears twice at the top level of the file: first on line 1, again here. Keep one of them and delete the other.',
        {
          nl: 'Het veld "slug" staat twee keer op het hoogste niveau van het bestand: eerst op regel 1, en hier opnieuw. Houd er één van over en verwijder de andere.',
          sv: 'Fältet "slug" förekommer två gånger på översta nivån i filen: först på rad 1, och här igen. Behåll ett av dem och ta bort det andra.',
        },
      ),
      {
        name: 'is the only finding of an unreadable file, whatever the other rules would say',
        text: 'name: [unclosed\n',
        path: 'other/x.yml',
        findings: [
          {
            pointer: '',
            line: 1,
            column: 7,
            message:
              'The value of "name" starts with "[", which YAML reads as a list written on one line, and it is never closed with "]". If the value is text, put it in quotes: name: "[unclosed"',
            nl: 'De waarde van "name" begint met "[", wat YAML leest als een lijst op één regel, en die wordt nergens gesloten met "]". Is de waarde tekst, zet die dan tussen aanhalingstekens: name: "[unclosed"',
            sv: 'Värdet för "name" börjar med "[", vilket YAML läser som en lista skriven på en rad, och den stängs aldrig med "]". Om värdet är text, sätt det inom citattecken: name: "[unclosed"',
          },
        ],
        also: [],
      },
    ],
  });

  it('reports an entry that is not a regular file, of every kind, as its one error', () => {
    const cases = [
      {
        kind: 'symlink',
        en: 'groups/linked.yaml is a symbolic link; a group file must be a regular file (replace the link with the file itself).',
        nl: 'groups/linked.yaml is een symbolische koppeling; een groepsbestand moet een gewoon bestand zijn (vervang de koppeling door het bestand zelf).',
        sv: 'groups/linked.yaml är en symbolisk länk; en gruppfil måste vara en vanlig fil (ersätt länken med själva filen).',
      },
      {
        kind: 'submodule',
        en: 'groups/linked.yaml is a Git submodule; a group file must be a regular file (replace the submodule with the file itself).',
        nl: 'groups/linked.yaml is een Git-submodule; een groepsbestand moet een gewoon bestand zijn (vervang de submodule door het bestand zelf).',
        sv: 'groups/linked.yaml är en Git-undermodul; en gruppfil måste vara en vanlig fil (ersätt undermodulen med själva filen).',
      },
      {
        kind: 'other',
        en: 'groups/linked.yaml is a folder or a special file (a named pipe, socket or device); a group file must be a regular file (put the group file itself at this path).',
        nl: 'groups/linked.yaml is een map of een speciaal systeembestand; een groepsbestand moet een gewoon bestand zijn (zet het groepsbestand zelf op deze plek).',
        sv: 'groups/linked.yaml är en mapp eller en särskild systemfil; en gruppfil måste vara en vanlig fil (lägg själva gruppfilen på den här platsen).',
      },
    ] as const;
    for (const { kind, en, nl, sv } of cases) {
      const entry = nonRegularGroupFile('groups/linked.yaml', 'groups/linked.yaml', kind);
      const [result] = evaluate([entry, fileFrom(VALID_GROUP)], {
        today: '2026-11-22',
        policy: DEFAULT_POLICY,
        reportOn: (file) => file === entry,
      });
      expect(result?.findings).toEqual([
        {
          rule: 'yaml',
          severity: 'error',
          file: 'groups/linked.yaml',
          pointer: '',
          line: 1,
          column: 1,
          message: en,
          messageId: 'yaml.not-regular-file',
          params: { path: 'groups/linked.yaml', kind },
        },
      ]);
      const [finding] = result?.findings ?? [];
      expect(finding && findingMessage(finding, 'nl')).toBe(nl);
      expect(finding && findingMessage(finding, 'sv')).toBe(sv);
    }
  });
});
