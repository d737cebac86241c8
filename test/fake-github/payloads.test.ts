import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type PullTarget,
  issueCommentDeleted,
  issueCommentEdited,
  issueCommentOnPull,
  pullRequestOpened,
  pullRequestReviewDismissed,
  pullRequestReviewSubmitted,
  pullRequestSynchronize,
  pushToBranch,
  workflowRunCompleted,
  writeEventFile,
} from './payloads.js';
import { userId } from './shapes.js';
import { createState, deleteAccount, ensureAccount, fakeSha, registerAccount } from './state.js';

const target: PullTarget = {
  owner: 'azure-tech-groups',
  repo: 'registry',
  number: 17,
  title: 'Add Oslo group',
  body: 'New group',
  author: 'alice',
  head: { sha: fakeSha('head'), ref: 'oslo', repoFullName: 'alice/registry' },
  base: { sha: fakeSha('base'), ref: 'main' },
};

/** No trace of the example's repository, numbers or shas may survive the retargeting. */
function expectRetargeted(payload: unknown): void {
  const text = JSON.stringify(payload);
  expect(text).not.toContain('Hello-World');
  expect(text).not.toContain('Codertocat');
  expect(text).not.toMatch(/\/(pulls|pull|issues)\/[12](?=[/"#.])/);
  expect(text).not.toContain('ec26c3e57ca3a959ca5aad62de7213c562f8c821');
  expect(text).not.toMatch(/octo-org|octo-repo|Octocoders|master/);
  expect(payload).not.toHaveProperty('organization');
}

describe('event payloads from real webhook examples', () => {
  it('pull_request opened points at the target repository, fork head and base', () => {
    const payload = pullRequestOpened(target);
    expect(payload.action).toBe('opened');
    expect(payload.number).toBe(17);
    expect(payload.repository).toMatchObject({
      name: 'registry',
      full_name: 'azure-tech-groups/registry',
    });
    expect(payload.repository.owner.login).toBe('azure-tech-groups');
    expect(payload.pull_request).toMatchObject({
      number: 17,
      title: 'Add Oslo group',
      body: 'New group',
      user: { login: 'alice', type: 'User' },
      html_url: 'https://github.com/azure-tech-groups/registry/pull/17',
    });
    expect(payload.pull_request.head).toMatchObject({
      sha: target.head.sha,
      ref: 'oslo',
      label: 'alice:oslo',
      repo: { full_name: 'alice/registry', fork: true, owner: { login: 'alice' } },
    });
    expect(payload.pull_request.base).toMatchObject({
      sha: target.base.sha,
      ref: 'main',
      repo: { full_name: 'azure-tech-groups/registry', fork: false },
    });
    expect(payload.sender.login).toBe('alice');
    expectRetargeted(payload);
  });

  it('pull_request synchronize carries before and after', () => {
    const payload = pullRequestSynchronize(
      { ...target, head: { sha: target.head.sha, ref: 'oslo' } },
      'b'.repeat(40),
    );
    expect(payload).toMatchObject({
      action: 'synchronize',
      before: 'b'.repeat(40),
      after: target.head.sha,
    });
    expect(payload.pull_request.head.repo?.full_name).toBe('azure-tech-groups/registry');
    expectRetargeted(payload);
  });

  it('issue_comment created on a pull request has the pull_request key', () => {
    const payload = issueCommentOnPull(
      { ...target, labels: ['new-group'] },
      {
        body: '/recheck',
        commenter: 'bob',
        association: 'MEMBER',
        id: 99,
      },
    );
    expect(payload.issue).toMatchObject({ number: 17, user: { login: 'alice' }, assignees: [] });
    expect(payload.issue.labels.map((l) => l.name)).toEqual(['new-group']);
    expect(payload.issue.pull_request?.url).toBe(
      'https://api.github.com/repos/azure-tech-groups/registry/pulls/17',
    );
    expect(payload.comment).toMatchObject({
      id: 99,
      body: '/recheck',
      user: { login: 'bob' },
      author_association: 'MEMBER',
      html_url: 'https://github.com/azure-tech-groups/registry/pull/17#issuecomment-99',
    });
    expect(payload.sender.login).toBe('bob');
    expectRetargeted(payload);
  });

  it('carries the ids and types of the fake’s accounts when given them, else the login’s hash', () => {
    const state = createState();
    deleteAccount(state, ensureAccount(state, 'bob').login);
    const bob = registerAccount(state, 'bob');
    const org = registerAccount(state, 'alice', { type: 'Organization' });
    const withAccounts = issueCommentOnPull(
      { ...target, accounts: state.accounts },
      { body: '/recheck', commenter: 'bob' },
    );
    expect(withAccounts.comment.user).toMatchObject({ login: 'bob', id: bob.id, type: 'User' });
    expect(withAccounts.sender.id).toBe(bob.id);
    expect(withAccounts.issue.user).toMatchObject({
      id: org.id,
      type: 'Organization',
      node_id: Buffer.from(`012:Organization${String(org.id)}`).toString('base64'),
    });
    const push = pushToBranch({
      owner: target.owner,
      repo: target.repo,
      before: fakeSha('before'),
      after: fakeSha('after'),
      pusher: 'bob',
      accounts: state.accounts,
    });
    expect(push.sender.id).toBe(bob.id);
    const plain = issueCommentOnPull(target, { body: '/recheck', commenter: 'bob' });
    expect(plain.comment.user.id).toBe(userId('bob'));
    expect(bob.id).not.toBe(userId('bob'));
  });

  it('pull_request_review submitted has the reviewer and a lower-case state', () => {
    const payload = pullRequestReviewSubmitted(target, { reviewer: 'bob', state: 'approved' });
    expect(payload.review).toMatchObject({
      state: 'approved',
      user: { login: 'bob' },
      commit_id: target.head.sha,
    });
    expect(payload.pull_request.number).toBe(17);
    expect(payload.sender.login).toBe('bob');
    expectRetargeted(payload);
  });

  it('returns independent copies and writes them to a file for GITHUB_EVENT_PATH', () => {
    const first = pullRequestOpened(target);
    first.pull_request.title = 'changed';
    expect(pullRequestOpened(target).pull_request.title).toBe('Add Oslo group');
    const file = writeEventFile(first);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(first);
  });

  it('pull_request opened against another base keeps the default branch main', () => {
    const payload = pullRequestOpened({
      ...target,
      base: { sha: target.base.sha, ref: 'release' },
    });
    expect(payload.pull_request.base.ref).toBe('release');
    expect(payload.pull_request.base.label).toBe('azure-tech-groups:release');
    expect(payload.repository.default_branch).toBe('main');
    expect(payload.pull_request.base.repo.default_branch).toBe('main');
    expect(payload.pull_request.head.repo?.default_branch).toBe('main');
    expect(pullRequestOpened({ ...target, defaultBranch: 'trunk' }).repository.default_branch).toBe(
      'trunk',
    );
    expectRetargeted(payload);
  });

  it('issue_comment edited carries the old body, deleted the comment as it was', () => {
    const edited = issueCommentEdited(
      target,
      { body: 'Looks fine', commenter: 'mallory', id: 7 },
      '/approve',
    );
    expect(edited).toMatchObject({
      action: 'edited',
      changes: { body: { from: '/approve' } },
      comment: { id: 7, body: 'Looks fine', user: { login: 'mallory' } },
      issue: { number: 17, pull_request: { url: expect.stringContaining('/pulls/17') as unknown } },
    });
    expect(edited.sender.login).toBe('mallory');
    expectRetargeted(edited);

    const deleted = issueCommentDeleted(
      { ...target, sender: 'bob' },
      { body: '/approve', commenter: 'mallory', id: 7 },
    );
    expect(deleted).toMatchObject({
      action: 'deleted',
      comment: { id: 7, body: '/approve', user: { login: 'mallory' } },
    });
    expect(deleted.sender.login).toBe('bob');
    expectRetargeted(deleted);
  });

  it('pull_request_review dismissed has the review in state dismissed, on its commit', () => {
    const old = fakeSha('an earlier head');
    const payload = pullRequestReviewDismissed(
      { ...target, sender: 'maintainer' },
      { reviewer: 'bob', id: 41, commitId: old },
    );
    expect(payload.review).toMatchObject({
      id: 41,
      state: 'dismissed',
      user: { login: 'bob' },
      commit_id: old,
      html_url: 'https://github.com/azure-tech-groups/registry/pull/17#pullrequestreview-41',
      _links: {
        html: {
          href: 'https://github.com/azure-tech-groups/registry/pull/17#pullrequestreview-41',
        },
      },
    });
    expect(payload.pull_request.head.repo.full_name).toBe('alice/registry');
    expect(payload.sender.login).toBe('maintainer');
    expectRetargeted(payload);
  });

  it('workflow_run completed names the head and its repository, with no pull request for a fork', () => {
    const fork = workflowRunCompleted({
      ...target,
      sender: 'bob',
      workflowName: 'Registry PR check',
      conclusion: 'success',
    });
    expect(fork.action).toBe('completed');
    expect(fork.workflow.name).toBe('Registry PR check');
    expect(fork.workflow_run).toMatchObject({
      name: 'Registry PR check',
      event: 'pull_request_review',
      status: 'completed',
      conclusion: 'success',
      head_sha: target.head.sha,
      head_branch: 'oslo',
      head_commit: { id: target.head.sha },
      display_title: 'Add Oslo group',
      repository: {
        full_name: 'azure-tech-groups/registry',
        owner: { login: 'azure-tech-groups' },
      },
      head_repository: { full_name: 'alice/registry', fork: true, owner: { login: 'alice' } },
      actor: { login: 'bob' },
      pull_requests: [],
    });
    expect(fork.repository.full_name).toBe('azure-tech-groups/registry');
    expectRetargeted(fork);

    const own = workflowRunCompleted({
      ...target,
      head: { sha: target.head.sha, ref: 'oslo' },
      workflowName: 'Registry PR check',
      conclusion: 'failure',
      event: 'pull_request',
    });
    expect(own.workflow_run.head_repository.full_name).toBe('azure-tech-groups/registry');
    expect(own.workflow_run.event).toBe('pull_request');
    expect(own.workflow_run.pull_requests).toEqual([
      expect.objectContaining({
        number: 17,
        url: 'https://api.github.com/repos/azure-tech-groups/registry/pulls/17',
        head: expect.objectContaining({ ref: 'oslo', sha: target.head.sha }) as unknown,
        base: expect.objectContaining({ ref: 'main', sha: target.base.sha }) as unknown,
      }),
    ]);
    expectRetargeted(own);
  });
});
