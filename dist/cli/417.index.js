export const id = 417;
export const ids = [417];
export const modules = {

/***/ 6791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ diskGroupFiles)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Group files on disk. `files` are absolute paths; the report shows them as `display` says.
 * A write goes to a temporary file beside the target (same folder, so the same file system),
 * keeps the file's mode, and is renamed over it: readers see the old file or the new one.
 */
function diskGroupFiles(files, display) {
    const byShown = new Map(files.map((file) => [display(file), file]));
    const absolute = (shown) => byShown.get(shown) ?? shown;
    return {
        list: () => Promise.resolve([...byShown.keys()]),
        read: async (shown) => new Uint8Array(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(absolute(shown))),
        async write(shown, text) {
            const target = absolute(shown);
            const temporary = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
            const { mode } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(target);
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temporary, text, { flag: 'wx', mode });
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, target);
            }
            catch (error) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(temporary).catch(() => undefined);
                throw error;
            }
        },
        remove: (shown) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(absolute(shown)),
    };
}


/***/ }),

/***/ 9417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  syncCommand: () => (/* binding */ syncCommand)
});

// EXTERNAL MODULE: ./src/adapters/fs/registry-disk.ts
var registry_disk = __webpack_require__(3301);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/fs/group-files.ts
var group_files = __webpack_require__(6791);
// EXTERNAL MODULE: ./src/load/registry.ts
var registry = __webpack_require__(9273);
// EXTERNAL MODULE: ./src/sync/feed-thread.ts
var feed_thread = __webpack_require__(1288);
// EXTERNAL MODULE: external "node:dns"
var external_node_dns_ = __webpack_require__(610);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./node_modules/ipaddr.js/lib/ipaddr.js
var ipaddr = __webpack_require__(8280);
var ipaddr_default = /*#__PURE__*/__webpack_require__.n(ipaddr);
// EXTERNAL MODULE: ./src/core/urls.ts
var urls = __webpack_require__(1221);
// EXTERNAL MODULE: ./src/sync/port.ts
var sync_port = __webpack_require__(5172);
;// CONCATENATED MODULE: ./src/adapters/http/feed-source.ts







const DEFAULTS = { maxBytes: 5 * 1024 * 1024, timeoutMs: 20_000, maxRedirects: 3 };
/**
 * Fetches feeds from the internet, which is untrusted: https only, to public addresses only.
 * The address is checked when the socket connects (a custom `lookup`), so a name that resolves
 * to a public address when checked and a private one when used (DNS rebinding) is still refused;
 * every redirect is checked again; size, time and redirects are bounded.
 *
 * Node's own http/https with a `lookup` suffice: the check sits exactly where the address is
 * chosen, with nothing else to configure (undici's dispatcher would need the same lookup).
 */
function httpFeedSource(options = {}) {
    const limits = { ...DEFAULTS, ...definedOnly(options) };
    const loopback = options.env?.TGR_SYNC_ALLOW_LOOPBACK === '1';
    const resolve = options.resolve ??
        ((hostname, callback) => {
            (0,external_node_dns_.lookup)(hostname, { all: true, verbatim: true }, callback);
        });
    return {
        async fetch(url) {
            const deadline = Date.now() + limits.timeoutMs;
            let target = url;
            for (let redirects = 0;; redirects++) {
                const checked = checkTarget(target, loopback);
                const answer = await request(checked, resolve, loopback, limits.maxBytes, deadline, limits.timeoutMs);
                if (answer.kind === 'body')
                    return answer.text;
                if (redirects >= limits.maxRedirects) {
                    throw new sync_port/* FeedFetchError */.n(`more than ${String(limits.maxRedirects)} redirects`);
                }
                target = new URL(answer.location, checked).href;
            }
        },
    };
}
function definedOnly(options) {
    const result = {};
    if (options.maxBytes !== undefined)
        result.maxBytes = options.maxBytes;
    if (options.timeoutMs !== undefined)
        result.timeoutMs = options.timeoutMs;
    if (options.maxRedirects !== undefined)
        result.maxRedirects = options.maxRedirects;
    return result;
}
/** The address as it may be fetched: https on a public host (or, for tests, http on loopback). */
function checkTarget(target, loopback) {
    if (!URL.canParse(target))
        throw new sync_port/* FeedFetchError */.n('not a web address');
    const url = new URL(target);
    if (loopback &&
        isLoopbackHost(url.hostname) &&
        (url.protocol === 'http:' || url.protocol === 'https:')) {
        return url;
    }
    const verdict = (0,urls/* checkPublicHttpsUrl */.gL)(target);
    if (!verdict.ok) {
        const why = {
            'not-a-url': 'not a web address',
            'not-https': 'not an https address',
            'not-public': 'not a public address',
            credentials: 'the address holds a user name or password',
        }[verdict.problem];
        throw new sync_port/* FeedFetchError */.n(`refused ${url.protocol}//${url.host}: ${why}`);
    }
    return verdict.url;
}
function bareHost(hostname) {
    return hostname.replace(/^\[|\]$/g, '');
}
function isLoopbackHost(hostname) {
    const host = bareHost(hostname);
    return (0,external_node_net_.isIP)(host) !== 0 && isLoopbackAddress(host);
}
function isLoopbackAddress(address) {
    return ipaddr_default().isValid(address) && ipaddr_default().process(address).range() === 'loopback';
}
function request(url, resolve, loopback, maxBytes, deadline, timeoutMs) {
    /** Connect only to an address that passes, whatever the name resolved to a moment ago. */
    const lookup = (hostname, options, callback) => {
        resolve(hostname, (error, addresses) => {
            if (error) {
                callback(error, '', 4);
                return;
            }
            const allowed = addresses.filter((entry) => (0,urls/* isPublicAddress */.i0)(entry.address) || (loopback && isLoopbackAddress(entry.address)));
            if (allowed.length === 0 || allowed.length < addresses.length) {
                callback(new sync_port/* FeedFetchError */.n(`refused ${hostname}: it resolves to a private or local address`), '', 4);
                return;
            }
            const first = allowed[0];
            if (options.all === true) {
                callback(null, allowed);
            }
            else
                callback(null, first.address, first.family);
        });
    };
    return new Promise((resolveAnswer, reject) => {
        const remaining = Math.max(1, deadline - Date.now());
        const client = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        const req = client.request(url, {
            method: 'GET',
            lookup,
            headers: {
                accept: 'text/calendar, text/plain;q=0.5, */*;q=0.1',
                'user-agent': 'tgr-sync (Azure Tech Groups registry)',
            },
            // No keep-alive: a pooled socket would skip the lookup that checks the address.
            agent: false,
        }, (response) => {
            const status = response.statusCode ?? 0;
            // The body of a redirect or an error is never read: the connection goes at once, so a
            // body that never ends cannot keep the process alive.
            if (status >= 300 && status < 400 && response.headers.location !== undefined) {
                response.on('error', ignore);
                req.destroy();
                clearTimeout(timer);
                resolveAnswer({ kind: 'redirect', location: response.headers.location });
                return;
            }
            if (status !== 200) {
                response.on('error', ignore);
                req.destroy();
                clearTimeout(timer);
                reject(new sync_port/* FeedFetchError */.n(`the server answered HTTP ${String(status)}`));
                return;
            }
            const declared = Number(response.headers['content-length'] ?? 0);
            if (declared > maxBytes) {
                req.destroy(tooLarge(maxBytes));
                return;
            }
            const chunks = [];
            let size = 0;
            response.on('data', (chunk) => {
                size += chunk.length;
                if (size > maxBytes)
                    req.destroy(tooLarge(maxBytes));
                else
                    chunks.push(chunk);
            });
            response.on('end', () => {
                clearTimeout(timer);
                const text = new TextDecoder('utf-8').decode(Buffer.concat(chunks));
                resolveAnswer({ kind: 'body', text });
            });
            response.on('error', (error) => {
                clearTimeout(timer);
                reject(asFetchError(error));
            });
        });
        const timer = setTimeout(() => {
            req.destroy(new sync_port/* FeedFetchError */.n(`no complete answer within ${String(timeoutMs)} ms`));
        }, remaining);
        req.on('error', (error) => {
            clearTimeout(timer);
            reject(asFetchError(error));
        });
        req.end();
    });
}
/** The answer was already given: an abort of the unread body says nothing more. */
function ignore() {
    // Nothing to do.
}
function tooLarge(maxBytes) {
    return new sync_port/* FeedFetchError */.n(`the feed is larger than ${String(Math.round(maxBytes / 1024 / 1024))} MB`);
}
function asFetchError(error) {
    if (error instanceof sync_port/* FeedFetchError */.n)
        return error;
    const code = 'code' in error && typeof error.code === 'string' ? ` (${error.code})` : '';
    return new sync_port/* FeedFetchError */.n(`the feed could not be fetched${code}`);
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/sync/report.ts


/** One line per change and per error, every text from a feed or a file escaped. */
function formatSyncText(outcome, dryRun) {
    const lines = [];
    const will = dryRun ? 'would be ' : '';
    for (const group of outcome.groups) {
        const at = (0,report_escape/* escapeLogText */.dD)(group.path);
        for (const meetup of group.added) {
            lines.push(`${at}: ${will}added ${meetup.date} ${(0,report_escape/* escapeLogText */.dD)(JSON.stringify(meetup.title))}${meetup.azure ? ' (azure)' : ''}`);
        }
        for (const change of group.updated) {
            const parts = [
                ...(change.date ? [`date ${change.date.from} → ${change.date.to}`] : []),
                ...(change.title
                    ? [`title ${JSON.stringify(change.title.from)} → ${JSON.stringify(change.title.to)}`]
                    : []),
            ];
            lines.push(`${at}: ${will}updated meetup ${String(change.index + 1)}: ${(0,report_escape/* escapeLogText */.dD)(parts.join(', '))}`);
        }
        for (const change of group.cancelled) {
            const why = change.reason === 'feed'
                ? 'the feed marks it cancelled'
                : 'it is gone from the feed, which still covers its day';
            lines.push(`${at}: ${will}marked cancelled ${change.date} ${(0,report_escape/* escapeLogText */.dD)(JSON.stringify(change.title))}: ${why}`);
        }
        if (group.deferred > 0) {
            lines.push(`${at}: ${String(group.deferred)} more new events are left for the next run`);
        }
        for (const error of group.errors) {
            const feed = error.feed === undefined ? '' : ` ${(0,report_escape/* escapeLogText */.dD)(error.feed)}:`;
            lines.push(`${at}: error:${feed} ${(0,report_escape/* escapeLogText */.dD)(error.reason)}; the file was left as it is`);
        }
    }
    const changed = outcome.groups.filter((group) => group.changed).length;
    lines.push(`${String(changed)} group file${changed === 1 ? '' : 's'} ${dryRun ? 'would change' : 'changed'}, ${String(outcome.errors)} error${outcome.errors === 1 ? '' : 's'}`);
    return `${lines.join('\n')}\n`;
}
/** `{"groups":[{"path","added","updated","cancelled","deferred","errors","changed"}],"errors":N}`. */
function formatSyncJson(outcome, dryRun) {
    return `${(0,report_escape/* escapeJsonForLog */.xj)(JSON.stringify({ dryRun, ...outcome }))}\n`;
}
/** GitHub's limit on a pull request's body, in characters. */
const BODY_LIMIT = 65_536;
/** A link to an event's page, only for a plain https address (anything else is shown as code). */
function eventPage(url) {
    if (url === undefined)
        return '';
    const parsed = URL.canParse(url) ? new URL(url) : undefined;
    if (parsed?.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '')
        return ` (page: ${(0,markdown/* code */.aY)(url)})`;
    return ` ([event page](<${parsed.href.replace(/[<>]/g, encodeURIComponent)}>))`;
}
/**
 * The sync pull request's body: per group, what changed, with each new meetup's event page.
 * Every text from a feed or a file is escaped for GitHub's Markdown (no mention, link or HTML
 * it did not mean), and the body is cut to fit GitHub's limit.
 */
function formatSyncMarkdown(outcome, today) {
    const sections = outcome.groups
        .filter((group) => group.changed || group.errors.length > 0 || group.deferred > 0)
        .map((group) => {
        const items = [
            ...group.added.map((meetup) => `- Added ${meetup.date} ${(0,markdown/* code */.aY)(meetup.title)}${meetup.azure ? ' (Azure)' : ' (not Azure)'}${eventPage(meetup.url)}`),
            ...group.updated.map((change) => {
                const parts = [
                    ...(change.date ? [`date ${change.date.from} → ${change.date.to}`] : []),
                    ...(change.title
                        ? [`title ${(0,markdown/* code */.aY)(change.title.from)} → ${(0,markdown/* code */.aY)(change.title.to)}`]
                        : []),
                ];
                return `- Updated meetup ${String(change.index + 1)}: ${parts.join(', ')}`;
            }),
            ...group.cancelled.map((change) => `- Marked cancelled ${change.date} ${(0,markdown/* code */.aY)(change.title)}: ${change.reason === 'feed' ? 'the feed marks it cancelled' : 'it is gone from the feed, which still covers its day'}`),
            ...(group.deferred > 0
                ? [`- ${String(group.deferred)} more new events are left for the next run`]
                : []),
            ...group.errors.map((error) => `- **Not synced:** ${error.feed === undefined ? '' : `${(0,markdown/* code */.aY)(error.feed)}: `}${(0,markdown/* text */.Qq)(error.reason)}; the file was left as it is`),
        ];
        return `### ${(0,markdown/* code */.aY)(group.path)}\n\n${items.join('\n')}`;
    });
    const changed = outcome.groups.filter((group) => group.changed).length;
    const body = [
        `\`tgr sync\` read the groups' event feeds on ${today}: ${String(changed)} group file${changed === 1 ? '' : 's'} changed, ${String(outcome.errors)} error${outcome.errors === 1 ? '' : 's'}.`,
        'Only upcoming meetups change; past meetups and what people wrote stay as they are. Leaders can correct `azure` in their file afterwards. Review this like any change to the groups: the registry check below says who must approve.',
        ...sections,
    ].join('\n\n');
    return `${(0,markdown/* fitMarkdown */.DJ)(body, BODY_LIMIT, "_The list was cut to fit GitHub's limit; the files show every change._")}\n`;
}

// EXTERNAL MODULE: ./src/core/dates.ts
var dates = __webpack_require__(194);
// EXTERNAL MODULE: ./src/core/read.ts
var read = __webpack_require__(3455);
// EXTERNAL MODULE: ./src/i18n/findings/index.ts + 29 modules
var findings = __webpack_require__(7933);
// EXTERNAL MODULE: ./src/load/group-file.ts
var group_file = __webpack_require__(1982);
// EXTERNAL MODULE: ./src/schema/formats.ts
var formats = __webpack_require__(4603);
// EXTERNAL MODULE: ./src/yaml/text.ts
var yaml_text = __webpack_require__(296);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(2721);
;// CONCATENATED MODULE: ./src/sync/plan.ts



/** The schema's limit on a meetup title. */
const MAX_TITLE_LENGTH = 200;
/** The schema's limit on a meetup page and on a feed id. */
const MAX_URL_LENGTH = 500;
/** The meetups of a group file's data, as sync reads them. */
function currentMeetups(data) {
    return (0,read/* asList */.DD)((0,read/* field */.ZZ)(data, 'meetups')).map((entry, index) => {
        const record = (0,read/* asRecord */.qY)(entry);
        const date = (0,read/* field */.ZZ)(record, 'date');
        return {
            index,
            date: (0,dates/* isPlainDate */.JX)(date) ? date : undefined,
            title: (0,read/* asText */.e1)((0,read/* field */.ZZ)(record, 'title')),
            url: (0,read/* asText */.e1)((0,read/* field */.ZZ)(record, 'url')),
            uid: (0,read/* asText */.e1)((0,read/* field */.ZZ)(record, 'uid')),
            cancelled: (0,read/* field */.ZZ)(record, 'cancelled') === true,
        };
    });
}
/**
 * What sync changes in one group, from its feeds' events and its file's meetups. Pure.
 *
 * A feed event is the meetup with its `uid`, else the meetup with its page; never one with the
 * same title or day. Only upcoming meetups (today or later) change, and of those only what a
 * feed wrote: the date and title of a meetup sync added (it has a `uid`), and `cancelled: true`
 * when the feed cancels one. History and what people wrote stay as they are.
 */
function planSync(input) {
    const byUid = new Map();
    const byUrl = new Map();
    for (const meetup of input.meetups) {
        if (meetup.uid !== undefined && !byUid.has(meetup.uid))
            byUid.set(meetup.uid, meetup);
        if (meetup.url !== undefined && !byUrl.has(meetup.url))
            byUrl.set(meetup.url, meetup);
    }
    const pageUses = new Map();
    for (const event of input.events)
        if (event.url !== undefined)
            pageUses.set(event.url, (pageUses.get(event.url) ?? 0) + 1);
    const changes = [];
    const seen = new Set();
    const added = new Set();
    const pages = new Set();
    let deferred = 0;
    let addedCount = 0;
    for (const event of input.events) {
        const uid = event.uid !== undefined && event.uid.length <= MAX_URL_LENGTH ? event.uid : undefined;
        const url = event.url !== undefined && event.url.length <= MAX_URL_LENGTH ? event.url : undefined;
        // By page: an event's own page names one evening, but occurrences of a series share one
        // page, and a meetup a person listed with it is one of them: then only the same day matches.
        const byPage = url === undefined ? undefined : byUrl.get(url);
        const sharedPage = url !== undefined && (pageUses.get(url) ?? 0) > 1;
        const match = (uid === undefined ? undefined : byUid.get(uid)) ??
            (byPage !== undefined && (!sharedPage || byPage.date === event.date) ? byPage : undefined);
        if (match !== undefined) {
            if (seen.has(match))
                continue;
            seen.add(match);
            const change = changeFor(match, event, input.today);
            if (change !== undefined)
                changes.push(...change);
            continue;
        }
        // Without an id or a page, a later run could not recognise the event: it is not recorded.
        if (uid === undefined && url === undefined)
            continue;
        const key = uid ?? url ?? '';
        if (added.has(key) || event.cancelled)
            continue;
        if (event.date < input.window.from || event.date > input.window.to)
            continue;
        added.add(key);
        if (addedCount >= input.maxAdded) {
            deferred++;
            continue;
        }
        addedCount++;
        // Occurrences of a recurring event share one page; a page listed twice reads as a repeated
        // meetup (meetups/duplicate), so only the first keeps it and the uid tells the others apart.
        const page = url !== undefined && !byUrl.has(url) && !pages.has(url) ? url : undefined;
        if (page !== undefined)
            pages.add(page);
        changes.push({
            kind: 'add',
            meetup: {
                date: event.date,
                title: meetupTitle(event.title),
                azure: isAboutAzure(withoutName(`${event.title}\n${event.description}`, input.groupName), input.azureKeywords),
                ...(page === undefined ? {} : { url: page }),
                ...(uid === undefined ? {} : { uid }),
            },
        });
    }
    // An upcoming meetup sync added whose event is gone from feeds that all still cover its day was
    // cancelled; elsewhere a missing event proves nothing (feeds are often truncated).
    for (const meetup of input.meetups) {
        if (seen.has(meetup) || meetup.uid === undefined || meetup.cancelled)
            continue;
        if (meetup.date === undefined || meetup.date < input.today)
            continue;
        const date = meetup.date;
        const covered = input.coverage.length > 0 &&
            input.coverage.every((range) => range !== undefined && range.from <= date && date <= range.to);
        if (covered) {
            changes.push({
                kind: 'cancel',
                index: meetup.index,
                date,
                title: meetup.title ?? '',
                reason: 'vanished',
            });
        }
    }
    return { changes, deferred };
}
function changeFor(meetup, event, today) {
    if (meetup.date === undefined || meetup.date < today)
        return undefined;
    if (event.cancelled) {
        return meetup.cancelled
            ? undefined
            : [
                {
                    kind: 'cancel',
                    index: meetup.index,
                    date: meetup.date,
                    title: meetup.title ?? '',
                    reason: 'feed',
                },
            ];
    }
    // Only what sync itself wrote is kept up to date: a meetup a person listed keeps their words.
    if (meetup.uid === undefined)
        return undefined;
    const title = meetupTitle(event.title);
    const dateChanged = event.date !== meetup.date && event.date >= today;
    const titleChanged = meetup.title !== undefined && title !== meetup.title;
    if (!dateChanged && !titleChanged)
        return undefined;
    return [
        {
            kind: 'update',
            index: meetup.index,
            uid: meetup.uid,
            ...(dateChanged ? { date: { from: meetup.date, to: event.date } } : {}),
            ...(titleChanged && meetup.title !== undefined
                ? { title: { from: meetup.title, to: title } }
                : {}),
        },
    ];
}
/** A feed's summary as a meetup title: one line, at most the schema's length, never empty. */
function meetupTitle(summary) {
    const text = summary.trim();
    if (text === '')
        return 'Meetup';
    const characters = Array.from(text);
    if (characters.length <= MAX_TITLE_LENGTH)
        return text;
    return `${characters
        .slice(0, MAX_TITLE_LENGTH - 1)
        .join('')
        .trimEnd()}…`;
}
function withoutName(text, name) {
    const trimmed = name?.trim() ?? '';
    return trimmed === '' ? text : text.replace(new RegExp(escapeRegExp(trimmed), 'giu'), ' ');
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const keywordPatterns = new Map();
function isAboutAzure(text, keywords) {
    return keywords.some((keyword) => {
        let pattern = keywordPatterns.get(keyword);
        if (!pattern) {
            const words = keyword.trim().split(/\s+/u).map(escapeRegExp).join('\\s+');
            pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${words}(?![\\p{L}\\p{N}_])`, 'iu');
            keywordPatterns.set(keyword, pattern);
        }
        return keyword.trim() !== '' && pattern.test(text);
    });
}

// EXTERNAL MODULE: ./src/sync/yaml-edit.ts
var yaml_edit = __webpack_require__(833);
;// CONCATENATED MODULE: ./src/sync/run-sync.ts









/**
 * `tgr sync`: reads every group's feeds and records what they say in its file. A group whose
 * feed cannot be fetched or read, or whose file cannot be edited exactly, is left untouched and
 * reported; the other groups are synced all the same.
 */
async function runSync(options, port) {
    const groups = [];
    for (const path of await port.files.list()) {
        const result = await syncGroup(path, options, port);
        if (result !== undefined)
            groups.push(result);
    }
    return { groups, errors: groups.reduce((sum, group) => sum + group.errors.length, 0) };
}
async function syncGroup(path, options, port) {
    const result = {
        path,
        added: [],
        updated: [],
        cancelled: [],
        deferred: 0,
        errors: [],
        changed: false,
    };
    const fail = (reason, feed) => {
        result.errors.push({ feed, reason });
        return result;
    };
    let bytes;
    try {
        bytes = await port.files.read(path);
    }
    catch {
        return fail('the file cannot be read');
    }
    const file = (0,group_file/* loadGroupFile */.S)(path, undefined, bytes);
    if (!file.content.ok) {
        // Its feeds cannot be known; `tgr validate` explains what is wrong with the file.
        return fail('the file cannot be read as a group file (run tgr validate on it)');
    }
    const { data } = file.content;
    const feeds = (0,read/* asList */.DD)((0,read/* field */.ZZ)(data, 'feeds'));
    if (feeds.length === 0)
        return undefined;
    const decoded = (0,yaml_text/* decodeGroupFile */.E)(bytes);
    if (!decoded.ok)
        return fail((0,findings/* renderMessage */.e4)(decoded.reason, 'en'));
    const timeZone = (0,read/* asText */.e1)((0,read/* field */.ZZ)(data, 'timezone'));
    // The registry's own test of a time zone name, the one the schema's format uses.
    if (timeZone === undefined || !(0,formats/* isTimeZoneName */.PJ)(timeZone)) {
        return fail('the group has no valid "timezone", so the day of an event cannot be known');
    }
    const { windowMonths } = options.policy.meetups;
    const window = {
        from: (0,dates/* addDays */.fi)((0,dates/* addMonths */.PS)(options.today, -windowMonths), 1),
        to: (0,dates/* addMonths */.PS)(options.today, windowMonths),
    };
    const parsed = [];
    for (const feed of feeds) {
        // Which addresses may be fetched is the feed source's to enforce, at connect time.
        if (typeof feed !== 'string') {
            fail('not a web address (see the feeds/url rule)', String(feed));
            continue;
        }
        try {
            const text = await port.feeds.fetch(feed);
            // In a place the parse cannot outrun: one feed must not keep every other group waiting.
            parsed.push(await port.parser.parse(text, { timeZone, from: window.from, to: window.to }));
        }
        catch (error) {
            if (error instanceof sync_port/* FeedFetchError */.n || error instanceof sync_port/* FeedParseError */.u) {
                fail(error.message, feed);
            }
            else
                throw error;
        }
    }
    // One feed that failed leaves the whole file as it is: its events might explain the others.
    if (result.errors.length > 0)
        return result;
    const plan = planSync({
        events: parsed.flatMap((feed) => feed.events),
        coverage: parsed.map((feed) => feed.covers),
        meetups: currentMeetups(data),
        today: options.today,
        window,
        azureKeywords: options.policy.sync.azureKeywords,
        groupName: (0,read/* asText */.e1)((0,read/* field */.ZZ)(data, 'name')),
        maxAdded: options.policy.sync.maxNewMeetups,
    });
    result.deferred = plan.deferred;
    if (plan.changes.length === 0)
        return result;
    const edited = (0,yaml_edit/* applyChanges */.Y)(decoded.text, plan.changes);
    if (!edited.ok)
        return fail(`the file was not changed: ${edited.reason}`);
    for (const change of plan.changes) {
        if (change.kind === 'add')
            result.added.push(change.meetup);
        else if (change.kind === 'cancel')
            result.cancelled.push(change);
        else
            result.updated.push(change);
    }
    result.changed = true;
    if (!options.dryRun) {
        // The byte-order mark the decoder dropped goes back, so only the meetups change.
        const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\ufeff' : '';
        try {
            await port.files.write(path, `${bom}${edited.text}`);
        }
        catch {
            result.changed = false;
            return fail('the file could not be written');
        }
    }
    return result;
}

// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/registry-root.ts
var registry_root = __webpack_require__(3084);
;// CONCATENATED MODULE: ./src/cli/commands/sync.ts










/** `tgr sync [PATH...]`: argv → options → runSync (real feeds, files on disk) → report → exit code. */
async function syncCommand(args, io) {
    const { values, positionals } = (0,options/* parse */.qg)(args, {
        today: { type: 'string' },
        config: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        format: { type: 'string', default: 'text' },
    });
    const format = values.format;
    if (format !== 'text' && format !== 'json' && format !== 'markdown') {
        throw new options/* UsageError */.eb(`--format must be text, json or markdown, not ${JSON.stringify(format)}`);
    }
    const today = (0,options/* todayOption */.RD)(values.today, io);
    const { root, policy } = (0,registry_root/* openRegistry */.Me)(values.config, io);
    const disk = (0,registry_disk/* registryDisk */.v)();
    const files = positionals.length === 0
        ? await (0,registry/* listRegistry */.Iw)(disk, root)
        : await disk.expand(positionals.map((target) => external_node_path_default().resolve(io.cwd, target)));
    const deadlineMs = parseDeadline(io.env.TGR_SYNC_PARSE_DEADLINE_MS);
    const dryRun = values['dry-run'];
    if (io.startFeedThread === undefined)
        throw new Error('tgr sync was started without a feed thread');
    const parser = (0,feed_thread/* threadFeedParser */.yl)({ start: io.startFeedThread, deadlineMs });
    let outcome;
    try {
        outcome = await runSync({ today, policy, dryRun }, {
            feeds: httpFeedSource({ env: io.env }),
            parser,
            files: (0,group_files/* diskGroupFiles */.s)(files.map((file) => external_node_path_default().resolve(file)), (absolute) => external_node_path_default().relative(io.cwd, absolute)),
        });
    }
    finally {
        await parser.close();
    }
    io.stdout(format === 'json'
        ? formatSyncJson(outcome, dryRun)
        : format === 'markdown'
            ? formatSyncMarkdown(outcome, today)
            : formatSyncText(outcome, dryRun));
    return outcome.errors > 0 ? options/* EXIT */.dc.findings : options/* EXIT */.dc.ok;
}
/** TGR_SYNC_PARSE_DEADLINE_MS: how long one feed may take to read (tests shorten it). */
function parseDeadline(value) {
    if (value === undefined || value === '')
        return feed_thread/* DEFAULT_PARSE_DEADLINE_MS */.mS;
    if (!/^[1-9][0-9]{0,8}$/.test(value)) {
        throw new options/* UsageError */.eb(`TGR_SYNC_PARSE_DEADLINE_MS must be a whole number of milliseconds above 0, not ${JSON.stringify(value)}`);
    }
    return Number(value);
}


/***/ }),

/***/ 5146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ editInPlace)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7933);
/* harmony import */ var _schema_schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3143);
/* harmony import */ var _yaml_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1500);
/* harmony import */ var _yaml_tree_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(639);





/**
 * Edits a group file's text in place (tgr sync, identify, lifecycle), and keeps the edit only if
 * the text reads back as exactly the data intended and has no schema problem the file did not
 * have: a bot never writes a file that says more, less or worse than it meant to.
 */
function editInPlace(text, change) {
    const before = (0,_yaml_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYamlMapping */ .$)(text);
    if (!before.ok) {
        return { ok: false, reason: `the file does not parse: ${(0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_1__/* .renderMessage */ .e4)(before.reason, 'en')}` };
    }
    let edited;
    try {
        edited = change.edit(text);
    }
    catch (error) {
        if (error instanceof _yaml_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .EditError */ .F)
            return { ok: false, reason: error.message };
        throw error;
    }
    const after = (0,_yaml_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYamlMapping */ .$)(edited);
    if (!after.ok) {
        return {
            ok: false,
            reason: `the edited file would not parse (${(0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_1__/* .renderMessage */ .e4)(after.reason, 'en')}); left as it is`,
        };
    }
    // Key order is no part of the data (isDeepStrictEqual ignores it): a key added last is the same key.
    if (!(0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(after.data, change.intended(structuredClone(before.data)))) {
        return {
            ok: false,
            reason: `the edit would not give exactly ${change.what} intended; left as it is`,
        };
    }
    if ((0,_schema_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .validateGroup */ .el)(after.data).length > (0,_schema_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .validateGroup */ .el)(before.data).length) {
        return { ok: false, reason: 'the edited file would not pass the schema; left as it is' };
    }
    return { ok: true, text: edited };
}


/***/ }),

/***/ 833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ applyChanges)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _load_checked_edit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5146);
/* harmony import */ var _yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(639);



/**
 * Applies sync's changes to a group file's text without writing the file anew: new meetups are
 * inserted after the last one, in the list's own indentation and style, and a changed value
 * replaces only its own characters (in its own quoting). Comments, key order, quoting, blank
 * lines and line endings elsewhere stay byte for byte. The result must parse to exactly the data
 * the changes describe, with no new schema problem; otherwise nothing is changed.
 */
function applyChanges(text, changes) {
    if (changes.length === 0)
        return { ok: true, text };
    return (0,_load_checked_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .editInPlace */ .$)(text, {
        edit: (original) => edit(original, changes),
        intended: (data) => expectedData(data, changes),
        what: 'the meetups',
    });
}
/** The data the changes describe: what the edited text must parse to. */
function expectedData(data, changes) {
    const copy = structuredClone(data);
    const list = Array.isArray(copy.meetups) ? copy.meetups : [];
    for (const change of changes) {
        if (change.kind === 'add') {
            list.push({ ...change.meetup });
            continue;
        }
        const entry = list[change.index];
        if (change.kind === 'cancel')
            entry.cancelled = true;
        else {
            if (change.date)
                entry.date = change.date.to;
            if (change.title)
                entry.title = change.title.to;
        }
    }
    if (list.length > 0)
        copy.meetups = list;
    return copy;
}
function edit(text, changes) {
    const root = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .buildTree */ .H6)(text);
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const meetupsKey = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .entryOf */ .Ms)(text, root, 'meetups');
    const edits = [];
    for (const change of changes) {
        if (change.kind === 'add')
            continue;
        const list = meetupsKey?.value;
        const item = list?.kind === 'sequence' ? list.children[change.index] : undefined;
        if (item?.kind !== 'mapping')
            throw new _yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .EditError */ .F(`meetup ${String(change.index + 1)} is not a mapping`);
        if (change.kind === 'update') {
            if (change.date)
                edits.push(replaceValue(text, item, 'date', change.date.to, 'date'));
            if (change.title)
                edits.push(replaceValue(text, item, 'title', change.title.to, 'text'));
        }
        else {
            const existing = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .entryOf */ .Ms)(text, item, 'cancelled');
            if (existing)
                edits.push(replaceValue(text, item, 'cancelled', true, 'boolean'));
            else
                edits.push(addField(text, item, 'cancelled: true', eol));
        }
    }
    const added = changes.flatMap((change) => (change.kind === 'add' ? [change.meetup] : []));
    if (added.length > 0)
        edits.push(appendMeetups(text, root, meetupsKey, added, eol));
    return (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .applyEdits */ .ct)(text, edits);
}
function replaceValue(text, mapping, key, value, kind) {
    const entry = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .entryOf */ .Ms)(text, mapping, key);
    if (entry?.value.kind !== 'scalar' || entry.value.event.valueStart < 0) {
        throw new _yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .EditError */ .F(`"${key}" of a meetup is not a single value`);
    }
    const { event } = entry.value;
    const range = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarRange */ .Qw)(event);
    let rendered;
    if (typeof value === 'boolean')
        rendered = String(value);
    else if (kind === 'date')
        rendered = value;
    else if (event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.DOUBLE_QUOTED)
        rendered = JSON.stringify(value);
    else if (event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.SINGLE_QUOTED)
        rendered = `'${value.replaceAll("'", "''")}'`;
    else if (event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.PLAIN)
        rendered = scalar(value, mapping.flow);
    else
        throw new _yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .EditError */ .F(`"${key}" of a meetup is written as a block of text`);
    return { ...range, text: rendered };
}
/** A new `key: value` line at the end of a meetup, in its indentation (or `, key: value` in flow). */
function addField(text, mapping, field, eol) {
    if (mapping.flow) {
        // Right after the last value, so the spacing before the closing brace stays as it was.
        const last = mapping.children.at(-1);
        const after = last === undefined ? -1 : (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeEnd */ .KJ)(text, last);
        if (after < 0)
            throw new _yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .EditError */ .F('a meetup written in braces ends in an empty value');
        return { start: after, end: after, text: `, ${field}` };
    }
    const end = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeEnd */ .KJ)(text, mapping);
    const at = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .lineEndAfter */ .w_)(text, end);
    return { start: at, end: at, text: `${eol}${' '.repeat((0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .columnOf */ .uV)(text, mapping.start))}${field}` };
}
function appendMeetups(text, root, entry, meetups, eol) {
    if (entry === undefined) {
        // No `meetups:` at all: a new block at the end of the file.
        const lines = meetups.map((meetup) => blockItem(meetup, '  ', '    ', eol)).join(eol);
        const lead = text === '' || text.endsWith('\n') ? '' : eol;
        return { start: text.length, end: text.length, text: `${lead}meetups:${eol}${lines}${eol}` };
    }
    const list = entry.value;
    const keyColumn = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .columnOf */ .uV)(text, entry.key.event.valueStart);
    const fresh = () => meetups
        .map((meetup) => blockItem(meetup, ' '.repeat(keyColumn + 2), ' '.repeat(keyColumn + 4), eol))
        .join(eol);
    if (list.kind === 'scalar') {
        // `meetups:` with nothing (or null) after it: the list starts on the next line.
        const { event } = list;
        if (event.valueStart < 0) {
            const at = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .lineEndAfter */ .w_)(text, entry.key.event.valueEnd);
            return { start: at, end: at, text: `${eol}${fresh()}` };
        }
        if (!isNull(text, event))
            throw new _yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .EditError */ .F('"meetups" is not a list');
        const range = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarRange */ .Qw)(event);
        let start = range.start;
        while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t'))
            start--;
        const at = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .lineEndAfter */ .w_)(text, range.end);
        return { start, end: at, text: `${text.slice(range.end, at)}${eol}${fresh()}` };
    }
    if (list.kind !== 'sequence')
        throw new _yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .EditError */ .F('"meetups" is not a list');
    if (list.flow && list.children.length === 0) {
        // `meetups: []`: the brackets give way to a block list; a comment after them stays.
        const close = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .closingBracket */ .uE)(text, list.start + 1, ']');
        let start = list.start;
        while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t'))
            start--;
        const at = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .lineEndAfter */ .w_)(text, close + 1);
        return { start, end: at, text: `${text.slice(close + 1, at)}${eol}${fresh()}` };
    }
    const last = list.children.at(-1);
    if (last === undefined)
        throw new _yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .EditError */ .F('"meetups" is an empty block list');
    if (list.flow) {
        const end = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeEnd */ .KJ)(text, last);
        const items = meetups.map((meetup) => `, ${flowItem(meetup)}`).join('');
        return { start: end, end, text: items };
    }
    // A block list: new items after the last one's last line, in the first item's indentation.
    const dash = ' '.repeat((0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .columnOf */ .uV)(text, list.start));
    const first = list.children[0];
    const inFlow = first?.kind === 'mapping' && first.flow;
    const keyIndent = first?.kind === 'mapping' && !first.flow
        ? ' '.repeat((0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .columnOf */ .uV)(text, first.start))
        : `${dash}  `;
    const at = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .lineEndAfter */ .w_)(text, (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeEnd */ .KJ)(text, last));
    const items = meetups
        .map((meetup) => inFlow ? `${dash}- ${flowItem(meetup)}` : blockItem(meetup, dash, keyIndent, eol))
        .join(eol);
    return { start: at, end: at, text: `${eol}${items}` };
}
function isNull(text, event) {
    return (event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.PLAIN && /^(?:null|Null|NULL|~)$/.test((0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .getScalarValue */ .KE)(text, event)));
}
function fields(meetup, flow) {
    return [
        `date: ${meetup.date}`,
        `title: ${scalar(meetup.title, flow)}`,
        `azure: ${String(meetup.azure)}`,
        ...(meetup.url === undefined ? [] : [`url: ${scalar(meetup.url, flow)}`]),
        ...(meetup.uid === undefined ? [] : [`uid: ${scalar(meetup.uid, flow)}`]),
    ];
}
function blockItem(meetup, dash, keyIndent, eol) {
    const [first = '', ...rest] = fields(meetup, false);
    return [`${dash}- ${first}`, ...rest.map((line) => `${keyIndent}${line}`)].join(eol);
}
function flowItem(meetup) {
    return `{ ${fields(meetup, true).join(', ')} }`;
}
/** A text value as YAML: plain where YAML reads it back as the same text, else double-quoted. */
function scalar(value, flow) {
    const dumped = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .dump */ .Bh)(value, { lineWidth: -1, schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU }).trimEnd();
    if (dumped.includes('\n') || /^[|>'"]/.test(dumped))
        return JSON.stringify(value);
    // Inside `{ }` a comma, bracket or brace would end the value.
    if (flow && /[,[\]{}]/.test(value))
        return JSON.stringify(value);
    return dumped;
}


/***/ }),

/***/ 639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ EditError),
/* harmony export */   H6: () => (/* binding */ buildTree),
/* harmony export */   KJ: () => (/* binding */ nodeEnd),
/* harmony export */   Ms: () => (/* binding */ entryOf),
/* harmony export */   Qw: () => (/* binding */ scalarRange),
/* harmony export */   ct: () => (/* binding */ applyEdits),
/* harmony export */   uE: () => (/* binding */ closingBracket),
/* harmony export */   uV: () => (/* binding */ columnOf),
/* harmony export */   w_: () => (/* binding */ lineEndAfter)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);

/** An edit the caller cannot make exactly: its message says why, and nothing is changed. */
class EditError extends Error {
}
/** The text with every edit made; edits must not overlap. */
function applyEdits(text, edits) {
    let result = text;
    for (const { start, end, text: insert } of [...edits].sort((a, b) => b.start - a.start)) {
        result = result.slice(0, start) + insert + result.slice(end);
    }
    return result;
}
/** The file's root mapping, each node with where its source starts; aliases are refused. */
function buildTree(text) {
    const events = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseEvents */ .PH)(text, { maxDepth: 16 });
    const stack = [];
    let root;
    for (const event of events) {
        if (event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR) {
            stack.at(-1)?.children.push({ kind: 'scalar', event });
        }
        else if (event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING || event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE) {
            const node = {
                kind: event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING ? 'mapping' : 'sequence',
                start: event.start,
                flow: event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .COLLECTION_STYLE */ .Rl.FLOW,
                children: [],
            };
            const parent = stack.at(-1);
            if (parent)
                parent.children.push(node);
            else
                root ??= node;
            stack.push(node);
        }
        else if (event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP) {
            stack.pop();
        }
        else if (event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS) {
            throw new EditError('the file uses aliases');
        }
    }
    if (root?.kind !== 'mapping')
        throw new EditError('the file is not a mapping');
    return root;
}
/** The key and value of `key` in a mapping, if it has that key. */
function entryOf(text, mapping, key) {
    for (let i = 0; i + 1 < mapping.children.length; i += 2) {
        const keyNode = mapping.children[i];
        const value = mapping.children[i + 1];
        if (keyNode?.kind !== 'scalar' || value === undefined)
            continue;
        if ((0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .getScalarValue */ .KE)(text, keyNode.event) === key)
            return { key: keyNode, value };
    }
    return undefined;
}
/** Where a scalar's source starts and ends, its quotes included. */
function scalarRange(event) {
    const quoted = event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.SINGLE_QUOTED || event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.DOUBLE_QUOTED;
    return quoted
        ? { start: event.valueStart - 1, end: event.valueEnd + 1 }
        : { start: event.valueStart, end: event.valueEnd };
}
/** The end of a node's source: its last scalar's end (past a closing quote or bracket in flow). */
function nodeEnd(text, node) {
    if (node.kind === 'scalar') {
        return node.event.valueStart < 0 ? -1 : scalarRange(node.event).end;
    }
    let end = node.start;
    for (const child of node.children)
        end = Math.max(end, nodeEnd(text, child));
    if (node.flow) {
        const close = closingBracket(text, end, node.kind === 'mapping' ? '}' : ']');
        return close + 1;
    }
    return end;
}
/** The closing bracket after `from`, past spaces, commas, line breaks and comments only. */
function closingBracket(text, from, bracket) {
    let i = from;
    while (i < text.length) {
        const ch = text[i];
        if (ch === bracket)
            return i;
        if (ch === '#') {
            while (i < text.length && text[i] !== '\n')
                i++;
            continue;
        }
        if (ch !== ' ' && ch !== '\t' && ch !== '\r' && ch !== '\n' && ch !== ',')
            break;
        i++;
    }
    throw new EditError(`no closing ${bracket} where expected`);
}
/** The offset of the line break ending the line that holds `offset` (before a CR), or the end. */
function lineEndAfter(text, offset) {
    const newline = text.indexOf('\n', Math.max(offset, 0));
    if (newline === -1)
        return text.length;
    return newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline;
}
function columnOf(text, offset) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return offset - lineStart;
}


/***/ })

};
