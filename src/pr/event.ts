/** What started this run, reduced to what the pull-request check needs. */
export type PrEvent =
  | { kind: 'pull-request'; number: number }
  | { kind: 'consent'; number: number; commenter: string }
  | { kind: 'ignored'; reason: string };

const CONSENT = /^\s*\/consent\b/i;

export function isConsentComment(body: string): boolean {
  return CONSENT.test(body);
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/**
 * Reads the webhook payload. `pull_request_target` carries the pull request; `issue_comment`
 * on a pull request carries consent (a `pull_request_review` run on a fork gets a read-only
 * token, so consent travels as a comment, whose run can write).
 */
export function prEventFrom(eventName: string, payload: unknown): PrEvent {
  const body = record(payload);
  if (eventName === 'pull_request_target' || eventName === 'pull_request') {
    const number = record(body.pull_request).number;
    return typeof number === 'number'
      ? { kind: 'pull-request', number }
      : { kind: 'ignored', reason: 'the payload has no pull request' };
  }
  if (eventName === 'issue_comment') {
    const issue = record(body.issue);
    const comment = record(body.comment);
    if (issue.pull_request === undefined)
      return { kind: 'ignored', reason: 'the comment is on an issue, not a pull request' };
    if (typeof comment.body !== 'string' || !isConsentComment(comment.body)) {
      return { kind: 'ignored', reason: 'the comment is not /consent' };
    }
    const number = issue.number;
    const commenter = record(comment.user).login;
    if (typeof number !== 'number' || typeof commenter !== 'string')
      return { kind: 'ignored', reason: 'the payload is incomplete' };
    return { kind: 'consent', number, commenter: commenter.toLowerCase() };
  }
  return { kind: 'ignored', reason: `the ${eventName} event does not start a pull-request check` };
}
