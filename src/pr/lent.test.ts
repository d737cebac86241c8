import { describe, expect, it } from 'vitest';
import { authorOf, formIssueNumber, lendingOf, type FormRead } from './lent.js';
import type { IssueInfo, PullRequestInfo } from './port.js';

const ANNA = 48213907;
const issue = (extra: Partial<IssueInfo> = {}): IssueInfo => ({
  number: 7,
  state: 'open',
  isPullRequest: false,
  author: 'annadevries',
  authorId: ANNA,
  authorIsUser: true,
  ...extra,
});
const form = (extra: Partial<FormRead> = {}): FormRead => ({
  number: 7,
  issue: issue(),
  edit: { edited: false, editor: undefined },
  ...extra,
});
const LENT = {
  kind: 'lent',
  issue: 7,
  author: { login: 'annadevries', id: ANNA, isUser: true },
} as const;

describe('formIssueNumber: the issue a head branch names', () => {
  it.each([
    ['tgr/issue-7', true, 7],
    ['tgr/issue-1234567890', true, 1234567890],
    ['tgr/issue-7', false, undefined],
    ['tgr/issue-07', true, undefined],
    ['tgr/issue-0', true, undefined],
    ['tgr/issue-7x', true, undefined],
    ['x/tgr/issue-7', true, undefined],
    ['tgr/issue-7/more', true, undefined],
    ['TGR/issue-7', true, undefined],
    ['tgr/issue-12345678901', true, undefined],
  ])('%s (in this repository: %s) → %s', (headRef, headInBase, expected) => {
    expect(formIssueNumber({ headRef, headInBase })).toBe(expected);
  });
});

describe('lendingOf: what an issue lends', () => {
  it('lends the author of an open issue never edited, or last edited by them', () => {
    expect(lendingOf(form())).toEqual(LENT);
    expect(lendingOf(form({ edit: { edited: true, editor: { id: ANNA, isUser: true } } }))).toEqual(
      LENT,
    );
  });

  it.each([
    ['another person', { edited: true, editor: { id: 5, isUser: true } }],
    ['a bot', { edited: true, editor: { id: 41898282, isUser: false } }],
    ['a deleted account', { edited: true, editor: undefined }],
    [
      'an account with the author’s id that is no User',
      { edited: true, editor: { id: ANNA, isUser: false } },
    ],
  ])('an edit by %s lends nothing, and says so', (_, edit) => {
    expect(lendingOf(form({ edit }))).toEqual({ kind: 'edited', issue: 7 });
  });

  it.each([
    ['not a form', undefined],
    ['no such issue', form({ issue: undefined, edit: undefined })],
    ['a closed issue', form({ issue: issue({ state: 'closed' }) })],
    ['a pull request', form({ issue: issue({ isPullRequest: true }) })],
    ['an issue by a bot', form({ issue: issue({ authorIsUser: false }) })],
    ['an issue by a deleted account', form({ issue: issue({ authorId: undefined }) })],
    ['an issue whose editor was not read', form({ edit: undefined })],
  ])('%s lends nothing', (_, read) => {
    expect(lendingOf(read)).toEqual({ kind: 'own' });
  });

  it('takes the issue’s author as the author only when lent', () => {
    const pr: PullRequestInfo = {
      number: 42,
      author: 'github-actions[bot]',
      authorId: 41898282,
      authorIsUser: false,
      headSha: 'sha-1',
      headRef: 'tgr/issue-7',
      headInBase: true,
      baseRef: 'main',
      state: 'open',
      changedFiles: 1,
    };
    expect(authorOf(pr, LENT)).toEqual(LENT.author);
    const bot = { login: 'github-actions[bot]', id: 41898282, isUser: false };
    expect(authorOf(pr, { kind: 'edited', issue: 7 })).toEqual(bot);
    expect(authorOf(pr, { kind: 'own' })).toEqual(bot);
  });
});
