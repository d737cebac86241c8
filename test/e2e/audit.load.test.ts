import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runActionBundle } from '../support/action-runner.js';
import {
  auditGroup,
  fixtureAccounts,
  openKeys,
  TOO_FEW_MEETUPS,
  type AuditGroup,
} from '../support/audit-fixtures.js';
import {
  DEFAULT_REPOSITORY,
  seededFaults,
  startFakeGitHub,
  writeEventFile,
  type Fault,
} from '../fake-github/index.js';

/**
 * The fake GitHub under load: the audit over a registry of 10,000 groups, with random faults
 * (server errors, secondary rate limits and 429s with retry-after, dropped connections, lost
 * replies) injected over several seeded runs, while groups are fixed between runs. Whatever the
 * faults did, one clean run afterwards must leave exactly one open issue per live problem and
 * none for solved ones. LOAD_SEEDS (default 1, two faulty runs each) and LOAD_GROUPS (default
 * 10000) scale it up.
 */
const SEEDS = Number(process.env.LOAD_SEEDS ?? 1);
const GROUPS = Number(process.env.LOAD_GROUPS ?? 10_000);
const FAULTY_RUNS = 2;
const FAILING_EVERY = 100;

const workspace = mkdtempSync(path.join(tmpdir(), 'tgr-load-'));
afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
});

function writeRegistry(groups: readonly AuditGroup[]): void {
  rmSync(path.join(workspace, 'groups'), { recursive: true, force: true });
  mkdirSync(path.join(workspace, 'groups'));
  for (const group of groups) writeFileSync(path.join(workspace, group.path), group.text);
}

function registry(fixed: ReadonlySet<number>): AuditGroup[] {
  return Array.from({ length: GROUPS }, (_, n) =>
    auditGroup(n, n % FAILING_EVERY === 0 && !fixed.has(n) ? { meetups: TOO_FEW_MEETUPS } : {}),
  );
}

describe('the audit under load and faults', () => {
  it(`ends with one open issue per live problem after faulty runs over ${GROUPS.toLocaleString('en')} groups`, async () => {
    let runs = 0;
    let faults = 0;
    let failedRuns = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const users = new Set(registry(new Set()).flatMap((group) => group.logins));
      const gh = await startFakeGitHub({ users, accounts: fixtureAccounts(users) });
      const event = writeEventFile({});
      const audit = async (maxWrites: number) => {
        runs++;
        return runActionBundle({
          workspace,
          eventName: 'schedule',
          eventPath: event,
          apiUrl: gh.url,
          repository: `${DEFAULT_REPOSITORY.owner}/${DEFAULT_REPOSITORY.repo}`,
          inputs: {
            mode: 'audit',
            token: 't',
            today: '2026-11-22',
            'max-writes': String(maxWrites),
            'writes-per-minute': '600000',
            'retry-delay-ms': '5',
          },
        });
      };
      const fixed = new Set<number>();
      writeRegistry(registry(fixed));
      for (let run = 0; run < FAULTY_RUNS; run++) {
        // A light fault rate that retries absorb, then a heavy one that stops runs part-way.
        const rate = run === 0 ? 0.05 : 0.3;
        const schedule: Fault[] = seededFaults(seed * 100 + run, rate, {
          length: 400,
          retryAfter: 1,
        });
        faults += schedule.filter((fault) => fault.kind !== 'pass').length;
        gh.faults.push(...schedule);
        const result = await audit(150);
        if (result.status !== 0) failedRuns++;
        gh.faults.splice(0);
        // Between runs some groups fix their meetups: their issues must end up closed.
        for (let k = 0; k < 3; k++) fixed.add(FAILING_EVERY * (3 * run + k));
        writeRegistry(registry(fixed));
      }
      const clean = await audit(100_000);
      expect(clean.status, clean.stdout.slice(-3000)).toBe(0);
      gh.assertNoViolations();
      const live = registry(fixed)
        .filter((_, n) => n % FAILING_EVERY === 0 && !fixed.has(n))
        .map((group) => `${group.slug}/meetups-minimum`)
        .sort();
      expect(openKeys(gh)).toEqual(live);
      await gh.close();
    }
    console.log(
      `audit load: ${SEEDS} seeds, ${runs} runs over ${GROUPS} groups, ${faults} faults injected, ${failedRuns} runs stopped by a fault`,
    );
  });
});
