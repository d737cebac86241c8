import { registryDisk } from '../adapters/fs/registry-disk.js';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../core/policy.js';
import { VALID_GROUP, withField } from '../../test/support/check.js';
import { tempRegistry } from '../../test/support/registry.js';
import { runValidate } from './run-validate.js';

/**
 * Hostile and broken input, each through the real pipeline from a file on disk: every one ends
 * in a finding with a line inside the file, never a crash, in bounded time (the test timeout).
 */
const billionLaughs = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...Array.from({ length: 8 }, (_, i) => {
    const name = String.fromCharCode(98 + i);
    const previous = String.fromCharCode(97 + i);
    return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`;
  }),
].join('\n');

/** The line a field appended to the base group lands on. */
const END = VALID_GROUP.split('\n').length;

const cases: Array<{
  name: string;
  content: string | Uint8Array;
  rule: string;
  line: number;
  message?: RegExp;
}> = [
  { name: 'an empty file', content: '', rule: 'yaml', line: 1, message: /empty/ },
  { name: 'only a comment', content: '# nothing here\n', rule: 'yaml', line: 1, message: /empty/ },
  {
    name: 'a bare string',
    content: 'just some text\n',
    rule: 'yaml',
    line: 1,
    message: /single piece of text/,
  },
  {
    name: 'a list at the top',
    content: '- slug: x\n- name: y\n',
    rule: 'yaml',
    line: 1,
    message: /a list/,
  },
  {
    name: 'tabs for indentation',
    content: 'slug: x\nleader:\n\tname: Anna\n',
    rule: 'yaml',
    line: 3,
    message: /Tab characters/,
  },
  {
    name: 'invalid UTF-8',
    content: Buffer.concat([
      Buffer.from('slug: x\nname: '),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('\n'),
    ]),
    rule: 'yaml',
    line: 2,
    message: /UTF-8/,
  },
  {
    name: 'a 50 MB file',
    content: `slug: x\nname: "${'a'.repeat(50 * 1024 * 1024)}"\n`,
    rule: 'yaml',
    line: 1,
    // 15 bytes before the name, 50 MiB of it, 2 after: 52,428,817 bytes.
    message:
      /^The file is 52,428,817 bytes; a group file may be at most 1,048,576 bytes \(1 MB\)\. Keep only the group's own details and meetups in it\.$/,
  },
  {
    name: '10,000 levels of nesting',
    content: `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
    rule: 'yaml',
    line: 1,
    message: /nested/,
  },
  {
    name: 'a billion-laughs alias bomb',
    content: `${billionLaughs}\n`,
    rule: 'yaml',
    line: 2,
    message: /\(an alias\)/,
  },
  { name: 'a NUL byte', content: 'slug: x\nname: a\u0000b\n', rule: 'yaml', line: 2 },
  {
    name: 'a duplicate key',
    content: `${VALID_GROUP}slug: again\n`,
    rule: 'yaml',
    line: END,
    message: /appears twice/,
  },
  {
    name: 'two documents',
    content: `${VALID_GROUP}---\n${VALID_GROUP}`,
    rule: 'yaml',
    line: END,
    message: /more than one YAML document/,
  },
  {
    name: 'a custom tag',
    content: withField('name', '!js/function "x"'),
    rule: 'yaml',
    line: 2,
    message: /tag/,
  },
  {
    name: 'a __proto__ key',
    content: VALID_GROUP.replace('city: Utrecht', '__proto__:\n  polluted: true\ncity: Utrecht'),
    rule: 'schema',
    line: 5,
    message: /"__proto__" is not a field/,
  },
  {
    name: 'a constructor key',
    content: `${VALID_GROUP}constructor: x\n`,
    rule: 'schema',
    line: END,
    message: /"constructor" is not a field/,
  },
  {
    name: 'a date that does not exist',
    content: withField('joined', '2026-02-30'),
    rule: 'registry/joined',
    line: 4,
    message: /written YYYY-MM-DD and existing on the calendar/,
  },
  {
    name: 'a Tech Community profile URL for the ID',
    content: VALID_GROUP.replace(
      'techCommunityId: 1234567',
      'techCommunityId: https://techcommunity.microsoft.com/t5/user/viewprofilepage/user-id/123456',
    ),
    rule: 'leaders/tech-community-id',
    line: 17,
    message: /techCommunityId: 123456$/,
  },
  {
    name: 'a YAML 1.1 boolean',
    content: VALID_GROUP.replace('azure: true', 'azure: yes'),
    rule: 'schema',
    line: 28,
    message: /Write true or false/,
  },
];

const registries: Array<{ remove: () => void }> = [];
afterAll(() => {
  for (const registry of registries) registry.remove();
});

/** Validates files in a registry of their own, as `tgr validate` would with those paths named. */
async function validateFiles(files: Record<string, string | Uint8Array>) {
  const registry = tempRegistry(files);
  registries.push(registry);
  const { results } = await runValidate({
    paths: Object.keys(files).map((file) => `${registry.root}/${file}`),
    root: registry.root,
    disk: registryDisk(),
    cwd: registry.root,
    today: '2026-11-22',
    policy: DEFAULT_POLICY,
  });
  return results;
}

describe('hostile input, through tgr validate', () => {
  it.each(cases)(
    '$name → $rule finding on line $line',
    async ({ content, rule, line, message }) => {
      const results = await validateFiles({ 'groups/example.yaml': content });
      const findings = results[0]?.findings ?? [];
      const finding = findings.find((candidate) => candidate.rule === rule);
      expect(finding, JSON.stringify(findings, null, 2).slice(0, 2000)).toBeDefined();
      expect(finding?.line).toBe(line);
      expect(finding?.severity).toBe('error');
      if (message) expect(finding?.message).toMatch(message);
      const lines =
        typeof content === 'string'
          ? content.split('\n').length
          : Buffer.from(content).toString('latin1').split('\n').length;
      for (const each of findings) expect(each.line).toBeLessThanOrEqual(Math.max(lines, 1));
    },
  );

  it('keeps lines right with a byte-order mark and CRLF line endings', async () => {
    const text =
      `\uFEFF${VALID_GROUP.replace('termsAccepted: 2024-02-21', 'termsAccepted: 2030-01-01')}`.replaceAll(
        '\n',
        '\r\n',
      );
    const results = await validateFiles({ 'groups/example.yaml': text });
    expect(results[0]?.findings.map(({ rule, line, column }) => ({ rule, line, column }))).toEqual([
      { rule: 'leaders/terms', line: 24, column: 18 },
    ]);
  });

  it('keeps names in any script, right-to-left and zero-width characters included', async () => {
    const names = [
      'Göteborg Azure Användargrupp',
      'مجموعة أزور الرياض',
      '東京 Azure ユーザー会',
      'Zero\u200Bwidth Azure Group',
    ];
    for (const name of names) {
      const text = withField('name', JSON.stringify(name), withField('slug', 'example'));
      const results = await validateFiles({ 'groups/example.yaml': text });
      expect(results[0]?.findings).toEqual([]);
    }
  });

  it('refuses direction-control characters in a name: they can display a mark stored backwards', async () => {
    const name = '\u202Epuorg resU erusA tfosorciM';
    const results = await validateFiles({
      'groups/example.yaml': withField('name', JSON.stringify(name)),
    });
    expect(results[0]?.findings.map(({ rule, line, column }) => ({ rule, line, column }))).toEqual([
      { rule: 'trademark/name', line: 2, column: 7 },
    ]);
  });
});

/**
 * Entries under groups/ that are not regular files. Each one is a finding: skipping it would make
 * a group vanish from the registry, and following or reading it could read anything, or block.
 */
describe('group-file entries that are not regular files, through tgr validate', () => {
  const registry = tempRegistry({
    'groups/example.yaml': VALID_GROUP,
    'outside.yaml': withField('slug', 'outside'),
  });
  registries.push(registry);
  const at = (file: string): string => path.join(registry.root, file);
  symlinkSync('example.yaml', at('groups/linked.yaml'));
  symlinkSync(at('outside.yaml'), at('groups/outside.yaml'));
  symlinkSync('nowhere.yaml', at('groups/dangling.yml'));
  symlinkSync(at('groups'), at('groups/folder-link.yaml'));
  symlinkSync('example.yaml', at('groups/notes.txt'));
  mkdirSync(at('groups/folder.yaml'));
  execFileSync('mkfifo', [at('groups/pipe.yaml')]);

  // Were the pipe ever opened for reading, this writer would end each wait after two seconds,
  // so a regression fails the test (an empty file) instead of hanging the run.
  const unblocker = spawn(
    'sh',
    ['-c', 'sleep 2; while :; do : > "$1"; done', 'sh', at('groups/pipe.yaml')],
    { stdio: 'ignore' },
  );
  afterAll(() => {
    unblocker.kill();
  });

  const run = (paths: string[] = []) =>
    runValidate({
      paths: paths.map(at),
      root: registry.root,
      disk: registryDisk(),
      cwd: registry.root,
      today: '2026-11-22',
      policy: DEFAULT_POLICY,
    });
  const summary = (results: Awaited<ReturnType<typeof run>>['results']) =>
    results.map(({ file, findings }) => ({
      path: file.path,
      findings: findings.map(({ rule, severity, line, column, message }) => ({
        rule,
        severity,
        line,
        column,
        message,
      })),
    }));
  const notRegular = (file: string, is: string, fix: string) => ({
    path: file,
    findings: [
      {
        rule: 'yaml',
        severity: 'error',
        line: 1,
        column: 1,
        message: `${file} ${is}; a group file must be a regular file (${fix}).`,
      },
    ],
  });
  const LINK = ['is a symbolic link', 'replace the link with the file itself'] as const;
  const OTHER = [
    'is a folder or a special file (a named pipe, socket or device)',
    'put the group file itself at this path',
  ] as const;

  it('reports each one as an error, never following a link or waiting on a pipe', async () => {
    const { results, errors } = await run();
    expect(summary(results)).toEqual([
      notRegular('groups/dangling.yml', ...LINK),
      { path: 'groups/example.yaml', findings: [] },
      notRegular('groups/folder-link.yaml', ...LINK),
      notRegular('groups/folder.yaml', ...OTHER),
      notRegular('groups/linked.yaml', ...LINK),
      notRegular('groups/outside.yaml', ...LINK),
      notRegular('groups/pipe.yaml', ...OTHER),
    ]);
    expect(errors).toBe(6);
  });

  it('reports a symbolic link named on the command line the same way, without following it', async () => {
    const { results } = await run(['groups/linked.yaml', 'groups/folder-link.yaml']);
    expect(summary(results)).toEqual([
      notRegular('groups/folder-link.yaml', ...LINK),
      notRegular('groups/linked.yaml', ...LINK),
    ]);
    const pipe = await run(['groups/pipe.yaml']);
    expect(summary(pipe.results)).toEqual([notRegular('groups/pipe.yaml', ...OTHER)]);
  });

  it('still checks the folder the links sit in', async () => {
    const { results } = await run(['groups']);
    expect(results.map((result) => result.file.path)).toContain('groups/example.yaml');
    expect(results).toHaveLength(7);
  });
});
