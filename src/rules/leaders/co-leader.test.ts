import { describe } from 'vitest';
import { VALID_GROUP, withField } from '../../../test/support/check.js';
import { ruleTester } from '../../../test/support/rule-tester.js';

const RULE = 'leaders/co-leader';

/** The finding at the value of the co-leader's `  github: …`, line 20, column 11. */
const atGithub = (message: string) => ({
  pointer: '/coLeader/github',
  line: 20,
  column: 11,
  message,
});

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      { name: 'passes a co-leader with a name and a GitHub username', text: VALID_GROUP },
      { name: 'does not report the leader', text: withField('leader', undefined) },
    ],
    invalid: [
      {
        name: 'reports a missing co-leader at the top of the file, once',
        text: withField('coLeader', undefined),
        findings: [
          {
            pointer: '/coLeader',
            line: 1,
            column: 1,
            message:
              'The group has no co-leader. The program needs a designated co-leader as its secondary contact, so the group is never left without one: add a "coLeader:" block with name, github, techCommunityId and termsAccepted.',
          },
        ],
      },
      {
        name: 'reports an empty co-leader block as missing, on its line',
        // Line 18 reads `coLeader: `.
        text: withField('coLeader', ''),
        findings: [
          {
            pointer: '/coLeader',
            line: 18,
            column: 1,
            message:
              'The group has no co-leader. The program needs a designated co-leader as its secondary contact, so the group is never left without one: add a "coLeader:" block with name, github, techCommunityId and termsAccepted.',
          },
        ],
      },
      {
        name: 'reports a co-leader written as a string, at the value',
        text: withField('coLeader', 'Pieter Jansen'),
        findings: [
          {
            pointer: '/coLeader',
            line: 18,
            column: 11,
            message:
              '"coLeader" must be a block of indented fields (name, github, techCommunityId, termsAccepted), but it is text.',
          },
        ],
      },
      {
        name: 'asks for a missing name under the co-leader block',
        text: VALID_GROUP.replace('  name: Pieter Jansen\n', ''),
        findings: [
          {
            pointer: '/coLeader/name',
            line: 18,
            column: 1,
            message:
              'The co-leader\'s name is missing. Add "name:" with their full name under "coLeader:".',
          },
        ],
      },
      {
        name: 'treats a blank name as missing, on its line',
        text: VALID_GROUP.replace('  name: Pieter Jansen', '  name: "  "'),
        // Column 9: the opening quote of `  name: "  "`.
        findings: [
          {
            pointer: '/coLeader/name',
            line: 19,
            column: 9,
            message:
              'The co-leader\'s name is missing. Add "name:" with their full name under "coLeader:".',
          },
        ],
      },
      {
        name: 'asks for a missing GitHub username under the co-leader block',
        text: VALID_GROUP.replace('  github: pjansen\n', ''),
        findings: [
          {
            pointer: '/coLeader/github',
            line: 18,
            column: 1,
            message:
              'The co-leader\'s GitHub username is missing. Add "github:" with their username under "coLeader:"; the registry uses it to know who may update the group.',
          },
        ],
      },
      {
        name: 'suggests the bare username for one written with @',
        text: VALID_GROUP.replace('github: pjansen', "github: '@pjansen'"),
        // Column 11: the opening quote of `  github: '@pjansen'`.
        findings: [
          atGithub(
            'The co-leader\'s GitHub username "@pjansen" is not a valid username (letters, digits and single hyphens, at most 39 characters, without @). Write just the username: github: pjansen',
          ),
        ],
      },
      {
        name: 'suggests the bare username for one written as a github.com address',
        text: VALID_GROUP.replace('github: pjansen', 'github: https://github.com/PJansen'),
        findings: [
          atGithub(
            'The co-leader\'s GitHub username "https://github.com/PJansen" is not a valid username (letters, digits and single hyphens, at most 39 characters, without @). Write just the username: github: PJansen',
          ),
        ],
      },
      {
        name: 'refuses a username longer than GitHub allows, without a suggestion',
        text: VALID_GROUP.replace('github: pjansen', `github: ${'p'.repeat(40)}`),
        findings: [
          atGithub(
            'The co-leader\'s GitHub username "pppppppppppppppppppppppppppppppppppppppp" is not a valid username (letters, digits and single hyphens, at most 39 characters, without @).',
          ),
        ],
      },
    ],
  });
});
