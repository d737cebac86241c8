/**
 * What started this run, reduced to what the pull-request check needs. Every kind carries the
 * repository's default branch: the check reviews only pull requests into it.
 */
export type PrEvent =
  | { kind: 'pull-request'; number: number; defaultBranch: string }
  /**
   * A `/consent` comment was written, edited or deleted. `commenter` (its author's login, lower
   * case, as the payload says) may only decide to skip the run, never grant anything.
   */
  | { kind: 'comment'; number: number; defaultBranch: string; commenter: string }
  /**
   * A review was submitted, edited or dismissed. It arrives through `workflow_run` (see
   * pr-review.yml), whose triggering run is untrusted: only what GitHub itself reports about
   * that run's head is used, to find the open pull requests it belongs to.
   */
  | {
      kind: 'review';
      head: { owner: string; branch: string; sha: string };
      defaultBranch: string;
    }
  /**
   * A push to the default branch: open pull requests into it that touch a group file the push
   * changed are checked again, against the new default branch. The payload's commits only say
   * which pull requests to skip; a re-check is the whole check, so it cannot grant anything.
   */
  | { kind: 'push'; before: string; after: string; defaultBranch: string }
  | { kind: 'ignored'; reason: string };

/** The consent command: a line that is exactly `/consent`, optionally followed by whitespace. */
const CONSENT_LINE = /^\/consent[ \t]*$/m;

export function isConsentComment(body: string): boolean {
  return CONSENT_LINE.test(body.replace(/\r\n?/g, '\n'));
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Reads the webhook payload. `pull_request_target` carries the pull request; `issue_comment`
 * on a pull request carries consent, and its edits and deletions re-run the check (a comment's
 * run can write, where a `pull_request_review` run on a fork cannot); reviews come through
 * `workflow_run`.
 */
export function prEventFrom(eventName: string, payload: unknown): PrEvent {
  const body = record(payload);
  const defaultBranch = text(record(body.repository).default_branch);
  if (defaultBranch === undefined)
    return { kind: 'ignored', reason: 'the payload does not name the default branch' };
  if (eventName === 'pull_request_target' || eventName === 'pull_request') {
    const number = record(body.pull_request).number;
    return typeof number === 'number'
      ? { kind: 'pull-request', number, defaultBranch }
      : { kind: 'ignored', reason: 'the payload has no pull request' };
  }
  if (eventName === 'issue_comment') return commentEvent(body, defaultBranch);
  if (eventName === 'workflow_run') return reviewEvent(body, defaultBranch);
  if (eventName === 'push') return pushEvent(body, defaultBranch);
  return { kind: 'ignored', reason: `the ${eventName} event does not start a pull-request check` };
}

function commentEvent(body: Record<string, unknown>, defaultBranch: string): PrEvent {
  const issue = record(body.issue);
  const comment = record(body.comment);
  if (issue.pull_request === undefined)
    return { kind: 'ignored', reason: 'the comment is on an issue, not a pull request' };
  // An edit matters when the text is, or was, a consent: either may change who consented.
  const texts = [comment.body, record(record(body.changes).body).from];
  if (!texts.some((value) => typeof value === 'string' && isConsentComment(value)))
    return { kind: 'ignored', reason: 'the comment is not /consent' };
  const number = issue.number;
  const commenter = text(record(comment.user).login);
  return typeof number === 'number' && commenter !== undefined
    ? { kind: 'comment', number, defaultBranch, commenter: commenter.toLowerCase() }
    : { kind: 'ignored', reason: 'the payload is incomplete' };
}

const COMMIT = /^[0-9a-f]{40}$/;
const NO_COMMIT = /^0{40}$/;

function pushEvent(body: Record<string, unknown>, defaultBranch: string): PrEvent {
  if (body.ref !== `refs/heads/${defaultBranch}`)
    return { kind: 'ignored', reason: `the push is not to ${defaultBranch}` };
  const { before, after } = body;
  if (typeof before !== 'string' || typeof after !== 'string' || !COMMIT.test(after))
    return { kind: 'ignored', reason: 'the push names no commits' };
  // A branch created or deleted has no "before" or "after" to compare.
  if (!COMMIT.test(before) || NO_COMMIT.test(before) || NO_COMMIT.test(after))
    return { kind: 'ignored', reason: `the push created or deleted ${defaultBranch}` };
  return { kind: 'push', before, after, defaultBranch };
}

function reviewEvent(body: Record<string, unknown>, defaultBranch: string): PrEvent {
  const run = record(body.workflow_run);
  const owner = text(record(record(run.head_repository).owner).login);
  const branch = text(run.head_branch);
  const sha = text(run.head_sha);
  if (owner === undefined || branch === undefined || sha === undefined)
    return { kind: 'ignored', reason: 'the workflow run names no head' };
  return { kind: 'review', head: { owner, branch, sha }, defaultBranch };
}
