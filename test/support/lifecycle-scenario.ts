import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, type TestContext } from 'vitest';
import { loadPlaceIndex } from '../../src/adapters/fs/places.js';
import { registryDisk } from '../../src/adapters/fs/registry-disk.js';
import { addDays, todayUtc, type PlainDate } from '../../src/core/dates.js';
import { readPolicy } from '../../src/load/policy-file.js';
import { readFileAt } from '../../src/adapters/fs/files.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { runSite } from '../../src/site/run-site.js';
import {
  DEFAULT_REPOSITORY,
  branchFiles,
  startFakeGitHub,
  writeEventFile,
  type FakeGitHub,
  type State,
} from '../fake-github/index.js';
import { runActionInProcess, type ActionRunner } from './action-runner.js';
import { fixtureAccounts, type AuditGroup, type MeetupSpec } from './audit-fixtures.js';
import { tempRegistry } from './registry.js';
import { memorySiteWriter } from './site.js';

/**
 * The program's stages over simulated days, as audit.yml runs them: the audit, the lifecycle's
 * pull requests, and the registry check on each, against the stateful fake GitHub. The workspace
 * is a checkout of the fake's default branch, taken again before every run, so what a person
 * merges in the fake is what the next run reads.
 *
 * A run that opens pull requests decides as of the real day (the Action accepts `today` only
 * with a dry run), so the scenario's days are counted back from it: the audit that first told
 * the group ran `daysAgo` days ago, with its own `today`.
 */
const { owner, repo } = DEFAULT_REPOSITORY;

/** The real day, as the Action takes it when no `today` is given. */
export const REAL_TODAY: PlainDate = todayUtc();
export const daysAgo = (days: number): PlainDate => addDays(REAL_TODAY, -days);

/** This repository's stages: inactive 30 days after an issue's 60-day date, removed 180 later. */
export const STAGES_ON = `lifecycle:
  enabled: true
  inactiveAfterDays: 30
  removeAfterDays: 180
`;

/** Six Azure meetups in the last twelve months, none leaving the window within 60 days. */
export const SIX_RECENT: readonly MeetupSpec[] = [20, 70, 120, 170, 220, 260].map((days) => ({
  date: daysAgo(days),
  title: `Azure evening ${String(days)}`,
}));

/** Two Azure meetups in the last twelve months: short of six on every day of the scenario. */
export const TWO_RECENT: readonly MeetupSpec[] = [150, 240].map((days) => ({
  date: daysAgo(days),
  title: `Azure evening ${String(days)}`,
}));

export const MAINTAINER = 'program-maintainer';

/** The schedule payload audit.yml's jobs see (the check needs the default branch named). */
const SCHEDULE = { schedule: '17 6 * * 1', repository: { default_branch: 'main' } };

export async function startLifecycle(
  finished: TestContext['onTestFinished'],
  groups: readonly AuditGroup[],
  options: { seed?: Partial<State>; runner?: ActionRunner; policy?: string } = {},
) {
  const runner = options.runner ?? runActionInProcess;
  const files: Record<string, string> = {
    '.github/program.yml': options.policy ?? STAGES_ON,
    ...Object.fromEntries(groups.map((group) => [group.path, group.text])),
  };
  const registry = tempRegistry(files);
  const logins = new Set([...groups.flatMap((group) => group.logins), MAINTAINER]);
  const gh = await startFakeGitHub({
    accounts: fixtureAccounts(logins),
    users: logins,
    collaborators: { [MAINTAINER]: 'maintain' },
    files: { main: files },
    ...options.seed,
  });
  finished(async () => {
    await gh.close();
    registry.remove();
  });
  const eventPath = writeEventFile(SCHEDULE);

  /** The workspace becomes the default branch as the fake holds it now (actions/checkout). */
  const checkout = (): void => {
    const main = branchFiles(gh.state, 'main') ?? {};
    const groupsDir = path.join(registry.root, 'groups');
    for (const name of readdirSync(groupsDir))
      if (main[`groups/${name}`] === undefined) rmSync(path.join(groupsDir, name));
    for (const [file, text] of Object.entries(main)) registry.write(file, text);
  };

  /** One job of audit.yml, on a fresh checkout; `requests` and `writes` are this run's alone. */
  const run = async (
    mode: 'audit' | 'lifecycle' | 'pr',
    inputs: Record<string, string> = {},
    env: Record<string, string> = {},
  ) => {
    checkout();
    const from = gh.requests.length;
    const writesBefore = gh.writes();
    const result = await runner({
      workspace: registry.root,
      eventName: 'schedule',
      eventPath,
      apiUrl: gh.url,
      repository: `${owner}/${repo}`,
      env,
      inputs: {
        mode,
        token: 'test-token',
        'writes-per-minute': '60000',
        'retry-delay-ms': '10',
        ...inputs,
      },
    });
    gh.assertNoViolations();
    return { ...result, requests: gh.requests.slice(from), writes: gh.writes() - writesBefore };
  };

  /** The lifecycle job, then the check job on each pull request it names (the matrix). */
  const lifecycle = async (inputs: Record<string, string> = {}) => {
    const result = await run('lifecycle', inputs);
    expect(result.status, result.stdout).toBe(0);
    const numbers = JSON.parse(result.outputs['pull-requests'] ?? '[]') as number[];
    for (const number of numbers) {
      const check = await run('pr', { 'pull-request': String(number) });
      expect(check.status, check.stdout).toBeLessThanOrEqual(1);
    }
    return { ...result, numbers };
  };

  /** The public directory built from the workspace as it is now: the slugs it lists. */
  const directory = async (): Promise<string[]> => {
    checkout();
    const writer = memorySiteWriter();
    await runSite(
      {
        root: registry.root,
        disk: registryDisk(),
        loadPlaces: loadPlaceIndex,
        today: REAL_TODAY,
        policy: readPolicy(
          path.join(registry.root, '.github/program.yml'),
          { required: true, knownRules: RULE_IDS },
          readFileAt,
        ),
      },
      writer,
    );
    const listed = JSON.parse(writer.files.get('groups.json') ?? '[]') as unknown;
    const entries = Array.isArray(listed)
      ? listed
      : ((listed as { groups?: unknown[] }).groups ?? []);
    return entries.map((entry) => String((entry as { slug?: unknown }).slug));
  };

  return { gh, run, lifecycle, checkout, directory, root: registry.root };
}

/** The lifecycle's pull requests on the fake (open and closed), with their labels. */
export function proposals(gh: FakeGitHub) {
  return gh.state.pulls
    .filter((pull) => pull.head.ref.startsWith('tgr/lifecycle/'))
    .map((pull) => ({
      number: pull.number,
      branch: pull.head.ref,
      state: pull.state,
      merged: pull.merged,
      author: pull.user,
      title: pull.title,
      body: pull.body ?? '',
      headSha: pull.head.sha,
      labels: gh.state.issueLabels[pull.number] ?? [],
    }));
}

/** The check runs on a commit, newest last. */
export function checkRunsOn(gh: FakeGitHub, sha: string) {
  return gh.state.checkRuns.filter((run) => run.head_sha === sha);
}
