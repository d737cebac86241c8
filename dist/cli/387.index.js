export const id = 387;
export const ids = [387];
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

/***/ 1231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ gitHubAuditHost)
});

// EXTERNAL MODULE: ./src/audit/issue-text.ts
var issue_text = __webpack_require__(6622);
// EXTERNAL MODULE: ./src/audit/kinds.ts
var kinds = __webpack_require__(5960);
;// CONCATENATED MODULE: ./src/audit/accounts.ts
/**
 * Following leaders by account id. A login is only a name: GitHub frees it when its account is
 * renamed or deleted, and anyone may register it. The file's `githubId` names the account, so the
 * audit asks GitHub who holds each login now (100 to a query) and, only where that account is not
 * the file's id, what became of the id (one request each): a steady registry costs no request per
 * person. The decisions are plain functions; the port's adapter only fetches.
 */
/** The ids to ask for one by one: the file gives one, and the login's account is another. */
function idsToAsk(people, byLogin) {
    const ids = people.flatMap((person) => person.githubId !== undefined && byLogin.get(person.login.toLowerCase())?.id !== person.githubId
        ? [person.githubId]
        : []);
    return [...new Set(ids)];
}
/**
 * One person's account, from what GitHub says of their login and (asked only on a mismatch) of
 * their id. Pure.
 */
function classifyAccount(person, holder, byId) {
    if (person.githubId === undefined)
        return { status: holder === null ? 'deleted' : 'same', notMigrated: true };
    if (holder?.id === person.githubId)
        return { status: 'same', notMigrated: false };
    if (byId === undefined)
        throw new Error(`account ${String(person.githubId)} was not looked up by id`);
    if (byId !== null) {
        // The id's account holds the login after all (GitHub's user lookup answers only for
        // users): still the same account. Otherwise the person renamed it.
        return byId.login.toLowerCase() === person.login.toLowerCase()
            ? { status: 'same', notMigrated: false }
            : { status: 'renamed', notMigrated: false, login: byId.login };
    }
    return holder === null
        ? { status: 'deleted', notMigrated: false }
        : { status: 'recycled', notMigrated: false };
}
/** Every person's account, in the order given: one batched login lookup, then the mismatches. */
async function checkAccounts(people, lookups) {
    if (people.length === 0)
        return [];
    const byLogin = await lookups.usersByLogin(people.map((person) => person.login));
    const byId = new Map();
    // One at a time: mismatches are rare, and GitHub counts every request against the hour.
    for (const id of idsToAsk(people, byLogin))
        byId.set(id, await lookups.accountById(id));
    return people.map((person) => classifyAccount(person, byLogin.get(person.login.toLowerCase()) ?? null, person.githubId === undefined ? undefined : byId.get(person.githubId)));
}

// EXTERNAL MODULE: ./src/adapters/github/accounts.ts
var accounts = __webpack_require__(508);
// EXTERNAL MODULE: ./src/adapters/github/errors.ts
var errors = __webpack_require__(4807);
;// CONCATENATED MODULE: ./src/adapters/github/identity.ts

/**
 * The numeric id of the account this run's token acts as: `github-actions[bot]` for the workflow
 * token, an app's bot for an app token, a person for a personal token. What the check and the
 * audit wrote themselves is recognised by this id, never by a login or by "some bot": any app a
 * repository installs is a Bot too. GraphQL's `viewer` answers for installation tokens, where
 * REST `GET /user` does not.
 */
async function ownAccountId(octokit) {
    const answer = await octokit
        .graphql('query { viewer { databaseId } }')
        .catch((error) => {
        throw (0,errors/* classify */.L8)(error);
    });
    const id = answer.viewer.databaseId;
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0)
        throw new Error('GitHub did not say which account this token acts as (viewer.databaseId).');
    return id;
}

;// CONCATENATED MODULE: ./src/adapters/github/write-once.ts

/** writeOnce's options for a client: its retry delay, and notes to the client's log. */
function writeOnceOptions(octokit, retryDelayMs) {
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
async function writeOnce(write, find, options) {
    const tries = { rateLimitWaits: 0, serverFailures: 0 };
    for (;;) {
        try {
            return await write();
        }
        catch (error) {
            const failure = (0,errors/* classify */.L8)(error);
            const step = (0,errors/* nextStep */.sk)(failure, tries, 'write-once', options.retryDelayMs);
            if (!step.retry)
                throw failure;
            (0,errors/* countTry */.X5)(tries, failure);
            if (step.note !== undefined)
                options.log?.(step.note);
            await sleep(step.waitMs);
            if (step.lookFirst) {
                const found = await find();
                if (found !== undefined)
                    return found;
            }
        }
    }
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./src/adapters/github/audit-host.ts







/**
 * The audit's port on GitHub: issues listed 100 a page, leaders' logins looked up 100 a GraphQL
 * query, and an account by id (`GET /user/{id}`) only where a login's account is not the file's.
 */
function gitHubAuditHost(octokit, { owner, repo }, options) {
    const issuesOf = async (state, pages) => {
        const found = [];
        let page = 0;
        for await (const response of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
            owner,
            repo,
            labels: kinds/* AUDIT_LABEL */.JM,
            state,
            sort: 'created',
            direction: 'desc',
            per_page: 100,
        })) {
            for (const issue of response.data) {
                if (issue.pull_request !== undefined)
                    continue;
                found.push({
                    number: issue.number,
                    title: issue.title,
                    body: issue.body ?? '',
                    state: issue.state === 'closed' ? 'closed' : 'open',
                    stateReason: issue.state_reason ?? null,
                    labels: issue.labels.map((label) => typeof label === 'string' ? label : (label.name ?? '')),
                    // Who created it, by GitHub's numeric id: a login can be renamed, a payload can lie.
                    author: issue.user?.id ?? null,
                });
            }
            if (pages !== undefined && ++page >= pages)
                break;
        }
        return found;
    };
    // Writes that must happen once wait out rate limits in writeOnce, noted in the client's log.
    const once = writeOnceOptions(octokit, options.retryDelayMs);
    // The token's own account, asked of GitHub at most once a run, and only when needed.
    let self;
    const selfId = () => {
        if (self === undefined) {
            self =
                options.account === undefined ? ownAccountId(octokit) : Promise.resolve(options.account);
            // A failed answer is not kept: the next caller asks again.
            self.catch(() => {
                self = undefined;
            });
        }
        return self;
    };
    /** Whether an open issue for the key exists: asked after a create whose reply never came. */
    const openIssueExists = async (key) => {
        const recent = await issuesOf('open', 1);
        const own = await selfId();
        // A person's copy of the marker is not the issue the audit tried to create.
        return recent.some((issue) => {
            const parsed = (0,issue_text/* parseMarker */.gY)(issue.body);
            return parsed !== undefined && (0,issue_text/* keyOf */.TN)(parsed) === (0,issue_text/* keyOf */.TN)(key) && issue.author === own;
        });
    };
    const commentsOn = async (number) => {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: number,
            per_page: 100,
        });
        return comments.map((comment) => ({
            author: comment.user?.id ?? null,
            body: comment.body ?? '',
        }));
    };
    /** Whether the issue's latest comment is this one, by the audit: asked after a lost reply. */
    const commentPosted = async (number, body) => {
        const latest = (await commentsOn(number)).at(-1);
        return latest?.body === body && latest.author === (await selfId());
    };
    const close = async (number, comment, reason, body) => {
        // A run that posted this comment but could not close the issue must not post it again.
        if (await commentPosted(number, comment)) {
            await closeIssue(number, reason, body);
            return;
        }
        // Like a create, a comment is not idempotent: a blind retry after a lost reply posts it twice.
        await writeOnce(async () => {
            await octokit.rest.issues.createComment({
                owner,
                repo,
                issue_number: number,
                body: comment,
                request: errors/* NO_BLIND_RETRY */.hv,
            });
            return true;
        }, async () => ((await commentPosted(number, comment)) ? true : undefined), once);
        await closeIssue(number, reason, body);
    };
    /** Closes an issue; with `body`, the same write marks the end of its episode (an idempotent PATCH). */
    const closeIssue = async (number, reason, body) => {
        await octokit.rest.issues.update({
            owner,
            repo,
            issue_number: number,
            state: 'closed',
            state_reason: reason,
            ...(body === undefined ? {} : { body }),
        });
    };
    return {
        auditIssues: () => issuesOf('all', undefined),
        ownAccountId: selfId,
        comments: commentsOn,
        accounts: (people) => checkAccounts(people, {
            usersByLogin: (logins) => (0,accounts/* usersByLogin */.rW)(octokit, logins),
            accountById: (id) => (0,accounts/* accountById */.Q3)(octokit, id),
        }),
        async apply(action) {
            switch (action.type) {
                case 'open':
                    await writeOnce(async () => {
                        await octokit.rest.issues.create({
                            owner,
                            repo,
                            title: action.issue.title,
                            body: action.issue.body,
                            labels: action.issue.labels,
                            request: errors/* NO_BLIND_RETRY */.hv,
                        });
                        return true;
                    }, async () => ((await openIssueExists(action.key)) ? true : undefined), once);
                    break;
                case 'reopen':
                case 'update':
                    await octokit.rest.issues.update({
                        owner,
                        repo,
                        issue_number: action.number,
                        title: action.issue.title,
                        body: action.issue.body,
                        labels: action.issue.labels,
                        ...(action.type === 'reopen' ? { state: 'open' } : {}),
                    });
                    break;
                case 'close':
                    await close(action.number, action.comment, 'completed', action.body);
                    break;
                case 'end':
                    // The body alone, where only the hidden marker changes: the issue stays closed.
                    await octokit.rest.issues.update({
                        owner,
                        repo,
                        issue_number: action.number,
                        body: action.body,
                    });
                    break;
                case 'close-duplicate':
                    await close(action.number, action.comment, 'duplicate');
                    break;
            }
        },
    };
}


/***/ }),

/***/ 5387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lifecycleCommand: () => (/* binding */ lifecycleCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/fs/group-files.ts
var group_files = __webpack_require__(6791);
// EXTERNAL MODULE: ./src/adapters/fs/registry-disk.ts
var registry_disk = __webpack_require__(3301);
// EXTERNAL MODULE: ./src/adapters/github/audit-host.ts + 3 modules
var audit_host = __webpack_require__(1231);
// EXTERNAL MODULE: ./src/adapters/github/octokit.ts
var octokit = __webpack_require__(2887);
// EXTERNAL MODULE: ./src/i18n/findings/index.ts + 29 modules
var findings = __webpack_require__(7933);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/lifecycle/report.ts


/** `--format json`: each change as `decideLifecycle` gives it, nothing else. */
function formatLifecycleJson(outcome) {
    const changes = outcome.changes.map(({ group, action, since, messageId, params, issue }) => ({
        group,
        action,
        since,
        messageId,
        params,
        issue,
    }));
    return `${JSON.stringify({ changes }, null, 2)}\n`;
}
/**
 * Text: one line per change, in English (the maintainer's surface), with its file and, for an
 * inactivation, the audit issue it follows from. The path comes from the disk: escaped.
 */
function formatLifecycleText(outcome) {
    if (outcome.changes.length === 0)
        return 'No group changes stage.\n';
    return outcome.changes
        .map((change) => {
        const issue = change.issue === null ? '' : ` (audit issue #${String(change.issue)})`;
        const message = (0,findings/* renderMessage */.e4)((0,findings/* say */.cv)(change.messageId, change.params), 'en');
        return `${change.action} ${change.group} ${(0,report_escape/* escapeLogText */.dD)(change.path)}${issue}: ${message}\n`;
    })
        .join('');
}

// EXTERNAL MODULE: ./src/core/dates.ts
var dates = __webpack_require__(194);
// EXTERNAL MODULE: ./src/core/read.ts
var read = __webpack_require__(3455);
// EXTERNAL MODULE: ./src/audit/issue-text.ts
var issue_text = __webpack_require__(6622);
// EXTERNAL MODULE: ./src/audit/problems.ts + 1 modules
var audit_problems = __webpack_require__(9063);
// EXTERNAL MODULE: ./src/audit/run-audit.ts
var run_audit = __webpack_require__(1032);
// EXTERNAL MODULE: ./src/evaluate/evaluate.ts
var evaluate = __webpack_require__(1632);
// EXTERNAL MODULE: ./src/load/registry.ts
var registry = __webpack_require__(9273);
// EXTERNAL MODULE: ./src/yaml/text.ts
var yaml_text = __webpack_require__(296);
// EXTERNAL MODULE: ./src/audit/plan.ts
var plan = __webpack_require__(2308);
// EXTERNAL MODULE: ./src/core/stages.ts
var stages = __webpack_require__(4728);
;// CONCATENATED MODULE: ./src/lifecycle/decide.ts




/** The catalogue's name for each counting kind (ICU select keys cannot hold a hyphen well). */
const PROBLEM_WORD = {
    'meetups-minimum': 'meetups_minimum',
    leader: 'leader',
    'co-leader': 'co_leader',
    terms: 'terms',
};
/**
 * What the program's stages do to each group today. Pure: the groups as the files and the audit
 * count them, the audit's issues as GitHub lists them, and the numeric id of the audit's own
 * account (undefined without a connection: then no issue is the audit's, and nobody is made
 * inactive without having been told).
 *
 * - inactivate: an active group with a counting problem whose open audit issue's date (first
 *   seen plus `audit.deadlineDays`) plus `lifecycle.inactiveAfterDays` is before today; the
 *   oldest such problem is the reason;
 * - reactivate: an inactive group with no counting problem;
 * - remove: an inactive group still short, `inactiveSince` more than `removeAfterDays` ago;
 * - nothing for any other group, or when the stages are off.
 */
function decideLifecycle(groups, auditIssues, policy, today, self) {
    const { enabled, inactiveAfterDays, removeAfterDays } = policy.lifecycle;
    if (!enabled)
        return [];
    const changes = [];
    for (const group of [...groups].sort((a, b) => (a.slug < b.slug ? -1 : 1))) {
        const counting = stages/* COUNTING_KINDS */.Mb.filter((kind) => group.problems.includes(kind));
        if (group.status === 'active') {
            const due = counting
                .flatMap((kind) => {
                const episode = (0,plan/* openEpisode */.M_)(auditIssues, self, { slug: group.slug, kind });
                if (episode === undefined)
                    return [];
                const deadline = (0,stages/* issueDate */.MP)(episode.since, policy);
                return (0,stages/* lastActiveDay */.NL)(episode.since, policy) < today ? [{ kind, deadline, episode }] : [];
            })
                .sort((a, b) => (a.episode.since < b.episode.since ? -1 : 1))[0];
            if (due === undefined)
                continue;
            changes.push({
                group: group.slug,
                action: 'inactivate',
                since: due.episode.since,
                messageId: 'lifecycle/inactivate',
                params: {
                    problem: PROBLEM_WORD[due.kind] ?? 'terms',
                    since: due.episode.since,
                    deadline: due.deadline,
                    grace: inactiveAfterDays,
                },
                issue: due.episode.number,
            });
        }
        else if (group.status === 'inactive' && group.inactiveSince !== undefined) {
            const since = group.inactiveSince;
            if (counting.length === 0) {
                changes.push({
                    group: group.slug,
                    action: 'reactivate',
                    since,
                    messageId: 'lifecycle/reactivate',
                    params: { since },
                    issue: null,
                });
            }
            else if ((0,dates/* daysBetween */.YM)(since, today) > removeAfterDays) {
                changes.push({
                    group: group.slug,
                    action: 'remove',
                    since,
                    messageId: 'lifecycle/remove',
                    params: { since, days: removeAfterDays },
                    issue: null,
                });
            }
        }
    }
    return changes;
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./src/load/checked-edit.ts
var checked_edit = __webpack_require__(5146);
// EXTERNAL MODULE: ./src/yaml/tree.ts
var tree = __webpack_require__(639);
;// CONCATENATED MODULE: ./src/lifecycle/edit.ts



/**
 * A group file's text with the stage `tgr lifecycle` gives it, every other byte kept (comments,
 * quoting, line endings): `inactivate` sets `status: inactive` and `inactiveSince: <today>`
 * (on the line after the status); `reactivate` sets `status: active` and takes the
 * `inactiveSince` line out. The result must parse to exactly that data with no new schema
 * problem; otherwise the file is left as it is.
 */
function editLifecycle(text, action, today) {
    return (0,checked_edit/* editInPlace */.$)(text, {
        edit: (original) => edit(original, action, today),
        intended: (data) => {
            if (action === 'inactivate')
                return { ...data, status: 'inactive', inactiveSince: today };
            const reactivated = { ...data, status: 'active' };
            delete reactivated.inactiveSince;
            return reactivated;
        },
        what: 'the stage',
    });
}
function edit(text, action, today) {
    const root = (0,tree/* buildTree */.H6)(text);
    if (root.flow)
        throw new tree/* EditError */.F('the file is written in braces');
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const status = (0,tree/* entryOf */.Ms)(text, root, 'status');
    const since = (0,tree/* entryOf */.Ms)(text, root, 'inactiveSince');
    const word = action === 'inactivate' ? 'inactive' : 'active';
    const edits = [];
    if (status === undefined) {
        // No status at all (active by default): the lines go at the end of the file.
        const lead = text === '' || text.endsWith('\n') ? '' : eol;
        const lines = [
            `status: ${word}`,
            ...(action === 'inactivate' && !since ? [`inactiveSince: ${today}`] : []),
        ];
        edits.push({
            start: text.length,
            end: text.length,
            text: `${lead}${lines.map((line) => `${line}${eol}`).join('')}`,
        });
    }
    else {
        const value = oneLineValue(text, status, 'status');
        edits.push(replaceText(value, word));
        if (action === 'inactivate' && since === undefined) {
            // On the line after the status, in its indentation.
            const at = (0,tree/* lineEndAfter */.w_)(text, (0,tree/* scalarRange */.Qw)(value.event).end);
            const indent = ' '.repeat((0,tree/* columnOf */.uV)(text, (0,tree/* scalarRange */.Qw)(status.key.event).start));
            edits.push({ start: at, end: at, text: `${eol}${indent}inactiveSince: ${today}` });
        }
    }
    if (since !== undefined) {
        const value = oneLineValue(text, since, 'inactiveSince');
        if (action === 'inactivate')
            edits.push({ ...(0,tree/* scalarRange */.Qw)(value.event), text: today });
        else
            edits.push(wholeLine(text, since.key, value));
    }
    return (0,tree/* applyEdits */.ct)(text, edits);
}
/** The value of `key: value` when it is one plain or quoted value on the key's line. */
function oneLineValue(text, entry, name) {
    const { value } = entry;
    if (value.kind !== 'scalar' ||
        value.event.valueStart < 0 ||
        (value.event.style !== js_yaml/* SCALAR_STYLE */.jK.PLAIN &&
            value.event.style !== js_yaml/* SCALAR_STYLE */.jK.SINGLE_QUOTED &&
            value.event.style !== js_yaml/* SCALAR_STYLE */.jK.DOUBLE_QUOTED) ||
        text.slice(entry.key.event.valueEnd, (0,tree/* scalarRange */.Qw)(value.event).end).includes('\n')) {
        throw new tree/* EditError */.F(`"${name}" is not a single value on one line`);
    }
    return value;
}
/** The value's characters replaced by `word`, in the value's own quotes. */
function replaceText(value, word) {
    const range = (0,tree/* scalarRange */.Qw)(value.event);
    const quote = value.event.style === js_yaml/* SCALAR_STYLE */.jK.DOUBLE_QUOTED
        ? '"'
        : value.event.style === js_yaml/* SCALAR_STYLE */.jK.SINGLE_QUOTED
            ? "'"
            : '';
    return { ...range, text: `${quote}${word}${quote}` };
}
/** The whole line of `key: value` (its comment and line break with it): the key must start it. */
function wholeLine(text, key, value) {
    const keyStart = (0,tree/* scalarRange */.Qw)(key.event).start;
    const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
    if (text.slice(lineStart, keyStart).trim() !== '') {
        throw new tree/* EditError */.F('"inactiveSince" does not start its own line');
    }
    let end = (0,tree/* lineEndAfter */.w_)(text, (0,tree/* scalarRange */.Qw)(value.event).end);
    if (text.startsWith('\r\n', end))
        end += 2;
    else if (text.startsWith('\n', end))
        end += 1;
    return { start: lineStart, end, text: '' };
}

;// CONCATENATED MODULE: ./src/lifecycle/run-lifecycle.ts










/**
 * `tgr lifecycle`: the registry's groups counted as the audit counts them (an inactive group's
 * file as if it were active, as `decideLifecycle` asks), the audit's issues, the decision, and
 * each change made in its file: inactivate and reactivate edit the file in place, remove
 * deletes it.
 */
async function runLifecycle(options, port) {
    const { today, policy } = options;
    const files = await (0,registry/* readRegistry */._5)(port.disk, options.root);
    const asIs = (0,audit_problems/* snapshotGroups */.N8)((0,evaluate/* evaluate */._)(files, { today, policy }), today, policy);
    // Two evaluations, so a group counted as active for the decision never changes what the
    // registry's other groups are counted as; the second only when some group is inactive.
    const asActive = asIs.some((group) => group.status === 'inactive')
        ? (0,audit_problems/* snapshotGroups */.N8)((0,evaluate/* evaluate */._)(files.map(asIfActive), { today, policy }), today, policy)
        : asIs;
    const asActiveByPath = new Map(asActive.map((group) => [group.path, group]));
    let counted = asIs.map((group) => group.status === 'inactive' ? (asActiveByPath.get(group.path) ?? group) : group);
    if (port.host)
        counted = await (0,run_audit.checkLeaderAccounts)(counted, port.host);
    const problems = (0,audit_problems/* findProblems */.o6)(counted);
    const dataByPath = new Map(files.flatMap((file) => (file.content.ok ? [[pathOf(file), file.content.data]] : [])));
    // Two files with one slug are registry/duplicate's error: neither changes stage.
    const seen = new Map();
    for (const { slug } of counted)
        seen.set(slug, (seen.get(slug) ?? 0) + 1);
    const pathBySlug = new Map();
    const groups = [];
    for (const group of counted) {
        if (options.only !== undefined && !options.only.has(group.path))
            continue;
        if (seen.get(group.slug) !== 1)
            continue;
        pathBySlug.set(group.slug, group.path);
        const data = dataByPath.get(group.path) ?? {};
        const since = (0,read/* asText */.e1)((0,read/* field */.ZZ)(data, 'inactiveSince'));
        groups.push({
            slug: group.slug,
            status: (0,read/* asText */.e1)((0,read/* field */.ZZ)(data, 'status')) ?? 'active',
            inactiveSince: since !== undefined && (0,dates/* isPlainDate */.JX)(since) ? since : undefined,
            problems: problems.filter((problem) => problem.group === group).map(({ kind }) => kind),
        });
    }
    const issues = port.host ? await port.host.auditIssues() : [];
    // Who the audit is matters only once some issue carries its marker: one query, asked lazily.
    const self = port.host && issues.some((issue) => (0,issue_text/* parseMarker */.gY)(issue.body) !== undefined)
        ? await port.host.ownAccountId()
        : undefined;
    const changes = decideLifecycle(groups, issues, policy, today, self).map((change) => ({
        ...change,
        path: pathBySlug.get(change.group) ?? '',
    }));
    const outcome = {
        changes,
        applied: [],
        errors: [],
        issuesRead: port.host !== undefined,
    };
    if (options.dryRun)
        return outcome;
    for (const change of changes) {
        const reason = await apply(change, today, port.files);
        if (reason === undefined)
            outcome.applied.push(change);
        else
            outcome.errors.push({ group: change.group, path: change.path, reason });
    }
    return outcome;
}
/** Makes one change; undefined when done, else why the file was left as it was. */
async function apply(change, today, files) {
    if (change.action === 'remove') {
        try {
            await files.remove(change.path);
            return undefined;
        }
        catch {
            return 'the file could not be deleted';
        }
    }
    let bytes;
    try {
        bytes = await files.read(change.path);
    }
    catch {
        return 'the file cannot be read';
    }
    const decoded = (0,yaml_text/* decodeGroupFile */.E)(bytes);
    if (!decoded.ok)
        return 'the file cannot be read as a group file (run tgr validate on it)';
    const edited = editLifecycle(decoded.text, change.action, today);
    if (!edited.ok)
        return `the file was not changed: ${edited.reason}`;
    // The byte-order mark the decoder dropped goes back, so only the stage's lines differ.
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\ufeff' : '';
    try {
        await files.write(change.path, `${bom}${edited.text}`);
        return undefined;
    }
    catch {
        return 'the file could not be written';
    }
}
function pathOf(file) {
    return file.registryPath ?? file.path;
}
/**
 * An inactive group's file as if it were active, for counting its problems the way the audit
 * counts an active group's (its `inactiveSince` goes too, or registry/inactive would object).
 */
function asIfActive(file) {
    const { content } = file;
    if (!content.ok || (0,read/* field */.ZZ)(content.data, 'status') !== 'inactive')
        return file;
    const data = { ...content.data, status: 'active' };
    delete data.inactiveSince;
    return { ...file, content: { ...content, data } };
}

// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/registry-root.ts
var registry_root = __webpack_require__(3084);
;// CONCATENATED MODULE: ./src/cli/commands/lifecycle.ts











/** `tgr lifecycle [PATH...]`: argv and environment → runLifecycle (disk, GitHub) → the changes. */
async function lifecycleCommand(args, io) {
    const { values, positionals } = (0,options/* parse */.qg)(args, {
        'dry-run': { type: 'boolean', default: false },
        today: { type: 'string' },
        format: { type: 'string', default: 'text' },
    });
    const format = values.format;
    if (format !== 'text' && format !== 'json')
        throw new options/* UsageError */.eb(`--format must be text or json, not ${JSON.stringify(format)}`);
    const today = (0,options/* todayOption */.RD)(values.today, io);
    const dryRun = values['dry-run'];
    const { root, policy } = (0,registry_root/* openRegistry */.Me)(undefined, io);
    const disk = (0,registry_disk/* registryDisk */.v)();
    const files = await (0,registry/* listRegistry */.Iw)(disk, root);
    if (files.length === 0)
        throw new options/* NothingToCheckError */.Pz(`nothing to do: no group file (.yaml) in ${external_node_path_default().join(root, registry/* GROUPS_DIR */.hW)}`);
    let only;
    if (positionals.length > 0) {
        only = new Set();
        for (const file of await disk.expand(positionals.map((target) => external_node_path_default().resolve(io.cwd, target)))) {
            const inRegistry = (0,registry/* registryPathOf */.gd)(external_node_path_default().resolve(file), root);
            if (inRegistry === undefined || !inRegistry.startsWith(`${registry/* GROUPS_DIR */.hW}/`))
                throw new options/* UsageError */.eb(`${external_node_path_default().relative(io.cwd, file)} is not a group file of this registry`);
            only.add(inRegistry);
        }
        if (only.size === 0)
            throw new options/* NothingToCheckError */.Pz('nothing to do: no group file (.yaml) in the paths given');
    }
    const token = io.env.GITHUB_TOKEN;
    const [owner, repo] = io.env.GITHUB_REPOSITORY?.split('/') ?? [];
    const host = token !== undefined && token !== '' && owner !== undefined && repo !== undefined
        ? (0,audit_host/* gitHubAuditHost */.B)((0,octokit/* createOctokit */.Q)({ token, baseUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com' })
            .octokit, { owner, repo }, { retryDelayMs: 1000 })
        : undefined;
    if (host === undefined) {
        io.stderr('tgr: without GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name) no audit issue is read, so no group is made inactive (none becomes inactive without having been told); reactivations and removals are still decided.\n');
    }
    const outcome = await runLifecycle({ root, today, policy, dryRun, ...(only === undefined ? {} : { only }) }, {
        disk,
        files: (0,group_files/* diskGroupFiles */.s)(files, (absolute) => (0,registry/* registryPathOf */.gd)(absolute, root) ?? absolute),
        host,
    });
    io.stdout(format === 'json' ? formatLifecycleJson(outcome) : formatLifecycleText(outcome));
    for (const error of outcome.errors) {
        io.stderr(`tgr: ${error.group} (${(0,report_escape/* escapeLogText */.dD)(error.path)}) was left as it was: ${(0,report_escape/* escapeLogText */.dD)(error.reason)}\n`);
    }
    return outcome.errors.length > 0 ? options/* EXIT */.dc.findings : options/* EXIT */.dc.ok;
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
