import { describe, expect, it } from 'vitest';
import {
  decideEntry,
  loginToLookUp,
  reasonText,
  type AccountLookup,
  type Entry,
} from './decide.js';

/** Anna accepted the terms on 2024-02-20; what GitHub says of her username varies per row. */
const entry = (overrides: Partial<Entry> = {}): Entry => ({
  role: 'leader',
  github: 'AnnaDeVries',
  githubId: undefined,
  termsAccepted: '2024-02-20',
  ...overrides,
});
const user = (createdAt: string, id = 48213907): AccountLookup => ({
  kind: 'user',
  id,
  login: 'annadevries',
  createdAt,
});

describe('which username an entry needs looked up', () => {
  it.each<[string, Partial<Entry>, string | undefined]>([
    ['a username without an id, lower-cased', {}, 'annadevries'],
    ['an entry with an id', { githubId: 48213907 }, undefined],
    ['an entry with an unusable id', { githubId: '48213907' }, undefined],
    ['an entry with an empty githubId', { githubId: null }, undefined],
    ['a username GitHub would refuse', { github: '@anna' }, undefined],
    ['no username', { github: undefined }, undefined],
  ])('%s', (_name, overrides, login) => {
    expect(loginToLookUp(entry(overrides))).toBe(login);
  });
});

describe('what to do with a leader entry', () => {
  it.each<[string, Partial<Entry>, AccountLookup, ReturnType<typeof decideEntry>]>([
    [
      'has an id: nothing',
      { githubId: 48213907 },
      user('2015-01-01T00:00:00Z'),
      { action: 'none' },
    ],
    [
      'a User created before the terms were accepted: write its id',
      {},
      user('2015-06-01T08:00:00Z'),
      { action: 'write', githubId: 48213907 },
    ],
    [
      'a User created on the day the terms were accepted (UTC): write its id',
      {},
      user('2024-02-20T23:59:59Z'),
      { action: 'write', githubId: 48213907 },
    ],
    [
      'a User created the day after, in UTC, though the same day in its own offset: confirm',
      {},
      user('2024-02-20T20:30:00-05:00'),
      {
        action: 'confirm',
        reason: 'created-after-terms',
        accountId: 48213907,
        createdAt: '2024-02-21',
        termsAccepted: '2024-02-20',
      },
    ],
    [
      'a User created after the terms were accepted: confirm, never write',
      {},
      user('2026-03-02T10:00:00Z', 200000001),
      {
        action: 'confirm',
        reason: 'created-after-terms',
        accountId: 200000001,
        createdAt: '2026-03-02',
        termsAccepted: '2024-02-20',
      },
    ],
    [
      'no termsAccepted: confirm',
      { termsAccepted: undefined },
      user('2015-06-01T08:00:00Z'),
      { action: 'confirm', reason: 'terms-unknown', accountId: 48213907, createdAt: '2015-06-01' },
    ],
    [
      'a termsAccepted that is no date: confirm',
      { termsAccepted: '2024-02-30' },
      user('2015-06-01T08:00:00Z'),
      { action: 'confirm', reason: 'terms-unknown', accountId: 48213907, createdAt: '2015-06-01' },
    ],
    [
      'termsAccepted: true: confirm',
      { termsAccepted: true },
      user('2015-06-01T08:00:00Z'),
      { action: 'confirm', reason: 'terms-unknown', accountId: 48213907, createdAt: '2015-06-01' },
    ],
    [
      'GitHub gives no creation date: confirm',
      {},
      user(''),
      {
        action: 'confirm',
        reason: 'created-unknown',
        accountId: 48213907,
        termsAccepted: '2024-02-20',
      },
    ],
    [
      'GitHub gives a creation date that is no timestamp: confirm',
      {},
      user('yesterday'),
      {
        action: 'confirm',
        reason: 'created-unknown',
        accountId: 48213907,
        termsAccepted: '2024-02-20',
      },
    ],
    [
      'no account has the username: confirm',
      {},
      { kind: 'none' },
      { action: 'confirm', reason: 'no-account' },
    ],
    [
      'an organisation has the username: confirm',
      {},
      { kind: 'organization', id: 9, login: 'annadevries' },
      { action: 'confirm', reason: 'organization', accountId: 9 },
    ],
    [
      "a bot's login, [bot] and all, is no username a person can have: confirm",
      { github: 'anna[bot]' },
      { kind: 'bot', id: 10, login: 'anna[bot]' },
      { action: 'confirm', reason: 'no-username' },
    ],
    [
      'a githubId that is no account number: confirm',
      { githubId: '48213907' },
      user('2015-06-01T08:00:00Z'),
      { action: 'confirm', reason: 'id-unusable' },
    ],
    [
      'an empty githubId: confirm',
      { githubId: null },
      user('2015-06-01T08:00:00Z'),
      { action: 'confirm', reason: 'id-unusable' },
    ],
    [
      'a username GitHub would refuse: confirm',
      { github: 'https://github.com/anna' },
      { kind: 'none' },
      { action: 'confirm', reason: 'no-username' },
    ],
  ])('%s', (_name, overrides, lookup, decision) => {
    expect(decideEntry(entry(overrides), () => lookup)).toEqual(decision);
  });

  it('decides a bot by its kind too, when GitHub says so of a valid username', () => {
    expect(decideEntry(entry(), () => ({ kind: 'bot', id: 10, login: 'annadevries' }))).toEqual({
      action: 'confirm',
      reason: 'bot',
      accountId: 10,
    });
  });

  it('says what a maintainer must do, in the words of issue #19', () => {
    expect(
      reasonText({
        action: 'confirm',
        reason: 'created-after-terms',
        accountId: 200000001,
        createdAt: '2026-03-02',
        termsAccepted: '2024-02-20',
      }),
    ).toBe(
      'account created 2026-03-02, after the terms were accepted on 2024-02-20: confirm it is the same person, then add githubId yourself',
    );
    expect(reasonText({ action: 'confirm', reason: 'no-account' })).toBe(
      "no GitHub account has this username now: the account was renamed or deleted; find the person's current account",
    );
  });
});
