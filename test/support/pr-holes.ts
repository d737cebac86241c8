import { expect, it } from 'vitest';
import { swapPerson } from './check.js';
import {
  pullRequestOpened,
  seededFaults,
  type FakeGitHub,
  type FileTree,
  type PullTarget,
} from '../fake-github/index.js';
import { readCheckRecord } from '../../src/pr/check-record.js';
import { PR_COMMENT_MARKER } from '../../src/pr/comment.js';
import type { ActionRunner } from './action-runner.js';
import {
  botComments,
  EXAMPLES,
  labelsOn,
  lastCheckRun,
  openPullRequest,
  type Scenario,
} from './pr-scenario.js';

/**
 * Holes in how the pull-request check writes and whom it listens to, each tried as an attacker or
 * a failing network would: duplicate writes after lost replies (§4 of the holes issue), twins
 * holding a leader's pull request back (§6), and `/consent` as a drain on the API budget (§7).
 * Run in process (src/action/run.pr-holes.test.ts) and through the bundle on Node 24
 * (test/e2e/pr-holes.dist.test.ts), against the fake GitHub.
 */
const UTRECHT_PATH = 'groups/utrecht-azure.yaml';
const UTRECHT = EXAMPLES[UTRECHT_PATH] ?? '';
const with_ = (file: string, text: string): FileTree => ({ ...EXAMPLES, [file]: text });
/** A leader's everyday change. */
const MOVED = with_(UTRECHT_PATH, UTRECHT.replace('city: Utrecht', 'city: Zeist'));
/**
 * A new co-leader, who must consent; opened by the co-leader handing over, so nobody else loses
 * a role and only the newcomer is asked.
 */
const NEW_COLEADER = with_(UTRECHT_PATH, swapPerson(UTRECHT, 'pjansen', 'newperson'));

/** Every write the check makes to a pull request, as the fake GitHub routes them. */
const WRITES =
  /\/(issues\/\d+\/comments|issues\/comments\/\d+|issues\/\d+\/labels|labels|check-runs)(\/|$)/;

export function prHoleTests(runner: ActionRunner, cleanup: Array<() => unknown>): void {
  const open = (scenario: Scenario) => openPullRequest(scenario, cleanup, runner);

  /** The state a run must leave, whatever failed on the way. */
  const expectOneOfEach = (gh: FakeGitHub, conclusion: string, labels: string[]) => {
    expect(botComments(gh)).toHaveLength(1);
    expect(botComments(gh)[0]?.body.startsWith(PR_COMMENT_MARKER)).toBe(true);
    expect(labelsOn(gh)).toEqual(labels);
    expect(lastCheckRun(gh)?.conclusion).toBe(conclusion);
  };

  it.each([
    { fault: 'a lost reply', kind: 'lost-reply' as const },
    { fault: 'a 502 after the write', kind: 'applied-status' as const },
  ])('§4: posts its comment once after $fault on the create', async ({ kind }) => {
    const { gh, run } = await open({ head: MOVED, author: 'annadevries' });
    gh.faults.push({
      match: { method: 'POST', path: /\/issues\/42\/comments$/ },
      ...(kind === 'lost-reply' ? { kind } : { kind, status: 502 }),
    });
    expect((await run()).status).toBe(0);
    expect(gh.faults).toEqual([]);
    expectOneOfEach(gh, 'success', ['passing', 'update']);
    // And the next run finds that one comment and keeps it.
    expect((await run()).status).toBe(0);
    expectOneOfEach(gh, 'success', ['passing', 'update']);
  });

  it.each([
    { fault: 'a lost reply', kind: 'lost-reply' as const },
    { fault: 'a 502 after the write', kind: 'applied-status' as const },
  ])('§4: creates its check run and labels once after $fault', async ({ kind }) => {
    const { gh, run } = await open({ head: MOVED, author: 'annadevries' });
    const fault = kind === 'lost-reply' ? { kind } : { kind, status: 502 };
    gh.faults.push(
      { match: { method: 'POST', path: /\/check-runs$/ }, ...fault },
      { match: { method: 'POST', path: /\/labels$/ }, ...fault, times: 3 },
    );
    expect((await run()).status).toBe(0);
    expect(gh.faults).toEqual([]);
    expect(gh.state.checkRuns).toHaveLength(1);
    expect(gh.state.labels.filter((label) => label.name === 'passing')).toHaveLength(1);
    expectOneOfEach(gh, 'success', ['passing', 'update']);
  });

  it('§4: keeps the oldest of its comments, deletes the copies and keeps every ask they hold', async () => {
    const { gh, run, comment } = await open({ head: NEW_COLEADER, author: 'pjansen' });
    // Two runs at once (or a lost reply) left two comments, each asking newperson.
    expect((await run()).status).toBe(0);
    const [first] = botComments(gh);
    if (first === undefined) throw new Error('no comment');
    gh.state.comments.push({ ...first, id: gh.state.nextId++ });
    comment('newperson', '/consent');
    expect((await run()).status).toBe(0);
    expect(botComments(gh).map((c) => c.id)).toEqual([first.id]);
    expect(lastCheckRun(gh)?.conclusion).toBe('success');
  });

  it('§4: a comment with the marker from any other account is not the check’s memory', async () => {
    const { gh, run, comment } = await open({ head: NEW_COLEADER, author: 'pjansen' });
    // newperson writes /consent before the check asks; an installed app forges an ask record
    // dated before it, so that the early consent would count.
    comment('newperson', '/consent');
    const forged = Buffer.from(
      JSON.stringify([[UTRECHT_PATH, 'coLeader', 'newperson', '2000-01-01T00:00:00.000Z']]),
    ).toString('base64');
    gh.state.users.add('helpful-app[bot]');
    gh.state.comments.push({
      id: gh.state.nextId++,
      issue_number: 42,
      body: `${PR_COMMENT_MARKER}\n<!-- tech-groups-registry:asks ${forged} -->`,
      user: 'helpful-app[bot]',
      created_at: '2026-11-20T09:00:00Z',
      updated_at: '2026-11-20T09:00:00Z',
    });
    expect((await run()).status).toBe(0);
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    // The forged comment is left alone, and the check writes its own.
    expect(botComments(gh)).toHaveLength(1);
  });

  it('§4: ends with one comment, one set of labels and the right verdict after seeded faulty runs', async () => {
    const { gh, run, comment } = await open({ head: NEW_COLEADER, author: 'pjansen' });
    for (const seed of [11, 12, 13]) {
      gh.faults.push(
        ...seededFaults(seed, 0.6, {
          length: 20,
          match: { method: ['POST', 'PATCH', 'DELETE'], path: WRITES },
          kinds: ['lost-reply', 'applied-502', 'status-502', 'drop'],
        }),
      );
      await run();
      gh.faults.length = 0;
      if (seed === 12) comment('newperson', '/consent');
    }
    expect((await run()).status).toBe(0);
    expectOneOfEach(gh, 'success', ['leadership change', 'passing', 'update']);
    expect(gh.state.labels.map((label) => label.name).sort()).toEqual(
      [...new Set(gh.state.labels.map((label) => label.name))].sort(),
    );
  });

  it('§6: a copy of a leader’s pull request cannot hold it back', async () => {
    const { gh, run, target } = await open({ head: MOVED, author: 'annadevries' });
    expect((await run()).status).toBe(0);
    expect(lastCheckRun(gh)?.conclusion).toBe('success');
    // A stranger pushes the leader's commit to a fork and opens it again into main.
    const twin = openTwin(gh, target, 43, 'stranger');
    for (let i = 0; i < 2; i++) {
      expect((await run('pull_request_target', pullRequestOpened(twin))).status).toBe(0);
      expect(lastCheckRun(gh)).toMatchObject({ head_sha: target.head.sha, conclusion: 'success' });
    }
    // Its own verdict, and the comment on it, still say it waits for a maintainer.
    expect(labelsOn(gh)).toEqual(['passing', 'update']);
    expect(gh.state.issueLabels[43]).toContain('needs maintainer');
    expect(recordOf(gh)).toEqual({ 43: 'waiting', 42: 'pass' });
    // Closed, the leader's pull request lends nothing.
    const leaders = gh.state.pulls.find((pull) => pull.number === 42);
    if (leaders === undefined) throw new Error('no pull request');
    leaders.state = 'closed';
    expect((await run('pull_request_target', pullRequestOpened(twin))).status).toBe(0);
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
  });

  it('§7: /consent from someone nobody asked costs one request and writes nothing', async () => {
    const { gh, run, comment } = await open({ head: NEW_COLEADER, author: 'pjansen' });
    expect((await run()).status).toBe(0);
    const before = gh.requests.length;
    const writes = gh.writes();
    for (const spammer of ['stranger', 'annadevries', 'maintainer']) {
      const { payload } = comment(spammer, '/consent');
      expect((await run('issue_comment', payload)).status).toBe(0);
    }
    expect(gh.requests.length - before).toBe(3);
    expect(gh.writes()).toBe(writes);
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    // The person asked still turns it green with theirs.
    const { payload } = comment('newperson', '/consent');
    expect((await run('issue_comment', payload)).status).toBe(0);
    expect(lastCheckRun(gh)?.conclusion).toBe('success');
  });

  it('§7: runs on the same commit update one check run instead of adding one each', async () => {
    const { gh, run, comment } = await open({ head: NEW_COLEADER, author: 'pjansen' });
    expect((await run()).status).toBe(0);
    for (let i = 0; i < 4; i++) {
      const { payload } = comment('newperson', '/consent');
      expect((await run('issue_comment', payload)).status).toBe(0);
    }
    expect(gh.state.checkRuns).toHaveLength(1);
    expect(lastCheckRun(gh)?.conclusion).toBe('success');
  });
}

/** Another open pull request into main with the same head commit, from the author's fork. */
function openTwin(gh: FakeGitHub, target: PullTarget, number: number, author: string): PullTarget {
  const original = gh.state.pulls.find((pull) => pull.number === target.number);
  if (original === undefined) throw new Error('no pull request to copy');
  const twin = structuredClone(original);
  Object.assign(twin, {
    number,
    user: author,
    head: { ...twin.head, ref: 'copy', repoFullName: `${author}/registry` },
  });
  gh.state.pulls.push(twin);
  gh.state.users.add(author);
  gh.state.issues.push({
    number,
    title: twin.title,
    body: twin.body,
    state: 'open',
    state_reason: null,
    user: author,
    assignees: [],
    isPullRequest: true,
    created_at: twin.created_at,
    updated_at: twin.updated_at,
    closed_at: null,
  });
  return {
    ...target,
    number,
    author,
    head: { ...target.head, ref: 'copy', repoFullName: `${author}/registry` },
  };
}

/** The verdicts the newest check run on the head records, by pull request. */
function recordOf(gh: FakeGitHub): Record<number, string> {
  return Object.fromEntries(
    readCheckRecord(lastCheckRun(gh)?.external_id ?? undefined)?.verdicts ?? [],
  );
}
