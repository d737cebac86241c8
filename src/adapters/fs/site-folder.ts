import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { SiteWriter } from '../../site/port.js';

/**
 * Marks a folder tgr site wrote: only such a folder (or an empty one) is ever replaced, so no
 * `--out`, however it is spelled or linked, can delete the registry, `.git` or anything else.
 * GitHub's Pages artifact leaves dot-files out.
 */
export const SITE_MARKER = '.tgr-site';
const MARKER_TEXT = 'Written by tgr site: the whole folder is replaced by its next build.\n';

/** Why `out` may not be replaced, or undefined when it may (absent, empty, or a site). */
export function refuseOut(out: string): string | undefined {
  let stat;
  try {
    stat = lstatSync(out);
  } catch {
    return undefined;
  }
  if (stat.isSymbolicLink()) return 'is a symbolic link; name the folder itself';
  if (!stat.isDirectory()) return 'is a file, not a folder';
  const entries = readdirSync(out);
  if (entries.length === 0 || entries.includes(SITE_MARKER)) return undefined;
  return `holds files tgr site did not write (it has no ${SITE_MARKER}); name a new or empty folder`;
}

/**
 * Writes into a new folder beside `out`; `commit` then puts it in place of `out` (the old site is
 * removed only after the new one is complete), and `discard` removes it after a failure. A failed
 * build never leaves a half-written site.
 */
export function stagedFolderWriter(out: string): SiteWriter & {
  commit: () => void;
  discard: () => void;
} {
  const parent = path.dirname(out);
  mkdirSync(parent, { recursive: true });
  const staging = mkdtempSync(path.join(parent, `.${path.basename(out)}-new-`));
  // mkdtemp makes the folder its owner's alone; a site is for everyone to read.
  chmodSync(staging, 0o755);
  writeFileSync(path.join(staging, SITE_MARKER), MARKER_TEXT);
  const made = new Set<string>([staging]);
  return {
    write: (file, content) => {
      const target = path.resolve(staging, file);
      if (!target.startsWith(staging + path.sep))
        return Promise.reject(new Error(`not inside the site: ${file}`));
      // Folders made once each: 10,000 groups' cards would otherwise ask for groups/ 30,000 times.
      const folder = path.dirname(target);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      writeFileSync(target, content);
      return Promise.resolve();
    },
    commit: () => {
      const old = `${staging}-old`;
      const had = existsSync(out);
      if (had) renameSync(out, old);
      renameSync(staging, out);
      if (had) rmSync(old, { recursive: true, force: true });
    },
    discard: () => {
      rmSync(staging, { recursive: true, force: true });
    },
  };
}
