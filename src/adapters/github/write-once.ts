/**
 * Writes that are not idempotent (a comment, a label, a check run, an issue, a pull request) must
 * happen exactly once, even when GitHub applies one and the reply is lost on the way back or
 * replaced by a gateway's 5xx. Octokit's retry plugin repeats any such failure blindly, which
 * posts twice; these writes turn it off and, before trying again, ask GitHub whether the first
 * attempt went through.
 */

/** Request options for a write that `writeOnce` retries itself: the retry plugin must not. */
export const NO_BLIND_RETRY = { retries: 0 } as const;

/** The HTTP status of an Octokit error, or undefined when no answer came (a dropped connection). */
export function statusOf(error: unknown): number | undefined {
  return error instanceof Error && 'status' in error && typeof error.status === 'number'
    ? error.status
    : undefined;
}

export interface WriteOnceOptions {
  /** The wait before asking whether a failed attempt went through; doubled each time. */
  retryDelayMs: number;
  /** Attempts at most (default 3). */
  attempts?: number;
}

/**
 * Makes `write` happen once: an answer below 500 is final (the throttling plugin and the client's
 * 429 hook have already waited out rate limits), while a server error or a lost reply may have
 * been applied, so `find` looks for the result first and only a miss writes again.
 */
export async function writeOnce<T>(
  write: () => Promise<T>,
  find: () => Promise<T | undefined>,
  options: WriteOnceOptions,
): Promise<T> {
  const attempts = options.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error: unknown) {
      const status = statusOf(error);
      if (attempt >= attempts || (status !== undefined && status < 500)) throw error;
      await sleep(options.retryDelayMs * 2 ** (attempt - 1));
      const found = await find();
      if (found !== undefined) return found;
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
