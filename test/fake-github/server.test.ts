import { Octokit, type RestEndpointMethodTypes } from '@octokit/rest';
import { afterEach, describe, expect, it } from 'vitest';
import { seededFaults } from './faults.js';
import { ROUTES } from './routes.js';
import { type FakeGitHub, startFakeGitHub } from './server.js';
import {
  DEFAULT_REPOSITORY,
  type FileTree,
  type ReviewState,
  type State,
  blobSha,
  branchSha,
  deleteComment,
  dismissReview,
  editComment,
  fakeSha,
  makeIssue,
  makePull,
} from './state.js';
import { gitTree } from './git.js';
import { loadOperations } from './validate.js';

const { owner, repo } = DEFAULT_REPOSITORY;
const HEAD = fakeSha('head of pull 1');
const FORK_HEAD = fakeSha('head of pull 2');

const BASE: FileTree = {
  'README.md': '# Registry\n',
  'groups/alpha.yml': 'name: Alpha\ncity: Oslo\n',
  'groups/old.yml': 'name: Old\n',
};
const HEAD_TREE: FileTree = {
  'README.md': '# Registry\n',
  'groups/alpha.yml': 'name: Alpha\ncity: Bergen\n',
  'groups/beta.yml': 'name: Beta\n',
};
/** A fork's pull request touching 45 files, to page through. */
const FORK_TREE: FileTree = {
  ...BASE,
  ...Object.fromEntries(
    Array.from({ length: 45 }, (_, i) => [
      `groups/g${String(i).padStart(2, '0')}.yml`,
      `n: ${String(i)}\n`,
    ]),
  ),
};

function seed(): Partial<State> {
  const files = { main: BASE, [HEAD]: HEAD_TREE, [FORK_HEAD]: FORK_TREE };
  return {
    files,
    pulls: [
      makePull(
        { number: 1, title: 'Update Alpha', user: 'alice', head: { sha: HEAD, ref: 'alpha' } },
        DEFAULT_REPOSITORY,
        files,
      ),
      makePull(
        {
          number: 2,
          user: 'mallory',
          head: { sha: FORK_HEAD, ref: 'main', repoFullName: 'mallory/registry' },
        },
        DEFAULT_REPOSITORY,
        files,
      ),
    ],
    reviews: [
      {
        id: 90,
        pull_number: 1,
        user: 'bob',
        state: 'APPROVED',
        body: 'Looks right',
        submitted_at: '2024-02-01T10:00:00Z',
        commit_id: HEAD,
      },
    ],
    collaborators: { bob: 'maintain', carol: 'triage' },
    users: new Set(['alice', 'bob', 'carol', 'mallory', 'dave']),
  };
}

const silent = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

let server: FakeGitHub | undefined;

async function start(
  state: Partial<State> = seed(),
): Promise<{ gh: FakeGitHub; octokit: Octokit }> {
  server = await startFakeGitHub(state);
  return { gh: server, octokit: new Octokit({ baseUrl: server.url, auth: 't', log: silent }) };
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The HTTP status of a failed Octokit call, or of a network failure (Octokit says 500). */
async function failure(
  call: Promise<unknown>,
): Promise<{ status: number; message: string; headers: Record<string, unknown> }> {
  try {
    await call;
  } catch (error: unknown) {
    if (error instanceof Error && 'status' in error && typeof error.status === 'number') {
      const response: unknown = 'response' in error ? error.response : undefined;
      const headers =
        typeof response === 'object' && response !== null && 'headers' in response
          ? (response.headers as Record<string, unknown>)
          : {};
      return { status: error.status, message: error.message, headers };
    }
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('a valid request sequence through Octokit', () => {
  it('creates, edits and reads issues, comments, labels and check runs', async () => {
    const { gh, octokit } = await start();

    const created = await octokit.rest.issues.create({
      owner,
      repo,
      title: 'Registry report',
      labels: ['report'],
    });
    expect(created.status).toBe(201);
    // Issues and pull requests share one number sequence.
    expect(created.data.number).toBe(3);
    expect(created.data.user?.login).toBe('github-actions[bot]');
    expect(created.data.user?.type).toBe('Bot');
    expect(created.data.labels).toEqual([
      expect.objectContaining({ name: 'report', color: 'ededed' }),
    ]);
    expect(created.data.html_url).toBe(`https://github.com/${owner}/${repo}/issues/3`);
    expect(created.headers['x-ratelimit-remaining']).toBe('4999');

    const closed = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: 3,
      state: 'closed',
      state_reason: 'not_planned',
    });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(closed.data.closed_at).not.toBeNull();

    const comment = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: 1,
      body: 'First',
    });
    expect(comment.status).toBe(201);
    expect(comment.data.html_url).toContain('/pull/1#issuecomment-');
    const edited = await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: comment.data.id,
      body: 'Edited',
    });
    expect(edited.data.body).toBe('Edited');
    const comments = await octokit.rest.issues.listComments({ owner, repo, issue_number: 1 });
    expect(comments.data.map((c) => c.body)).toEqual(['Edited']);

    const added = await octokit.rest.issues.addLabels({
      owner,
      repo,
      issue_number: 1,
      labels: ['needs-review', 'REPORT'],
    });
    // An existing label keeps the repository's spelling.
    expect(added.data.map((l) => l.name)).toEqual(['needs-review', 'report']);
    const removed = await octokit.rest.issues.removeLabel({
      owner,
      repo,
      issue_number: 1,
      name: 'needs-review',
    });
    expect(removed.status).toBe(200);
    expect(removed.data.map((l) => l.name)).toEqual(['report']);
    expect(
      (
        await failure(
          octokit.rest.issues.removeLabel({ owner, repo, issue_number: 1, name: 'absent' }),
        )
      ).status,
    ).toBe(404);
    const cleared = await octokit.rest.issues.setLabels({
      owner,
      repo,
      issue_number: 1,
      labels: [],
    });
    expect(cleared.data).toEqual([]);
    const asIssue = await octokit.rest.issues.get({ owner, repo, issue_number: 1 });
    expect(asIssue.data.pull_request?.html_url).toBe(`https://github.com/${owner}/${repo}/pull/1`);

    const run = await octokit.rest.checks.create({
      owner,
      repo,
      name: 'registry',
      head_sha: HEAD,
      status: 'in_progress',
    });
    expect(run.status).toBe(201);
    expect(run.data.pull_requests.map((p) => p.number)).toEqual([1]);
    const annotations = Array.from({ length: 50 }, (_, i) => ({
      path: 'groups/alpha.yml',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'warning' as const,
      message: `finding ${String(i)}`,
    }));
    const output = { title: 'Registry', summary: 'Findings', annotations };
    await octokit.rest.checks.update({ owner, repo, check_run_id: run.data.id, output });
    const done = await octokit.rest.checks.update({
      owner,
      repo,
      check_run_id: run.data.id,
      conclusion: 'failure',
      output,
    });
    expect(done.data).toMatchObject({ status: 'completed', conclusion: 'failure' });
    // GitHub appends each update's annotations.
    expect(done.data.output.annotations_count).toBe(100);
    expect(gh.state.checkRuns[0]?.output.annotations).toHaveLength(100);

    expect(gh.writes()).toBe(10);
    gh.assertNoViolations();
  });

  it('pages through 250 issues in 3 pages of 100, with a Link header', async () => {
    const issues = Array.from({ length: 249 }, (_, i) =>
      makeIssue({
        number: i + 1,
        created_at: new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString().replace('.000', ''),
      }),
    );
    const { gh, octokit } = await start({ issues });
    await octokit.rest.issues.create({ owner, repo, title: 'Newest' });

    const first = await octokit.rest.issues.listForRepo({ owner, repo, per_page: 100 });
    expect(first.headers.link).toContain('page=2>; rel="next"');
    expect(first.headers.link).toContain('page=3>; rel="last"');
    expect(first.data[0]?.title).toBe('Newest');

    const all = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      per_page: 100,
    });
    expect(all).toHaveLength(250);
    expect(new Set(all.map((i) => i.number)).size).toBe(250);
    const listings = gh.requests.filter((r) => r.operationId === 'issues/list-for-repo');
    expect(listings.map((r) => r.query.page ?? '1')).toEqual(['1', '1', '2', '3']);

    const ascending = await octokit.rest.issues.listForRepo({
      owner,
      repo,
      direction: 'asc',
      per_page: 2,
    });
    expect(ascending.data.map((i) => i.number)).toEqual([1, 2]);
    gh.assertNoViolations();
  });

  it('filters issues by state and labels and lists pull requests among them', async () => {
    const { gh, octokit } = await start();
    await octokit.rest.issues.create({ owner, repo, title: 'A', labels: ['x', 'y'] });
    await octokit.rest.issues.create({ owner, repo, title: 'B', labels: ['x'] });
    const both = await octokit.rest.issues.listForRepo({ owner, repo, labels: 'x,y' });
    expect(both.data.map((i) => i.title)).toEqual(['A']);
    const open = await octokit.rest.issues.listForRepo({ owner, repo });
    expect(open.data.filter((i) => i.pull_request !== undefined).map((i) => i.number)).toEqual([
      2, 1,
    ]);
    const closed = await octokit.rest.issues.listForRepo({ owner, repo, state: 'closed' });
    expect(closed.data).toEqual([]);
    gh.assertNoViolations();
  });

  it('serves pull requests, their files page by page, reviews, contents and blobs', async () => {
    const { gh, octokit } = await start();
    const pull = await octokit.rest.pulls.get({ owner, repo, pull_number: 2 });
    expect(pull.data.head.repo.full_name).toBe('mallory/registry');
    expect(pull.data.head.repo.fork).toBe(true);
    expect(pull.data.base.ref).toBe('main');

    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner,
      repo,
      pull_number: 2,
      per_page: 20,
    });
    expect(files).toHaveLength(45);
    expect(gh.requests.filter((r) => r.operationId === 'pulls/list-files')).toHaveLength(3);

    const changed = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: 1 });
    expect(changed.data.map((f) => [f.filename, f.status])).toEqual([
      ['groups/alpha.yml', 'modified'],
      ['groups/beta.yml', 'added'],
      ['groups/old.yml', 'removed'],
    ]);
    const alpha = changed.data[0];
    expect(alpha).toMatchObject({
      additions: 1,
      deletions: 1,
      sha: blobSha(HEAD_TREE['groups/alpha.yml'] ?? ''),
    });
    expect(alpha?.patch).toBe('@@ -1,2 +1,2 @@\n name: Alpha\n-city: Oslo\n+city: Bergen');

    const reviews = await octokit.rest.pulls.listReviews({ owner, repo, pull_number: 1 });
    expect(reviews.data.map((r) => [r.user?.login, r.state])).toEqual([['bob', 'APPROVED']]);

    const content = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: 'groups/alpha.yml',
      ref: HEAD,
    });
    if (Array.isArray(content.data) || content.data.type !== 'file')
      throw new Error('expected a file');
    expect(Buffer.from(content.data.content, 'base64').toString()).toBe(
      'name: Alpha\ncity: Bergen\n',
    );
    expect(content.data.sha).toBe(blobSha('name: Alpha\ncity: Bergen\n'));
    const atMain = await octokit.rest.repos.getContent({ owner, repo, path: 'groups/alpha.yml' });
    if (Array.isArray(atMain.data) || atMain.data.type !== 'file')
      throw new Error('expected a file');
    expect(Buffer.from(atMain.data.content, 'base64').toString()).toContain('Oslo');
    const listing = await octokit.rest.repos.getContent({ owner, repo, path: 'groups', ref: HEAD });
    expect(Array.isArray(listing.data) && listing.data.map((e) => e.name)).toEqual([
      'alpha.yml',
      'beta.yml',
    ]);
    const raw = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: 'README.md',
      mediaType: { format: 'raw' },
    });
    expect(raw.data).toBe('# Registry\n');
    expect(
      (
        await failure(
          octokit.rest.repos.getContent({ owner, repo, path: 'groups/beta.yml', ref: 'main' }),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await failure(
          octokit.rest.repos.getContent({ owner, repo, path: 'README.md', ref: 'nope' }),
        )
      ).status,
    ).toBe(404);

    const blob = await octokit.rest.git.getBlob({ owner, repo, file_sha: blobSha('name: Old\n') });
    expect(Buffer.from(blob.data.content, 'base64').toString()).toBe('name: Old\n');
    expect(blob.data.encoding).toBe('base64');
    expect(
      (await failure(octokit.rest.git.getBlob({ owner, repo, file_sha: fakeSha('none') }))).status,
    ).toBe(404);
    gh.assertNoViolations();
  });

  it('answers permissions, users and the rate limit', async () => {
    const { gh, octokit } = await start();
    const bob = await octokit.rest.repos.getCollaboratorPermissionLevel({
      owner,
      repo,
      username: 'BOB',
    });
    expect(bob.data).toMatchObject({
      permission: 'write',
      role_name: 'maintain',
      user: { login: 'bob' },
    });
    const carol = await octokit.rest.repos.getCollaboratorPermissionLevel({
      owner,
      repo,
      username: 'carol',
    });
    expect(carol.data.permission).toBe('read');
    const dave = await octokit.rest.repos.getCollaboratorPermissionLevel({
      owner,
      repo,
      username: 'dave',
    });
    expect(dave.data.permission).toBe('read');
    expect(
      (
        await failure(
          octokit.rest.repos.getCollaboratorPermissionLevel({
            owner,
            repo,
            username: 'nobody-here',
          }),
        )
      ).status,
    ).toBe(404);

    expect((await octokit.rest.users.getByUsername({ username: 'Alice' })).data.login).toBe(
      'alice',
    );
    expect(
      (await failure(octokit.rest.users.getByUsername({ username: 'nobody-here' }))).status,
    ).toBe(404);

    const limit = await octokit.rest.rateLimit.get();
    expect(limit.data.resources.core.used).toBe(6);
    gh.assertNoViolations();
  });

  it('enforces the primary rate limit like GitHub, with remaining 0', async () => {
    const { gh, octokit } = await start();
    gh.state.rateLimit.core.used = gh.state.rateLimit.core.limit;
    const limited = await failure(octokit.rest.issues.get({ owner, repo, issue_number: 1 }));
    expect(limited.status).toBe(403);
    expect(limited.headers['x-ratelimit-remaining']).toBe('0');
    // GET /rate_limit does not count, so it still answers.
    expect((await octokit.rest.rateLimit.get()).data.rate.remaining).toBe(0);
    gh.assertNoViolations();
  });

  it('answers another repository with 404, without a violation', async () => {
    const { gh, octokit } = await start();
    expect(
      (await failure(octokit.rest.issues.get({ owner: 'someone', repo: 'else', issue_number: 1 })))
        .status,
    ).toBe(404);
    gh.assertNoViolations();
  });

  it('has a handler for every operation in the contract and answers only documented 2xx statuses', async () => {
    expect(Object.keys(ROUTES).sort()).toEqual(
      loadOperations()
        .map((o) => o.operation.operationId)
        .sort(),
    );
    const { gh, octokit } = await start();
    await octokit.rest.issues.create({ owner, repo, title: 'T' });
    await octokit.rest.issues.addLabels({ owner, repo, issue_number: 3, labels: ['a'] });
    await octokit.rest.issues.removeLabel({ owner, repo, issue_number: 3, name: 'a' });
    await octokit.rest.issues.createLabel({ owner, repo, name: 'b', color: 'ff0000' });
    await octokit.rest.checks.create({ owner, repo, name: 'c', head_sha: HEAD });
    const documented = new Map(
      loadOperations().map((o) => [o.operation.operationId, o.operation.statuses]),
    );
    for (const request of gh.requests)
      if (request.status < 300)
        expect(documented.get(request.operationId ?? '')).toContain(request.status);
  });
});

describe('git trees with file modes', () => {
  const SYMLINKED = fakeSha('head with a symlink');
  const SUBMODULE_COMMIT = fakeSha('a commit in another repository');
  const files = {
    main: BASE,
    [SYMLINKED]: {
      ...BASE,
      'groups/alpha.yml': 'old.yml',
      'tools/run.sh': '#!/bin/sh\n',
      'vendor/lib': SUBMODULE_COMMIT,
    },
  };
  const modes: State['modes'] = {
    [SYMLINKED]: { 'groups/alpha.yml': '120000', 'tools/run.sh': '100755', 'vendor/lib': '160000' },
  };
  const symlinkSeed = (): Partial<State> => ({
    files,
    modes,
    pulls: [
      makePull({ number: 1, head: { sha: SYMLINKED } }, DEFAULT_REPOSITORY, files, { modes }),
    ],
  });

  it('lists one level, or every level for any value of recursive, with modes, types and shas', async () => {
    const { gh, octokit } = await start(symlinkSeed());
    const top = await octokit.rest.git.getTree({ owner, repo, tree_sha: SYMLINKED });
    expect(top.data.sha).toBe(gitTree(files[SYMLINKED] ?? {}, modes[SYMLINKED]).sha);
    expect(top.data.truncated).toBe(false);
    expect(top.data.tree.map((e) => [e.path, e.mode, e.type])).toEqual([
      ['README.md', '100644', 'blob'],
      ['groups', '040000', 'tree'],
      ['tools', '040000', 'tree'],
      ['vendor', '040000', 'tree'],
    ]);

    const all = await octokit.rest.git.getTree({
      owner,
      repo,
      tree_sha: SYMLINKED,
      recursive: '1',
    });
    expect(all.data.tree.map((e) => e.path)).toEqual([
      'README.md',
      'groups',
      'groups/alpha.yml',
      'groups/old.yml',
      'tools',
      'tools/run.sh',
      'vendor',
      'vendor/lib',
    ]);
    const entry = (path: string) => all.data.tree.find((e) => e.path === path);
    expect(entry('groups/alpha.yml')).toEqual({
      path: 'groups/alpha.yml',
      mode: '120000',
      type: 'blob',
      sha: blobSha('old.yml'),
      size: 7,
      url: `${gh.url}/repos/${owner}/${repo}/git/blobs/${blobSha('old.yml')}`,
    });
    expect(entry('tools/run.sh')).toMatchObject({ mode: '100755', type: 'blob' });
    // A submodule names a commit of another repository: no blob, no size, no url.
    expect(entry('vendor/lib')).toEqual({
      path: 'vendor/lib',
      mode: '160000',
      type: 'commit',
      sha: SUBMODULE_COMMIT,
    });
    // GitHub documents that even recursive=false asks for every level.
    const falsy = await octokit.rest.git.getTree({
      owner,
      repo,
      tree_sha: SYMLINKED,
      recursive: 'false',
    });
    expect(falsy.data.tree).toHaveLength(8);

    // A symlink's blob is its target; a submodule's commit is no blob here.
    const link = await octokit.rest.git.getBlob({ owner, repo, file_sha: blobSha('old.yml') });
    expect(Buffer.from(link.data.content, 'base64').toString()).toBe('old.yml');
    expect(
      (await failure(octokit.rest.git.getBlob({ owner, repo, file_sha: SUBMODULE_COMMIT }))).status,
    ).toBe(404);

    const changed = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: 1 });
    expect(changed.data.map((f) => [f.filename, f.status, f.changes])).toEqual([
      ['groups/alpha.yml', 'modified', 3],
      ['tools/run.sh', 'added', 1],
      ['vendor/lib', 'added', 1],
    ]);
    expect(changed.data[2]?.sha).toBe(SUBMODULE_COMMIT);
    gh.assertNoViolations();
  });

  it('resolves a branch, a tree sha from an earlier answer, and refuses what it does not have', async () => {
    const { gh, octokit } = await start(symlinkSeed());
    const main = await octokit.rest.git.getTree({ owner, repo, tree_sha: 'main' });
    expect(main.data.sha).toBe(gitTree(BASE).sha);
    const groups = main.data.tree.find((e) => e.path === 'groups');
    if (groups?.sha === undefined) throw new Error('no groups tree');
    const subtree = await octokit.rest.git.getTree({ owner, repo, tree_sha: groups.sha });
    expect(subtree.data.sha).toBe(groups.sha);
    expect(subtree.data.url).toBe(groups.url);
    expect(subtree.data.tree.map((e) => [e.path, e.sha])).toEqual([
      ['alpha.yml', blobSha('name: Alpha\ncity: Oslo\n')],
      ['old.yml', blobSha('name: Old\n')],
    ]);
    expect(
      (await failure(octokit.rest.git.getTree({ owner, repo, tree_sha: fakeSha('nothing') })))
        .status,
    ).toBe(404);
    expect(
      (await failure(octokit.rest.git.getTree({ owner, repo, tree_sha: 'no-such-branch' }))).status,
    ).toBe(404);
    gh.assertNoViolations();
  });

  it('stops a listing at 100,000 entries and says it is truncated', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 100_001 }, (_, i) => [`groups/g${String(i)}.yml`, `n: ${String(i)}\n`]),
    );
    const { gh, octokit } = await start({ files: { main: many } });
    const listed = await octokit.rest.git.getTree({
      owner,
      repo,
      tree_sha: 'main',
      recursive: '1',
    });
    expect(listed.data.truncated).toBe(true);
    expect(listed.data.tree).toHaveLength(100_000);
    gh.assertNoViolations();
  }, 30_000);
});

describe('check runs for a ref', () => {
  it('lists the latest run of each name by default, or all, filtered and paged', async () => {
    const { gh, octokit } = await start();
    const create = (name: string, sha: string, more: Record<string, unknown> = {}) =>
      octokit.rest.checks.create({ owner, repo, name, head_sha: sha, ...more });
    await create('registry', HEAD, {
      external_id: 'attempt-1',
      conclusion: 'failure',
      output: { title: 'Two findings', summary: 'See the annotations' },
    });
    await create('registry', HEAD, {
      external_id: 'attempt-2',
      conclusion: 'success',
      output: { title: 'No findings', summary: 'All good', text: 'Details' },
    });
    await create('lint', HEAD, { status: 'in_progress' });
    const onFork = await create('registry', FORK_HEAD, { conclusion: 'success' });
    // GitHub does not link a fork's pull request to a check run.
    expect(onFork.data.pull_requests).toEqual([]);

    const latest = await octokit.rest.checks.listForRef({ owner, repo, ref: HEAD });
    expect(latest.data.total_count).toBe(2);
    expect(latest.data.check_runs.map((r) => [r.name, r.external_id])).toEqual([
      ['lint', ''],
      ['registry', 'attempt-2'],
    ]);
    expect(latest.data.check_runs[1]).toMatchObject({
      head_sha: HEAD,
      status: 'completed',
      conclusion: 'success',
      output: { title: 'No findings', summary: 'All good', text: 'Details' },
    });

    const all = await octokit.rest.checks.listForRef({
      owner,
      repo,
      ref: HEAD,
      check_name: 'registry',
      filter: 'all',
      per_page: 1,
    });
    expect(all.data.total_count).toBe(2);
    expect(all.data.check_runs.map((r) => r.external_id)).toEqual(['attempt-2']);
    expect(all.headers.link).toContain('page=2>; rel="next"');
    const paged = await octokit.paginate(octokit.rest.checks.listForRef, {
      owner,
      repo,
      ref: HEAD,
      filter: 'all',
      per_page: 2,
    });
    expect(paged.map((r) => r.external_id)).toEqual(['', 'attempt-2', 'attempt-1']);

    const running = await octokit.rest.checks.listForRef({
      owner,
      repo,
      ref: HEAD.slice(0, 7),
      status: 'in_progress',
    });
    expect(running.data.check_runs.map((r) => r.name)).toEqual(['lint']);
    const otherApp = await octokit.rest.checks.listForRef({ owner, repo, ref: HEAD, app_id: 1 });
    expect(otherApp.data).toEqual({ total_count: 0, check_runs: [] });
    gh.assertNoViolations();
  });

  it('resolves a branch name and refuses a ref it does not know', async () => {
    const { gh, octokit } = await start();
    const onMain = await octokit.rest.checks.create({
      owner,
      repo,
      name: 'registry',
      head_sha: branchSha('main'),
    });
    for (const ref of ['main', 'heads/main'])
      expect(
        (await octokit.rest.checks.listForRef({ owner, repo, ref })).data.check_runs.map(
          (r) => r.id,
        ),
      ).toEqual([onMain.data.id]);
    gh.assertNoViolations();
    expect(
      (await failure(octokit.rest.checks.listForRef({ owner, repo, ref: 'no-such-branch' })))
        .status,
    ).toBe(422);
    expect(gh.violations.at(-1)?.reasons).toEqual(['No commit found for SHA: no-such-branch']);
  });
});

describe('listing pull requests', () => {
  function pullsSeed(): Partial<State> {
    const base = seed();
    const files = base.files ?? {};
    return {
      ...base,
      pulls: [
        ...(base.pulls ?? []),
        makePull(
          { number: 3, state: 'closed', head: { sha: HEAD, ref: 'gone' } },
          DEFAULT_REPOSITORY,
          files,
          { createdAt: '2024-01-03T00:00:00Z' },
        ),
        makePull(
          { number: 4, head: { sha: HEAD, ref: 'backport' }, base: { ref: 'release' } },
          DEFAULT_REPOSITORY,
          files,
          { createdAt: '2024-01-02T00:00:00Z' },
        ),
      ],
      comments: [2, 2, 4].map((number, index) => ({
        id: 600 + index,
        issue_number: number,
        body: 'note',
        user: 'bob',
        created_at: '2024-01-05T00:00:00Z',
        updated_at: '2024-01-05T00:00:00Z',
      })),
    };
  }

  it('filters by state, head owner and branch, and base, and sorts as documented', async () => {
    const { gh, octokit } = await start(pullsSeed());
    const numbers = async (
      query: Omit<RestEndpointMethodTypes['pulls']['list']['parameters'], 'owner' | 'repo'> = {},
    ) => (await octokit.rest.pulls.list({ owner, repo, ...query })).data.map((p) => p.number);

    // Created newest first by default; ties in number order, reversed.
    expect(await numbers()).toEqual([4, 2, 1]);
    expect(await numbers({ state: 'all' })).toEqual([3, 4, 2, 1]);
    expect(await numbers({ state: 'closed' })).toEqual([3]);
    // The fork's branch is also called main: only its owner tells it apart.
    expect(await numbers({ head: 'mallory:main' })).toEqual([2]);
    expect(await numbers({ head: `${owner}:main` })).toEqual([]);
    expect(await numbers({ head: `${owner.toUpperCase()}:alpha` })).toEqual([1]);
    expect(await numbers({ base: 'release' })).toEqual([4]);
    expect(await numbers({ base: 'main' })).toEqual([2, 1]);
    // Sorts other than created go ascending unless told.
    expect(await numbers({ sort: 'popularity' })).toEqual([1, 4, 2]);
    expect(await numbers({ sort: 'popularity', direction: 'desc' })).toEqual([2, 4, 1]);

    const page = await octokit.rest.pulls.list({ owner, repo, state: 'all', per_page: 3 });
    expect(page.headers.link).toContain('page=2>; rel="next"');
    const first = page.data[0];
    expect(first?.head.repo.full_name).toBe(`${owner}/${repo}`);
    // The list's shape has no merge state or counts: pulls/get has them.
    expect(first).not.toHaveProperty('changed_files');
    expect(first).not.toHaveProperty('merged');
    gh.assertNoViolations();
  });

  it('keeps long-running pull requests: open over a month, active within one', async () => {
    const files = { main: BASE };
    const pull = (number: number, created: string, updated: string) => ({
      ...makePull({ number, head: { sha: HEAD } }, DEFAULT_REPOSITORY, files, {
        createdAt: created,
      }),
      updated_at: updated,
    });
    server = await startFakeGitHub(
      {
        files,
        pulls: [
          pull(1, '2024-01-01T00:00:00Z', '2024-03-10T00:00:00Z'),
          pull(2, '2024-03-01T00:00:00Z', '2024-03-10T00:00:00Z'),
          pull(3, '2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z'),
          pull(4, '2023-12-01T00:00:00Z', '2024-03-14T00:00:00Z'),
        ],
      },
      { now: () => new Date('2024-03-15T00:00:00Z') },
    );
    const octokit = new Octokit({ baseUrl: server.url, auth: 't', log: silent });
    const listed = await octokit.rest.pulls.list({ owner, repo, sort: 'long-running' });
    expect(listed.data.map((p) => p.number)).toEqual([4, 1]);
    server.assertNoViolations();
  });

  it('refuses a head without its owner, which the fake cannot judge', async () => {
    const { gh, octokit } = await start();
    expect((await failure(octokit.rest.pulls.list({ owner, repo, head: 'main' }))).status).toBe(
      422,
    );
    expect(gh.violations.at(-1)?.reasons[0]).toMatch(/head=main/);
  });
});

describe('comments edited or deleted outside the code under test', () => {
  it('keep created_at, take the new updated_at, and vanish when deleted', async () => {
    const comment = (id: number, body: string) => ({
      id,
      issue_number: 1,
      body,
      user: 'mallory',
      created_at: '2024-03-01T10:00:00Z',
      updated_at: '2024-03-01T10:00:00Z',
    });
    const { gh, octokit } = await start({
      ...seed(),
      comments: [comment(700, '/approve'), comment(701, 'thanks')],
    });
    expect(editComment(gh.state, 700, 'nothing to see', '2024-03-02T08:00:00Z').body).toBe(
      'nothing to see',
    );
    const listed = await octokit.rest.issues.listComments({ owner, repo, issue_number: 1 });
    expect(listed.data.map((c) => [c.id, c.body, c.created_at, c.updated_at])).toEqual([
      [700, 'nothing to see', '2024-03-01T10:00:00Z', '2024-03-02T08:00:00Z'],
      [701, 'thanks', '2024-03-01T10:00:00Z', '2024-03-01T10:00:00Z'],
    ]);
    const since = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number: 1,
      since: '2024-03-02T00:00:00Z',
    });
    expect(since.data.map((c) => c.id)).toEqual([700]);

    deleteComment(gh.state, 700);
    const after = await octokit.rest.issues.listComments({ owner, repo, issue_number: 1 });
    expect(after.data.map((c) => c.id)).toEqual([701]);
    expect((await octokit.rest.pulls.get({ owner, repo, pull_number: 1 })).data.comments).toBe(1);
    expect(() => deleteComment(gh.state, 700)).toThrow(/no comment 700/);
    expect(() => editComment(gh.state, 700, 'x', '2024-03-03T00:00:00Z')).toThrow(/no comment 700/);
    gh.assertNoViolations();
  });
});

describe('reviews', () => {
  it('carry the commit they were given on, their time and state, dismissed ones included', async () => {
    const forcePushedAway = fakeSha('a head the branch no longer has');
    const review = (id: number, user: string, state: ReviewState, commitId: string) => ({
      id,
      pull_number: 1,
      user,
      state,
      body: '',
      submitted_at: `2024-02-0${String(id - 90)}T10:00:00Z`,
      commit_id: commitId,
    });
    const { gh, octokit } = await start({
      ...seed(),
      reviews: [
        review(91, 'bob', 'APPROVED', forcePushedAway),
        review(92, 'carol', 'CHANGES_REQUESTED', HEAD),
        review(93, 'dave', 'COMMENTED', HEAD),
        review(94, 'bob', 'APPROVED', HEAD),
      ],
    });
    expect(dismissReview(gh.state, 94).state).toBe('DISMISSED');
    expect(() => dismissReview(gh.state, 1)).toThrow(/no review 1/);
    const listed = await octokit.rest.pulls.listReviews({ owner, repo, pull_number: 1 });
    expect(listed.data.map((r) => [r.id, r.state, r.commit_id, r.submitted_at])).toEqual([
      [91, 'APPROVED', forcePushedAway, '2024-02-01T10:00:00Z'],
      [92, 'CHANGES_REQUESTED', HEAD, '2024-02-02T10:00:00Z'],
      [93, 'COMMENTED', HEAD, '2024-02-03T10:00:00Z'],
      [94, 'DISMISSED', HEAD, '2024-02-04T10:00:00Z'],
    ]);
    gh.assertNoViolations();
  });
});

describe('pull request files', () => {
  it('serves a changed file whose sha is null, as the schema of GitHub allows', async () => {
    const { gh, octokit } = await start({
      files: { main: BASE },
      pulls: [
        makePull(
          {
            number: 1,
            head: { sha: HEAD },
            files: [
              { filename: 'groups/x.yml', status: 'added', sha: null, additions: 1, deletions: 0 },
            ],
          },
          DEFAULT_REPOSITORY,
        ),
      ],
    });
    const listed = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: 1 });
    // Octokit's types come from the same description: null must be a sha they allow.
    const sha: (typeof listed.data)[number]['sha'] = null;
    expect(listed.data[0]?.sha).toBe(sha);
    gh.assertNoViolations();
  });

  it('lists at most 3000 files of a pull request while pulls/get counts them all', async () => {
    const files = Array.from({ length: 3005 }, (_, i) => ({
      filename: `groups/g${String(i).padStart(4, '0')}.yml`,
      status: 'added' as const,
      sha: blobSha(String(i)),
      additions: 1,
      deletions: 0,
    }));
    const { gh, octokit } = await start({
      files: { main: BASE },
      pulls: [makePull({ number: 1, head: { sha: HEAD }, files }, DEFAULT_REPOSITORY)],
    });
    const pull = await octokit.rest.pulls.get({ owner, repo, pull_number: 1 });
    expect(pull.data.changed_files).toBe(3005);
    expect(pull.data.additions).toBe(3005);
    const listed = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner,
      repo,
      pull_number: 1,
      per_page: 100,
    });
    expect(listed).toHaveLength(3000);
    expect(listed.at(-1)?.filename).toBe('groups/g2999.yml');
    expect(gh.requests.filter((r) => r.operationId === 'pulls/list-files')).toHaveLength(30);
    gh.assertNoViolations();
  });
});

/** A request Octokit's route types would refuse to compile: the point of these tests. */
function untyped(
  octokit: Octokit,
  route: string,
  parameters: Record<string, unknown>,
): Promise<unknown> {
  return octokit.request(route, parameters);
}

describe('requests GitHub would refuse', () => {
  async function refused(
    gh: FakeGitHub,
    call: Promise<unknown>,
    reason: RegExp,
    status = 422,
  ): Promise<void> {
    const { status: got, message } = await failure(call);
    expect(got).toBe(status);
    expect(message).toContain('(fake GitHub)');
    expect(gh.violations.at(-1)?.reasons.join('\n')).toMatch(reason);
  }

  it('records each as a violation and answers as GitHub would', async () => {
    const { gh, octokit } = await start();
    const route: string = '/repos/{owner}/{repo}';
    await refused(
      gh,
      untyped(octokit, `POST ${route}/issues`, { owner, repo, body: 'no title' }),
      /required property 'title'/,
    );
    await refused(
      gh,
      untyped(octokit, `PATCH ${route}/issues/{issue_number}`, {
        owner,
        repo,
        issue_number: 1,
        state: 'deleted',
      }),
      /body\/state must be equal to one of the allowed values: "open", "closed"/,
    );
    const annotations = Array.from({ length: 51 }, () => ({
      path: 'a',
      start_line: 1,
      end_line: 1,
      annotation_level: 'notice',
      message: 'm',
    }));
    await refused(
      gh,
      untyped(octokit, `POST ${route}/check-runs`, {
        owner,
        repo,
        name: 'c',
        head_sha: HEAD,
        output: { title: 't', summary: 's', annotations },
      }),
      /annotations must NOT have more than 50 items/,
    );
    await refused(
      gh,
      untyped(octokit, `GET ${route}/commits`, { owner, repo }),
      /not an operation the fake serves/,
    );
    await refused(
      gh,
      untyped(octokit, `GET ${route}/issues`, { owner, repo, per_page: 'many' }),
      /query parameter per_page must be integer/,
    );
    await refused(
      gh,
      untyped(octokit, `GET ${route}/issues/{issue_number}`, { owner, repo, issue_number: 'x' }),
      /path parameter issue_number must be integer/,
    );
    await refused(
      gh,
      untyped(octokit, `POST ${route}/issues/{issue_number}/comments`, {
        owner,
        repo,
        issue_number: 1,
        body: 'x'.repeat(65_537),
      }),
      /longer than 65536/,
    );
    await refused(
      gh,
      untyped(octokit, `POST ${route}/check-runs`, {
        owner,
        repo,
        name: 'c',
        head_sha: HEAD,
        output: {
          title: 't',
          summary: 's',
          annotations: [
            {
              path: 'a',
              start_line: 1,
              end_line: 2,
              start_column: 1,
              annotation_level: 'notice',
              message: 'm',
            },
          ],
        },
      }),
      /start_column and end_column need start_line equal to end_line/,
    );
    await refused(
      gh,
      untyped(octokit, `POST ${route}/check-runs`, {
        owner,
        repo,
        name: 'c',
        head_sha: fakeSha('unknown'),
      }),
      /No commit found/,
    );
    await refused(
      gh,
      untyped(octokit, `PATCH ${route}/check-runs/{check_run_id}`, {
        owner,
        repo,
        check_run_id: 1,
        status: 'completed',
      }),
      /required property 'conclusion'/,
    );
    await refused(
      gh,
      untyped(octokit, `POST ${route}/labels`, { owner, repo, name: 'x', color: '#ff0000' }),
      /six hex digits/,
    );

    const anonymous = new Octokit({ baseUrl: gh.url, log: silent });
    await refused(
      gh,
      anonymous.rest.issues.get({ owner, repo, issue_number: 1 }),
      /no authorization header/,
      401,
    );

    expect(gh.violations).toHaveLength(12);
    expect(gh.writes()).toBe(0);
    expect(() => {
      gh.assertNoViolations();
    }).toThrow(/12 violation\(s\)/);
  });

  it('refuses bodies, summaries and texts past the limits GitHub enforces', async () => {
    const { gh, octokit } = await start();
    const long = 'x'.repeat(65_537);
    await refused(
      gh,
      octokit.rest.issues.create({ owner, repo, title: 'T', body: long }),
      /body is longer than 65536/,
    );
    await refused(
      gh,
      octokit.rest.issues.update({ owner, repo, issue_number: 1, body: long }),
      /body is longer than 65536/,
    );
    const comment = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: 1,
      // GitHub counts characters: 65,536 emoji fit, though JavaScript sees twice as many units.
      body: '🎉'.repeat(65_536),
    });
    await refused(
      gh,
      octokit.rest.issues.updateComment({ owner, repo, comment_id: comment.data.id, body: long }),
      /comment body is longer than 65536/,
    );
    expect(gh.state.comments[0]?.body).toBe('🎉'.repeat(65_536));

    const run = await octokit.rest.checks.create({
      owner,
      repo,
      name: 'registry',
      head_sha: HEAD,
      output: { title: 'T', summary: 's'.repeat(65_535), text: 't'.repeat(65_535) },
    });
    const output = (more: { summary?: string; text?: string }) => ({
      owner,
      repo,
      name: 'registry',
      head_sha: HEAD,
      output: { title: 'T', summary: 's', ...more },
    });
    await refused(
      gh,
      octokit.rest.checks.create(output({ summary: 's'.repeat(65_536) })),
      /summary must NOT have more than 65535 characters/,
    );
    // Within the characters the schema allows but past the bytes: GitHub checks both.
    await refused(
      gh,
      octokit.rest.checks.create(output({ text: 'é'.repeat(40_000) })),
      /text exceeds a maximum bytesize of 65535/,
    );
    await refused(
      gh,
      octokit.rest.checks.update({
        owner,
        repo,
        check_run_id: run.data.id,
        output: { title: 'T', summary: 's'.repeat(70_000) },
      }),
      /summary must NOT have more than 65535 characters/,
    );
    await refused(
      gh,
      octokit.rest.checks.update({
        owner,
        repo,
        check_run_id: run.data.id,
        output: { summary: 'no title' },
      }),
      /output.title is required/,
    );
    expect(gh.state.checkRuns[0]?.output.summary).toHaveLength(65_535);
    expect(gh.violations).toHaveLength(7);
  });

  it('does not count an existing label as a violation: it is a state conflict', async () => {
    const { gh, octokit } = await start();
    await octokit.rest.issues.createLabel({ owner, repo, name: 'bug' });
    const duplicate = await failure(octokit.rest.issues.createLabel({ owner, repo, name: 'Bug' }));
    expect(duplicate.status).toBe(422);
    gh.assertNoViolations();
  });
});

describe('GraphQL account checks', () => {
  const query = `query Accounts($a: String!, $b: String!) {
  a: user(login: $a) { login databaseId }
  b: user(login: $b) { login }
  c: user(login: "ghost-nobody") { login }
}`;

  it('answers found users as data and missing ones as NOT_FOUND errors', async () => {
    const { gh, octokit } = await start();
    const raw = await octokit.request('POST /graphql', {
      query,
      variables: { a: 'alice', b: 'BOB' },
    });
    expect(raw.status).toBe(200);
    expect(raw.data).toEqual({
      data: {
        a: { login: 'alice', databaseId: expect.any(Number) as unknown },
        b: { login: 'bob' },
        c: null,
      },
      errors: [
        {
          type: 'NOT_FOUND',
          path: ['c'],
          locations: [{ line: 4, column: 3 }],
          message: "Could not resolve to a User with the login of 'ghost-nobody'.",
        },
      ],
    });

    let thrown: unknown;
    try {
      await octokit.graphql(query, { a: 'alice', b: 'bob' });
    } catch (error: unknown) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).toMatchObject({
      name: 'GraphqlResponseError',
      data: { a: { login: 'alice' }, b: { login: 'bob' }, c: null },
      errors: [expect.objectContaining({ type: 'NOT_FOUND', path: ['c'] })],
    });
    gh.assertNoViolations();
  });

  it('treats bot accounts as not users, as GitHub does', async () => {
    const { octokit } = await start();
    const raw = await octokit.request('POST /graphql', {
      query: '{ bot: user(login: "github-actions[bot]") { login } }',
    });
    expect(raw.data).toMatchObject({ data: { bot: null }, errors: [{ type: 'NOT_FOUND' }] });
  });

  it('answers viewer with the account the token acts as: the workflow token is a Bot', async () => {
    const { gh, octokit } = await start();
    const data = await octokit.graphql('{ viewer { login databaseId __typename } }');
    expect(data).toEqual({
      viewer: { login: 'github-actions[bot]', databaseId: 41898282, __typename: 'Bot' },
    });
    gh.assertNoViolations();
  });

  it('refuses more than 100 lookups and other query shapes as violations', async () => {
    const { gh, octokit } = await start();
    const many = Array.from(
      { length: 101 },
      (_, i) => `u${String(i)}: user(login: "alice") { login }`,
    );
    const tooMany = await octokit.request('POST /graphql', { query: `{ ${many.join('\n')} }` });
    expect(tooMany.data).toMatchObject({ errors: [{ type: 'MAX_NODE_LIMIT_EXCEEDED' }] });
    expect(gh.violations).toHaveLength(1);

    expect((await failure(octokit.graphql('{ viewer(login: "x") { login } }'))).status).toBe(400);
    expect(
      (await failure(octokit.graphql('query($a: String!) { a: user(login: $a) { login } }')))
        .status,
    ).toBe(400);
    expect((await failure(octokit.graphql('{ a: user(login: "x") { email } }'))).status).toBe(400);
    expect(gh.violations).toHaveLength(4);
  });
});

describe('faults', () => {
  it('answers a status fault once, without applying the request, then serves normally', async () => {
    const { gh, octokit } = await start();
    gh.faults.push({ match: { method: 'post', path: /\/issues$/ }, kind: 'status', status: 500 });
    expect((await failure(octokit.rest.issues.create({ owner, repo, title: 'A' }))).status).toBe(
      500,
    );
    expect(gh.state.issues).toHaveLength(2);
    const second = await octokit.rest.issues.create({ owner, repo, title: 'A' });
    expect(second.status).toBe(201);
    expect(gh.faults).toEqual([]);
    expect(gh.writes()).toBe(1);
    expect(gh.requests.map((r) => r.fault)).toEqual(['status', undefined]);
  });

  it('sends a secondary rate limit 403 with retry-after, and 429s', async () => {
    const { gh, octokit } = await start();
    gh.faults.push(
      {
        match: { method: 'POST' },
        kind: 'status',
        status: 403,
        headers: { 'retry-after': '1' },
        body: { message: 'You have exceeded a secondary rate limit' },
      },
      { kind: 'status', status: 429, headers: { 'retry-after': '0' }, times: 2 },
    );
    const limited = await failure(
      octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'x' }),
    );
    expect(limited.status).toBe(403);
    expect(limited.message).toContain('secondary rate limit');
    expect(limited.headers['retry-after']).toBe('1');
    expect((await failure(octokit.rest.issues.get({ owner, repo, issue_number: 1 }))).status).toBe(
      429,
    );
    expect((await failure(octokit.rest.issues.get({ owner, repo, issue_number: 1 }))).status).toBe(
      429,
    );
    expect((await octokit.rest.issues.get({ owner, repo, issue_number: 1 })).status).toBe(200);
    expect(gh.state.comments).toEqual([]);
  });

  it('drops the connection without applying the request', async () => {
    const { gh, octokit } = await start();
    gh.faults.push({ kind: 'drop' });
    const dropped = await failure(
      octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'x' }),
    );
    expect(dropped.message).toMatch(/other side closed|socket|fetch failed/i);
    expect(gh.state.comments).toEqual([]);
    expect(gh.writes()).toBe(0);
    expect(gh.requests[0]).toMatchObject({ status: 0, fault: 'drop', applied: false });
  });

  it('loses the reply of an applied write: the client sees an error, the issue exists', async () => {
    const { gh, octokit } = await start();
    gh.faults.push({ match: { path: /\/issues$/ }, kind: 'lost-reply' });
    const lost = await failure(octokit.rest.issues.create({ owner, repo, title: 'Once' }));
    expect(lost.message).toMatch(/other side closed|socket|fetch failed/i);
    expect(gh.state.issues.map((i) => i.title)).toContain('Once');
    expect(gh.writes()).toBe(1);
    expect(gh.requests[0]).toMatchObject({ status: 201, fault: 'lost-reply', applied: true });
  });

  it('makes the same seeded schedule from the same seed', () => {
    const schedule = seededFaults(42, 0.3, { length: 50 });
    expect(seededFaults(42, 0.3, { length: 50 })).toEqual(schedule);
    expect(seededFaults(43, 0.3, { length: 50 })).not.toEqual(schedule);
    const covered = schedule.reduce((sum, fault) => sum + (fault.times ?? 1), 0);
    expect(covered).toBe(50);
    expect(seededFaults(1, 0, { length: 10 })).toEqual([{ kind: 'pass', times: 10 }]);
    expect(seededFaults(1, 1, { length: 3, kinds: ['drop'] })).toEqual([
      { kind: 'drop' },
      { kind: 'drop' },
      { kind: 'drop' },
    ]);
  });

  it('runs a seeded schedule request by request', async () => {
    const { gh, octokit } = await start();
    gh.faults.push(...seededFaults(7, 0.5, { length: 20, kinds: ['status-500', 'lost-reply'] }));
    const outcomes: string[] = [];
    for (let i = 0; i < 20; i++)
      outcomes.push(
        await octokit.rest.issues
          .createComment({ owner, repo, issue_number: 1, body: String(i) })
          .then(() => 'ok')
          .catch(() => 'failed'),
      );
    expect(gh.faults).toEqual([]);
    const lost = gh.requests.filter((r) => r.fault === 'lost-reply').length;
    expect(gh.state.comments).toHaveLength(outcomes.filter((o) => o === 'ok').length + lost);
  });
});
