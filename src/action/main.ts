import * as core from '@actions/core';
import { escapeLogText } from '../report/escape.js';
import { readInputs } from './inputs.js';
import { runAction } from './run.js';

/**
 * The Action's entry: inputs in, one orchestrator, failure out through setFailed. A function, not
 * module code, so the tests run the whole Action in process (test/support/action-runner.ts).
 */
export async function main(): Promise<void> {
  try {
    const outcome = await runAction(readInputs());
    if (outcome.errors > 0) {
      core.setFailed(
        `${outcome.errors} error${outcome.errors === 1 ? '' : 's'} in the registry; see the annotations.`,
      );
    }
  } catch (error: unknown) {
    core.setFailed(escapeLogText(error instanceof Error ? error.message : String(error)));
  }
}
