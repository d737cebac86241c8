import { describe, expect, it } from 'vitest';
import {
  authorOf,
  bodySha256,
  formIssueNumber,
  formMarker,
  lendingOf,
  type FormRead,
} from './lent.js';
import type { IssueInfo, PullRequestInfo } from './port.js';

const ANNA = 48213907;
const BOT = 41898282;
const BODY = '### Group\n\nutrecht-azure\n';
const HASH = bodySha256(BODY);
const line = (fields: string) => `Closes #7\n\n<!-- tgr-issue-ops ${fields} -->`;
const MARKER = line(`issue=7 group=utrecht-azure author=${String(ANNA)} body=${HASH}`);
const issue = (extra: Partial<IssueInfo> = {}): IssueInfo => ({
  number: 7,
  state: 'open',
  isPullRequest: false,
  author: 'annadevries',
  authorId: ANNA,
  authorIsUser: true,
  body: BODY,
  ...extra,
});
const form = (extra: Partial<FormRead> = {}): FormRead => ({
  number: 7,
  issue: issue(),
  edit: { edited: false, editor: undefined },
  pullBody: MARKER,
  commits: { ids: [BOT], complete: true, head: 'sha-1' },
  own: BOT,
  headSha: 'sha-1',
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

describe('formMarker: the issue and body a pull request says it was built from', () => {
  it('reads the hidden line, whatever the order of its fields', () => {
    expect(formMarker(MARKER)).toEqual({ issue: 7, bodySha256: HASH });
    expect(formMarker(line(`body=${HASH} issue=7`))).toEqual({ issue: 7, bodySha256: HASH });
  });

  it.each([
    ['no line', 'Closes #7'],
    ['no body hash (an older bundle)', line('issue=7 group=utrecht-azure author=1')],
    ['a hash that is not sha256 hex', line(`issue=7 body=${HASH.toUpperCase()}`)],
    ['an issue number written another way', line(`issue=07 body=${HASH}`)],
    ['two lines', `${MARKER}\n${line(`issue=7 body=${bodySha256('other')}`)}`],
  ])('%s is no marker', (_, body) => {
    expect(formMarker(body)).toBeUndefined();
  });

  it('hashes the body’s UTF-8 bytes', () => {
    expect(bodySha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    // é is two bytes in UTF-8 (c3 a9), one in Latin-1.
    expect(bodySha256('é')).toBe(
      '4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c',
    );
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
    ['an issue whose commits were not read', form({ commits: undefined })],
  ])('%s lends nothing', (_, read) => {
    expect(lendingOf(read)).toEqual({ kind: 'own' });
  });

  it.each([
    ['a commit by another account', { ids: [BOT, ANNA], complete: true, head: 'sha-1' }],
    ['a commit linked to no account', { ids: [BOT, undefined], complete: true, head: 'sha-1' }],
    ['more commits than GitHub lists', { ids: [BOT], complete: false, head: 'sha-1' }],
    ['no commits', { ids: [], complete: true, head: undefined }],
    ['commits listed at another head', { ids: [BOT], complete: true, head: 'sha-2' }],
  ])('%s lends nothing, and says so', (_, commits) => {
    expect(lendingOf(form({ commits }))).toEqual({ kind: 'pushed', issue: 7 });
  });

  it.each([
    ['no hidden line', 'Closes #7'],
    ['a line for another issue', line(`issue=8 body=${HASH}`)],
    ['a line for an older body', line(`issue=7 body=${bodySha256('### Group\n\nold\n')}`)],
  ])('%s lends nothing, and says so', (_, pullBody) => {
    expect(lendingOf(form({ pullBody }))).toEqual({ kind: 'stale', issue: 7 });
  });

  it('a body edited since the pull request was built lends nothing, even by its author', () => {
    const edited = { edited: true, editor: { id: ANNA, isUser: true } };
    expect(lendingOf(form({ edit: edited, issue: issue({ body: `${BODY}more\n` }) }))).toEqual({
      kind: 'stale',
      issue: 7,
    });
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
      body: MARKER,
    };
    expect(authorOf(pr, LENT)).toEqual(LENT.author);
    const bot = { login: 'github-actions[bot]', id: 41898282, isUser: false };
    expect(authorOf(pr, { kind: 'edited', issue: 7 })).toEqual(bot);
    expect(authorOf(pr, { kind: 'own' })).toEqual(bot);
  });
});
