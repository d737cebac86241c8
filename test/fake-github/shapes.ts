/** The JSON GitHub answers with, built from state: the fields Octokit callers commonly read. */
import { WEB } from './http.js';
import type {
  Account,
  ChangedFile,
  CheckRun,
  Comment,
  Issue,
  Label,
  PullRequest,
  Review,
  State,
} from './state.js';
import { pullCommitCount } from './commits.js';
import { GHOST, accountById, accountOf, authorOf, findLabel, userId } from './state.js';

export { ACTIONS_BOT_ID, userId } from './state.js';

/** The GitHub Actions app, which owns every check run the fake holds. */
export const ACTIONS_APP_ID = 15368;

function nodeId(kind: string, id: number): string {
  return Buffer.from(`0${String(kind.length)}:${kind}${String(id)}`).toString('base64');
}

/** An account as REST answers show it: always its current id, login and type. */
export function userJson(api: string, account: Account): Record<string, unknown> {
  const { id, login, type } = account;
  return {
    login,
    id,
    node_id: nodeId(type, id),
    avatar_url: `https://avatars.githubusercontent.com/u/${String(id)}?v=4`,
    gravatar_id: '',
    url: `${api}/users/${encodeURIComponent(login)}`,
    html_url: type === 'Bot' ? `${WEB}/apps/${login.slice(0, -5)}` : `${WEB}/${login}`,
    type,
    site_admin: false,
  };
}

function repoBase(state: State, api: string): { apiRepo: string; webRepo: string } {
  const { owner, repo } = state.repository;
  return { apiRepo: `${api}/repos/${owner}/${repo}`, webRepo: `${WEB}/${owner}/${repo}` };
}

export function repoJson(state: State, api: string, fullName?: string): Record<string, unknown> {
  const { owner, repo, id, visibility, defaultBranch } = state.repository;
  const name = fullName ?? `${owner}/${repo}`;
  const [ownerLogin = owner, repoName = repo] = name.split('/');
  const fork = name !== `${owner}/${repo}`;
  return {
    id: fork ? userId(name) : id,
    node_id: nodeId('Repository', fork ? userId(name) : id),
    name: repoName,
    full_name: name,
    private: visibility === 'private',
    owner: userJson(api, accountOf(state, ownerLogin)),
    html_url: `${WEB}/${name}`,
    url: `${api}/repos/${name}`,
    fork,
    default_branch: defaultBranch,
    visibility,
  };
}

/** How the author relates to the repository, as GitHub labels comments and issues. */
export function association(state: State, author: Account): string {
  const login = author.login.toLowerCase();
  if (login === state.repository.owner.toLowerCase()) return 'OWNER';
  const role = Object.entries(state.collaborators).find(
    ([user]) => user.toLowerCase() === login,
  )?.[1];
  return role !== undefined && role !== 'none' ? 'COLLABORATOR' : 'NONE';
}

export function labelJson(state: State, api: string, label: Label): Record<string, unknown> {
  return {
    id: label.id,
    node_id: nodeId('Label', label.id),
    url: `${repoBase(state, api).apiRepo}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: false,
    description: label.description,
  };
}

export function issueLabelsJson(state: State, api: string, number: number): unknown[] {
  return (state.issueLabels[number] ?? []).flatMap((name) => {
    const label = findLabel(state, name);
    return label === undefined ? [] : [labelJson(state, api, label)];
  });
}

export function issueJson(state: State, api: string, issue: Issue): Record<string, unknown> {
  const { apiRepo, webRepo } = repoBase(state, api);
  const number = String(issue.number);
  const kind = issue.isPullRequest ? 'pull' : 'issues';
  const pull = state.pulls.find((p) => p.number === issue.number);
  const author = authorOf(state, issue);
  const assignees = issue.assignees.map((login) => userJson(api, accountOf(state, login)));
  return {
    id: 2_000_000_000 + issue.number,
    node_id: nodeId('Issue', issue.number),
    url: `${apiRepo}/issues/${number}`,
    repository_url: apiRepo,
    labels_url: `${apiRepo}/issues/${number}/labels{/name}`,
    comments_url: `${apiRepo}/issues/${number}/comments`,
    events_url: `${apiRepo}/issues/${number}/events`,
    html_url: `${webRepo}/${kind}/${number}`,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    user: userJson(api, author),
    labels: issueLabelsJson(state, api, issue.number),
    state: issue.state,
    state_reason: issue.state_reason,
    locked: false,
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    comments: state.comments.filter((c) => c.issue_number === issue.number).length,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    author_association: association(state, author),
    ...(issue.isPullRequest
      ? {
          pull_request: {
            url: `${apiRepo}/pulls/${number}`,
            html_url: `${webRepo}/pull/${number}`,
            diff_url: `${webRepo}/pull/${number}.diff`,
            patch_url: `${webRepo}/pull/${number}.patch`,
            merged_at: pull?.merged === true ? pull.updated_at : null,
          },
        }
      : {}),
  };
}

/** Who closed an issue (issues/get shows it): the account now, the ghost once deleted. */
export function closedByJson(state: State, api: string, issue: Issue): unknown {
  if (issue.state !== 'closed' || issue.closed_by_id === undefined) return null;
  return userJson(api, accountById(state, issue.closed_by_id) ?? GHOST);
}

export function pullJson(state: State, api: string, pull: PullRequest): Record<string, unknown> {
  const { apiRepo, webRepo } = repoBase(state, api);
  const number = String(pull.number);
  const baseName = `${state.repository.owner}/${state.repository.repo}`;
  const [headOwner = state.repository.owner] = pull.head.repoFullName.split('/');
  const closed = pull.state === 'closed';
  const author = authorOf(state, pull);
  return {
    id: 1_500_000_000 + pull.number,
    node_id: nodeId('PullRequest', pull.number),
    url: `${apiRepo}/pulls/${number}`,
    html_url: `${webRepo}/pull/${number}`,
    diff_url: `${webRepo}/pull/${number}.diff`,
    patch_url: `${webRepo}/pull/${number}.patch`,
    issue_url: `${apiRepo}/issues/${number}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    body: pull.body,
    user: userJson(api, author),
    labels: issueLabelsJson(state, api, pull.number),
    draft: pull.draft,
    merged: pull.merged,
    merged_by:
      pull.merged_by_id === undefined
        ? null
        : userJson(api, accountById(state, pull.merged_by_id) ?? GHOST),
    mergeable: null,
    mergeable_state: 'unknown',
    created_at: pull.created_at,
    updated_at: pull.updated_at,
    closed_at: closed ? pull.updated_at : null,
    merged_at: pull.merged ? pull.updated_at : null,
    author_association: association(state, author),
    head: {
      label: `${headOwner}:${pull.head.ref}`,
      ref: pull.head.ref,
      sha: pull.head.sha,
      user: userJson(api, accountOf(state, headOwner)),
      repo: repoJson(state, api, pull.head.repoFullName),
    },
    base: {
      label: `${state.repository.owner}:${pull.base.ref}`,
      ref: pull.base.ref,
      sha: pull.base.sha,
      user: userJson(api, accountOf(state, state.repository.owner)),
      repo: repoJson(state, api, baseName),
    },
    // Seeded pull requests whose head has no files still count the one commit they had.
    commits: Math.max(1, pullCommitCount(state, pull)),
    additions: pull.files.reduce((sum, f) => sum + f.additions, 0),
    deletions: pull.files.reduce((sum, f) => sum + f.deletions, 0),
    changed_files: pull.files.length,
    comments: state.comments.filter((c) => c.issue_number === pull.number).length,
  };
}

/** What pulls/get tells beyond pulls/list's shorter shape (pull-request-simple). */
const PULL_FULL_ONLY = new Set([
  'merged',
  'merged_by',
  'mergeable',
  'mergeable_state',
  'comments',
  'commits',
  'additions',
  'deletions',
  'changed_files',
]);

export function pullSimpleJson(
  state: State,
  api: string,
  pull: PullRequest,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(pullJson(state, api, pull)).filter(([key]) => !PULL_FULL_ONLY.has(key)),
  );
}

export function pullFileJson(
  state: State,
  api: string,
  pull: PullRequest,
  file: ChangedFile,
): Record<string, unknown> {
  const { apiRepo, webRepo } = repoBase(state, api);
  const path = file.filename.split('/').map(encodeURIComponent).join('/');
  return {
    sha: file.sha,
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: `${webRepo}/blob/${pull.head.sha}/${path}`,
    raw_url: `${webRepo}/raw/${pull.head.sha}/${path}`,
    contents_url: `${apiRepo}/contents/${path}?ref=${pull.head.sha}`,
    ...(file.patch === undefined ? {} : { patch: file.patch }),
    ...(file.previous_filename === undefined ? {} : { previous_filename: file.previous_filename }),
  };
}

export function commentJson(state: State, api: string, comment: Comment): Record<string, unknown> {
  const { apiRepo, webRepo } = repoBase(state, api);
  const issue = state.issues.find((i) => i.number === comment.issue_number);
  const kind = issue?.isPullRequest === true ? 'pull' : 'issues';
  const author = authorOf(state, comment);
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url: `${apiRepo}/issues/comments/${String(comment.id)}`,
    html_url: `${webRepo}/${kind}/${String(comment.issue_number)}#issuecomment-${String(comment.id)}`,
    issue_url: `${apiRepo}/issues/${String(comment.issue_number)}`,
    body: comment.body,
    user: userJson(api, author),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    author_association: association(state, author),
  };
}

export function reviewJson(state: State, api: string, review: Review): Record<string, unknown> {
  const { apiRepo, webRepo } = repoBase(state, api);
  const number = String(review.pull_number);
  const author = authorOf(state, review);
  return {
    id: review.id,
    node_id: nodeId('PullRequestReview', review.id),
    user: userJson(api, author),
    body: review.body,
    state: review.state,
    html_url: `${webRepo}/pull/${number}#pullrequestreview-${String(review.id)}`,
    pull_request_url: `${apiRepo}/pulls/${number}`,
    submitted_at: review.submitted_at,
    commit_id: review.commit_id,
    author_association: association(state, author),
  };
}

export function checkRunJson(state: State, api: string, run: CheckRun): Record<string, unknown> {
  const { apiRepo, webRepo } = repoBase(state, api);
  const id = String(run.id);
  const baseName = `${state.repository.owner}/${state.repository.repo}`;
  return {
    id: run.id,
    node_id: nodeId('CheckRun', run.id),
    head_sha: run.head_sha,
    external_id: run.external_id ?? '',
    url: `${apiRepo}/check-runs/${id}`,
    html_url: `${webRepo}/runs/${id}`,
    details_url: run.details_url ?? `${webRepo}/runs/${id}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.started_at,
    completed_at: run.completed_at,
    name: run.name,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.output.annotations.length,
      annotations_url: `${apiRepo}/check-runs/${id}/annotations`,
    },
    check_suite: { id: 3_000_000_000 + run.id },
    app: { id: ACTIONS_APP_ID, slug: 'github-actions', name: 'GitHub Actions' },
    // GitHub leaves out pull requests from forks: it does not see pushes to them.
    pull_requests: state.pulls
      .filter(
        (p) =>
          p.head.sha === run.head_sha &&
          p.state === 'open' &&
          p.head.repoFullName.toLowerCase() === baseName.toLowerCase(),
      )
      .map((p) => ({
        id: 1_500_000_000 + p.number,
        number: p.number,
        url: `${apiRepo}/pulls/${String(p.number)}`,
        head: { ref: p.head.ref, sha: p.head.sha },
        base: { ref: p.base.ref, sha: p.base.sha },
      })),
  };
}
