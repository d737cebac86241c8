import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { node24 } from '../support/node24.js';
import { makePatches, type PatchName } from '../support/patches.js';
import { REPO_ROOT } from '../support/registry.js';

/**
 * The hand-over in sync.yml's propose job, run as the workflow writes it: the step that applies
 * the patch from the job that read the feeds runs in a checkout (here a clone of a small
 * registry) with main's bundled tgr at dist/cli/index.js, on Node 24. A hostile patch must stop
 * the step and leave every file as it was; the sync's own patch is applied.
 */
interface Step {
  run?: string;
}
const workflow = load(
  execFileSync('cat', [path.join(REPO_ROOT, '.github/workflows/sync.yml')], { encoding: 'utf8' }),
) as { jobs: { propose: { steps: Step[] } } };
const applyStep = workflow.jobs.propose.steps.find((step) => step.run?.includes('git apply'));

const patches = makePatches();
const work = mkdtempSync(path.join(tmpdir(), 'tgr-propose-'));
afterAll(() => {
  patches.remove();
  rmSync(work, { recursive: true, force: true });
});

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8' });

function runApplyStep(name: PatchName) {
  const root = path.join(work, name);
  git(work, 'clone', '-q', patches.repo, root);
  // main's bundled tgr, as the checkout of main has it; not part of what git sees.
  symlinkSync(path.join(REPO_ROOT, 'dist'), path.join(root, 'dist'));
  appendFileSync(path.join(root, '.git/info/exclude'), 'dist\n');
  const temp = path.join(work, `${name}-runner`);
  mkdirSync(path.join(temp, 'sync'), { recursive: true });
  copyFileSync(patches.files[name], path.join(temp, 'sync/groups.patch'));
  // GitHub runs a step's script with `bash -e`.
  const result = spawnSync('bash', ['--noprofile', '--norc', '-e', '-c', applyStep?.run ?? ''], {
    cwd: root,
    encoding: 'utf8',
    env: {
      PATH: `${path.dirname(node24())}${path.delimiter}${process.env.PATH ?? ''}`,
      RUNNER_TEMP: temp,
      HOME: work,
    },
  });
  return {
    ...result,
    status: result.status,
    changed: git(root, 'status', '--porcelain').trim(),
  };
}

describe("sync.yml's propose job, applying the patch it was handed", () => {
  it('applies a sync patch', () => {
    const result = runApplyStep('sync');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('groups/utrecht.yaml: changed');
    expect(result.changed).toBe('M groups/utrecht.yaml');
  });

  it.each<PatchName>([
    'rename-workflow',
    'symlink',
    'mode-change',
    'copy',
    'dot-dot',
    'subfolder',
    'yml',
    'binary',
    'workflow',
    'traditional',
    'index-mode',
  ])('stops at the %s patch and changes nothing', (name) => {
    const result = runApplyStep(name);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain('Refused: the patch changes more than the text of group files');
    expect(result.changed).toBe('');
  });
});
