import { afterEach, describe } from 'vitest';
import { runActionInProcess } from '../../test/support/action-runner.js';
import { prIdentityTests } from '../../test/support/pr-identity.js';

/**
 * People as accounts, not logins (issue #19), in process through
 * readInputs, runAction, runPrCheck, the real GitHub adapter and createOctokit, against the fake
 * GitHub. The same tests run the bundle in test/e2e/pr-identity.dist.test.ts.
 */
const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

describe('the pull-request check with logins that changed hands (in process)', () => {
  prIdentityTests(runActionInProcess, cleanup);
});
