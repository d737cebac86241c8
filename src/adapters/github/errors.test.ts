import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GraphqlResponseError } from '@octokit/graphql';
import { RequestError } from '@octokit/request-error';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_REPOSITORY,
  startFakeGitHub,
  type FakeGitHub,
} from '../../../test/fake-github/index.js';
import { REPO_ROOT } from '../../../test/support/registry.js';
import { gitHubAuditHost } from './audit-host.js';
import {
  classify,
  countTry,
  GitHubAuthError,
  GitHubError,
  GitHubNotFoundError,
  GitHubRateLimitError,
  GitHubRequestError,
  GitHubServerError,
  GitHubValidationError,
  isWriteOnce,
  nextStep,
  NO_BLIND_RETRY,
  RETRY_POLICY,
  type Tries,
} from './errors.js';
import { createOctokit } from './octokit.js';

const NOW = Date.parse('2026-11-22T10:00:00Z');
const API = 'https://api.github.com';

/** A RequestError as @octokit/request raises it for an answer with this status. */
function answered(
  status: number,
  data: unknown,
  options: { method?: string; path?: string; headers?: Record<string, string> } = {},
): RequestError {
  const url = `${API}${options.path ?? '/repos/o/r/issues/1'}`;
  const message =
    typeof data === 'object' && data !== null && 'message' in data
      ? String(data.message)
      : 'Unknown error';
  return new RequestError(message, status, {
    request: { method: (options.method ?? 'GET') as 'GET', url, headers: {} },
    response: { status, url, headers: options.headers ?? {}, data },
  });
}

/** A RequestError as @octokit/request raises it when no answer came (fetch failed). */
function unanswered(): RequestError {
  return new RequestError('other side closed', 500, {
    request: { method: 'POST', url: `${API}/repos/o/r/issues`, headers: {} },
  });
}

function graphqlError(errors: Array<{ type: string; message: string }>, data: unknown) {
  return new GraphqlResponseError(
    { method: 'POST', url: '/graphql', query: 'query { a: user(login: "x") { login } }' },
    { 'x-ratelimit-reset': String(NOW / 1000 + 60) },
    {
      data,
      errors: errors.map((error) => ({ ...error, path: ['a'], extensions: {}, locations: [] })),
    } as unknown as ConstructorParameters<typeof GraphqlResponseError>[2],
  );
}

describe('classify: each of GitHub’s errors, from Octokit’s own error objects', () => {
  it('404 and 410: not found', () => {
    const failure = classify(answered(404, { message: 'Not Found' }));
    expect(failure).toBeInstanceOf(GitHubNotFoundError);
    expect(failure).toMatchObject({
      kind: 'not-found',
      status: 404,
      request: { method: 'GET', path: '/repos/o/r/issues/1' },
      detail: 'Not Found',
    });
    expect(failure.message).toMatch(/^Not Found \(HTTP 404 on GET \/repos\/o\/r\/issues\/1\)\. /);
    expect(failure.cause).toBeInstanceOf(RequestError);
    expect(classify(answered(410, { message: 'Gone' }))).toBeInstanceOf(GitHubNotFoundError);
  });

  it('429 and 403 secondary limits: rate limited, with the wait GitHub asks for', () => {
    const plain = classify(
      answered(429, { message: 'Too Many Requests' }, { headers: { 'retry-after': '30' } }),
      NOW,
    );
    expect(plain).toBeInstanceOf(GitHubRateLimitError);
    expect(plain).toMatchObject({ kind: 'rate-limited', limit: 'secondary', waitMs: 30_000 });
    // No retry-after on a secondary limit: GitHub says to wait at least a minute.
    const secondary = classify(
      answered(403, { message: 'You have exceeded a secondary rate limit.' }),
      NOW,
    );
    expect(secondary).toMatchObject({ limit: 'secondary', waitMs: 60_000 });
    expect(secondary.message).toContain('lower the Action');
    const dated = classify(
      answered(
        429,
        { message: 'slow down' },
        { headers: { 'retry-after': 'Sun, 22 Nov 2026 10:00:05 GMT' } },
      ),
      NOW,
    );
    expect(dated).toMatchObject({ waitMs: 5000 });
    // A 429 that says nothing of how long: the policy's own back-off decides.
    expect(classify(answered(429, { message: 'Too Many Requests' }), NOW)).toMatchObject({
      waitMs: undefined,
    });
  });

  it('403 with the hourly allowance spent: a primary limit, until the reset', () => {
    const failure = classify(
      answered(
        403,
        { message: 'API rate limit exceeded for installation.' },
        {
          headers: {
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': String(NOW / 1000 + 120),
          },
        },
      ),
      NOW,
    );
    expect(failure).toMatchObject({ limit: 'primary', waitMs: 121_000 });
    expect(failure.message).toContain('hourly allowance of requests is spent: run again in 121 s');
  });

  it('401 and 403 without a limit: auth, naming the permission the workflow needs', () => {
    const unauthorised = classify(answered(401, { message: 'Bad credentials' }));
    expect(unauthorised).toBeInstanceOf(GitHubAuthError);
    expect(unauthorised.message).toContain('GitHub did not accept the token');
    const forbidden = (method: string, path: string) =>
      classify(
        answered(403, { message: 'Resource not accessible by integration' }, { method, path }),
      );
    expect(forbidden('POST', '/repos/o/r/issues')).toBeInstanceOf(GitHubAuthError);
    expect(forbidden('POST', '/repos/o/r/issues').message).toBe(
      'Resource not accessible by integration (HTTP 403 on POST /repos/o/r/issues). The token may not write issues here: give the workflow job `permissions: issues: write` (or the token that scope).',
    );
    expect(forbidden('POST', '/repos/o/r/check-runs').message).toContain(
      '`permissions: checks: write`',
    );
    expect(forbidden('GET', '/repos/o/r/pulls/3/files').message).toContain(
      '`permissions: pull-requests: read`',
    );
    expect(forbidden('POST', '/repos/o/r/labels').message).toContain(
      '`permissions: issues: write`',
    );
    expect(forbidden('GET', '/user/7').message).toContain("check the workflow's permissions");
  });

  it('422: validation, with GitHub’s reasons', () => {
    const failure = classify(
      answered(
        422,
        {
          message: 'Validation Failed',
          errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }, 'plain words'],
        },
        { method: 'POST', path: '/repos/o/r/labels' },
      ),
    );
    expect(failure).toBeInstanceOf(GitHubValidationError);
    expect(failure).toMatchObject({
      details: [
        { resource: 'Label', code: 'already_exists', field: 'name' },
        { message: 'plain words' },
      ],
    });
  });

  it('5xx: server, answered; no answer at all: server, unanswered, and no status', () => {
    for (const status of [500, 502, 503, 504])
      expect(classify(answered(status, { message: 'Server Error' }))).toMatchObject({
        kind: 'server',
        answered: true,
        status,
      });
    const lost = classify(unanswered());
    expect(lost).toBeInstanceOf(GitHubServerError);
    expect(lost).toMatchObject({ answered: false, status: undefined });
    expect(lost.message).toMatch(
      /^other side closed \(no HTTP answer to POST \/repos\/o\/r\/issues\)\. No answer came/,
    );
  });

  it('any other answer, or no HTTP at all: the fallback', () => {
    expect(classify(answered(400, { message: 'Problems parsing JSON' }))).toBeInstanceOf(
      GitHubRequestError,
    );
    expect(classify(answered(409, { message: 'Git Repository is empty.' }))).toMatchObject({
      kind: 'other',
      status: 409,
    });
    const bug = classify(new TypeError('x is undefined'));
    expect(bug).toMatchObject({ kind: 'other', status: undefined, detail: 'x is undefined' });
    expect(classify('a string')).toBeInstanceOf(GitHubRequestError);
  });

  it('GraphQL: NOT_FOUND beside data is not found, with the data; RATE_LIMITED is a primary limit', () => {
    const missing = classify(
      graphqlError(
        [{ type: 'NOT_FOUND', message: "Could not resolve to a User with the login of 'x'." }],
        {
          a: null,
          b: { login: 'anna' },
        },
      ),
    );
    expect(missing).toBeInstanceOf(GitHubNotFoundError);
    expect(missing).toMatchObject({ partialData: { a: null, b: { login: 'anna' } } });
    expect(
      classify(
        graphqlError([{ type: 'RATE_LIMITED', message: 'API rate limit exceeded' }], null),
        NOW,
      ),
    ).toMatchObject({ kind: 'rate-limited', limit: 'primary', waitMs: 61_000 });
    // A query that failed on GitHub's side is answered with a 200 that says so: worth a retry.
    expect(
      classify(
        graphqlError(
          [{ type: 'INTERNAL', message: 'Something went wrong while executing your query.' }],
          null,
        ),
      ),
    ).toMatchObject({ kind: 'server', answered: true });
    // NOT_FOUND beside another error is not a lookup that merely missed.
    expect(
      classify(
        graphqlError(
          [
            { type: 'NOT_FOUND', message: 'no' },
            { type: 'FORBIDDEN', message: 'no access' },
          ],
          {},
        ),
      ),
    ).toBeInstanceOf(GitHubRequestError);
  });

  it('leaves an error already typed as it is', () => {
    const failure = classify(answered(404, { message: 'Not Found' }));
    expect(classify(failure)).toBe(failure);
    expect(failure).toBeInstanceOf(GitHubError);
    expect(failure).toBeInstanceOf(Error);
    expect(failure.name).toBe('GitHubNotFoundError');
  });
});

describe('the retry policy', () => {
  const fresh = (): Tries => ({ rateLimitWaits: 0, serverFailures: 0 });
  const limited = (waitMs?: string) =>
    classify(
      answered(
        429,
        { message: 'Too Many Requests' },
        waitMs === undefined ? {} : { headers: { 'retry-after': waitMs } },
      ),
      NOW,
    );

  it('waits out a rate limit as GitHub says, twice per request at most, never beyond the longest wait', () => {
    const tries = fresh();
    for (const retriedBy of ['client', 'write-once'] as const)
      expect(nextStep(limited('2'), fresh(), retriedBy, 10)).toMatchObject({
        retry: true,
        waitMs: 2000,
        lookFirst: false,
      });
    for (let wait = 0; wait < RETRY_POLICY.rateLimitWaits; wait++) {
      expect(nextStep(limited(), tries, 'client', 10)).toMatchObject({
        retry: true,
        waitMs: 10 * 2 ** wait,
      });
      countTry(tries, limited());
    }
    expect(nextStep(limited('1'), tries, 'client', 10)).toEqual({ retry: false });
    const tooLong = String(RETRY_POLICY.longestWaitMs / 1000 + 1);
    expect(nextStep(limited(tooLong), fresh(), 'client', 10)).toEqual({ retry: false });
  });

  it('never repeats a write that must happen once without asking GitHub first', () => {
    const server = classify(answered(502, { message: 'Bad Gateway' }, { method: 'POST' }));
    // (The client's loop never asks for such a write: it throws it to writeOnce unsent again.)
    const tries = fresh();
    for (let failure = 1; failure < RETRY_POLICY.serverFailuresPerWrite; failure++) {
      expect(nextStep(server, tries, 'write-once', 10)).toMatchObject({
        retry: true,
        lookFirst: true,
        waitMs: 10 * 2 ** (failure - 1),
      });
      countTry(tries, server);
    }
    expect(nextStep(server, tries, 'write-once', 10)).toEqual({ retry: false });
  });

  it('takes any other answer as final', () => {
    for (const status of [400, 401, 403, 404, 409, 422])
      for (const retriedBy of ['client', 'write-once'] as const)
        expect(
          nextStep(classify(answered(status, { message: 'no' })), fresh(), retriedBy, 10),
        ).toEqual({
          retry: false,
        });
  });

  it('marks the writes writeOnce owns, which the client sends once', () => {
    expect(isWriteOnce(NO_BLIND_RETRY)).toBe(true);
    expect(isWriteOnce({ retries: 0 })).toBe(false);
    expect(isWriteOnce(undefined)).toBe(false);
    expect(RETRY_POLICY.requestAttempts).toBe(
      1 + RETRY_POLICY.serverRetries + RETRY_POLICY.rateLimitWaits,
    );
  });

  it('lets the client repeat a request after a server error three times, waiting longer each time', () => {
    const server = classify(answered(502, { message: 'Bad Gateway' }));
    const tries = fresh();
    const waits: number[] = [];
    for (;;) {
      const step = nextStep(server, tries, 'client', 10);
      if (!step.retry) break;
      waits.push(step.waitMs);
      countTry(tries, server);
    }
    expect(waits).toEqual([10, 40, 90]);
  });
});

describe('what the client throws (against the fake GitHub)', () => {
  let gh: FakeGitHub | undefined;
  afterEach(async () => {
    await gh?.close();
    gh = undefined;
  });
  const { owner, repo } = DEFAULT_REPOSITORY;

  it('a typed error, and a 403 on a write names the permission the workflow lacks', async () => {
    gh = await startFakeGitHub();
    const notes: string[] = [];
    const { octokit } = createOctokit({
      token: 't',
      baseUrl: gh.url,
      retryDelayMs: 1,
      writesPerMinute: 60_000,
      log: (note) => notes.push(note),
    });
    const missing = await octokit.rest.issues
      .get({ owner, repo, issue_number: 999 })
      .catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(GitHubNotFoundError);

    // A 429 on a read is waited out as its retry-after says, and noted in the log.
    gh.faults.push({
      match: { method: 'GET' },
      kind: 'status',
      status: 429,
      headers: { 'retry-after': '0' },
      body: { message: 'Too Many Requests' },
    });
    await octokit.rest.issues.listForRepo({ owner, repo });
    expect(notes).toEqual([
      `Rate limit (429) on GET /repos/${owner}/${repo}/issues; retrying in 0s.`,
    ]);

    gh.faults.push({
      match: { method: 'POST', path: /\/issues$/ },
      kind: 'status',
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const host = gitHubAuditHost(octokit, { owner, repo }, { retryDelayMs: 1 });
    const key = { slug: 'a', kind: 'co-leader' } as const;
    const refused = await host
      .apply({ type: 'open', key, issue: { title: 't', body: 'b', labels: ['audit'] } })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(GitHubAuthError);
    expect((refused as Error).message).toContain('`permissions: issues: write`');
    expect(
      gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/issues')),
    ).toHaveLength(1);
    gh.assertNoViolations();
  });
});

/**
 * No adapter reads an error's status, headers or wording, or counts its own retries: only
 * errors.ts does (and octokit.ts and write-once.ts run its policy's loops).
 */
describe('the adapters leave GitHub’s errors to errors.ts', () => {
  const ADAPTERS = path.join(REPO_ROOT, 'src', 'adapters');
  const FORBIDDEN: ReadonlyArray<readonly [RegExp, string]> = [
    [
      /\b(?:error|err|e|failure|cause)\s*\??\.\s*(?:status|response|headers|errors|data)\b/,
      'reads an error’s fields',
    ],
    [/'status'\s+in\b/, 'reads an error’s status'],
    [/\bstatusOf\b/, 'a status helper of its own'],
    [
      /[!=]==?\s*(?:4\d\d|5\d\d)\b|\b(?:4\d\d|5\d\d)\s*[!=]==?/,
      'compares with an HTTP error status',
    ],
    [/retry-after|x-ratelimit/i, 'reads rate-limit headers'],
    [/secondary rate/i, 'reads rate-limit wording'],
    [/\b(?:RequestError|HttpError|GraphqlResponseError)\b/, 'names Octokit’s error classes'],
    [/\b(?:NOT_FOUND|RATE_LIMITED)\b/, 'reads GraphQL error types'],
    [
      /\b(?:retries|attempts|doNotRetry|retryAfterBaseValue)\s*:\s*(?:\d|\[\s*\d)/,
      'a retry count of its own',
    ],
    [/\b(?:attempts?|retryCount|tries)\s*[<>]=?\s*\d/, 'a retry count of its own'],
  ];

  function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return sources(full);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
    });
  }

  it('finds the adapters to look at', () => {
    const files = sources(ADAPTERS).map((file) => path.relative(ADAPTERS, file));
    expect(files).toContain(path.join('github', 'pull-request-host.ts'));
    expect(files).toContain(path.join('github', 'errors.ts'));
  });

  it('no adapter but errors.ts classifies an error or keeps a retry count', () => {
    const found: string[] = [];
    for (const file of sources(ADAPTERS)) {
      if (path.basename(file) === 'errors.ts') continue;
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, index) => {
        for (const [pattern, why] of FORBIDDEN)
          if (pattern.test(line))
            found.push(
              `${path.relative(REPO_ROOT, file)}:${String(index + 1)}: ${why}: ${line.trim()}`,
            );
      });
    }
    expect(found).toEqual([]);
  });

  it('would catch what the adapters used to do', () => {
    const old = [
      "if (!(error instanceof Error && 'status' in error && error.status === 404)) throw error;",
      'if (statusOf(error) !== 422) throw error;',
      "const header = Number(failure.response?.headers?.['retry-after']);",
      "error.name === 'GraphqlResponseError' &&",
      'doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],',
      'retries: 3,',
      'if (wait === undefined || attempt >= 2) throw error;',
      'const retry = retryCount < 2;',
    ];
    for (const line of old)
      expect(
        FORBIDDEN.some(([pattern]) => pattern.test(line)),
        line,
      ).toBe(true);
  });
});
