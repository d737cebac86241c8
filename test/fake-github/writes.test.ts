import { Octokit } from '@octokit/rest';
import { afterEach, describe, expect, it } from 'vitest';
import { branchFiles, closePull, mergePull, noreplyEmail, pushCommit } from './commits.js';
import { gitTree } from './git.js';
import { type FakeGitHub, startFakeGitHub } from './server.js';
import {
  DEFAULT_REPOSITORY,
  type FileTree,
  type State,
  blobSha,
  branchSha,
  fakeSha,
  findAccount,
  headSha,
  makePull,
} from './state.js';
import { loadOperations } from './validate.js';

const { owner, repo } = DEFAULT_REPOSITORY;
const BOT = 'github-actions[bot]';

const MAIN: FileTree = {
  'README.md': '# Registry\n',
  'groups/alpha.yaml': 'name: Alpha\ncity: Oslo\n',
  'groups/old.yaml': 'name: Old\n',
};

function seed(): Partial<State> {
  return {
    files: { main: { ...MAIN } },
    collaborators: { maria: 'maintain' },
    users: new Set(['alice', 'maria']),
  };
}

const silent = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

let server: FakeGitHub | undefined;
const NOW = new Date('2026-03-02T09:00:00Z');

async function start(state: Partial<State> = seed()) {
  server = await startFakeGitHub(state, { now: () => NOW });
  return { gh: server, octokit: new Octokit({ baseUrl: server.url, auth: 't', log: silent }) };
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The status and message of a refused call. */
async function refusal(call: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await call;
  } catch (error: unknown) {
    if (error instanceof Error && 'status' in error && typeof error.status === 'number')
      return { status: error.status, message: error.message };
    throw error;
  }
  throw new Error('the call succeeded');
}

/** Every 2xx answer is one GitHub documents for the operation. */
function expectDocumentedStatuses(gh: FakeGitHub): void {
  const documented = new Map(
    loadOperations().map((o) => [o.operation.operationId, o.operation.statuses]),
  );
  for (const request of gh.requests)
    if (request.status >= 200 && request.status < 300)
      expect(documented.get(request.operationId ?? '')).toContain(request.status);
}

/** A commit on main with one file changed, made through the API; returns its sha. */
async function commitOnMain(
  octokit: Octokit,
  changes: Record<string, string | null>,
  parent = branchSha('main'),
): Promise<string> {
  const { data: parentCommit } = await octokit.rest.git.getCommit({
    owner,
    repo,
    commit_sha: parent,
  });
  const { data: tree } = await octokit.rest.git.createTree({
    owner,
    repo,
    base_tree: parentCommit.tree.sha,
    tree: Object.entries(changes).map(([path, content]) =>
      content === null
        ? { path, mode: '100644' as const, type: 'blob' as const, sha: null }
        : { path, mode: '100644' as const, type: 'blob' as const, content },
    ),
  });
  const { data: commit } = await octokit.rest.git.createCommit({
    owner,
    repo,
    message: 'Change',
    tree: tree.sha,
    parents: [parent],
  });
  return commit.sha;
}

describe('repos/get', () => {
  it('answers the repository with its default branch and id', async () => {
    const { gh, octokit } = await start();
    const { data } = await octokit.rest.repos.get({ owner, repo });
    expect(data).toMatchObject({
      id: DEFAULT_REPOSITORY.id,
      full_name: `${owner}/${repo}`,
      default_branch: 'main',
      private: false,
    });
    expect((await refusal(octokit.rest.repos.get({ owner: 'x', repo: 'y' }))).status).toBe(404);
    gh.assertNoViolations();
  });
});

describe('git refs', () => {
  it('reads a branch ref by heads/…, with its slashes encoded or not, and 404s an absent one', async () => {
    const { gh, octokit } = await start();
    const { data } = await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' });
    expect(data).toMatchObject({
      ref: 'refs/heads/main',
      object: { type: 'commit', sha: branchSha('main') },
    });
    const sha = await commitOnMain(octokit, { 'a.txt': 'a\n' });
    await octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/tgr/lifecycle/x', sha });
    const encoded = await octokit.rest.git.getRef({ owner, repo, ref: 'heads/tgr/lifecycle/x' });
    expect(encoded.data.object.sha).toBe(sha);
    const raw = await octokit.request(`GET /repos/${owner}/${repo}/git/ref/heads/tgr/lifecycle/x`);
    expect((raw.data as { object: { sha: string } }).object.sha).toBe(sha);
    expect(
      (await refusal(octokit.rest.git.getRef({ owner, repo, ref: 'heads/nope' }))).status,
    ).toBe(404);
    gh.assertNoViolations();
    expectDocumentedStatuses(gh);
  });

  it('creates a ref once: 422 "Reference already exists", and for a commit it does not have', async () => {
    const { gh, octokit } = await start();
    const sha = await commitOnMain(octokit, { 'a.txt': 'a\n' });
    const created = await octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/x', sha });
    expect(created.status).toBe(201);
    expect(branchFiles(gh.state, 'x')).toEqual({ ...MAIN, 'a.txt': 'a\n' });
    const again = await refusal(
      octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/x', sha }),
    );
    expect(again.status).toBe(422);
    expect(again.message).toContain('Reference already exists');
    const missing = await refusal(
      octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/y', sha: fakeSha('nothing') }),
    );
    expect(missing.status).toBe(422);
    expect(branchFiles(gh.state, 'y')).toBeUndefined();
    gh.assertNoViolations();
  });

  it('refuses a ref that is not fully qualified in create, or qualified in get, as a violation', async () => {
    const { gh, octokit } = await start();
    const bad = await refusal(
      octokit.rest.git.createRef({ owner, repo, ref: 'heads/x', sha: branchSha('main') }),
    );
    expect(bad.status).toBe(422);
    const prefixed = await refusal(
      octokit.rest.git.getRef({ owner, repo, ref: 'refs/heads/main' }),
    );
    expect(prefixed.status).toBe(422);
    expect(gh.violations.map((v) => v.reasons.join())).toEqual([
      expect.stringContaining('fully qualified'),
      expect.stringContaining('heads/… (no refs/)'),
    ]);
  });

  it('moves a ref forward, refuses a non-fast-forward without force and takes it with force', async () => {
    const { gh, octokit } = await start();
    const first = await commitOnMain(octokit, { 'a.txt': 'a\n' });
    const second = await commitOnMain(octokit, { 'b.txt': 'b\n' }, first);
    const other = await commitOnMain(octokit, { 'c.txt': 'c\n' });
    await octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/x', sha: first });
    const forward = await octokit.rest.git.updateRef({ owner, repo, ref: 'heads/x', sha: second });
    expect(forward.data.object.sha).toBe(second);
    const sideways = await refusal(
      octokit.rest.git.updateRef({ owner, repo, ref: 'heads/x', sha: other }),
    );
    expect(sideways.status).toBe(422);
    expect(sideways.message).toContain('Update is not a fast forward');
    expect(headSha(gh.state, 'x')).toBe(second);
    await octokit.rest.git.updateRef({ owner, repo, ref: 'heads/x', sha: other, force: true });
    expect(headSha(gh.state, 'x')).toBe(other);
    expect(branchFiles(gh.state, 'x')).toEqual({ ...MAIN, 'c.txt': 'c\n' });
    const absent = await refusal(
      octokit.rest.git.updateRef({ owner, repo, ref: 'heads/nope', sha: other, force: true }),
    );
    expect(absent.status).toBe(422);
    gh.assertNoViolations();
    expectDocumentedStatuses(gh);
  });

  it('deletes a ref, then answers 422 "Reference does not exist"; the default branch stays', async () => {
    const { gh, octokit } = await start();
    const sha = await commitOnMain(octokit, { 'a.txt': 'a\n' });
    await octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/x', sha });
    const deleted = await octokit.rest.git.deleteRef({ owner, repo, ref: 'heads/x' });
    expect(deleted.status).toBe(204);
    expect(branchFiles(gh.state, 'x')).toBeUndefined();
    const again = await refusal(octokit.rest.git.deleteRef({ owner, repo, ref: 'heads/x' }));
    expect(again.status).toBe(422);
    expect(again.message).toContain('Reference does not exist');
    expect(
      (await refusal(octokit.rest.git.deleteRef({ owner, repo, ref: 'heads/main' }))).status,
    ).toBe(422);
    // The commit stays, as on GitHub.
    expect((await octokit.rest.git.getCommit({ owner, repo, commit_sha: sha })).data.sha).toBe(sha);
    gh.assertNoViolations();
    expectDocumentedStatuses(gh);
  });
});

describe('git blobs, trees and commits', () => {
  it('creates blobs from utf-8 and base64 with git shas, readable at once', async () => {
    const { gh, octokit } = await start();
    const text = 'name: Ærø\n';
    const utf8 = await octokit.rest.git.createBlob({ owner, repo, content: text });
    const base64 = await octokit.rest.git.createBlob({
      owner,
      repo,
      content: Buffer.from(text).toString('base64'),
      encoding: 'base64',
    });
    expect(utf8.status).toBe(201);
    expect(utf8.data.sha).toBe(blobSha(text));
    expect(base64.data.sha).toBe(blobSha(text));
    const read = await octokit.rest.git.getBlob({ owner, repo, file_sha: utf8.data.sha });
    expect(Buffer.from(read.data.content, 'base64').toString('utf8')).toBe(text);
    const bad = await refusal(
      octokit.rest.git.createBlob({ owner, repo, content: 'x', encoding: 'latin1' }),
    );
    expect(bad.status).toBe(422);
    expect(gh.violations).toHaveLength(1);
    expectDocumentedStatuses(gh);
  });

  it('builds a tree on a base: content, a blob by sha, a deletion by sha null, and modes', async () => {
    const { gh, octokit } = await start();
    const { data: main } = await octokit.rest.git.getCommit({
      owner,
      repo,
      commit_sha: branchSha('main'),
    });
    expect(main.tree.sha).toBe(gitTree(MAIN).sha);
    const blob = await octokit.rest.git.createBlob({ owner, repo, content: 'name: Beta\n' });
    const { data: tree } = await octokit.rest.git.createTree({
      owner,
      repo,
      base_tree: main.tree.sha,
      tree: [
        { path: 'groups/alpha.yaml', mode: '100644', type: 'blob', content: 'name: Alpha\n' },
        { path: 'groups/beta.yaml', mode: '100644', type: 'blob', sha: blob.data.sha },
        { path: 'groups/old.yaml', mode: '100644', type: 'blob', sha: null },
        { path: 'tools/run.sh', mode: '100755', type: 'blob', content: '#!/bin/sh\n' },
      ],
    });
    const files = {
      'README.md': '# Registry\n',
      'groups/alpha.yaml': 'name: Alpha\n',
      'groups/beta.yaml': 'name: Beta\n',
      'tools/run.sh': '#!/bin/sh\n',
    };
    expect(tree.sha).toBe(gitTree(files, { 'tools/run.sh': '100755' }).sha);
    const listed = await octokit.rest.git.getTree({
      owner,
      repo,
      tree_sha: tree.sha,
      recursive: 'true',
    });
    expect(listed.data.tree.map((e) => `${e.mode} ${e.path}`)).toEqual([
      '100644 README.md',
      '040000 groups',
      '100644 groups/alpha.yaml',
      '100644 groups/beta.yaml',
      '040000 tools',
      '100755 tools/run.sh',
    ]);
    // Without a base, the tree holds only what it lists.
    const bare = await octokit.rest.git.createTree({
      owner,
      repo,
      tree: [{ path: 'only.txt', mode: '100644', type: 'blob', content: 'x' }],
    });
    expect(bare.data.tree.map((e) => e.path)).toEqual(['only.txt']);
    gh.assertNoViolations();
    expectDocumentedStatuses(gh);
  });

  it('refuses malformed tree entries as violations and unknown objects with 422', async () => {
    const { gh, octokit } = await start();
    const treeSha = gitTree(MAIN).sha;
    const both = await refusal(
      octokit.rest.git.createTree({
        owner,
        repo,
        base_tree: treeSha,
        tree: [{ path: 'a', mode: '100644', type: 'blob', content: 'x', sha: blobSha('x') }],
      }),
    );
    const mismatched = await refusal(
      octokit.rest.git.createTree({
        owner,
        repo,
        tree: [{ path: 'a', mode: '040000', type: 'blob', content: 'x' }],
      }),
    );
    const commitAsBase = await refusal(
      octokit.rest.git.createTree({
        owner,
        repo,
        base_tree: branchSha('main'),
        tree: [{ path: 'a', mode: '100644', type: 'blob', content: 'x' }],
      }),
    );
    expect([both.status, mismatched.status, commitAsBase.status]).toEqual([422, 422, 422]);
    expect(gh.violations).toHaveLength(3);
    const unknownBlob = await refusal(
      octokit.rest.git.createTree({
        owner,
        repo,
        tree: [{ path: 'a', mode: '100644', type: 'blob', sha: blobSha('never stored') }],
      }),
    );
    const unknownBase = await refusal(
      octokit.rest.git.createTree({
        owner,
        repo,
        base_tree: fakeSha('no tree'),
        tree: [{ path: 'a', mode: '100644', type: 'blob', content: 'x' }],
      }),
    );
    expect([unknownBlob.status, unknownBase.status]).toEqual([422, 422]);
    expect(gh.violations).toHaveLength(3);
  });

  it('makes commits authored by the token account unless told, readable by git/get-commit', async () => {
    const { gh, octokit } = await start();
    const bot = findAccount(gh.state, BOT);
    if (bot === undefined) throw new Error('no bot account');
    const treeSha = gitTree(MAIN).sha;
    const { data: made } = await octokit.rest.git.createCommit({
      owner,
      repo,
      message: 'Inactivate alpha',
      tree: treeSha,
      parents: [branchSha('main')],
    });
    expect(made).toMatchObject({
      message: 'Inactivate alpha',
      tree: { sha: treeSha },
      parents: [{ sha: branchSha('main') }],
      author: { name: BOT, email: noreplyEmail(bot), date: '2026-03-02T09:00:00Z' },
      committer: { name: BOT, email: noreplyEmail(bot) },
    });
    expect(made.sha).toMatch(/^[0-9a-f]{40}$/);
    const { data: read } = await octokit.rest.git.getCommit({ owner, repo, commit_sha: made.sha });
    expect(read).toEqual(made);
    const noTree = await refusal(
      octokit.rest.git.createCommit({ owner, repo, message: 'm', tree: fakeSha('t') }),
    );
    const noParent = await refusal(
      octokit.rest.git.createCommit({
        owner,
        repo,
        message: 'm',
        tree: treeSha,
        parents: [fakeSha('p')],
      }),
    );
    expect([noTree.status, noParent.status]).toEqual([422, 422]);
    expect(
      (await refusal(octokit.rest.git.getCommit({ owner, repo, commit_sha: fakeSha('c') }))).status,
    ).toBe(404);
    gh.assertNoViolations();
    expectDocumentedStatuses(gh);
  });
});

/** A branch `x` one commit ahead of main, through the API. */
async function branchAhead(octokit: Octokit, branch = 'x'): Promise<string> {
  const sha = await commitOnMain(octokit, { 'groups/alpha.yaml': 'name: Alpha\ncity: Bergen\n' });
  await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha });
  return sha;
}

describe('pulls/create and pulls/update', () => {
  it('opens a pull request from a branch (bare or owner:branch) with its head, files and author', async () => {
    const { gh, octokit } = await start();
    const sha = await branchAhead(octokit);
    const { data: pull } = await octokit.rest.pulls.create({
      owner,
      repo,
      head: 'x',
      base: 'main',
      title: 'Alpha moves',
      body: 'Why',
      draft: true,
    });
    expect(pull).toMatchObject({
      number: 1,
      state: 'open',
      draft: true,
      title: 'Alpha moves',
      body: 'Why',
      user: { login: BOT },
      head: { ref: 'x', sha },
      base: { ref: 'main', sha: branchSha('main') },
    });
    const files = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: 1 });
    expect(files.data.map((f) => [f.filename, f.status])).toEqual([
      ['groups/alpha.yaml', 'modified'],
    ]);
    const issue = await octokit.rest.issues.get({ owner, repo, issue_number: 1 });
    expect(issue.data.pull_request).toBeDefined();
    await branchAhead(octokit, 'y');
    const second = await octokit.rest.pulls.create({
      owner,
      repo,
      head: `${owner}:y`,
      base: 'main',
      title: 'Second',
    });
    expect(second.data.number).toBe(2);
    gh.assertNoViolations();
    expectDocumentedStatuses(gh);
  });

  it('answers 422 for an open duplicate, for no commits between, and for a missing branch', async () => {
    const { gh, octokit } = await start();
    await branchAhead(octokit);
    await octokit.rest.pulls.create({ owner, repo, head: 'x', base: 'main', title: 'T' });
    const duplicate = await refusal(
      octokit.rest.pulls.create({ owner, repo, head: 'x', base: 'main', title: 'T' }),
    );
    expect(duplicate.status).toBe(422);
    expect(duplicate.message).toContain('A pull request already exists');
    await octokit.rest.git.createRef({
      owner,
      repo,
      ref: 'refs/heads/same',
      sha: branchSha('main'),
    });
    const empty = await refusal(
      octokit.rest.pulls.create({ owner, repo, head: 'same', base: 'main', title: 'T' }),
    );
    expect(empty.status).toBe(422);
    expect(empty.message).toContain('No commits between main and same');
    const absent = await refusal(
      octokit.rest.pulls.create({ owner, repo, head: 'gone', base: 'main', title: 'T' }),
    );
    const fork = await refusal(
      octokit.rest.pulls.create({ owner, repo, head: 'mallory:x', base: 'main', title: 'T' }),
    );
    expect([absent.status, fork.status]).toEqual([422, 422]);
    expect(gh.state.pulls).toHaveLength(1);
    gh.assertNoViolations();
    // A pull request without a title is one GitHub refuses.
    await refusal(
      octokit.request('POST /repos/{owner}/{repo}/pulls', { owner, repo, head: 'x', base: 'main' }),
    );
    expect(gh.violations).toHaveLength(1);
  });

  it('edits, closes (closed_by: the token account) and reopens a pull request', async () => {
    const { gh, octokit } = await start();
    await branchAhead(octokit);
    await octokit.rest.pulls.create({ owner, repo, head: 'x', base: 'main', title: 'T' });
    const edited = await octokit.rest.pulls.update({
      owner,
      repo,
      pull_number: 1,
      title: 'New title',
      body: 'New body',
    });
    expect(edited.data).toMatchObject({ title: 'New title', body: 'New body', state: 'open' });
    const open = await octokit.rest.issues.get({ owner, repo, issue_number: 1 });
    expect(open.data).toMatchObject({ title: 'New title', closed_by: null });
    const closed = await octokit.rest.pulls.update({
      owner,
      repo,
      pull_number: 1,
      state: 'closed',
    });
    expect(closed.data).toMatchObject({ state: 'closed', merged: false, merged_by: null });
    const issue = await octokit.rest.issues.get({ owner, repo, issue_number: 1 });
    expect(issue.data).toMatchObject({ state: 'closed', closed_by: { login: BOT } });
    const reopened = await octokit.rest.pulls.update({
      owner,
      repo,
      pull_number: 1,
      state: 'open',
    });
    expect(reopened.data.state).toBe('open');
    expect(
      (await octokit.rest.issues.get({ owner, repo, issue_number: 1 })).data.closed_by,
    ).toBeNull();
    expect(
      (await refusal(octokit.rest.pulls.update({ owner, repo, pull_number: 9, title: 'x' })))
        .status,
    ).toBe(404);
    gh.assertNoViolations();
    expectDocumentedStatuses(gh);
  });

  it('will not reopen a pull request whose branch was deleted', async () => {
    const { gh, octokit } = await start();
    await branchAhead(octokit);
    await octokit.rest.pulls.create({ owner, repo, head: 'x', base: 'main', title: 'T' });
    await octokit.rest.pulls.update({ owner, repo, pull_number: 1, state: 'closed' });
    await octokit.rest.git.deleteRef({ owner, repo, ref: 'heads/x' });
    const reopen = await refusal(
      octokit.rest.pulls.update({ owner, repo, pull_number: 1, state: 'open' }),
    );
    expect(reopen.status).toBe(422);
    expect(gh.state.pulls[0]?.state).toBe('closed');
    gh.assertNoViolations();
  });

  it('closes an open pull request when its head branch is deleted, as GitHub does', async () => {
    const { gh, octokit } = await start();
    await branchAhead(octokit);
    await octokit.rest.pulls.create({ owner, repo, head: 'x', base: 'main', title: 'T' });
    await octokit.rest.git.deleteRef({ owner, repo, ref: 'heads/x' });
    const { data: pull } = await octokit.rest.pulls.get({ owner, repo, pull_number: 1 });
    expect(pull).toMatchObject({ state: 'closed', merged: false });
    const issue = await octokit.rest.issues.get({ owner, repo, issue_number: 1 });
    expect(issue.data.closed_by).toMatchObject({ login: BOT });
    gh.assertNoViolations();
  });

  it('sets closed_by when issues/update closes an issue, and clears it on reopening', async () => {
    const { gh, octokit } = await start();
    await octokit.rest.issues.create({ owner, repo, title: 'Audit' });
    await octokit.rest.issues.update({ owner, repo, issue_number: 1, state: 'closed' });
    expect(
      (await octokit.rest.issues.get({ owner, repo, issue_number: 1 })).data.closed_by,
    ).toMatchObject({ login: BOT });
    await octokit.rest.issues.update({ owner, repo, issue_number: 1, state: 'open' });
    expect(
      (await octokit.rest.issues.get({ owner, repo, issue_number: 1 })).data.closed_by,
    ).toBeNull();
    gh.assertNoViolations();
  });
});

describe('pulls/list-commits and pulls/merge', () => {
  it('lists the commits a pull request adds, oldest first, with linked accounts or null', async () => {
    const { gh, octokit } = await start();
    const first = await branchAhead(octokit);
    await octokit.rest.pulls.create({ owner, repo, head: 'x', base: 'main', title: 'T' });
    // Someone without a linked account, then a person by their no-reply address.
    const maria = findAccount(gh.state, 'maria');
    if (maria === undefined) throw new Error('no maria');
    const { data: tree } = await octokit.rest.git.createTree({
      owner,
      repo,
      base_tree: gitTree(gh.state.files.x ?? {}).sha,
      tree: [{ path: 'notes.txt', mode: '100644', type: 'blob', content: 'n\n' }],
    });
    const { data: stranger } = await octokit.rest.git.createCommit({
      owner,
      repo,
      message: 'By someone',
      tree: tree.sha,
      parents: [first],
      author: { name: 'Someone', email: 'someone@example.com' },
    });
    await octokit.rest.git.updateRef({ owner, repo, ref: 'heads/x', sha: stranger.sha });
    const third = pushCommit(gh.state, 'x', { 'groups/old.yaml': null }, 'maria');
    const { data: commits } = await octokit.rest.pulls.listCommits({ owner, repo, pull_number: 1 });
    expect(
      commits.map((c) => [c.sha, c.author?.login ?? null, c.committer?.login ?? null]),
    ).toEqual([
      [first, BOT, BOT],
      // The committer defaults to the author given, as documented.
      [stranger.sha, null, null],
      [third, 'maria', 'maria'],
    ]);
    expect(commits[2]?.commit.author?.email).toBe(noreplyEmail(maria));
    gh.assertNoViolations();
    expectDocumentedStatuses(gh);
  });

  it('merges: the base branch moves to a merge commit with the head tree, merged_by and closed_by set', async () => {
    const { gh, octokit } = await start();
    const head = await branchAhead(octokit);
    await octokit.rest.pulls.create({ owner, repo, head: 'x', base: 'main', title: 'Alpha moves' });
    const stale = await refusal(
      octokit.rest.pulls.merge({ owner, repo, pull_number: 1, sha: branchSha('main') }),
    );
    expect(stale.status).toBe(409);
    const { data: merged } = await octokit.rest.pulls.merge({
      owner,
      repo,
      pull_number: 1,
      sha: head,
    });
    expect(merged.merged).toBe(true);
    expect(headSha(gh.state, 'main')).toBe(merged.sha);
    expect(branchFiles(gh.state, 'main')).toEqual(branchFiles(gh.state, 'x'));
    const { data: commit } = await octokit.rest.git.getCommit({
      owner,
      repo,
      commit_sha: merged.sha,
    });
    expect(commit.parents.map((p) => p.sha)).toEqual([branchSha('main'), head]);
    expect(commit.tree.sha).toBe(gitTree(gh.state.files.x ?? {}).sha);
    const { data: pull } = await octokit.rest.pulls.get({ owner, repo, pull_number: 1 });
    expect(pull).toMatchObject({ state: 'closed', merged: true, merged_by: { login: BOT } });
    expect(
      (await octokit.rest.issues.get({ owner, repo, issue_number: 1 })).data.closed_by,
    ).toMatchObject({ login: BOT });
    const content = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: 'groups/alpha.yaml',
      mediaType: { format: 'raw' },
    });
    expect(content.data).toContain('Bergen');
    const again = await refusal(octokit.rest.pulls.merge({ owner, repo, pull_number: 1 }));
    expect(again.status).toBe(405);
    gh.assertNoViolations();
    expectDocumentedStatuses(gh);
  });

  it('answers 405 for a closed or draft pull request, and 404 for none', async () => {
    const { gh, octokit } = await start();
    await branchAhead(octokit);
    await branchAhead(octokit, 'y');
    await octokit.rest.pulls.create({ owner, repo, head: 'x', base: 'main', title: 'T' });
    await octokit.rest.pulls.create({
      owner,
      repo,
      head: 'y',
      base: 'main',
      title: 'D',
      draft: true,
    });
    await octokit.rest.pulls.update({ owner, repo, pull_number: 1, state: 'closed' });
    expect((await refusal(octokit.rest.pulls.merge({ owner, repo, pull_number: 1 }))).status).toBe(
      405,
    );
    expect((await refusal(octokit.rest.pulls.merge({ owner, repo, pull_number: 2 }))).status).toBe(
      405,
    );
    expect((await refusal(octokit.rest.pulls.merge({ owner, repo, pull_number: 3 }))).status).toBe(
      404,
    );
    expect(headSha(gh.state, 'main')).toBe(branchSha('main'));
    gh.assertNoViolations();
  });
});

describe('test helpers: people acting on GitHub', () => {
  it('pushCommit moves an open pull request to the new head, with recomputed files and check runs by ref', async () => {
    const { gh, octokit } = await start();
    await branchAhead(octokit);
    await octokit.rest.pulls.create({ owner, repo, head: 'x', base: 'main', title: 'T' });
    const pushed = pushCommit(gh.state, 'x', { 'groups/beta.yaml': 'name: Beta\n' }, 'alice');
    const { data: pull } = await octokit.rest.pulls.get({ owner, repo, pull_number: 1 });
    expect(pull.head.sha).toBe(pushed);
    expect(pull.commits).toBe(2);
    const files = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: 1 });
    expect(files.data.map((f) => `${f.status} ${f.filename}`)).toEqual([
      'modified groups/alpha.yaml',
      'added groups/beta.yaml',
    ]);
    await octokit.rest.checks.create({ owner, repo, name: 'Registry', head_sha: pushed });
    const runs = await octokit.rest.checks.listForRef({ owner, repo, ref: 'x' });
    expect(
      runs.data.check_runs.map((r) => [r.head_sha, r.pull_requests.map((p) => p.number)]),
    ).toEqual([[pushed, [1]]]);
    const byPullRef = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: 'groups/beta.yaml',
      ref: 'refs/pull/1/head',
      mediaType: { format: 'raw' },
    });
    expect(byPullRef.data).toBe('name: Beta\n');
    gh.assertNoViolations();
  });

  it('closePull records the person as closed_by; mergePull merges as the person', async () => {
    const { gh, octokit } = await start();
    await branchAhead(octokit);
    await branchAhead(octokit, 'y');
    await octokit.rest.pulls.create({ owner, repo, head: 'x', base: 'main', title: 'T' });
    await octokit.rest.pulls.create({ owner, repo, head: 'y', base: 'main', title: 'U' });
    closePull(gh.state, 1, 'maria');
    const closed = await octokit.rest.issues.get({ owner, repo, issue_number: 1 });
    expect(closed.data).toMatchObject({ state: 'closed', closed_by: { login: 'maria' } });
    const sha = mergePull(gh.state, 2, 'maria');
    const { data: pull } = await octokit.rest.pulls.get({ owner, repo, pull_number: 2 });
    expect(pull).toMatchObject({ merged: true, merged_by: { login: 'maria' }, state: 'closed' });
    expect(headSha(gh.state, 'main')).toBe(sha);
    expect(branchFiles(gh.state, 'main')?.['groups/alpha.yaml']).toBe(
      'name: Alpha\ncity: Bergen\n',
    );
    expect(() => mergePull(gh.state, 1, 'maria')).toThrow(/not mergeable/);
    gh.assertNoViolations();
  });

  it('leaves seeded pull requests and branches as they were until something writes', async () => {
    const head = fakeSha('seeded head');
    const files = { main: { ...MAIN }, [head]: { ...MAIN, 'new.txt': 'n\n' } };
    const { gh, octokit } = await start({
      ...seed(),
      files,
      pulls: [
        makePull({ number: 1, head: { sha: head, ref: 'topic' } }, DEFAULT_REPOSITORY, files),
      ],
    });
    const { data: commits } = await octokit.rest.pulls.listCommits({ owner, repo, pull_number: 1 });
    expect(commits.map((c) => [c.sha, c.author])).toEqual([[head, null]]);
    expect(
      (await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })).data.object.sha,
    ).toBe(branchSha('main'));
    // Moving main keeps its old head readable by sha.
    pushCommit(gh.state, 'main', { 'README.md': 'changed\n' }, 'maria');
    const old = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: 'README.md',
      ref: branchSha('main'),
      mediaType: { format: 'raw' },
    });
    expect(old.data).toBe('# Registry\n');
    gh.assertNoViolations();
  });
});

describe('a bot opens, updates, closes and cleans up its pull request', () => {
  it('drives the whole cycle through the REST API with files and head checked at each step', async () => {
    const { gh, octokit } = await start();
    const branch = 'tgr/lifecycle/alpha';
    const readFiles = async () =>
      (await octokit.rest.pulls.listFiles({ owner, repo, pull_number: 1 })).data.map(
        (f) => `${f.status} ${f.filename}`,
      );

    // Open: the base's head and tree, a tree on it, a commit, a ref, the pull request.
    const { data: repository } = await octokit.rest.repos.get({ owner, repo });
    const base = repository.default_branch;
    const { data: ref } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${base}` });
    const { data: baseCommit } = await octokit.rest.git.getCommit({
      owner,
      repo,
      commit_sha: ref.object.sha,
    });
    const { data: tree } = await octokit.rest.git.createTree({
      owner,
      repo,
      base_tree: baseCommit.tree.sha,
      tree: [
        {
          path: 'groups/alpha.yaml',
          mode: '100644',
          type: 'blob',
          content: 'name: Alpha\ncity: Oslo\nstatus: inactive\n',
        },
      ],
    });
    const { data: commit } = await octokit.rest.git.createCommit({
      owner,
      repo,
      message: 'Alpha becomes inactive',
      tree: tree.sha,
      parents: [ref.object.sha],
    });
    await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: commit.sha });
    const { data: opened } = await octokit.rest.pulls.create({
      owner,
      repo,
      head: branch,
      base,
      title: 'Alpha becomes inactive',
      body: 'Evidence',
    });
    expect(opened.head.sha).toBe(commit.sha);
    expect(await readFiles()).toEqual(['modified groups/alpha.yaml']);

    // Update: a new commit on the base again, force-pushed over the branch.
    const { data: tree2 } = await octokit.rest.git.createTree({
      owner,
      repo,
      base_tree: baseCommit.tree.sha,
      tree: [{ path: 'groups/alpha.yaml', mode: '100644', type: 'blob', sha: null }],
    });
    const { data: commit2 } = await octokit.rest.git.createCommit({
      owner,
      repo,
      message: 'Alpha is removed',
      tree: tree2.sha,
      parents: [ref.object.sha],
    });
    await octokit.rest.git.updateRef({
      owner,
      repo,
      ref: `heads/${branch}`,
      sha: commit2.sha,
      force: true,
    });
    const { data: updated } = await octokit.rest.pulls.get({ owner, repo, pull_number: 1 });
    expect(updated.head.sha).toBe(commit2.sha);
    expect(await readFiles()).toEqual(['removed groups/alpha.yaml']);
    const { data: commits } = await octokit.rest.pulls.listCommits({ owner, repo, pull_number: 1 });
    expect(commits.map((c) => [c.sha, c.commit.message, c.author?.login])).toEqual([
      [commit2.sha, 'Alpha is removed', BOT],
    ]);

    // Close and delete the branch: the pull request keeps its last head and files.
    await octokit.rest.pulls.update({ owner, repo, pull_number: 1, state: 'closed' });
    await octokit.rest.git.deleteRef({ owner, repo, ref: `heads/${branch}` });
    const { data: closed } = await octokit.rest.pulls.get({ owner, repo, pull_number: 1 });
    expect(closed).toMatchObject({ state: 'closed', merged: false, head: { sha: commit2.sha } });
    expect(await readFiles()).toEqual(['removed groups/alpha.yaml']);
    expect(branchFiles(gh.state, branch)).toBeUndefined();
    expect(branchFiles(gh.state, 'main')).toEqual(MAIN);
    expect(
      (await octokit.rest.issues.get({ owner, repo, issue_number: 1 })).data.closed_by,
    ).toMatchObject({ login: BOT });
    gh.assertNoViolations();
    expectDocumentedStatuses(gh);
  });
});
