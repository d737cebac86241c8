import path from 'node:path';
import type { EntryKind } from '../../src/load/group-file.js';
import type { RegistryDisk } from '../../src/load/port.js';

/**
 * A registry held in memory, for orchestrator tests that need no disk: `files` maps absolute
 * paths to their bytes (a string is UTF-8); `others` maps paths to what the entry is instead of a
 * regular file (a symbolic link…).
 * `reads` counts what was read, so a test can see the orchestrator read each file once.
 */
export function memoryRegistry(
  files: Record<string, string | Uint8Array>,
  others: Record<string, EntryKind> = {},
): RegistryDisk & {
  reads: string[];
} {
  const entries = new Map<string, string | Uint8Array | { kind: EntryKind }>([
    ...Object.entries(others).map(([file, kind]) => [path.resolve(file), { kind }] as const),
    ...Object.entries(files).map(([file, content]) => [path.resolve(file), content] as const),
  ]);
  const under = (folder: string): string[] =>
    [...entries.keys()]
      .filter((file) => file.startsWith(path.resolve(folder) + path.sep) && /\.ya?ml$/.test(file))
      .sort();
  const reads: string[] = [];
  return {
    reads,
    list: (folder) => Promise.resolve(under(folder)),
    expand: (targets) =>
      Promise.resolve([
        ...new Set(
          targets.flatMap((target) =>
            entries.has(path.resolve(target)) ? [target] : under(target),
          ),
        ),
      ]),
    read(absolute) {
      reads.push(absolute);
      const content = entries.get(absolute);
      if (content === undefined) throw new Error(`ENOENT: no such file, open '${absolute}'`);
      if (typeof content === 'string') return new TextEncoder().encode(content);
      return content instanceof Uint8Array ? content : content.kind;
    },
  };
}
