import * as core from '@actions/core';
import path from 'node:path';
import { validate } from '../commands/validate.js';
import { DEFAULT_POLICY_PATH, readPolicy } from '../load/policy-file.js';
import { writeAnnotations } from '../report/annotations.js';
import { escapeLogText } from '../report/escape.js';
import { summaryLine } from '../report/text.js';
import { RULE_IDS } from '../rules/index.js';
import type { ActionOptions } from './inputs.js';

export interface ActionOutcome {
  errors: number;
  warnings: number;
}

/** The Action's orchestrator: check the registry in the workspace and annotate every finding. */
export async function runAction(options: ActionOptions): Promise<ActionOutcome> {
  const policy = readPolicy(path.resolve(options.root, options.config ?? DEFAULT_POLICY_PATH), {
    required: options.config !== undefined,
    knownRules: RULE_IDS,
  });
  const outcome = await validate({
    paths: [],
    root: options.root,
    cwd: options.root,
    today: options.today,
    policy,
  });
  writeAnnotations(outcome.results);
  core.info(escapeLogText(summaryLine(outcome.results)));
  core.setOutput('errors', outcome.errors);
  core.setOutput('warnings', outcome.warnings);
  return { errors: outcome.errors, warnings: outcome.warnings };
}
