/**
 * What the issue forms' pull requests need from the code host (issue 24, item 3). The feature
 * owns this port; src/adapters/github/issue-ops-host.ts implements it over the REST API. Every
 * person is the account GitHub answers with now, by numeric id: nothing here comes from the
 * event's payload.
 */
export interface IssueOpsHost {
  /** The account id the token acts as (the bot): its own pull requests, commits and comments. */
  ownAccountId(): Promise<number>;
  /** The issue as GitHub serves it now; null when there is none. */
  issue(number: number): Promise<FormIssue | null>;
  /** One comment on the issue as GitHub serves it now; null when it is gone. */
  comment(
    issue: number,
    id: number,
  ): Promise<{ authorId: number | null; authorLogin: string; body: string } | null>;
  /** Whether the account (login and id, both as GitHub answered) may write to the repository. */
  isMaintainer(login: string, id: number): Promise<boolean>;
  /** The account id each login belongs to now (lower-cased login → id, or null for nobody). */
  accountIds(logins: readonly string[]): Promise<Map<string, number | null>>;
  /** The default branch and the commit every pull request sits on (the commit checked out). */
  defaultHead(): Promise<{ branch: string; sha: string }>;
  /** This repository's pull requests from the branch, open and closed (never a fork's). */
  pullsFrom(branch: string): Promise<FormPull[]>;
  /** This repository's open pull requests from branches under the prefix. */
  openPullsUnder(prefix: string): Promise<FormPull[]>;
  /** The author account id of each commit on a pull request; null where GitHub links none. */
  commitAuthorIds(number: number): Promise<Array<number | null>>;
  /** The issue's comments, oldest first. */
  comments(issue: number): Promise<StoredComment[]>;
  /** The issues (not pull requests) the login opened that changed since the time (ISO 8601). */
  issuesBy(login: string, since: string): Promise<number[]>;
  /** Carries out one write; `open` returns the new pull request's number. */
  apply(write: IssueOpsWrite): Promise<number | undefined>;
}

export interface FormIssue {
  number: number;
  state: 'open' | 'closed';
  authorId: number | null;
  authorLogin: string;
  /** The author account's type as GitHub gives it: `User`, `Bot`, `Organization`. */
  authorType: string;
  isPullRequest: boolean;
  /** The hex SHA-256 of the issue's body as it is now (UTF-8; no body hashes as ""). */
  bodySha256: string;
}

export interface FormPull {
  number: number;
  state: 'open' | 'closed';
  headSha: string;
  body: string;
  authorId: number | null;
  branch: string;
}

export interface StoredComment {
  id: number;
  authorId: number | null;
  body: string;
}

export interface FormFile {
  path: string;
  content: string;
}

export interface FormCommit {
  branch: string;
  baseSha: string;
  files: readonly FormFile[];
  commitMessage: string;
  title: string;
  body: string;
}

/**
 * - `open`: one commit of the files on `baseSha`, the branch placed on it (created, or moved if
 *   only the bot's pull requests had it), a pull request into `baseBranch`; returns its number;
 * - `update`: one new commit on `baseSha`, the branch force-moved to it, title and body set;
 * - `close`: closes the pull request, and deletes its branch when `deleteBranch`;
 * - `sticky`: posts the issue's one comment of the bot's, or edits it when `commentId` is given.
 */
export type IssueOpsWrite =
  | ({ type: 'open'; baseBranch: string } & FormCommit)
  | ({ type: 'update'; number: number } & FormCommit)
  | { type: 'close'; number: number; branch: string; deleteBranch: boolean }
  | { type: 'sticky'; issue: number; commentId: number | undefined; body: string };

/** The bot's branch for an issue's pull request. */
export function formBranch(issue: number): string {
  return `tgr/issue-${String(issue)}`;
}

export const FORM_BRANCH_PREFIX = 'tgr/issue-';
