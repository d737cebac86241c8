import { createHash } from 'node:crypto';
import type { Actor } from './authorization.js';
import type { CommitAuthors, IssueEdit, IssueInfo, PullRequestInfo } from './port.js';

/**
 * Authority lent by an issue form (issue 24 item 4). The issue-ops bundle turns a form into a
 * pull request opened by the check's own account on branch `tgr/issue-<n>`; that pull request is
 * judged as if the issue's author had opened it. The bot lends no authority of its own: it only
 * carries the author's, and only while nobody else has rewritten what the author asked for.
 */

/** The branch a form's pull request comes from; the number is written as GitHub writes it. */
const FORM_BRANCH = /^tgr\/issue-([1-9][0-9]{0,9})$/;

/**
 * The issue a pull request's head says it was made from: a `tgr/issue-<n>` branch of this
 * repository (a fork's branch of that name is anyone's). Who opened it is checked apart, against
 * the account this run writes as.
 */
export function formIssueNumber(
  pr: Pick<PullRequestInfo, 'headRef' | 'headInBase'>,
): number | undefined {
  const match = pr.headInBase ? FORM_BRANCH.exec(pr.headRef) : null;
  const number = match === null ? undefined : Number(match[1]);
  return number !== undefined && Number.isSafeInteger(number) ? number : undefined;
}

/** What was read about the issue behind a pull request the check's own account opened. */
export interface FormRead {
  number: number;
  /** Undefined where this repository has no issue by that number. */
  issue: IssueInfo | undefined;
  /** Read only for an open issue by a User. */
  edit: IssueEdit | undefined;
  /** The pull request's description: its hidden line names the issue body it was built from. */
  pullBody: string;
  /** Who wrote the pull request's commits; read only for an open issue by a User. */
  commits: CommitAuthors | undefined;
  /** The account id this run writes as: the only one whose commits carry the author's ask. */
  own: number;
  /** The head commit the check judges: the commits must be listed at it. */
  headSha: string;
}

/** The hidden line the issue-ops bundle writes into its pull request's description. */
const FORM_MARKER = /<!-- tgr-issue-ops ([^<>]*?) -->/g;

/**
 * The issue and body hash the pull request's description says it was built from; undefined
 * unless it holds exactly one hidden line with both (two lines could say two things).
 */
export function formMarker(body: string): { issue: number; bodySha256: string } | undefined {
  const lines = [...body.matchAll(FORM_MARKER)];
  if (lines.length !== 1) return undefined;
  const fields = new Map(
    (lines[0]?.[1] ?? '').split(' ').map((field) => {
      const at = field.indexOf('=');
      return [field.slice(0, at), field.slice(at + 1)] as const;
    }),
  );
  const issue = /^[1-9][0-9]{0,9}$/.test(fields.get('issue') ?? '')
    ? Number(fields.get('issue'))
    : undefined;
  const bodySha256 = fields.get('body');
  if (issue === undefined || bodySha256 === undefined || !/^[0-9a-f]{64}$/.test(bodySha256))
    return undefined;
  return { issue, bodySha256 };
}

/** The hash the bundle writes for an issue body: sha256 of its UTF-8 bytes, in hex. */
export function bodySha256(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

/** Whose authority the pull request carries. */
export type Lending =
  /** Not a form's pull request (or its issue lends nothing): its own author is the author. */
  | { kind: 'own' }
  /** The issue's author, by account id, as GitHub answered for the issue. */
  | { kind: 'lent'; issue: number; author: Actor }
  /** Someone other than the issue's author last edited its body: nothing is lent. */
  | { kind: 'edited'; issue: number }
  /** The pull request was not built from the issue's body as it is now: nothing is lent. */
  | { kind: 'stale'; issue: number }
  /** A commit on the branch is not the check's own account's: nothing is lent. */
  | { kind: 'pushed'; issue: number };

/**
 * Lends the issue author's authority only when the issue is this repository's, is an issue (not a
 * pull request), is open, was opened by a User; every commit on the pull request is the check's
 * own account's (a commit someone pushed onto the branch is theirs, not the author's ask); its
 * body was last edited by nobody or by that same account (a body edited by an account GitHub no
 * longer names is someone else's); and the pull request's hidden line names this issue and the
 * hash of the body GitHub holds now (else it was built from another text, perhaps someone
 * else's, and the author's newer edit was never applied).
 */
export function lendingOf(form: FormRead | undefined): Lending {
  if (form === undefined) return { kind: 'own' };
  const { issue, edit, commits } = form;
  if (
    issue === undefined ||
    issue.isPullRequest ||
    issue.state !== 'open' ||
    !issue.authorIsUser ||
    issue.authorId === undefined ||
    edit === undefined ||
    commits === undefined
  )
    return { kind: 'own' };
  const ownCommits =
    commits.complete &&
    commits.head === form.headSha &&
    commits.ids.length > 0 &&
    commits.ids.every((id) => id === form.own);
  if (!ownCommits) return { kind: 'pushed', issue: form.number };
  const byAuthor =
    edit.editor === undefined
      ? !edit.edited
      : edit.editor.isUser && edit.editor.id === issue.authorId;
  if (!byAuthor) return { kind: 'edited', issue: form.number };
  const marker = formMarker(form.pullBody);
  if (marker?.issue !== form.number || marker.bodySha256 !== bodySha256(issue.body))
    return { kind: 'stale', issue: form.number };
  return {
    kind: 'lent',
    issue: form.number,
    author: { login: issue.author, id: issue.authorId, isUser: issue.authorIsUser },
  };
}

/** Whom the check takes as the pull request's author: the issue's author it acts for, or its own. */
export function authorOf(pr: PullRequestInfo, lending: Lending): Actor {
  return lending.kind === 'lent'
    ? lending.author
    : { login: pr.author, id: pr.authorId, isUser: pr.authorIsUser };
}
