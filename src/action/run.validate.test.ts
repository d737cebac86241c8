import { afterAll, describe, expect, it } from 'vitest';
import { runActionInProcess } from '../../test/support/action-runner.js';
import { VALID_GROUP, withField } from '../../test/support/check.js';
import { tempRegistry } from '../../test/support/registry.js';
import { parseWorkflowCommands } from '../../test/support/workflow-commands.js';

/**
 * The Action in `mode: validate`, in process: INPUT_* variables through readInputs and runAction
 * to the workflow commands on stdout and the outputs in GITHUB_OUTPUT. The bundle's smoke test is
 * test/e2e/validate.dist.test.ts.
 */
function runAction(workspace: string, inputs: Record<string, string>) {
  return runActionInProcess({ workspace, inputs });
}

describe('the Action in validate mode, in process', () => {
  const registries: Array<{ remove: () => void }> = [];
  afterAll(() => {
    for (const registry of registries) registry.remove();
  });

  it('passes the example registry', async () => {
    const registry = tempRegistry({}, { examples: true });
    registries.push(registry);
    const result = await runAction(registry.root, { today: '2026-11-22' });
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).toContain('5 group files checked: 0 errors, 0 warnings, 2 waived.');
    const { commands } = parseWorkflowCommands(result.stdout);
    expect(commands.map((command) => command.command)).toEqual(['notice', 'notice']);
    expect(result.outputs).toEqual({ errors: '0', warnings: '0' });
  });

  it('annotates each finding at its line and fails the step on an error', async () => {
    const registry = tempRegistry({
      'groups/example.yaml': withField('name', '"Official ::error:: Azure Group"'),
    });
    registries.push(registry);
    const result = await runAction(registry.root, { today: '2026-11-22' });
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
    expect(result.outputs).toMatchObject({ errors: '1' });
  });

  it('fails with a clear message on a bad input', async () => {
    const registry = tempRegistry({ 'groups/example.yaml': VALID_GROUP });
    registries.push(registry);
    const result = await runAction(registry.root, { today: 'yesterday' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('::error::Input "today" must be a date written YYYY-MM-DD');
  });
});
