import { type Context, type Reply, field, intParam, notFound, paginate, text } from './http.js';
import { applyLabels, badLabelName, labelNames } from './labels.js';
import { closedByJson, commentJson, issueJson } from './shapes.js';
import {
  type Comment,
  type Issue,
  type StateReason,
  authorOf,
  ensureAccount,
  findUser,
  nextId,
  nextIssueNumber,
} from './state.js';

/** GitHub's limits, which its REST description does not state. */
const TITLE_MAX = 256;
const BODY_MAX = 65_536;

/** A title the schema allows as text or number; GitHub stores it as text. */
function titleOf(body: unknown): string | undefined {
  const value = field(body, 'title');
  return typeof value === 'number' ? String(value) : typeof value === 'string' ? value : undefined;
}

export function badTitle(title: string): string | undefined {
  if (title.trim() === '') return "title can't be blank";
  if (title.length > TITLE_MAX) return `title is longer than ${String(TITLE_MAX)} characters`;
  return undefined;
}

export function badBody(body: string | undefined, what: string): string | undefined {
  // GitHub counts characters (code points), not UTF-16 units: an emoji is one.
  return body !== undefined && Array.from(body).length > BODY_MAX
    ? `${what} is longer than ${String(BODY_MAX)} characters`
    : undefined;
}

/** Assignees must be existing accounts; the spelling is GitHub's. */
function assigneesOf(context: Context): { logins: string[] } | { unknown: string } | undefined {
  const single = text(context.body, 'assignee');
  const many = field(context.body, 'assignees');
  if (single === undefined && !Array.isArray(many)) return undefined;
  const wanted = [
    ...(single === undefined ? [] : [single]),
    ...(Array.isArray(many)
      ? many.flatMap((item: unknown) => {
          const login = typeof item === 'string' ? item : text(item, 'login');
          return login === undefined ? [] : [login];
        })
      : []),
  ];
  const logins: string[] = [];
  for (const login of wanted) {
    const user = findUser(context.state, login);
    if (user === undefined) return { unknown: login };
    if (!logins.includes(user)) logins.push(user);
  }
  return { logins };
}

/** What the API writes is the token's account's. */
function author(context: Context): { user: string; user_id: number } {
  const account = ensureAccount(context.state, context.state.authenticatedLogin);
  return { user: account.login, user_id: account.id };
}

export function getIssue(context: Context): Reply {
  const number = intParam(context, 'issue_number');
  const issue = context.state.issues.find((i) => i.number === number);
  return issue === undefined ? notFound() : { status: 200, body: fullIssueJson(context, issue) };
}

/** issues/get, create and update answer with `closed_by` too; lists leave it out. */
function fullIssueJson(context: Context, issue: Issue): Record<string, unknown> {
  return {
    ...issueJson(context.state, context.api, issue),
    closed_by: closedByJson(context.state, context.api, issue),
  };
}

function matchesFilters(context: Context, issue: Issue): boolean {
  const { query, state } = context;
  const wantedState = query.get('state') ?? 'open';
  if (wantedState !== 'all' && issue.state !== wantedState) return false;
  const labels = query.get('labels');
  if (labels !== null && labels !== '') {
    const on = (state.issueLabels[issue.number] ?? []).map((n) => n.toLowerCase());
    if (!labels.split(',').every((name) => on.includes(name.trim().toLowerCase()))) return false;
  }
  const since = query.get('since');
  if (since !== null && Date.parse(issue.updated_at) < Date.parse(since)) return false;
  const creator = query.get('creator');
  if (creator !== null && creator.toLowerCase() !== authorOf(state, issue).login.toLowerCase())
    return false;
  const assignee = query.get('assignee');
  if (assignee === 'none' && issue.assignees.length > 0) return false;
  if (assignee === '*' && issue.assignees.length === 0) return false;
  if (
    assignee !== null &&
    assignee !== 'none' &&
    assignee !== '*' &&
    !issue.assignees.some((login) => login.toLowerCase() === assignee.toLowerCase())
  )
    return false;
  // The fake has no milestones: only "none" (or no filter) lets issues through.
  const milestone = query.get('milestone');
  return milestone === null || milestone === 'none';
}

/** GET /issues lists pull requests too, as GitHub does: callers must skip `pull_request` items. */
export function listIssues(context: Context): Reply {
  const { state, query } = context;
  const sort = query.get('sort') ?? 'created';
  const descending = (query.get('direction') ?? 'desc') === 'desc';
  const comments = (issue: Issue): number =>
    state.comments.filter((c) => c.issue_number === issue.number).length;
  const key = (issue: Issue): number =>
    sort === 'comments'
      ? comments(issue)
      : Date.parse(sort === 'updated' ? issue.updated_at : issue.created_at);
  const listed = state.issues
    .filter((issue) => matchesFilters(context, issue))
    .sort((a, b) => (key(a) - key(b) || a.number - b.number) * (descending ? -1 : 1));
  return paginate(context, listed, Infinity, (issue) => issueJson(state, context.api, issue));
}

export function createIssue(context: Context): Reply {
  const { state, body } = context;
  const title = titleOf(body) ?? '';
  const description = text(body, 'body');
  const problem = badTitle(title) ?? badBody(description, 'body');
  if (problem !== undefined) return context.reject(problem);
  const names = labelNames(field(body, 'labels'));
  const badLabel = badLabelName(names);
  if (badLabel !== undefined) return context.reject(badLabel);
  const assignees = assigneesOf(context);
  if (assignees !== undefined && 'unknown' in assignees)
    return context.reject(`assignee ${assignees.unknown} does not exist`);
  const now = context.now();
  const issue: Issue = {
    number: nextIssueNumber(state),
    title,
    body: description ?? null,
    state: 'open',
    state_reason: null,
    ...author(context),
    assignees: assignees?.logins ?? [],
    isPullRequest: false,
    created_at: now,
    updated_at: now,
    closed_at: null,
  };
  state.issues.push(issue);
  applyLabels(state, issue.number, names);
  return { status: 201, body: fullIssueJson(context, issue) };
}

export function updateIssue(context: Context): Reply {
  const { state, body } = context;
  const number = intParam(context, 'issue_number');
  const issue = state.issues.find((i) => i.number === number);
  if (issue === undefined) return notFound();
  const title = titleOf(body);
  const description = field(body, 'body');
  const problem =
    (title === undefined ? undefined : badTitle(title)) ??
    badBody(typeof description === 'string' ? description : undefined, 'body');
  if (problem !== undefined) return context.reject(problem);
  const labels = field(body, 'labels');
  const names = labelNames(labels);
  const badLabel = badLabelName(names);
  if (badLabel !== undefined) return context.reject(badLabel);
  const assignees = assigneesOf(context);
  if (assignees !== undefined && 'unknown' in assignees)
    return context.reject(`assignee ${assignees.unknown} does not exist`);

  const now = context.now();
  if (title !== undefined) issue.title = title;
  if (typeof description === 'string' || description === null) issue.body = description;
  if (assignees !== undefined) issue.assignees = assignees.logins;
  if (Array.isArray(labels)) {
    state.issueLabels[number] = [];
    applyLabels(state, number, names);
  }
  const wasOpen = issue.state === 'open';
  applyState(issue, text(body, 'state'), field(body, 'state_reason'), now);
  if (wasOpen && issue.state === 'closed') issue.closed_by_id = author(context).user_id;
  if (issue.state === 'open') Reflect.deleteProperty(issue, 'closed_by_id');
  issue.updated_at = now;
  // A pull request is edited through its issue twin; keep the pull view in step.
  const pull = state.pulls.find((p) => p.number === number);
  if (pull !== undefined) {
    pull.title = issue.title;
    pull.body = issue.body;
    pull.state = issue.state;
    pull.updated_at = now;
  }
  return { status: 200, body: fullIssueJson(context, issue) };
}

const REASONS: readonly StateReason[] = ['completed', 'not_planned', 'duplicate', 'reopened'];

function isStateReason(value: unknown): value is StateReason {
  return REASONS.some((reason) => reason === value);
}

function applyState(issue: Issue, wanted: string | undefined, reason: unknown, now: string): void {
  const givenReason = isStateReason(reason) ? reason : reason === null ? null : undefined;
  if (wanted === 'closed' && issue.state === 'open') {
    issue.state = 'closed';
    issue.closed_at = now;
    issue.state_reason = givenReason ?? 'completed';
  } else if (wanted === 'open' && issue.state === 'closed') {
    issue.state = 'open';
    issue.closed_at = null;
    issue.state_reason = 'reopened';
  } else if (givenReason !== undefined && issue.state === 'closed') {
    issue.state_reason = givenReason;
  }
}

export function listComments(context: Context): Reply {
  const { state } = context;
  const number = intParam(context, 'issue_number');
  if (!state.issues.some((i) => i.number === number)) return notFound();
  const since = context.query.get('since');
  const listed = state.comments
    .filter((c) => c.issue_number === number)
    .filter((c) => since === null || Date.parse(c.updated_at) >= Date.parse(since))
    .sort((a, b) => a.id - b.id);
  return paginate(context, listed, Infinity, (comment) => commentJson(state, context.api, comment));
}

function badCommentBody(body: string): string | undefined {
  return body.trim() === '' ? "comment body can't be blank" : badBody(body, 'comment body');
}

export function createComment(context: Context): Reply {
  const { state } = context;
  const number = intParam(context, 'issue_number');
  const issue = state.issues.find((i) => i.number === number);
  if (issue === undefined) return notFound();
  const body = text(context.body, 'body') ?? '';
  const problem = badCommentBody(body);
  if (problem !== undefined) return context.reject(problem);
  const now = context.now();
  const comment: Comment = {
    id: nextId(state),
    issue_number: number,
    body,
    ...author(context),
    created_at: now,
    updated_at: now,
  };
  state.comments.push(comment);
  issue.updated_at = now;
  return { status: 201, body: commentJson(state, context.api, comment) };
}

export function updateComment(context: Context): Reply {
  const { state } = context;
  const id = intParam(context, 'comment_id');
  const comment = state.comments.find((c) => c.id === id);
  if (comment === undefined) return notFound();
  const body = text(context.body, 'body') ?? '';
  const problem = badCommentBody(body);
  if (problem !== undefined) return context.reject(problem);
  comment.body = body;
  comment.updated_at = context.now();
  return { status: 200, body: commentJson(state, context.api, comment) };
}

export function deleteComment(context: Context): Reply {
  const { state } = context;
  const id = intParam(context, 'comment_id');
  const index = state.comments.findIndex((c) => c.id === id);
  if (index === -1) return notFound();
  state.comments.splice(index, 1);
  return { status: 204 };
}
