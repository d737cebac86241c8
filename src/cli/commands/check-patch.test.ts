import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makePatches, type PatchName } from '../../../test/support/patches.js';
import { REPO_ROOT } from '../../../test/support/registry.js';
import { tgr } from '../../../test/support/tgr.js';
import { parseWorkflowCommands } from '../../../test/support/workflow-commands.js';

/**
 * `tgr check-patch`: the check every job runs on a patch another job handed it, before
 * `git apply`. Each patch is made by real git in a throwaway repository (test/support/patches.ts).
 */
const patches = makePatches();
afterAll(() => {
  patches.remove();
});
/** git is found on PATH, like any program tgr runs. */
const ENV = { PATH: process.env.PATH ?? '' };
const check = (name: PatchName) => tgr(REPO_ROOT, ['check-patch', patches.files[name]], ENV);

describe('tgr check-patch', () => {
  it('accepts a sync patch: a change to one group file', async () => {
    const result = await check('sync');
    expect(result).toEqual({
      code: 0,
      stdout:
        'groups/utrecht.yaml: changed\nThe patch changes only group files (1); it may be applied.\n',
      stderr: '',
    });
  });

  it('accepts a group file added and one deleted', async () => {
    const result = await check('add-and-delete');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'groups/amsterdam.yaml: added\ngroups/gent.yaml: deleted\nThe patch changes only group files (2); it may be applied.\n',
    );
  });

  it.each<[PatchName, string[]]>([
    [
      'rename-workflow',
      ['rename .github/workflows/ci.yml => groups/ci.yaml (100%): renames a file'],
    ],
    ['symlink', ['create mode 120000 groups/x.yaml: a symbolic link or other special file']],
    ['mode-change', ['mode change 100644 => 100755 groups/utrecht.yaml: changes a file mode']],
    ['copy', ['copy groups/{gent.yaml => copy.yaml} (100%): copies a file']],
    ['dot-dot', ['groups/../x.yaml: not a group file (only groups/<slug>.yaml may change)']],
    ['subfolder', ['groups/sub/x.yaml: not a group file (only groups/<slug>.yaml may change)']],
    ['yml', ['groups/x.yml: not a group file (only groups/<slug>.yaml may change)']],
    ['binary', ['groups/blob.yaml: a binary change']],
    [
      'workflow',
      ['.github/workflows/ci.yml: not a group file (only groups/<slug>.yaml may change)'],
    ],
    [
      'traditional',
      ['.github/workflows/ci.yml: not a group file (only groups/<slug>.yaml may change)'],
    ],
    [
      'index-mode',
      ['groups/utrecht.yaml: the file mode 120000 on its index line (only 100644, a regular file)'],
    ],
  ])('refuses the %s patch, naming what is wrong', async (name, problems) => {
    const result = await check(name);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `${problems.join('\n')}\nRefused: the patch changes more than the text of group files; apply none of it.\n`,
    );
  });

  it('refuses a patch git cannot read, and one with no change', async () => {
    const garbage = await check('garbage');
    expect(garbage.code).toBe(1);
    expect(garbage.stdout).toMatch(/^git apply cannot read the patch: .*No valid patches/m);
    const empty = path.join(path.dirname(patches.files.sync), 'empty.patch');
    writeFileSync(empty, '');
    const none = await tgr(REPO_ROOT, ['check-patch', empty], ENV);
    expect(none.code).toBe(1);
  });

  it('names a hostile path without writing a workflow command', async () => {
    const result = await check('hostile-name');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'groups/:\\:error:\\:x.yaml: not a group file (only groups/<slug>.yaml may change)',
    );
    expect(parseWorkflowCommands(result.stdout)).toEqual({ commands: [], v1: [] });
  });

  it.each([[[]], [['a.patch', 'b.patch']], [['--verbose', 'a.patch']]])(
    'stops with exit 2 on a usage problem (%j)',
    async (args) => {
      const result = await tgr(REPO_ROOT, ['check-patch', ...args], ENV);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^tgr: .*\n\nUsage: tgr check-patch PATCHFILE\n/);
    },
  );

  it('stops with exit 2 on a patch file that cannot be read', async () => {
    const result = await tgr(REPO_ROOT, ['check-patch', 'no/such.patch'], ENV);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('tgr: no/such.patch: cannot read it\n');
  });

  it('has its help', async () => {
    const result = await tgr(REPO_ROOT, ['help', 'check-patch']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: tgr check-patch PATCHFILE\n/);
  });
});
