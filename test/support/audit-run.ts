import { expect, type TestContext } from 'vitest';
import { runActionInProcess, type ActionRunner } from './action-runner.js';
import {
  AT_RISK_MEETUPS,
  TOO_FEW_MEETUPS,
  auditGroup,
  auditIssues,
  fixtureAccounts,
  openKeys,
  type AuditGroup,
} from './audit-fixtures.js';
import {
  DEFAULT_REPOSITORY,
  seededFaults,
  startFakeGitHub,
  writeEventFile,
  type RequestRecord,
  type State,
} from '../fake-github/index.js';
import { tempRegistry } from './registry.js';

/**
 * Scheduled audit runs (src/action/run.audit.test.ts, the smoke test in audit.dist.test.ts, and
 * the scale and soak versions in audit.dist.load.test.ts): the Action in `mode: audit`, as the
 * weekly workflow runs it, in process by default or the committed bundle on Node 24, against the
 * stateful fake GitHub.
 */
const { owner, repo } = DEFAULT_REPOSITORY;
export const TODAY = '2026-11-22';
export const ISSUES_PATH = `/repos/${owner}/${repo}/issues`;

export interface RunOptions {
  today?: string;
  maxWrites?: number;
  dryRun?: boolean;
  /** More inputs, such as `docs-url`. */
  inputs?: Readonly<Record<string, string>>;
}

/**
 * A registry workspace with these groups, a fake GitHub seeded with `seed`, and a way to run;
 * both are removed when the test finishes (tests run concurrently, each with its own).
 */
export async function startAudit(
  finished: TestContext['onTestFinished'],
  groups: readonly AuditGroup[],
  seed: Partial<State> = {},
  runner: ActionRunner = runActionInProcess,
) {
  const registry = tempRegistry(
    Object.fromEntries(groups.map((group) => [group.path, group.text])),
  );
  const users = seed.users ?? new Set(groups.flatMap((group) => group.logins));
  // The leaders' accounts with the ids their files give, so the file and GitHub agree.
  const gh = await startFakeGitHub({ accounts: fixtureAccounts(users), ...seed, users });
  finished(async () => {
    await gh.close();
    registry.remove();
  });
  const eventPath = writeEventFile({});
  /** One scheduled run; `requests` and `writes` are this run's alone. */
  const run = async (options: RunOptions = {}) => {
    const from = gh.requests.length;
    const writesBefore = gh.writes();
    const result = await runner({
      workspace: registry.root,
      eventName: 'schedule',
      eventPath,
      apiUrl: gh.url,
      repository: `${owner}/${repo}`,
      inputs: {
        mode: 'audit',
        token: 'test-token',
        today: options.today ?? TODAY,
        'dry-run': String(options.dryRun ?? false),
        'max-writes': String(options.maxWrites ?? 100),
        'writes-per-minute': '60000',
        'retry-delay-ms': '10',
        ...options.inputs,
      },
    });
    gh.assertNoViolations();
    return {
      ...result,
      requests: gh.requests.slice(from),
      writes: gh.writes() - writesBefore,
    };
  };
  return {
    gh,
    run,
    /** Writes a group's file into the workspace, as a merged pull request would. */
    put: (group: AuditGroup) => {
      registry.write(group.path, group.text);
    },
  };
}

/** Requests that could change something: anything but a GET and a GraphQL query. */
export function changing(requests: readonly RequestRecord[]): RequestRecord[] {
  return requests.filter((request) => request.method !== 'GET' && request.path !== '/graphql');
}

/**
 * A run with nothing new to do: no write, and exactly one list request per page of audit issues,
 * one account query per 100 leaders, and one query for the token's own account (to know the
 * audit's issues from copies), as the job summary also says.
 */
export function expectSteadyState(
  steady: { status: number | null; writes: number; requests: RequestRecord[]; summary: string },
  expected: { issuePages: number; accountQueries: number },
): void {
  expect(steady.status).toBe(0);
  expect(steady.writes).toBe(0);
  expect(changing(steady.requests)).toEqual([]);
  const count = (path: string) => steady.requests.filter((r) => r.path === path).length;
  expect(count(ISSUES_PATH)).toBe(expected.issuePages);
  expect(count('/graphql')).toBe(expected.accountQueries + 1);
  const total = expected.issuePages + expected.accountQueries + 1;
  expect(steady.requests).toHaveLength(total);
  expect(apiLine(steady.summary)).toBe(`GitHub API: ${String(total)} requests, 0 writes.`);
}

/** The job summary's (or log's) line on API use. */
export function apiLine(text: string): string | undefined {
  return /^GitHub API: .*$/m.exec(text)?.[0];
}

/** The job summary's line on what this run did (or, in a dry run, would do). */
export function thisRun(summary: string): string | undefined {
  return /^\*\*(?:This run|Dry run):\*\* .*$/m.exec(summary)?.[0];
}

/**
 * For each seed, runs the audit while the registry moves through three states and GitHub
 * misbehaves (a seeded fault schedule), then once clean: that run must leave one open issue per
 * live problem, never a second issue for one problem, and a run after it nothing to do. The seeds
 * run side by side. Logs and returns the totals.
 */
export async function seededFaultyRuns(
  finished: TestContext['onTestFinished'],
  seeds: readonly number[],
  runner: ActionRunner = runActionInProcess,
): Promise<{ runs: number; faults: number; failed: number }> {
  // The registry moves through three states while GitHub misbehaves, so opens, closes,
  // reopens and edits all meet faults.
  const states: Array<readonly AuditGroup[]> = [
    [
      auditGroup(1, { meetups: TOO_FEW_MEETUPS }),
      auditGroup(2, { coLeader: null }),
      auditGroup(3),
      auditGroup(4, { meetups: AT_RISK_MEETUPS }),
      auditGroup(5),
    ],
    [
      auditGroup(1),
      auditGroup(2, { coLeader: null }),
      auditGroup(3, { meetups: TOO_FEW_MEETUPS }),
      auditGroup(4, { meetups: AT_RISK_MEETUPS }),
      auditGroup(5, { coLeader: 'lead-5' }),
    ],
    [
      auditGroup(1, { meetups: TOO_FEW_MEETUPS.slice(2) }),
      auditGroup(2),
      auditGroup(3, { meetups: TOO_FEW_MEETUPS }),
      auditGroup(4),
      auditGroup(5, { coLeader: 'lead-5' }),
    ],
  ];
  const live = ['group-1/meetups-minimum', 'group-3/meetups-minimum', 'group-5/co-leader'];
  const tried = await Promise.all(
    seeds.map(async (seed) => {
      const { gh, run, put } = await startAudit(
        finished,
        states[0] ?? [],
        { users: new Set(states.flat().flatMap((group) => group.logins)) },
        runner,
      );
      gh.faults.push(...seededFaults(seed, 0.5, { length: 80, retryAfter: 1 }));
      let failed = 0;
      for (const state of states) {
        for (const group of state) put(group);
        const result = await run();
        if (result.status !== 0) failed++;
      }
      const faults = gh.requests.filter((r) => r.fault !== undefined).length;
      gh.faults.splice(0);

      const clean = await run();
      expect(clean.status, `seed ${String(seed)}: ${clean.stdout}`).toBe(0);
      expect(openKeys(gh), `seed ${String(seed)}`).toEqual(live);
      // Never a second issue for one problem, however the faults fell.
      const keys = auditIssues(gh).map((issue) => `${issue.slug}/${issue.kind}`);
      expect(keys.length, `seed ${String(seed)}: ${keys.join(' ')}`).toBe(new Set(keys).size);
      for (const issue of auditIssues(gh).filter((i) => i.state === 'closed'))
        expect(issue.stateReason, `seed ${String(seed)}`).toBe('completed');
      // And a run after that has nothing left to do.
      const steady = await run();
      expect(steady.writes, `seed ${String(seed)}`).toBe(0);
      return { runs: states.length + 2, faults, failed };
    }),
  );
  const total = tried.reduce(
    (sum, seed) => ({
      runs: sum.runs + seed.runs,
      faults: sum.faults + seed.faults,
      failed: sum.failed + seed.failed,
    }),
    { runs: 0, faults: 0, failed: 0 },
  );
  console.log(
    `seeded faults: ${String(seeds.length)} seeds, ${String(total.runs)} runs, ${String(total.faults)} faults injected, ${String(total.failed)} faulty runs failed`,
  );
  expect(total.faults).toBeGreaterThan(seeds.length);
  return total;
}
