import { describe } from 'vitest';
import { runActionBundle } from '../support/action-runner.js';
import { prLentAttacks, prLentEssentials } from '../support/pr-lent-attacks.js';

/**
 * The bundle on Node 24 with a pull request from an issue form, as the runner runs it: the issue
 * author's authority is lent to the bot's pull request, a body someone else edited lends none, and
 * every attack (a stranger's form, a fork's or a person's `tgr/issue-<n>` branch, a closed or
 * missing issue, the bot's own approval) gets no green check without the people who must agree.
 * The same tables run in process in src/action/run.pr-lent.test.ts.
 */
describe('a pull request from an issue form (dist/index.js, mode pr)', () => {
  prLentEssentials(runActionBundle);
});

describe('attacks on a pull request from an issue form (dist/index.js, mode pr)', () => {
  prLentAttacks(runActionBundle);
});
