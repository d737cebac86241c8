import path from 'node:path';
import { loadGroupFile, nonRegularGroupFile, type GroupFile } from './group-file.js';
import type { RegistryDisk } from './port.js';

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

/** Every group file under `<root>/groups`, sorted by path; none when the folder does not exist. */
export function listRegistry(disk: RegistryDisk, root: string): Promise<string[]> {
  return disk.list(path.join(root, GROUPS_DIR));
}

/**
 * Reads and parses files; `display` maps an absolute path to the path shown in findings. An
 * entry that is not a regular file becomes a group file holding that fact (a finding, later).
 */
export function readGroupFiles(
  disk: RegistryDisk,
  files: readonly string[],
  root: string,
  display: (absolute: string) => string,
): GroupFile[] {
  const resolvedRoot = path.resolve(root);
  return files.map((file) => {
    const absolute = path.resolve(file);
    const shown = display(absolute);
    const registryPath = registryPathIn(absolute, resolvedRoot);
    let read;
    try {
      read = disk.read(absolute);
    } catch (error: unknown) {
      throw new UnreadablePathError(shown, error instanceof Error ? error.message : String(error));
    }
    return typeof read === 'string'
      ? nonRegularGroupFile(shown, registryPath, read)
      : loadGroupFile(shown, registryPath, read);
  });
}

/** The whole registry, read and parsed, each file shown by its path inside the registry. */
export async function readRegistry(disk: RegistryDisk, root: string): Promise<GroupFile[]> {
  const resolvedRoot = path.resolve(root);
  return readGroupFiles(disk, await listRegistry(disk, root), root, (absolute) =>
    relativePath(resolvedRoot, absolute).split(path.sep).join('/'),
  );
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
