import { readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VALID_GROUP, withField } from '../testing/check.js';
import { tempRegistry } from '../testing/registry.js';
import { runCli } from './run.js';

const registries: Array<{ remove: () => void }> = [];
afterEach(() => {
  for (const registry of registries.splice(0)) registry.remove();
});

function registry(...args: Parameters<typeof tempRegistry>) {
  const created = tempRegistry(...args);
  registries.push(created);
  return created;
}

async function tgr(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    now: () => new Date('2026-11-22T12:00:00Z'),
    env: {},
  });
  return { code, stdout, stderr };
}

const renamed = (slug: string, name: string) =>
  withField('name', name, withField('slug', slug)).replace(
    'example-azure.org',
    `${slug}.example-azure.org`,
  );

describe('tgr validate', () => {
  it('passes the example registry with exit 0 and a summary', async () => {
    const { root } = registry({}, { examples: true });
    const result = await tgr(root, 'validate');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/5 group files checked: 0 errors, 0 warnings, 2 waived\.\n$/);
  });

  it('prints compiler-style lines and exits 1 on an error', async () => {
    const { root } = registry({ 'groups/example.yaml': withField('coLeader', undefined) });
    const result = await tgr(root, 'validate');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'groups/example.yaml:1:1 error leaders/co-leader  The group has no co-leader.',
    );
    expect(result.stdout).toContain('1 group file checked: 1 error, 0 warnings.');
  });

  it('exits 0 when there are only warnings', async () => {
    const text = VALID_GROUP.replace(/ {2}- date: 2026-10-22\n.*\n.*\n/, '');
    const { root } = registry({ 'groups/example.yaml': text });
    const result = await tgr(root, 'validate');
    expect(result.stdout).toContain('warning meetups/minimum');
    expect(result.code).toBe(0);
  });

  it('writes the documented JSON report', async () => {
    const { root } = registry({
      'groups/example.yaml': VALID_GROUP.replace(
        'termsAccepted: 2024-02-21',
        'termsAccepted: 2027-01-01',
      ),
    });
    const result = await tgr(root, 'validate', '--format', 'json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      files: [
        {
          path: 'groups/example.yaml',
          findings: [
            {
              rule: 'leaders/terms',
              severity: 'error',
              message: expect.stringContaining('2027-01-01') as unknown,
              line: 22,
              column: 18,
              pointer: '/coLeader/termsAccepted',
            },
          ],
        },
      ],
      errors: 1,
      warnings: 0,
    });
  });

  it('checks as of --today', async () => {
    const { root } = registry({ 'groups/example.yaml': VALID_GROUP });
    expect((await tgr(root, 'validate', '--today', '2026-11-22')).stdout).toContain('0 warnings');
    const later = await tgr(root, 'validate', '--today', '2027-06-30');
    expect(later.stdout).toContain('warning meetups/minimum');
  });

  it('reports only the named file but compares it with the whole registry', async () => {
    const { root } = registry({
      'groups/example.yaml': VALID_GROUP,
      'groups/copy.yaml': withField('slug', 'copy'),
    });
    const result = await tgr(root, 'validate', 'groups/copy.yaml', '--format', 'json');
    const report = JSON.parse(result.stdout) as {
      files: Array<{ path: string; findings: Array<{ rule: string; message: string }> }>;
    };
    expect(report.files.map((file) => file.path)).toEqual(['groups/copy.yaml']);
    const duplicate = report.files[0]?.findings.filter(
      (finding) => finding.rule === 'registry/duplicate',
    );
    expect(duplicate?.map((finding) => finding.message)).toEqual([
      expect.stringContaining('already used by groups/example.yaml'),
      expect.stringContaining('already used by groups/example.yaml'),
    ]);
    expect(result.code).toBe(1);
  });

  it('expands a folder argument and shows paths relative to the working directory', async () => {
    const { root } = registry({
      'groups/example.yaml': VALID_GROUP,
      'groups/b.yaml': renamed('b', 'Bee Azure User Group'),
    });
    const result = await tgr(root, 'validate', 'groups', '--format', 'json');
    const report = JSON.parse(result.stdout) as { files: Array<{ path: string }> };
    expect(report.files.map((file) => file.path)).toEqual(['groups/b.yaml', 'groups/example.yaml']);
    expect(result.code).toBe(0);
  });

  it('reports a group file that is a symbolic link as an error, without following it', async () => {
    const { root } = registry({ 'groups/example.yaml': VALID_GROUP });
    symlinkSync('example.yaml', path.join(root, 'groups/copy.yaml'));
    const all = await tgr(root, 'validate');
    expect(all.code).toBe(1);
    expect(all.stdout).toContain(
      'groups/copy.yaml:1:1 error yaml  groups/copy.yaml is a symbolic link; a group file must be a regular file (replace the link with the file itself).',
    );
    const named = await tgr(root, 'validate', 'groups/copy.yaml', '--format', 'json');
    expect(named.code).toBe(1);
    const report = JSON.parse(named.stdout) as {
      files: Array<{ path: string; findings: Array<{ rule: string; severity: string }> }>;
    };
    expect(report.files).toEqual([
      {
        path: 'groups/copy.yaml',
        findings: [expect.objectContaining({ rule: 'yaml', severity: 'error' })],
      },
    ]);
  });

  it('applies the program policy from .github/program.yml', async () => {
    const { root } = registry({
      'groups/example.yaml': VALID_GROUP,
      '.github/program.yml': 'meetups:\n  minimum: 8\nrules:\n  meetups/minimum: error\n',
    });
    const result = await tgr(root, 'validate');
    expect(result.stdout).toContain('error meetups/minimum  Only 6 Azure meetups');
    expect(result.code).toBe(1);
  });

  it('stops with exit 2 and the location of a mistake in the policy', async () => {
    const { root } = registry({
      'groups/example.yaml': VALID_GROUP,
      '.github/program.yml': 'meetups:\n  minimum: six\n',
    });
    const result = await tgr(root, 'validate');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.github/program.yml:2:12');
    const unknownRule = registry({ '.github/program.yml': 'rules:\n  meetups/minimun: off\n' });
    const second = await tgr(unknownRule.root, 'validate');
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('"meetups/minimun" is not a rule id');
  });

  it('requires a --config file that was named', async () => {
    const { root } = registry({ 'groups/example.yaml': VALID_GROUP });
    const result = await tgr(root, 'validate', '--config', 'missing.yml');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing.yml');
  });

  it('exits 2 for usage problems and unreadable paths', async () => {
    const { root } = registry({ 'groups/example.yaml': VALID_GROUP });
    expect((await tgr(root, 'validate', '--format', 'xml')).code).toBe(2);
    expect((await tgr(root, 'validate', '--today', '2026-02-30')).code).toBe(2);
    expect((await tgr(root, 'validate', '--nope')).code).toBe(2);
    expect((await tgr(root, 'frobnicate')).code).toBe(2);
    const missing = await tgr(root, 'validate', 'groups/missing.yaml');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('groups/missing.yaml: no such file or folder');
  });

  it('lists the rules', async () => {
    const { root } = registry();
    const result = await tgr(root, 'rules');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^leaders\/terms\s+error\s+/m);
    expect(result.stdout).toMatch(/^meetups\/minimum\s+warning\s+/m);
  });
});

describe('tgr new', () => {
  it('writes a group file that names every field and validates once the TODOs are filled', async () => {
    const { root } = registry();
    const created = await tgr(
      root,
      'new',
      'gent-azure',
      '--name',
      'Gent Azure: "User" Group',
      '--country',
      'BE',
    );
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('groups/gent-azure.yaml');
    const text = readFileSync(path.join(root, 'groups/gent-azure.yaml'), 'utf8');
    expect(text).toContain('slug: gent-azure');
    expect(text).toContain('country: BE');

    const before = await tgr(root, 'validate', '--format', 'json');
    const findings =
      (
        JSON.parse(before.stdout) as {
          files: Array<{ findings: Array<{ rule: string; pointer: string }> }>;
        }
      ).files[0]?.findings ?? [];
    expect(before.code).toBe(1);
    expect(findings.map((finding) => finding.pointer)).toEqual(
      expect.arrayContaining([
        '/leader/github',
        '/leader/techCommunityId',
        '/coLeader/termsAccepted',
        '/website',
        '/codeOfConduct',
      ]),
    );
    expect(findings.some((finding) => finding.pointer === '/name')).toBe(false);
  });

  it('never overwrites an existing file', async () => {
    const { root } = registry({ 'groups/example.yaml': VALID_GROUP });
    const result = await tgr(root, 'new', 'example');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('already exists');
    expect(readFileSync(path.join(root, 'groups/example.yaml'), 'utf8')).toBe(VALID_GROUP);
  });

  it('refuses a slug that cannot be a file name', async () => {
    const { root } = registry();
    const result = await tgr(root, 'new', '../escape');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('lowercase letters');
  });
});
