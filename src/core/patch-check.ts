import { SLUG } from './names.js';

/**
 * The check on a patch one job hands another (today the meetup sync's; issue forms and the
 * lifecycle later): it may only change the text of group files, `groups/<slug>.yaml`, regular
 * files with mode 100644. Anything else, renames, copies, mode changes, symbolic links,
 * submodules, binary changes or any other path, refuses the whole patch.
 *
 * It reads what git itself makes of the patch, so no path git would touch is missed: `git apply
 * --numstat -z` (every path written, one per change: the new name of a rename or copy) and `git
 * apply --summary` (creations, deletions, renames, copies and mode changes). git names only the
 * new path of a rename there, which is how `git apply --include` let a workflow be renamed into
 * groups/; the summary names both, and any rename or copy is refused anyway. A change to an
 * existing file gives its mode only on its `index` line, which neither listing shows, so the
 * patch's own header lines are read for that.
 */
export interface PatchListing {
  /** `git apply --numstat -z PATCH`. */
  numstat: string;
  /** `git apply --summary PATCH`. */
  summary: string;
  /** The patch itself. */
  patch: string;
}

export interface PatchFile {
  path: string;
  change: 'added' | 'changed' | 'deleted';
}

export interface PatchProblem {
  /** What git or the patch says, as it says it (untrusted: escape it where it is written). */
  subject: string;
  why: string;
}

export interface PatchVerdict {
  files: PatchFile[];
  problems: PatchProblem[];
}

/** The one shape of path a hand-over may change. */
export function isGroupFilePath(path: string): boolean {
  const match = /^groups\/([^/]+)\.yaml$/.exec(path);
  return match !== null && SLUG.test(match[1] ?? '');
}

const REGULAR = '100644';

export function checkPatch(listing: PatchListing): PatchVerdict {
  const problems: PatchProblem[] = [];
  const files = new Map<string, PatchFile>();
  const listed = new Set<string>();

  // Records end with NUL; with -z git writes each name as it is, tabs and newlines included.
  const records = listing.numstat.split('\0');
  if (records.at(-1) === '') records.pop();
  for (const record of records) {
    const match = /^(\d+|-)\t(\d+|-)\t([\s\S]*)$/.exec(record);
    if (match === null) {
      problems.push({
        subject: record,
        why: 'a line of git apply --numstat that is not understood',
      });
      continue;
    }
    const [, added, , path = ''] = match;
    listed.add(path);
    if (!isGroupFilePath(path)) {
      problems.push({
        subject: path,
        why: 'not a group file (only groups/<slug>.yaml may change)',
      });
    } else if (added === '-') {
      problems.push({ subject: path, why: 'a binary change' });
    } else if (files.has(path)) {
      problems.push({ subject: path, why: 'changed twice in one patch' });
    } else files.set(path, { path, change: 'changed' });
  }

  for (const line of listing.summary.split('\n')) {
    if (line === '') continue;
    const text = line.trim();
    const made = /^(create|delete) mode (\d+) (.*)$/.exec(text);
    if (made !== null && made[2] === REGULAR && listed.has(made[3] ?? '')) {
      // A path refused above is not refused twice.
      const file = files.get(made[3] ?? '');
      if (file !== undefined) file.change = made[1] === 'create' ? 'added' : 'deleted';
      continue;
    }
    // A change large enough for git to call it a rewrite is still a change of that file.
    const rewrite = /^rewrite (.*) \(\d+%\)$/.exec(text);
    if (rewrite !== null && listed.has(rewrite[1] ?? '')) continue;
    problems.push({ subject: text, why: summaryProblem(text) });
  }

  let current: string | undefined;
  for (const raw of listing.patch.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith('diff --git ')) current = line.slice('diff --git '.length);
    if (!line.startsWith('index ')) continue;
    // `index <old>..<new> <mode>`: git takes the mode of a changed file from here.
    const [, mode, ...rest] = line.slice('index '.length).split(' ');
    if (mode !== undefined && (mode !== REGULAR || rest.length > 0)) {
      problems.push({
        subject: nameOf(current, files) ?? line,
        why: `the file mode ${[mode, ...rest].join(' ')} on its index line (only 100644, a regular file)`,
      });
    }
  }

  if (records.length === 0 && problems.length === 0)
    problems.push({ subject: 'the patch', why: 'it changes no file' });
  return { files: [...files.values()], problems };
}

function summaryProblem(line: string): string {
  if (line.startsWith('rename ')) return 'renames a file';
  if (line.startsWith('copy ')) return 'copies a file';
  if (line.startsWith('mode change ')) return 'changes a file mode';
  if (/^(create|delete) mode (?!100644 )/.test(line))
    return 'a symbolic link or other special file';
  return 'not a plain change of a group file';
}

/** The group file a `diff --git a/X b/X` header names, when it is one the patch changes. */
function nameOf(header: string | undefined, files: Map<string, PatchFile>): string | undefined {
  if (header === undefined) return undefined;
  for (const path of files.keys()) if (header === `a/${path} b/${path}`) return path;
  return undefined;
}
