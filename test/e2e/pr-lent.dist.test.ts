import { describe } from 'vitest';
import { runActionBundle } from '../support/action-runner.js';
import { prLentEssentials } from '../support/pr-lent-attacks.js';

/**
 * The bundle on Node 24 with a pull request from an issue form: the issue author's authority is
 * lent to the bot's pull request, and a body someone else edited lends none. The other attacks
 * run in process (src/action/run.pr-lent.test.ts).
 */
describe('a pull request from an issue form (dist/index.js, mode pr)', () => {
  prLentEssentials(runActionBundle);
});
