import * as core from '@actions/core';
import { isPlainDate, todayUtc } from '../core/dates.js';

export interface ActionOptions {
  mode: 'validate';
  /** The registry root: the checked-out repository. */
  root: string;
  today: string;
  config: string | undefined;
}

/** Reads the Action's inputs into one typed options object; a bad input is a clear failure. */
export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionOptions {
  const mode = core.getInput('mode') || 'validate';
  if (mode !== 'validate')
    throw new Error(`Input "mode" must be validate, not ${JSON.stringify(mode)}.`);
  const today = core.getInput('today') || todayUtc();
  if (!isPlainDate(today))
    throw new Error(
      `Input "today" must be a date written YYYY-MM-DD, not ${JSON.stringify(today)}.`,
    );
  const config = core.getInput('config') || undefined;
  return { mode, root: env.GITHUB_WORKSPACE ?? process.cwd(), today, config };
}
