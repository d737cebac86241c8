import { afterEach, describe } from 'vitest';
import { runActionBundle } from '../support/action-runner.js';
import { prIdentityTests } from '../support/pr-identity.js';

/**
 * The same attacks as src/action/run.pr-identity.test.ts, through the committed bundle on Node 24 as
 * the runner runs it.
 */
const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

describe('the pull-request check with logins that changed hands (dist/index.js)', () => {
  prIdentityTests(runActionBundle, cleanup);
});
