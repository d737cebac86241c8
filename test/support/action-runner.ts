import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
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
}

export interface ActionRunOptions {
  workspace: string;
  inputs?: Record<string, string>;
  eventName?: string;
  eventPath?: string;
  apiUrl?: string;
  repository?: string;
}

/**
 * Runs the committed bundle, dist/index.js, the way the Actions runner does: on Node 24, with
 * inputs as INPUT_<NAME> variables, the event payload in a file, and outputs and the job summary
 * written to the files the runner names. Asynchronous, so a fake GitHub server in this process
 * keeps answering while the Action runs.
 */
export async function runActionBundle(options: ActionRunOptions): Promise<ActionRun> {
  const files = mkdtempSync(path.join(tmpdir(), 'tgr-runner-'));
  const outputFile = path.join(files, 'output');
  const summaryFile = path.join(files, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
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
  for (const [name, value] of Object.entries({ ...ACTION_DEFAULTS, ...options.inputs })) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const child = spawn(node24(), [path.join(REPO_ROOT, 'dist/index.js')], {
    cwd: options.workspace,
    env,
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
  };
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks, as @actions/core writes them. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1] ?? ''] = match[3] ?? '';
  return outputs;
}
