import { spawn } from 'node:child_process';

/**
 * Prints the process's peak resident memory and its CPU time (user and system) when it exits, for
 * the bench to read from stderr. CPU time moves less than wall time when other work shares the
 * machine's cores. Written synchronously: stderr to a pipe is asynchronous, and a program that
 * ends with process.exit() (ajv-cli) would otherwise lose the line.
 */
const PEAK_PRELOAD = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.getBuiltinModule('node:fs').writeSync(2,'\\nPEAK_RSS_KB='+u.maxRSS+' CPU_US='+(u.userCPUTime+u.systemCPUTime)+'\\n')})`;

export interface Run {
  ms: number;
  /** CPU time, user and system, in milliseconds. */
  cpuMs: number;
  peakKb: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a Node script in a child process on this Node, timing it and reading its peak memory. */
export async function runNode(
  script: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<Run> {
  const start = performance.now();
  const child = spawn(process.execPath, ['--import', PEAK_PRELOAD, script, ...args], {
    cwd: options.cwd,
    env: options.env ?? { PATH: process.env.PATH },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const ms = performance.now() - start;
  const peakKb = Number(/PEAK_RSS_KB=(\d+)/.exec(stderr)?.[1] ?? NaN);
  const cpuMs = Number(/CPU_US=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1000;
  return { ms, cpuMs, peakKb, status, stdout, stderr };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** Runs `measure` `times` times and keeps the median time and memory (and the last run). */
export async function repeat(times: number, measure: () => Promise<Run>): Promise<Run> {
  const runs: Run[] = [];
  for (let i = 0; i < times; i++) runs.push(await measure());
  const last = runs.at(-1);
  if (!last) throw new Error('no runs');
  return {
    ...last,
    ms: median(runs.map((run) => run.ms)),
    cpuMs: median(runs.map((run) => run.cpuMs)),
    peakKb: median(runs.map((run) => run.peakKb)),
  };
}

/**
 * Runs several measures in turn, `times` rounds of one run each (alternating the order), so that
 * every round compares them under the same machine load. Gives each its median run, and the median of the rounds'
 * ratios for any two of them.
 */
export async function paired<Name extends string>(
  times: number,
  measures: Record<Name, () => Promise<Run>>,
): Promise<{
  runs: Record<Name, Run>;
  ratio: (a: Name, b: Name) => number;
  cpuRatio: (a: Name, b: Name) => number;
}> {
  const names = Object.keys(measures) as Name[];
  const rounds: Array<Record<Name, Run>> = [];
  for (let i = 0; i < times; i++) {
    const round = {} as Record<Name, Run>;
    // Every other round in reverse order, so none of them always runs first (on a cold cache) or
    // right after the heaviest.
    for (const name of i % 2 === 0 ? names : [...names].reverse())
      round[name] = await measures[name]();
    rounds.push(round);
  }
  const runs = {} as Record<Name, Run>;
  for (const name of names) {
    const all = rounds.map((round) => round[name]);
    const last = all.at(-1);
    if (!last) throw new Error('no runs');
    runs[name] = {
      ...last,
      ms: median(all.map((run) => run.ms)),
      cpuMs: median(all.map((run) => run.cpuMs)),
      peakKb: median(all.map((run) => run.peakKb)),
    };
  }
  return {
    runs,
    ratio: (a, b) => median(rounds.map((round) => round[a].ms / round[b].ms)),
    cpuRatio: (a, b) => median(rounds.map((round) => round[a].cpuMs / round[b].cpuMs)),
  };
}
