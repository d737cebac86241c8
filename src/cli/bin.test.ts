import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VALID_GROUP, withField } from '../../test/support/check.js';
import { REPO_ROOT, tempRegistry } from '../../test/support/registry.js';
import { parseWorkflowCommands } from '../../test/support/workflow-commands.js';

/** The built `tgr` as npx runs it: dist/cli/index.js in a child process, on this machine's Node. */
const BIN = path.join(REPO_ROOT, 'dist/cli/index.js');

const HOSTILE_NAMES = [
  '::error::x',
  '::set-output name=a::b',
  'Evil\n::warning::injected',
  '##[add-mask]x',
  '@everyone <img src=x>',
];

describe('the tgr bundle', () => {
  const registry = tempRegistry();
  afterAll(() => {
    registry.remove();
  });
  HOSTILE_NAMES.forEach((name, index) => {
    // A name that starts with a Microsoft mark, so each file has a finding that quotes the name.
    const text = withField(
      'name',
      JSON.stringify(`Microsoft ${name}`),
      withField('slug', `hostile-${index}`),
    );
    registry.write(
      `groups/hostile-${index}.yaml`,
      text.replace('example-azure.org', `hostile-${index}.org`),
    );
  });
  registry.write('groups/::error::file.yaml', VALID_GROUP);

  const run = (...args: string[]) =>
    spawnSync(process.execPath, [BIN, 'validate', '--today', '2026-11-22', ...args], {
      cwd: registry.root,
      encoding: 'utf8',
    });

  it('prints no workflow command in text output, whatever the names hold', () => {
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('trademark/name');
    expect(parseWorkflowCommands(result.stdout)).toEqual({ commands: [], v1: [] });
  });

  it('prints no workflow command in JSON output, and the JSON keeps the exact names', () => {
    const result = run('--format', 'json');
    expect(parseWorkflowCommands(result.stdout)).toEqual({ commands: [], v1: [] });
    const report = JSON.parse(result.stdout) as {
      files: Array<{ path: string; findings: Array<{ rule: string; message: string }> }>;
    };
    const messages = report.files.flatMap((file) =>
      file.findings.filter((f) => f.rule === 'trademark/name').map((f) => f.message),
    );
    expect(messages.some((message) => message.includes('::set-output name=a::b'))).toBe(true);
    expect(report.files.map((file) => file.path)).toContain('groups/::error::file.yaml');
  });

  it('writes only its own annotations in github format, each on the right file and line', () => {
    const result = run('--format', 'github');
    const { commands, v1 } = parseWorkflowCommands(result.stdout);
    expect(v1).toEqual([]);
    expect(new Set(commands.map((command) => command.command))).toEqual(new Set(['error']));
    const trademark = commands.filter((command) => command.properties.title === 'trademark/name');
    expect(trademark).toHaveLength(HOSTILE_NAMES.length);
    for (const command of trademark) {
      expect(command.properties.file).toMatch(/^groups\/hostile-\d\.yaml$/);
      expect(command.properties.line).toBe('2');
      // Column 7: the opening quote of `name: "Microsoft …"`.
      expect(command.properties.col).toBe('7');
    }
    expect(trademark.some((command) => command.data.includes('Evil\\n::warning::injected'))).toBe(
      true,
    );
    const misplaced = commands.find(
      (command) => command.properties.file === 'groups/::error::file.yaml',
    );
    expect(misplaced?.properties.title).toBe('registry/file-name');
  });
});

describe('the tgr bundle, on group-file entries that are not regular files', () => {
  const registry = tempRegistry({ 'groups/example.yaml': VALID_GROUP });
  afterAll(() => {
    registry.remove();
  });
  symlinkSync('example.yaml', path.join(registry.root, 'groups/linked.yaml'));
  execFileSync('mkfifo', [path.join(registry.root, 'groups/pipe.yaml')]);

  it('reports a symbolic link and a named pipe as errors, and never waits on the pipe', () => {
    const result = spawnSync(process.execPath, [BIN, 'validate', '--today', '2026-11-22'], {
      cwd: registry.root,
      encoding: 'utf8',
      // A read of the pipe would wait for a writer forever; the test fails instead of hanging.
      timeout: 20_000,
    });
    expect(result.signal).toBeNull();
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      'groups/linked.yaml:1:1 error yaml  groups/linked.yaml is a symbolic link; a group file must be a regular file (replace the link with the file itself).',
      'groups/pipe.yaml:1:1 error yaml  groups/pipe.yaml is a folder or a special file (a named pipe, socket or device); a group file must be a regular file (put the group file itself at this path).',
    ]);
  });
});

describe('the tgr bundle, run from anywhere in a registry', () => {
  const registry = tempRegistry({}, { examples: true });
  // A Git repository's root ends the search: whatever is above the temporary folder is not seen.
  mkdirSync(path.join(registry.root, '.git'));
  mkdirSync(path.join(registry.root, 'groups/drafts'));
  const outside = tempRegistry();
  const elsewhere = path.join(outside.root, 'project');
  mkdirSync(path.join(elsewhere, '.git'), { recursive: true });
  afterAll(() => {
    registry.remove();
    outside.remove();
  });

  const tgr = (cwd: string, ...args: string[]) =>
    spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });

  it('checks the whole registry from inside groups/, paths relative to groups/', () => {
    const result = tgr(path.join(registry.root, 'groups'), 'validate', '--today', '2026-11-22');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^lagos-azure\.yaml:\d+:\d+ waived /m);
    expect(result.stdout).toMatch(/5 group files checked: 0 errors, 0 warnings, 2 waived\.\n$/);
    expect(result.status).toBe(0);
    const named = tgr(
      path.join(registry.root, 'groups'),
      'validate',
      'utrecht-azure.yaml',
      '--today',
      '2026-11-22',
    );
    expect(named.stdout).toBe('1 group file checked: 0 errors, 0 warnings.\n');
    expect(named.status).toBe(0);
  });

  it('checks the whole registry from a subfolder of groups/', () => {
    const result = tgr(
      path.join(registry.root, 'groups/drafts'),
      'validate',
      '--today',
      '2026-11-22',
      '--format',
      'json',
    );
    const report = JSON.parse(result.stdout) as { files: Array<{ path: string }> };
    expect(report.files.map((file) => file.path)).toContain('../utrecht-azure.yaml');
    expect(report.files).toHaveLength(5);
    expect(result.status).toBe(0);
  });

  it('stops with exit 2 and says where it looked, outside any registry', () => {
    const result = tgr(elsewhere, 'validate');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      `tgr: no registry found: looked for a groups/ folder in ${elsewhere} (the root of its Git repository, where the search stops).`,
    );
    expect(result.stderr).toContain('Run tgr inside a registry');
  });

  it('writes tgr new into the registry from inside groups/', () => {
    const result = tgr(path.join(registry.root, 'groups'), 'new', 'gent-azure');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Created gent-azure.yaml.');
    expect(readFileSync(path.join(registry.root, 'groups/gent-azure.yaml'), 'utf8')).toContain(
      'slug: gent-azure',
    );
    expect(existsSync(path.join(registry.root, 'groups/groups'))).toBe(false);
  });

  it.each(['validate', 'new', 'audit', 'sync', 'identify', 'check-patch', 'rules'])(
    'prints the help of %s for --help and for tgr help, with exit 0',
    (command) => {
      const help = tgr(elsewhere, command, '--help');
      expect(help.status).toBe(0);
      expect(help.stderr).toBe('');
      expect(help.stdout).toMatch(new RegExp(`^Usage: tgr ${command}\\b`));
      expect(tgr(elsewhere, 'help', command).stdout).toBe(help.stdout);
    },
  );

  it('prints the version of package.json, and exits 2 on an unknown option', () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    const result = tgr(elsewhere, '--version');
    expect(result.stdout).toBe(`tgr ${version}\n`);
    expect(result.status).toBe(0);
    const unknown = tgr(registry.root, 'validate', '--verbose');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^tgr: unknown option --verbose\n\nUsage: tgr validate /);
  });
});
