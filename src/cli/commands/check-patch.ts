import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkPatch, type PatchListing, type PatchVerdict } from '../../core/patch-check.js';
import { UnreadablePathError } from '../../load/registry.js';
import { escapeLogText } from '../../report/escape.js';
import { EXIT, parse, UsageError, type CliIo } from '../options.js';

/**
 * `tgr check-patch PATCHFILE`: whether a patch handed over by another job changes only the text
 * of group files (src/core/patch-check.ts says what that allows). Exit 0: it may be applied;
 * 1: refused, each problem named; 2: a usage problem or an unreadable file.
 */
export async function checkPatchCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals } = parse(args, {});
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0)
    throw new UsageError('tgr check-patch takes one patch file');
  const absolute = path.resolve(io.cwd, file);
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch {
    throw new UnreadablePathError(file, 'cannot read it');
  }

  const verdict = await listAndCheck(file, absolute, bytes, io.env);
  const lines = verdict.problems.length
    ? [
        ...verdict.problems.map(
          (problem) => `${escapeLogText(problem.subject)}: ${escapeLogText(problem.why)}`,
        ),
        'Refused: the patch changes more than the text of group files; apply none of it.',
      ]
    : [
        ...verdict.files.map((entry) => `${entry.path}: ${entry.change}`),
        `The patch changes only group files (${String(verdict.files.length)}); it may be applied.`,
      ];
  io.stdout(`${lines.join('\n')}\n`);
  return verdict.problems.length > 0 ? EXIT.findings : EXIT.ok;
}

async function listAndCheck(
  displayed: string,
  patchFile: string,
  bytes: Buffer,
  env: CliIo['env'],
): Promise<PatchVerdict> {
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
      throw new UnreadablePathError(
        displayed,
        `git could not be run to read it (${error.message})`,
      );
    }
    const failed = [numstat, summary].find((answer) => !answer.ok);
    if (failed !== undefined) {
      return {
        files: [],
        problems: [
          {
            subject: 'git apply cannot read the patch',
            why: failed.stderr.trim() || 'no reason given',
          },
        ],
      };
    }
    // Header lines are ASCII; latin1 keeps every other byte as one character.
    const listing: PatchListing = {
      numstat: numstat.stdout,
      summary: summary.stdout,
      patch: bytes.toString('latin1'),
    };
    return checkPatch(listing);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function run(
  cwd: string,
  env: CliIo['env'],
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
