import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, for the example registry and the built bundles. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A throwaway registry folder: optionally a copy of the example groups, plus the given files. */
export function tempRegistry(
  files: Readonly<Record<string, string | Uint8Array>> = {},
  options: { examples?: boolean } = {},
): {
  root: string;
  write: (file: string, content: string | Uint8Array) => void;
  remove: () => void;
} {
  const root = mkdtempSync(path.join(tmpdir(), 'tgr-'));
  mkdirSync(path.join(root, 'groups'));
  if (options.examples)
    cpSync(path.join(REPO_ROOT, 'groups'), path.join(root, 'groups'), { recursive: true });
  const write = (file: string, content: string | Uint8Array): void => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  };
  for (const [file, content] of Object.entries(files)) write(file, content);
  return {
    root,
    write,
    remove: () => {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
