/** Where `tgr` finds the registry it works on, from the folder it was started in. */
import path from 'node:path';
import { pathKind, readFileAt } from '../adapters/fs/files.js';
import type { Policy } from '../core/policy.js';
import { DEFAULT_POLICY_PATH, readPolicy } from '../load/policy-file.js';
import { GROUPS_DIR } from '../load/registry.js';
import { RULE_IDS } from '../rules/index.js';
import type { CliIo } from './options.js';

/** No folder from the working directory up holds `groups/`: a usage problem (exit 2). */
export class NoRegistryError extends Error {
  override name = 'NoRegistryError';
  /** What to do about it: tgr's own words, printed as they are (the message holds paths). */
  readonly advice =
    `Run tgr inside a registry: its root (the folder that holds ${GROUPS_DIR}/) or any folder below it, ` +
    `for example: cd path/to/registry && npx tgr validate\n` +
    `To start a new registry, create a ${GROUPS_DIR}/ folder at its root first.`;
}

/**
 * The registry root for a command started in `cwd`: the nearest folder, from `cwd` up, that holds
 * a `groups/` folder, the way git finds `.git`. So `tgr` works the same from the root, from inside
 * `groups/` and from any folder below the root.
 *
 * The walk stops at the root of a Git repository (a folder holding `.git`): a `groups/` folder
 * above the repository the user is in belongs to something else. And a repository's own `groups/`
 * folder is never taken for the root, even when it holds a `groups/` folder of its own (the stray
 * `groups/groups/x.yaml` that `tgr new` once wrote when run inside `groups/`): that file is then
 * checked where it is, and reported as misplaced.
 */
export function findRegistryRoot(cwd: string): string {
  const start = path.resolve(cwd);
  for (let folder = start; ;) {
    if (isFolder(path.join(folder, GROUPS_DIR)) && !isRepositoryGroupsFolder(folder)) return folder;
    const parent = path.dirname(folder);
    const repositoryRoot = exists(path.join(folder, '.git'));
    if (repositoryRoot || parent === folder) {
      const where =
        folder === start ? `in ${start}` : `in ${start} and every folder above it up to ${folder}`;
      throw new NoRegistryError(
        `no registry found: looked for a ${GROUPS_DIR}/ folder ${where}${repositoryRoot ? ' (the root of its Git repository, where the search stops)' : ''}.`,
      );
    }
    folder = parent;
  }
}

/** `<repository>/groups`: named like the registry's folder, directly under a repository's root. */
function isRepositoryGroupsFolder(folder: string): boolean {
  return (
    path.basename(folder) === GROUPS_DIR &&
    !exists(path.join(folder, '.git')) &&
    exists(path.join(path.dirname(folder), '.git'))
  );
}

/** A folder, or a link to one; anything that cannot be looked at counts as absent. */
function isFolder(target: string): boolean {
  return pathKind(target) === 'folder';
}

/** `.git` is a folder in a clone, and a file in a worktree or a submodule. */
function exists(target: string): boolean {
  return pathKind(target) !== 'absent';
}

/**
 * The registry a command works on and its program policy: the root found from the working
 * directory, and the policy from that root (`--config`, else .github/program.yml when present),
 * as the Action's `config` input is read. Files named on the command line stay the user's.
 */
export function openRegistry(
  config: string | undefined,
  io: Pick<CliIo, 'cwd'>,
): { root: string; policy: Policy } {
  const root = findRegistryRoot(io.cwd);
  const policy = readPolicy(
    path.resolve(root, config ?? DEFAULT_POLICY_PATH),
    {
      required: config !== undefined,
      knownRules: RULE_IDS,
    },
    readFileAt,
  );
  return { root, policy };
}
