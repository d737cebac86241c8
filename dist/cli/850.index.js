export const id = 850;
export const ids = [850];
export const modules = {

/***/ 508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mw: () => (/* binding */ accountByLogin),
/* harmony export */   Q3: () => (/* binding */ accountById),
/* harmony export */   rW: () => (/* binding */ usersByLogin)
/* harmony export */ });
/* unused harmony export LOOKUPS_PER_QUERY */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4807);

/** GitHub's limit on the lookups one GraphQL query may hold, which the fake enforces too. */
const LOOKUPS_PER_QUERY = 100;
/**
 * The User account that holds each login now, by lower-cased login: `null` where no User has
 * it (no account at all, or an organisation or bot: `accountByLogin` tells which).
 */
async function usersByLogin(octokit, logins) {
    const unique = [...new Set(logins.map((login) => login.toLowerCase()))];
    const found = new Map();
    for (let start = 0; start < unique.length; start += LOOKUPS_PER_QUERY) {
        const batch = unique.slice(start, start + LOOKUPS_PER_QUERY);
        const query = `query(${batch.map((_, i) => `$l${String(i)}: String!`).join(', ')}) { ${batch
            .map((_, i) => `u${String(i)}: user(login: $l${String(i)}) { login databaseId createdAt }`)
            .join(' ')} }`;
        const variables = Object.fromEntries(batch.map((login, i) => [`l${String(i)}`, login]));
        const data = await lookUp(octokit, query, variables);
        batch.forEach((login, i) => {
            found.set(login, userOf(data[`u${String(i)}`]));
        });
    }
    return found;
}
/** The account with this id as it is now (its login may have changed), or null if it is gone. */
async function accountById(octokit, id) {
    try {
        const { data } = await octokit.request('GET /user/{account_id}', { account_id: id });
        return accountOf(data);
    }
    catch (error) {
        const failure = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .classify */ .L8)(error);
        if (failure instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubNotFoundError */ .ZY)
            return null;
        throw failure;
    }
}
/** Whatever account holds this login now (a User, an organisation or a bot), or null. */
async function accountByLogin(octokit, login) {
    try {
        const { data } = await octokit.rest.users.getByUsername({ username: login });
        return accountOf(data);
    }
    catch (error) {
        const failure = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .classify */ .L8)(error);
        if (failure instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubNotFoundError */ .ZY)
            return null;
        throw failure;
    }
}
function accountOf(data) {
    const record = data;
    if (typeof record.id !== 'number' || typeof record.login !== 'string')
        return null;
    const type = record.type === 'Organization' || record.type === 'Bot' ? record.type : 'User';
    return {
        id: record.id,
        login: record.login,
        type,
        createdAt: typeof record.created_at === 'string' ? record.created_at : '',
    };
}
function userOf(value) {
    const user = value;
    if (user === null || typeof user !== 'object')
        return null;
    if (typeof user.login !== 'string' || typeof user.databaseId !== 'number')
        return null;
    return {
        id: user.databaseId,
        login: user.login,
        type: 'User',
        createdAt: typeof user.createdAt === 'string' ? user.createdAt : '',
    };
}
/**
 * One GraphQL query of aliased user lookups. A login that no longer exists comes back as a
 * not-found error beside the others' data, which `classify` hands back as its `partialData`.
 */
async function lookUp(octokit, query, variables) {
    try {
        return await octokit.graphql(query, variables);
    }
    catch (error) {
        const failure = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .classify */ .L8)(error);
        if (failure instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubNotFoundError */ .ZY && failure.partialData !== undefined)
            return failure.partialData;
        throw failure;
    }
}


/***/ }),

/***/ 4807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   X5: () => (/* binding */ countTry),
/* harmony export */   ZY: () => (/* binding */ GitHubNotFoundError),
/* harmony export */   hv: () => (/* binding */ NO_BLIND_RETRY),
/* harmony export */   pq: () => (/* binding */ isWriteOnce),
/* harmony export */   sk: () => (/* binding */ nextStep)
/* harmony export */ });
/* unused harmony exports RETRY_POLICY, GitHubError, GitHubRateLimitError, GitHubValidationError, GitHubServerError, GitHubAuthError, GitHubRequestError */
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
const RETRY_POLICY = {
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
};
/**
 * The request option that hands a write to `writeOnce`: the client's loop leaves it alone, so its
 * sends are counted in one place.
 */
const NO_BLIND_RETRY = { writeOnce: true };
/** Whether a request's options hand its retries to `writeOnce`. */
function isWriteOnce(requestOptions) {
    return (typeof requestOptions === 'object' &&
        requestOptions !== null &&
        requestOptions.writeOnce === true);
}
/** Any error GitHub (or the way to it) gave; `message` says what failed and what to do. */
class GitHubError extends Error {
    /** The HTTP status, or undefined when no answer came or the error is GraphQL's. */
    status;
    request;
    /** GitHub's own words (untrusted: escape before it reaches a log or a comment). */
    detail;
    constructor(detail, context, advice) {
        // GitHub's words first: a reader (and the audit's summary) sees what GitHub said, then where.
        super(`${detail} (${where(context)}). ${advice}`, { cause: context.cause });
        this.name = new.target.name;
        this.status = context.status;
        this.request = context.request;
        this.detail = detail;
    }
}
/** 404 or 410, or GraphQL's NOT_FOUND: the thing is not there (or the token may not see it). */
class GitHubNotFoundError extends GitHubError {
    kind = 'not-found';
    /** A GraphQL query's answers for the lookups that were found, beside the ones that were not. */
    partialData;
    constructor(detail, context, partialData) {
        super(detail, context, 'GitHub has no such thing, or the token may not see it: check the repository and the name.');
        this.partialData = partialData;
    }
}
/** A primary limit (the hourly allowance spent) or a secondary one (too much too fast). */
class GitHubRateLimitError extends GitHubError {
    kind = 'rate-limited';
    limit;
    /** How long GitHub asks to wait, in milliseconds; undefined when it did not say. */
    waitMs;
    constructor(detail, context, limit, waitMs) {
        const retry = waitMs === undefined ? 'later' : `in ${String(Math.ceil(waitMs / 1000))} s or later`;
        super(detail, context, limit === 'primary'
            ? `The token's hourly allowance of requests is spent: run again ${retry}.`
            : `GitHub limits how fast one token may write: run again ${retry}, or lower the Action's writes-per-minute input.`);
        this.limit = limit;
        this.waitMs = waitMs;
    }
}
/** 422: GitHub refused the request's content (the label exists already, a field is invalid…). */
class GitHubValidationError extends GitHubError {
    kind = 'validation';
    details;
    constructor(detail, context, details) {
        super(detail, context, 'GitHub refused what was sent, for the reasons above: if it lasts, please report it.');
        this.details = details;
    }
}
/** A 5xx, or no answer at all (a dropped connection, a reply lost on the way back). */
class GitHubServerError extends GitHubError {
    kind = 'server';
    /** False when no answer came: GitHub may still have applied the request. */
    answered;
    constructor(detail, context, answered) {
        super(detail, context, answered
            ? 'GitHub failed to answer, after the retries that are safe: run again later.'
            : 'No answer came from GitHub (the connection dropped), after the retries that are safe: check the network, then run again.');
        this.answered = answered;
    }
}
/** 401 (the token was not accepted) or a 403 that is not a rate limit (a permission is missing). */
class GitHubAuthError extends GitHubError {
    kind = 'auth';
    constructor(detail, context) {
        super(detail, context, authAdvice(context));
    }
}
/** Anything else: another 4xx, a GraphQL error of another type, or no HTTP answer to read. */
class GitHubRequestError extends GitHubError {
    kind = 'other';
    constructor(detail, context) {
        super(detail, context, context.status === undefined
            ? 'The request to GitHub failed: run again; if it lasts, please report it.'
            : 'GitHub refused the request: if it lasts, please report it.');
    }
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
function classify(error, now = Date.now()) {
    if (error instanceof GitHubError)
        return error;
    const graphql = graphqlErrorOf(error);
    if (graphql !== undefined)
        return classifyGraphql(graphql, error, now);
    const http = httpErrorOf(error);
    if (http === undefined) {
        const message = error instanceof Error ? error.message : String(error);
        return new GitHubRequestError(message, { cause: error });
    }
    const { status } = http;
    const context = { status, request: requestOf(http.request), cause: error };
    // Octokit reports "no answer" (a refused or dropped connection) as a 500 without a response.
    if (http.response === undefined)
        return new GitHubServerError(http.message, { ...context, status: undefined }, false);
    const headers = headersOf(http.response.headers);
    const limited = rateLimitOf(status, http.message, headers, http.response.data, now);
    if (limited !== undefined)
        return new GitHubRateLimitError(http.message, context, limited.limit, limited.waitMs);
    if (status === 401 || status === 403)
        return new GitHubAuthError(http.message, context);
    if (status === 404 || status === 410)
        return new GitHubNotFoundError(http.message, context);
    if (status === 422)
        return new GitHubValidationError(http.message, context, detailsOf(http.response.data));
    if (status >= 500)
        return new GitHubServerError(http.message, context, true);
    return new GitHubRequestError(http.message, context);
}
function classifyGraphql(graphql, cause, now) {
    const context = { request: requestOf(graphql.request), cause };
    const types = graphql.errors.map((entry) => entry.type);
    if (types.some((type) => type === 'RATE_LIMITED'))
        return new GitHubRateLimitError(graphql.message, context, 'primary', resetWait(headersOf(graphql.headers), now));
    // GitHub's answer when a query failed on its side: a server error in a 200, worth a retry.
    if (graphql.errors.some((entry) => GRAPHQL_SERVER_FAILURE.test(String(entry.message))))
        return new GitHubServerError(graphql.message, context, true);
    if (types.length > 0 && types.every((type) => type === 'NOT_FOUND')) {
        const data = typeof graphql.data === 'object' && graphql.data !== null
            ? graphql.data
            : undefined;
        return new GitHubNotFoundError(graphql.message, context, data);
    }
    return new GitHubRequestError(graphql.message, context);
}
function httpErrorOf(error) {
    if (!(error instanceof Error) || !('status' in error))
        return undefined;
    const { status } = error;
    return typeof status === 'number' && 'request' in error
        ? error
        : undefined;
}
function graphqlErrorOf(error) {
    return error instanceof Error &&
        error.name === 'GraphqlResponseError' &&
        'errors' in error &&
        Array.isArray(error.errors)
        ? error
        : undefined;
}
function requestOf(request) {
    if (typeof request?.url !== 'string')
        return undefined;
    const method = typeof request.method === 'string' ? request.method.toUpperCase() : 'GET';
    // The path alone: a query string is no help to a reader, and the base URL is known.
    const base = 'https://api.github.com';
    const path = URL.canParse(request.url, base)
        ? new URL(request.url, base).pathname
        : request.url.replace(/\?.*$/s, '');
    return { method, path };
}
function headersOf(headers) {
    if (typeof headers !== 'object' || headers === null)
        return {};
    const found = {};
    for (const [name, value] of Object.entries(headers))
        if (typeof value === 'string' || typeof value === 'number')
            found[name.toLowerCase()] = String(value);
    return found;
}
/** A rate limit, as GitHub documents them: 429, or a 403 with the wording or the headers of one. */
function rateLimitOf(status, message, headers, data, now) {
    const secondary = SECONDARY.test(message);
    const spent = headers['x-ratelimit-remaining'] === '0' || rateLimitedTypes(data);
    const limited = status === 429 ||
        (status === 403 && (secondary || spent || headers['retry-after'] !== undefined));
    if (!limited)
        return undefined;
    const limit = spent && !secondary ? 'primary' : 'secondary';
    const waitMs = retryAfterWait(headers['retry-after'], now) ??
        (spent ? resetWait(headers, now) : undefined) ??
        (secondary ? SECONDARY_WAIT_MS : undefined);
    return { limit, waitMs };
}
function rateLimitedTypes(data) {
    const errors = data?.errors;
    return (Array.isArray(errors) &&
        errors.some((entry) => entry?.type === 'RATE_LIMITED'));
}
/** retry-after: seconds, or an HTTP date. */
function retryAfterWait(value, now) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds))
        return seconds >= 0 ? seconds * 1000 : undefined;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** x-ratelimit-reset: when the allowance renews (epoch seconds); a second's margin, as GitHub advises. */
function resetWait(headers, now) {
    const reset = Number(headers['x-ratelimit-reset']);
    if (!Number.isFinite(reset) || reset <= 0)
        return undefined;
    return Math.max(0, reset * 1000 - now) + 1000;
}
function detailsOf(data) {
    const errors = data?.errors;
    if (!Array.isArray(errors))
        return [];
    return errors.map((entry) => {
        if (typeof entry === 'string')
            return { message: entry };
        const record = (typeof entry === 'object' && entry !== null ? entry : {});
        const detail = {};
        for (const key of ['resource', 'field', 'code', 'message']) {
            const value = record[key];
            if (typeof value === 'string')
                detail[key] = value;
        }
        return detail;
    });
}
function where({ status, request }) {
    const what = request === undefined ? 'a GitHub request' : `${request.method} ${request.path}`;
    return status === undefined ? `no HTTP answer to ${what}` : `HTTP ${String(status)} on ${what}`;
}
/**
 * Which of the workflow token's permissions a request needs, by its path: what a 403 names so a
 * maintainer can fix the workflow's `permissions:` block.
 */
const PERMISSIONS = [
    [/^\/repos\/[^/]+\/[^/]+\/(?:check-runs|check-suites|commits\/[^/]+\/check-runs)\b/, 'checks'],
    [/^\/repos\/[^/]+\/[^/]+\/(?:issues|labels)\b/, 'issues'],
    [/^\/repos\/[^/]+\/[^/]+\/pulls\b/, 'pull-requests'],
    [/^\/repos\/[^/]+\/[^/]+\/(?:git|contents|commits)\b/, 'contents'],
];
function authAdvice({ status, request }) {
    if (status === 401)
        return "GitHub did not accept the token: check that it is set (the Action's token input, or GITHUB_TOKEN for tgr) and has not expired.";
    const scope = request === undefined
        ? undefined
        : PERMISSIONS.find(([pattern]) => pattern.test(request.path))?.[1];
    if (scope === undefined || request === undefined)
        return "The token may not do this: check the workflow's permissions (or the token's scopes).";
    const level = request.method === 'GET' || request.method === 'HEAD' ? 'read' : 'write';
    return `The token may not ${level} ${scope} here: give the workflow job \`permissions: ${scope}: ${level}\` (or the token that scope).`;
}
/**
 * The policy's one decision: after `failure`, with `tries` spent (this failure not counted), may
 * the request be sent again, and after how long? `retriedBy` says which loop asks: the client's
 * (any request that may be repeated) or `writeOnce`'s (a write that must happen once, which
 * nothing else retries). Count the failure (`countTry`) before the
 * next send.
 */
function nextStep(failure, tries, retriedBy, retryDelayMs) {
    if (failure instanceof GitHubRateLimitError) {
        if (tries.rateLimitWaits >= RETRY_POLICY.rateLimitWaits)
            return { retry: false };
        const waitMs = failure.waitMs ?? retryDelayMs * 2 ** tries.rateLimitWaits;
        if (waitMs > RETRY_POLICY.longestWaitMs)
            return { retry: false };
        return { retry: true, waitMs, lookFirst: false, note: waitNote(failure, waitMs) };
    }
    // A request that may be repeated is sent again after a server error, with growing waits.
    if (failure instanceof GitHubServerError && retriedBy === 'client') {
        if (tries.serverFailures >= RETRY_POLICY.serverRetries)
            return { retry: false };
        return {
            retry: true,
            waitMs: retryDelayMs * (tries.serverFailures + 1) ** 2,
            lookFirst: false,
            note: undefined,
        };
    }
    // GitHub may have applied a write whose answer was a server error or never came.
    if (failure instanceof GitHubServerError && retriedBy === 'write-once') {
        if (tries.serverFailures + 1 >= RETRY_POLICY.serverFailuresPerWrite)
            return { retry: false };
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
function countTry(tries, failure) {
    if (failure instanceof GitHubRateLimitError)
        tries.rateLimitWaits++;
    else if (failure instanceof GitHubServerError)
        tries.serverFailures++;
}
function waitNote(failure, waitMs) {
    const what = failure.limit === 'primary'
        ? 'Rate limit reached'
        : SECONDARY.test(failure.detail)
            ? 'Secondary rate limit'
            : `Rate limit (${String(failure.status ?? 429)})`;
    const request = failure.request === undefined ? '' : ` on ${failure.request.method} ${failure.request.path}`;
    return `${what}${request}; retrying in ${String(waitMs / 1000)}s.`;
}


/***/ }),

/***/ 2887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ createOctokit)
/* harmony export */ });
/* unused harmony export isPaced */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2203);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(bottleneck__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4807);



function createOctokit(options) {
    const log = options.log ?? (() => undefined);
    const retryDelayMs = options.retryDelayMs ?? 1000;
    const intervalMs = Math.ceil(60_000 / (options.writesPerMinute ?? 60));
    // Writes go out one at a time, `intervalMs` apart: Bottleneck keeps the pace. Reads, GraphQL
    // queries among them (this project sends no mutation), are not queued: GitHub counts a query as
    // one point of 2,000 a minute, and pacing the audit's account lookups like writes would make an
    // audit of 10,000 groups wait 200 s at the default 60 a minute. A queue also costs each request
    // a few timer turns (about 5 ms).
    const writes = new (bottleneck__WEBPACK_IMPORTED_MODULE_1___default())({ maxConcurrent: 1, minTime: intervalMs });
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl: options.baseUrl,
        userAgent: 'tech-groups-registry',
        // writeOnce's notes (a write that waits out a rate limit) reach the same log.
        log: { debug: () => undefined, info: log, warn: console.warn, error: console.error },
    });
    // The client's loop, the one place a request is sent again: server errors and rate limits
    // retried as the policy says (errors.ts), and every error typed on its way out. A write handed
    // to writeOnce is sent once here, and writeOnce decides.
    octokit.hook.wrap('request', async (request, requestOptions) => {
        const tries = { rateLimitWaits: 0, serverFailures: 0 };
        for (;;) {
            try {
                if (isPaced(requestOptions.method, requestOptions.url))
                    return await writes.schedule(async () => request(requestOptions));
                return await request(requestOptions);
            }
            catch (error) {
                const failure = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .classify */ .L8)(error);
                if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isWriteOnce */ .pq)(requestOptions.request))
                    throw failure;
                const step = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .nextStep */ .sk)(failure, tries, 'client', retryDelayMs);
                if (!step.retry)
                    throw failure;
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .countTry */ .X5)(tries, failure);
                if (step.note !== undefined)
                    log(step.note);
                await new Promise((resolve) => setTimeout(resolve, step.waitMs));
            }
        }
    });
    const stats = { requests: 0, writes: 0 };
    octokit.hook.before('request', (request) => {
        stats.requests++;
        // A GraphQL query is a POST but writes nothing: this project's queries only look accounts up.
        const query = /\/graphql$/.test(request.url);
        if (request.method !== 'GET' && request.method !== 'HEAD' && !query)
            stats.writes++;
    });
    return { octokit, stats };
}
/** A REST write: what GitHub paces as content creation. */
function isPaced(method, url) {
    return method !== 'GET' && method !== 'HEAD' && !/\/graphql$/.test(url);
}


/***/ })

};
