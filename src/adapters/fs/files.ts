import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileRead } from '../../load/port.js';
import { UnreadablePathError } from '../../load/registry.js';
import { FileExistsError } from '../../new-group/run-new-group.js';

/**
 * Single files on disk, for the entry points: the program policy, the event payload, a patch
 * handed over, a new group file. The registry's folder has its own reader (registry-disk.ts).
 */

/** A file's bytes, or why there are none. A folder or a named pipe is refused before reading: a
 * pipe could block the run for ever. */
export function readFileAt(file: string): FileRead {
  try {
    if (!statSync(file).isFile()) return { kind: 'not-a-file' };
    return { kind: 'bytes', bytes: readFileSync(file) };
  } catch (error: unknown) {
    const code = codeOf(error);
    return code === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', code };
  }
}

/** The text of a file the runner wrote (the event payload): its absence is the runner's fault. */
export function readTextFile(file: string): string {
  return readFileSync(file, 'utf8');
}

/** A file's bytes, or `UnreadablePathError` naming it as the user wrote it (`shown`). */
export async function readBytes(file: string, shown: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    throw new UnreadablePathError(shown, 'cannot read it');
  }
}

/** What is at `target`: a folder (or a link to one), something else, or nothing that can be
 * looked at. */
export function pathKind(target: string): 'folder' | 'other' | 'absent' {
  try {
    const info = statSync(target, { throwIfNoEntry: false });
    return info === undefined ? 'absent' : info.isDirectory() ? 'folder' : 'other';
  } catch {
    return 'absent';
  }
}

/**
 * Writes a new file without ever replacing an existing one: the text goes to a temporary file
 * that is then hard-linked into place, which fails if the name is taken (`FileExistsError`).
 */
export function createFile(target: string, text: string): void {
  mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temporary, text, { flag: 'wx' });
  try {
    linkSync(temporary, target);
  } catch (error: unknown) {
    if (codeOf(error) === 'EEXIST') {
      throw new FileExistsError(
        `${target} already exists; edit it instead, or pick another short name (slug).`,
      );
    }
    throw error;
  } finally {
    unlinkSync(temporary);
  }
}

function codeOf(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}
