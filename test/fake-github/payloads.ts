/**
 * Event payloads for GITHUB_EVENT_PATH, made from GitHub's real webhook examples
 * (@octokit/webhooks-examples) and retargeted at a test's repository and pull request, so the
 * Action reads the shapes GitHub actually sends rather than hand-written guesses.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { WebhookDefinition } from '@octokit/webhooks-examples';
import { fakeSha } from './git.js';
import { field } from './http.js';
import { userId } from './shapes.js';
import type { Account } from './state.js';

type EventOf<Name extends WebhookDefinition['name']> = WebhookDefinition<Name>['examples'][number];
export type PullRequestOpenedEvent = Extract<EventOf<'pull_request'>, { action: 'opened' }>;
export type PullRequestSynchronizeEvent = Extract<
  EventOf<'pull_request'>,
  { action: 'synchronize' }
>;
export type IssueCommentCreatedEvent = Extract<EventOf<'issue_comment'>, { action: 'created' }>;
export type IssueCommentEditedEvent = Extract<EventOf<'issue_comment'>, { action: 'edited' }>;
export type IssueCommentDeletedEvent = Extract<EventOf<'issue_comment'>, { action: 'deleted' }>;
export type PullRequestReviewSubmittedEvent = Extract<
  EventOf<'pull_request_review'>,
  { action: 'submitted' }
>;
export type PullRequestReviewDismissedEvent = Extract<
  EventOf<'pull_request_review'>,
  { action: 'dismissed' }
>;
export type WorkflowRunCompletedEvent = Extract<EventOf<'workflow_run'>, { action: 'completed' }>;
type WebhookUser = PullRequestOpenedEvent['sender'];
type WebhookLabel = PullRequestOpenedEvent['pull_request']['labels'][number];

/** The repository and pull request a payload should describe. */
export interface PullTarget {
  owner: string;
  repo: string;
  number: number;
  title?: string;
  body?: string | null;
  /** The pull request's author. */
  author: string;
  /** `repoFullName` differs from owner/repo for a pull request from a fork. */
  head: { sha: string; ref: string; repoFullName?: string };
  base: { sha: string; ref: string };
  /** Who triggered the event (default: the author). */
  sender?: string;
  /** Names of the labels on the pull request (default none). */
  labels?: string[];
  /** The repository's default branch (default main, as the fake's repository has it). */
  defaultBranch?: string;
  /**
   * The fake's accounts (`gh.state.accounts`), so users carry their ids and types after renames
   * and recycled logins; a login not among them gets its hash id, as an account seeded by login.
   */
  accounts?: readonly Account[];
}

let definitions: readonly WebhookDefinition[] | undefined;

/** The first example of an event and action (that `pick` accepts, when given). */
function example(
  name: string,
  action: string,
  pick: (candidate: unknown) => boolean = () => true,
): unknown {
  if (definitions === undefined) {
    const file = createRequire(import.meta.url).resolve('@octokit/webhooks-examples');
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(parsed)) throw new Error(`${file} is not a list of webhook definitions`);
    // The package's own declaration types this file.
    definitions = parsed as WebhookDefinition[];
  }
  const found = definitions
    .find((definition) => definition.name === name)
    ?.examples.find(
      (candidate) =>
        // An event without actions (push) is asked for with the action ''.
        ('action' in candidate ? candidate.action === action : action === '') && pick(candidate),
    );
  if (found === undefined)
    throw new Error(`no ${name}.${action} example in @octokit/webhooks-examples`);
  return structuredClone(found);
}

/** Replaces text in every string of a JSON value, in place. */
function rewrite(value: unknown, from: RegExp | string, to: string): unknown {
  if (typeof value === 'string')
    return typeof from === 'string' ? value.split(from).join(to) : value.replace(from, to);
  if (Array.isArray(value))
    value.forEach((item, index) => (value[index] = rewrite(item, from, to)));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value))
      Reflect.set(value, key, rewrite(item, from, to));
  return value;
}

/** The example's account made into `login`: its URLs, id and type follow. */
function retargetUser(
  user: WebhookUser,
  login: string,
  accounts: readonly Account[] = [],
): WebhookUser {
  const account = accounts.find((a) => a.login.toLowerCase() === login.toLowerCase());
  const copy = structuredClone(user);
  rewrite(copy, new RegExp(`/${user.login}(?=$|[/{])`, 'g'), `/${login}`);
  copy.login = login;
  copy.id = account?.id ?? userId(login);
  copy.type = account?.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User');
  const kind = copy.type;
  copy.node_id = Buffer.from(`0${String(kind.length)}:${kind}${String(copy.id)}`).toString(
    'base64',
  );
  return copy;
}

function labelsOf(target: PullTarget): WebhookLabel[] {
  return (target.labels ?? []).map((name) => {
    const id = userId(`label ${name}`);
    return {
      id,
      node_id: Buffer.from(`05:Label${String(id)}`).toString('base64'),
      url: `https://api.github.com/repos/${target.owner}/${target.repo}/labels/${encodeURIComponent(name)}`,
      name,
      description: null,
      color: 'ededed',
      default: false,
    };
  });
}

interface Retargetable {
  repository: PullRequestOpenedEvent['repository'];
  sender: WebhookUser;
  organization?: unknown;
}

/**
 * Points a payload's repository, numbers and shas at the target. The example's organization
 * goes: whether the target's owner is one is not known here, and the key is optional.
 */
function retarget<T extends Retargetable>(
  payload: T,
  target: PullTarget,
  oldNumber: number,
  oldShas: { head?: string; base?: string },
): T {
  const oldFullName = payload.repository.full_name;
  rewrite(payload, oldFullName, `${target.owner}/${target.repo}`);
  rewrite(
    payload,
    new RegExp(`/(pulls|pull|issues)/${String(oldNumber)}(?=$|[/#.?])`, 'g'),
    `/$1/${String(target.number)}`,
  );
  if (oldShas.head !== undefined) rewrite(payload, oldShas.head, target.head.sha);
  if (oldShas.base !== undefined) rewrite(payload, oldShas.base, target.base.sha);
  payload.repository.name = target.repo;
  payload.repository.full_name = `${target.owner}/${target.repo}`;
  payload.repository.owner = retargetUser(payload.repository.owner, target.owner, target.accounts);
  payload.repository.default_branch = target.defaultBranch ?? 'main';
  payload.sender = retargetUser(payload.sender, target.sender ?? target.author, target.accounts);
  delete payload.organization;
  return payload;
}

interface RepositoryLike {
  name: string;
  full_name: string;
  owner: WebhookUser;
  fork: boolean;
  id: number;
}

/** The pull request's head repository: a copy of the base's, made into the fork when it is one. */
function headRepositoryOf<T extends RepositoryLike>(repository: T, target: PullTarget): T {
  const baseName = `${target.owner}/${target.repo}`;
  const headName = target.head.repoFullName ?? baseName;
  const copy = structuredClone(repository);
  if (headName === baseName) return copy;
  const [headOwner = target.owner, headRepo = target.repo] = headName.split('/');
  rewrite(copy, baseName, headName);
  copy.name = headRepo;
  copy.full_name = headName;
  copy.owner = retargetUser(repository.owner, headOwner, target.accounts);
  copy.fork = true;
  copy.id = userId(headName);
  return copy;
}

type PullObject = PullRequestOpenedEvent['pull_request'];

/** Sets the pull request object's own fields: title, author, head and base (fork or not). */
function retargetPull(
  pull:
    | PullObject
    | PullRequestSynchronizeEvent['pull_request']
    // A dismissed review's pull request has the same shape.
    | PullRequestReviewSubmittedEvent['pull_request'],
  repository: PullRequestOpenedEvent['repository'],
  target: PullTarget,
): void {
  const headName = target.head.repoFullName ?? `${target.owner}/${target.repo}`;
  const [headOwner = target.owner] = headName.split('/');
  pull.number = target.number;
  pull.title = target.title ?? pull.title;
  pull.body = target.body === undefined ? pull.body : target.body;
  pull.state = 'open';
  pull.user = retargetUser(pull.user, target.author, target.accounts);
  // The examples' own assignees, reviewers, labels and milestone belong to another story.
  pull.assignee = null;
  pull.assignees = [];
  pull.requested_reviewers = [];
  pull.requested_teams = [];
  pull.labels = labelsOf(target);
  pull.milestone = null;
  const headRepository = headRepositoryOf(repository, target);
  pull.head = {
    ...pull.head,
    sha: target.head.sha,
    ref: target.head.ref,
    label: `${headOwner}:${target.head.ref}`,
    user: retargetUser(pull.head.user, headOwner, target.accounts),
    repo: headRepository,
  };
  pull.base = {
    ...pull.base,
    sha: target.base.sha,
    ref: target.base.ref,
    label: `${target.owner}:${target.base.ref}`,
    user: retargetUser(pull.base.user, target.owner, target.accounts),
    repo: structuredClone(repository),
  };
}

function pullRequestEvent<T extends PullRequestOpenedEvent | PullRequestSynchronizeEvent>(
  payload: T,
  target: PullTarget,
): T {
  const { pull_request: pull } = payload;
  retarget(payload, target, payload.number, { head: pull.head.sha, base: pull.base.sha });
  payload.number = target.number;
  retargetPull(payload.pull_request, payload.repository, target);
  return payload;
}

export function pullRequestOpened(target: PullTarget): PullRequestOpenedEvent {
  return pullRequestEvent(example('pull_request', 'opened') as PullRequestOpenedEvent, target);
}

/** `before` is the previous head sha (default: a fake one). */
export function pullRequestSynchronize(
  target: PullTarget,
  before = fakeSha(`before ${target.head.sha}`),
): PullRequestSynchronizeEvent {
  const payload = pullRequestEvent(
    example('pull_request', 'synchronize') as PullRequestSynchronizeEvent,
    target,
  );
  payload.before = before;
  payload.after = target.head.sha;
  return payload;
}

export interface CommentInput {
  body: string;
  /** Who wrote the comment (default: the pull request's author). */
  commenter?: string;
  id?: number;
  /** How GitHub relates the commenter to the repository (default NONE). */
  association?: IssueCommentCreatedEvent['comment']['author_association'];
}

/**
 * Points an `issue_comment` payload at the pull request and the comment. GitHub's examples are
 * all on plain issues, so the issue gains the `pull_request` key GitHub adds for a pull request.
 */
function commentEvent<
  T extends IssueCommentCreatedEvent | IssueCommentEditedEvent | IssueCommentDeletedEvent,
>(payload: T, target: PullTarget, comment: CommentInput): T {
  const commenter = comment.commenter ?? target.author;
  retarget(payload, { ...target, sender: target.sender ?? commenter }, payload.issue.number, {});
  const web = `https://github.com/${target.owner}/${target.repo}`;
  const api = `https://api.github.com/repos/${target.owner}/${target.repo}`;
  const number = String(target.number);
  const { issue } = payload;
  issue.number = target.number;
  issue.title = target.title ?? issue.title;
  issue.body = target.body === undefined ? issue.body : target.body;
  issue.state = 'open';
  issue.user = retargetUser(issue.user, target.author, target.accounts);
  issue.assignee = null;
  issue.assignees = [];
  issue.labels = labelsOf(target);
  issue.milestone = null;
  issue.html_url = `${web}/pull/${number}`;
  issue.pull_request = {
    url: `${api}/pulls/${number}`,
    html_url: `${web}/pull/${number}`,
    diff_url: `${web}/pull/${number}.diff`,
    patch_url: `${web}/pull/${number}.patch`,
    merged_at: null,
  };
  const id = comment.id ?? payload.comment.id;
  payload.comment = {
    ...payload.comment,
    id,
    body: comment.body,
    user: retargetUser(payload.comment.user, commenter, target.accounts),
    html_url: `${web}/pull/${number}#issuecomment-${String(id)}`,
    url: `${api}/issues/comments/${String(id)}`,
    issue_url: `${api}/issues/${number}`,
    author_association: comment.association ?? 'NONE',
  };
  return payload;
}

/** `issue_comment` created on a pull request. */
export function issueCommentOnPull(
  target: PullTarget,
  comment: CommentInput,
): IssueCommentCreatedEvent {
  return commentEvent(
    example('issue_comment', 'created') as IssueCommentCreatedEvent,
    target,
    comment,
  );
}

/** `issue_comment` edited: `comment.body` is the new text, `changes.body.from` the old. */
export function issueCommentEdited(
  target: PullTarget,
  comment: CommentInput,
  previousBody: string,
): IssueCommentEditedEvent {
  const payload = commentEvent(
    example('issue_comment', 'edited') as IssueCommentEditedEvent,
    target,
    comment,
  );
  payload.changes = { body: { from: previousBody } };
  return payload;
}

/** `issue_comment` deleted: the comment as it was; the sender is whoever deleted it. */
export function issueCommentDeleted(
  target: PullTarget,
  comment: CommentInput,
): IssueCommentDeletedEvent {
  return commentEvent(
    example('issue_comment', 'deleted') as IssueCommentDeletedEvent,
    target,
    comment,
  );
}

export interface ReviewInput {
  reviewer: string;
  state: 'approved' | 'commented' | 'changes_requested';
  body?: string | null;
  id?: number;
  /** The commit the review was given on (default: the target's head). */
  commitId?: string;
}

/** Points a `pull_request_review` payload at the pull request and the review. */
function reviewEvent<T extends PullRequestReviewSubmittedEvent | PullRequestReviewDismissedEvent>(
  payload: T,
  target: PullTarget,
  review: Omit<ReviewInput, 'state'>,
): T {
  const { pull_request: pull } = payload;
  retarget(payload, { ...target, sender: target.sender ?? review.reviewer }, pull.number, {
    head: pull.head.sha,
    base: pull.base.sha,
  });
  retargetPull(payload.pull_request, payload.repository, target);
  const id = review.id ?? payload.review.id;
  const html = `https://github.com/${target.owner}/${target.repo}/pull/${String(target.number)}#pullrequestreview-${String(id)}`;
  const { review: shown } = payload;
  shown.id = id;
  shown.user = retargetUser(shown.user, review.reviewer, target.accounts);
  shown.body = review.body ?? null;
  shown.commit_id = review.commitId ?? target.head.sha;
  shown.html_url = html;
  shown._links.html.href = html;
  return payload;
}

/** `pull_request_review` submitted; webhook review states are lower case, unlike REST's. */
export function pullRequestReviewSubmitted(
  target: PullTarget,
  review: ReviewInput,
): PullRequestReviewSubmittedEvent {
  const payload = reviewEvent(
    example('pull_request_review', 'submitted') as PullRequestReviewSubmittedEvent,
    target,
    review,
  );
  payload.review.state = review.state;
  return payload;
}

/**
 * `pull_request_review` dismissed: the review, now in state dismissed. The sender is who
 * dismissed it: give it as `target.sender` (default: the reviewer).
 */
export function pullRequestReviewDismissed(
  target: PullTarget,
  review: Omit<ReviewInput, 'state'>,
): PullRequestReviewDismissedEvent {
  return reviewEvent(
    example('pull_request_review', 'dismissed') as PullRequestReviewDismissedEvent,
    target,
    review,
  );
}

export interface WorkflowRunTarget extends PullTarget {
  workflowName: string;
  conclusion: WorkflowRunCompletedEvent['workflow_run']['conclusion'];
  /** The event that started the run (default pull_request_review). */
  event?: string;
}

/**
 * `workflow_run` completed, for a run a pull request's event started: its head is the pull
 * request's head, in the fork's repository for a fork, and `pull_requests` is empty for a fork,
 * as GitHub leaves it. Made from the example whose run lists a pull request.
 */
export function workflowRunCompleted(target: WorkflowRunTarget): WorkflowRunCompletedEvent {
  const payload = example('workflow_run', 'completed', (candidate) => {
    const listed = field(field(candidate, 'workflow_run'), 'pull_requests');
    return Array.isArray(listed) && listed.length > 0;
  }) as WorkflowRunCompletedEvent;
  const { workflow_run: run } = payload;
  const [listed] = run.pull_requests;
  if (listed === undefined) throw new Error('the workflow_run example lists no pull request');
  retarget(payload, target, listed.number, { head: run.head_sha });
  const actor = retargetUser(run.actor, target.sender ?? target.author, target.accounts);
  const repository = {
    ...run.repository,
    name: target.repo,
    owner: retargetUser(run.repository.owner, target.owner, target.accounts),
    id: payload.repository.id,
  };
  const api = `https://api.github.com/repos/${target.owner}/${target.repo}`;
  const repoRef = (lite: typeof repository) => ({ id: lite.id, url: lite.url, name: lite.name });
  payload.workflow.name = target.workflowName;
  payload.workflow.html_url = payload.workflow.html_url.replace(
    '/blob/master/',
    `/blob/${payload.repository.default_branch}/`,
  );
  payload.workflow_run = {
    ...run,
    name: target.workflowName,
    event: target.event ?? 'pull_request_review',
    status: 'completed',
    conclusion: target.conclusion,
    head_sha: target.head.sha,
    head_branch: target.head.ref,
    head_commit: { ...run.head_commit, id: target.head.sha },
    display_title: target.title ?? run.display_title,
    repository,
    head_repository: headRepositoryOf(repository, target),
    actor,
    triggering_actor: actor,
    pull_requests:
      target.head.repoFullName === undefined ||
      target.head.repoFullName === `${target.owner}/${target.repo}`
        ? [
            {
              ...listed,
              url: `${api}/pulls/${String(target.number)}`,
              number: target.number,
              head: { ref: target.head.ref, sha: target.head.sha, repo: repoRef(repository) },
              base: { ref: target.base.ref, sha: target.base.sha, repo: repoRef(repository) },
            },
          ]
        : [],
  };
  return payload;
}

export type PushEvent = EventOf<'push'>;

/** What a push payload should describe: a branch of the repository moved from `before` to `after`. */
export interface PushTarget {
  owner: string;
  repo: string;
  /** The branch pushed to (default: the default branch). */
  branch?: string;
  before: string;
  after: string;
  pusher?: string;
  defaultBranch?: string;
  /** As PullTarget.accounts. */
  accounts?: readonly Account[];
}

/** A `push` to a branch, from GitHub's example of one, retargeted at the repository. */
export function pushToBranch(target: PushTarget): PushEvent {
  const payload = pushExample(
    (candidate) => candidate.ref.startsWith('refs/heads/') && !candidate.deleted,
  );
  const defaultBranch = target.defaultBranch ?? 'main';
  const fullName = `${target.owner}/${target.repo}`;
  rewrite(payload, payload.repository.full_name, fullName);
  rewrite(payload, payload.before, target.before);
  rewrite(payload, payload.after, target.after);
  payload.ref = `refs/heads/${target.branch ?? defaultBranch}`;
  payload.before = target.before;
  payload.after = target.after;
  payload.base_ref = null;
  payload.created = false;
  payload.deleted = false;
  payload.forced = false;
  payload.repository.name = target.repo;
  payload.repository.full_name = fullName;
  payload.repository.owner = retargetUser(payload.repository.owner, target.owner, target.accounts);
  payload.repository.default_branch = defaultBranch;
  payload.repository.master_branch = defaultBranch;
  payload.sender = retargetUser(payload.sender, target.pusher ?? target.owner, target.accounts);
  delete payload.organization;
  return payload;
}

function pushExample(pick: (candidate: PushEvent) => boolean): PushEvent {
  return example('push', '', (candidate) => pick(candidate as PushEvent)) as PushEvent;
}

export type IssuesEvent = Extract<EventOf<'issues'>, { action: 'opened' }>;

/** The issue an `issues` or `issue_comment` payload should describe. */
export interface IssueTarget {
  owner: string;
  repo: string;
  number: number;
  title?: string;
  body: string | null;
  /** The issue's author. */
  author: string;
  /** Who triggered the event (default: the author). */
  sender?: string;
  state?: 'open' | 'closed';
  defaultBranch?: string;
  accounts?: readonly Account[];
}

function asPullTarget(target: IssueTarget): PullTarget {
  // retarget reads the repository and people only; an issue has no head or base.
  return { ...target, head: { sha: '', ref: '' }, base: { sha: '', ref: '' } };
}

function retargetIssue(issue: IssuesEvent['issue'], target: IssueTarget): void {
  issue.number = target.number;
  issue.title = target.title ?? issue.title;
  issue.body = target.body;
  (issue as { state: string }).state = target.state ?? 'open';
  issue.user = retargetUser(issue.user, target.author, target.accounts);
  issue.assignee = null;
  issue.assignees = [];
  issue.labels = [];
  issue.milestone = null;
  issue.html_url = `https://github.com/${target.owner}/${target.repo}/issues/${String(target.number)}`;
  delete (issue as { pull_request?: unknown }).pull_request;
}

/**
 * `issues` opened, edited, reopened or closed. The examples have no `closed` one, so that is the
 * `reopened` example with the action and state a closing gives.
 */
export function issuesEvent(
  target: IssueTarget,
  action: 'opened' | 'edited' | 'reopened' | 'closed',
): IssuesEvent {
  const payload = example('issues', action === 'closed' ? 'reopened' : action) as IssuesEvent;
  retarget(payload, asPullTarget(target), payload.issue.number, {});
  retargetIssue(payload.issue, {
    ...target,
    state: action === 'closed' ? 'closed' : (target.state ?? 'open'),
  });
  (payload as { action: string }).action = action;
  return payload;
}

/** `issue_comment` created on a plain issue (a `/retry`, say). */
export function issueCommentOnIssue(
  target: IssueTarget,
  comment: CommentInput,
): IssueCommentCreatedEvent {
  const payload = example('issue_comment', 'created') as IssueCommentCreatedEvent;
  const commenter = comment.commenter ?? target.author;
  retarget(
    payload,
    asPullTarget({ ...target, sender: target.sender ?? commenter }),
    payload.issue.number,
    {},
  );
  retargetIssue(payload.issue as unknown as IssuesEvent['issue'], target);
  const id = comment.id ?? payload.comment.id;
  payload.comment = {
    ...payload.comment,
    id,
    body: comment.body,
    user: retargetUser(payload.comment.user, commenter, target.accounts),
    author_association: comment.association ?? 'NONE',
  };
  return payload;
}

/** Writes a payload to a fresh temporary file and returns its path, for GITHUB_EVENT_PATH. */
export function writeEventFile(payload: unknown): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'fake-github-event-'));
  const file = path.join(folder, 'event.json');
  writeFileSync(file, JSON.stringify(payload, null, 2));
  return file;
}
