import { createHash } from 'node:crypto';
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

export type AccountType = 'User' | 'Organization' | 'Bot';

/** A GitHub account: the id is given once; the login can change, and be freed and taken again. */
export interface Account {
  id: number;
  login: string;
  type: AccountType;
  created_at: string;
}

/** Pull requests, issues, comments and reviews: their author is an account. */
export interface Authored {
  /** The author's login; seeds give this, and renames and deletions keep it current. */
  user: string;
  /** The author's account, bound from `user` when first seen (see bindAuthors). */
  user_id?: number;
}

export interface PullRequest extends Authored {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string | null;
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
  /** The account id of who merged it (set by pulls/merge or mergePull). */
  merged_by_id?: number;
}

export interface Issue extends Authored {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: StateReason | null;
  /** Logins; a rename follows, a deletion unassigns. */
  assignees: string[];
  /** GitHub numbers issues and pull requests in one sequence; a pull request is also an issue. */
  isPullRequest: boolean;
  /** Whose account last edited the body, and when (GraphQL `Issue.editor`); absent if never. */
  editor?: { id: number; at: string };
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** The account id of who last closed it (the API's token, or a helper's person). */
  closed_by_id?: number;
}

export interface Comment extends Authored {
  id: number;
  issue_number: number;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface Label {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface Review extends Authored {
  id: number;
  pull_number: number;
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

/** A commit the API or a helper made; its files are `files[sha]` (and `modes[sha]`). */
export interface Commit {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  author: GitPerson;
  committer: GitPerson;
  /** The GitHub accounts the author and committer emails link to, or null. */
  author_id: number | null;
  committer_id: number | null;
}

export interface GitPerson {
  name: string;
  email: string;
  date: string;
}

export interface State {
  repository: Repository;
  /** Ref name (branch) or commit sha → the files at it. */
  files: Record<string, FileTree>;
  /** Same keys as `files` → the modes of its paths that are not regular files. */
  modes: Record<string, FileModes>;
  /** Commits written through the API or helpers, by sha (seeded shas have none: no parents). */
  commits: Record<string, Commit>;
  /** Branch → head sha, for branches that moved; any other branch's head is branchSha(name). */
  refs: Record<string, string>;
  /** Trees made by git/create-tree, by tree sha: their files and modes. */
  trees: Record<string, { files: FileTree; modes: FileModes }>;
  /** Blobs made by git/create-blob, by blob sha. */
  blobs: Record<string, string>;
  pulls: PullRequest[];
  issues: Issue[];
  comments: Comment[];
  /** The repository's labels. */
  labels: Label[];
  /** Issue or pull request number → names of the labels on it. */
  issueLabels: Record<number, string[]>;
  reviews: Review[];
  checkRuns: CheckRun[];
  /** By login; a role belongs to the account, so a rename carries it and a deletion ends it. */
  collaborators: Record<string, Permission>;
  /** Every account that exists now, the ghost included. */
  accounts: Account[];
  /** Accounts deleted since: their ids are never given out again, as on GitHub. */
  deletedAccounts: Account[];
  /** Next id for accounts registered with registerAccount (or a login whose hash id was used). */
  nextAccountId: number;
  /**
   * The logins of `accounts`, kept in step with them; GitHub compares logins without case.
   * `add` makes an account (see ensureAccount), `delete` deletes one (see deleteAccount).
   */
  users: Set<string>;
  authenticatedLogin: string;
  rateLimit: { core: RateBucket; graphql: RateBucket };
  /** Next id for comments, labels, reviews and check runs. */
  nextId: number;
}

/** GitHub's own id for the account the workflow token acts as (`github-actions[bot]`). */
export const ACTIONS_BOT_ID = 41898282;

/** The account GitHub shows as the author of a deleted account's content. */
export const GHOST: Readonly<Account> = {
  id: 10137,
  login: 'ghost',
  type: 'User',
  created_at: '2008-05-13T06:14:25Z',
};

/** When accounts seeded by login say they were made. */
const SEEDED_AT = '2020-01-01T00:00:00Z';

/** Registered accounts count up from here, above every hash id, so they never collide. */
const FIRST_REGISTERED_ID = 200_000_001;

/**
 * The id an account seeded by login gets: a stable hash, so the same login seeds the same id in
 * every run. Only the first account with a login gets it (see ensureAccount).
 */
export function userId(login: string): number {
  if (login.toLowerCase() === 'github-actions[bot]') return ACTIONS_BOT_ID;
  return 10_000 + (createHash('sha1').update(login.toLowerCase()).digest().readUInt32BE(0) % 9e7);
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

/** The clock a state's registrations read (the fake server's own), by state. */
const clocks = new WeakMap<State, () => Date>();

/**
 * The full state from a partial seed: pull requests gain their issue twin (same number), a pull
 * request's base sha resolves to the base branch's files, the repository owner, the token's
 * login, every collaborator, every seeded user and every author exist as accounts, and authors
 * are bound to them. `now` may be a clock, which registerAccount then reads.
 */
export function createState(
  seed: Partial<State> = {},
  now: Date | (() => Date) = new Date(),
): State {
  const start = typeof now === 'function' ? now() : now;
  const reset = Math.floor(start.getTime() / 1000) + 3600;
  const state: State = {
    repository: seed.repository ?? { ...DEFAULT_REPOSITORY },
    files: seed.files ?? {},
    modes: seed.modes ?? {},
    commits: seed.commits ?? {},
    refs: seed.refs ?? {},
    trees: seed.trees ?? {},
    blobs: seed.blobs ?? {},
    pulls: seed.pulls ?? [],
    issues: seed.issues ?? [],
    comments: seed.comments ?? [],
    labels: seed.labels ?? [],
    issueLabels: seed.issueLabels ?? {},
    reviews: seed.reviews ?? [],
    checkRuns: seed.checkRuns ?? [],
    collaborators: seed.collaborators ?? {},
    accounts: seed.accounts ?? [],
    deletedAccounts: seed.deletedAccounts ?? [],
    nextAccountId: seed.nextAccountId ?? FIRST_REGISTERED_ID,
    // Replaced by the live view below, once the state exists.
    users: new Set<string>(),
    authenticatedLogin: seed.authenticatedLogin ?? 'github-actions[bot]',
    rateLimit: seed.rateLimit ?? {
      core: { limit: 5000, used: 0, reset },
      graphql: { limit: 5000, used: 0, reset },
    },
    nextId: seed.nextId ?? 0,
  };
  if (typeof now === 'function') clocks.set(state, now);
  if (!state.accounts.some((account) => account.id === GHOST.id)) state.accounts.push({ ...GHOST });
  state.users = new Logins(state);
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
        ...(pull.user_id === undefined ? {} : { user_id: pull.user_id }),
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
    ...(seed.users ?? []),
  ])
    ensureAccount(state, login);
  bindAuthors(state);
  const ids = [state.comments, state.labels, state.reviews, state.checkRuns].flatMap((list) =>
    list.map((item) => item.id),
  );
  state.nextId = Math.max(state.nextId, 1000, ...ids) + 1;
  return state;
}

/** Now by the fake server's clock (the real one for a state no server made), as GitHub writes it. */
export function stateNow(state: State): string {
  return isoSeconds((clocks.get(state) ?? (() => new Date()))());
}

export function nextId(state: State): number {
  return state.nextId++;
}

export function nextIssueNumber(state: State): number {
  return Math.max(0, ...state.issues.map((i) => i.number), ...state.pulls.map((p) => p.number)) + 1;
}

/** The existing login spelled as GitHub stores it, or undefined. */
export function findUser(state: State, login: string): string | undefined {
  return findAccount(state, login)?.login;
}

/**
 * `state.accounts` by id and by lower-cased login (the first account with either, as a scan would
 * find it): tens of thousands of accounts are looked up on every request. Kept in step by the
 * functions here; rebuilt whenever the list is another array, or another length, than it indexes.
 */
interface AccountIndex {
  list: Account[];
  length: number;
  byId: Map<number, Account>;
  byLogin: Map<string, Account>;
}

const indexes = new WeakMap<State, AccountIndex>();

function addToIndex(index: AccountIndex, account: Account): void {
  if (!index.byId.has(account.id)) index.byId.set(account.id, account);
  const login = account.login.toLowerCase();
  if (!index.byLogin.has(login)) index.byLogin.set(login, account);
}

function accountIndex(state: State): AccountIndex {
  const known = indexes.get(state);
  if (known !== undefined && known.list === state.accounts && known.length === known.list.length)
    return known;
  const index: AccountIndex = {
    list: state.accounts,
    length: state.accounts.length,
    byId: new Map(),
    byLogin: new Map(),
  };
  for (const account of state.accounts) addToIndex(index, account);
  indexes.set(state, index);
  return index;
}

/** Adds an account to the state (and to its index, without a rebuild). */
function pushAccount(state: State, account: Account): void {
  const index = accountIndex(state);
  state.accounts.push(account);
  addToIndex(index, account);
  index.length = state.accounts.length;
  if (state.users instanceof Logins) state.users.added(account.login);
}

/** The account that has a login now (GitHub compares logins without case), or undefined. */
export function findAccount(state: State, login: string): Account | undefined {
  const wanted = login.toLowerCase();
  const found = accountIndex(state).byLogin.get(wanted);
  if (found === undefined || found.login.toLowerCase() === wanted) return found;
  // The login changed under the index: read the list again.
  indexes.delete(state);
  return accountIndex(state).byLogin.get(wanted);
}

/** The account with an id, if it exists now (not deleted). */
export function accountById(state: State, id: number): Account | undefined {
  return accountIndex(state).byId.get(id);
}

function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function idUsed(state: State, id: number): boolean {
  return (
    accountById(state, id) !== undefined ||
    state.deletedAccounts.some((account) => account.id === id)
  );
}

function freshId(state: State): number {
  while (idUsed(state, state.nextAccountId)) state.nextAccountId++;
  return state.nextAccountId++;
}

function typeFor(login: string): AccountType {
  return login.endsWith('[bot]') ? 'Bot' : 'User';
}

/**
 * The account that has a login, made if there is none (seeding by login): its id is the login's
 * hash, unless an account ever had that id (a recycled login), then a fresh one.
 */
export function ensureAccount(state: State, login: string): Account {
  const found = findAccount(state, login);
  if (found !== undefined) return found;
  const hashed = userId(login);
  const account: Account = {
    id: idUsed(state, hashed) ? freshId(state) : hashed,
    login,
    type: typeFor(login),
    created_at: SEEDED_AT,
  };
  pushAccount(state, account);
  return account;
}

/**
 * The account an author refers to: the bound one while it still has the author's login (renames
 * and deletions keep the two in step), else the account that has the login now. Answers never
 * make accounts: an unknown login is sketched with its hash id.
 */
export function authorOf(state: State, item: Authored): Account {
  return boundAccount(state, item) ?? accountOf(state, item.user);
}

function boundAccount(state: State, item: Authored): Account | undefined {
  const bound = item.user_id === undefined ? undefined : accountById(state, item.user_id);
  return bound !== undefined && sameLogin(bound.login, item.user) ? bound : undefined;
}

/** The account with a login now, or a sketch of one (for logins no seed made, e.g. fork owners). */
export function accountOf(state: State, login: string): Account {
  return (
    findAccount(state, login) ?? {
      id: userId(login),
      login,
      type: typeFor(login),
      created_at: SEEDED_AT,
    }
  );
}

function authored(state: State): Authored[] {
  return [...state.pulls, ...state.issues, ...state.comments, ...state.reviews];
}

/**
 * Binds every author not yet bound to the account that has its login now, making accounts for
 * unknown logins: content a test pushes (or copies and gives another `user`) belongs to whoever
 * has that login when the fake next looks (every request, and before a rename or deletion).
 */
export function bindAuthors(state: State): void {
  for (const item of authored(state)) {
    if (boundAccount(state, item) !== undefined) continue;
    const account = ensureAccount(state, item.user);
    item.user_id = account.id;
    item.user = account.login;
  }
}

export interface RegisterOptions {
  /** Default: Bot for a login ending in [bot], else User. */
  type?: AccountType;
  /** Default: a fresh id no account ever had. */
  id?: number;
  /** Default: now, by the fake's clock. */
  createdAt?: string;
}

/**
 * Signs a new account up, as someone would on GitHub: a new id, even for a login an account
 * had before (a recycled login). Refuses a login that is taken.
 */
export function registerAccount(
  state: State,
  login: string,
  options: RegisterOptions = {},
): Account {
  if (login.trim() === '') throw new Error('an account needs a login');
  const taken = findAccount(state, login);
  if (taken !== undefined) throw new Error(`login ${login} is taken (account ${String(taken.id)})`);
  const type = options.type ?? typeFor(login);
  if ((type === 'Bot') !== login.endsWith('[bot]'))
    throw new Error(`a ${type} cannot have the login ${login}: only bots end in [bot]`);
  if (options.id !== undefined && idUsed(state, options.id))
    throw new Error(`account id ${String(options.id)} was given out before`);
  const account: Account = {
    id: options.id ?? freshId(state),
    login,
    type,
    created_at: options.createdAt ?? isoSeconds((clocks.get(state) ?? (() => new Date()))()),
  };
  pushAccount(state, account);
  return account;
}

/** The account, if it is one a rename or deletion may touch. */
function changeableAccount(state: State, login: string, what: string): Account {
  const account = findAccount(state, login);
  if (account === undefined) throw new Error(`no account ${login} to ${what}`);
  if (account.id === GHOST.id) throw new Error(`the ghost account cannot be ${what}d`);
  // The repository's URLs would move with its owner; the fake serves one fixed repository.
  if (sameLogin(account.login, state.repository.owner))
    throw new Error(`the fake cannot ${what} the repository owner ${login}`);
  return account;
}

/**
 * Renames an account as its owner would on GitHub: the id stays, what it wrote shows the new
 * login, its repository roles follow, and the old login is free for anyone to take.
 */
export function renameAccount(state: State, oldLogin: string, newLogin: string): Account {
  bindAuthors(state);
  const account = changeableAccount(state, oldLogin, 'rename');
  const taken = findAccount(state, newLogin);
  if (taken !== undefined && taken !== account)
    throw new Error(`login ${newLogin} is taken (account ${String(taken.id)})`);
  if ((account.type === 'Bot') !== newLogin.endsWith('[bot]'))
    throw new Error(`a ${account.type} cannot have the login ${newLogin}: only bots end in [bot]`);
  const before = account.login;
  account.login = newLogin;
  indexes.delete(state);
  for (const item of authored(state)) if (item.user_id === account.id) item.user = newLogin;
  for (const issue of state.issues)
    issue.assignees = issue.assignees.map((login) => (sameLogin(login, before) ? newLogin : login));
  state.collaborators = Object.fromEntries(
    Object.entries(state.collaborators).map(([login, role]) => [
      sameLogin(login, before) ? newLogin : login,
      role,
    ]),
  );
  if (sameLogin(state.authenticatedLogin, before)) state.authenticatedLogin = newLogin;
  refreshLogins(state);
  return account;
}

/**
 * Deletes an account as its owner would on GitHub: what it wrote shows as the ghost user, its
 * assignments and repository roles end, its login is free and its id is never given out again.
 */
export function deleteAccount(state: State, login: string): Account {
  bindAuthors(state);
  const account = changeableAccount(state, login, 'delete');
  // Its token would stop working: the fake's every request acts as this account.
  if (sameLogin(account.login, state.authenticatedLogin))
    throw new Error(`the fake cannot delete ${login}: the token acts as it`);
  state.accounts.splice(state.accounts.indexOf(account), 1);
  indexes.delete(state);
  state.deletedAccounts.push(account);
  for (const item of authored(state))
    if (item.user_id === account.id) {
      item.user = GHOST.login;
      item.user_id = GHOST.id;
    }
  for (const issue of state.issues)
    issue.assignees = issue.assignees.filter((assignee) => !sameLogin(assignee, account.login));
  state.collaborators = Object.fromEntries(
    Object.entries(state.collaborators).filter(([user]) => !sameLogin(user, account.login)),
  );
  refreshLogins(state);
  return account;
}

/**
 * `state.users`: a Set of the accounts' logins, kept in step with them. Adding a login makes an
 * account for it (ensureAccount), deleting one deletes the account (deleteAccount).
 */
class Logins extends Set<string> {
  readonly #state: State;

  constructor(state: State) {
    super();
    this.#state = state;
    this.refresh();
  }

  override add(login: string): this {
    ensureAccount(this.#state, login);
    return this;
  }

  override delete(login: string): boolean {
    if (findAccount(this.#state, login) === undefined) return false;
    deleteAccount(this.#state, login);
    return true;
  }

  override clear(): void {
    throw new Error('state.users cannot be cleared: delete accounts one by one');
  }

  /** One account was added: its login joins the others (as a re-read would put it, last). */
  added(login: string): void {
    super.add(login);
  }

  /** Re-reads the logins from the accounts. */
  refresh(): void {
    super.clear();
    for (const account of this.#state.accounts) super.add(account.login);
  }
}

function refreshLogins(state: State): void {
  if (state.users instanceof Logins) state.users.refresh();
}

export function findLabel(state: State, name: string): Label | undefined {
  const wanted = name.toLowerCase();
  return state.labels.find((label) => label.name.toLowerCase() === wanted);
}

const SHA = /^[0-9a-f]{40}$/;

/** The sha GitHub would report for a seeded branch's head: seeds key branches by name only. */
export function branchSha(branch: string): string {
  return fakeSha(`branch ${branch}`);
}

/** A branch's head sha now: where a write moved it, else its seeded sha. */
export function headSha(state: State, branch: string): string {
  return state.refs[branch] ?? branchSha(branch);
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
  const byBranchSha = keys.find((key) => !SHA.test(key) && headSha(state, key) === ref);
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
  if (key !== undefined) return SHA.test(key) ? key : headSha(state, key);
  return knownCommits(state).has(ref) ? ref : undefined;
}

/** Every commit sha the repository knows: trees keyed by sha, branch heads, pull heads and bases. */
export function knownCommits(state: State): Set<string> {
  const shas = new Set<string>();
  for (const key of Object.keys(state.files)) shas.add(SHA.test(key) ? key : headSha(state, key));
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
