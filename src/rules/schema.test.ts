import { describe } from 'vitest';
import { VALID_GROUP, withField } from '../../test/support/check.js';
import { ruleTester, type InvalidCase } from '../../test/support/rule-tester.js';

const RULE = 'schema';

/** VALID_GROUP with a `waivers:` block after its last line (41); the block starts on line 42. */
const withWaivers = (entries: string): string => `${VALID_GROUP}waivers:\n${entries}`;

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
): InvalidCase => ({
  name: `reports a misspelt field (${what}) once, at its key, with the field it was meant to be`,
  text,
  findings: [{ pointer, line, column, message }],
  also: [],
});

/** A case whose one finding says where the problem is in words, not as a path. */
const inWords = (
  what: string,
  text: string,
  [pointer, line, column]: readonly [string, number, number],
  message: string,
): InvalidCase => ({
  name: `names ${what} in words, not as a path`,
  text,
  findings: [{ pointer, line, column, message }],
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
              'Groups in the program may not charge members an admission fee, and "admission" is "10 EUR". Make meetups free to attend ("admission: none"), or, if members share venue or food costs at cost, use "admission: pass-through" and say which costs in "passThrough:".',
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
            line: 21,
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
            line: 42,
            column: 1,
            message:
              '"homepage" is not a field of a group file. Check the spelling, or remove it. Allowed here: slug, name, status, joined, city, country, timezone, language, website, codeOfConduct, feeds, fees, leader, coLeader, meetups, waivers.',
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
              '"email" is not a field of "leader". Check the spelling, or remove it. Allowed here: name, github, techCommunityId, termsAccepted.',
          },
        ],
      },
      misspelt(
        'coleader',
        VALID_GROUP.replace('coLeader:', 'coleader:'),
        ['/coleader', 18, 1],
        '"coleader" is not a field of a group file. Did you mean "coLeader"? Field names are written exactly, capitals included.',
      ),
      misspelt(
        'co-leader',
        VALID_GROUP.replace('coLeader:', 'co-leader:'),
        ['/co-leader', 18, 1],
        '"co-leader" is not a field of a group file. Did you mean "coLeader"?',
      ),
      misspelt(
        'meetup',
        VALID_GROUP.replace('meetups:', 'meetup:'),
        ['/meetup', 23, 1],
        '"meetup" is not a field of a group file. Did you mean "meetups"?',
      ),
      misspelt(
        'leader.techcommunityId',
        VALID_GROUP.replace('  techCommunityId: 1234567', '  techcommunityId: 1234567'),
        ['/leader/techcommunityId', 16, 3],
        '"techcommunityId" is not a field of "leader". Did you mean "techCommunityId"? Field names are written exactly, capitals included.',
      ),
      misspelt(
        'leader.techcommunityid',
        VALID_GROUP.replace('  techCommunityId: 1234567', '  techcommunityid: 1234567'),
        ['/leader/techcommunityid', 16, 3],
        '"techcommunityid" is not a field of "leader". Did you mean "techCommunityId"? Field names are written exactly, capitals included.',
      ),
      misspelt(
        'coLeader.techcommunityid',
        VALID_GROUP.replace('  techCommunityId: 2345678', '  techcommunityid: 2345678'),
        ['/coLeader/techcommunityid', 21, 3],
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
        ['/meetups/4/titel', 37, 5],
        '"titel" is not a field of the 5th meetup. Did you mean "title"?',
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
              '"City" is not a field of a group file. Check the spelling, or remove it. Allowed here: slug, name, status, joined, city, country, timezone, language, website, codeOfConduct, feeds, fees, leader, coLeader, meetups, waivers.',
          },
        ],
      },
      {
        name: 'treats __proto__ as an ordinary unknown field',
        text: `${VALID_GROUP}__proto__: x\n`,
        findings: [
          {
            pointer: '/__proto__',
            line: 42,
            column: 1,
            message:
              '"__proto__" is not a field of a group file. Check the spelling, or remove it. Allowed here: slug, name, status, joined, city, country, timezone, language, website, codeOfConduct, feeds, fees, leader, coLeader, meetups, waivers.',
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
              '"city" must be text, but it is a list. (The city the group meets in (or is based in, for online groups).)',
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
          },
        ],
      },
      {
        name: 'tells an empty list how to say there is nothing in it yet',
        text: `${VALID_GROUP}waivers:\n`,
        findings: [
          {
            pointer: '/waivers',
            line: 42,
            column: 1,
            message:
              '"waivers" is empty. List the waivers under it, each on a line starting with "- ", or write waivers: [] while there are none. Exceptions granted by a maintainer: the named rule is not enforced until the date.',
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
            message: '"status" must be one of: applying, active, leaving; it is "dormant".',
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
            line: 45,
            column: 12,
            message:
              '"until" of the 1st waiver must be a date that exists, written YYYY-MM-DD; it is "2026-02-30".',
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
            line: 27,
            column: 11,
            message:
              '"date" of the 2nd meetup must be a date that exists, written YYYY-MM-DD; it is "2026-02-30".',
          },
        ],
      },
      inWords(
        'a meetup field',
        VALID_GROUP.replace('  - date: 2026-04-16', '  - date: 16-04-2026'),
        ['/meetups/2/date', 30, 11],
        '"date" of the 3rd meetup must be a date that exists, written YYYY-MM-DD; it is "16-04-2026".',
      ),
      inWords(
        'an unknown field of a meetup',
        VALID_GROUP.replace(
          '    title: AKS automatic\n',
          '    title: AKS automatic\n    room: B\n',
        ),
        ['/meetups/5/room', 41, 5],
        '"room" is not a field of the 6th meetup. Check the spelling, or remove it. Allowed here: date, title, azure, url, cancelled, uid.',
      ),
      inWords(
        'a waiver field',
        withWaivers(
          '  - rule: meetups/minimum\n    reason: Flood\n    until: 2027-01-31\n    approvedBy: x\n  - rule: meetups/spread\n    reason: Flood\n    until: 2027-02-30\n    approvedBy: x\n',
        ),
        ['/waivers/1/until', 49, 12],
        '"until" of the 2nd waiver must be a date that exists, written YYYY-MM-DD; it is "2027-02-30".',
      ),
      inWords(
        'a field named with digits',
        VALID_GROUP.replace('  admission: none\n', '  admission: none\n  2026: x\n'),
        ['/fees/2026', 13, 3],
        '"2026" is not a field of "fees". Check the spelling, or remove it. Allowed here: admission, passThrough.',
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
              '"timezone" must be an IANA time zone such as Europe/Amsterdam; it is "Europe/Atlantis".',
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
            line: 29,
            column: 12,
            message:
              '"azure" of the 2nd meetup must be true or false, but it is text. Write true or false: YAML 1.2 reads "yes" as text.',
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
            line: 24,
            column: 5,
            message:
              'The 1st meetup is missing the field "title". The meetup\'s title. For example: title: Bicep for beginners',
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
              '"name" is too short: at least 3 characters. (The group\'s public name. Microsoft\'s trademark rules: a Microsoft mark (Microsoft, Azure) must not be the leading word, and the name must not suggest Microsoft runs or sponsors the group.)',
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
              '"city" must not be empty. (The city the group meets in (or is based in, for online groups).)',
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
              '"country" is not in the right form: "nl". (The country, as an ISO 3166-1 alpha-2 code in capitals.) For example: NL',
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
            message:
              '"timezone" must be an IANA time zone such as Europe/Amsterdam; it is "Amsterdam".',
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
            line: 43,
            column: 11,
            message:
              '"rule" of the 1st waiver must be one of: conduct/code-of-conduct, fees/admission, leaders/co-leader, leaders/distinct, leaders/leader, leaders/tech-community-id, leaders/terms, meetups/at-risk, meetups/duplicate, meetups/minimum, meetups/spread, presence/website, trademark/name; it is "schema".',
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
            message: '"status" must be one of: applying, active, leaving; it is "dormant".',
          },
        ],
      },
    ],
  });
});
