import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';

/**
 * The one Octokit this project uses: @actions/github's (REST methods and pagination, the runner's
 * proxy settings, its user agent), plus retries on server errors and throttling.
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
  /** The first retry's delay after a server error; later retries wait 4 and 9 times as long. */
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
  const intervalMs = Math.ceil(60_000 / (options.writesPerMinute ?? 60));
  const pacing = (id: string) =>
    new Bottleneck.Group({ id, maxConcurrent: 1, minTime: intervalMs });
  /** Waits out a rate limit twice, as GitHub's retry-after says, then gives up for this run. */
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _client: unknown,
      retryCount: number,
    ): boolean => {
      const retry = retryCount < 2;
      log(
        `${kind} on ${request.method} ${request.url}; ${retry ? `retrying in ${retryAfter}s` : 'giving up'}.`,
      );
      return retry;
    };
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      userAgent: 'tech-groups-registry',
      retry: {
        retries: 3,
        retryAfterBaseValue: options.retryDelayMs ?? 1000,
        // A 429 says how long to wait (retry-after); the plugin's own back-off would not.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
      throttle: {
        write: pacing('registry-write'),
        notifications: pacing('registry-notifications'),
        retryAfterBaseValue: 1000,
        onRateLimit: onLimit('Rate limit reached'),
        onSecondaryRateLimit: onLimit('Secondary rate limit'),
      },
    },
    retry,
    throttling,
  );
  // The throttling plugin waits out a 429 that carries GitHub's secondary-limit wording; any
  // other 429 is waited out here, as its retry-after says (at most a minute), twice at most.
  octokit.hook.wrap('request', async (request, requestOptions) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(requestOptions);
      } catch (error: unknown) {
        const wait = tooManyRequestsWait(error, options.retryDelayMs ?? 1000);
        if (wait === undefined || attempt >= 2) throw error;
        log(
          `Rate limit (429) on ${requestOptions.method} ${requestOptions.url}; retrying in ${String(wait / 1000)}s.`,
        );
        await new Promise((resolve) => setTimeout(resolve, wait));
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

/**
 * How long to wait before repeating a request GitHub answered 429 (Too Many Requests) without
 * the secondary-limit wording the throttling plugin acts on: its retry-after, in milliseconds, or
 * the retry delay when it gives none. Undefined for any other error.
 */
function tooManyRequestsWait(error: unknown, fallbackMs: number): number | undefined {
  // Octokit's RequestError, read by shape: status, message and the response's headers.
  const failure = error as {
    status?: unknown;
    message?: unknown;
    response?: { headers?: Record<string, unknown> };
  } | null;
  if (typeof failure !== 'object' || failure === null || failure.status !== 429) return undefined;
  if (typeof failure.message === 'string' && /secondary rate/i.test(failure.message))
    return undefined;
  const header = Number(failure.response?.headers?.['retry-after']);
  const seconds = Number.isFinite(header) && header >= 0 ? Math.min(header, 60) : undefined;
  return seconds === undefined ? fallbackMs : seconds * 1000;
}
