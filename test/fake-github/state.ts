import { type FileModes, changedFiles, fakeSha } from './git.js';

export { type FileMode, type FileModes, blobSha, fakeSha } from './git.js';

/** Repository roles, highest first; `permission` in API answers folds them to the legacy four. */
export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';
/** GitHub's REST description lists `copied` too: a new file git found to be a copy of another. */
export type FileStatus = 'added' | 'modified' | 'removed' | 'renamed' | 'copied';
export type StateReason = 'completed' | 'not_planned' | 'duplicate' | 'reopened';
export type ReviewState = 'APPROVED' | 'COMMENTED' | 'CHANGES_REQUESTED' | 'DISMISSED';
export type CheckStatus =
  'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
export type CheckConclusion =
  | 'action_required'
  | 'cancelled'
  | 'failure'
  | 'neutral'
  | 'success'
  | 'skipped'
  | 'stale'
  | 'timed_out';

export interface Repository {
  owner: string;
  repo: string;
  defaultBranch: string;
  /** Public repositories give every existing account read access. */
  visibility: 'public' | 'private';
  id: number;
}

/** A commit's files: path → text. */
export type FileTree = Record<string, string>;

export interface ChangedFile {
  filename: string;
  status: FileStatus;
  previous_filename?: string;
  /**
   * Git blob sha of the new content (of the old content for a removed file); for a submodule, the
   * commit it points at. GitHub's schema allows null, so a seed may give it.
   */
  sha: string | null;
  additions: number;
  deletions: number;
  patch?: string;
}

export interface PullRequest {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string | null;
  user: string;
  draft: boolean;
  merged: boolean;
  head: {
    sha: string;
    ref: string;
    /** owner/repo; differs from the base for a fork. */ repoFullName: string;
  };
  base: { sha: string; ref: string };
  files: ChangedFile[];
  created_at: string;
  updated_at: string;
}

export interface Issue {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: StateReason | null;
  user: string;
  assignees: string[];
  /** GitHub numbers issues and pull requests in one sequence; a pull request is also an issue. */
  isPullRequest: boolean;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface Comment {
  id: number;
  issue_number: number;
  body: string;
  user: string;
  created_at: string;
  updated_at: string;
}

export interface Label {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface Review {
  id: number;
  pull_number: number;
  user: string;
  state: ReviewState;
  body: string;
  submitted_at: string;
  /**
   * The head the review was given on, served as seeded: after a force-push it is a commit the
   * branch no longer has, which GitHub keeps listing.
   */
  commit_id: string;
}

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: CheckStatus;
  conclusion: CheckConclusion | null;
  started_at: string | null;
  completed_at: string | null;
  details_url: string | null;
  external_id: string | null;
  /** Annotations accumulate across updates, as GitHub appends them. */
  output: {
    title: string | null;
    summary: string | null;
    text: string | null;
    annotations: Annotation[];
  };
}

export interface RateBucket {
  limit: number;
  used: number;
  /** Epoch seconds. */
  reset: number;
}

export interface State {
  repository: Repository;
  /** Ref name (branch) or commit sha → the files at it. */
  files: Record<string, FileTree>;
  /** Same keys as `files` → the modes of its paths that are not regular files. */
  modes: Record<string, FileModes>;
  pulls: PullRequest[];
  issues: Issue[];
  comments: Comment[];
  /** The repository's labels. */
  labels: Label[];
  /** Issue or pull request number → names of the labels on it. */
  issueLabels: Record<number, string[]>;
  reviews: Review[];
  checkRuns: CheckRun[];
  collaborators: Record<string, Permission>;
  /** Logins that exist; GitHub compares logins without case. */
  users: Set<string>;
  authenticatedLogin: string;
  rateLimit: { core: RateBucket; graphql: RateBucket };
  /** Next id for comments, labels, reviews and check runs. */
  nextId: number;
}

/** GitHub's timestamps: ISO 8601 to the second, UTC. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface PullInput {
  number: number;
  title?: string;
  body?: string | null;
  user?: string;
  state?: 'open' | 'closed';
  draft?: boolean;
  head: { sha: string; ref?: string; repoFullName?: string };
  base?: { sha?: string; ref?: string };
  /** Default: the difference between the trees at the base and at the head sha. */
  files?: ChangedFile[];
}

export interface PullOptions {
  /** The modes of `files`, by the same keys (see State.modes). */
  modes?: Record<string, FileModes>;
  createdAt?: string;
}

/**
 * A pull request with defaults filled in; its changed files are computed from `files` (base ref
 * or sha vs head sha) unless given.
 */
export function makePull(
  input: PullInput,
  repository: Pick<Repository, 'owner' | 'repo' | 'defaultBranch'>,
  files: Record<string, FileTree> = {},
  { modes = {}, createdAt = '2024-01-01T00:00:00Z' }: PullOptions = {},
): PullRequest {
  const baseRef = input.base?.ref ?? repository.defaultBranch;
  const baseSha = input.base?.sha ?? fakeSha(`${baseRef}@${String(input.number)}`);
  const baseKey = files[baseSha] === undefined ? baseRef : baseSha;
  return {
    number: input.number,
    state: input.state ?? 'open',
    title: input.title ?? `Pull request ${String(input.number)}`,
    body: input.body ?? null,
    user: input.user ?? 'contributor',
    draft: input.draft ?? false,
    merged: false,
    head: {
      sha: input.head.sha,
      ref: input.head.ref ?? `topic-${String(input.number)}`,
      repoFullName: input.head.repoFullName ?? `${repository.owner}/${repository.repo}`,
    },
    base: { sha: baseSha, ref: baseRef },
    files:
      input.files ??
      changedFiles(
        files[baseKey] ?? {},
        files[input.head.sha] ?? {},
        modes[baseKey],
        modes[input.head.sha],
      ),
    created_at: createdAt,
    updated_at: createdAt,
  };
}

export interface IssueInput {
  number: number;
  title?: string;
  body?: string | null;
  user?: string;
  state?: 'open' | 'closed';
  assignees?: string[];
  created_at?: string;
  updated_at?: string;
}

/** A plain issue with defaults filled in, for seeds. */
export function makeIssue(input: IssueInput): Issue {
  const created = input.created_at ?? '2024-01-01T00:00:00Z';
  const closed = input.state === 'closed';
  return {
    number: input.number,
    title: input.title ?? `Issue ${String(input.number)}`,
    body: input.body ?? null,
    state: input.state ?? 'open',
    state_reason: closed ? 'completed' : null,
    user: input.user ?? 'contributor',
    assignees: input.assignees ?? [],
    isPullRequest: false,
    created_at: created,
    updated_at: input.updated_at ?? created,
    closed_at: closed ? (input.updated_at ?? created) : null,
  };
}

export const DEFAULT_REPOSITORY: Readonly<Repository> = {
  owner: 'azure-tech-groups',
  repo: 'registry',
  defaultBranch: 'main',
  visibility: 'public',
  id: 700_000_001,
};

/**
 * The full state from a partial seed: pull requests gain their issue twin (same number), a pull
 * request's base sha resolves to the base branch's files, and the repository owner, the token's
 * login and every collaborator exist as accounts.
 */
export function createState(seed: Partial<State> = {}, now = new Date()): State {
  const reset = Math.floor(now.getTime() / 1000) + 3600;
  const state: State = {
    repository: seed.repository ?? { ...DEFAULT_REPOSITORY },
    files: seed.files ?? {},
    modes: seed.modes ?? {},
    pulls: seed.pulls ?? [],
    issues: seed.issues ?? [],
    comments: seed.comments ?? [],
    labels: seed.labels ?? [],
    issueLabels: seed.issueLabels ?? {},
    reviews: seed.reviews ?? [],
    checkRuns: seed.checkRuns ?? [],
    collaborators: seed.collaborators ?? {},
    users: seed.users ?? new Set<string>(),
    authenticatedLogin: seed.authenticatedLogin ?? 'github-actions[bot]',
    rateLimit: seed.rateLimit ?? {
      core: { limit: 5000, used: 0, reset },
      graphql: { limit: 5000, used: 0, reset },
    },
    nextId: seed.nextId ?? 0,
  };
  const { repository } = state;
  state.files[repository.defaultBranch] ??= {};
  for (const pull of state.pulls) {
    if (state.files[pull.base.sha] === undefined) {
      state.files[pull.base.sha] = state.files[pull.base.ref] ?? {};
      const modes = state.modes[pull.base.ref];
      if (modes !== undefined) state.modes[pull.base.sha] = modes;
    }
    if (!state.issues.some((issue) => issue.number === pull.number))
      state.issues.push({
        number: pull.number,
        title: pull.title,
        body: pull.body,
        state: pull.state,
        state_reason: null,
        user: pull.user,
        assignees: [],
        isPullRequest: true,
        created_at: pull.created_at,
        updated_at: pull.updated_at,
        closed_at: null,
      });
  }
  state.issues.sort((a, b) => a.number - b.number);
  for (const login of [
    repository.owner,
    state.authenticatedLogin,
    ...Object.keys(state.collaborators),
  ])
    state.users.add(login);
  const ids = [state.comments, state.labels, state.reviews, state.checkRuns].flatMap((list) =>
    list.map((item) => item.id),
  );
  state.nextId = Math.max(state.nextId, 1000, ...ids) + 1;
  return state;
}

export function nextId(state: State): number {
  return state.nextId++;
}

export function nextIssueNumber(state: State): number {
  return Math.max(0, ...state.issues.map((i) => i.number), ...state.pulls.map((p) => p.number)) + 1;
}

/** The existing login spelled as GitHub stores it, or undefined. */
export function findUser(state: State, login: string): string | undefined {
  const wanted = login.toLowerCase();
  for (const user of state.users) if (user.toLowerCase() === wanted) return user;
  return undefined;
}

export function findLabel(state: State, name: string): Label | undefined {
  const wanted = name.toLowerCase();
  return state.labels.find((label) => label.name.toLowerCase() === wanted);
}

const SHA = /^[0-9a-f]{40}$/;

/** The sha GitHub would report for a branch's head: seeds key branches by name only. */
export function branchSha(branch: string): string {
  return fakeSha(`branch ${branch}`);
}

/**
 * The key in `files` (and `modes`) of a ref as GitHub resolves it: a branch (optionally heads/
 * or refs/heads/), a commit sha (full, or an unambiguous prefix of seven or more), a branch's
 * head sha, or refs/pull/N/head.
 */
export function resolveRefKey(state: State, ref: string): string | undefined {
  const pullHead = /^refs\/pull\/(\d+)\/head$/.exec(ref);
  if (pullHead) {
    const pull = state.pulls.find((p) => String(p.number) === pullHead[1]);
    return pull !== undefined && Object.hasOwn(state.files, pull.head.sha)
      ? pull.head.sha
      : undefined;
  }
  const name = ref.replace(/^(refs\/)?heads\//, '');
  if (Object.hasOwn(state.files, name)) return name;
  const keys = Object.keys(state.files);
  const byBranchSha = keys.find((key) => branchSha(key) === ref);
  if (byBranchSha !== undefined) return byBranchSha;
  if (!/^[0-9a-f]{7,39}$/.test(ref)) return undefined;
  const prefixed = keys.filter((key) => SHA.test(key) && key.startsWith(ref));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/** The files at a ref, resolved as resolveRefKey does. */
export function resolveRef(state: State, ref: string): FileTree | undefined {
  const key = resolveRefKey(state, ref);
  return key === undefined ? undefined : state.files[key];
}

/** The commit sha a ref names, resolved as resolveRefKey does, or any commit the repository knows. */
export function resolveCommit(state: State, ref: string): string | undefined {
  const key = resolveRefKey(state, ref);
  if (key !== undefined) return SHA.test(key) ? key : branchSha(key);
  return knownCommits(state).has(ref) ? ref : undefined;
}

/** Every commit sha the repository knows: trees keyed by sha, branch heads, pull heads and bases. */
export function knownCommits(state: State): Set<string> {
  const shas = new Set<string>();
  for (const key of Object.keys(state.files)) shas.add(SHA.test(key) ? key : branchSha(key));
  for (const pull of state.pulls) shas.add(pull.head.sha).add(pull.base.sha);
  return shas;
}

/** Edits a comment as its author would on GitHub, outside the code under test. */
export function editComment(state: State, id: number, body: string, updatedAt: string): Comment {
  const comment = state.comments.find((c) => c.id === id);
  if (comment === undefined) throw new Error(`no comment ${String(id)} to edit`);
  comment.body = body;
  comment.updated_at = updatedAt;
  return comment;
}

/** Deletes a comment as its author or a maintainer would, outside the code under test. */
export function deleteComment(state: State, id: number): Comment {
  const index = state.comments.findIndex((c) => c.id === id);
  const [comment] = index === -1 ? [] : state.comments.splice(index, 1);
  if (comment === undefined) throw new Error(`no comment ${String(id)} to delete`);
  return comment;
}

/** Dismisses a review as a maintainer would: it stays listed, with state DISMISSED. */
export function dismissReview(state: State, id: number): Review {
  const review = state.reviews.find((r) => r.id === id);
  if (review === undefined) throw new Error(`no review ${String(id)} to dismiss`);
  review.state = 'DISMISSED';
  return review;
}
