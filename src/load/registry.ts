import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
} from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import {
  loadGroupFile,
  nonRegularGroupFile,
  type EntryKind,
  type GroupFile,
} from './group-file.js';

export const GROUPS_DIR = 'groups';

/** A path that could not be read at all: a usage problem, not a finding. */
export class UnreadablePathError extends Error {
  constructor(
    readonly target: string,
    reason: string,
  ) {
    super(`${target}: ${reason}`);
    this.name = 'UnreadablePathError';
  }
}

/** Files a registry folder holds that are meant as group files. */
function isGroupFileName(name: string): boolean {
  return name.endsWith('.yaml') || name.endsWith('.yml');
}

/**
 * What a listing found each entry to be, by absolute path: `readGroupFiles` then needs no `lstat`
 * of its own before deciding whether to open it.
 */
export type ListedKinds = Map<string, EntryKind | 'file'>;

/**
 * Every entry under `<root>/groups` named like a group file, sorted by path; none when the folder
 * does not exist. Entries that are not regular files are listed too: `readGroupFiles` reports them.
 * `kinds`, when given, learns what each entry is.
 */
export async function listRegistry(root: string, kinds?: ListedKinds): Promise<string[]> {
  const folder = path.join(root, GROUPS_DIR);
  try {
    return await listFolder(folder, kinds);
  } catch (error: unknown) {
    if (isNotFound(error)) return [];
    throw error;
  }
}

async function listFolder(folder: string, kinds: ListedKinds | undefined): Promise<string[]> {
  // By name, not by type: a group file turned into a link or a pipe must become a finding, not
  // drop out of the registry. Links to folders are not followed into.
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (!isGroupFileName(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.push(file);
    kinds?.set(path.resolve(file), kindOf(entry) ?? 'file');
  }
  return files.sort();
}

/**
 * Expands command-line paths: a folder means the group files inside it. A named symbolic link is
 * not followed, even to a folder: it is reported like a link inside the registry.
 */
export async function expandPaths(
  targets: readonly string[],
  kinds?: ListedKinds,
): Promise<string[]> {
  const files: string[] = [];
  for (const target of targets) {
    let info;
    try {
      info = await lstat(target);
    } catch (error: unknown) {
      throw new UnreadablePathError(
        target,
        isNotFound(error) ? 'no such file or folder' : describe(error),
      );
    }
    if (info.isDirectory()) files.push(...(await listFolder(target, kinds)));
    else {
      files.push(target);
      kinds?.set(path.resolve(target), kindOf(info) ?? 'file');
    }
  }
  return [...new Set(files)];
}

/**
 * Reads and parses files; `display` maps an absolute path to the path shown in findings.
 * Reads are synchronous on purpose: group files are small, and one at a time keeps thousands
 * of them from holding thousands of open handles. `kinds` (from the listing) says what an entry
 * is without another `lstat`; a file it does not name is looked at first.
 */
export function readGroupFiles(
  files: readonly string[],
  root: string,
  display: (absolute: string) => string,
  kinds?: ReadonlyMap<string, EntryKind | 'file'>,
): GroupFile[] {
  const resolvedRoot = path.resolve(root);
  return files.map((file) => {
    const absolute = path.resolve(file);
    const shown = display(absolute);
    const registryPath = registryPathIn(absolute, resolvedRoot);
    let read: Uint8Array | EntryKind;
    try {
      read = readRegularFile(absolute, kinds?.get(absolute));
    } catch (error: unknown) {
      throw new UnreadablePathError(shown, describe(error));
    }
    return typeof read === 'string'
      ? nonRegularGroupFile(shown, registryPath, read)
      : loadGroupFile(shown, registryPath, read);
  });
}

/**
 * Opened without following a link or waiting for a pipe's writer. Where a flag does not exist
 * (Windows), it is undefined, which `|` reads as 0.
 */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/**
 * A regular file's bytes, or what the entry is instead. The listing's entry type (`listed`), or
 * else `lstat`, decides before anything is opened (a device is never opened); the open flags and
 * `fstat` catch an entry swapped for a link or a pipe in between.
 */
function readRegularFile(
  absolute: string,
  listed: EntryKind | 'file' | undefined,
): Uint8Array | EntryKind {
  const kind =
    listed === undefined ? kindOf(lstatSync(absolute)) : listed === 'file' ? undefined : listed;
  if (kind !== undefined) return kind;
  let fd: number;
  try {
    fd = openSync(absolute, OPEN_FLAGS);
  } catch (error: unknown) {
    if (hasCode(error, 'ELOOP')) return 'symlink';
    throw error;
  }
  try {
    const info = fstatSync(fd);
    return kindOf(info) ?? readOpenFile(fd, info.size);
  } finally {
    closeSync(fd);
  }
}

/**
 * What `readFileSync(fd)` does, without the second `fstat` it would make: up to `size` bytes from
 * the start. A file that reports no size (a virtual file) is read to its end by `readFileSync`.
 */
function readOpenFile(fd: number, size: number): Uint8Array {
  // Beyond what one buffer may hold, `readFileSync` raises its own error, as it always did.
  if (size === 0 || size > 2 ** 31 - 1) return readFileSync(fd);
  const buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const count = readSync(fd, buffer, filled, size - filled, -1);
    if (count === 0) break;
    filled += count;
  }
  return filled < size ? buffer.subarray(0, filled) : buffer;
}

function kindOf(info: { isFile(): boolean; isSymbolicLink(): boolean }): EntryKind | undefined {
  if (info.isSymbolicLink()) return 'symlink';
  return info.isFile() ? undefined : 'other';
}

/** `groups/x.yaml` for a file inside the registry root; undefined for one outside it. */
export function registryPathOf(absolute: string, root: string): string | undefined {
  return registryPathIn(absolute, path.resolve(root));
}

function registryPathIn(absolute: string, resolvedRoot: string): string | undefined {
  const relative = relativePath(resolvedRoot, absolute);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

/**
 * `path.relative(from, to)` for two resolved paths, without resolving both again when `to` lies
 * inside `from` (every registry file does): then it is `to` after `from` and its separator.
 */
export function relativePath(from: string, to: string): string {
  return !from.endsWith(path.sep) && to.startsWith(from) && to[from.length] === path.sep
    ? to.slice(from.length + 1)
    : path.relative(from, to);
}

function isNotFound(error: unknown): boolean {
  return hasCode(error, 'ENOENT');
}

function hasCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
