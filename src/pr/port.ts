import type { GitHubAccount } from '../core/accounts.js';
import type { ChangedFile } from './changes.js';
import type { PrAction } from './plan.js';

/** What the pull-request check needs from the code host; `src/adapters/github/` implements it. */
export interface PullRequestInfo {
  number: number;
  /** Lower-cased login. */
  author: string;
  /** The author's account id; undefined for a deleted account. */
  authorId: number | undefined;
  /** The author is a User (not a Bot or an organisation). */
  authorIsUser: boolean;
  headSha: string;
  /** The head branch's name. */
  headRef: string;
  /** The head branch is in this repository (compared by repository id), not in a fork. */
  headInBase: boolean;
  baseRef: string;
  state: 'open' | 'closed';
  /** How many files the pull request changes, as the host counts them (not as it lists them). */
  changedFiles: number;
  /** Its description ('' for none): a form's pull request names the issue body it was built from. */
  body: string;
}

/** An issue as GitHub's REST answer gives it. */
export interface IssueInfo {
  number: number;
  state: 'open' | 'closed';
  /** GitHub numbers issues and pull requests in one sequence: this number is a pull request's. */
  isPullRequest: boolean;
  /** Lower-cased login. */
  author: string;
  /** The author's account id; undefined for a deleted account. */
  authorId: number | undefined;
  /** The author is a User (not a Bot or an organisation). */
  authorIsUser: boolean;
  /** Its body as GitHub holds it now ('' for none). */
  body: string;
}

/** Whose accounts wrote a pull request's commits, as GitHub links them. */
export interface CommitAuthors {
  /** Each commit's author account id, oldest first; undefined for a commit linked to none. */
  ids: Array<number | undefined>;
  /** Every commit is listed (GitHub lists at most 250). */
  complete: boolean;
  /** The newest commit's sha: the list is of that head, which may have moved since. */
  head: string | undefined;
}

/** Who last edited an issue's body, as GitHub's GraphQL `Issue.editor` and `lastEditedAt` tell. */
export interface IssueEdit {
  /** The body was edited after the issue was opened. */
  edited: boolean;
  /** The last editor's account, as GitHub answers; undefined for none or a deleted account. */
  editor: { id: number; isUser: boolean } | undefined;
}

/** One entry of a commit's tree, with its git mode: 100644 and 100755 are regular files. */
export interface TreeEntry {
  path: string;
  mode: string;
  /** The blob's sha, for a file or a symbolic link. */
  sha: string;
}

export interface GroupTree {
  /** Every entry under `groups/`, by path from the repository root. */
  entries: ReadonlyMap<string, TreeEntry>;
  /** The host left entries out (too many): the tree cannot be trusted to be complete. */
  truncated: boolean;
}

export interface IssueComment {
  id: number;
  body: string;
  /** Lower-cased login. */
  author: string;
  /** The author's numeric account id, from GitHub's answer; undefined for a deleted account. */
  authorId: number | undefined;
  authorIsBot: boolean;
  /** The author is a User (not a Bot or an organisation). */
  authorIsUser: boolean;
  /** When the text was last written (ISO 8601). */
  updatedAt: string;
}

export interface Review {
  /** Lower-cased login. */
  author: string;
  /** The reviewer's account id; undefined for a deleted account. */
  authorId: number | undefined;
  authorIsUser: boolean;
  state: string;
  /** The commit the review was given on. */
  commitId: string | undefined;
}

/** The first page of a pull request's comments (the oldest), and whether it holds them all. */
export interface CommentsPage {
  comments: IssueComment[];
  complete: boolean;
}

/** A "Registry check" run already on a commit: its `external_id` holds the check's record. */
export interface RecordedCheck {
  id: number;
  externalId: string | undefined;
}

export interface PullRequestHost {
  pullRequest(number: number): Promise<PullRequestInfo>;
  /** Open pull requests whose head is this branch of this owner's repository. */
  openPullRequestsFrom(head: { owner: string; branch: string }): Promise<PullRequestInfo[]>;
  /** At most `limit` open pull requests into this branch, the most recently updated first. */
  recentPullRequestsInto(base: string, limit: number): Promise<PullRequestInfo[]>;
  changedFiles(number: number): Promise<ChangedFile[]>;
  /** The `groups/` folder of a commit, with file modes. */
  groupTree(commitSha: string): Promise<GroupTree>;
  blob(sha: string): Promise<Uint8Array>;
  isMaintainer(login: string): Promise<boolean>;
  /**
   * The account that holds each login now (lower-cased), as GitHub answers: null where none
   * does. Asked only for the people a change names or removes, never the whole registry.
   */
  accounts(logins: readonly string[]): Promise<Map<string, GitHubAccount | null>>;
  /** Every comment, oldest first. */
  comments(number: number): Promise<IssueComment[]>;
  /** The oldest comments, in one request: enough to tell whether anyone was asked. */
  firstComments(number: number): Promise<CommentsPage>;
  /** The issue with this number in this repository; undefined where there is none. */
  issue(number: number): Promise<IssueInfo | undefined>;
  /** The author accounts of a pull request's commits. */
  commitAuthors(number: number): Promise<CommitAuthors>;
  /** Who last edited the body of this repository's issue `number` (an issue, not a pull request). */
  issueEdit(number: number): Promise<IssueEdit>;
  /** The numeric id of the account this run writes as: what it wrote is known by this id. */
  ownAccountId(): Promise<number>;
  reviews(number: number): Promise<Review[]>;
  /** This check's runs on a commit ("Registry check"), oldest first. */
  checksOn(commitSha: string): Promise<RecordedCheck[]>;
  labels(number: number): Promise<Set<string>>;
  repoLabels(): Promise<Set<string>>;
  apply(number: number, actions: readonly PrAction[]): Promise<void>;
}
