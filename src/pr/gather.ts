import type { IdentityContext } from '../core/accounts.js';
import type { LoadPlaces, PlaceContext } from '../core/places.js';
import { loadGroupFile, nonRegularGroupFile, type GroupFile } from '../load/group-file.js';
import { leaders, type Actor } from './authorization.js';
import {
  describeChange,
  partitionFiles,
  type ChangedFile,
  type GroupChange,
  type Side,
} from './changes.js';
import { PR_COMMENT_MARKER } from './comment.js';
import { authorOf, formIssueNumber, lendingOf, type FormRead, type Lending } from './lent.js';
import type {
  GroupTree,
  IssueComment,
  PullRequestHost,
  PullRequestInfo,
  RecordedCheck,
  Review,
} from './port.js';
import type { NotChecked } from './report.js';

/**
 * Every read the pull-request check makes, each into plain data. Nothing here decides a verdict:
 * the little it works out (which files to read, whom to look up) only says what to read next.
 */

/** GitHub lists at most this many files of a pull request. */
export const FILES_LISTED = 3000;

/**
 * Past this many changed group files the check does not read them one by one (each costs a
 * request, and the workflow token has about 1,000 an hour): a maintainer must review.
 */
export const MAX_GROUP_FILES = 100;

const REGULAR_FILE = new Set(['100644', '100755']);

/** Where the check reads from: the code host, the registry on the default branch, a clock. */
export interface Sources {
  host: PullRequestHost;
  /** The registry on the default branch, by path; read only when the files are read one by one. */
  base: () => Promise<ReadonlyMap<string, GroupFile>>;
  /** Dates a new request for consent. */
  now: () => Date;
  /** The place index, for the place rules; without it they stay silent. */
  loadPlaces?: LoadPlaces | undefined;
}

/** What one run read about one pull request, before anything is decided. */
export interface Gathered {
  pr: PullRequestInfo;
  files: FilesRead;
  people: PeopleRead;
  /** Whose authority the pull request carries: its author's, or an issue form author's. */
  lending: Lending;
  /** This check's runs on the head commit, oldest first: they hold the twins' verdicts. */
  runs: RecordedCheck[];
}

/** The changed group files, read at the head commit and on the default branch; or not read. */
export type FilesRead =
  | {
      read: false;
      /** Why the files were not read one by one: a maintainer must review the whole commit. */
      notChecked: NotChecked;
      outside: string[];
    }
  | {
      read: true;
      /** Files outside `groups/` the pull request changes. */
      outside: string[];
      /** What the pull request does to each group, main's version against the head's. */
      changes: GroupChange[];
      /** The head commit's version of each changed group file it has, by path. */
      heads: ReadonlyMap<string, GroupFile>;
      /** The registry on the default branch, by path. */
      base: ReadonlyMap<string, GroupFile>;
      /** GitHub's answers for the people the changes name, change or remove. */
      identity: IdentityContext;
      /** Where groups meet: loaded only when the pull request adds or changes a group file. */
      places?: PlaceContext;
    };

/** The people around the pull request, as GitHub's answers name them. */
export interface PeopleRead {
  /** Every comment, oldest first. */
  comments: IssueComment[];
  /** This check's own comments among them: its memory of whom it asked when. */
  own: IssueComment[];
  /** Whoever's latest review approves the head commit. */
  approvers: Actor[];
  /** A maintainer other than the author approved the head commit. */
  maintainerApproved: boolean;
  /** The author (the issue's, for a form's pull request) is a User with write access. */
  authorIsMaintainer: boolean;
  /** When the run looked (ISO 8601): a new ask is dated then. */
  now: string;
}

/**
 * Reads one pull request: itself, its changed files at exactly one head commit, the registry
 * on the default branch, the people involved and the check's runs on that commit. A pull
 * request that is closed, into another branch or moved on while read is skipped.
 */
export async function gather(
  number: number,
  defaultBranch: string,
  sources: Sources,
): Promise<Gathered | { skipped: string }> {
  const { host } = sources;
  const pr = await host.pullRequest(number);
  if (pr.state !== 'open') return { skipped: 'the pull request is closed' };
  // A pull request into another branch is checked against nothing: its verdict would land on the
  // same head commit that branch protection of the default branch reads.
  if (pr.baseRef !== defaultBranch)
    return {
      skipped: `the pull request is into ${pr.baseRef}; only pull requests into ${defaultBranch} are checked`,
    };
  const files = await readFiles(pr, sources);
  if ('skipped' in files) return files;
  const lending = lendingOf(await readForm(pr, host));
  const people = await readPeople(pr, authorOf(pr, lending), sources);
  const runs = await host.checksOn(pr.headSha);
  return { pr, files, people, lending, runs };
}

async function readFiles(
  pr: PullRequestInfo,
  { host, base, loadPlaces }: Sources,
): Promise<FilesRead | { skipped: string }> {
  let files: ChangedFile[] | undefined;
  if (pr.changedFiles <= FILES_LISTED) {
    files = await host.changedFiles(pr.number);
    // One commit from start to end: a push while the files were listed makes the list another
    // commit's. That push starts its own run.
    const again = await host.pullRequest(pr.number);
    if (again.headSha !== pr.headSha)
      return { skipped: `the pull request moved on to ${again.headSha} while it was read` };
  }
  if (files === undefined || files.length < pr.changedFiles)
    return { read: false, notChecked: { count: pr.changedFiles, what: 'files' }, outside: [] };

  const { groups: listed, outside } = partitionFiles(files);
  const tooMany = {
    read: false,
    notChecked: { count: listed.length, what: 'group-files' },
    outside,
  } as const;
  if (listed.length > MAX_GROUP_FILES) return tooMany;
  const tree = listed.length === 0 ? undefined : await host.groupTree(pr.headSha);
  if (tree?.truncated === true) return tooMany;

  const changed = copiesAsNew(listed, tree);
  // Head versions come from the head commit's tree, whatever the file list says about them;
  // base versions are the registry on the default branch.
  const heads = new Map<string, GroupFile>();
  for (const file of changed) {
    const head = await readHead(file.path, tree, host);
    if (head !== undefined) heads.set(file.path, head);
  }
  const baseFiles = await base();
  const changes = changed.map((file) =>
    describeChange(
      file.path,
      sideOf(baseFiles.get(file.previousPath ?? file.path)),
      sideOf(heads.get(file.path)),
      file.previousPath,
    ),
  );
  const wanted = peopleToLookUp(changes);
  const accounts = wanted.logins.size === 0 ? new Map() : await host.accounts([...wanted.logins]);
  return {
    read: true,
    outside,
    changes,
    heads,
    base: baseFiles,
    identity: { accounts, required: wanted.required },
    ...(await placesFor(changes, loadPlaces)),
  };
}

/** The places, for `registry/location` and `registry/nearby`; a removal alone needs none. */
async function placesFor(
  changes: readonly GroupChange[],
  loadPlaces: LoadPlaces | undefined,
): Promise<{ places?: PlaceContext }> {
  if (loadPlaces === undefined || changes.every((change) => change.kind === 'leave')) return {};
  const joining = changes.filter((change) => change.kind === 'join').map((change) => change.path);
  return { places: { index: await loadPlaces(), joining: new Set(joining) } };
}

/**
 * A file moves only if its old path is gone: a "rename" whose old path the head still has is a
 * copy, a new group that the original's leaders and data do not vouch for.
 */
export function copiesAsNew(
  listed: readonly ChangedFile[],
  tree: GroupTree | undefined,
): ChangedFile[] {
  return listed.map((file): ChangedFile =>
    file.previousPath !== undefined && tree?.entries.has(file.previousPath) === true
      ? { path: file.path, status: 'added' }
      : file,
  );
}

async function readHead(
  file: string,
  tree: GroupTree | undefined,
  host: PullRequestHost,
): Promise<GroupFile | undefined> {
  const entry = tree?.entries.get(file);
  if (entry === undefined) return undefined;
  if (REGULAR_FILE.has(entry.mode)) return loadGroupFile(file, file, await host.blob(entry.sha));
  return nonRegularGroupFile(
    file,
    file,
    entry.mode === '120000' ? 'symlink' : entry.mode === '160000' ? 'submodule' : 'other',
  );
}

function sideOf(file: GroupFile | undefined): Side {
  if (file === undefined) return 'absent';
  return file.content.ok ? file.content.data : 'unreadable';
}

/**
 * Whom to ask GitHub about: the people a change names anew or changes (whose `githubId` must
 * then be that login's account: `leaders/github-id` checks the entries in `required`), and the
 * people it removes (to know whether their login is still theirs before mentioning it). Only
 * changed entries, so the cost follows the pull request, not the registry.
 */
export function peopleToLookUp(changes: readonly GroupChange[]): {
  logins: Set<string>;
  required: Set<string>;
} {
  const required = new Set<string>();
  const logins = new Set<string>();
  for (const change of changes) {
    const before = leaders(change.base);
    const after = leaders(change.head);
    for (const [role, entry] of after) {
      const old = before.get(role);
      if (old?.login === entry.login && old.githubId === entry.githubId) continue;
      required.add(`${change.path}#${role}`);
      logins.add(entry.login);
    }
    for (const [role, entry] of before)
      if (after.get(role)?.login !== entry.login && entry.githubId !== undefined)
        logins.add(entry.login);
  }
  return { logins, required };
}

/**
 * The issue behind a form's pull request: read only for the check's own account's `tgr/issue-<n>`
 * branch in this repository (a person's or another app's branch of that name lends nothing), and
 * who last edited it and who wrote the pull request's commits only for an open issue by a User.
 * `lendingOf` decides what it lends.
 */
export async function readForm(
  pr: PullRequestInfo,
  host: PullRequestHost,
): Promise<FormRead | undefined> {
  const number = formIssueNumber(pr);
  if (number === undefined || pr.authorId === undefined) return undefined;
  const own = await host.ownAccountId();
  if (pr.authorId !== own) return undefined;
  const issue = await host.issue(number);
  const open =
    issue !== undefined && issue.state === 'open' && !issue.isPullRequest && issue.authorIsUser;
  return {
    number,
    issue,
    edit: open ? await host.issueEdit(number) : undefined,
    pullBody: pr.body,
    commits: open ? await host.commitAuthors(pr.number) : undefined,
    own,
    headSha: pr.headSha,
  };
}

/**
 * The comments, the check's own among them, the approvals of the head commit, and which of the
 * people who approved or opened it are maintainers (asked only until one approver is). `author`
 * is whom the check takes as author: the issue's author for a form's pull request.
 */
async function readPeople(
  pr: PullRequestInfo,
  author: Actor,
  { host, now }: Sources,
): Promise<PeopleRead> {
  const comments = await host.comments(pr.number);
  const own = await ownComments(comments, host);
  const approvers = approversOf(await host.reviews(pr.number), pr.headSha);
  const at = now().toISOString();
  let maintainerApproved = false;
  for (const approver of approvers) {
    if (approver.id !== author.id && (await host.isMaintainer(approver.login))) {
      maintainerApproved = true;
      break;
    }
  }
  // Write access is an account's; a Bot or a deleted account is nobody, whatever its access.
  const authorIsMaintainer = author.isUser && (await host.isMaintainer(author.login));
  return { comments, own, approvers, maintainerApproved, authorIsMaintainer, now: at };
}

/**
 * This check's own comments: its marker, written by the account this run writes as (any app a
 * repository installs is a Bot too, so "a bot wrote it" is not enough). The account is asked
 * only when a comment carries the marker.
 */
async function ownComments(
  comments: readonly IssueComment[],
  host: PullRequestHost,
): Promise<IssueComment[]> {
  const marked = comments.filter((comment) => comment.body.startsWith(PR_COMMENT_MARKER));
  if (marked.length === 0) return [];
  const self = await host.ownAccountId();
  return marked.filter((comment) => comment.authorId === self);
}

/**
 * Who approves `headSha` now: a reviewer's latest review is their current position (a dismissed
 * one is no approval), and an approval counts only on the commit it was given on.
 */
export function approversOf(reviews: readonly Review[], headSha: string): Actor[] {
  const latest = new Map<number, Review>();
  for (const review of reviews)
    if (review.state !== 'COMMENTED' && review.authorIsUser && review.authorId !== undefined)
      latest.set(review.authorId, review);
  return [...latest.values()]
    .filter((review) => review.state === 'APPROVED' && review.commitId === headSha)
    .map((review) => ({ login: review.author, id: review.authorId, isUser: true }));
}

/**
 * Looks up the candidate twins in turn, until one is still a twin: open, into the same branch,
 * with the same head commit. The ones looked up before it are not, and are forgotten.
 */
export async function lookUpTwins(
  pr: PullRequestInfo,
  candidates: readonly number[],
  host: PullRequestHost,
): Promise<{ twin: number | undefined; forgotten: number[] }> {
  const forgotten: number[] = [];
  for (const number of candidates) {
    const other = await host.pullRequest(number);
    if (other.state === 'open' && other.baseRef === pr.baseRef && other.headSha === pr.headSha)
      return { twin: number, forgotten };
    forgotten.push(number);
  }
  return { twin: undefined, forgotten };
}

/**
 * The `groups/` trees before and after a push; undefined when `before` cannot be read (gone
 * after a force-push), and then `after` is not read either.
 */
export async function readPushTrees(
  before: string,
  after: string,
  host: PullRequestHost,
): Promise<{ before: GroupTree; after: GroupTree } | undefined> {
  let old: GroupTree;
  try {
    old = await host.groupTree(before);
  } catch {
    return undefined;
  }
  return { before: old, after: await host.groupTree(after) };
}
