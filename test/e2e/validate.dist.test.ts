import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withField } from '../support/check.js';
import { node24 } from '../support/node24.js';
import { REPO_ROOT, tempRegistry } from '../support/registry.js';
import { parseWorkflowCommands } from '../support/workflow-commands.js';

/**
 * The bundle's smoke tests in `mode: validate`: the committed dist/index.js on Node 24, with its
 * inputs as INPUT_* variables and its outputs written to the file GITHUB_OUTPUT names, exits
 * with the right code. Every scenario runs in process in src/action/run.validate.test.ts.
 */
function runAction(workspace: string, inputs: Record<string, string>) {
  const outputFile = path.join(workspace, '.github-output');
  writeFileSync(outputFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: workspace,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = spawnSync(node24(), [path.join(REPO_ROOT, 'dist/index.js')], {
    cwd: workspace,
    env,
    encoding: 'utf8',
  });
  return { ...result, outputs: readFileSync(outputFile, 'utf8') };
}

describe('the Action bundle in validate mode', () => {
  const registries: Array<{ remove: () => void }> = [];
  afterAll(() => {
    for (const registry of registries) registry.remove();
  });

  it('passes the example registry', () => {
    const registry = tempRegistry({}, { examples: true });
    registries.push(registry);
    const result = runAction(registry.root, { today: '2026-11-22' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('5 group files checked: 0 errors, 0 warnings, 2 waived.');
    const { commands } = parseWorkflowCommands(result.stdout);
    expect(commands.map((command) => command.command)).toEqual(['notice', 'notice']);
    expect(result.outputs).toMatch(/errors<<.*\n0\n/);
  });

  it('annotates each finding at its line and fails the step on an error', () => {
    const registry = tempRegistry({
      'groups/example.yaml': withField('name', '"Official ::error:: Azure Group"'),
    });
    registries.push(registry);
    const result = runAction(registry.root, { today: '2026-11-22' });
    expect(result.status).toBe(1);
    const { commands, v1 } = parseWorkflowCommands(result.stdout);
    expect(v1).toEqual([]);
    const errors = commands.filter((command) => command.command === 'error');
    expect(errors.map((command) => command.properties)).toEqual([
      // Column 7: the opening quote of `name: "Official ::error:: Azure Group"`.
      { title: 'trademark/name', file: 'groups/example.yaml', line: '2', col: '7' },
      {},
    ]);
    expect(errors[0]?.data).toContain(
      '"Official ::error:: Azure Group" suggests that the group is official',
    );
    expect(errors[1]?.data).toBe('1 error in the registry; see the annotations.');
    expect(result.outputs).toMatch(/errors<<.*\n1\n/);
  });
});
