import { classify, countTry, nextStep, type Tries } from './errors.js';

/**
 * Writes that are not idempotent (a comment, a label, a check run, an issue, a pull request) must
 * happen exactly once, even when GitHub applies one and the reply is lost on the way back or
 * replaced by a gateway's 5xx. A blind retry would post twice; these writes are sent with
 * `NO_BLIND_RETRY` (errors.ts), which keeps every other retry away from them, and this loop,
 * before sending again after such a failure, asks GitHub whether the last send went through.
 */

export interface WriteOnceOptions {
  /** The wait before asking whether a failed send went through; doubled each time. */
  retryDelayMs: number;
  /** Where a rate-limit wait is noted (the client's log). */
  log?: (message: string) => void;
}

/** writeOnce's options for a client: its retry delay, and notes to the client's log. */
export function writeOnceOptions(
  octokit: { log: { info: (message: string) => void } },
  retryDelayMs: number,
): WriteOnceOptions {
  return {
    retryDelayMs,
    log: (message) => {
      octokit.log.info(message);
    },
  };
}

/**
 * Makes `write` happen once, as RETRY_POLICY says: a rate limit is waited out (GitHub applied
 * nothing), a server error or a lost reply may have been applied, so `find` looks for the result
 * before a miss sends again, and any other answer is final. Sends at most
 * `RETRY_POLICY.writeAttempts` times; throws the typed error of the last one.
 */
export async function writeOnce<T>(
  write: () => Promise<T>,
  find: () => Promise<T | undefined>,
  options: WriteOnceOptions,
): Promise<T> {
  const tries: Tries = { rateLimitWaits: 0, serverFailures: 0 };
  for (;;) {
    try {
      return await write();
    } catch (error: unknown) {
      const failure = classify(error);
      const step = nextStep(failure, tries, 'write-once', options.retryDelayMs);
      if (!step.retry) throw failure;
      countTry(tries, failure);
      if (step.note !== undefined) options.log?.(step.note);
      await sleep(step.waitMs);
      if (step.lookFirst) {
        const found = await find();
        if (found !== undefined) return found;
      }
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
