import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runActionInProcess, type ActionRunner } from './action-runner.js';
import {
  DEFAULT_REPOSITORY,
  fakeSha,
  findAccount,
  gitTree,
  noreplyEmail,
  issueCommentOnPull,
  makePull,
  pullRequestOpened,
  pullRequestSynchronize,
  pushToBranch,
  startFakeGitHub,
  workflowRunCompleted,
  writeEventFile,
  type Account,
  type FakeGitHub,
  type FileModes,
  type FileTree,
  type Issue,
  type Permission,
  type PullTarget,
} from '../fake-github/index.js';
import { accountsIn } from './accounts.js';
import { REPO_ROOT } from './registry.js';

/**
 * A pull request on the fake GitHub and the default branch checked out in a workspace, with the
 * Action run against them as the runner would (in process by default, or the committed bundle on
 * Node 24): the harness of the pull-request check's tests through the real GitHub adapter.
 */
const { owner, repo } = DEFAULT_REPOSITORY;

export const EXAMPLES: FileTree = Object.fromEntries(
  readdirSync(path.join(REPO_ROOT, 'groups')).map((name) => [
    `groups/${name}`,
    readFileSync(path.join(REPO_ROOT, 'groups', name), 'utf8'),
  ]),
);

export interface Scenario {
  base?: FileTree;
  head: FileTree;
  /** Modes of head entries that are not regular files (symbolic links, submodules). */
  headModes?: FileModes;
  author: string;
  fork?: boolean;
  /** The head branch's name (default `topic`): `tgr/issue-<n>` for a pull request from a form. */
  headRef?: string;
  /** Issues in the repository (a pull request is one too, added by the fake). */
  issues?: Issue[];
  /** The branch the pull request is into (default main, the default branch). */
  baseRef?: string;
  /** The default branch's files, checked out for the run (default: `base`). */
  main?: FileTree;
  collaborators?: Record<string, Permission>;
  /**
   * Accounts as GitHub holds them, before those the files name: give a login another id than its
   * file does to model a login that changed hands.
   */
  accounts?: Account[];
  /** Comments written before the check first ran. */
  comments?: Array<{ user: string; body: string }>;
  /** Reviews, on the head commit unless `commit` says otherwise. */
  reviews?: Array<{
    user: string;
    state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED';
    commit?: string;
  }>;
  /** The pull request's description. */
  body?: string;
  /**
   * Who wrote the pull request's commits, oldest first (the last is the head), by login; null
   * for a commit whose email links to no account. Default: one seeded commit, linked to nobody.
   */
  commitAuthors?: Array<string | null>;
  /** Rewrites the changed files the fake lists (e.g. a sha of null). */
  files?: (files: ReturnType<typeof makePull>['files']) => ReturnType<typeof makePull>['files'];
}

export type ScenarioRun = Awaited<ReturnType<typeof openPullRequest>>;

export async function openPullRequest(
  scenario: Scenario,
  cleanup: Array<() => unknown>,
  runner: ActionRunner = runActionInProcess,
) {
  const base = scenario.base ?? EXAMPLES;
  const main = scenario.main ?? base;
  const baseRef = scenario.baseRef ?? 'main';
  const headRef = scenario.headRef ?? 'topic';
  const headSha = fakeSha(`head ${JSON.stringify(scenario.head)}`);
  const headRepo = scenario.fork ? `${scenario.author}/registry` : `${owner}/${repo}`;
  const modes = scenario.headModes === undefined ? {} : { [headSha]: scenario.headModes };
  const pull = makePull(
    {
      number: 42,
      user: scenario.author,
      head: { sha: headSha, ref: headRef, repoFullName: headRepo },
      base: { ref: baseRef },
      ...(scenario.body === undefined ? {} : { body: scenario.body }),
    },
    DEFAULT_REPOSITORY,
    { main, [baseRef]: base, [headSha]: scenario.head },
    { modes },
  );
  if (scenario.files !== undefined) pull.files = scenario.files(pull.files);
  const gh = await startFakeGitHub({
    files: { main, [baseRef]: base, [headSha]: scenario.head },
    modes,
    pulls: [pull],
    issues: scenario.issues ?? [],
    collaborators: { maintainer: 'maintain', ...scenario.collaborators },
    // Accounts the test sets up come first: the first account for a login wins.
    accounts: [...(scenario.accounts ?? []), ...accountsIn(main, base, scenario.head)].filter(
      (account, index, all) =>
        all.findIndex(
          (other) =>
            other.id === account.id || other.login.toLowerCase() === account.login.toLowerCase(),
        ) === index,
    ),
    users: new Set([scenario.author, 'maintainer', 'stranger']),
    comments: (scenario.comments ?? []).map((comment, index) => ({
      id: 500 + index,
      issue_number: 42,
      body: comment.body,
      user: comment.user,
      created_at: '2026-11-20T10:00:00Z',
      updated_at: '2026-11-20T10:00:00Z',
    })),
    reviews: (scenario.reviews ?? []).map((review, index) => ({
      id: 600 + index,
      pull_number: 42,
      user: review.user,
      state: review.state,
      body: '',
      submitted_at: '2026-11-20T11:00:00Z',
      commit_id: review.commit ?? headSha,
    })),
  });
  if (scenario.commitAuthors !== undefined)
    seedCommits(gh.state, headSha, scenario.head, scenario.commitAuthors);
  // The runner checks out the default branch, whatever the pull request is into.
  const workspace = mkdtempSync(path.join(tmpdir(), 'tgr-base-'));
  for (const [file, text] of Object.entries(main)) {
    mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
    writeFileSync(path.join(workspace, file), text);
  }
  cleanup.push(
    () => gh.close(),
    () => {
      rmSync(workspace, { recursive: true, force: true });
    },
  );
  const target: PullTarget = {
    owner,
    repo,
    number: 42,
    author: scenario.author,
    head: { sha: headSha, ref: headRef, repoFullName: headRepo },
    base: { sha: pull.base.sha, ref: baseRef },
  };

  const run = async (
    eventName = 'pull_request_target',
    payload: unknown = pullRequestOpened(target),
    /** More inputs, such as `pull-request`. */
    extraInputs: Readonly<Record<string, string>> = {},
  ) => {
    const result = await runner({
      workspace,
      eventName,
      eventPath: writeEventFile(payload),
      apiUrl: gh.url,
      repository: `${owner}/${repo}`,
      inputs: {
        mode: 'pr',
        token: 'test-token',
        today: '2026-11-22',
        'writes-per-minute': '60000',
        'retry-delay-ms': '10',
        ...extraInputs,
      },
    });
    gh.assertNoViolations();
    return result;
  };

  /** Pushes a new head commit; returns the `synchronize` payload for it. */
  const push = (head: FileTree, headModes?: FileModes) => {
    const sha = fakeSha(`push ${JSON.stringify(head)} ${JSON.stringify(headModes ?? {})}`);
    gh.state.files[sha] = head;
    if (headModes !== undefined) gh.state.modes[sha] = headModes;
    const refreshed = makePull(
      {
        number: 42,
        user: scenario.author,
        head: { sha, ref: headRef, repoFullName: headRepo },
        base: { ref: baseRef },
      },
      DEFAULT_REPOSITORY,
      { main: base, [baseRef]: base, [sha]: head },
      { modes: gh.state.modes },
    );
    const current = gh.state.pulls[0];
    if (current === undefined) throw new Error('no pull request');
    const before = current.head.sha;
    Object.assign(current, { head: refreshed.head, files: refreshed.files });
    target.head = { ...target.head, sha };
    return { sha, payload: pullRequestSynchronize(target, before) };
  };

  /** A comment written now, after the check's last run; returns its `issue_comment` payload. */
  const comment = (user: string, body: string) => {
    const id = gh.state.nextId++;
    const now = new Date().toISOString();
    gh.state.users.add(user);
    gh.state.comments.push({
      id,
      issue_number: 42,
      body,
      user,
      created_at: now,
      updated_at: now,
    });
    return { id, payload: issueCommentOnPull(target, { body, commenter: user, id }) };
  };

  /** A review on `commit` (default: the current head); returns the `workflow_run` it leads to. */
  const review = (user: string, state: 'APPROVED' | 'DISMISSED', commit = target.head.sha) => {
    gh.state.reviews.push({
      id: gh.state.nextId++,
      pull_number: 42,
      user,
      state,
      body: '',
      submitted_at: new Date().toISOString(),
      commit_id: commit,
    });
    return workflowRunCompleted({
      ...target,
      sender: user,
      workflowName: 'Pull request review',
      conclusion: 'success',
    });
  };

  /**
   * Moves the default branch to new files (a merge of another pull request, say): the fake keeps
   * both commits, the workspace is checked out at the new one; returns the `push` payload.
   */
  let mainSha = fakeSha(`main ${JSON.stringify(main)}`);
  gh.state.files[mainSha] = main;
  const pushToMain = (files: FileTree) => {
    const before = mainSha;
    mainSha = fakeSha(`main ${JSON.stringify(files)}`);
    gh.state.files[mainSha] = files;
    gh.state.files.main = files;
    rmSync(path.join(workspace, 'groups'), { recursive: true, force: true });
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
      writeFileSync(path.join(workspace, file), text);
    }
    return {
      sha: mainSha,
      payload: pushToBranch({ owner, repo, before, after: mainSha, pusher: 'maintainer' }),
    };
  };

  return { gh, target, headSha, workspace, run, push, comment, review, pushToMain };
}

export function botComments(gh: FakeGitHub) {
  return gh.state.comments.filter((comment) => comment.user === 'github-actions[bot]');
}

export function labelsOn(gh: FakeGitHub): string[] {
  return [...(gh.state.issueLabels[42] ?? [])].sort();
}

export function lastCheckRun(gh: FakeGitHub) {
  return gh.state.checkRuns.at(-1);
}

/**
 * Commits by these authors (oldest first), the last one at `headSha`: each linked to its author's
 * account, as GitHub links a commit whose email is that account's, or to none for null.
 */
function seedCommits(
  state: FakeGitHub['state'],
  headSha: string,
  head: FileTree,
  authors: ReadonlyArray<string | null>,
): void {
  const tree = gitTree(head).sha;
  let parents: string[] = [];
  authors.forEach((login, index) => {
    const account = login === null ? undefined : findAccount(state, login);
    if (login !== null && account === undefined) throw new Error(`no account ${login}`);
    const person =
      account === undefined
        ? { name: 'Someone', email: 'someone@example.invalid', date: '2026-11-20T09:00:00Z' }
        : { name: account.login, email: noreplyEmail(account), date: '2026-11-20T09:00:00Z' };
    const sha =
      index === authors.length - 1 ? headSha : fakeSha(`commit ${String(index)} ${headSha}`);
    state.commits[sha] = {
      sha,
      tree,
      parents,
      message: `Commit ${String(index)}`,
      author: person,
      committer: person,
      author_id: account?.id ?? null,
      committer_id: account?.id ?? null,
    };
    parents = [sha];
  });
}
