import { registryDisk } from '../adapters/fs/registry-disk.js';
import { readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { swapPerson } from '../../test/support/check.js';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../core/policy.js';
import { RULE_PAGES } from '../report/rule-links.js';
import { MemoryPrHost, type MemoryTree } from '../../test/support/memory-pr-host.js';
import { REPO_ROOT, tempRegistry } from '../../test/support/registry.js';
import type { ChangedFile } from './changes.js';
import type { PrEvent } from './event.js';
import { readCheckRecord } from './check-record.js';
import { MAX_RECHECKS, MAX_TWIN_LOOKUPS, runPrCheck, type PrCheckResult } from './run-pr-check.js';

/**
 * The orchestrator in process, against the port in memory: each test is one attack or one
 * everyday flow, and runs in milliseconds. The same flows run through the real GitHub adapter
 * against the fake GitHub in src/action/run.pr.test.ts and run.pr-attacks.test.ts.
 */
const EXAMPLES: Record<string, string> = Object.fromEntries(
  readdirSync(path.join(REPO_ROOT, 'groups')).map((name) => [
    `groups/${name}`,
    readFileSync(path.join(REPO_ROOT, 'groups', name), 'utf8'),
  ]),
);
const UTRECHT_PATH = 'groups/utrecht-azure.yaml';
const UTRECHT = EXAMPLES[UTRECHT_PATH] ?? '';
const HIJACKED = swapPerson(UTRECHT, 'annadevries', 'stranger');

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const step of cleanup.splice(0)) step();
});

function changes(base: MemoryTree, head: MemoryTree): ChangedFile[] {
  const paths = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  return paths.flatMap((file): ChangedFile[] => {
    const before = base[file];
    const after = head[file];
    if (JSON.stringify(before) === JSON.stringify(after)) return [];
    const status = before === undefined ? 'added' : after === undefined ? 'removed' : 'modified';
    return [{ path: file, status }];
  });
}

let clock = Date.parse('2026-11-22T12:00:00Z');
const tick = (): string => new Date((clock += 60_000)).toISOString();

/** A pull request into main with `head` as its commit; the default branch checkout is `root`. */
function scenario(options: {
  author: string;
  head: MemoryTree;
  base?: MemoryTree;
  root?: string;
  baseRef?: string;
}) {
  const host = new MemoryPrHost();
  const base = options.base ?? EXAMPLES;
  host.knowPeopleIn(base);
  host.knowPeopleIn(options.head);
  const push = (head: MemoryTree, headSha: string, number = 42) => {
    host.trees[headSha] = head;
    const files = changes(base, head);
    const existing = host.pulls.find((pull) => pull.number === number);
    const pull = {
      number,
      author: options.author,
      headSha,
      baseRef: options.baseRef ?? 'main',
      state: 'open' as const,
      changedFiles: files.length,
      files,
      from: { owner: options.author, branch: 'topic' },
    };
    if (existing === undefined) host.pulls.push(pull);
    else Object.assign(existing, pull);
  };
  push(options.head, 'sha-1');
  const run = async (
    event: PrEvent = { kind: 'pull-request', number: 42, defaultBranch: 'main' },
  ) =>
    runPrCheck(
      {
        root: options.root ?? REPO_ROOT,
        disk: registryDisk(),
        today: '2026-11-22',
        policy: DEFAULT_POLICY,
        event,
        rulePages: RULE_PAGES,
        now: () => new Date(tick()),
      },
      host,
    );
  const lastCheck = () => host.checks.at(-1);
  const comment = (login: string, body: string) =>
    host.issueComments.push({
      id: host.issueComments.length + 1,
      body,
      author: login,
      authorId: host.idOf(login),
      authorIsBot: false,
      authorIsUser: true,
      updatedAt: tick(),
    });
  const review = (login: string, state: string, commitId: string, pullNumber = 42) =>
    host.allReviews.push({ author: login, state, commitId, pullNumber });
  return { host, push, run, lastCheck, comment, review };
}

/** The pull requests and verdicts the newest check run on the commit records. */
const recordOf = (check: { externalId: string | undefined } | undefined) =>
  Object.fromEntries(readCheckRecord(check?.externalId)?.verdicts ?? []);

function checked(result: PrCheckResult | undefined) {
  if (result === undefined || result.skipped !== undefined)
    throw new Error(`not checked: ${result?.skipped ?? 'no result'}`);
  return result;
}

describe('the pull-request check, in process', () => {
  it('lets a leader update their own group', async () => {
    const { run, lastCheck } = scenario({
      author: 'annadevries',
      head: { ...EXAMPLES, [UTRECHT_PATH]: UTRECHT.replace('city: Utrecht', 'city: Amersfoort') },
    });
    expect(checked((await run())[0]).report.verdict).toBe('pass');
    expect(lastCheck()).toMatchObject({ conclusion: 'success' });
    expect(recordOf(lastCheck())).toEqual({ 42: 'pass' });
  });

  it('counts an approval only on the commit it was given on', async () => {
    const { run, push, review, lastCheck } = scenario({
      author: 'stranger',
      head: { ...EXAMPLES, [UTRECHT_PATH]: UTRECHT.replace('city: Utrecht', 'city: Amersfoort') },
    });
    review('maintainer', 'APPROVED', 'sha-1');
    await run();
    expect(lastCheck()).toMatchObject({ headSha: 'sha-1', conclusion: 'success' });
    // After the approval, the stranger pushes a leadership hijack.
    push({ ...EXAMPLES, [UTRECHT_PATH]: HIJACKED }, 'sha-2');
    await run();
    expect(lastCheck()).toMatchObject({ headSha: 'sha-2', conclusion: 'action_required' });
    review('maintainer', 'APPROVED', 'sha-2');
    await run();
    expect(lastCheck()).toMatchObject({ headSha: 'sha-2', conclusion: 'success' });
    // A dismissed approval is no approval.
    review('maintainer', 'DISMISSED', 'sha-2');
    await run();
    expect(lastCheck()?.conclusion).toBe('action_required');
  });

  it('counts a /consent written after the ask, and keeps the ask date across runs', async () => {
    const swapped = swapPerson(UTRECHT, 'pjansen', 'new-coleader').replace(
      'techCommunityId: 2345678',
      'techCommunityId: 5551234',
    );
    // The co-leader hands over: nobody else loses a role.
    const { run, comment, lastCheck, host } = scenario({
      author: 'pjansen',
      head: { ...EXAMPLES, [UTRECHT_PATH]: swapped },
    });
    // A consent given before anyone asked (say, for another group): not reused.
    comment('new-coleader', '/consent');
    await run();
    expect(lastCheck()?.conclusion).toBe('action_required');
    await run();
    expect(lastCheck()?.conclusion).toBe('action_required');
    comment('new-coleader', 'Sure!\n/consent');
    await run();
    expect(lastCheck()?.conclusion).toBe('success');
    // The bot's comment was written once and then edited, never duplicated.
    expect(host.issueComments.filter((c) => c.authorIsBot)).toHaveLength(1);
  });

  it('does not carry a consent over to a new role after a push', async () => {
    const asCoLeader = swapPerson(UTRECHT, 'pjansen', 'newperson');
    const asLeader = swapPerson(UTRECHT, 'annadevries', 'newperson');
    const { run, push, comment, lastCheck } = scenario({
      author: 'pjansen',
      head: { ...EXAMPLES, [UTRECHT_PATH]: asCoLeader },
    });
    await run();
    comment('newperson', '/consent');
    await run();
    expect(lastCheck()?.conclusion).toBe('success');
    push({ ...EXAMPLES, [UTRECHT_PATH]: asLeader }, 'sha-2');
    await run();
    expect(lastCheck()).toMatchObject({ headSha: 'sha-2', conclusion: 'action_required' });
  });

  it('fails a group file turned into a symbolic link at the head', async () => {
    const { run, lastCheck } = scenario({
      author: 'annadevries',
      head: { ...EXAMPLES, [UTRECHT_PATH]: { mode: '120000', content: 'lagos-azure.yaml' } },
    });
    const result = checked((await run())[0]);
    expect(result.report.findings).toMatchObject([
      { rule: 'yaml', severity: 'error', file: UTRECHT_PATH, line: 1 },
    ]);
    expect(lastCheck()?.conclusion).toBe('failure');
  });

  it('needs a maintainer when the file on main cannot be read, whoever names themselves', async () => {
    const registry = tempRegistry({}, { examples: true });
    cleanup.push(registry.remove);
    registry.write(UTRECHT_PATH, 'name: [unclosed\n');
    const { run, lastCheck } = scenario({
      author: 'stranger',
      root: registry.root,
      head: { ...EXAMPLES, [UTRECHT_PATH]: HIJACKED },
    });
    const result = checked((await run())[0]);
    expect(result.report.groups[0]?.change.kind).toBe('update');
    expect(result.report.needs).toContainEqual(
      expect.objectContaining({ kind: 'maintainer', reason: 'unreadable-base', satisfied: false }),
    );
    expect(lastCheck()?.conclusion).toBe('action_required');
  });

  it('treats a symbolic link on main as a file it cannot read', async () => {
    const registry = tempRegistry({}, { examples: true });
    cleanup.push(registry.remove);
    registry.write('groups/elsewhere.txt', UTRECHT);
    const link = path.join(registry.root, 'groups', 'ghost-azure.yaml');
    symlinkSync('elsewhere.txt', link);
    const { run } = scenario({
      author: 'stranger',
      root: registry.root,
      head: {
        ...EXAMPLES,
        'groups/ghost-azure.yaml': HIJACKED.replace('slug: utrecht-azure', 'slug: ghost-azure'),
      },
    });
    const result = checked((await run())[0]);
    expect(result.report.needs).toContainEqual(
      expect.objectContaining({ reason: 'unreadable-base' }),
    );
  });

  it('writes nothing for a pull request into another branch', async () => {
    const { run, host } = scenario({
      author: 'stranger',
      baseRef: 'old-main',
      head: { ...EXAMPLES, [UTRECHT_PATH]: HIJACKED },
    });
    const [result] = await run();
    expect(result?.skipped).toMatch(/into old-main/);
    expect(host.applied).toEqual([]);
  });

  it('writes nothing when the pull request moves on while it is read', async () => {
    const { run, host, push } = scenario({
      author: 'annadevries',
      head: { ...EXAMPLES, [UTRECHT_PATH]: UTRECHT.replace('city: Utrecht', 'city: Amersfoort') },
    });
    // The second read of the pull request (after listing its files) sees a new push.
    host.beforePullRequest = (call) => {
      if (call === 2) push({ ...EXAMPLES, [UTRECHT_PATH]: HIJACKED }, 'sha-2');
    };
    const [result] = await run();
    expect(result?.skipped).toMatch(/moved on to sha-2/);
    expect(host.applied).toEqual([]);
  });

  it('answers a pull request of more than 3,000 files without listing or reading them', async () => {
    const { run, host, lastCheck, review } = scenario({
      author: 'annadevries',
      head: { ...EXAMPLES },
    });
    const pull = host.pulls[0];
    if (pull === undefined) throw new Error('no pull');
    pull.changedFiles = 3001;
    const result = checked((await run())[0]);
    expect(result.report.notChecked).toEqual({ count: 3001, what: 'files' });
    expect(host.calls.filter((call) => /^(changedFiles|blob|groupTree)/.test(call))).toEqual([]);
    expect(lastCheck()).toMatchObject({
      conclusion: 'action_required',
      title: 'Too large to check file by file: a maintainer must review',
    });
    review('maintainer', 'APPROVED', 'sha-1');
    await run();
    expect(lastCheck()?.conclusion).toBe('success');
  });

  it('fails closed when the listing has fewer files than the pull request changes', async () => {
    const { run, host } = scenario({
      author: 'annadevries',
      head: { ...EXAMPLES, [UTRECHT_PATH]: UTRECHT.replace('city: Utrecht', 'city: Amersfoort') },
    });
    const pull = host.pulls[0];
    if (pull === undefined) throw new Error('no pull');
    pull.changedFiles = 2;
    const result = checked((await run())[0]);
    expect(result.report.verdict).toBe('waiting');
    expect(result.report.notChecked).toEqual({ count: 2, what: 'files' });
  });

  it('reads no blob when more than 100 group files change', async () => {
    const many: MemoryTree = { ...EXAMPLES };
    for (let i = 0; i < 101; i++) many[`groups/g-${String(i)}.yaml`] = `slug: g-${String(i)}\n`;
    const { run, host } = scenario({ author: 'annadevries', head: many });
    const result = checked((await run())[0]);
    expect(result.report.notChecked).toEqual({ count: 101, what: 'group-files' });
    expect(host.calls.filter((call) => /^(blob|groupTree)/.test(call))).toEqual([]);
  });

  it('shows the most permissive verdict of twins: a copy cannot hold a leader back', async () => {
    const head = { ...EXAMPLES, [UTRECHT_PATH]: UTRECHT.replace('city: Utrecht', 'city: Zeist') };
    const { run, host, lastCheck } = scenario({ author: 'annadevries', head });
    await run();
    expect(lastCheck()?.conclusion).toBe('success');
    // A stranger opens the same commit again, and keeps re-running the check on the copy.
    const [first] = host.pulls;
    if (first === undefined) throw new Error('no pull request');
    host.pulls.push({ ...structuredClone(first), number: 43, author: 'stranger' });
    for (let i = 0; i < 3; i++) {
      const [twin] = await run({ kind: 'pull-request', number: 43, defaultBranch: 'main' });
      expect(checked(twin).report.verdict).toBe('waiting');
      expect(lastCheck()?.conclusion).toBe('success');
    }
    expect(recordOf(lastCheck())).toEqual({ 43: 'waiting', 42: 'pass' });
    // One check run on the commit, updated in place by every run.
    expect(host.checks).toHaveLength(1);
    // Once the leader's pull request is closed, the copy stands on its own merits.
    first.state = 'closed';
    await run({ kind: 'pull-request', number: 43, defaultBranch: 'main' });
    expect(lastCheck()?.conclusion).toBe('action_required');
    expect(recordOf(lastCheck())).toEqual({ 43: 'waiting' });
  });

  it('gives a twin no weight once it is into another branch or has moved on', async () => {
    const head = { ...EXAMPLES, [UTRECHT_PATH]: UTRECHT.replace('city: Utrecht', 'city: Zeist') };
    const { run, host, lastCheck } = scenario({ author: 'annadevries', head });
    await run();
    const [first] = host.pulls;
    if (first === undefined) throw new Error('no pull request');
    host.pulls.push({ ...structuredClone(first), number: 43, author: 'stranger' });
    first.baseRef = 'release';
    await run({ kind: 'pull-request', number: 43, defaultBranch: 'main' });
    expect(lastCheck()?.conclusion).toBe('action_required');
    first.baseRef = 'main';
    first.headSha = 'sha-other';
    await run({ kind: 'pull-request', number: 43, defaultBranch: 'main' });
    expect(lastCheck()?.conclusion).toBe('action_required');
  });

  it('looks up at most MAX_TWIN_LOOKUPS twins, and none when its own verdict is a pass', async () => {
    const head = { ...EXAMPLES, [UTRECHT_PATH]: UTRECHT.replace('city: Utrecht', 'city: Zeist') };
    const { run, host } = scenario({ author: 'stranger', head });
    // Eight closed twins once recorded a pass on this commit.
    const verdicts = Array.from({ length: 8 }, (_, i) => `pr-${String(100 + i)}:pass`);
    host.checks.push({
      id: 1,
      externalId: verdicts.join(','),
      headSha: 'sha-1',
      conclusion: 'success',
      title: '',
    });
    for (const [index] of verdicts.entries()) {
      const [first] = host.pulls;
      if (first === undefined) throw new Error('no pull request');
      host.pulls.push({ ...structuredClone(first), number: 100 + index, state: 'closed' });
    }
    host.calls.length = 0;
    await run();
    const lookups = host.calls.filter((call) => /^pullRequest 1\d\d$/.test(call));
    expect(lookups).toHaveLength(MAX_TWIN_LOOKUPS);
    host.calls.length = 0;
    const leader = scenario({ author: 'annadevries', head });
    leader.host.checks.push(...host.checks.filter((check) => check.id === 1));
    leader.host.calls.length = 0;
    await leader.run();
    expect(leader.host.calls.filter((call) => /^pullRequest 1\d\d$/.test(call))).toEqual([]);
  });

  it('answers /consent from someone it never asked after one read, writing nothing', async () => {
    const swapped = swapPerson(UTRECHT, 'pjansen', 'newperson');
    // The co-leader hands over: only the newcomer is asked.
    const { run, host, comment, lastCheck } = scenario({
      author: 'pjansen',
      head: { ...EXAMPLES, [UTRECHT_PATH]: swapped },
    });
    const consent = (commenter: string): PrEvent => ({
      kind: 'comment',
      number: 42,
      defaultBranch: 'main',
      commenter,
    });
    // Before the check asked anyone, nobody's /consent can count.
    comment('newperson', '/consent');
    expect(await run(consent('newperson'))).toEqual([
      { number: 42, skipped: 'the /consent is not from anyone this check asked' },
    ]);
    await run();
    host.calls.length = 0;
    host.applied.length = 0;
    comment('stranger', '/consent');
    const [skipped] = await run(consent('stranger'));
    expect(skipped?.skipped).toMatch(/not from anyone this check asked/);
    expect(host.calls).toEqual(['firstComments']);
    expect(host.applied).toEqual([]);
    comment('newperson', '/consent');
    await run(consent('newperson'));
    expect(lastCheck()?.conclusion).toBe('success');
  });

  it('does not skip when the first page of comments is full and holds no record', async () => {
    const { run, host, comment } = scenario({
      author: 'annadevries',
      head: { ...EXAMPLES, [UTRECHT_PATH]: UTRECHT.replace('city: Utrecht', 'city: Zeist') },
    });
    for (let i = 0; i < 100; i++) comment('someone', `comment ${String(i)}`);
    const [result] = await run({
      kind: 'comment',
      number: 42,
      defaultBranch: 'main',
      commenter: 'stranger',
    });
    expect(result?.skipped).toBeUndefined();
    expect(host.applied.length).toBeGreaterThan(0);
  });

  it('finds the pull request of a review by its head, and re-checks it', async () => {
    const { run, review, lastCheck } = scenario({
      author: 'stranger',
      head: { ...EXAMPLES, [UTRECHT_PATH]: HIJACKED },
    });
    await run();
    review('maintainer', 'APPROVED', 'sha-1');
    const results = await run({
      kind: 'review',
      head: { owner: 'stranger', branch: 'topic', sha: 'sha-1' },
      defaultBranch: 'main',
    });
    expect(results.map((result) => result.number)).toEqual([42]);
    expect(lastCheck()?.conclusion).toBe('success');
    const none = await run({
      kind: 'review',
      head: { owner: 'someone', branch: 'topic', sha: 'sha-1' },
      defaultBranch: 'main',
    });
    expect(none).toEqual([
      { number: undefined, skipped: 'no open pull request into main comes from that branch' },
    ]);
  });

  describe('after a push to main', () => {
    const pushed = (before: string): PrEvent => ({
      kind: 'push',
      before,
      after: 'main-2',
      defaultBranch: 'main',
    });
    const otherGroup = 'groups/lagos-azure.yaml';

    it('re-checks only the pull requests that touch a group the push changed', async () => {
      const { host, push, run } = scenario({
        author: 'pjansen',
        head: { ...EXAMPLES, [UTRECHT_PATH]: UTRECHT.replace('city: Utrecht', 'city: Zeist') },
      });
      push({ ...EXAMPLES, [otherGroup]: `${EXAMPLES[otherGroup] ?? ''}# edited\n` }, 'sha-7', 7);
      host.trees['main-1'] = EXAMPLES;
      host.trees['main-2'] = { ...EXAMPLES, [otherGroup]: 'city: Ikeja\n' };
      const results = await run(pushed('main-1'));
      expect(results.map((result) => [result.number, result.skipped])).toEqual([
        [42, 'it changes no group file the push changed'],
        [7, undefined],
      ]);
    });

    it('re-checks every one it looks at when the push’s before cannot be read, at most 20', async () => {
      const { host, push, run } = scenario({ author: 'pjansen', head: EXAMPLES });
      for (let number = 100; number < 130; number++)
        push(EXAMPLES, `sha-${String(number)}`, number);
      host.trees['main-2'] = EXAMPLES;
      const results = await run(pushed('gone'));
      expect(results).toHaveLength(MAX_RECHECKS);
      expect(host.calls).toContain(`recentPullRequestsInto main ${String(MAX_RECHECKS)}`);
      expect(host.calls.filter((call) => call.startsWith('changedFiles'))).toHaveLength(
        MAX_RECHECKS,
      );
    });

    it('does nothing when the push changed no group file', async () => {
      const { host, run } = scenario({ author: 'pjansen', head: EXAMPLES });
      host.trees['main-1'] = EXAMPLES;
      host.trees['main-2'] = EXAMPLES;
      expect(await run(pushed('main-1'))).toEqual([
        { number: undefined, skipped: 'the push changed no group file' },
      ]);
      expect(host.calls).toEqual(['groupTree main-1', 'groupTree main-2']);
    });
  });
});
