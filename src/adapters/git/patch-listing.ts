import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PatchListing } from '../../core/patch-check.js';
import { UnreadablePathError } from '../../load/registry.js';

/**
 * What `git apply` reads a patch to do (`--numstat -z` and `--summary`), for `tgr check-patch`;
 * or git's own reason when it cannot read the patch. `shown` names the patch in errors.
 */
export async function listPatch(
  patchFile: string,
  shown: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<{ ok: true; listing: Omit<PatchListing, 'patch'> } | { ok: false; why: string }> {
  // git runs in an empty folder outside any repository, so no repository, subfolder or
  // configuration changes how it reads the patch.
  const folder = await mkdtemp(path.join(tmpdir(), 'tgr-check-patch-'));
  try {
    const git = (...args: string[]) => run(folder, env, ['apply', ...args, patchFile]);
    let numstat, summary;
    try {
      [numstat, summary] = await Promise.all([git('--numstat', '-z'), git('--summary')]);
    } catch (error: unknown) {
      if (!(error instanceof GitUnavailableError)) throw error;
      throw new UnreadablePathError(shown, `git could not be run to read it (${error.message})`);
    }
    const failed = [numstat, summary].find((answer) => !answer.ok);
    if (failed !== undefined) return { ok: false, why: failed.stderr.trim() || 'no reason given' };
    return { ok: true, listing: { numstat: numstat.stdout, summary: summary.stdout } };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function run(
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
  args: string[],
): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      {
        cwd,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        env: {
          PATH: env.PATH ?? '',
          LC_ALL: 'C',
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_CONFIG_GLOBAL: '/dev/null',
          GIT_CEILING_DIRECTORIES: path.dirname(cwd),
        },
      },
      (error, stdout, stderr) => {
        // A number is git's exit status; anything else means git could not be started.
        if (error !== null && typeof error.code !== 'number') {
          reject(new GitUnavailableError(error.code ?? error.message));
        } else resolve({ ok: error === null, stdout, stderr });
      },
    );
  });
}

class GitUnavailableError extends Error {
  override name = 'GitUnavailableError';
}
