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
import type { EntryKind } from '../../load/group-file.js';
import type { RegistryDisk } from '../../load/port.js';
import { UnreadablePathError } from '../../load/registry.js';

/**
 * The registry on disk. One instance serves one run: what a listing found each entry to be is
 * remembered, so reading it needs no `lstat` of its own before deciding whether to open it.
 * Reads are synchronous on purpose: group files are small, and one at a time keeps thousands of
 * them from holding thousands of open handles.
 */
export function registryDisk(): RegistryDisk {
  const kinds = new Map<string, EntryKind | 'file'>();

  async function listFolder(folder: string): Promise<string[]> {
    // By name, not by type: a group file turned into a link or a pipe must become a finding, not
    // drop out of the registry. Links to folders are not followed into.
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    const files: string[] = [];
    for (const entry of entries) {
      if (!isGroupFileName(entry.name)) continue;
      const file = path.join(entry.parentPath, entry.name);
      files.push(file);
      kinds.set(path.resolve(file), kindOf(entry) ?? 'file');
    }
    return files.sort();
  }

  return {
    async list(folder) {
      try {
        return await listFolder(folder);
      } catch (error: unknown) {
        if (hasCode(error, 'ENOENT')) return [];
        throw error;
      }
    },
    async expand(targets) {
      const files: string[] = [];
      for (const target of targets) {
        let info;
        try {
          info = await lstat(target);
        } catch (error: unknown) {
          throw new UnreadablePathError(
            target,
            hasCode(error, 'ENOENT') ? 'no such file or folder' : describe(error),
          );
        }
        if (info.isDirectory()) files.push(...(await listFolder(target)));
        else {
          files.push(target);
          kinds.set(path.resolve(target), kindOf(info) ?? 'file');
        }
      }
      return [...new Set(files)];
    },
    read: (absolute) => readRegularFile(absolute, kinds.get(absolute)),
  };
}

/** Files a registry folder holds that are meant as group files. */
function isGroupFileName(name: string): boolean {
  return name.endsWith('.yaml') || name.endsWith('.yml');
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

function hasCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
