import { getOctokit } from '@actions/github';
import Bottleneck from 'bottleneck';
import { classify, countTry, isWriteOnce, nextStep, type Tries } from './errors.js';

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
  // Writes go out one at a time, `intervalMs` apart: Bottleneck keeps the pace. Reads, GraphQL
  // queries among them (this project sends no mutation), are not queued: GitHub counts a query as
  // one point of 2,000 a minute, and pacing the audit's account lookups like writes would make an
  // audit of 10,000 groups wait 200 s at the default 60 a minute. A queue also costs each request
  // a few timer turns (about 5 ms).
  const writes = new Bottleneck({ maxConcurrent: 1, minTime: intervalMs });
  const octokit = getOctokit(options.token, {
    baseUrl: options.baseUrl,
    userAgent: 'tech-groups-registry',
    // writeOnce's notes (a write that waits out a rate limit) reach the same log.
    log: { debug: () => undefined, info: log, warn: console.warn, error: console.error },
  });
  // The client's loop, the one place a request is sent again: server errors and rate limits
  // retried as the policy says (errors.ts), and every error typed on its way out. A write handed
  // to writeOnce is sent once here, and writeOnce decides.
  octokit.hook.wrap('request', async (request, requestOptions) => {
    const tries: Tries = { rateLimitWaits: 0, serverFailures: 0 };
    for (;;) {
      try {
        if (isPaced(requestOptions.method, requestOptions.url))
          return await writes.schedule(async () => request(requestOptions));
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

/** A REST write: what GitHub paces as content creation. */
export function isPaced(method: string, url: string): boolean {
  return method !== 'GET' && method !== 'HEAD' && !/\/graphql$/.test(url);
}
