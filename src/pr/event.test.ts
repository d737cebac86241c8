import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REPOSITORY,
  fakeSha,
  issueCommentOnPull,
  pullRequestOpened,
  pushToBranch,
  type PullTarget,
} from '../../test/fake-github/index.js';
import { isConsentComment, prEventFrom } from './event.js';

const target: PullTarget = {
  owner: DEFAULT_REPOSITORY.owner,
  repo: DEFAULT_REPOSITORY.repo,
  number: 42,
  author: 'annadevries',
  head: { sha: fakeSha('head'), ref: 'update' },
  base: { sha: fakeSha('base'), ref: 'main' },
};

describe('the consent command', () => {
  it.each([
    '/consent',
    '/consent   ',
    '/consent\t',
    'Happy to co-lead!\n/consent',
    '/consent\r\nThanks',
  ])('accepts %j', (body) => {
    expect(isConsentComment(body)).toBe(true);
  });

  it.each([
    '/consent-NOT, I refuse',
    '/consent no',
    '/consented',
    'I do not /consent',
    '> /consent',
    ' /consent',
    '`/consent`',
    '/Consent',
    '',
  ])('refuses %j', (body) => {
    expect(isConsentComment(body)).toBe(false);
  });
});

describe('reading the event that started the run', () => {
  it('reads a pull request and the default branch', () => {
    expect(prEventFrom('pull_request_target', pullRequestOpened(target))).toEqual({
      kind: 'pull-request',
      number: 42,
      defaultBranch: 'main',
    });
  });

  it('runs on a consent comment, and on an edit that adds or removes one', () => {
    const comment = issueCommentOnPull(target, { body: '/consent', commenter: 'PJansen' });
    expect(prEventFrom('issue_comment', comment)).toEqual({
      kind: 'comment',
      number: 42,
      defaultBranch: 'main',
      commenter: 'pjansen',
    });
    const withdrawn = { ...comment, action: 'edited', comment: { ...comment.comment, body: 'no' } };
    expect(prEventFrom('issue_comment', withdrawn).kind).toBe('ignored');
    expect(
      prEventFrom('issue_comment', { ...withdrawn, changes: { body: { from: '/consent' } } }).kind,
    ).toBe('comment');
  });

  it('ignores other comments, and comments on issues', () => {
    expect(
      prEventFrom('issue_comment', issueCommentOnPull(target, { body: 'Looks good!' })),
    ).toEqual({ kind: 'ignored', reason: 'the comment is not /consent' });
    const onIssue = issueCommentOnPull(target, { body: '/consent' });
    const issue = { ...onIssue.issue, pull_request: undefined };
    expect(prEventFrom('issue_comment', { ...onIssue, issue })).toEqual({
      kind: 'ignored',
      reason: 'the comment is on an issue, not a pull request',
    });
  });

  it('runs on a push to the default branch, and on no other push', () => {
    const [before, after] = [fakeSha('before'), fakeSha('after')];
    const push = { owner: target.owner, repo: target.repo, before, after };
    expect(prEventFrom('push', pushToBranch(push))).toEqual({
      kind: 'push',
      before,
      after,
      defaultBranch: 'main',
    });
    expect(prEventFrom('push', pushToBranch({ ...push, branch: 'topic' }))).toEqual({
      kind: 'ignored',
      reason: 'the push is not to main',
    });
    expect(prEventFrom('push', pushToBranch({ ...push, before: '0'.repeat(40) })).kind).toBe(
      'ignored',
    );
    expect(prEventFrom('push', pushToBranch({ ...push, after: 'not-a-sha' })).kind).toBe('ignored');
  });
});
