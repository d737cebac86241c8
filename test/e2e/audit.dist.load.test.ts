import { describe, expect, it } from 'vitest';
import { runActionBundle } from '../support/action-runner.js';
import { TOO_FEW_MEETUPS, auditGroup, openKeys } from '../support/audit-fixtures.js';
import { seededFaultyRuns, startAudit, thisRun, expectSteadyState } from '../support/audit-run.js';

/**
 * The compliance audit end to end at scale, for `npm run test:load`: the same properties as
 * audit.dist.test.ts proves with small cases (the write cap and no duplicates with 20 groups;
 * seeded faulty runs with two seeds), here with 600 groups and eight seeds. AUDIT_SEEDS sets
 * how many seeds (default 8); AUDIT_SEED=n replays one seed alone.
 */
const envSeeds = Number(process.env.AUDIT_SEEDS);
const SEEDS = Number.isSafeInteger(envSeeds) && envSeeds > 0 ? envSeeds : 8;

describe.concurrent('the compliance audit at scale (dist/index.js, mode audit)', () => {
  it('spreads 600 new issues over runs under max-writes, without duplicates', async ({
    onTestFinished,
  }) => {
    const groups = Array.from({ length: 600 }, (_, i) =>
      auditGroup(i + 1, { meetups: TOO_FEW_MEETUPS }),
    );
    const { gh, run } = await startAudit(onTestFinished, groups, {}, runActionBundle);
    const seen: Array<{ opened: number; deferred: string | undefined; ms: number }> = [];
    const first = await run({ maxWrites: 250 });
    expect(first.status, first.stderr).toBe(0);
    expect(first.writes).toBe(250);
    expect(openKeys(gh)).toHaveLength(250);
    expect(first.outputs).toEqual({ problems: '600', deferred: '350' });
    expect(thisRun(first.summary)).toBe(
      '**This run:** 250 opened. **350 actions are left for the next run** (the write cap was reached).',
    );
    seen.push({ opened: 250, deferred: first.outputs.deferred, ms: first.ms });

    for (let runs = 1; gh.state.issues.length < 600; runs++) {
      expect(runs, 'runs needed to open all 600').toBeLessThan(3);
      const next = await run({ maxWrites: 250 });
      expect(next.status, next.stderr).toBe(0);
      seen.push({ opened: next.writes, deferred: next.outputs.deferred, ms: next.ms });
    }
    expect(seen.map(({ opened, deferred }) => [opened, deferred])).toEqual([
      [250, '350'],
      [250, '100'],
      [100, '0'],
    ]);
    const keys = openKeys(gh);
    expect(new Set(keys).size).toBe(600);
    expect(keys).toEqual(groups.map((group) => `${group.slug}/meetups-minimum`).sort());

    const steady = await run({ maxWrites: 250 });
    // ceil(600 / 100) pages of issues and ceil(1200 / 100) account lookups.
    expectSteadyState(steady, { issuePages: 6, accountQueries: 12 });
    console.log(
      `600 groups: runs of ${seen.map(({ ms }) => `${String(ms)} ms`).join(', ')}; steady state ${String(steady.ms)} ms, ${String(steady.requests.length)} requests`,
    );
  });

  it(`ends with one open issue per live problem after ${String(SEEDS)} seeds of faulty runs and one clean run`, async ({
    onTestFinished,
  }) => {
    const replay = process.env.AUDIT_SEED;
    const seeds =
      replay === undefined ? Array.from({ length: SEEDS }, (_, i) => i + 1) : [Number(replay)];
    await seededFaultyRuns(onTestFinished, seeds, runActionBundle);
  });
});
