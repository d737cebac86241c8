import { createHash } from 'node:crypto';
import type { ChangedFile, FileTree } from './state.js';

/** Git's blob sha: sha1 of `blob <byte length>\0<content>`, as in PR files and the contents API. */
export function blobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${String(bytes.length)}\0`), bytes]))
    .digest('hex');
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

/** A pull request's changed files between two trees, sorted by path as GitHub lists them. */
export function changedFiles(base: FileTree, head: FileTree): ChangedFile[] {
  const paths = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  const files: ChangedFile[] = [];
  for (const filename of paths) {
    const before = base[filename];
    const after = head[filename];
    if (before === after) continue;
    const status = before === undefined ? 'added' : after === undefined ? 'removed' : 'modified';
    files.push({
      filename,
      status,
      sha: blobSha(after ?? before ?? ''),
      ...counts(before ?? '', after ?? ''),
      patch: unifiedPatch(before ?? '', after ?? ''),
    });
  }
  return files;
}
