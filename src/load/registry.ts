import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadGroupFile, type GroupFile } from './group-file.js';

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

/** Every group file under `<root>/groups`, sorted by path; none when the folder does not exist. */
export async function listRegistry(root: string): Promise<string[]> {
  const folder = path.join(root, GROUPS_DIR);
  try {
    return await listFolder(folder);
  } catch (error: unknown) {
    if (isNotFound(error)) return [];
    throw error;
  }
}

async function listFolder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && isGroupFileName(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Expands command-line paths: a folder means the group files inside it. */
export async function expandPaths(targets: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const target of targets) {
    let info;
    try {
      info = await stat(target);
    } catch (error: unknown) {
      throw new UnreadablePathError(
        target,
        isNotFound(error) ? 'no such file or folder' : describe(error),
      );
    }
    files.push(...(info.isDirectory() ? await listFolder(target) : [target]));
  }
  return [...new Set(files)];
}

/**
 * Reads and parses files; `display` maps an absolute path to the path shown in findings.
 * Reads are synchronous on purpose: group files are small, and one at a time keeps thousands
 * of them from holding thousands of open handles.
 */
export function readGroupFiles(
  files: readonly string[],
  root: string,
  display: (absolute: string) => string,
): GroupFile[] {
  return files.map((file) => {
    const absolute = path.resolve(file);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(absolute);
    } catch (error: unknown) {
      throw new UnreadablePathError(display(absolute), describe(error));
    }
    return loadGroupFile(display(absolute), registryPathOf(absolute, root), bytes);
  });
}

/** `groups/x.yaml` for a file inside the registry root; undefined for one outside it. */
export function registryPathOf(absolute: string, root: string): string | undefined {
  const relative = path.relative(path.resolve(root), absolute);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
