/**
 * Pull request writes a bot makes: open one from its own branch, edit or close it, list its
 * commits, merge it. As in git-writes.ts, a malformed request is a violation; one GitHub refuses
 * for the repository's state (a duplicate, nothing to merge) is answered as GitHub does.
 */
import {
  ancestors,
  branchExists,
  closePullRequest,
  mergePullRequest,
  ownHead,
  pullCommits,
  refreshPull,
  unmergeable,
} from './commits.js';
import { commitJson, unprocessable } from './git-writes.js';
import {
  type Context,
  type Reply,
  DOCS,
  field,
  intParam,
  notFound,
  paginate,
  text,
} from './http.js';
import { badBody, badTitle } from './issues.js';
import { pullJson } from './shapes.js';
import { type PullRequest, type State, ensureAccount, headSha, nextIssueNumber } from './state.js';

/** GitHub lists at most 250 commits of a pull request. */
const COMMITS_MAX = 250;

/** GitHub's 422 naming the field it refused, as pulls/create answers. */
function invalid(message: string, field: string, code = 'invalid'): Reply {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource: 'PullRequest', field, code, message }],
      documentation_url: DOCS,
      status: '422',
    },
  };
}

function tokenAccount(state: State) {
  return ensureAccount(state, state.authenticatedLogin);
}

/** An open pull request already proposing this head into this base, if any. */
function openTwin(state: State, head: string, base: string, except?: number) {
  return state.pulls.find(
    (p) =>
      p.state === 'open' &&
      p.number !== except &&
      ownHead(state, p) &&
      p.head.ref === head &&
      p.base.ref === base,
  );
}

/** Whether the head has nothing the base lacks: GitHub then has no pull request to open. */
function nothingToMerge(state: State, head: string, base: string): boolean {
  return ancestors(state, headSha(state, base)).has(headSha(state, head));
}

export function createPull(context: Context): Reply {
  const { state, body } = context;
  const { owner } = state.repository;
  if (field(body, 'issue') !== undefined || field(body, 'head_repo') !== undefined)
    return context.reject('the fake cannot judge issue or head_repo: give head and title');
  const title = text(body, 'title');
  if (title === undefined) return context.reject('title is required (without issue)');
  const description = text(body, 'body');
  const problem = badTitle(title) ?? badBody(description, 'body');
  if (problem !== undefined) return context.reject(problem);
  const headField = text(body, 'head') ?? '';
  const base = text(body, 'base') ?? '';
  const [headOwner, head] = headField.includes(':')
    ? [headField.slice(0, headField.indexOf(':')), headField.slice(headField.indexOf(':') + 1)]
    : [owner, headField];
  // The fake has no forks: another owner's branch is not there.
  if (headOwner.toLowerCase() !== owner.toLowerCase() || !branchExists(state, head))
    return invalid(`head ${headField} is not a branch of this repository`, 'head');
  if (!branchExists(state, base)) return invalid(`base ${base} is not a branch`, 'base');
  if (openTwin(state, head, base) !== undefined)
    return invalid(`A pull request already exists for ${owner}:${head}.`, 'head', 'custom');
  if (nothingToMerge(state, head, base))
    return invalid(`No commits between ${base} and ${head}`, 'base', 'custom');
  const now = context.now();
  const author = tokenAccount(state);
  const { owner: repoOwner, repo } = state.repository;
  const pull: PullRequest = {
    number: nextIssueNumber(state),
    state: 'open',
    title,
    body: description ?? null,
    user: author.login,
    user_id: author.id,
    draft: field(body, 'draft') === true,
    merged: false,
    head: { sha: headSha(state, head), ref: head, repoFullName: `${repoOwner}/${repo}` },
    base: { sha: headSha(state, base), ref: base },
    files: [],
    created_at: now,
    updated_at: now,
  };
  refreshPull(state, pull);
  state.pulls.push(pull);
  state.issues.push({
    number: pull.number,
    title: pull.title,
    body: pull.body,
    state: 'open',
    state_reason: null,
    user: author.login,
    user_id: author.id,
    assignees: [],
    isPullRequest: true,
    created_at: now,
    updated_at: now,
    closed_at: null,
  });
  state.issues.sort((a, b) => a.number - b.number);
  return { status: 201, body: pullJson(state, context.api, pull) };
}

function pullOf(context: Context): PullRequest | undefined {
  const number = intParam(context, 'pull_number');
  return context.state.pulls.find((p) => p.number === number);
}

export function updatePull(context: Context): Reply {
  const { state, body } = context;
  const pull = pullOf(context);
  if (pull === undefined) return notFound();
  const title = text(body, 'title');
  const description = text(body, 'body');
  const problem =
    (title === undefined ? undefined : badTitle(title)) ?? badBody(description, 'body');
  if (problem !== undefined) return context.reject(problem);
  const wanted = text(body, 'state');
  const base = text(body, 'base');
  if (base !== undefined && !branchExists(state, base))
    return invalid(`base ${base} is not a branch`, 'base');
  if (wanted === 'open' && pull.state === 'closed') {
    if (pull.merged) return unprocessable('state cannot be changed. The pull request is merged.');
    if (!branchExists(state, pull.head.ref))
      return unprocessable(
        `state cannot be changed. The ${pull.head.ref} branch has been deleted.`,
      );
    if (openTwin(state, pull.head.ref, base ?? pull.base.ref, pull.number) !== undefined)
      return unprocessable(
        `state cannot be changed. There is already an open pull request from ${pull.head.ref} to ${base ?? pull.base.ref}.`,
      );
  }
  const now = context.now();
  const issue = state.issues.find((i) => i.number === pull.number);
  if (title !== undefined) pull.title = title;
  if (field(body, 'body') !== undefined) pull.body = description ?? null;
  if (base !== undefined && base !== pull.base.ref) {
    pull.base.ref = base;
    refreshPull(state, pull);
  }
  if (wanted === 'closed' && pull.state === 'open')
    closePullRequest(state, pull, tokenAccount(state), now);
  else if (wanted === 'open' && pull.state === 'closed') {
    pull.state = 'open';
    // A reopened pull request catches up with its branch.
    pull.head.sha = headSha(state, pull.head.ref);
    refreshPull(state, pull);
    if (issue !== undefined) {
      issue.state = 'open';
      issue.closed_at = null;
      Reflect.deleteProperty(issue, 'closed_by_id');
    }
  }
  pull.updated_at = now;
  if (issue !== undefined) {
    issue.title = pull.title;
    issue.body = pull.body;
    issue.updated_at = now;
  }
  return { status: 200, body: pullJson(state, context.api, pull) };
}

export function listPullCommits(context: Context): Reply {
  const pull = pullOf(context);
  if (pull === undefined) return notFound();
  return paginate(context, pullCommits(context.state, pull), COMMITS_MAX, (commit) =>
    commitJson(context, commit),
  );
}

export function mergePull(context: Context): Reply {
  const { state, body } = context;
  const pull = pullOf(context);
  if (pull === undefined) return notFound();
  const method = text(body, 'merge_method') ?? 'merge';
  if (method !== 'merge' && method !== 'squash')
    return context.reject('the fake cannot judge a rebase merge');
  const why = unmergeable(state, pull);
  if (why !== undefined)
    return { status: 405, body: { message: why, documentation_url: DOCS, status: '405' } };
  const expected = text(body, 'sha');
  if (expected !== undefined && expected !== pull.head.sha)
    return {
      status: 409,
      body: {
        message: 'Head branch was modified. Review and try the merge again.',
        documentation_url: DOCS,
        status: '409',
      },
    };
  const title = text(body, 'commit_title');
  const message = text(body, 'commit_message');
  const commit = mergePullRequest(state, pull, tokenAccount(state), context.now(), {
    method,
    ...(title === undefined ? {} : { title }),
    ...(message === undefined ? {} : { message }),
  });
  return {
    status: 200,
    body: { sha: commit.sha, merged: true, message: 'Pull Request successfully merged' },
  };
}
