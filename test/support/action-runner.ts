import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { load } from 'js-yaml';
import { main } from '../../src/action/main.js';
import { node24 } from './node24.js';
import { REPO_ROOT } from './registry.js';

/**
 * The defaults action.yml declares, which the runner passes as inputs when a workflow gives none
 * (expressions such as `${{ github.token }}` are the runner's to evaluate, so they are left out).
 */
export const ACTION_DEFAULTS: Readonly<Record<string, string>> = (() => {
  const metadata = load(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(
    Object.entries(metadata.inputs).flatMap(([name, input]) =>
      input.default === undefined || input.default.includes('${{') ? [] : [[name, input.default]],
    ),
  );
})();

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** What the step wrote to GITHUB_OUTPUT, as name → value. */
  outputs: Record<string, string>;
  /** What the step wrote to GITHUB_STEP_SUMMARY. */
  summary: string;
  /** How long the Action itself ran (not counting a wait for its turn in process). */
  ms: number;
}

/** Runs the Action once: the bundle on Node 24, or the source in this process. */
export type ActionRunner = (options: ActionRunOptions) => Promise<ActionRun>;

export interface ActionRunOptions {
  workspace: string;
  inputs?: Record<string, string>;
  eventName?: string;
  eventPath?: string;
  apiUrl?: string;
  repository?: string;
  /** More of the runner's variables, such as GITHUB_SHA and GITHUB_REF. */
  env?: Readonly<Record<string, string>>;
}

/**
 * Runs the committed bundle, dist/index.js, the way the Actions runner does: on Node 24, with
 * inputs as INPUT_<NAME> variables, the event payload in a file, and outputs and the job summary
 * written to the files the runner names. Asynchronous, so a fake GitHub server in this process
 * keeps answering while the Action runs.
 */
export const runActionBundle: ActionRunner = async (options) => {
  const files = mkdtempSync(path.join(tmpdir(), 'tgr-runner-'));
  try {
    const { env, outputFile, summaryFile } = runnerEnv(options, files);
    const started = Date.now();
    const child = spawn(node24(), [path.join(REPO_ROOT, 'dist/index.js')], {
      cwd: options.workspace,
      env: { PATH: process.env.PATH, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const status = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    return {
      status,
      stdout,
      stderr,
      outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
      ms: Date.now() - started,
    };
  } finally {
    rmSync(files, { recursive: true, force: true });
  }
};

/**
 * The runner's files (output, job summary, temp) in `files`, and the variables that name them,
 * the inputs (with action.yml's defaults) and the run's context.
 */
function runnerEnv(options: ActionRunOptions, files: string) {
  const outputFile = path.join(files, 'output');
  const summaryFile = path.join(files, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: files,
  };
  if (options.eventName !== undefined) env.GITHUB_EVENT_NAME = options.eventName;
  if (options.eventPath !== undefined) env.GITHUB_EVENT_PATH = options.eventPath;
  if (options.apiUrl !== undefined) env.GITHUB_API_URL = options.apiUrl;
  if (options.repository !== undefined) env.GITHUB_REPOSITORY = options.repository;
  Object.assign(env, options.env);
  for (const [name, value] of Object.entries({ ...ACTION_DEFAULTS, ...options.inputs })) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return { env, outputFile, summaryFile };
}

/** Variables of the machine running the tests that would reach the Action in process. */
const RUNNER_VARIABLE = /^(INPUT_|GITHUB_|RUNNER_|ACTIONS_)|^(HTTPS?|NO|ALL)_PROXY$/i;

let turn: Promise<unknown> = Promise.resolve();

/**
 * Runs the Action's source in this process, as main.ts does (readInputs → runAction →
 * setFailed), with the same inputs, variables and files as the bundle gets: what it writes to
 * stdout is captured, and its exit code is the process.exitCode it sets. Its variables are this
 * process's, so runs take turns; the summary file's path is fixed for this process, because
 * @actions/core remembers the first one it saw.
 */
export const runActionInProcess: ActionRunner = (options) => {
  const mine = turn.then(() => runInProcess(options));
  turn = mine.catch(() => undefined);
  return mine;
};

/** What setFailed left (a function, so the compiler does not assume it is still unset). */
function exitCode(): typeof process.exitCode {
  return process.exitCode;
}

async function runInProcess(options: ActionRunOptions): Promise<ActionRun> {
  const files = path.join(tmpdir(), `tgr-inprocess-${String(process.pid)}`);
  rmSync(files, { recursive: true, force: true });
  mkdirSync(files);
  const { env, outputFile, summaryFile } = runnerEnv(options, files);
  const saved = { ...process.env };
  const savedExitCode = process.exitCode;
  const write = process.stdout.write.bind(process.stdout);
  let stdout = '';
  try {
    for (const name of Object.keys(process.env))
      if (RUNNER_VARIABLE.test(name)) Reflect.deleteProperty(process.env, name);
    Object.assign(process.env, env);
    process.exitCode = undefined;
    core.summary.emptyBuffer();
    process.stdout.write = (chunk: string | Uint8Array) => {
      stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    };
    const started = Date.now();
    await main();
    const ms = Date.now() - started;
    return {
      status: Number(exitCode() ?? 0),
      stdout,
      stderr: '',
      outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
      ms,
    };
  } finally {
    process.stdout.write = write;
    process.exitCode = savedExitCode;
    for (const name of Object.keys(process.env))
      if (!(name in saved)) Reflect.deleteProperty(process.env, name);
    Object.assign(process.env, saved);
    rmSync(files, { recursive: true, force: true });
  }
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks, as @actions/core writes them. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1] ?? ''] = match[3] ?? '';
  return outputs;
}
