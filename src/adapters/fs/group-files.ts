import { randomBytes } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GroupFileStore } from '../../load/port.js';

/**
 * Group files on disk. `files` are absolute paths; the report shows them as `display` says.
 * A write goes to a temporary file beside the target (same folder, so the same file system),
 * keeps the file's mode, and is renamed over it: readers see the old file or the new one.
 */
export function diskGroupFiles(
  files: readonly string[],
  display: (absolute: string) => string,
): GroupFileStore {
  const byShown = new Map(files.map((file) => [display(file), file]));
  const absolute = (shown: string): string => byShown.get(shown) ?? shown;
  return {
    list: () => Promise.resolve([...byShown.keys()]),
    read: async (shown) => new Uint8Array(await readFile(absolute(shown))),
    async write(shown, text) {
      const target = absolute(shown);
      const temporary = path.join(
        path.dirname(target),
        `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
      );
      const { mode } = await stat(target);
      try {
        await writeFile(temporary, text, { flag: 'wx', mode });
        await rename(temporary, target);
      } catch (error: unknown) {
        await unlink(temporary).catch(() => undefined);
        throw error;
      }
    },
    remove: (shown) => unlink(absolute(shown)),
  };
}
