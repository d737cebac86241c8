/**
 * The audit's steady state alone, split into the time inside the fake GitHub (this process's CPU
 * while the audit runs) and inside the audit (the child's CPU), paired with `tgr validate` on the
 * same registry. Run on Node 24 after `npm run build`:
 *
 *   npx -y node@24 --import tsx bench/audit-profile.ts
 *
 * AUDIT_GROUPS (default 10000) and AUDIT_RUNS (default 5) set the size and the rounds. With
 * AUDIT_BASELINE=<dir>, a folder inside this checkout (its fake needs node_modules) holding another
 * commit's built `dist/` and its `test/` (e.g. `git archive <sha> test | tar -x -C .tmp/old`, then
 * that commit's `npm run build` output in .tmp/old/dist), each round runs that version's audit
 * against its own fake and this one's against this fake, in alternating order, so both see the
 * same machine load. Steady state: both are first run until a run writes nothing.
 * AUDIT_CPU_PROF=<dir> writes CPU profiles of the measured rounds there: the audit process's
 * (one per run, under <dir>/<version>/) and this process's, which is the fake's (<dir>/fake).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ACTION_DEFAULTS } from '../test/support/action-runner.js';
import { fixtureAccounts } from '../test/support/audit-fixtures.js';
import { generateRegistry } from './generate.js';
import { median, runNode, type Run } from './measure.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TODAY = '2026-11-22';
const SEED = 20261122;
const GROUPS = Number(process.env.AUDIT_GROUPS ?? 10_000);
const RUNS = Number(process.env.AUDIT_RUNS ?? 5);
const BASELINE = process.env.AUDIT_BASELINE;
const CPU_PROF = process.env.AUDIT_CPU_PROF;

/** What the fake module gives this script; both versions have it. */
interface FakeModule {
  startFakeGitHub: (seed: object) => Promise<{
    url: string;
    requests: unknown[];
    writes: () => number;
    assertNoViolations: () => void;
    close: () => Promise<void>;
  }>;
  writeEventFile: (payload: object) => string;
  DEFAULT_REPOSITORY: { owner: string; repo: string };
}

interface Version {
  name: string;
  action: string;
  fake: Awaited<ReturnType<FakeModule['startFakeGitHub']>>;
  event: string;
  repository: { owner: string; repo: string };
}

interface Sample {
  wall: number;
  fakeCpu: number;
  auditCpu: number;
  requests: number;
  writes: number;
}

/** The child's own CPU time (user + system), printed at exit by the preload below. */
const CPU_PRELOAD = `data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('\\nCPU_US='+(u.user+u.system)+'\\n')})`;

function env(root: string, version: Version, maxWrites: string): NodeJS.ProcessEnv {
  const files = mkdtempSync(path.join(os.tmpdir(), 'audit-profile-runner-'));
  const result: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: root,
    GITHUB_OUTPUT: path.join(files, 'output'),
    GITHUB_STEP_SUMMARY: path.join(files, 'summary'),
    GITHUB_REPOSITORY: `${version.repository.owner}/${version.repository.repo}`,
    GITHUB_API_URL: version.fake.url,
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_EVENT_PATH: version.event,
    RUNNER_TEMP: files,
    NODE_OPTIONS: [
      `--import "${CPU_PRELOAD}"`,
      ...(CPU_PROF === undefined ? [] : [`--cpu-prof --cpu-prof-dir=${CPU_PROF}/${version.name}`]),
    ].join(' '),
  };
  writeFileSync(result.GITHUB_OUTPUT ?? '', '');
  writeFileSync(result.GITHUB_STEP_SUMMARY ?? '', '');
  for (const [name, value] of Object.entries({
    ...ACTION_DEFAULTS,
    token: 'bench-token',
    today: TODAY,
    mode: 'audit',
    'writes-per-minute': '600000',
    'retry-delay-ms': '10',
    'max-writes': maxWrites,
  }))
    result[`INPUT_${name.toUpperCase()}`] = value;
  return result;
}

async function audit(root: string, version: Version, maxWrites = '100000'): Promise<Sample> {
  const requests = version.fake.requests.length;
  const writes = version.fake.writes();
  const cpu = process.cpuUsage();
  const run: Run = await runNode(version.action, [], {
    cwd: root,
    env: env(root, version, maxWrites),
  });
  const fakeCpu = process.cpuUsage(cpu);
  if (run.status !== 0)
    throw new Error(`${version.name} audit failed: ${run.stdout.slice(-2000)}${run.stderr}`);
  version.fake.assertNoViolations();
  return {
    wall: run.ms,
    fakeCpu: (fakeCpu.user + fakeCpu.system) / 1000,
    auditCpu: Number(/CPU_US=(\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1000,
    requests: version.fake.requests.length - requests,
    writes: version.fake.writes() - writes,
  };
}

async function prepare(name: string, base: string, leaders: Set<string>): Promise<Version> {
  const fake = (await import(
    pathToFileURL(path.resolve(base, 'test/fake-github/index.ts')).href
  )) as FakeModule;
  const started = performance.now();
  const server = await fake.startFakeGitHub({
    accounts: fixtureAccounts(leaders),
    users: leaders,
  });
  console.log(`${name}: fake seeded in ${Math.round(performance.now() - started)} ms`);
  return {
    name,
    action: path.resolve(base, 'dist/index.js'),
    fake: server,
    event: fake.writeEventFile({}),
    repository: fake.DEFAULT_REPOSITORY,
  };
}

const ms = (value: number): string => `${Math.round(value).toLocaleString('en')} ms`;

async function main(): Promise<void> {
  const root = mkdtempSync(path.join(os.tmpdir(), `audit-profile-${String(GROUPS)}-`));
  try {
    generateRegistry(root, GROUPS, SEED, TODAY);
    const leaders = new Set<string>();
    for (let i = 0; i < 2 * GROUPS; i++) leaders.add(`user-${String(i)}`);
    const versions = [
      ...(BASELINE === undefined ? [] : [await prepare('baseline', BASELINE, leaders)]),
      await prepare('this', REPO, leaders),
    ];
    // Reach the steady state: every problem has its issue.
    for (const version of versions) {
      let first = true;
      for (;;) {
        const sample = await audit(root, version);
        if (first)
          console.log(
            `${version.name}: first run ${ms(sample.wall)}, ${String(sample.requests)} requests, ${String(sample.writes)} writes`,
          );
        first = false;
        if (sample.writes === 0) break;
      }
    }
    const tgr = path.join(REPO, 'dist/cli/index.js');
    const samples = new Map<string, Sample[]>(versions.map((v) => [v.name, []]));
    const validate: number[] = [];
    const profiler = CPU_PROF === undefined ? undefined : new Session();
    if (profiler !== undefined) {
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
    }
    for (let round = 0; round < RUNS; round++) {
      const run = await runNode(tgr, ['validate', '--today', TODAY], { cwd: root });
      validate.push(run.ms);
      const line = [`round ${String(round + 1)}: validate ${ms(run.ms)}`];
      for (const version of round % 2 === 0 ? versions : [...versions].reverse()) {
        const sample = await audit(root, version);
        samples.get(version.name)?.push(sample);
        line.push(
          `${version.name} ${ms(sample.wall)} (fake ${ms(sample.fakeCpu)}, audit ${ms(sample.auditCpu)}, ${String(sample.requests)} req)`,
        );
      }
      console.log(line.join(' · '));
    }
    if (profiler !== undefined && CPU_PROF !== undefined) {
      const { profile } = await profiler.post('Profiler.stop');
      mkdirSync(CPU_PROF, { recursive: true });
      writeFileSync(path.join(CPU_PROF, 'fake.cpuprofile'), JSON.stringify(profile));
      profiler.disconnect();
    }
    console.log(`\n${GROUPS.toLocaleString('en')} groups, medians of ${String(RUNS)} rounds:`);
    console.log(`  tgr validate: ${ms(median(validate))}`);
    for (const [name, list] of samples) {
      const ratio = median(list.map((sample, i) => sample.wall / (validate[i] ?? NaN)));
      console.log(
        `  ${name}: wall ${ms(median(list.map((s) => s.wall)))} (min ${ms(Math.min(...list.map((s) => s.wall)))}, max ${ms(Math.max(...list.map((s) => s.wall)))}), fake CPU ${ms(median(list.map((s) => s.fakeCpu)))}, audit CPU ${ms(median(list.map((s) => s.auditCpu)))}, ${String(list.at(-1)?.requests)} requests, ${String(list.at(-1)?.writes)} writes, ÷ validate ${ratio.toFixed(2)}×`,
      );
    }
    for (const version of versions) await version.fake.close();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
