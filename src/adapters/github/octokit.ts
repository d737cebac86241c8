import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import { classify, countTry, isWriteOnce, nextStep, RETRY_POLICY, type Tries } from './errors.js';

/**
 * The one Octokit this project uses: @actions/github's (REST methods and pagination, the runner's
 * proxy settings, its user agent), plus write pacing and the retry policy of errors.ts: what it
 * throws is always one of the typed errors there.
 */
export type RegistryOctokit = ReturnType<typeof getOctokit>;

export interface OctokitOptions {
  token: string;
  /** GITHUB_API_URL: api.github.com, a GitHub Enterprise server, or a test server. */
  baseUrl: string;
  /**
   * Content-creating requests per minute. GitHub's secondary limit is about 80 a minute; the
   * default stays well under it.
   */
  writesPerMinute?: number;
  /**
   * The first retry's delay after a server error (later retries wait 4 and 9 times as long), and
   * after a rate limit whose answer does not say how long to wait.
   */
  retryDelayMs?: number;
  /** Where rate-limit and retry notes go (the Actions log). */
  log?: (message: string) => void;
}

/** Requests made through one client, for the job summary and the operations budget. */
export interface RequestStats {
  requests: number;
  writes: number;
}

export function createOctokit(options: OctokitOptions): {
  octokit: RegistryOctokit;
  stats: RequestStats;
} {
  const log = options.log ?? (() => undefined);
  const retryDelayMs = options.retryDelayMs ?? 1000;
  const intervalMs = Math.ceil(60_000 / (options.writesPerMinute ?? 60));
  const pacing = (id: string) =>
    new Bottleneck.Group({ id, maxConcurrent: 1, minTime: intervalMs });
  // The throttling plugin paces writes; waiting out a rate limit is the policy's loop's (below),
  // so that every kind of limit shares one count and one reading of GitHub's headers.
  const leaveToPolicy = (): boolean => false;
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      userAgent: 'tech-groups-registry',
      // writeOnce's notes (a write that waits out a rate limit) reach the same log.
      log: { debug: () => undefined, info: log, warn: console.warn, error: console.error },
      retry: {
        retries: RETRY_POLICY.serverRetries,
        retryAfterBaseValue: retryDelayMs,
        doNotRetry: [...RETRY_POLICY.doNotRetry],
      },
      throttle: {
        write: pacing('registry-write'),
        notifications: pacing('registry-notifications'),
        onRateLimit: leaveToPolicy,
        onSecondaryRateLimit: leaveToPolicy,
      },
    },
    retry,
    throttling,
  );
  // The client's loop: rate limits waited out as GitHub says, and every error typed (errors.ts)
  // on its way out. Server errors were retried inside, by the retry plugin; a write handed to
  // writeOnce is sent once here, and writeOnce decides.
  octokit.hook.wrap('request', async (request, requestOptions) => {
    const tries: Tries = { rateLimitWaits: 0, serverFailures: 0 };
    for (;;) {
      try {
        return await request(requestOptions);
      } catch (error: unknown) {
        const failure = classify(error);
        if (isWriteOnce(requestOptions.request)) throw failure;
        const step = nextStep(failure, tries, 'client', retryDelayMs);
        if (!step.retry) throw failure;
        countTry(tries, failure);
        if (step.note !== undefined) log(step.note);
        await new Promise((resolve) => setTimeout(resolve, step.waitMs));
      }
    }
  });
  const stats: RequestStats = { requests: 0, writes: 0 };
  octokit.hook.before('request', (request) => {
    stats.requests++;
    // A GraphQL query is a POST but writes nothing: this project's queries only look accounts up.
    const query = /\/graphql$/.test(request.url);
    if (request.method !== 'GET' && request.method !== 'HEAD' && !query) stats.writes++;
  });
  return { octokit, stats };
}
