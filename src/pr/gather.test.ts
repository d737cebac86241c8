import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { MemoryPrHost, type MemoryPull } from '../../test/support/memory-pr-host.js';
import { accountIdOf, fileFrom, swapPerson, VALID_GROUP } from '../../test/support/check.js';
import { describeChange } from './changes.js';
import { bodySha256 } from './lent.js';
import {
  approversOf,
  copiesAsNew,
  gather,
  lookUpTwins,
  readForm,
  peopleToLookUp,
  type Sources,
} from './gather.js';
import type { GroupTree, Review } from './port.js';

/**
 * What the check reads, and the little it works out to know what to read next. The reads run
 * against the port in memory; the whole flow is in run-pr-check.test.ts.
 */
const PATH = 'groups/example.yaml';
const data = (text: string) => load(text) as Record<string, unknown>;

describe('copiesAsNew', () => {
  const tree = (...paths: string[]): GroupTree => ({
    entries: new Map(paths.map((at) => [at, { path: at, mode: '100644', sha: at }])),
    truncated: false,
  });

  it('reads a “rename” whose old path the head still has as a new group', () => {
    const renamed = { path: 'groups/b.yaml', status: 'renamed', previousPath: PATH } as const;
    expect(copiesAsNew([renamed], tree(PATH, 'groups/b.yaml'))).toEqual([
      { path: 'groups/b.yaml', status: 'added' },
    ]);
    expect(copiesAsNew([renamed], tree('groups/b.yaml'))).toEqual([renamed]);
    expect(copiesAsNew([{ path: PATH, status: 'removed' }], undefined)).toEqual([
      { path: PATH, status: 'removed' },
    ]);
  });
});

describe('peopleToLookUp', () => {
  const change = (head: string) => describeChange(PATH, data(VALID_GROUP), data(head));

  it('asks about the people a change names anew or removes, never those it leaves alone', () => {
    expect(peopleToLookUp([change(VALID_GROUP.replace('city: Utrecht', 'city: Zeist'))])).toEqual({
      logins: new Set(),
      required: new Set(),
    });
    // A handover: the newcomer must carry their own account's id; the one leaving is looked up
    // only to know whether their login is still theirs.
    expect(peopleToLookUp([change(swapPerson(VALID_GROUP, 'pjansen', 'newperson'))])).toEqual({
      logins: new Set(['newperson', 'pjansen']),
      required: new Set([`${PATH}#coLeader`]),
    });
    // An id added to or changed for the same login is checked against that login's account.
    const changedId = VALID_GROUP.replace('githubId: 61852340', 'githubId: 61852341');
    expect(peopleToLookUp([change(changedId)])).toEqual({
      logins: new Set(['pjansen']),
      required: new Set([`${PATH}#coLeader`]),
    });
  });

  it('does not look up a removed person the file gave no id', () => {
    const withoutIds = VALID_GROUP.replace(/\n\s+githubId: \d+/g, '');
    const removed = withoutIds.replace(/coLeader:\n(?:\s{2,}.*\n)+/, '');
    expect(removed).not.toContain('pjansen');
    expect(peopleToLookUp([describeChange(PATH, data(withoutIds), data(removed))]).logins).toEqual(
      new Set(),
    );
  });
});

describe('approversOf', () => {
  const review = (author: string, state: string, commitId = 'sha-1'): Review => ({
    author,
    authorId: accountIdOf(author),
    authorIsUser: true,
    state,
    commitId,
  });

  it('keeps each reviewer’s latest position on the head commit', () => {
    const reviews = [
      review('anna', 'APPROVED'),
      review('anna', 'COMMENTED'),
      review('pieter', 'APPROVED'),
      review('pieter', 'DISMISSED'),
      review('mila', 'APPROVED', 'sha-0'),
      review('olle', 'CHANGES_REQUESTED'),
      review('olle', 'APPROVED'),
      { ...review('ghost', 'APPROVED'), authorId: undefined },
      { ...review('somebot', 'APPROVED'), authorIsUser: false },
    ];
    expect(approversOf(reviews, 'sha-1')).toEqual([
      { login: 'anna', id: accountIdOf('anna'), isUser: true },
      { login: 'olle', id: accountIdOf('olle'), isUser: true },
    ]);
  });
});

describe('the reads, against the port in memory', () => {
  const hostWith = (...pulls: Array<Partial<MemoryPull> & { number: number }>) => {
    const host = new MemoryPrHost();
    for (const pull of pulls)
      host.pulls.push({
        author: 'annadevries',
        headSha: 'sha-1',
        baseRef: 'main',
        state: 'open',
        changedFiles: 0,
        files: [],
        from: { owner: 'annadevries', branch: 'topic' },
        ...pull,
      });
    return host;
  };
  const sources = (host: MemoryPrHost): Sources => ({
    host,
    base: () => Promise.resolve(new Map([[PATH, fileFrom(VALID_GROUP)]])),
    now: () => new Date('2026-11-22T12:00:00Z'),
  });

  it('looks up twins in turn and stops at the first that still is one', async () => {
    const host = hostWith(
      { number: 42 },
      { number: 7, state: 'closed' },
      { number: 8, baseRef: 'release' },
      { number: 9, headSha: 'sha-2' },
      { number: 10 },
      { number: 11 },
    );
    const pr = await host.pullRequest(42);
    host.calls.length = 0;
    expect(await lookUpTwins(pr, [7, 8, 9, 10, 11], host)).toEqual({
      twin: 10,
      forgotten: [7, 8, 9],
    });
    expect(host.calls).toEqual([7, 8, 9, 10].map((number) => `pullRequest ${String(number)}`));
    expect(await lookUpTwins(pr, [7], host)).toEqual({ twin: undefined, forgotten: [7] });
  });

  it('reads a pull request into plain data, the people and runs included', async () => {
    const head = VALID_GROUP.replace('city: Utrecht', 'city: Zeist');
    const host = hostWith({
      number: 42,
      changedFiles: 1,
      files: [{ path: PATH, status: 'modified' }],
    });
    host.trees['sha-1'] = { [PATH]: head };
    host.knowPeopleIn({ [PATH]: VALID_GROUP });
    const read = await gather(42, 'main', sources(host));
    if ('skipped' in read) throw new Error(read.skipped);
    expect(read.pr).toMatchObject({ number: 42, author: 'annadevries', headSha: 'sha-1' });
    if (!read.files.read) throw new Error('not read');
    expect(read.files.changes.map((change) => [change.path, change.fields])).toEqual([
      [PATH, ['city']],
    ]);
    expect([...read.files.heads.keys()]).toEqual([PATH]);
    expect(read.people).toEqual({
      comments: [],
      own: [],
      approvers: [],
      maintainerApproved: false,
      authorIsMaintainer: false,
      now: '2026-11-22T12:00:00.000Z',
    });
    expect(read.runs).toEqual([]);
    expect(host.calls).toEqual([
      'pullRequest 42',
      'changedFiles 42',
      'pullRequest 42',
      'groupTree sha-1',
      expect.stringMatching(/^blob /) as string,
      'comments',
      'checksOn sha-1',
    ]);
  });

  describe('the issue behind a form’s pull request', () => {
    const BOT = 'github-actions[bot]';
    const formHost = (author: string, owner = 'azure-tech-groups') => {
      const host = hostWith({ number: 42, author, from: { owner, branch: 'tgr/issue-7' } });
      host.issues.set(7, {
        number: 7,
        state: 'open',
        isPullRequest: false,
        author: 'maintainer',
        authorId: host.idOf('maintainer'),
        authorIsUser: true,
        body: 'the form',
      });
      const pull = host.pulls[0];
      if (pull !== undefined)
        pull.body = `<!-- tgr-issue-ops issue=7 body=${bodySha256('the form')} -->`;
      return host;
    };

    it('reads the issue and its editor for the check’s own branch, and takes its author', async () => {
      const host = formHost(BOT);
      const read = await gather(42, 'main', sources(host));
      if ('skipped' in read) throw new Error(read.skipped);
      expect(read.lending).toEqual({
        kind: 'lent',
        issue: 7,
        author: { login: 'maintainer', id: host.idOf('maintainer'), isUser: true },
      });
      // The issue's author has write access: the pull request is a maintainer's.
      expect(read.people.authorIsMaintainer).toBe(true);
      expect(host.calls).toEqual(
        expect.arrayContaining(['ownAccountId', 'issue 7', 'issueEdit 7', 'commitAuthors 42']),
      );
    });

    it('reads no editor of a closed issue', async () => {
      const host = formHost(BOT);
      const closed = host.issues.get(7);
      if (closed !== undefined) closed.state = 'closed';
      const pr = await host.pullRequest(42);
      expect(await readForm(pr, host)).toEqual({
        number: 7,
        issue: closed,
        edit: undefined,
        pullBody: pr.body,
        commits: undefined,
        own: host.botId,
        headSha: pr.headSha,
      });
      expect(host.calls).not.toContain('issueEdit 7');
      expect(host.calls).not.toContain('commitAuthors 42');
    });

    it.each([
      ['a person’s branch of that name', 'maintainer', 'azure-tech-groups', ['ownAccountId']],
      ['a fork’s branch of that name', BOT, 'someone', []],
    ])('reads no issue for %s', async (_, author, owner, calls) => {
      const host = formHost(author, owner);
      const pr = await host.pullRequest(42);
      host.calls.length = 0;
      expect(await readForm(pr, host)).toBeUndefined();
      expect(host.calls).toEqual(calls);
    });
  });

  it('skips a closed pull request, or one into another branch, after one read', async () => {
    const closed = hostWith({ number: 42, state: 'closed' });
    expect(await gather(42, 'main', sources(closed))).toEqual({
      skipped: 'the pull request is closed',
    });
    const elsewhere = hostWith({ number: 42, baseRef: 'release' });
    expect(await gather(42, 'main', sources(elsewhere))).toEqual({
      skipped: 'the pull request is into release; only pull requests into main are checked',
    });
    expect([...closed.calls, ...elsewhere.calls]).toEqual(['pullRequest 42', 'pullRequest 42']);
  });
});
