import { describe } from 'vitest';
import { runActionBundle } from '../support/action-runner.js';
import { auditSmokeTests } from '../support/audit-smoke.js';

/**
 * The bundle's smoke tests in `mode: audit`: the committed dist/index.js starts on Node 24, reads
 * its inputs, audits the registry against the fake GitHub (which checks every request against
 * GitHub's REST description), writes its outputs and job summary, and exits with the right code.
 * The same scenarios, and every other one, run in process in src/action/run.audit.test.ts.
 */
// Each test has its own fake GitHub and workspace, so they run side by side.
describe.concurrent('the compliance audit (dist/index.js, mode audit)', () => {
  auditSmokeTests(runActionBundle);
});
