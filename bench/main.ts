/**
 * `npm run bench`: generates registries of 1,000 and 10,000 groups (deterministic from a seed)
 * and measures, on the Node it runs on (the script runs it on Node 24, the Action's runtime):
 * tgr validate against the bare js-yaml parse floor and against ajv-cli, the pull-request check on
 * a one-file change, the audit's first and steady-state runs against the fake GitHub, and
 * `tgr site` (the public directory: time, memory and the index's size). Medians
 * of BENCH_RUNS runs (default 5); BENCH_SIZES overrides the sizes (e.g. "1000,10000").
 *
 * tgr validate is measured on two shapes of registry (generate.ts): `mixed`, like the example
 * groups, and `small`, 1 KB compliant groups with 7 meetups each. BENCH_BASELINE names another
 * checkout (built, e.g. a worktree of the previous round's commit): its `dist/cli/index.js` then
 * runs in the same paired rounds, so "before ÷ after" is measured under the same load.
 * BENCH_ONLY=validate skips the pull-request check, the audit and the site.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_REPOSITORY,
  makePull,
  pullRequestOpened,
  startFakeGitHub,
  writeEventFile,
  fakeSha,
} from '../test/fake-github/index.js';
import { ACTION_DEFAULTS } from '../test/support/action-runner.js';
import { fixtureAccounts } from '../test/support/audit-fixtures.js';
import { generateRegistry, type Shape } from './generate.js';
import { paired, repeat, runNode, type Run } from './measure.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TODAY = '2026-11-22';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const SEED = 20261122;
const SINGLE_FILE_REGISTRY = 300;
const SHAPES: readonly Shape[] = ['mixed', 'small'];
const BASELINE = process.env.BENCH_BASELINE;
const ONLY_VALIDATE = process.env.BENCH_ONLY === 'validate';

const TGR = path.join(REPO, 'dist/cli/index.js');
const ACTION = path.join(REPO, 'dist/index.js');
const FLOOR = path.join(REPO, 'bench/floor.mjs');
const EMPTY = 'data:text/javascript,';
const BASELINE_TGR =
  BASELINE === undefined ? undefined : path.resolve(BASELINE, 'dist/cli/index.js');
const AJV_CLI = path.join(REPO, 'node_modules/ajv-cli/dist/index.js');
const SCHEMA = path.join(REPO, 'schemas/group.schema.json');

/** tgr validate on one registry, paired with its floor, ajv-cli and (when given) the baseline. */
interface ValidateFigures {
  validate: Run;
  floor: Run;
  ajv: Run;
  baseline: Run | undefined;
  /** Medians of the paired rounds' ratios: validate ÷ floor, validate ÷ ajv-cli, baseline ÷ validate. */
  overFloor: number;
  overAjv: number;
  baselineOverFloor: number | undefined;
  baselineOverAjv: number | undefined;
  speedUp: number | undefined;
  /** The same three in CPU time (user and system), which other work on the machine moves less. */
  cpuOverFloor: number;
  cpuOverAjv: number;
  cpuSpeedUp: number | undefined;
}

interface Figures extends ValidateFigures {
  pr: Run & { requests: number };
  auditFirst: Run & { requests: number; writes: number; problems: number };
  auditSteady: Run & { requests: number; writes: number };
  site: Run & { indexBytes: number };
}

function actionEnv(
  workspace: string,
  apiUrl: string,
  inputs: Record<string, string>,
  eventName: string,
  eventPath: string,
): NodeJS.ProcessEnv {
  const files = mkdtempSync(path.join(os.tmpdir(), 'bench-runner-'));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: path.join(files, 'output'),
    GITHUB_STEP_SUMMARY: path.join(files, 'summary'),
    GITHUB_REPOSITORY: `${DEFAULT_REPOSITORY.owner}/${DEFAULT_REPOSITORY.repo}`,
    GITHUB_API_URL: apiUrl,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    RUNNER_TEMP: files,
  };
  writeFileSync(env.GITHUB_OUTPUT ?? '', '');
  writeFileSync(env.GITHUB_STEP_SUMMARY ?? '', '');
  for (const [name, value] of Object.entries({
    ...ACTION_DEFAULTS,
    token: 'bench-token',
    today: TODAY,
    'writes-per-minute': '600000',
    'retry-delay-ms': '10',
    ...inputs,
  })) {
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  return env;
}

async function measurePullRequest(root: string): Promise<Run & { requests: number }> {
  const changed = `groups/${readdirSync(path.join(root, 'groups')).sort()[0] ?? ''}`;
  const before = readFileSync(path.join(root, changed), 'utf8');
  const after = before.replace(
    'meetups:\n',
    'meetups:\n  - date: 2026-11-20\n    title: Added in a pull request\n    azure: true\n',
  );
  const author = /github: (\S+)/.exec(before)?.[1] ?? 'user-14';
  let requests = 0;
  const run = await repeat(RUNS, async () => {
    const head = fakeSha(`bench ${Math.random()}`);
    const pull = makePull(
      { number: 1, user: author, head: { sha: head, ref: 'meetup' } },
      DEFAULT_REPOSITORY,
      { main: { [changed]: before }, [head]: { [changed]: after } },
    );
    const gh = await startFakeGitHub({
      files: { main: { [changed]: before }, [head]: { [changed]: after } },
      pulls: [pull],
      users: new Set([author]),
    });
    const event = writeEventFile(
      pullRequestOpened({
        owner: DEFAULT_REPOSITORY.owner,
        repo: DEFAULT_REPOSITORY.repo,
        number: 1,
        author,
        head: { sha: head, ref: 'meetup' },
        base: { sha: pull.base.sha, ref: 'main' },
      }),
    );
    const result = await runNode(ACTION, [], {
      cwd: root,
      env: actionEnv(root, gh.url, { mode: 'pr' }, 'pull_request_target', event),
    });
    gh.assertNoViolations();
    requests = gh.requests.length;
    await gh.close();
    if (result.status !== 0 && result.status !== 1)
      throw new Error(`pull-request check failed: ${result.stderr.slice(0, 2000)}`);
    return result;
  });
  return { ...run, requests };
}

async function measureAudit(
  root: string,
  leaders: Set<string>,
): Promise<{ first: Figures['auditFirst']; steady: Figures['auditSteady'] }> {
  // The accounts the generated files name, with the ids they give (generate.ts): files and
  // GitHub agree, so the steady state looks nobody up by id.
  const gh = await startFakeGitHub({ accounts: fixtureAccounts(leaders), users: leaders });
  const event = writeEventFile({});
  const audit = async (maxWrites: string) => {
    const requestsBefore = gh.requests.length;
    const writesBefore = gh.writes();
    const result = await runNode(ACTION, [], {
      cwd: root,
      env: actionEnv(root, gh.url, { mode: 'audit', 'max-writes': maxWrites }, 'schedule', event),
    });
    if (result.status !== 0)
      throw new Error(`audit failed: ${result.stdout.slice(-2000)}${result.stderr.slice(0, 2000)}`);
    gh.assertNoViolations();
    return {
      ...result,
      requests: gh.requests.length - requestsBefore,
      writes: gh.writes() - writesBefore,
    };
  };
  const first = await audit('100');
  const problems = Number(/for (\d+) problems?/.exec(first.stdout)?.[1] ?? NaN);
  // Finish what the cap left, then measure runs that find nothing new.
  while ((await audit('100000')).writes > 0);
  let last = await audit('100000');
  const steady = await repeat(RUNS, async () => (last = await audit('100000')));
  await gh.close();
  return {
    first: { ...first, problems },
    steady: { ...steady, requests: last.requests, writes: last.writes },
  };
}

function ran(runs: Record<string, Run>, name: string): Run {
  const run = runs[name];
  if (run === undefined) throw new Error(`no runs of ${name}`);
  return run;
}

/** tgr validate over the registry at `root`, paired with the floor, ajv-cli and the baseline. */
async function measureValidate(root: string): Promise<ValidateFigures> {
  const ajvArgs = [
    'validate',
    '--spec=draft2020',
    '-s',
    SCHEMA,
    '-d',
    `${root}/groups/*.yaml`,
    '-c',
    'ajv-formats',
    '--strict=false',
    '--all-errors',
  ];
  const validateWith = (bundle: string) => () =>
    runNode(bundle, ['validate', '--today', TODAY], { cwd: root });
  const measures: Record<string, () => Promise<Run>> = {
    validate: validateWith(TGR),
    floor: () => runNode(FLOOR, [root], { cwd: REPO }),
    ajv: () => runNode(AJV_CLI, ajvArgs, { cwd: REPO }),
    ...(BASELINE_TGR === undefined ? {} : { baseline: validateWith(BASELINE_TGR) }),
  };
  // Paired: each round runs them all one after the other, under the same machine load.
  const { runs, ratio, cpuRatio } = await paired(RUNS, measures);
  const withBaseline = BASELINE_TGR !== undefined;
  return {
    cpuOverFloor: cpuRatio('validate', 'floor'),
    cpuOverAjv: cpuRatio('validate', 'ajv'),
    cpuSpeedUp: withBaseline ? cpuRatio('baseline', 'validate') : undefined,
    validate: ran(runs, 'validate'),
    floor: ran(runs, 'floor'),
    ajv: ran(runs, 'ajv'),
    baseline: withBaseline ? ran(runs, 'baseline') : undefined,
    overFloor: ratio('validate', 'floor'),
    overAjv: ratio('validate', 'ajv'),
    baselineOverFloor: withBaseline ? ratio('baseline', 'floor') : undefined,
    baselineOverAjv: withBaseline ? ratio('baseline', 'ajv') : undefined,
    speedUp: withBaseline ? ratio('baseline', 'validate') : undefined,
  };
}

async function measureShape(size: number, shape: Shape): Promise<ValidateFigures> {
  const root = mkdtempSync(path.join(os.tmpdir(), `bench-${shape}-${size}-`));
  try {
    generateRegistry(root, size, SEED, TODAY, shape);
    return await measureValidate(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function measure(size: number): Promise<Figures> {
  const root = mkdtempSync(path.join(os.tmpdir(), `bench-${size}-`));
  try {
    generateRegistry(root, size, SEED, TODAY);
    const validation = await measureValidate(root);
    const out = path.join(root, '_site');
    const site = await repeat(RUNS, () =>
      runNode(TGR, ['site', '--today', TODAY, '--out', out], { cwd: root }),
    );
    if (site.status !== 0) throw new Error(`tgr site failed: ${site.stderr.slice(0, 2000)}`);
    const indexBytes = statSync(path.join(out, 'index.html')).size;
    const pr = await measurePullRequest(root);
    const leaders = new Set<string>();
    for (let i = 0; i < 2 * size; i++) leaders.add(`user-${i}`);
    const { first, steady } = await measureAudit(root, leaders);
    return {
      ...validation,
      pr,
      auditFirst: first,
      auditSteady: steady,
      site: { ...site, indexBytes },
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const fmtMs = (ms: number) => `${Math.round(ms).toLocaleString('en')} ms`;
const fmtMb = (kb: number) => `${Math.round(kb / 1024)} MB`;
const times = (value: number) => `${value.toFixed(2)}×`;
const ratio = (a: number, b: number) => times(a / b);

/** A leader's check of one file in a 300-group registry, against node and the parse of that file. */
interface SingleFile {
  validate: Run;
  floor: Run;
  empty: Run;
  baseline: Run | undefined;
  overFloor: number;
  baselineOverFloor: number | undefined;
  speedUp: number | undefined;
  cpuOverFloor: number;
  cpuSpeedUp: number | undefined;
}

async function measureSingleFile(): Promise<SingleFile> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'bench-single-'));
  try {
    generateRegistry(root, SINGLE_FILE_REGISTRY, SEED, TODAY);
    const file = path.join(root, 'groups', readdirSync(path.join(root, 'groups')).sort()[0] ?? '');
    const validateWith = (bundle: string) => () =>
      runNode(bundle, ['validate', '--today', TODAY, file], { cwd: root });
    const measures: Record<string, () => Promise<Run>> = {
      validate: validateWith(TGR),
      floor: () => runNode(FLOOR, ['--file', file], { cwd: REPO }),
      empty: () => runNode(EMPTY, [], { cwd: REPO }),
      ...(BASELINE_TGR === undefined ? {} : { baseline: validateWith(BASELINE_TGR) }),
    };
    const { runs, ratio: over, cpuRatio } = await paired(RUNS, measures);
    const withBaseline = BASELINE_TGR !== undefined;
    return {
      cpuOverFloor: cpuRatio('validate', 'floor'),
      cpuSpeedUp: withBaseline ? cpuRatio('baseline', 'validate') : undefined,
      validate: ran(runs, 'validate'),
      floor: ran(runs, 'floor'),
      empty: ran(runs, 'empty'),
      baseline: withBaseline ? ran(runs, 'baseline') : undefined,
      overFloor: over('validate', 'floor'),
      baselineOverFloor: withBaseline ? over('baseline', 'floor') : undefined,
      speedUp: withBaseline ? over('baseline', 'validate') : undefined,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Benchmark on Node ${process.version}, ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; median of ${RUNS} runs; seed ${SEED}.`,
  );
  console.log(`Measuring a single-file check in ${SINGLE_FILE_REGISTRY} groups…`);
  const single = await measureSingleFile();
  const shapes = new Map<string, ValidateFigures>();
  for (const size of SIZES) {
    for (const shape of SHAPES) {
      console.log(`Measuring tgr validate on ${size.toLocaleString('en')} ${shape} groups…`);
      shapes.set(`${shape} ${size}`, await measureShape(size, shape));
    }
  }
  printShapes(shapes, single);
  if (ONLY_VALIDATE) return;
  const results = new Map<number, Figures>();
  for (const size of SIZES) {
    console.log(`Measuring ${size.toLocaleString('en')} groups…`);
    results.set(size, await measure(size));
  }
  const rows: Array<
    [string, (f: Figures, size: number) => string, ((f: Figures) => number) | undefined]
  > = [
    ['tgr validate: wall time', (f) => fmtMs(f.validate.ms), (f) => f.validate.ms],
    [
      'tgr validate: files per second',
      (f, size) => Math.round(size / (f.validate.ms / 1000)).toLocaleString('en'),
      undefined,
    ],
    ['tgr validate: peak memory', (f) => fmtMb(f.validate.peakKb), (f) => f.validate.peakKb],
    [
      'floor (js-yaml load of every file, one process)',
      (f) => fmtMs(f.floor.ms),
      (f) => f.floor.ms,
    ],
    ['tgr validate ÷ floor (paired)', (f) => times(f.overFloor), undefined],
    ['ajv-cli validate (same files, same schema)', (f) => fmtMs(f.ajv.ms), (f) => f.ajv.ms],
    ['tgr validate ÷ ajv-cli (paired)', (f) => times(f.overAjv), undefined],
    ['PR check, one changed file: wall time', (f) => fmtMs(f.pr.ms), (f) => f.pr.ms],
    ['PR check: API requests', (f) => String(f.pr.requests), (f) => f.pr.requests],
    [
      'audit, first run (cap 100 writes): wall time',
      (f) => fmtMs(f.auditFirst.ms),
      (f) => f.auditFirst.ms,
    ],
    [
      'audit, first run: requests / writes',
      (f) => `${f.auditFirst.requests} / ${f.auditFirst.writes}`,
      (f) => f.auditFirst.requests,
    ],
    [
      'audit, first run: peak memory',
      (f) => fmtMb(f.auditFirst.peakKb),
      (f) => f.auditFirst.peakKb,
    ],
    ['audit, steady state: wall time', (f) => fmtMs(f.auditSteady.ms), (f) => f.auditSteady.ms],
    [
      'audit, steady state: requests / writes',
      (f) => `${f.auditSteady.requests} / ${f.auditSteady.writes}`,
      (f) => f.auditSteady.requests,
    ],
    [
      'audit, steady state: peak memory',
      (f) => fmtMb(f.auditSteady.peakKb),
      (f) => f.auditSteady.peakKb,
    ],
    ['tgr site: wall time', (f) => fmtMs(f.site.ms), (f) => f.site.ms],
    ['tgr site: peak memory', (f) => fmtMb(f.site.peakKb), (f) => f.site.peakKb],
    [
      'tgr site: index.html size',
      (f) => `${Math.round(f.site.indexBytes / 1024).toLocaleString('en')} KB`,
      (f) => f.site.indexBytes,
    ],
  ];
  const sizes = [...results.keys()];
  const header = [
    'Measure',
    ...sizes.map((size) => `${size.toLocaleString('en')} groups`),
    ...(sizes.length === 2 ? ['Growth'] : []),
  ];
  console.log('');
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const [label, show, value] of rows) {
    const cells = sizes.map((size) => show(results.get(size) as Figures, size));
    const [small, large] = sizes.map((size) => results.get(size) as Figures);
    const growth =
      sizes.length === 2 && value && small && large ? ratio(value(large), value(small)) : '';
    console.log(`| ${[label, ...cells, ...(sizes.length === 2 ? [growth] : [])].join(' | ')} |`);
  }
  const [first, second] = sizes;
  if (first !== undefined && second !== undefined)
    console.log(
      `\nGrowth is the ${second.toLocaleString('en')}-group figure over the ${first.toLocaleString('en')}-group one; ${second / first}× means linear.`,
    );
  console.log('');
  console.log(`| Single-file check, ${SINGLE_FILE_REGISTRY}-group registry | Wall time |`);
  console.log('|---|---|');
  console.log(`| tgr validate <one file> | ${fmtMs(single.validate.ms)} |`);
  console.log(`| floor: node, js-yaml and the parse of that file | ${fmtMs(single.floor.ms)} |`);
  console.log(`| node on an empty script | ${fmtMs(single.empty.ms)} |`);
  console.log('');
  console.log('Ratios (medians of paired rounds):');
  for (const size of sizes) {
    const f = results.get(size) as Figures;
    console.log(
      `  ${size.toLocaleString('en')} groups: validate ÷ floor ${times(f.overFloor)}, validate ÷ ajv-cli ${times(f.overAjv)}`,
    );
  }
  console.log(
    `  single file in ${SINGLE_FILE_REGISTRY} groups: validate ÷ its floor ${times(single.overFloor)}`,
  );
}

await main();

/** The table issue #20 asks for: both shapes, each ÷ the floor and ÷ ajv-cli, before and after. */
function printShapes(shapes: ReadonlyMap<string, ValidateFigures>, single: SingleFile): void {
  const optional = (value: number | undefined, show: (value: number) => string) =>
    value === undefined ? '–' : show(value);
  console.log('');
  console.log(
    `| tgr validate (paired medians${BASELINE === undefined ? '' : '; "before" is BENCH_BASELINE'}) | wall time | ÷ floor | ÷ ajv-cli | before | before ÷ floor | before ÷ ajv-cli | before ÷ now | peak memory (before) |`,
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const [name, f] of shapes) {
    console.log(
      `| ${name} groups | ${fmtMs(f.validate.ms)} | ${times(f.overFloor)} | ${times(f.overAjv)} | ${optional(f.baseline?.ms, fmtMs)} | ${optional(f.baselineOverFloor, times)} | ${optional(f.baselineOverAjv, times)} | ${optional(f.speedUp, times)} | ${fmtMb(f.validate.peakKb)} (${optional(f.baseline?.peakKb, fmtMb)}) |`,
    );
  }
  console.log(
    `| single file in ${SINGLE_FILE_REGISTRY} | ${fmtMs(single.validate.ms)} | ${times(single.overFloor)} | – | ${optional(single.baseline?.ms, fmtMs)} | ${optional(single.baselineOverFloor, times)} | – | ${optional(single.speedUp, times)} | ${fmtMb(single.validate.peakKb)} (${optional(single.baseline?.peakKb, fmtMb)}) |`,
  );
  console.log('');
  console.log('| CPU time (user + system), paired medians | ÷ floor | ÷ ajv-cli | before ÷ now |');
  console.log('|---|---|---|---|');
  for (const [name, f] of shapes) {
    console.log(
      `| ${name} groups | ${times(f.cpuOverFloor)} | ${times(f.cpuOverAjv)} | ${optional(f.cpuSpeedUp, times)} |`,
    );
  }
  console.log(
    `| single file in ${SINGLE_FILE_REGISTRY} | ${times(single.cpuOverFloor)} | – | ${optional(single.cpuSpeedUp, times)} |`,
  );
  console.log(
    `\nFloors: ${[...shapes].map(([name, f]) => `${name} ${fmtMs(f.floor.ms)}`).join(', ')}; single file ${fmtMs(single.floor.ms)} (node alone ${fmtMs(single.empty.ms)}). ajv-cli: ${[...shapes].map(([name, f]) => `${name} ${fmtMs(f.ajv.ms)}`).join(', ')}.`,
  );
}
