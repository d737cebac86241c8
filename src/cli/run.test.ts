import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tgr as runTgr } from '../../test/support/tgr.js';
import { VALID_GROUP, withField } from '../../test/support/check.js';
import { REPO_ROOT, tempRegistry } from '../../test/support/registry.js';

const registries: Array<{ remove: () => void }> = [];
afterEach(() => {
  for (const registry of registries.splice(0)) registry.remove();
});

function registry(...args: Parameters<typeof tempRegistry>) {
  const created = tempRegistry(...args);
  registries.push(created);
  return created;
}

const tgr = (cwd: string, ...argv: string[]) => runTgr(cwd, argv);

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
              message:
                '@pjansen accepted the terms on 1 January 2027, which is after today (22 November 2026). Write the date they actually accepted.',
              messageId: 'leaders/terms.future',
              params: { name: '@pjansen', accepted: '2027-01-01', today: '2026-11-22' },
              line: 24,
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

  it('writes findings in the language --lang asks for, with the same messageId and params', async () => {
    const { root } = registry({
      'groups/example.yaml': VALID_GROUP.replace(
        'termsAccepted: 2024-02-21',
        'termsAccepted: 2027-01-01',
      ),
    });
    const english = await tgr(root, 'validate', '--format', 'json');
    const dutch = await tgr(root, 'validate', '--format', 'json', '--lang', 'nl');
    const finding = (stdout: string): Record<string, unknown> => {
      const report = JSON.parse(stdout) as { files: Array<{ findings: unknown[] }> };
      return report.files[0]?.findings[0] as Record<string, unknown>;
    };
    const { message: inEnglish, ...rest } = finding(english.stdout);
    expect(inEnglish).toMatch(/^@pjansen accepted the terms on 1 January 2027/);
    expect(finding(dutch.stdout)).toEqual({
      ...rest,
      message:
        '@pjansen heeft de voorwaarden op 1 januari 2027 geaccepteerd, en dat is na vandaag (22 november 2026). Vul de datum in waarop de voorwaarden echt zijn geaccepteerd.',
    });

    const swedish = await tgr(root, 'validate', '--lang', 'sv');
    expect(swedish.code).toBe(1);
    expect(swedish.stdout).toBe(
      'groups/example.yaml:24:18 error leaders/terms  @pjansen godkände ledarvillkoren den 1 januari 2027, vilket är efter i dag (22 november 2026). Skriv datumet då @pjansen faktiskt godkände dem.\n' +
        '1 gruppfil kontrollerad: 1 fel, 0 varningar.\n',
    );
  });

  it('refuses a language it does not speak', async () => {
    const { root } = registry({ 'groups/example.yaml': VALID_GROUP });
    const result = await tgr(root, 'validate', '--lang', 'de');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--lang must be en, nl, sv, not "de"');
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
    expect(result.stdout).toContain(
      'error meetups/minimum  Between 23 November 2025 and 22 November 2026 the group has held only 6 Azure meetups',
    );
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
  it('writes a group file that names every field, each empty one a finding of its own', async () => {
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
    // Each leader's account id follows their username, and the leader is told where to find it.
    expect(text.match(/^ {2}github:.*\n {2}githubId:/gm)).toHaveLength(2);
    expect(text).toContain('https://api.github.com/users/<username>');

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

describe('tgr finds its registry', () => {
  it('checks the whole registry from inside groups/, paths relative to where it runs', async () => {
    const { root } = registry({}, { examples: true });
    const result = await tgr(path.join(root, 'groups'), 'validate', '--format', 'json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { files: Array<{ path: string }> };
    expect(report.files).toHaveLength(5);
    expect(report.files.map((file) => file.path)).toContain('utrecht-azure.yaml');
  });

  it('takes a file named inside groups/ for the registry file it is, not a misplaced one', async () => {
    const { root } = registry({}, { examples: true });
    const result = await tgr(path.join(root, 'groups'), 'validate', 'utrecht-azure.yaml');
    expect(result.stdout).not.toContain('registry/file-name');
    expect(result.stdout).toContain('1 group file checked: 0 errors');
    expect(result.code).toBe(0);
  });

  it('checks the registry from a subfolder of groups/, and reports a file kept there', async () => {
    const { root, write } = registry({ 'groups/example.yaml': VALID_GROUP });
    write('groups/drafts/notes.txt', 'not a group file');
    const result = await tgr(path.join(root, 'groups/drafts'), 'validate');
    expect(result.stdout).toContain('1 group file checked: 0 errors');
    expect(result.code).toBe(0);
    write('groups/drafts/draft.yaml', renamed('draft', 'Draft Azure User Group'));
    const misplaced = await tgr(path.join(root, 'groups/drafts'), 'validate');
    expect(misplaced.stdout).toMatch(/^draft\.yaml:\d+:\d+ error registry\/file-name /m);
    expect(misplaced.stdout).toContain('2 group files checked: 1 error');
    expect(misplaced.code).toBe(1);
  });

  it('resolves files named on the command line from the working directory', async () => {
    const { root } = registry({ 'groups/example.yaml': VALID_GROUP }, { examples: true });
    mkdirSync(path.join(root, 'docs'));
    const result = await tgr(
      path.join(root, 'docs'),
      'validate',
      '../groups/example.yaml',
      '--format',
      'json',
    );
    const report = JSON.parse(result.stdout) as { files: Array<{ path: string }> };
    expect(report.files.map((file) => file.path)).toEqual(['../groups/example.yaml']);
    expect((await tgr(path.join(root, 'docs'), 'validate', 'groups/example.yaml')).code).toBe(2);
  });

  it('reads --config from the registry root, wherever it runs', async () => {
    const { root } = registry({
      'groups/example.yaml': VALID_GROUP,
      'policy/strict.yml': 'meetups:\n  minimum: 8\nrules:\n  meetups/minimum: error\n',
    });
    const inside = await tgr(
      path.join(root, 'groups'),
      'validate',
      '--config',
      'policy/strict.yml',
    );
    expect(inside.stdout).toContain('error meetups/minimum');
    expect(inside.code).toBe(1);
    const byDefault = await tgr(path.join(root, 'groups'), 'validate');
    expect(byDefault.code).toBe(0);
  });

  it('stops with exit 2, saying where it looked, outside any registry', async () => {
    const { root: outside } = registry();
    const project = path.join(outside, 'project');
    mkdirSync(path.join(project, '.git'), { recursive: true });
    mkdirSync(path.join(project, 'src'));
    for (const command of [['validate'], ['new', 'gent-azure'], ['audit', '--dry-run']]) {
      const result = await tgr(path.join(project, 'src'), ...command);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(
        `tgr: no registry found: looked for a groups/ folder in ${path.join(project, 'src')} and every folder above it up to ${project} (the root of its Git repository, where the search stops).`,
      );
      expect(result.stderr).toContain('cd path/to/registry && npx tgr validate');
    }
    // The groups/ folder above the repository belongs to something else: never written into.
    expect(existsSync(path.join(outside, 'groups/gent-azure.yaml'))).toBe(false);
  });

  it.skipIf(hasGroupsAbove(os.tmpdir()))(
    'searches up to the file-system root outside a Git repository',
    async () => {
      const { root } = registry();
      const bare = path.join(os.tmpdir(), path.basename(root) + '-bare');
      mkdirSync(bare);
      try {
        const result = await tgr(bare, 'validate');
        expect(result.code).toBe(2);
        expect(result.stderr).toContain(
          `looked for a groups/ folder in ${bare} and every folder above it up to ${path.parse(bare).root}.`,
        );
      } finally {
        rmSync(bare, { recursive: true });
      }
    },
  );

  it("never takes a repository's groups/ folder for the root, even with a stray groups/ inside", async () => {
    const { root, write } = registry({ 'groups/example.yaml': VALID_GROUP });
    mkdirSync(path.join(root, '.git'));
    write('groups/groups/stray.yaml', renamed('stray', 'Stray Azure User Group'));
    const result = await tgr(path.join(root, 'groups'), 'validate');
    expect(result.stdout).toMatch(/^groups\/stray\.yaml:\d+:\d+ error registry\/file-name /m);
    expect(result.stdout).toContain('2 group files checked: 1 error');
  });

  it('never exits 0 having checked nothing', async () => {
    const { root } = registry();
    const empty = await tgr(root, 'validate');
    expect(empty.code).toBe(2);
    expect(empty.stdout).toBe('');
    expect(empty.stderr).toContain(
      `tgr: nothing to check: the registry's groups/ folder (${path.join(root, 'groups')}) holds no group file (.yaml). Create one with: npx tgr new SLUG`,
    );
    mkdirSync(path.join(root, 'docs'));
    const folder = await tgr(root, 'validate', 'docs');
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('tgr: nothing to check: no group file (.yaml) in docs');
    const audit = await tgr(root, 'audit', '--dry-run');
    expect(audit.code).toBe(2);
    expect(audit.stderr).toContain('an audit of no groups would close every audit issue');
  });

  it('writes tgr new into the registry from inside groups/, and says where', async () => {
    const { root } = registry({ 'groups/example.yaml': VALID_GROUP });
    const result = await tgr(path.join(root, 'groups'), 'new', 'gent-azure');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'Created gent-azure.yaml. Fill in every empty field, then run: npx tgr validate gent-azure.yaml\n',
    );
    expect(existsSync(path.join(root, 'groups/gent-azure.yaml'))).toBe(true);
    expect(existsSync(path.join(root, 'groups/groups'))).toBe(false);
  });

  it('audits the whole registry from inside groups/', async () => {
    const { root } = registry({}, { examples: true });
    const result = await tgr(path.join(root, 'groups'), 'audit', '--dry-run', '--format', 'json');
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout) as { groups: unknown[] };
    expect(plan.groups).toHaveLength(5);
    expect((await tgr(root, 'audit', '--dry-run', 'groups')).code).toBe(2);
  });
});

describe('tgr explains itself', () => {
  const version = (
    JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }
  ).version;

  it.each(['validate', 'new', 'audit', 'identify', 'rules'])(
    'prints the help of %s for --help, -h and tgr help, outside any registry, with exit 0',
    async (command) => {
      const { root } = registry();
      const nowhere = path.join(root, 'groups-less');
      mkdirSync(path.join(nowhere, '.git'), { recursive: true });
      const help = await tgr(nowhere, command, '--help');
      expect(help.code).toBe(0);
      expect(help.stderr).toBe('');
      expect(help.stdout).toMatch(new RegExp(`^Usage: tgr ${command}\\b`));
      expect(help.stdout).toContain('Exit status:');
      expect(await tgr(nowhere, 'help', command)).toEqual(help);
      expect(await tgr(nowhere, command, '-h')).toEqual(help);
      // Asking for help wins over other arguments, even wrong ones.
      expect(await tgr(nowhere, command, '--format', 'xml', '--help')).toEqual(help);
    },
  );

  it('prints the overview for tgr help and tgr --help, and the version for --version', async () => {
    const { root } = registry();
    const overview = await tgr(root, 'help');
    expect(overview.code).toBe(0);
    expect(overview.stdout).toContain(`tgr ${version}:`);
    for (const command of ['validate', 'new', 'audit', 'rules'])
      expect(overview.stdout).toContain(`  tgr ${command}`);
    expect(await tgr(root, '--help')).toEqual(overview);
    expect(await tgr(root, '--version')).toEqual({
      code: 0,
      stdout: `tgr ${version}\n`,
      stderr: '',
    });
  });

  it('exits 2 with a clear message and the command usage for an unknown option', async () => {
    const { root } = registry({ 'groups/example.yaml': VALID_GROUP });
    const result = await tgr(root, 'validate', '--nope');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "tgr: unknown option --nope\n\nUsage: tgr validate [PATH...] [--today YYYY-MM-DD] [--config FILE] [--format text|json|github] [--lang en|nl|sv] [--docs-url URL]\nRun 'tgr help validate' for details.\n",
    });
    expect((await tgr(root, 'help', 'frobnicate')).code).toBe(2);
    expect((await tgr(root, 'rules', 'extra')).code).toBe(2);
    const none = await tgr(root);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^tgr: no command given\n/);
  });
});

/** Whether a folder from `start` up holds groups/: then a search from a temporary folder finds it. */
function hasGroupsAbove(start: string): boolean {
  for (let folder = path.resolve(start); ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, 'groups'))) return true;
    if (path.dirname(folder) === folder) return false;
  }
}
