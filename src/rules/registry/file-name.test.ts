import { describe } from 'vitest';
import { VALID_GROUP, withField } from '../../../test/support/check.js';
import { ruleTester } from '../../../test/support/rule-tester.js';

const RULE = 'registry/file-name';

/** The finding at the value of `slug: …`, line 1, column 7. */
const atSlug = (message: string) => ({ pointer: '/slug', line: 1, column: 7, message });

/** The finding about a missing slug, at the top of the file. */
const noSlug = (message: string) => ({ pointer: '/slug', line: 1, column: 1, message });

/** The finding about the file as a whole, at its top. */
const onFile = (message: string) => ({ pointer: '', line: 1, column: 1, message });

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      { name: 'passes groups/<slug>.yaml', text: VALID_GROUP },
      {
        name: 'passes a slug with digits and hyphens',
        text: withField('slug', 'utrecht-azure-2'),
        path: 'groups/utrecht-azure-2.yaml',
      },
      {
        name: 'passes a numeric slug in quotes',
        text: withField('slug', '"2600"'),
        path: 'groups/2600.yaml',
      },
    ],
    invalid: [
      {
        name: 'reports a slug that differs from the file name, on the slug',
        text: VALID_GROUP,
        path: 'groups/utrecht-azure.yaml',
        findings: [
          atSlug(
            'The slug "example" differs from the file name "utrecht-azure.yaml". Rename the file to groups/example.yaml, or change the slug to match the file name.',
          ),
        ],
      },
      {
        name: 'asks to move a file that is outside groups/',
        text: VALID_GROUP,
        path: 'other/x.yaml',
        findings: [
          onFile(
            "Group files live in the registry's groups/ folder, named after their slug. Move this file to groups/example.yaml.",
          ),
        ],
      },
      {
        name: 'asks for the .yaml extension',
        text: VALID_GROUP,
        path: 'groups/example.yml',
        findings: [
          onFile('Group files end in .yaml, not .yml. Rename this file to groups/example.yaml.'),
        ],
      },
      {
        name: 'refuses a file in a folder under groups/',
        text: VALID_GROUP,
        path: 'groups/sub/example.yaml',
        findings: [
          onFile(
            "Group files live in the registry's groups/ folder, named after their slug. Move this file to groups/example.yaml.",
          ),
        ],
      },
      {
        name: 'reports a slug of the wrong form, and the schema does not repeat it',
        text: withField('slug', 'Example_Group'),
        findings: [
          atSlug(
            'The slug "Example_Group" may only hold lowercase letters, digits and single hyphens, such as "utrecht-azure". Change it, and name the file after it.',
          ),
        ],
        also: [],
      },
      {
        name: 'asks to quote a slug that YAML reads as a number',
        text: withField('slug', '2600'),
        path: 'groups/2600.yaml',
        findings: [
          atSlug(
            'The slug must be text, but YAML reads 2600 as a number. Put it in quotes: slug: "2600"',
          ),
        ],
      },
      {
        name: 'reports a slug of another type as a slug of the wrong form',
        text: withField('slug', '[example]'),
        findings: [
          atSlug(
            'The slug ["example"] may only hold lowercase letters, digits and single hyphens, such as "utrecht-azure". Change it, and name the file after it.',
          ),
        ],
      },
      {
        name: 'asks for a missing slug, suggesting the file name, without a schema report',
        text: withField('slug', undefined),
        findings: [
          noSlug(
            'The file has no slug. Add "slug: example" at the top: the group\'s id, equal to the file name without .yaml.',
          ),
        ],
        also: [],
      },
      {
        name: 'treats an empty slug as missing',
        text: withField('slug', ''),
        findings: [
          noSlug(
            'The file has no slug. Add "slug: example" at the top: the group\'s id, equal to the file name without .yaml.',
          ),
        ],
      },
      {
        name: 'does not suggest a file name that is no slug',
        text: withField('slug', undefined),
        path: 'groups/My_Group.yaml',
        findings: [
          noSlug(
            'The file has no slug. Add "slug: your-group-name" at the top: the group\'s id, equal to the file name without .yaml.',
          ),
        ],
      },
    ],
  });
});
