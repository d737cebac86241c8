import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../core/policy.js';
import { evaluate } from '../evaluate/evaluate.js';
import { nonRegularGroupFile } from '../load/group-file.js';
import {
  check,
  fileFrom,
  findingsOf,
  VALID_GROUP,
  withField,
  yaml,
} from '../../test/support/check.js';

const encoder = new TextEncoder();
const bytesOf = (...parts: Array<string | number[]>): Uint8Array =>
  new Uint8Array(
    parts.flatMap((part) => (typeof part === 'string' ? [...encoder.encode(part)] : part)),
  );

describe('yaml', () => {
  it('passes a readable group file', () => {
    expect(findingsOf('yaml', VALID_GROUP)).toEqual([]);
  });

  it('refuses tab indentation, on the line of the tab', () => {
    const [finding, ...rest] = check('slug: example\nname:\n\tfirst: Example\n');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: 'yaml',
      severity: 'error',
      file: 'groups/example.yaml',
      pointer: '',
      line: 3,
      column: 1,
    });
    expect(finding?.message).toContain('Tab characters');
    expect(finding?.message).toContain('replace each tab with spaces');
  });

  it('reports a duplicate key on the line of the second key', () => {
    const findings = check(yaml`
      slug: example
      name: Example Azure User Group
      slug: other
    `);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'yaml',
      severity: 'error',
      pointer: '',
      line: 3,
      column: 1,
    });
    expect(findings[0]?.message).toContain('appears twice');
    expect(findings[0]?.message).toContain('delete the other');
  });

  it('reports a duplicate key inside a block on the line of the second key', () => {
    const text = VALID_GROUP.replace(
      '  github: annadevries\n',
      '  github: annadevries\n  github: anna\n',
    );
    const findings = check(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', rule: 'yaml', line: 16, column: 3 });
  });

  it.each([
    {
      case: 'a value holding ": "',
      text: withField('name', 'Azure: the good parts'),
      line: 2,
      column: 7,
      message:
        'The value of "name" holds ": ", which YAML reads as the start of another field on the same line. Put the whole value in quotes: name: "Azure: the good parts"',
    },
    {
      case: 'a meetup title holding ": ", with a comment after it',
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
      case: 'a value ending in ":"',
      text: withField('city', 'Utrecht:'),
      line: 5,
      column: 7,
      message:
        'The value of "city" ends with ":", which YAML reads as the start of another field on the same line. Put the whole value in quotes: city: "Utrecht:"',
    },
    {
      case: 'a duplicate top-level field',
      text: withField('city', 'Utrecht\ncity: Amersfoort'),
      line: 6,
      column: 1,
      message:
        'The field "city" appears twice at the top level of the file: first on line 5, again here. Keep one of them and delete the other.',
    },
    {
      case: 'a duplicate field of a leader',
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
      case: 'a duplicate field of a meetup',
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
      case: 'a duplicate field written once with quotes',
      text: withField('city', 'Utrecht\n"city": Amersfoort'),
      line: 6,
      column: 1,
      message:
        'The field "city" appears twice at the top level of the file: first on line 5, again here. Keep one of them and delete the other.',
    },
    {
      case: 'a tab for indentation',
      text: VALID_GROUP.replace('  github: annadevries', '\tgithub: annadevries'),
      line: 15,
      column: 1,
      message:
        'Tab characters are used for indentation here. YAML needs spaces: replace each tab with spaces.',
    },
    {
      case: 'an unclosed double quote',
      text: withField('name', '"Example Azure User Group'),
      line: 2,
      column: 7,
      message:
        'The value of "name" opens a quote (") that is never closed, so YAML reads on into the lines below. Close the quote at the end of the value.',
    },
    {
      case: 'an unclosed single quote at the end of the file',
      text: `${VALID_GROUP}waivers:\n  - rule: meetups/minimum\n    reason: 'Flood`,
      line: 44,
      column: 13,
      message:
        'The value of "reason" opens a quote (\') that is never closed, so YAML reads on into the lines below. Close the quote at the end of the value.',
    },
    {
      case: 'an unclosed list',
      text: withField('city', '[Utrecht, Amersfoort'),
      line: 5,
      column: 7,
      message:
        'The value of "city" starts with "[", which YAML reads as a list written on one line, and it is never closed with "]". If the value is text, put it in quotes: city: "[Utrecht, Amersfoort"',
    },
    {
      case: 'text after a closing quote',
      text: withField('name', '"Example" Azure User Group'),
      line: 2,
      column: 7,
      message:
        'The value of "name" starts with a quote that ends before the value does, so YAML cannot read the rest. Put the whole value in quotes: name: \'"Example" Azure User Group\'',
    },
    {
      case: 'a value starting with @',
      text: VALID_GROUP.replace('github: annadevries', 'github: @annadevries'),
      line: 15,
      column: 11,
      message:
        'The value of "github" starts with "@", which has a meaning of its own in YAML at the start of a value. Put the whole value in quotes: github: "@annadevries"',
    },
    {
      case: 'a value starting with [ that is text',
      text: withField('name', '[Example] Azure User Group'),
      line: 2,
      column: 7,
      message:
        'The value of "name" starts with "[", which YAML reads as the start of a list written on one line. Put the whole value in quotes: name: "[Example] Azure User Group"',
    },
    {
      case: 'a value starting with !',
      text: withField('name', '!Example Azure User Group'),
      line: 2,
      column: 7,
      message:
        'A value here starts with "!", which YAML reads as a tag. If the value is text, put it in quotes: name: "!Example Azure User Group"; otherwise remove the "!" tag.',
    },
    {
      case: 'a value starting with | on one line',
      text: withField('name', '| Example'),
      line: 2,
      column: 7,
      message:
        'A value that starts with "|" is a block of text that starts on the next line. For a value on one line, put it in quotes: name: "| Example"',
    },
    {
      case: 'no space after a colon',
      text: withField('city', undefined).replace('country: NL', 'city:Utrecht\ncountry: NL'),
      line: 5,
      column: 1,
      message:
        'There is no space after the colon in "city:Utrecht", so YAML does not read it as a field. Write a space after the colon: city: Utrecht',
    },
    {
      case: 'a line without a colon',
      text: withField('city', undefined).replace('country: NL', 'city Utrecht\ncountry: NL'),
      line: 5,
      column: 1,
      message:
        'Line 5 ("city Utrecht") has no colon, so YAML cannot read it as a field. Write it as "name: value", or remove it.',
    },
    {
      case: 'a field name without its colon, before a field that then looks out of line',
      text: VALID_GROUP.replace('  name: Anna de Vries', '  name Anna de Vries'),
      line: 14,
      column: 3,
      message:
        'Line 14 ("name Anna de Vries") has no colon, so YAML cannot read it as a field. Write it as "name: value", or remove it.',
    },
    {
      case: 'no space after a colon, before a list item',
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
      case: 'a list item written with "*"',
      text: VALID_GROUP.replace('  - date: 2026-10-22', '  * date: 2026-10-22'),
      line: 39,
      column: 3,
      message:
        'YAML reads "*" here as an alias (*name). Write list items with "- ", and put a value that starts with "*" in quotes.',
    },
    {
      case: 'a comment inside a field name',
      text: VALID_GROUP.replace('  github: pjansen', '  git #hub: pjansen'),
      line: 20,
      column: 7,
      message:
        'YAML expected ": " after the field name on this line. Write it as "name: value", with a space after the colon (a " #" starts a comment, even inside a name).',
    },
    {
      case: 'a field indented one space too far',
      text: VALID_GROUP.replace('  github: annadevries', '   github: annadevries'),
      line: 15,
      column: 4,
      message:
        'This line is not lined up with the fields around it. Indent it with spaces exactly as far as the other fields of its block. It starts at column 4, the line above at column 3.',
    },
    {
      case: 'a field indented one space too little',
      text: VALID_GROUP.replace('  github: annadevries', ' github: annadevries'),
      line: 15,
      column: 2,
      message:
        'This line is not lined up with the fields around it. Indent it with spaces exactly as far as the other fields of its block. It starts at column 2, the line above at column 3.',
    },
    {
      case: 'a list item out of line',
      text: VALID_GROUP.replace('  - date: 2026-04-16', '   - date: 2026-04-16'),
      line: 30,
      column: 4,
      message:
        'This list item is not lined up with the items above it. Start each "- " of a list at the same column, with spaces.',
    },
    {
      case: 'a backslash in double quotes',
      text: withField('name', '"Example\\Azure User Group"'),
      line: 2,
      column: 16,
      message:
        'In double quotes, a backslash starts an escape code such as \\n. Put this value in single quotes instead, where a backslash is an ordinary character.',
    },
    {
      case: 'an invisible control character',
      text: withField('city', 'Utr\u0007echt'),
      line: 5,
      column: 10,
      message:
        'The file holds an invisible control character here (U+0007), which YAML does not allow. Delete it; if you cannot see it, type this value again.',
    },
  ])('says what to do about $case, where to do it', ({ text, line, column, message }) => {
    expect(
      check(text).map((finding) => [finding.rule, finding.line, finding.column, finding.message]),
    ).toEqual([['yaml', line, column, message]]);
  });

  it('refuses a top-level list', () => {
    const findings = check('- slug: example\n- name: Example\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'yaml', severity: 'error', line: 1, column: 1 });
    expect(findings[0]?.message).toContain('must be a mapping of fields');
    expect(findings[0]?.message).toContain('it is a list');
  });

  it('refuses a bare string, pointing at it', () => {
    const findings = check('\n# a group\n  just some words\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', rule: 'yaml', line: 3, column: 3 });
    expect(findings[0]?.message).toContain('a single string value');
    expect(findings[0]?.message).toContain('"field: value"');
  });

  it('refuses an empty file and a file of comments only', () => {
    for (const text of ['', '\n\n', '# nothing yet\n']) {
      const findings = check(text);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ rule: 'yaml', severity: 'error', line: 1, column: 1 });
      expect(findings[0]?.message).toContain('The file is empty');
      expect(findings[0]?.message).toContain('npx tgr new <slug>');
    }
  });

  it('refuses a second document, at its marker', () => {
    const findings = check('slug: example\n---\nslug: other\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', rule: 'yaml', line: 2, column: 1 });
    expect(findings[0]?.message).toContain('more than one YAML document');

    const explicit = check('---\nslug: example\n---\nslug: other\n');
    expect(explicit).toHaveLength(1);
    expect(explicit[0]).toMatchObject({ severity: 'error', rule: 'yaml', line: 3, column: 1 });
  });

  it('refuses aliases', () => {
    const findings = check(yaml`
      slug: &a example
      name: *a
    `);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'yaml', severity: 'error', line: 2, column: 8 });
    expect(findings[0]?.message).toContain('aliases (*name) are not allowed');
    expect(findings[0]?.message).toContain('Write the value out in full');
  });

  it('stops 10,000 nested brackets at the depth limit with one finding', () => {
    const findings = check(`slug: ${'['.repeat(10_000)}\n`);
    expect(findings).toHaveLength(1);
    // The 16th bracket is the deepest allowed; "slug: " takes columns 1 to 6.
    expect(findings[0]).toMatchObject({ rule: 'yaml', severity: 'error', line: 1, column: 22 });
    expect(findings[0]?.message).toContain('nested more than 16 levels');
  });

  it('reports invalid UTF-8 on the line that holds it', () => {
    const bytes = bytesOf(
      'slug: example\nname: Example\ncity: Utr',
      [0xff, 0xfe],
      'cht\ncountry: NL\n',
    );
    const findings = check(bytes);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'yaml', severity: 'error', line: 3, column: 1 });
    expect(findings[0]?.message).toContain('not valid UTF-8');
    expect(findings[0]?.message).toContain('Save it as UTF-8');
  });

  it('refuses a NUL byte where it is', () => {
    const findings = check('slug: example\nname: Exa\u0000mple\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'yaml', severity: 'error', line: 2, column: 10 });
    expect(findings[0]?.message).toContain('null byte');
  });

  it('refuses a file over 1 MB, and reads one of exactly 1 MB', () => {
    const limit = 1024 * 1024;
    const padded = (size: number): string => {
      const comment = `# ${'x'.repeat(size - VALID_GROUP.length - 3)}\n`;
      return VALID_GROUP + comment;
    };
    expect(encoder.encode(padded(limit)).byteLength).toBe(limit);
    expect(check(padded(limit))).toEqual([]);

    const findings = check(padded(limit + 1));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'yaml', severity: 'error', line: 1, column: 1 });
    expect(findings[0]?.message).toBe(
      "The file is 1,048,577 bytes; a group file may be at most 1,048,576 bytes (1 MB). Keep only the group's own details and meetups in it.",
    );
  });

  it('refuses custom tags', () => {
    const findings = check('slug: example\nname: !!js/function Example\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', rule: 'yaml', line: 2, column: 7 });
    expect(findings[0]?.message).toContain('remove the "!" tag');
  });

  it('keeps lines and columns right in a file with a byte-order mark and CRLF line ends', () => {
    const text = `\uFEFF${withField('status', 'dormant').replaceAll('\n', '\r\n')}`;
    const findings = check(text);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'schema',
        pointer: '/status',
        line: 3,
        column: 9,
      }),
    ]);

    const broken = `\uFEFFslug: example\r\nname: Example\r\nslug: again\r\n`;
    expect(check(broken)).toEqual([
      expect.objectContaining({ severity: 'error', rule: 'yaml', pointer: '', line: 3, column: 1 }),
    ]);
  });

  it('is the only finding of an unreadable file, whatever the other rules would say', () => {
    const findings = check('name: [unclosed\n', { path: 'other/x.yml' });
    expect(findings.map((finding) => finding.rule)).toEqual(['yaml']);
    expect(findings[0]).toMatchObject({ severity: 'error', file: 'other/x.yml' });
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
