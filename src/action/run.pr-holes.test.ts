import { afterEach, describe } from 'vitest';
import { runActionInProcess } from '../../test/support/action-runner.js';
import { prHoleTests } from '../../test/support/pr-holes.js';

/**
 * The holes in how the pull-request check writes and whom it listens to, in process through
 * readInputs, runAction, runPrCheck, the real GitHub adapter and createOctokit, against the fake
 * GitHub. The same tests run the bundle in test/e2e/pr-holes.dist.test.ts.
 */
const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

describe('the pull-request check under lost replies, twins and /consent floods (in process)', () => {
  prHoleTests(runActionInProcess, cleanup);
});
