/**
 * GitHub's errors, typed, and the one retry policy every GitHub adapter follows. Octokit raises a
 * RequestError (an HTTP status, or a 500 with no response when no answer came) and @octokit/graphql
 * a GraphqlResponseError (errors beside partial data); `classify` turns either into one of the
 * classes below, so no adapter reads a status, a header or a message by itself. Errors are read by
 * shape, not `instanceof`: a bundle may hold more than one copy of Octokit's classes.
 */

/**
 * What may be repeated, how often, and what never is. Every loop that sends a request again
 * (the client's, in octokit.ts, and `writeOnce`'s, in write-once.ts) reads these numbers.
 */
export const RETRY_POLICY = {
  /**
   * Retries, by the client's loop, of a request that may be repeated blindly (a read, an update,
   * a delete) after a server error (5xx) or a lost connection; it waits the retry delay times 1,
   * 4 and 9 between them. Every other answer (a 4xx that is not a rate limit) is GitHub's verdict,
   * not an accident, and is final.
   */
  serverRetries: 3,
  /** Rate limits waited out per request (per write, for a write that must happen once). */
  rateLimitWaits: 2,
  /** A wait GitHub asks for beyond this is not waited: the request fails and says when to retry. */
  longestWaitMs: 5 * 60_000,
  /**
   * Sends of a write that must happen once (an issue, a comment, a label, a check run) that may
   * end in a server error or a lost reply: GitHub may have applied any of them, so before each
   * next send `writeOnce` asks GitHub whether it did. Never retried blindly.
   */
  serverFailuresPerWrite: 3,
  /** All sends of one write that must happen once: its server failures plus its rate limits. */
  writeAttempts: 5,
  /** All sends of a request that may be repeated: one loop counts its server failures and its
   * rate limits, each against its own budget, 1 + 3 + 2. */
  requestAttempts: 6,
} as const;

/**
 * The request option that hands a write to `writeOnce`: the client's loop leaves it alone, so its
 * sends are counted in one place.
 */
export const NO_BLIND_RETRY = { writeOnce: true } as const;

/** Whether a request's options hand its retries to `writeOnce`. */
export function isWriteOnce(requestOptions: unknown): boolean {
  return (
    typeof requestOptions === 'object' &&
    requestOptions !== null &&
    (requestOptions as { writeOnce?: unknown }).writeOnce === true
  );
}

/** The request that failed, as a log line names it: the method and the path, no query. */
export interface FailedRequest {
  method: string;
  path: string;
}

interface GitHubErrorContext {
  status?: number | undefined;
  request?: FailedRequest | undefined;
  cause?: unknown;
}

/** Any error GitHub (or the way to it) gave; `message` says what failed and what to do. */
export abstract class GitHubError extends Error {
  abstract readonly kind: 'not-found' | 'rate-limited' | 'validation' | 'server' | 'auth' | 'other';
  /** The HTTP status, or undefined when no answer came or the error is GraphQL's. */
  readonly status: number | undefined;
  readonly request: FailedRequest | undefined;
  /** GitHub's own words (untrusted: escape before it reaches a log or a comment). */
  readonly detail: string;

  protected constructor(detail: string, context: GitHubErrorContext, advice: string) {
    // GitHub's words first: a reader (and the audit's summary) sees what GitHub said, then where.
    super(`${detail} (${where(context)}). ${advice}`, { cause: context.cause });
    this.name = new.target.name;
    this.status = context.status;
    this.request = context.request;
    this.detail = detail;
  }
}

/** 404 or 410, or GraphQL's NOT_FOUND: the thing is not there (or the token may not see it). */
export class GitHubNotFoundError extends GitHubError {
  readonly kind = 'not-found';
  /** A GraphQL query's answers for the lookups that were found, beside the ones that were not. */
  readonly partialData: Record<string, unknown> | undefined;

  constructor(detail: string, context: GitHubErrorContext, partialData?: Record<string, unknown>) {
    super(
      detail,
      context,
      'GitHub has no such thing, or the token may not see it: check the repository and the name.',
    );
    this.partialData = partialData;
  }
}

/** A primary limit (the hourly allowance spent) or a secondary one (too much too fast). */
export class GitHubRateLimitError extends GitHubError {
  readonly kind = 'rate-limited';
  readonly limit: 'primary' | 'secondary';
  /** How long GitHub asks to wait, in milliseconds; undefined when it did not say. */
  readonly waitMs: number | undefined;

  constructor(
    detail: string,
    context: GitHubErrorContext,
    limit: 'primary' | 'secondary',
    waitMs: number | undefined,
  ) {
    const retry =
      waitMs === undefined ? 'later' : `in ${String(Math.ceil(waitMs / 1000))} s or later`;
    super(
      detail,
      context,
      limit === 'primary'
        ? `The token's hourly allowance of requests is spent: run again ${retry}.`
        : `GitHub limits how fast one token may write: run again ${retry}, or lower the Action's writes-per-minute input.`,
    );
    this.limit = limit;
    this.waitMs = waitMs;
  }
}

/** One of the reasons GitHub gives for a 422. */
export interface ValidationDetail {
  resource?: string;
  field?: string;
  code?: string;
  message?: string;
}

/** 422: GitHub refused the request's content (the label exists already, a field is invalid…). */
export class GitHubValidationError extends GitHubError {
  readonly kind = 'validation';
  readonly details: readonly ValidationDetail[];

  constructor(detail: string, context: GitHubErrorContext, details: readonly ValidationDetail[]) {
    super(
      detail,
      context,
      'GitHub refused what was sent, for the reasons above: if it lasts, please report it.',
    );
    this.details = details;
  }
}

/** A 5xx, or no answer at all (a dropped connection, a reply lost on the way back). */
export class GitHubServerError extends GitHubError {
  readonly kind = 'server';
  /** False when no answer came: GitHub may still have applied the request. */
  readonly answered: boolean;

  constructor(detail: string, context: GitHubErrorContext, answered: boolean) {
    super(
      detail,
      context,
      answered
        ? 'GitHub failed to answer, after the retries that are safe: run again later.'
        : 'No answer came from GitHub (the connection dropped), after the retries that are safe: check the network, then run again.',
    );
    this.answered = answered;
  }
}

/** 401 (the token was not accepted) or a 403 that is not a rate limit (a permission is missing). */
export class GitHubAuthError extends GitHubError {
  readonly kind = 'auth';

  constructor(detail: string, context: GitHubErrorContext) {
    super(detail, context, authAdvice(context));
  }
}

/** Anything else: another 4xx, a GraphQL error of another type, or no HTTP answer to read. */
export class GitHubRequestError extends GitHubError {
  readonly kind = 'other';

  constructor(detail: string, context: GitHubErrorContext) {
    super(
      detail,
      context,
      context.status === undefined
        ? 'The request to GitHub failed: run again; if it lasts, please report it.'
        : 'GitHub refused the request: if it lasts, please report it.',
    );
  }
}

/** Octokit's RequestError, read by shape. */
interface HttpErrorShape {
  status: number;
  message: string;
  request?: { method?: unknown; url?: unknown };
  response?: { headers?: Record<string, unknown>; data?: unknown };
}

/** @octokit/graphql's GraphqlResponseError, read by shape. */
interface GraphqlErrorShape {
  message: string;
  request?: { method?: unknown; url?: unknown };
  headers?: Record<string, unknown>;
  errors: Array<{ type?: unknown; message?: unknown }>;
  data?: unknown;
}

const SECONDARY = /\bsecondary rate\b/i;
const GRAPHQL_SERVER_FAILURE = /Something went wrong while executing your query/;
/** GitHub: after a secondary limit without retry-after, wait at least a minute. */
const SECONDARY_WAIT_MS = 60_000;

/**
 * The typed error for anything a GitHub request threw: an Octokit RequestError, a GraphQL
 * response error (a rate limit, a failure on GitHub's side, a lookup not found), or an error
 * already typed.
 * `now` is for the primary limit's reset time.
 */
export function classify(error: unknown, now: number = Date.now()): GitHubError {
  if (error instanceof GitHubError) return error;
  const graphql = graphqlErrorOf(error);
  if (graphql !== undefined) return classifyGraphql(graphql, error, now);
  const http = httpErrorOf(error);
  if (http === undefined) {
    const message = error instanceof Error ? error.message : String(error);
    return new GitHubRequestError(message, { cause: error });
  }
  const { status } = http;
  const context: GitHubErrorContext = { status, request: requestOf(http.request), cause: error };
  // Octokit reports "no answer" (a refused or dropped connection) as a 500 without a response.
  if (http.response === undefined)
    return new GitHubServerError(http.message, { ...context, status: undefined }, false);
  const headers = headersOf(http.response.headers);
  const limited = rateLimitOf(status, http.message, headers, http.response.data, now);
  if (limited !== undefined)
    return new GitHubRateLimitError(http.message, context, limited.limit, limited.waitMs);
  if (status === 401 || status === 403) return new GitHubAuthError(http.message, context);
  if (status === 404 || status === 410) return new GitHubNotFoundError(http.message, context);
  if (status === 422)
    return new GitHubValidationError(http.message, context, detailsOf(http.response.data));
  if (status >= 500) return new GitHubServerError(http.message, context, true);
  return new GitHubRequestError(http.message, context);
}

function classifyGraphql(graphql: GraphqlErrorShape, cause: unknown, now: number): GitHubError {
  const context: GitHubErrorContext = { request: requestOf(graphql.request), cause };
  const types = graphql.errors.map((entry) => entry.type);
  if (types.some((type) => type === 'RATE_LIMITED'))
    return new GitHubRateLimitError(
      graphql.message,
      context,
      'primary',
      resetWait(headersOf(graphql.headers), now),
    );
  // GitHub's answer when a query failed on its side: a server error in a 200, worth a retry.
  if (graphql.errors.some((entry) => GRAPHQL_SERVER_FAILURE.test(String(entry.message))))
    return new GitHubServerError(graphql.message, context, true);
  if (types.length > 0 && types.every((type) => type === 'NOT_FOUND')) {
    const data =
      typeof graphql.data === 'object' && graphql.data !== null
        ? (graphql.data as Record<string, unknown>)
        : undefined;
    return new GitHubNotFoundError(graphql.message, context, data);
  }
  return new GitHubRequestError(graphql.message, context);
}

function httpErrorOf(error: unknown): HttpErrorShape | undefined {
  if (!(error instanceof Error) || !('status' in error)) return undefined;
  const { status } = error as { status: unknown };
  return typeof status === 'number' && 'request' in error
    ? (error as unknown as HttpErrorShape)
    : undefined;
}

function graphqlErrorOf(error: unknown): GraphqlErrorShape | undefined {
  return error instanceof Error &&
    error.name === 'GraphqlResponseError' &&
    'errors' in error &&
    Array.isArray(error.errors)
    ? (error as unknown as GraphqlErrorShape)
    : undefined;
}

function requestOf(request: HttpErrorShape['request']): FailedRequest | undefined {
  if (typeof request?.url !== 'string') return undefined;
  const method = typeof request.method === 'string' ? request.method.toUpperCase() : 'GET';
  // The path alone: a query string is no help to a reader, and the base URL is known.
  const base = 'https://api.github.com';
  const path = URL.canParse(request.url, base)
    ? new URL(request.url, base).pathname
    : request.url.replace(/\?.*$/s, '');
  return { method, path };
}

function headersOf(headers: unknown): Record<string, string> {
  if (typeof headers !== 'object' || headers === null) return {};
  const found: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (typeof value === 'string' || typeof value === 'number')
      found[name.toLowerCase()] = String(value);
  return found;
}

/** A rate limit, as GitHub documents them: 429, or a 403 with the wording or the headers of one. */
function rateLimitOf(
  status: number,
  message: string,
  headers: Record<string, string>,
  data: unknown,
  now: number,
): { limit: 'primary' | 'secondary'; waitMs: number | undefined } | undefined {
  const secondary = SECONDARY.test(message);
  const spent = headers['x-ratelimit-remaining'] === '0' || rateLimitedTypes(data);
  const limited =
    status === 429 ||
    (status === 403 && (secondary || spent || headers['retry-after'] !== undefined));
  if (!limited) return undefined;
  const limit = spent && !secondary ? 'primary' : 'secondary';
  const waitMs =
    retryAfterWait(headers['retry-after'], now) ??
    (spent ? resetWait(headers, now) : undefined) ??
    (secondary ? SECONDARY_WAIT_MS : undefined);
  return { limit, waitMs };
}

function rateLimitedTypes(data: unknown): boolean {
  const errors = (data as { errors?: unknown } | null | undefined)?.errors;
  return (
    Array.isArray(errors) &&
    errors.some((entry) => (entry as { type?: unknown } | null)?.type === 'RATE_LIMITED')
  );
}

/** retry-after: seconds, or an HTTP date. */
function retryAfterWait(value: string | undefined, now: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** x-ratelimit-reset: when the allowance renews (epoch seconds); a second's margin, as GitHub advises. */
function resetWait(headers: Record<string, string>, now: number): number | undefined {
  const reset = Number(headers['x-ratelimit-reset']);
  if (!Number.isFinite(reset) || reset <= 0) return undefined;
  return Math.max(0, reset * 1000 - now) + 1000;
}

function detailsOf(data: unknown): ValidationDetail[] {
  const errors = (data as { errors?: unknown } | null | undefined)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.map((entry): ValidationDetail => {
    if (typeof entry === 'string') return { message: entry };
    const record = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<
      string,
      unknown
    >;
    const detail: ValidationDetail = {};
    for (const key of ['resource', 'field', 'code', 'message'] as const) {
      const value = record[key];
      if (typeof value === 'string') detail[key] = value;
    }
    return detail;
  });
}

function where({ status, request }: GitHubErrorContext): string {
  const what = request === undefined ? 'a GitHub request' : `${request.method} ${request.path}`;
  return status === undefined ? `no HTTP answer to ${what}` : `HTTP ${String(status)} on ${what}`;
}

/**
 * Which of the workflow token's permissions a request needs, by its path: what a 403 names so a
 * maintainer can fix the workflow's `permissions:` block.
 */
const PERMISSIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\/repos\/[^/]+\/[^/]+\/(?:check-runs|check-suites|commits\/[^/]+\/check-runs)\b/, 'checks'],
  [/^\/repos\/[^/]+\/[^/]+\/(?:issues|labels)\b/, 'issues'],
  [/^\/repos\/[^/]+\/[^/]+\/pulls\b/, 'pull-requests'],
  [/^\/repos\/[^/]+\/[^/]+\/(?:git|contents|commits)\b/, 'contents'],
];

function authAdvice({ status, request }: GitHubErrorContext): string {
  if (status === 401)
    return "GitHub did not accept the token: check that it is set (the Action's token input, or GITHUB_TOKEN for tgr) and has not expired.";
  const scope =
    request === undefined
      ? undefined
      : PERMISSIONS.find(([pattern]) => pattern.test(request.path))?.[1];
  if (scope === undefined || request === undefined)
    return "The token may not do this: check the workflow's permissions (or the token's scopes).";
  const level = request.method === 'GET' || request.method === 'HEAD' ? 'read' : 'write';
  return `The token may not ${level} ${scope} here: give the workflow job \`permissions: ${scope}: ${level}\` (or the token that scope).`;
}

/** How often each kind of failure has been retried so far, for one request or one write. */
export interface Tries {
  rateLimitWaits: number;
  serverFailures: number;
}

/** What to do after a failure: give up, or wait and send again (asking GitHub first, maybe). */
export type NextStep =
  | { retry: false }
  | {
      retry: true;
      waitMs: number;
      /** Ask GitHub whether the failed write went through before sending it again. */
      lookFirst: boolean;
      /** What the log says, or undefined for a quiet retry. */
      note: string | undefined;
    };

/**
 * The policy's one decision: after `failure`, with `tries` spent (this failure not counted), may
 * the request be sent again, and after how long? `retriedBy` says which loop asks: the client's
 * (any request that may be repeated) or `writeOnce`'s (a write that must happen once, which
 * nothing else retries). Count the failure (`countTry`) before the
 * next send.
 */
export function nextStep(
  failure: GitHubError,
  tries: Tries,
  retriedBy: 'client' | 'write-once',
  retryDelayMs: number,
): NextStep {
  if (failure instanceof GitHubRateLimitError) {
    if (tries.rateLimitWaits >= RETRY_POLICY.rateLimitWaits) return { retry: false };
    const waitMs = failure.waitMs ?? retryDelayMs * 2 ** tries.rateLimitWaits;
    if (waitMs > RETRY_POLICY.longestWaitMs) return { retry: false };
    return { retry: true, waitMs, lookFirst: false, note: waitNote(failure, waitMs) };
  }
  // A request that may be repeated is sent again after a server error, with growing waits.
  if (failure instanceof GitHubServerError && retriedBy === 'client') {
    if (tries.serverFailures >= RETRY_POLICY.serverRetries) return { retry: false };
    return {
      retry: true,
      waitMs: retryDelayMs * (tries.serverFailures + 1) ** 2,
      lookFirst: false,
      note: undefined,
    };
  }
  // GitHub may have applied a write whose answer was a server error or never came.
  if (failure instanceof GitHubServerError && retriedBy === 'write-once') {
    if (tries.serverFailures + 1 >= RETRY_POLICY.serverFailuresPerWrite) return { retry: false };
    return {
      retry: true,
      waitMs: retryDelayMs * 2 ** tries.serverFailures,
      lookFirst: true,
      note: undefined,
    };
  }
  return { retry: false };
}

/** Counts a failure against its budget. */
export function countTry(tries: Tries, failure: GitHubError): void {
  if (failure instanceof GitHubRateLimitError) tries.rateLimitWaits++;
  else if (failure instanceof GitHubServerError) tries.serverFailures++;
}

function waitNote(failure: GitHubRateLimitError, waitMs: number): string {
  const what =
    failure.limit === 'primary'
      ? 'Rate limit reached'
      : SECONDARY.test(failure.detail)
        ? 'Secondary rate limit'
        : `Rate limit (${String(failure.status ?? 429)})`;
  const request =
    failure.request === undefined ? '' : ` on ${failure.request.method} ${failure.request.path}`;
  return `${what}${request}; retrying in ${String(waitMs / 1000)}s.`;
}
