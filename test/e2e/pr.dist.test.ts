import { describe } from 'vitest';
import { runActionBundle } from '../support/action-runner.js';
import { prAuthorityAttacks } from '../support/pr-authority-attacks.js';
import { prSmokeTests } from '../support/pr-smoke.js';

/**
 * The bundle's smoke tests in `mode: pr`: the committed dist/index.js starts on Node 24, reads
 * its inputs and a real webhook payload, talks to the fake GitHub (which checks every request
 * against GitHub's REST description), writes its outputs and job summary, and exits with the
 * right code. The same scenarios, and every other one, run in process in src/action/.
 */
describe('the pull-request check (dist/index.js, mode pr)', () => {
  prSmokeTests(runActionBundle);
});

describe('attacks on who may do what (dist/index.js, mode pr)', () => {
  prAuthorityAttacks(runActionBundle);
});
