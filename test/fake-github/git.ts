import { createHash, hash } from 'node:crypto';
import type { ChangedFile, FileTree } from './state.js';

/**
 * A path's git mode other than a regular file: executable, symlink (its text is the target, as
 * git stores it) or submodule (its text is the commit sha it points at; there is no blob).
 */
export type FileMode = '100644' | '100755' | '120000' | '160000';
/** Path → mode for one commit; a path absent is a regular file (100644). */
export type FileModes = Record<string, FileMode>;

export const SUBMODULE: FileMode = '160000';

/** Git's blob sha: sha1 of `blob <byte length>\0<content>`, as in PR files and the contents API. */
export function blobSha(content: string): string {
  return hash('sha1', `blob ${String(Buffer.byteLength(content))}\0${content}`);
}

/** A stable fake commit sha for a label such as a branch name (seeds need not invent hex). */
export function fakeSha(label: string): string {
  return createHash('sha1').update(`commit ${label}`).digest('hex');
}

const CONTEXT = 3;
/** Past this many line pairs the LCS table gets costly; such a file diffs as a full rewrite. */
const MAX_CELLS = 4_000_000;

type Edit = { kind: ' ' | '-' | '+'; text: string };

function lines(text: string): string[] {
  if (text === '') return [];
  const split = text.split('\n');
  if (split.at(-1) === '') split.pop();
  return split;
}

/** A line-level edit script by longest common subsequence: small files, so clarity over speed. */
function editScript(before: string[], after: string[]): Edit[] {
  if (before.length * after.length > MAX_CELLS)
    return [
      ...before.map((text): Edit => ({ kind: '-', text })),
      ...after.map((text): Edit => ({ kind: '+', text })),
    ];
  const width = after.length + 1;
  const table = new Uint32Array((before.length + 1) * width);
  for (let i = before.length - 1; i >= 0; i--)
    for (let j = after.length - 1; j >= 0; j--)
      table[i * width + j] =
        before[i] === after[j]
          ? (table[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
  const edits: Edit[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    const left = before[i];
    const right = after[j];
    if (left !== undefined && right !== undefined && left === right) {
      edits.push({ kind: ' ', text: left });
      i++;
      j++;
    } else if (
      right === undefined ||
      (left !== undefined && (table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0))
    ) {
      edits.push({ kind: '-', text: left ?? '' });
      i++;
    } else {
      edits.push({ kind: '+', text: right });
      j++;
    }
  }
  return edits;
}

/** The unified diff body GitHub puts in a PR file's `patch`: hunks with three lines of context. */
export function unifiedPatch(before: string, after: string): string {
  const edits = editScript(lines(before), lines(after));
  const changed = edits.flatMap((edit, index) => (edit.kind === ' ' ? [] : [index]));
  const hunks: string[] = [];
  let cursor = 0;
  while (cursor < changed.length) {
    const first = changed[cursor] ?? 0;
    let last = first;
    // Merge changes whose context windows touch into one hunk.
    while (cursor + 1 < changed.length && (changed[cursor + 1] ?? 0) - last <= 2 * CONTEXT) {
      cursor++;
      last = changed[cursor] ?? last;
    }
    cursor++;
    const start = Math.max(0, first - CONTEXT);
    const end = Math.min(edits.length, last + CONTEXT + 1);
    const slice = edits.slice(start, end);
    const oldStart = edits.slice(0, start).filter((e) => e.kind !== '+').length;
    const newStart = edits.slice(0, start).filter((e) => e.kind !== '-').length;
    const oldCount = slice.filter((e) => e.kind !== '+').length;
    const newCount = slice.filter((e) => e.kind !== '-').length;
    const header = `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`;
    hunks.push([header, ...slice.map((e) => `${e.kind}${e.text}`)].join('\n'));
  }
  return hunks.join('\n');
}

function range(start: number, count: number): string {
  // Unified diff numbers lines from 1; an empty side names the line before it.
  return `${String(count === 0 ? start : start + 1)},${String(count)}`;
}

function counts(before: string, after: string): { additions: number; deletions: number } {
  const edits = editScript(lines(before), lines(after));
  return {
    additions: edits.filter((e) => e.kind === '+').length,
    deletions: edits.filter((e) => e.kind === '-').length,
  };
}

/** The text git diffs for a path: a submodule shows as the commit it points at. */
function diffText(text: string | undefined, mode: FileMode | undefined): string {
  if (text === undefined) return '';
  return mode === SUBMODULE ? `Subproject commit ${text}\n` : text;
}

/**
 * A pull request's changed files between two trees, sorted by path as GitHub lists them. A mode
 * change (say a file that became a symlink) is a modification, as GitHub lists it, even when the
 * text stays the same.
 */
export function changedFiles(
  base: FileTree,
  head: FileTree,
  baseModes: FileModes = {},
  headModes: FileModes = {},
): ChangedFile[] {
  const paths = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  const files: ChangedFile[] = [];
  for (const filename of paths) {
    const before = base[filename];
    const after = head[filename];
    const beforeMode = before === undefined ? undefined : (baseModes[filename] ?? '100644');
    const afterMode = after === undefined ? undefined : (headModes[filename] ?? '100644');
    if (before === after && beforeMode === afterMode) continue;
    const status = before === undefined ? 'added' : after === undefined ? 'removed' : 'modified';
    const [text, mode] = after === undefined ? [before, beforeMode] : [after, afterMode];
    const oldText = diffText(before, beforeMode);
    const newText = diffText(after, afterMode);
    files.push({
      filename,
      status,
      // A submodule's entry names its commit, not a blob.
      sha: mode === SUBMODULE ? (text ?? '') : blobSha(text ?? ''),
      ...counts(oldText, newText),
      // A change of mode alone has no patch.
      ...(oldText === newText ? {} : { patch: unifiedPatch(oldText, newText) }),
    });
  }
  return files;
}

/** One entry of a git tree, as the trees API lists it. */
export interface TreeEntry {
  path: string;
  mode: FileMode | '040000';
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  /** Blobs only: the content's byte length. */
  size?: number;
}

/** A tree and what it holds: subtrees keep their own entries, so any of them can be listed. */
export interface GitTree {
  sha: string;
  entries: Array<TreeEntry & { subtree?: GitTree }>;
}

/** Git orders tree entries by the bytes of their names, a subtree's name as if it ended in '/'. */
function gitOrder<T extends TreeEntry>(entries: readonly T[]): T[] {
  return entries
    .map((entry) => ({
      entry,
      key: Buffer.from(entry.type === 'tree' ? `${entry.path}/` : entry.path, 'utf8'),
    }))
    .sort((a, b) => Buffer.compare(a.key, b.key))
    .map(({ entry }) => entry);
}

/** The sha git gives a tree object: sha1 of `tree <length>\0` and `<mode> <name>\0<20-byte sha>` entries. */
function treeSha(entries: readonly TreeEntry[]): string {
  const body = Buffer.concat(
    entries.flatMap((entry) => [
      Buffer.from(`${entry.mode.replace(/^0/, '')} ${entry.path}\0`, 'utf8'),
      Buffer.from(entry.sha, 'hex'),
    ]),
  );
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`tree ${String(body.length)}\0`), body]))
    .digest('hex');
}

interface TreeFile {
  path: string;
  text: string;
  mode: FileMode;
}

/** A commit's files as git trees, with the shas git would compute for them. */
export function gitTree(files: FileTree, modes: FileModes = {}): GitTree {
  return buildTree(
    Object.entries(files).map(([path, text]) => ({ path, text, mode: modes[path] ?? '100644' })),
  );
}

function buildTree(files: readonly TreeFile[]): GitTree {
  const folders = new Map<string, TreeFile[]>();
  const entries: GitTree['entries'] = [];
  for (const { path, text, mode } of files) {
    const slash = path.indexOf('/');
    if (slash === -1) {
      entries.push(
        mode === SUBMODULE
          ? { path, mode, type: 'commit', sha: text }
          : { path, mode, type: 'blob', sha: blobSha(text), size: Buffer.byteLength(text) },
      );
      continue;
    }
    const name = path.slice(0, slash);
    const folder = folders.get(name) ?? [];
    folder.push({ path: path.slice(slash + 1), text, mode });
    folders.set(name, folder);
  }
  for (const [name, folder] of folders) {
    const subtree = buildTree(folder);
    entries.push({ path: name, mode: '040000', type: 'tree', sha: subtree.sha, subtree });
  }
  const sorted = gitOrder(entries);
  return { sha: treeSha(sorted), entries: sorted };
}

/** A tree's entries with paths from its root: one level, or every level with each subtree before what it holds. */
export function listTree(tree: GitTree, recursive: boolean, prefix = ''): TreeEntry[] {
  return tree.entries.flatMap(({ subtree, ...entry }) => {
    const listed = { ...entry, path: `${prefix}${entry.path}` };
    return recursive && subtree !== undefined
      ? [listed, ...listTree(subtree, true, `${listed.path}/`)]
      : [listed];
  });
}

/** The tree or subtree with this sha, or undefined. */
export function findTree(tree: GitTree, sha: string): GitTree | undefined {
  if (tree.sha === sha) return tree;
  for (const { subtree } of tree.entries) {
    const found = subtree === undefined ? undefined : findTree(subtree, sha);
    if (found !== undefined) return found;
  }
  return undefined;
}
