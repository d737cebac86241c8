import type { LoadPlaces } from '../core/places.js';
import path from 'node:path';
import type { PlainDate } from '../core/dates.js';
import { countBySeverity } from '../core/finding.js';
import type { Policy } from '../core/policy.js';
import { evaluate, type FileResult } from '../evaluate/evaluate.js';
import type { GroupFile } from '../load/group-file.js';
import type { RegistryDisk } from '../load/port.js';
import { listRegistry, readGroupFiles, relativePath } from '../load/registry.js';

export interface ValidateOptions {
  /** Files or folders to report on; empty means the registry's groups/ folder. */
  paths: readonly string[];
  /** The registry root: the folder holding groups/. */
  root: string;
  /** The registry's files (the disk, from the entry point). */
  disk: RegistryDisk;
  /** Paths in findings are shown relative to this folder. */
  cwd: string;
  today: PlainDate;
  policy: Policy;
  /** The place index (the disk, from the entry point), for the place rules. */
  loadPlaces?: LoadPlaces;
}

export interface ValidateResult {
  results: FileResult[];
  errors: number;
  warnings: number;
}

/**
 * `tgr validate`: the program rules over the named files, with cross-file rules looking at the
 * whole registry even when one file is named.
 */
export async function runValidate(options: ValidateOptions): Promise<ValidateResult> {
  const { disk } = options;
  const registryFiles = await listRegistry(disk, options.root);
  const named = options.paths.length === 0 ? registryFiles : await disk.expand(options.paths);
  const registryAbsolute = registryFiles.map((file) => path.resolve(file));
  const namedSet = new Set(
    named === registryFiles ? registryAbsolute : named.map((file) => path.resolve(file)),
  );
  const all = [...new Set([...registryAbsolute, ...namedSet])];

  const cwd = path.resolve(options.cwd);
  const display = (absolute: string): string =>
    relativePath(cwd, absolute).split(path.sep).join('/') || absolute;
  const files = readGroupFiles(disk, all, options.root, display);
  const reported = new Set(files.filter((_, index) => namedSet.has(all[index] ?? '')));

  // The place list costs about half a second and 75 MB: loaded only when a joining (applying)
  // group is among the files checked, as issue #25 asks, so neither a leader's check of an
  // existing group nor the registry's own check pays for it. registry/location then speaks of
  // every file checked; pull requests that add or change a group always load it.
  const { loadPlaces } = options;
  const needsPlaces = loadPlaces !== undefined && [...reported].some(isApplying);
  const results = evaluate(files, {
    today: options.today,
    policy: options.policy,
    reportOn: (file) => reported.has(file),
    ...(needsPlaces ? { places: { index: await loadPlaces(), joining: new Set<string>() } } : {}),
  });
  return { results, ...countBySeverity(results.flatMap((result) => result.findings)) };
}

function isApplying(file: GroupFile): boolean {
  return file.content.ok && file.content.data['status'] === 'applying';
}
