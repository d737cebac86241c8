import * as core from '@actions/core';
import { readInputs } from './action/inputs.js';
import { runAction } from './action/run.js';
import { escapeLogText } from './report/escape.js';

// The Action's entry: inputs in, one orchestrator, failure out through setFailed.
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
