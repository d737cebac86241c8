import { describe } from 'vitest';
import { VALID_GROUP, withField } from '../../test/support/check.js';
import {
  ruleTester,
  type ExpectedFinding,
  type InvalidCase,
} from '../../test/support/rule-tester.js';

const RULE = 'schema';

/** VALID_GROUP with a `waivers:` block after its last line (41); the block starts on line 42. */
const withWaivers = (entries: string): string => `${VALID_GROUP}waivers:\n${entries}`;

/** The message of a case's finding in Dutch and Swedish. */
type Translated = Pick<ExpectedFinding, 'nl' | 'sv'>;

/**
 * A field written under a misspelt name is reported once, at its key, with the field it was
 * meant to be: not also as a missing field at the top of the file, nor by a named rule as
 * missing (leaders/co-leader's "no co-leader", meetups/minimum's "no meetups",
 * leaders/tech-community-id's "missing"): the evaluator drops those, using the suggestion.
 */
const misspelt = (
  what: string,
  text: string,
  [pointer, line, column]: readonly [string, number, number],
  message: string,
  translated: Translated = {},
): InvalidCase => ({
  name: `reports a misspelt field (${what}) once, at its key, with the field it was meant to be`,
  text,
  findings: [{ pointer, line, column, message, ...translated }],
  also: [],
});

/** A case whose one finding says where the problem is in words, not as a path. */
const inWords = (
  what: string,
  text: string,
  [pointer, line, column]: readonly [string, number, number],
  message: string,
  translated: Translated = {},
): InvalidCase => ({
  name: `names ${what} in words, not as a path`,
  text,
  findings: [{ pointer, line, column, message, ...translated }],
});

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      { name: 'passes a complete group file', text: VALID_GROUP },
      {
        name: 'leaves a missing joined date to registry/joined, which says who sets it',
        text: withField('joined', undefined),
        also: [
          {
            rule: 'registry/joined',
            pointer: '/joined',
            line: 1,
            column: 1,
            message:
              'The group\'s status is "active", so the program has admitted it, but "joined" is missing. "joined" is the date the program admitted the group, YYYY-MM-DD, and only the program team sets it: ask a maintainer to add it. A group that has not been admitted yet has "status: applying" and no "joined".',
          },
        ],
      },
      {
        name: 'leaves a joined date that does not exist to registry/joined, which says who sets it',
        text: withField('joined', '2026-02-30'),
        also: [
          {
            rule: 'registry/joined',
            pointer: '/joined',
            line: 4,
            column: 9,
            message:
              '"joined" must be the date the program admitted the group, written YYYY-MM-DD and existing on the calendar; it is "2026-02-30". Only the program team sets it.',
          },
        ],
      },
      {
        name: 'leaves what named rules claim to them',
        text: VALID_GROUP.replace('github: annadevries', 'github: "@annadevries"')
          .replace('techCommunityId: 2345678', 'techCommunityId: "2345678"')
          .replace('website: https://example-azure.org/', 'website: http://example-azure.org/')
          .replace('  admission: none', '  admission: 10 EUR'),
        also: [
          {
            rule: 'presence/website',
            pointer: '/website',
            line: 9,
            column: 10,
            message:
              'The website "http://example-azure.org/" must use https:// so that everyone can open it safely. Did you mean "https://example-azure.org/"?',
          },
          {
            rule: 'fees/admission',
            pointer: '/fees/admission',
            line: 12,
            column: 14,
            message:
              'Groups in the program may not charge members an admission fee, but "admission" is "10 EUR". Make meetups free to attend ("admission: none"). If members share venue or food costs at cost, use "admission: pass-through" and say which costs in "passThrough:".',
          },
          {
            rule: 'leaders/leader',
            pointer: '/leader/github',
            line: 15,
            column: 11,
            message:
              'The leader\'s GitHub username "@annadevries" is not a valid username (letters, digits and single hyphens, at most 39 characters, without @). Write just the username: github: annadevries',
          },
          {
            rule: 'leaders/tech-community-id',
            pointer: '/coLeader/techCommunityId',
            line: 23,
            column: 20,
            message:
              'The Tech Community user ID of the co-leader @pjansen is written as text. Write the number without quotes: techCommunityId: 2345678',
          },
        ],
      },
      {
        name: 'can be turned off by the policy',
        text: withField('status', 'dormant'),
        rules: { schema: 'off' },
      },
    ],
    invalid: [
      {
        name: 'reports an unknown top-level field at its key, naming the allowed fields',
        // Line 42 reads `homepage: https://example-azure.org/`.
        text: `${VALID_GROUP}homepage: https://example-azure.org/\n`,
        findings: [
          {
            pointer: '/homepage',
            line: 44,
            column: 1,
            message:
              '"homepage" is not a field of a group file. Check the spelling, or remove it. The fields allowed here are slug, name, status, joined, inactiveSince, city, country, location, timezone, language, website, codeOfConduct, feeds, fees, leader, coLeader, meetups and waivers.',
            nl: '"homepage" is geen veld van een groepsbestand. Controleer de spelling of verwijder het. Hier zijn toegestaan: slug, name, status, joined, inactiveSince, city, country, location, timezone, language, website, codeOfConduct, feeds, fees, leader, coLeader, meetups en waivers.',
            sv: '"homepage" är inte ett fält i en gruppfil. Kontrollera stavningen eller ta bort det. Tillåtna fält här är slug, name, status, joined, inactiveSince, city, country, location, timezone, language, website, codeOfConduct, feeds, fees, leader, coLeader, meetups och waivers.',
          },
        ],
      },
      {
        name: 'reports an unknown field inside a block at its key, naming that block',
        text: VALID_GROUP.replace(
          '  name: Anna de Vries\n',
          '  name: Anna de Vries\n  email: anna@example.org\n',
        ),
        findings: [
          {
            pointer: '/leader/email',
            line: 15,
            column: 3,
            message:
              '"email" is not a field of "leader". Check the spelling, or remove it. The fields allowed here are name, github, githubId, techCommunityId and termsAccepted.',
            nl: '"email" is geen veld van "leader". Controleer de spelling of verwijder het. Hier zijn toegestaan: name, github, githubId, techCommunityId en termsAccepted.',
            sv: '"email" är inte ett fält i "leader". Kontrollera stavningen eller ta bort det. Tillåtna fält här är name, github, githubId, techCommunityId och termsAccepted.',
          },
        ],
      },
      misspelt(
        'coleader',
        VALID_GROUP.replace('coLeader:', 'coleader:'),
        ['/coleader', 19, 1],
        '"coleader" is not a field of a group file. Did you mean "coLeader"? Field names are written exactly, capitals included.',
        {
          nl: '"coleader" is geen veld van een groepsbestand. Bedoel je "coLeader"? Veldnamen moeten precies kloppen, hoofdletters inbegrepen.',
          sv: '"coleader" är inte ett fält i en gruppfil. Menade du "coLeader"? Fältnamn skrivs exakt, med samma stora och små bokstäver.',
        },
      ),
      misspelt(
        'co-leader',
        VALID_GROUP.replace('coLeader:', 'co-leader:'),
        ['/co-leader', 19, 1],
        '"co-leader" is not a field of a group file. Did you mean "coLeader"?',
        {
          nl: '"co-leader" is geen veld van een groepsbestand. Bedoel je "coLeader"?',
          sv: '"co-leader" är inte ett fält i en gruppfil. Menade du "coLeader"?',
        },
      ),
      misspelt(
        'meetup',
        VALID_GROUP.replace('meetups:', 'meetup:'),
        ['/meetup', 25, 1],
        '"meetup" is not a field of a group file. Did you mean "meetups"?',
      ),
      misspelt(
        'leader.techcommunityId',
        VALID_GROUP.replace('  techCommunityId: 1234567', '  techcommunityId: 1234567'),
        ['/leader/techcommunityId', 17, 3],
        '"techcommunityId" is not a field of "leader". Did you mean "techCommunityId"? Field names are written exactly, capitals included.',
      ),
      misspelt(
        'leader.techcommunityid',
        VALID_GROUP.replace('  techCommunityId: 1234567', '  techcommunityid: 1234567'),
        ['/leader/techcommunityid', 17, 3],
        '"techcommunityid" is not a field of "leader". Did you mean "techCommunityId"? Field names are written exactly, capitals included.',
      ),
      misspelt(
        'coLeader.techcommunityid',
        VALID_GROUP.replace('  techCommunityId: 2345678', '  techcommunityid: 2345678'),
        ['/coLeader/techcommunityid', 23, 3],
        '"techcommunityid" is not a field of "coLeader". Did you mean "techCommunityId"? Field names are written exactly, capitals included.',
      ),
      misspelt(
        'fees.admision',
        VALID_GROUP.replace('  admission: none', '  admision: none'),
        ['/fees/admision', 12, 3],
        '"admision" is not a field of "fees". Did you mean "admission"?',
      ),
      misspelt(
        "a meetup's titel",
        VALID_GROUP.replace('    title: Landing zones', '    titel: Landing zones'),
        ['/meetups/4/titel', 39, 5],
        '"titel" is not a field of the 5th meetup. Did you mean "title"?',
        {
          nl: '"titel" is geen veld van de 5e meetup. Bedoel je "title"?',
          sv: '"titel" är inte ett fält i det 5:e mötet. Menade du "title"?',
        },
      ),
      misspelt(
        'cuontry',
        VALID_GROUP.replace('country: NL', 'cuontry: NL'),
        ['/cuontry', 6, 1],
        '"cuontry" is not a field of a group file. Did you mean "country"?',
      ),
      {
        // "City" is close to "city", but the file has a city: a guess would make a second one.
        name: 'lists the allowed fields when no missing field is close to the unknown one',
        text: VALID_GROUP.replace('city: Utrecht\n', 'city: Utrecht\nCity: Utrecht\n'),
        findings: [
          {
            pointer: '/City',
            line: 6,
            column: 1,
            message:
              '"City" is not a field of a group file. Check the spelling, or remove it. The fields allowed here are slug, name, status, joined, inactiveSince, city, country, location, timezone, language, website, codeOfConduct, feeds, fees, leader, coLeader, meetups and waivers.',
          },
        ],
      },
      {
        name: 'treats __proto__ as an ordinary unknown field',
        text: `${VALID_GROUP}__proto__: x\n`,
        findings: [
          {
            pointer: '/__proto__',
            line: 44,
            column: 1,
            message:
              '"__proto__" is not a field of a group file. Check the spelling, or remove it. The fields allowed here are slug, name, status, joined, inactiveSince, city, country, location, timezone, language, website, codeOfConduct, feeds, fees, leader, coLeader, meetups and waivers.',
          },
        ],
        also: [],
      },
      {
        name: 'reports a value of the wrong type at the value, saying what it should be',
        // Line 5 reads `city: [Utrecht, Amersfoort]`.
        text: withField('city', '[Utrecht, Amersfoort]'),
        findings: [
          {
            pointer: '/city',
            line: 5,
            column: 7,
            message:
              '"city" must be text, but it is a list. The city the group meets in (or is based in, for online groups).',
            nl: '"city" moet tekst zijn, maar het is een lijst. De stad waar de groep bijeenkomt (of gevestigd is, voor onlinegroepen).',
            sv: '"city" ska vara text, men det är en lista. Staden där gruppen håller sina möten (för en onlinegrupp: staden där den har sin bas).',
          },
        ],
      },
      {
        name: 'calls an empty value empty',
        text: withField('city', ''),
        findings: [
          {
            pointer: '/city',
            line: 5,
            column: 1,
            message:
              '"city" is empty: fill it in. The city the group meets in (or is based in, for online groups).',
            nl: '"city" is leeg: vul een waarde in. De stad waar de groep bijeenkomt (of gevestigd is, voor onlinegroepen).',
            sv: '"city" saknar värde: fyll i ett värde. Staden där gruppen håller sina möten (för en onlinegrupp: staden där den har sin bas).',
          },
        ],
      },
      {
        name: 'tells an empty list how to say there is nothing in it yet',
        text: `${VALID_GROUP}waivers:\n`,
        findings: [
          {
            pointer: '/waivers',
            line: 44,
            column: 1,
            message:
              '"waivers" is empty. List the waivers under it, each on a line starting with "- ", or write waivers: [] while there are none. Exceptions granted by a maintainer: the named rule is not enforced until the date.',
            nl: '"waivers" is leeg. Zet de items eronder, elk op een regel die begint met "- ", of schrijf waivers: [] zolang er nog geen zijn. Vrijstellingen die een beheerder heeft verleend: de genoemde programmaregel wordt tot en met de datum niet gehandhaafd.',
            sv: '"waivers" saknar värde. Lista posterna under det, var och en på en rad som börjar med "- ", eller skriv waivers: [] så länge det inte finns några. Undantag som en förvaltare har beviljat: den angivna regeln tillämpas inte till och med datumet.',
          },
        ],
      },
      {
        name: 'names the allowed values of an enum',
        text: withField('status', 'dormant'),
        findings: [
          {
            pointer: '/status',
            line: 3,
            column: 9,
            message: '"status" must be applying, active, inactive or leaving; it is "dormant".',
            nl: '"status" moet applying, active, inactive of leaving zijn; er staat "dormant".',
            sv: '"status" ska vara applying, active, inactive eller leaving; nu står det "dormant".',
          },
        ],
      },
      {
        name: 'refuses a date that does not exist',
        text: withWaivers(
          '  - rule: meetups/minimum\n    reason: Venue lost after a flood\n    until: 2026-02-30\n    approvedBy: some-maintainer\n',
        ),
        findings: [
          {
            pointer: '/waivers/0/until',
            line: 47,
            column: 12,
            message:
              '"until" of the 1st waiver must be a date that exists, written YYYY-MM-DD; it is "2026-02-30".',
            nl: '"until" van de 1e vrijstelling moet een bestaande datum zijn, geschreven als JJJJ-MM-DD; er staat "2026-02-30".',
            sv: '"until" i det 1:a undantaget ska vara ett datum som finns, skrivet ÅÅÅÅ-MM-DD; nu står det "2026-02-30".',
          },
        ],
      },
      {
        name: 'refuses an impossible meetup date, naming the meetup by its place in the list',
        // Line 27 reads `  - date: 2026-02-30`.
        text: VALID_GROUP.replace('  - date: 2026-02-12', '  - date: 2026-02-30'),
        findings: [
          {
            pointer: '/meetups/1/date',
            line: 29,
            column: 11,
            message:
              '"date" of the 2nd meetup must be a date that exists, written YYYY-MM-DD; it is "2026-02-30".',
            nl: '"date" van de 2e meetup moet een bestaande datum zijn, geschreven als JJJJ-MM-DD; er staat "2026-02-30".',
            sv: '"date" i det 2:a mötet ska vara ett datum som finns, skrivet ÅÅÅÅ-MM-DD; nu står det "2026-02-30".',
          },
        ],
      },
      inWords(
        'a meetup field',
        VALID_GROUP.replace('  - date: 2026-04-16', '  - date: 16-04-2026'),
        ['/meetups/2/date', 32, 11],
        '"date" of the 3rd meetup must be a date that exists, written YYYY-MM-DD; it is "16-04-2026".',
      ),
      inWords(
        'an unknown field of a meetup',
        VALID_GROUP.replace(
          '    title: AKS automatic\n',
          '    title: AKS automatic\n    room: B\n',
        ),
        ['/meetups/5/room', 43, 5],
        '"room" is not a field of the 6th meetup. Check the spelling, or remove it. The fields allowed here are date, title, azure, url, cancelled and uid.',
        {
          nl: '"room" is geen veld van de 6e meetup. Controleer de spelling of verwijder het. Hier zijn toegestaan: date, title, azure, url, cancelled en uid.',
          sv: '"room" är inte ett fält i det 6:e mötet. Kontrollera stavningen eller ta bort det. Tillåtna fält här är date, title, azure, url, cancelled och uid.',
        },
      ),
      inWords(
        'a waiver field',
        withWaivers(
          '  - rule: meetups/minimum\n    reason: Flood\n    until: 2027-01-31\n    approvedBy: x\n  - rule: meetups/spread\n    reason: Flood\n    until: 2027-02-30\n    approvedBy: x\n',
        ),
        ['/waivers/1/until', 51, 12],
        '"until" of the 2nd waiver must be a date that exists, written YYYY-MM-DD; it is "2027-02-30".',
        {
          nl: '"until" van de 2e vrijstelling moet een bestaande datum zijn, geschreven als JJJJ-MM-DD; er staat "2027-02-30".',
          sv: '"until" i det 2:a undantaget ska vara ett datum som finns, skrivet ÅÅÅÅ-MM-DD; nu står det "2027-02-30".',
        },
      ),
      inWords(
        'a field named with digits',
        VALID_GROUP.replace('  admission: none\n', '  admission: none\n  2026: x\n'),
        ['/fees/2026', 13, 3],
        '"2026" is not a field of "fees". Check the spelling, or remove it. The fields allowed here are admission and passThrough.',
      ),
      {
        // `timezone` must be in the schema's list of zones and pass the iana-time-zone format.
        name: 'gives one finding for a value that breaks two constraints of its field',
        text: VALID_GROUP.replace('timezone: Europe/Amsterdam', 'timezone: Europe/Atlantis'),
        findings: [
          {
            pointer: '/timezone',
            line: 7,
            column: 11,
            message:
              '"timezone" must be a time zone such as Europe/Amsterdam; it is "Europe/Atlantis".',
            nl: '"timezone" moet een tijdzone zijn, zoals Europe/Amsterdam; er staat "Europe/Atlantis".',
            sv: '"timezone" ska vara en tidszon, till exempel Europe/Stockholm; nu står det "Europe/Atlantis".',
          },
        ],
      },
      {
        name: 'explains that YAML 1.2 reads yes as text, and asks for true or false',
        text: VALID_GROUP.replace(
          '    title: Bicep for beginners\n    azure: true',
          '    title: Bicep for beginners\n    azure: yes',
        ),
        findings: [
          {
            pointer: '/meetups/1/azure',
            line: 31,
            column: 12,
            message:
              '"azure" of the 2nd meetup must be true or false, but it is text. Write true or false: "yes" is read as text here, not as yes or no.',
            nl: '"azure" van de 2e meetup moet true of false zijn, maar het is tekst. Schrijf true of false: "yes" wordt hier gelezen als tekst, niet als ja of nee.',
            sv: '"azure" i det 2:a mötet ska vara true eller false, men det är text. Skriv true eller false: "yes" läses här som text, inte som ja eller nej.',
          },
        ],
      },
      {
        name: 'reports a missing top-level field on the line of its parent, the top of the file',
        text: withField('city', undefined),
        findings: [
          {
            pointer: '/city',
            line: 1,
            column: 1,
            message:
              'The file is missing the field "city". The city the group meets in (or is based in, for online groups). For example: city: Utrecht',
            nl: 'In het bestand ontbreekt het veld "city". De stad waar de groep bijeenkomt (of gevestigd is, voor onlinegroepen). Bijvoorbeeld: city: Utrecht',
            sv: 'Filen saknar fältet "city". Staden där gruppen håller sina möten (för en onlinegrupp: staden där den har sin bas). Till exempel: city: Utrecht',
          },
        ],
      },
      {
        name: 'reports a missing field of a meetup on that meetup',
        // Line 24 reads `  - date: 2026-01-29`.
        text: VALID_GROUP.replace('    title: Container Apps in practice\n', ''),
        findings: [
          {
            pointer: '/meetups/0/title',
            line: 26,
            column: 5,
            message:
              'The 1st meetup is missing the field "title". The meetup\'s title. For example: title: Bicep for beginners',
            nl: 'In de 1e meetup ontbreekt het veld "title". De titel van de meetup. Bijvoorbeeld: title: Bicep for beginners',
            sv: 'Det 1:a mötet saknar fältet "title". Mötets titel. Till exempel: title: Bicep for beginners',
          },
        ],
      },
      // Length limits stay with the schema rule, also for fields a named rule claims.
      {
        name: 'keeps too long text with the schema rule: a name',
        text: withField('name', `Utrecht ${'x'.repeat(113)}`),
        findings: [
          {
            pointer: '/name',
            line: 2,
            column: 7,
            message: '"name" is too long: at most 120 characters.',
            nl: '"name" is te lang: hoogstens 120 tekens.',
            sv: '"name" har för många tecken: högst 120 tecken.',
          },
        ],
      },
      {
        name: 'keeps too long text with the schema rule: a slug',
        text: withField('slug', 'a'.repeat(65)),
        path: `groups/${'a'.repeat(65)}.yaml`,
        findings: [
          {
            pointer: '/slug',
            line: 1,
            column: 7,
            message: '"slug" is too long: at most 64 characters.',
          },
        ],
      },
      {
        name: 'keeps too long text with the schema rule: a website',
        text: withField('website', `https://example-azure.org/${'a'.repeat(480)}`),
        findings: [
          {
            pointer: '/website',
            line: 9,
            column: 10,
            message: '"website" is too long: at most 500 characters.',
          },
        ],
      },
      {
        name: 'gives the minimum length when it is more than one character',
        text: withField('name', 'AB'),
        findings: [
          {
            pointer: '/name',
            line: 2,
            column: 7,
            message:
              '"name" is too short: at least 3 characters. The group\'s public name. Microsoft\'s trademark rules: a Microsoft mark (Microsoft, Azure) must not be the leading word, and the name must not suggest Microsoft runs or sponsors the group.',
            nl: '"name" is te kort: minstens 3 tekens. De openbare naam van de groep. Volgens de richtlijnen voor handelsmerken van Microsoft mag een handelsmerk van Microsoft (Microsoft, Azure) niet het eerste woord zijn, en mag de naam niet suggereren dat Microsoft de groep leidt of sponsort.',
            sv: '"name" har för få tecken: minst 3 tecken. Gruppens offentliga namn. Enligt Microsofts riktlinjer för varumärken får ett av Microsofts varumärken (Microsoft, Azure) inte stå först, och namnet får inte antyda att Microsoft driver eller sponsrar gruppen.',
          },
        ],
      },
      {
        name: 'says a value of one character at least must not be empty',
        text: withField('city', '""'),
        findings: [
          {
            pointer: '/city',
            line: 5,
            column: 7,
            message:
              '"city" must not be empty. The city the group meets in (or is based in, for online groups).',
            nl: '"city" mag niet leeg zijn. De stad waar de groep bijeenkomt (of gevestigd is, voor onlinegroepen).',
            sv: '"city" måste innehålla minst ett tecken. Staden där gruppen håller sina möten (för en onlinegrupp: staden där den har sin bas).',
          },
        ],
      },
      {
        name: 'shows the expected form of a pattern with an example',
        text: withField('country', 'nl'),
        findings: [
          {
            pointer: '/country',
            line: 6,
            column: 10,
            message:
              '"country" is not in the right form: "nl". The country, as an ISO 3166-1 alpha-2 code in capitals. For example: NL',
            nl: '"country" heeft niet de juiste vorm: "nl". Het land, als ISO 3166-1 alpha-2-code in hoofdletters. Bijvoorbeeld: NL',
            sv: '"country" har inte rätt form: "nl". Landet, som en ISO 3166-1 alpha-2-kod med versaler. Till exempel: NL',
          },
        ],
      },
      {
        name: 'explains the time zone format',
        text: withField('timezone', 'Amsterdam'),
        findings: [
          {
            pointer: '/timezone',
            line: 7,
            column: 11,
            message: '"timezone" must be a time zone such as Europe/Amsterdam; it is "Amsterdam".',
          },
        ],
      },
      {
        name: 'explains the language format',
        text: withField('language', 'english!'),
        findings: [
          {
            pointer: '/language',
            line: 8,
            column: 11,
            message: '"language" must be a language code such as en, nl or sv; it is "english!".',
            nl: '"language" moet een taalcode zijn, zoals en, nl of sv; er staat "english!".',
            sv: '"language" ska vara en språkkod, till exempel en, nl eller sv; nu står det "english!".',
          },
        ],
      },
      {
        name: 'refuses a waiver for a rule that cannot be waived',
        text: withWaivers(
          '  - rule: schema\n    reason: Migration\n    until: 2027-01-31\n    approvedBy: some-maintainer\n',
        ),
        findings: [
          {
            pointer: '/waivers/0/rule',
            line: 45,
            column: 11,
            message:
              '"rule" of the 1st waiver must be conduct/code-of-conduct, fees/admission, leaders/co-leader, leaders/distinct, leaders/leader, leaders/tech-community-id, leaders/terms, meetups/at-risk, meetups/duplicate, meetups/minimum, meetups/spread, presence/website, registry/location, registry/nearby or trademark/name; it is "schema".',
            nl: '"rule" van de 1e vrijstelling moet conduct/code-of-conduct, fees/admission, leaders/co-leader, leaders/distinct, leaders/leader, leaders/tech-community-id, leaders/terms, meetups/at-risk, meetups/duplicate, meetups/minimum, meetups/spread, presence/website, registry/location, registry/nearby of trademark/name zijn; er staat "schema".',
            sv: '"rule" i det 1:a undantaget ska vara conduct/code-of-conduct, fees/admission, leaders/co-leader, leaders/distinct, leaders/leader, leaders/tech-community-id, leaders/terms, meetups/at-risk, meetups/duplicate, meetups/minimum, meetups/spread, presence/website, registry/location, registry/nearby eller trademark/name; nu står det "schema".',
          },
        ],
      },
      {
        name: 'asks for a list where a list belongs',
        // Line 23 reads `meetups: none yet`.
        text: withField('meetups', 'none yet'),
        findings: [
          {
            pointer: '/meetups',
            line: 25,
            column: 10,
            message:
              '"meetups" must be a list (lines starting with "- "), but it is text. The group\'s meetups, past and planned. The program asks for at least six Azure meetups in the last 12 months, spread through the year.',
            nl: '"meetups" moet een lijst zijn (regels die beginnen met "- "), maar het is tekst. De meetups van de groep, zowel eerdere als geplande. Het programma vereist minstens zes Azure-meetups in de afgelopen 12 maanden, verspreid over het jaar.',
            sv: '"meetups" ska vara en lista (rader som börjar med "- "), men det är text. Gruppens möten, tidigare och planerade. Programmet kräver minst sex Azure-möten under de senaste 12 månaderna, utspridda över året.',
          },
        ],
      },
      {
        name: 'asks for a block of fields where a meetup belongs, naming the meetup at the start',
        text: VALID_GROUP.replace(
          '  - date: 2026-01-29\n    title: Container Apps in practice\n    azure: true\n',
          '  - Container Apps in practice\n',
        ),
        findings: [
          {
            pointer: '/meetups/0',
            line: 26,
            column: 5,
            message:
              'The 1st meetup must be a group of indented fields, but it is text. One meetup.',
            nl: 'De 1e meetup moet een groep ingesprongen velden zijn, maar het is tekst. Eén meetup.',
            sv: 'Det 1:a mötet ska vara en grupp indragna fält, men det är text. Ett möte.',
          },
        ],
      },
      {
        name: 'names the keyword of a constraint it has no words for',
        // Line 42 reads `feeds:`, one more than the schema's five follow.
        text: `${VALID_GROUP}feeds:\n${[1, 2, 3, 4, 5, 6].map((n) => `  - https://example-azure.org/${String(n)}.ics\n`).join('')}`,
        findings: [
          {
            pointer: '/feeds',
            line: 45,
            column: 3,
            message:
              '"feeds" is not valid here (maxItems). Public iCalendar feeds of the group\'s events (Meetup: https://www.meetup.com/<urlname>/events/ical/; Luma and most platforms publish one too). tgr sync reads them and records new meetups. Optional.',
            nl: '"feeds" is hier niet geldig (maxItems). Openbare iCalendar-feeds van de evenementen van de groep (Meetup: https://www.meetup.com/<urlname>/events/ical/; Luma en de meeste andere platforms publiceren er ook een). tgr sync leest ze en neemt nieuwe meetups op. Optioneel.',
            sv: '"feeds" godtas inte här (maxItems). Offentliga iCalendar-flöden med gruppens evenemang (Meetup: https://www.meetup.com/<urlname>/events/ical/; Luma och de flesta andra plattformar publicerar också ett). tgr sync läser dem och lägger till nya möten. Valfritt.',
          },
        ],
      },
      {
        name: 'takes its severity from the policy',
        text: withField('status', 'dormant'),
        rules: { schema: 'warning' },
        findings: [
          {
            severity: 'warning',
            pointer: '/status',
            line: 3,
            column: 9,
            message: '"status" must be applying, active, inactive or leaving; it is "dormant".',
          },
        ],
      },
    ],
  });
});
