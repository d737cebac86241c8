import { describe, expect, it } from 'vitest';
import { VALID_GROUP, withField } from '../../test/support/check.js';
import { memoryAccounts } from '../../test/support/memory-accounts.js';
import { memoryFiles, text } from '../../test/support/memory-feeds.js';
import { runIdentify } from './run-identify.js';

/** VALID_GROUP's leaders without their ids, under another slug and with another leader login. */
function group(slug: string, leader = 'annadevries', terms = '2024-02-20'): string {
  return withField('slug', slug, VALID_GROUP)
    .replace(`github: annadevries\n  githubId: 48213907\n`, `github: ${leader}\n`)
    .replace(`github: pjansen\n  githubId: 61852340\n`, `github: pjansen\n`)
    .replace('termsAccepted: 2024-02-20', `termsAccepted: ${terms}`);
}
const withIds = (text: string, leader: string, ids: [number, number]): string =>
  text
    .replace(`github: ${leader}\n`, `github: ${leader}\n  githubId: ${String(ids[0])}\n`)
    .replace('github: pjansen\n', `github: pjansen\n  githubId: ${String(ids[1])}\n`);

const OLD = '2015-01-01T00:00:00Z';
const directory = () =>
  memoryAccounts({
    annadevries: { kind: 'user', id: 48213907, login: 'annadevries', createdAt: OLD },
    pjansen: { kind: 'user', id: 61852340, login: 'pjansen', createdAt: OLD },
    // Registered after its holder's predecessor accepted the terms: a recycled username.
    kees: { kind: 'user', id: 200000001, login: 'kees', createdAt: '2026-03-02T09:00:00Z' },
    contoso: { kind: 'organization', id: 3, login: 'contoso' },
  });

describe('runIdentify', () => {
  it('writes the ids it may, lists the rest, and changes nothing else', async () => {
    const files = memoryFiles({
      'groups/a.yaml': group('a'),
      'groups/b.yaml': group('b', 'kees'),
      'groups/c.yaml': group('c', 'gone'),
      'groups/d.yaml': group('d', 'contoso'),
      'groups/e.yaml': VALID_GROUP,
      'groups/f.yaml': 'slug: [',
    });
    const accounts = directory();
    const outcome = await runIdentify({ dryRun: false, maxFiles: 100 }, { accounts, files });

    // One lookup for every username, before any write.
    expect(accounts.asked).toEqual([['annadevries', 'pjansen', 'kees', 'gone', 'contoso']]);
    expect(text(files.files.get('groups/a.yaml'))).toBe(
      withIds(group('a'), 'annadevries', [48213907, 61852340]),
    );
    // Only the co-leader of b, c and d: their leaders are for a maintainer.
    for (const slug of ['b', 'c', 'd']) {
      const leader = { b: 'kees', c: 'gone', d: 'contoso' }[slug] ?? '';
      expect(text(files.files.get(`groups/${slug}.yaml`))).toBe(
        group(slug, leader).replace('github: pjansen\n', 'github: pjansen\n  githubId: 61852340\n'),
      );
    }
    expect(files.writes).toEqual([
      'groups/a.yaml',
      'groups/b.yaml',
      'groups/c.yaml',
      'groups/d.yaml',
    ]);
    expect(outcome.written).toEqual([
      { group: 'groups/a.yaml', role: 'leader', login: 'annadevries', githubId: 48213907 },
      { group: 'groups/a.yaml', role: 'coLeader', login: 'pjansen', githubId: 61852340 },
      { group: 'groups/b.yaml', role: 'coLeader', login: 'pjansen', githubId: 61852340 },
      { group: 'groups/c.yaml', role: 'coLeader', login: 'pjansen', githubId: 61852340 },
      { group: 'groups/d.yaml', role: 'coLeader', login: 'pjansen', githubId: 61852340 },
    ]);
    expect(outcome.confirm).toEqual([
      {
        group: 'groups/b.yaml',
        role: 'leader',
        login: 'kees',
        reason: 'created-after-terms',
        accountId: 200000001,
        createdAt: '2026-03-02',
        termsAccepted: '2024-02-20',
        message:
          'account created 2026-03-02, after the terms were accepted on 2024-02-20: confirm it is the same person, then add githubId yourself',
      },
      {
        group: 'groups/c.yaml',
        role: 'leader',
        login: 'gone',
        reason: 'no-account',
        message:
          "no GitHub account has this username now: the account was renamed or deleted; find the person's current account",
      },
      {
        group: 'groups/d.yaml',
        role: 'leader',
        login: 'contoso',
        reason: 'organization',
        accountId: 3,
        message:
          "this username is an organisation's, not a person's: find the leader's own account",
      },
    ]);
    expect(outcome.errors).toEqual([
      {
        group: 'groups/f.yaml',
        reason: 'the file cannot be read as a group file (run tgr validate on it)',
      },
    ]);
    expect(outcome).toMatchObject({ changedFiles: 4, remaining: 0 });
    expect(outcome.lookupFailure).toBeUndefined();

    // A second run writes nothing and lists the same entries.
    const again = await runIdentify({ dryRun: false, maxFiles: 100 }, { accounts, files });
    expect(files.writes).toHaveLength(4);
    expect(again.written).toEqual([]);
    expect(again.confirm).toEqual(outcome.confirm);
    expect(again.changedFiles).toBe(0);
  });

  it('writes nothing in a dry run, and reports what it would write', async () => {
    const files = memoryFiles({ 'groups/a.yaml': group('a') });
    const outcome = await runIdentify(
      { dryRun: true, maxFiles: 100 },
      { accounts: directory(), files },
    );
    expect(files.writes).toEqual([]);
    expect(text(files.files.get('groups/a.yaml'))).toBe(group('a'));
    expect(outcome.written).toHaveLength(2);
    expect(outcome.changedFiles).toBe(1);
  });

  it('stops after maxFiles changed files and counts the files left for the next run', async () => {
    const files = memoryFiles({
      'groups/a.yaml': group('a', 'kees'),
      'groups/b.yaml': group('b'),
      'groups/c.yaml': group('c'),
      'groups/d.yaml': group('d'),
      'groups/e.yaml': VALID_GROUP,
    });
    const outcome = await runIdentify(
      { dryRun: false, maxFiles: 2 },
      { accounts: directory(), files },
    );
    expect(files.writes).toEqual(['groups/a.yaml', 'groups/b.yaml']);
    expect(outcome).toMatchObject({ changedFiles: 2, remaining: 2 });
    const next = await runIdentify(
      { dryRun: false, maxFiles: 2 },
      { accounts: directory(), files },
    );
    expect(files.writes).toEqual([
      'groups/a.yaml',
      'groups/b.yaml',
      'groups/c.yaml',
      'groups/d.yaml',
    ]);
    // a's leader stays to confirm; it never counts towards the files changed.
    expect(next).toMatchObject({ changedFiles: 2, remaining: 0 });
    expect(next.confirm.map((item) => [item.group, item.reason])).toEqual([
      ['groups/a.yaml', 'created-after-terms'],
    ]);
  });

  it('writes nothing when GitHub cannot be asked', async () => {
    const files = memoryFiles({ 'groups/a.yaml': group('a') });
    const outcome = await runIdentify(
      { dryRun: false, maxFiles: 100 },
      { accounts: memoryAccounts({}, { fail: 'GitHub answered 502' }), files },
    );
    expect(files.writes).toEqual([]);
    expect(outcome.lookupFailure).toBe('GitHub answered 502');
    expect(outcome.written).toEqual([]);
  });

  it('asks GitHub nothing when every leader has an id', async () => {
    const accounts = directory();
    const outcome = await runIdentify(
      { dryRun: false, maxFiles: 100 },
      { accounts, files: memoryFiles({ 'groups/e.yaml': VALID_GROUP }) },
    );
    expect(accounts.asked).toEqual([]);
    expect(outcome).toMatchObject({ written: [], confirm: [], errors: [], changedFiles: 0 });
  });

  it('keeps a byte-order mark and CRLF line endings', async () => {
    const crlf = `\ufeff${group('a')}`.replaceAll('\n', '\r\n');
    const files = memoryFiles({ 'groups/a.yaml': crlf });
    await runIdentify({ dryRun: false, maxFiles: 100 }, { accounts: directory(), files });
    // Decoded with the mark kept, to see that it is still there.
    const raw = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      files.files.get('groups/a.yaml'),
    );
    expect(raw).toBe(
      `\ufeff${withIds(group('a'), 'annadevries', [48213907, 61852340])}`.replaceAll('\n', '\r\n'),
    );
  });
});
