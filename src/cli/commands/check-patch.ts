import path from 'node:path';
import { readBytes } from '../../adapters/fs/files.js';
import { listPatch } from '../../adapters/git/patch-listing.js';
import { checkPatch, type PatchVerdict } from '../../core/patch-check.js';
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
  const bytes = await readBytes(absolute, file);
  const listed = await listPatch(absolute, file, io.env);
  // Header lines are ASCII; latin1 keeps every other byte as one character.
  const verdict: PatchVerdict = listed.ok
    ? checkPatch({ ...listed.listing, patch: Buffer.from(bytes).toString('latin1') })
    : { files: [], problems: [{ subject: 'git apply cannot read the patch', why: listed.why }] };
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
