import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../core/policy.js';
import { evaluate } from '../evaluate/evaluate.js';
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

/** A case whose one finding in the whole file is this rule's, at `line`:`column`. */
const only = (
  name: string,
  text: string | Uint8Array,
  [line, column]: readonly [number, number],
  message: string,
): InvalidCase => ({ name, text, findings: [{ pointer: '', line, column, message }], also: [] });

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
            message: '"status" must be one of: applying, active, leaving; it is "dormant".',
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
      ),
      only(
        'reports a duplicate key inside a block on the line of the second key',
        VALID_GROUP.replace('  github: annadevries\n', '  github: annadevries\n  github: anna\n'),
        [16, 3],
        'The field "github" appears twice under "leader": first on line 15, again here. Keep one of them and delete the other.',
      ),
      ...[
        {
          what: 'a value holding ": "',
          text: withField('name', 'Azure: the good parts'),
          line: 2,
          column: 7,
          message:
            'The value of "name" holds ": ", which YAML reads as the start of another field on the same line. Put the whole value in quotes: name: "Azure: the good parts"',
        },
        {
          what: 'a meetup title holding ": ", with a comment after it',
          text: VALID_GROUP.replace(
            '    title: Landing zones',
            '    title: Landing zones: a tour # 2nd',
          ),
          line: 37,
          column: 12,
          message:
            'The value of "title" holds ": ", which YAML reads as the start of another field on the same line. Put the whole value in quotes: title: "Landing zones: a tour" # 2nd',
        },
        {
          what: 'a value ending in ":"',
          text: withField('city', 'Utrecht:'),
          line: 5,
          column: 7,
          message:
            'The value of "city" ends with ":", which YAML reads as the start of another field on the same line. Put the whole value in quotes: city: "Utrecht:"',
        },
        {
          what: 'a duplicate top-level field',
          text: withField('city', 'Utrecht\ncity: Amersfoort'),
          line: 6,
          column: 1,
          message:
            'The field "city" appears twice at the top level of the file: first on line 5, again here. Keep one of them and delete the other.',
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
        },
        {
          what: 'a duplicate field of a meetup',
          text: VALID_GROUP.replace(
            '    title: Landing zones\n',
            '    title: Landing zones\n    title: Landing zones 2\n',
          ),
          line: 38,
          column: 5,
          message:
            'The field "title" appears twice in the 5th meetup: first on line 37, again here. Keep one of them and delete the other.',
        },
        {
          what: 'a duplicate field written once with quotes',
          text: withField('city', 'Utrecht\n"city": Amersfoort'),
          line: 6,
          column: 1,
          message:
            'The field "city" appears twice at the top level of the file: first on line 5, again here. Keep one of them and delete the other.',
        },
        {
          what: 'a tab for indentation',
          text: VALID_GROUP.replace('  github: annadevries', '\tgithub: annadevries'),
          line: 15,
          column: 1,
          message:
            'Tab characters are used for indentation here. YAML needs spaces: replace each tab with spaces.',
        },
        {
          what: 'an unclosed double quote',
          text: withField('name', '"Example Azure User Group'),
          line: 2,
          column: 7,
          message:
            'The value of "name" opens a quote (") that is never closed, so YAML reads on into the lines below. Close the quote at the end of the value.',
        },
        {
          what: 'an unclosed single quote at the end of the file',
          text: `${VALID_GROUP}waivers:\n  - rule: meetups/minimum\n    reason: 'Flood`,
          line: 44,
          column: 13,
          message:
            'The value of "reason" opens a quote (\') that is never closed, so YAML reads on into the lines below. Close the quote at the end of the value.',
        },
        {
          what: 'an unclosed list',
          text: withField('city', '[Utrecht, Amersfoort'),
          line: 5,
          column: 7,
          message:
            'The value of "city" starts with "[", which YAML reads as a list written on one line, and it is never closed with "]". If the value is text, put it in quotes: city: "[Utrecht, Amersfoort"',
        },
        {
          what: 'text after a closing quote',
          text: withField('name', '"Example" Azure User Group'),
          line: 2,
          column: 7,
          message:
            'The value of "name" starts with a quote that ends before the value does, so YAML cannot read the rest. Put the whole value in quotes: name: \'"Example" Azure User Group\'',
        },
        {
          what: 'a value starting with @',
          text: VALID_GROUP.replace('github: annadevries', 'github: @annadevries'),
          line: 15,
          column: 11,
          message:
            'The value of "github" starts with "@", which has a meaning of its own in YAML at the start of a value. Put the whole value in quotes: github: "@annadevries"',
        },
        {
          what: 'a value starting with [ that is text',
          text: withField('name', '[Example] Azure User Group'),
          line: 2,
          column: 7,
          message:
            'The value of "name" starts with "[", which YAML reads as the start of a list written on one line. Put the whole value in quotes: name: "[Example] Azure User Group"',
        },
        {
          what: 'a value starting with !',
          text: withField('name', '!Example Azure User Group'),
          line: 2,
          column: 7,
          message:
            'A value here starts with "!", which YAML reads as a tag. If the value is text, put it in quotes: name: "!Example Azure User Group"; otherwise remove the "!" tag.',
        },
        {
          what: 'a value starting with | on one line',
          text: withField('name', '| Example'),
          line: 2,
          column: 7,
          message:
            'A value that starts with "|" is a block of text that starts on the next line. For a value on one line, put it in quotes: name: "| Example"',
        },
        {
          what: 'no space after a colon',
          text: withField('city', undefined).replace('country: NL', 'city:Utrecht\ncountry: NL'),
          line: 5,
          column: 1,
          message:
            'There is no space after the colon in "city:Utrecht", so YAML does not read it as a field. Write a space after the colon: city: Utrecht',
        },
        {
          what: 'a line without a colon',
          text: withField('city', undefined).replace('country: NL', 'city Utrecht\ncountry: NL'),
          line: 5,
          column: 1,
          message:
            'Line 5 ("city Utrecht") has no colon, so YAML cannot read it as a field. Write it as "name: value", or remove it.',
        },
        {
          what: 'a field name without its colon, before a field that then looks out of line',
          text: VALID_GROUP.replace('  name: Anna de Vries', '  name Anna de Vries'),
          line: 14,
          column: 3,
          message:
            'Line 14 ("name Anna de Vries") has no colon, so YAML cannot read it as a field. Write it as "name: value", or remove it.',
        },
        {
          what: 'no space after a colon, before a list item',
          text: VALID_GROUP.replace(
            '    azure: true\n  - date: 2026-10-22',
            '    azure:true\n  - date: 2026-10-22',
          ),
          line: 38,
          column: 5,
          message:
            'There is no space after the colon in "azure:true", so YAML does not read it as a field. Write a space after the colon: azure: true',
        },
        {
          what: 'a list item written with "*"',
          text: VALID_GROUP.replace('  - date: 2026-10-22', '  * date: 2026-10-22'),
          line: 39,
          column: 3,
          message:
            'YAML reads "*" here as an alias (*name). Write list items with "- ", and put a value that starts with "*" in quotes.',
        },
        {
          what: 'a comment inside a field name',
          text: VALID_GROUP.replace('  github: pjansen', '  git #hub: pjansen'),
          line: 20,
          column: 7,
          message:
            'YAML expected ": " after the field name on this line. Write it as "name: value", with a space after the colon (a " #" starts a comment, even inside a name).',
        },
        {
          what: 'a field indented one space too far',
          text: VALID_GROUP.replace('  github: annadevries', '   github: annadevries'),
          line: 15,
          column: 4,
          message:
            'This line is not lined up with the fields around it. Indent it with spaces exactly as far as the other fields of its block. It starts at column 4, the line above at column 3.',
        },
        {
          what: 'a field indented one space too little',
          text: VALID_GROUP.replace('  github: annadevries', ' github: annadevries'),
          line: 15,
          column: 2,
          message:
            'This line is not lined up with the fields around it. Indent it with spaces exactly as far as the other fields of its block. It starts at column 2, the line above at column 3.',
        },
        {
          what: 'a list item out of line',
          text: VALID_GROUP.replace('  - date: 2026-04-16', '   - date: 2026-04-16'),
          line: 30,
          column: 4,
          message:
            'This list item is not lined up with the items above it. Start each "- " of a list at the same column, with spaces.',
        },
        {
          what: 'a backslash in double quotes',
          text: withField('name', '"Example\\Azure User Group"'),
          line: 2,
          column: 16,
          message:
            'In double quotes, a backslash starts an escape code such as \\n. Put this value in single quotes instead, where a backslash is an ordinary character.',
        },
        {
          what: 'an invisible control character',
          text: withField('city', 'Utr\u0007echt'),
          line: 5,
          column: 10,
          message:
            'The file holds an invisible control character here (U+0007), which YAML does not allow. Delete it; if you cannot see it, type this value again.',
        },
      ].map(({ what, text, line, column, message }) =>
        only(`says what to do about ${what}, where to do it`, text, [line, column], message),
      ),
      only(
        'refuses a top-level list',
        '- slug: example\n- name: Example\n',
        [1, 1],
        'The file must be a mapping of fields (slug:, name:, leader:, …), but it is a list. Write one "field: value" per line at the top level.',
      ),
      only(
        'refuses a bare string, pointing at it',
        '\n# a group\n  just some words\n',
        [3, 3],
        'The file must be a mapping of fields (slug:, name:, leader:, …), but it is a single string value. Write one "field: value" per line at the top level.',
      ),
      only(
        'refuses an empty file',
        '',
        [1, 1],
        'The file is empty. Start from an example in groups/, or run `npx tgr new <slug>` to create a complete group file.',
      ),
      only(
        'refuses a file of empty lines',
        '\n\n',
        [1, 1],
        'The file is empty. Start from an example in groups/, or run `npx tgr new <slug>` to create a complete group file.',
      ),
      only(
        'refuses a file of comments only',
        '# nothing yet\n',
        [1, 1],
        'The file is empty. Start from an example in groups/, or run `npx tgr new <slug>` to create a complete group file.',
      ),
      only(
        'refuses a second document, at its marker',
        'slug: example\n---\nslug: other\n',
        [2, 1],
        'The file holds more than one YAML document (a second `---`, or text after `...`). Keep one document per file.',
      ),
      only(
        'refuses a second document after an explicit first, at its marker',
        '---\nslug: example\n---\nslug: other\n',
        [3, 1],
        'The file holds more than one YAML document (a second `---`, or text after `...`). Keep one document per file.',
      ),
      only(
        'refuses aliases',
        yaml`
          slug: &a example
          name: *a
        `,
        [2, 8],
        'YAML aliases (*name) are not allowed in group files. Write the value out in full. If the value is text that starts with "*", put it in quotes: name: "*a"',
      ),
      // The 16th bracket is the deepest allowed; "slug: " takes columns 1 to 6.
      only(
        'stops 10,000 nested brackets at the depth limit with one finding',
        `slug: ${'['.repeat(10_000)}\n`,
        [1, 22],
        'The file is nested more than 16 levels deep. A group file needs at most four levels; check the indentation.',
      ),
      only(
        'reports invalid UTF-8 on the line that holds it',
        bytesOf('slug: example\nname: Example\ncity: Utr', [0xff, 0xfe], 'cht\ncountry: NL\n'),
        [3, 1],
        'The file is not valid UTF-8 text. Save it as UTF-8 in your editor (in most editors: "Save with encoding" → UTF-8).',
      ),
      only(
        'refuses a NUL byte where it is',
        'slug: example\nname: Exa\u0000mple\n',
        [2, 10],
        'The file holds a null byte (an invisible character, U+0000) here. Delete it; a file saved as UTF-16 is full of them, so save it as UTF-8.',
      ),
      only(
        'refuses a file over 1 MB',
        padded(MB + 1),
        [1, 1],
        "The file is 1,048,577 bytes; a group file may be at most 1,048,576 bytes (1 MB). Keep only the group's own details and meetups in it.",
      ),
      only(
        'refuses custom tags',
        'slug: example\nname: !!js/function Example\n',
        [2, 7],
        'A value here starts with "!", which YAML reads as a tag. If the value is text, put it in quotes: name: "!!js/function Example"; otherwise remove the "!" tag.',
      ),
      only(
        'keeps lines and columns right in a broken file with a byte-order mark and CRLF line ends',
        '\uFEFFslug: example\r\nname: Example\r\nslug: again\r\n',
        [3, 1],
        'The field "slug" appears twice at the top level of the file: first on line 1, again here. Keep one of them and delete the other.',
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
          },
        ],
        also: [],
      },
    ],
  });

  it('reports an entry that is not a regular file, of every kind, as its one error', () => {
    const cases = [
      ['symlink', 'is a symbolic link', 'replace the link with the file itself'],
      ['submodule', 'is a Git submodule', 'replace the submodule with the file itself'],
      [
        'other',
        'is a folder or a special file (a named pipe, socket or device)',
        'put the group file itself at this path',
      ],
    ] as const;
    for (const [kind, is, fix] of cases) {
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
          message: `groups/linked.yaml ${is}; a group file must be a regular file (${fix}).`,
        },
      ]);
    }
  });
});
