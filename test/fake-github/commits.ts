/**
 * The fake's small commit model: commits with parents, branches that move, and open pull requests
 * that follow their head branch as GitHub's do on a push. Seeds that never write keep their fixed
 * branch shas (branchSha) and trees; the first move of a branch keeps its old head as a commit.
 */
import { createHash } from 'node:crypto';
import { type FileModes, changedFiles, gitTree } from './git.js';
import {
  type Account,
  type Commit,
  type FileTree,
  type GitPerson,
  type PullRequest,
  type State,
  accountById,
  findAccount,
  headSha,
  stateNow,
} from './state.js';

const SHA = /^[0-9a-f]{40}$/;

/** The no-reply address GitHub gives an account; commits with it link to the account. */
export function noreplyEmail(account: Pick<Account, 'id' | 'login'>): string {
  return `${String(account.id)}+${account.login}@users.noreply.github.com`;
}

/** The account a commit's email links to: a no-reply address of an existing account. */
export function linkedAccount(state: State, email: string): Account | undefined {
  const found = /^(\d+)\+([^@]+)@users\.noreply\.github\.com$/i.exec(email);
  if (found === null) return undefined;
  const account = accountById(state, Number(found[1]));
  return account !== undefined && account.login.toLowerCase() === found[2]?.toLowerCase()
    ? account
    : undefined;
}

/** Whether a branch exists: a `files` key that is not a commit sha. */
export function branchExists(state: State, branch: string): boolean {
  return !SHA.test(branch) && Object.hasOwn(state.files, branch);
}

/** The commit a sha names: a written one, or a seeded tree (no parents, no linked author). */
export function commitOf(state: State, sha: string): Commit | undefined {
  const written = state.commits[sha];
  if (written !== undefined) return written;
  const key = SHA.test(sha) && Object.hasOwn(state.files, sha) ? sha : seededBranchAt(state, sha);
  if (key === undefined) return undefined;
  const person: GitPerson = { name: 'Seed', email: 'seed@example.invalid', date: SEEDED_AT };
  return {
    sha,
    tree: gitTree(state.files[key] ?? {}, state.modes[key]).sha,
    parents: [],
    message: `Seeded ${key}`,
    author: person,
    committer: person,
    author_id: null,
    committer_id: null,
  };
}

const SEEDED_AT = '2024-01-01T00:00:00Z';

function seededBranchAt(state: State, sha: string): string | undefined {
  return Object.keys(state.files).find((key) => !SHA.test(key) && headSha(state, key) === sha);
}

/** The files and modes of a commit, or undefined for a sha the repository does not have. */
export function commitFiles(
  state: State,
  sha: string,
): { files: FileTree; modes: FileModes } | undefined {
  const key = Object.hasOwn(state.files, sha) ? sha : seededBranchAt(state, sha);
  if (key === undefined) return undefined;
  return { files: state.files[key] ?? {}, modes: state.modes[key] ?? {} };
}

/** The files of a tree by its sha: a created tree, or the root tree of a commit or branch. */
export function treeFiles(
  state: State,
  sha: string,
): { files: FileTree; modes: FileModes } | undefined {
  const created = state.trees[sha];
  if (created !== undefined) return created;
  for (const [key, files] of Object.entries(state.files)) {
    const modes = state.modes[key] ?? {};
    if (gitTree(files, modes).sha === sha) return { files, modes };
  }
  return undefined;
}

/** Every ancestor of a commit, itself included (written commits only have parents). */
export function ancestors(state: State, sha: string): Set<string> {
  const seen = new Set<string>();
  const queue = [sha];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(state.commits[next]?.parents ?? []));
  }
  return seen;
}

/** The nearest common ancestor of two commits, or undefined when their histories never meet. */
export function mergeBase(state: State, a: string, b: string): string | undefined {
  const ofB = ancestors(state, b);
  const queue = [a];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const next = queue.shift();
    if (next === undefined || seen.has(next)) continue;
    if (ofB.has(next)) return next;
    seen.add(next);
    queue.push(...(state.commits[next]?.parents ?? []));
  }
  return undefined;
}

/** A git person for an account, as GitHub writes one for commits made through the API. */
export function personOf(account: Account, date: string): GitPerson {
  return { name: account.login, email: noreplyEmail(account), date };
}

function gitDate(iso: string): string {
  return `${String(Math.floor(Date.parse(iso) / 1000))} +0000`;
}

/** The sha git computes for a commit object. */
function commitSha(commit: Omit<Commit, 'sha' | 'author_id' | 'committer_id'>): string {
  const lines = [
    `tree ${commit.tree}`,
    ...commit.parents.map((parent) => `parent ${parent}`),
    `author ${commit.author.name} <${commit.author.email}> ${gitDate(commit.author.date)}`,
    `committer ${commit.committer.name} <${commit.committer.email}> ${gitDate(commit.committer.date)}`,
    '',
    commit.message,
  ];
  const body = Buffer.from(lines.join('\n'), 'utf8');
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`commit ${String(body.length)}\0`), body]))
    .digest('hex');
}

export interface NewCommit {
  files: FileTree;
  modes: FileModes;
  parents: string[];
  message: string;
  author: GitPerson;
  committer: GitPerson;
}

/** Stores a commit: its files under its sha, so every reader by sha sees them. */
export function writeCommit(state: State, input: NewCommit): Commit {
  const tree = gitTree(input.files, input.modes).sha;
  const fields = {
    tree,
    parents: input.parents,
    message: input.message,
    author: input.author,
    committer: input.committer,
  };
  const commit: Commit = {
    sha: commitSha(fields),
    ...fields,
    author_id: linkedAccount(state, input.author.email)?.id ?? null,
    committer_id: linkedAccount(state, input.committer.email)?.id ?? null,
  };
  state.commits[commit.sha] = commit;
  state.files[commit.sha] = { ...input.files };
  if (Object.keys(input.modes).length > 0) state.modes[commit.sha] = { ...input.modes };
  return commit;
}

/** Keeps a branch's current head reachable by its sha before the branch moves or goes. */
function keepHead(state: State, branch: string): void {
  const sha = headSha(state, branch);
  if (Object.hasOwn(state.files, sha)) return;
  state.files[sha] = state.files[branch] ?? {};
  const modes = state.modes[branch];
  if (modes !== undefined) state.modes[sha] = modes;
}

/**
 * Points a branch (made if absent) at a commit: `files[branch]` becomes that commit's tree, and
 * open pull requests with it as head take the new head and files, as on a push.
 */
export function setBranch(state: State, branch: string, sha: string, now: string): void {
  const target = commitFiles(state, sha);
  if (target === undefined) throw new Error(`no commit ${sha} to point ${branch} at`);
  if (branchExists(state, branch)) keepHead(state, branch);
  state.files[branch] = { ...target.files };
  if (Object.keys(target.modes).length > 0) state.modes[branch] = { ...target.modes };
  else Reflect.deleteProperty(state.modes, branch);
  state.refs[branch] = sha;
  for (const pull of state.pulls)
    if (pull.state === 'open' && ownHead(state, pull) && pull.head.ref === branch) {
      pull.head.sha = sha;
      refreshPull(state, pull);
      pull.updated_at = now;
    }
}

/**
 * Deletes a branch; its commits stay reachable by sha, as GitHub keeps them. Open pull requests
 * from or into it close, as GitHub closes them, by `by`.
 */
export function dropBranch(state: State, branch: string, by: Account, now: string): void {
  for (const pull of state.pulls)
    if (
      pull.state === 'open' &&
      (pull.base.ref === branch || (ownHead(state, pull) && pull.head.ref === branch))
    )
      closePullRequest(state, pull, by, now);
  keepHead(state, branch);
  Reflect.deleteProperty(state.files, branch);
  Reflect.deleteProperty(state.modes, branch);
  Reflect.deleteProperty(state.refs, branch);
}

/** Whether a pull request's head branch is in this repository (not a fork). */
export function ownHead(state: State, pull: PullRequest): boolean {
  const { owner, repo } = state.repository;
  return pull.head.repoFullName.toLowerCase() === `${owner}/${repo}`.toLowerCase();
}

/**
 * Recomputes a pull request's base sha (the base branch's head now) and files: the changes from
 * the merge base to the head (GitHub's three-dot diff), or from the base branch's tree when the
 * histories never meet (seeded commits have no parents).
 */
export function refreshPull(state: State, pull: PullRequest): void {
  if (branchExists(state, pull.base.ref)) pull.base.sha = headSha(state, pull.base.ref);
  const from = mergeBase(state, pull.head.sha, pull.base.sha) ?? pull.base.sha;
  const base = commitFiles(state, from) ?? { files: state.files[pull.base.ref] ?? {}, modes: {} };
  const head = commitFiles(state, pull.head.sha) ?? { files: {}, modes: {} };
  pull.files = changedFiles(base.files, head.files, base.modes, head.modes);
}

/** The shas of the commits a pull request adds: reachable from its head, not from its base. */
function pullShas(state: State, pull: PullRequest): string[] {
  const onBase = ancestors(state, pull.base.sha);
  const listed: string[] = [];
  const queue = [pull.head.sha];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (listed.includes(next) || onBase.has(next)) continue;
    const known = state.commits[next] !== undefined || commitFiles(state, next) !== undefined;
    if (!known) continue;
    listed.push(next);
    queue.push(...(state.commits[next]?.parents ?? []));
  }
  return listed.reverse();
}

/** The commits a pull request adds, oldest first. */
export function pullCommits(state: State, pull: PullRequest): Commit[] {
  return pullShas(state, pull).flatMap((sha) => commitOf(state, sha) ?? []);
}

/** How many commits a pull request adds, without building them (lists show every pull). */
export function pullCommitCount(state: State, pull: PullRequest): number {
  return pullShas(state, pull).length;
}

/** Why a pull request cannot be merged now, or undefined. */
export function unmergeable(state: State, pull: PullRequest): string | undefined {
  if (pull.merged) return 'Pull Request is not mergeable: it is already merged';
  if (pull.state !== 'open') return 'Pull Request is not mergeable: it is closed';
  if (pull.draft) return 'Pull Request is still a draft';
  if (!ownHead(state, pull) || !branchExists(state, pull.head.ref))
    return 'Pull Request is not mergeable: the head branch is gone';
  return mergedTree(state, pull) === undefined ? 'Pull Request is not mergeable' : undefined;
}

/**
 * The tree a merge makes: the base branch with the head's changes since the merge base; undefined
 * on a conflict (a path both sides changed differently). Without a merge base, the head's tree.
 */
function mergedTree(
  state: State,
  pull: PullRequest,
): { files: FileTree; modes: FileModes } | undefined {
  const head = commitFiles(state, pull.head.sha);
  const baseSha = headSha(state, pull.base.ref);
  const base = commitFiles(state, baseSha);
  if (head === undefined || base === undefined) return undefined;
  const from = mergeBase(state, pull.head.sha, baseSha);
  const start = from === undefined ? undefined : commitFiles(state, from);
  if (start === undefined) return { files: { ...head.files }, modes: { ...head.modes } };
  const files = { ...base.files };
  const modes = { ...base.modes };
  const paths = new Set([...Object.keys(start.files), ...Object.keys(head.files)]);
  for (const path of paths) {
    const was = start.files[path];
    const now = head.files[path];
    if (was === now && start.modes[path] === head.modes[path]) continue;
    const theirs = base.files[path];
    if (theirs !== was && theirs !== now) return undefined;
    if (now === undefined) Reflect.deleteProperty(files, path);
    else files[path] = now;
    const mode = head.modes[path];
    if (mode === undefined) Reflect.deleteProperty(modes, path);
    else modes[path] = mode;
  }
  return { files, modes };
}

/**
 * Merges an open pull request as `by` would with a merge commit (or one squashed commit): the
 * base branch moves, the pull request is merged and closed, and its issue twin closed by `by`.
 */
export function mergePullRequest(
  state: State,
  pull: PullRequest,
  by: Account,
  now: string,
  options: { method?: 'merge' | 'squash'; title?: string; message?: string } = {},
): Commit {
  const problem = unmergeable(state, pull);
  const tree = mergedTree(state, pull);
  if (problem !== undefined || tree === undefined) throw new Error(problem ?? 'not mergeable');
  const baseSha = headSha(state, pull.base.ref);
  const person = personOf(by, now);
  const squash = options.method === 'squash';
  const title =
    options.title ??
    (squash
      ? `${pull.title} (#${String(pull.number)})`
      : `Merge pull request #${String(pull.number)} from ${pull.head.repoFullName.split('/')[0] ?? ''}/${pull.head.ref}`);
  const message = options.message ?? (squash ? '' : pull.title);
  const commit = writeCommit(state, {
    ...tree,
    parents: squash ? [baseSha] : [baseSha, pull.head.sha],
    message: message === '' ? title : `${title}\n\n${message}`,
    author: person,
    committer: person,
  });
  pull.base.sha = baseSha;
  setBranch(state, pull.base.ref, commit.sha, now);
  pull.merged = true;
  pull.merged_by_id = by.id;
  closePullRequest(state, pull, by, now);
  return commit;
}

/** Closes a pull request (and its issue twin) as `by`; its head branch stays. */
export function closePullRequest(state: State, pull: PullRequest, by: Account, now: string): void {
  pull.state = 'closed';
  pull.updated_at = now;
  const issue = state.issues.find((i) => i.number === pull.number);
  if (issue === undefined) return;
  issue.state = 'closed';
  issue.closed_at = now;
  issue.updated_at = now;
  issue.closed_by_id = by.id;
}

// Test helpers: what people do on GitHub outside the code under test.

function personAccount(state: State, login: string): Account {
  const account = findAccount(state, login);
  if (account === undefined) throw new Error(`no account ${login}`);
  return account;
}

function pullNumbered(state: State, number: number): PullRequest {
  const pull = state.pulls.find((p) => p.number === number);
  if (pull === undefined) throw new Error(`no pull request ${String(number)}`);
  return pull;
}

/** A person merges a pull request with a merge commit; returns the merge commit's sha. */
export function mergePull(
  state: State,
  number: number,
  byLogin: string,
  now: string = stateNow(state),
): string {
  return mergePullRequest(state, pullNumbered(state, number), personAccount(state, byLogin), now)
    .sha;
}

/** A person closes a pull request without merging it (its `closed_by`). */
export function closePull(
  state: State,
  number: number,
  byLogin: string,
  now: string = stateNow(state),
): void {
  const pull = pullNumbered(state, number);
  if (pull.state !== 'open') throw new Error(`pull request ${String(number)} is not open`);
  closePullRequest(state, pull, personAccount(state, byLogin), now);
}

/**
 * A person pushes one commit to a branch (made from the default branch's head if absent):
 * `changes` maps paths to their new text, or to null to delete them. Returns the commit's sha.
 */
export function pushCommit(
  state: State,
  branch: string,
  changes: Record<string, string | null>,
  byLogin: string,
  options: { message?: string; now?: string } = {},
): string {
  const now = options.now ?? stateNow(state);
  const from = branchExists(state, branch) ? branch : state.repository.defaultBranch;
  const parent = headSha(state, from);
  const files = { ...(state.files[from] ?? {}) };
  const modes = { ...(state.modes[from] ?? {}) };
  for (const [path, text] of Object.entries(changes))
    if (text === null) {
      Reflect.deleteProperty(files, path);
      Reflect.deleteProperty(modes, path);
    } else files[path] = text;
  const person = personOf(personAccount(state, byLogin), now);
  const commit = writeCommit(state, {
    files,
    modes,
    parents: [parent],
    message: options.message ?? `Update ${branch}`,
    author: person,
    committer: person,
  });
  setBranch(state, branch, commit.sha, now);
  return commit.sha;
}

/** A branch's files now (a copy), or undefined when there is no such branch. */
export function branchFiles(state: State, branch: string): FileTree | undefined {
  return branchExists(state, branch) ? { ...(state.files[branch] ?? {}) } : undefined;
}
