import { describe } from 'vitest';
import { VALID_GROUP, withField } from '../../../test/support/check.js';
import { ruleTester, type InvalidCase } from '../../../test/support/rule-tester.js';

const RULE = 'leaders/leader';

/** VALID_GROUP with the leader's `github:` line (line 15, value at column 11) set to `value`. */
const github = (value: string): string =>
  VALID_GROUP.replace('github: annadevries', `github: ${value}`);

/** The finding at the value of the leader's `  github: …`, line 15, column 11. */
const atGithub = (message: string) => ({
  pointer: '/leader/github',
  line: 15,
  column: 11,
  message,
});

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      { name: 'passes a leader with a name and a GitHub username', text: VALID_GROUP },
      { name: 'passes a numeric GitHub username in quotes', text: github('"12345"') },
      {
        name: 'leaves a too long name to the schema rule',
        text: VALID_GROUP.replace('name: Anna de Vries', `name: Anna ${'x'.repeat(100)}`),
        also: [
          {
            rule: 'schema',
            pointer: '/leader/name',
            line: 14,
            column: 9,
            message: '"name" under "leader" is too long: at most 100 characters.',
          },
        ],
      },
    ],
    invalid: [
      {
        name: 'reports a missing leader at the top of the file, once',
        text: withField('leader', undefined),
        findings: [
          {
            pointer: '/leader',
            line: 1,
            column: 1,
            message:
              'The group has no leader. The program needs a group leader as its primary contact: add a "leader:" block with name, github, techCommunityId and termsAccepted.',
          },
        ],
      },
      {
        name: 'reports an empty leader block as missing, on its line',
        // Line 13 reads `leader: `.
        text: withField('leader', ''),
        findings: [
          {
            pointer: '/leader',
            line: 13,
            column: 1,
            message:
              'The group has no leader. The program needs a group leader as its primary contact: add a "leader:" block with name, github, techCommunityId and termsAccepted.',
          },
        ],
      },
      {
        name: 'reports a leader written as a string, at the value',
        text: withField('leader', 'Anna de Vries'),
        findings: [
          {
            pointer: '/leader',
            line: 13,
            column: 9,
            message:
              '"leader" must be a block of indented fields (name, github, techCommunityId, termsAccepted), but it is text.',
          },
        ],
      },
      {
        name: 'reports a leader written as a list, at the list',
        text: withField('leader', '\n  - Anna de Vries'),
        findings: [
          {
            pointer: '/leader',
            line: 14,
            column: 3,
            message:
              '"leader" must be a block of indented fields (name, github, techCommunityId, termsAccepted), but it is a list.',
          },
        ],
      },
      {
        name: 'asks for a missing name under the leader block',
        text: VALID_GROUP.replace('  name: Anna de Vries\n', ''),
        findings: [
          {
            pointer: '/leader/name',
            line: 13,
            column: 1,
            message:
              'The leader\'s name is missing. Add "name:" with their full name under "leader:".',
          },
        ],
      },
      {
        name: 'asks for a missing GitHub username under the leader block',
        text: VALID_GROUP.replace('  github: annadevries\n', ''),
        findings: [
          {
            pointer: '/leader/github',
            line: 13,
            column: 1,
            message:
              'The leader\'s GitHub username is missing. Add "github:" with their username under "leader:"; the registry uses it to know who may update the group.',
          },
        ],
      },
      {
        name: 'suggests the bare username for one written with @',
        // Column 11: the opening quote of `  github: "@annadevries"`.
        text: github('"@annadevries"'),
        findings: [
          atGithub(
            'The leader\'s GitHub username "@annadevries" is not a valid username (letters, digits and single hyphens, at most 39 characters, without @). Write just the username: github: annadevries',
          ),
        ],
      },
      {
        name: 'suggests the bare username for a github.com address',
        text: github('https://github.com/annadevries'),
        findings: [
          atGithub(
            'The leader\'s GitHub username "https://github.com/annadevries" is not a valid username (letters, digits and single hyphens, at most 39 characters, without @). Write just the username: github: annadevries',
          ),
        ],
      },
      {
        name: 'suggests the bare username for a github.com address with www. and a slash',
        text: github('https://www.github.com/annadevries/'),
        findings: [
          atGithub(
            'The leader\'s GitHub username "https://www.github.com/annadevries/" is not a valid username (letters, digits and single hyphens, at most 39 characters, without @). Write just the username: github: annadevries',
          ),
        ],
      },
      {
        name: 'suggests the bare username for a github.com address without https://, with a query',
        text: github('github.com/annadevries?tab=repositories'),
        findings: [
          atGithub(
            'The leader\'s GitHub username "github.com/annadevries?tab=repositories" is not a valid username (letters, digits and single hyphens, at most 39 characters, without @). Write just the username: github: annadevries',
          ),
        ],
      },
      {
        name: 'explains the form of a username it cannot repair, without a wrong suggestion',
        text: github('anna_de_vries'),
        findings: [
          atGithub(
            'The leader\'s GitHub username "anna_de_vries" is not a valid username (letters, digits and single hyphens, at most 39 characters, without @).',
          ),
        ],
      },
      {
        name: 'asks to quote a GitHub username that YAML reads as a number',
        // Line 15 reads `  github: 12345`; column 11 is the value.
        text: github('12345'),
        findings: [
          atGithub(
            'The leader\'s GitHub username is read as a number. Put it in quotes, exactly as on GitHub, so it stays text: github: "…"',
          ),
        ],
      },
      {
        name: 'says a GitHub username of another type must be text',
        text: github('[annadevries]'),
        findings: [atGithub("The leader's GitHub username must be text, but it is a list.")],
      },
      ...(
        [
          ['12345', 'a whole number', 'Write the full name, in quotes if it looks like a number.'],
          [
            'true',
            'true (a yes/no value)',
            'Write the full name, in quotes if it looks like a number.',
          ],
          ['[Anna, de Vries]', 'a list', 'Write the full name on one line.'],
        ] as const
      ).map(([value, type, advice]): InvalidCase => ({
        name: `says a name that is not text must be text, instead of calling it missing: ${value}`,
        text: VALID_GROUP.replace('name: Anna de Vries', `name: ${value}`),
        // Column 9: the value of `  name: …`.
        findings: [
          {
            pointer: '/leader/name',
            line: 14,
            column: 9,
            message: `The leader's name must be text, but it is ${type}. ${advice}`,
          },
        ],
      })),
      {
        name: 'is silenced into a notice by an active waiver',
        text: `${withField('leader', undefined)}waivers:\n  - rule: leaders/leader\n    reason: Leader stepped down last week\n    until: 2026-12-31\n    approvedBy: some-maintainer\n`,
        findings: [
          {
            pointer: '/leader',
            line: 1,
            column: 1,
            message:
              'The group has no leader. The program needs a group leader as its primary contact: add a "leader:" block with name, github, techCommunityId and termsAccepted.',
            waiver: {
              rule: RULE,
              reason: 'Leader stepped down last week',
              until: '2026-12-31',
              approvedBy: 'some-maintainer',
            },
          },
        ],
      },
    ],
  });
});
