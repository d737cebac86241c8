import type { Actor } from './authorization.js';
import type { IssueEdit, IssueInfo, PullRequestInfo } from './port.js';

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
}

/** Whose authority the pull request carries. */
export type Lending =
  /** Not a form's pull request (or its issue lends nothing): its own author is the author. */
  | { kind: 'own' }
  /** The issue's author, by account id, as GitHub answered for the issue. */
  | { kind: 'lent'; issue: number; author: Actor }
  /** Someone other than the issue's author last edited its body: nothing is lent. */
  | { kind: 'edited'; issue: number };

/**
 * Lends the issue author's authority only when the issue is this repository's, is an issue (not a
 * pull request), is open, was opened by a User, and its body was last edited by nobody or by that
 * same account. A body edited by an account GitHub no longer names (deleted) is someone else's.
 */
export function lendingOf(form: FormRead | undefined): Lending {
  if (form === undefined) return { kind: 'own' };
  const { issue, edit } = form;
  if (
    issue === undefined ||
    issue.isPullRequest ||
    issue.state !== 'open' ||
    !issue.authorIsUser ||
    issue.authorId === undefined ||
    edit === undefined
  )
    return { kind: 'own' };
  const byAuthor =
    edit.editor === undefined
      ? !edit.edited
      : edit.editor.isUser && edit.editor.id === issue.authorId;
  if (!byAuthor) return { kind: 'edited', issue: form.number };
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
