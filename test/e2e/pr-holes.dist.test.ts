import { afterEach, describe } from 'vitest';
import { runActionBundle } from '../support/action-runner.js';
import { prHoleTests } from '../support/pr-holes.js';

/**
 * The same holes as src/action/run.pr-holes.test.ts, through the committed bundle on Node 24 as
 * the runner runs it.
 */
const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

describe('the pull-request check under lost replies, twins and /consent floods (dist/index.js)', () => {
  prHoleTests(runActionBundle, cleanup);
});
