import { describe } from 'vitest';
import { runActionInProcess } from '../../test/support/action-runner.js';
import { prLentAttacks, prLentEssentials } from '../../test/support/pr-lent-attacks.js';

/**
 * Authority lent by an issue form's author to the pull request the bot opened for it (issue 24
 * item 4), in process through runAction, the real GitHub adapter and the fake GitHub.
 */
describe('a pull request from an issue form (runAction in process, mode pr)', () => {
  prLentEssentials(runActionInProcess);
  prLentAttacks(runActionInProcess);
});
