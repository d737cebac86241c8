export const id = 863;
export const ids = [863];
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

/***/ 863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  identifyCommand: () => (/* binding */ identifyCommand)
});

// EXTERNAL MODULE: ./src/adapters/fs/registry-disk.ts
var registry_disk = __webpack_require__(3301);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/github/octokit.ts
var github_octokit = __webpack_require__(2887);
;// CONCATENATED MODULE: ./src/identify/port.ts
class AccountLookupError extends Error {
    name = 'AccountLookupError';
}

// EXTERNAL MODULE: ./src/adapters/github/accounts.ts
var accounts = __webpack_require__(508);
;// CONCATENATED MODULE: ./src/adapters/github/account-directory.ts


/**
 * tgr identify's account directory on GitHub: usernames go 100 to a GraphQL query (id and
 * creation date); a username no User holds is asked once more over REST, which tells an
 * organisation or a bot from no account at all.
 */
function gitHubAccountDirectory(octokit) {
    return {
        async lookUp(logins) {
            try {
                const users = await (0,accounts/* usersByLogin */.rW)(octokit, logins);
                const found = new Map();
                for (const [login, user] of users) {
                    if (user !== null) {
                        found.set(login, {
                            kind: 'user',
                            id: user.id,
                            login: user.login,
                            createdAt: user.createdAt,
                        });
                        continue;
                    }
                    const account = await (0,accounts/* accountByLogin */.Mw)(octokit, login);
                    found.set(login, account === null
                        ? { kind: 'none' }
                        : account.type === 'User'
                            ? {
                                kind: 'user',
                                id: account.id,
                                login: account.login,
                                createdAt: account.createdAt,
                            }
                            : {
                                kind: account.type === 'Bot' ? 'bot' : 'organization',
                                id: account.id,
                                login: account.login,
                            });
                }
                return found;
            }
            catch (error) {
                throw new AccountLookupError(`GitHub could not be asked who holds the usernames: ${error instanceof Error ? error.message : String(error)}`);
            }
        },
    };
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/identify/report.ts


/** One line per id written, per entry to confirm and per file error; file text escaped. */
function formatIdentifyText(outcome, dryRun) {
    const lines = [];
    for (const item of outcome.written) {
        lines.push(`${(0,report_escape/* escapeLogText */.dD)(item.group)}: ${item.role} ${(0,report_escape/* escapeLogText */.dD)(item.login)}: ${dryRun ? 'would write' : 'wrote'} githubId: ${String(item.githubId)}`);
    }
    for (const item of outcome.confirm) {
        const account = item.accountId === undefined ? '' : ` (account id ${String(item.accountId)})`;
        lines.push(`${(0,report_escape/* escapeLogText */.dD)(item.group)}: ${item.role} ${(0,report_escape/* escapeLogText */.dD)(JSON.stringify(item.login ?? null))}: to confirm: ${item.message}${account}`);
    }
    for (const error of outcome.errors) {
        lines.push(`${(0,report_escape/* escapeLogText */.dD)(error.group)}: error: ${(0,report_escape/* escapeLogText */.dD)(error.reason)}`);
    }
    lines.push(summary(outcome, dryRun));
    return `${lines.join('\n')}\n`;
}
/** `{"dryRun","written":[…],"confirm":[…],"errors":[…],"changedFiles","remaining"}`. */
function formatIdentifyJson(outcome, dryRun) {
    return `${(0,report_escape/* escapeJsonForLog */.xj)(JSON.stringify({ dryRun, ...outcome }))}\n`;
}
/** GitHub's limit on a pull request's body, in characters. */
const BODY_LIMIT = 65_536;
/**
 * The migration pull request's body: each id written, and what a maintainer must confirm. Every
 * username and path is a code span, so none becomes a mention that would notify its holder.
 */
function formatIdentifyMarkdown(outcome) {
    const sections = [
        `\`tgr identify\` filled in the GitHub account id (\`githubId\`) of ${String(outcome.written.length)} leader entr${outcome.written.length === 1 ? 'y' : 'ies'} in ${String(outcome.changedFiles)} group file${outcome.changedFiles === 1 ? '' : 's'}: each is the id of the User account that holds the username now, created on or before the day that leader accepted the terms. Each file only gains \`githubId:\` lines; check that, then approve.`,
    ];
    if (outcome.lookupFailure !== undefined) {
        sections.push(`**Nothing was written:** ${(0,markdown/* text */.Qq)(outcome.lookupFailure)}`);
    }
    if (outcome.written.length > 0) {
        sections.push(`### Written\n\n${outcome.written
            .map((item) => `- ${(0,markdown/* code */.aY)(item.group)} ${item.role} ${(0,markdown/* code */.aY)(item.login)}: \`githubId: ${String(item.githubId)}\``)
            .join('\n')}`);
    }
    if (outcome.confirm.length > 0) {
        sections.push(`### For a maintainer to confirm\n\nNo id was written for these entries. An account younger than the acceptance of the terms cannot be the person who accepted them: the username was freed (renamed or deleted) and taken by someone else, unless the person made a new account with the same name. Find out, and add the right \`githubId\` by hand (or ask the group to).\n\n${outcome.confirm
            .map((item) => {
            const account = item.accountId === undefined ? '' : ` (account id ${String(item.accountId)})`;
            return `- ${(0,markdown/* code */.aY)(item.group)} ${item.role} ${(0,markdown/* code */.aY)(item.login ?? '')}: ${(0,markdown/* text */.Qq)(item.message)}${account}`;
        })
            .join('\n')}`);
    }
    if (outcome.errors.length > 0) {
        sections.push(`### Files left as they are\n\n${outcome.errors
            .map((error) => `- ${(0,markdown/* code */.aY)(error.group)}: ${(0,markdown/* text */.Qq)(error.reason)}`)
            .join('\n')}`);
    }
    if (outcome.remaining > 0) {
        sections.push(`### Next\n\n${String(outcome.remaining)} more group file${outcome.remaining === 1 ? '' : 's'} still need${outcome.remaining === 1 ? 's' : ''} ids: merge this pull request, then run the workflow again.`);
    }
    return `${(0,markdown/* fitMarkdown */.DJ)(sections.join('\n\n'), BODY_LIMIT, "_The list was cut to fit GitHub's limit; the files show every change._")}\n`;
}
function summary(outcome, dryRun) {
    const parts = [
        `${String(outcome.changedFiles)} group file${outcome.changedFiles === 1 ? '' : 's'} ${dryRun ? 'would change' : 'changed'} (${String(outcome.written.length)} id${outcome.written.length === 1 ? '' : 's'})`,
        `${String(outcome.confirm.length)} to confirm`,
        `${String(outcome.errors.length)} error${outcome.errors.length === 1 ? '' : 's'}`,
    ];
    if (outcome.remaining > 0) {
        parts.push(`${String(outcome.remaining)} file${outcome.remaining === 1 ? '' : 's'} left for the next run`);
    }
    return parts.join(', ');
}

// EXTERNAL MODULE: ./src/core/read.ts
var read = __webpack_require__(3455);
// EXTERNAL MODULE: ./src/load/group-file.ts
var group_file = __webpack_require__(1982);
// EXTERNAL MODULE: ./src/yaml/text.ts
var yaml_text = __webpack_require__(296);
// EXTERNAL MODULE: ./src/core/dates.ts
var dates = __webpack_require__(194);
// EXTERNAL MODULE: ./src/core/names.ts + 1 modules
var names = __webpack_require__(2889);
// EXTERNAL MODULE: ./src/core/people.ts
var people = __webpack_require__(9444);
;// CONCATENATED MODULE: ./src/identify/decide.ts



/** The username (lower-cased) to ask GitHub about, or undefined when the entry needs no lookup. */
function loginToLookUp(entry) {
    if (entry.githubId !== undefined)
        return undefined;
    return typeof entry.github === 'string' && names/* GITHUB_LOGIN */.cd.test(entry.github)
        ? entry.github.toLowerCase()
        : undefined;
}
/** What to do with one entry, given what GitHub says holds each username now. */
function decideEntry(entry, lookUp) {
    if (entry.githubId !== undefined) {
        return (0,people/* positiveId */.xf)(entry.githubId) === undefined
            ? { action: 'confirm', reason: 'id-unusable' }
            : { action: 'none' };
    }
    const login = loginToLookUp(entry);
    if (login === undefined)
        return { action: 'confirm', reason: 'no-username' };
    const account = lookUp(login);
    if (account.kind === 'none')
        return { action: 'confirm', reason: 'no-account' };
    if (account.kind !== 'user') {
        return { action: 'confirm', reason: account.kind, accountId: account.id };
    }
    const created = utcDay(account.createdAt);
    const terms = (0,dates/* isPlainDate */.JX)(entry.termsAccepted) ? entry.termsAccepted : undefined;
    const known = {
        accountId: account.id,
        ...(created === undefined ? {} : { createdAt: created }),
        ...(terms === undefined ? {} : { termsAccepted: terms }),
    };
    if (terms === undefined)
        return { action: 'confirm', reason: 'terms-unknown', ...known };
    if (created === undefined)
        return { action: 'confirm', reason: 'created-unknown', ...known };
    // Plain YYYY-MM-DD dates compare as text.
    if (created > terms)
        return { action: 'confirm', reason: 'created-after-terms', ...known };
    return { action: 'write', githubId: account.id };
}
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
/** The day in UTC of an ISO 8601 timestamp, or undefined for anything else. */
function utcDay(timestamp) {
    if (!TIMESTAMP.test(timestamp))
        return undefined;
    const ms = Date.parse(timestamp);
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().slice(0, 10);
}
/** What a maintainer must do about an entry, in one sentence (maintainers read it: English). */
function reasonText(item) {
    const created = item.createdAt ?? 'on a day GitHub did not give';
    switch (item.reason) {
        case 'created-after-terms':
            return `account created ${created}, after the terms were accepted on ${item.termsAccepted ?? '?'}: confirm it is the same person, then add githubId yourself`;
        case 'terms-unknown':
            return `termsAccepted is missing or not a date, so the account (created ${created}) cannot be checked against it: confirm it is the same person, then add githubId yourself`;
        case 'created-unknown':
            return 'GitHub gave no creation date for the account, so it cannot be checked against termsAccepted: confirm it is the same person, then add githubId yourself';
        case 'no-account':
            return "no GitHub account has this username now: the account was renamed or deleted; find the person's current account";
        case 'organization':
            return "this username is an organisation's, not a person's: find the leader's own account";
        case 'bot':
            return "this username is a bot's, not a person's: find the leader's own account";
        case 'id-unusable':
            return 'githubId is written but is no account number: correct it yourself (tgr validate says how)';
        case 'no-username':
            return 'github holds no valid username to look up: correct it first (tgr validate says how)';
    }
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./src/load/checked-edit.ts
var checked_edit = __webpack_require__(5146);
// EXTERNAL MODULE: ./src/yaml/tree.ts
var tree = __webpack_require__(639);
;// CONCATENATED MODULE: ./src/identify/edit.ts



/**
 * Adds `githubId: <id>` right after the `github:` line of each named entry (after the username,
 * inside braces), in that line's indentation and line ending. Every other byte stays. The result
 * must parse to exactly the data with those ids added and no new schema problem; otherwise the
 * file is left as it is.
 */
function addAccountIds(text, ids) {
    if (ids.length === 0)
        return { ok: true, text };
    return (0,checked_edit/* editInPlace */.$)(text, {
        edit: (original) => {
            const root = (0,tree/* buildTree */.H6)(original);
            const eol = original.includes('\r\n') ? '\r\n' : '\n';
            return (0,tree/* applyEdits */.ct)(original, ids.map(({ role, githubId }) => idAfterUsername(original, root, role, githubId, eol)));
        },
        intended: (data) => {
            for (const { role, githubId } of ids)
                data[role].githubId = githubId;
            return data;
        },
        what: 'the ids',
    });
}
function idAfterUsername(text, root, role, id, eol) {
    const person = (0,tree/* entryOf */.Ms)(text, root, role)?.value;
    if (person?.kind !== 'mapping')
        throw new tree/* EditError */.F(`"${role}" is not a block of fields`);
    if ((0,tree/* entryOf */.Ms)(text, person, 'githubId') !== undefined) {
        throw new tree/* EditError */.F(`"${role}" has githubId already`);
    }
    const github = (0,tree/* entryOf */.Ms)(text, person, 'github');
    const value = github?.value;
    if (github === undefined ||
        value?.kind !== 'scalar' ||
        value.event.valueStart < 0 ||
        (value.event.style !== js_yaml/* SCALAR_STYLE */.jK.PLAIN &&
            value.event.style !== js_yaml/* SCALAR_STYLE */.jK.SINGLE_QUOTED &&
            value.event.style !== js_yaml/* SCALAR_STYLE */.jK.DOUBLE_QUOTED)) {
        throw new tree/* EditError */.F(`"github" of "${role}" is not a username on one line`);
    }
    const end = (0,tree/* scalarRange */.Qw)(value.event).end;
    const line = `githubId: ${String(id)}`;
    if (person.flow)
        return { start: end, end, text: `, ${line}` };
    const indent = ' '.repeat((0,tree/* columnOf */.uV)(text, (0,tree/* scalarRange */.Qw)(github.key.event).start));
    const at = (0,tree/* lineEndAfter */.w_)(text, end);
    return { start: at, end: at, text: `${eol}${indent}${line}` };
}

;// CONCATENATED MODULE: ./src/identify/run-identify.ts






const ROLES = ['leader', 'coLeader'];
/**
 * `tgr identify`: fills in each leader's missing `githubId` from the account that holds their
 * username on GitHub now, where that account is older than their acceptance of the terms; every
 * other entry is listed for a maintainer. All usernames are looked up before any file is written,
 * so a lookup that fails writes nothing.
 */
async function runIdentify(options, port) {
    const outcome = {
        written: [],
        confirm: [],
        errors: [],
        changedFiles: 0,
        remaining: 0,
    };
    const groups = [];
    for (const path of await port.files.list()) {
        const group = await readGroup(path, port, outcome);
        if (group !== undefined)
            groups.push(group);
    }
    const logins = [
        ...new Set(groups.flatMap((group) => group.entries.flatMap((entry) => loginToLookUp(entry) ?? []))),
    ];
    let found;
    try {
        found = logins.length === 0 ? new Map() : await port.accounts.lookUp(logins);
    }
    catch (error) {
        if (!(error instanceof AccountLookupError))
            throw error;
        return { ...outcome, lookupFailure: error.message };
    }
    // A username the directory did not answer for is treated as one no account has.
    const lookUp = (login) => found.get(login) ?? { kind: 'none' };
    for (const group of groups) {
        if (outcome.changedFiles >= options.maxFiles) {
            outcome.remaining++;
            continue;
        }
        await identifyGroup(group, lookUp, options, port, outcome);
    }
    return outcome;
}
/** The group's leader entries, if any needs work; an unreadable file is an error. */
async function readGroup(path, port, outcome) {
    let bytes;
    try {
        bytes = await port.files.read(path);
    }
    catch {
        outcome.errors.push({ group: path, reason: 'the file cannot be read' });
        return undefined;
    }
    const file = (0,group_file/* loadGroupFile */.S)(path, undefined, bytes);
    const decoded = (0,yaml_text/* decodeGroupFile */.E)(bytes);
    if (!file.content.ok || !decoded.ok) {
        outcome.errors.push({
            group: path,
            reason: 'the file cannot be read as a group file (run tgr validate on it)',
        });
        return undefined;
    }
    const { data } = file.content;
    const entries = ROLES.flatMap((role) => {
        const person = (0,read/* asRecord */.qY)((0,read/* field */.ZZ)(data, role));
        if (person === undefined)
            return [];
        return [
            {
                role,
                github: (0,read/* field */.ZZ)(person, 'github'),
                githubId: (0,read/* field */.ZZ)(person, 'githubId'),
                termsAccepted: (0,read/* field */.ZZ)(person, 'termsAccepted'),
            },
        ];
    });
    // Entries with a usable id need nothing: such a group is not counted as work left.
    const work = entries.filter((entry) => decideEntry(entry, () => ({ kind: 'none' })).action !== 'none');
    return work.length === 0 ? undefined : { path, bytes, text: decoded.text, entries: work };
}
async function identifyGroup(group, lookUp, options, port, outcome) {
    const writes = [];
    for (const entry of group.entries) {
        const decision = decideEntry(entry, lookUp);
        const login = typeof entry.github === 'string' ? entry.github : undefined;
        if (decision.action === 'write') {
            writes.push({
                group: group.path,
                role: entry.role,
                login: login ?? '',
                githubId: decision.githubId,
            });
        }
        else if (decision.action === 'confirm') {
            outcome.confirm.push({
                group: group.path,
                role: entry.role,
                login,
                reason: decision.reason,
                ...(decision.accountId === undefined ? {} : { accountId: decision.accountId }),
                ...(decision.createdAt === undefined ? {} : { createdAt: decision.createdAt }),
                ...(decision.termsAccepted === undefined ? {} : { termsAccepted: decision.termsAccepted }),
                message: reasonText(decision),
            });
        }
    }
    if (writes.length === 0)
        return;
    const edited = addAccountIds(group.text, writes);
    if (!edited.ok) {
        outcome.errors.push({
            group: group.path,
            reason: `the file was not changed: ${edited.reason}`,
        });
        return;
    }
    if (!options.dryRun) {
        // The byte-order mark the decoder dropped goes back, so only the new lines differ.
        const { bytes } = group;
        const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\ufeff' : '';
        try {
            await port.files.write(group.path, `${bom}${edited.text}`);
        }
        catch {
            outcome.errors.push({ group: group.path, reason: 'the file could not be written' });
            return;
        }
    }
    outcome.written.push(...writes);
    outcome.changedFiles++;
}

// EXTERNAL MODULE: ./src/adapters/fs/group-files.ts
var group_files = __webpack_require__(6791);
// EXTERNAL MODULE: ./src/load/registry.ts
var registry = __webpack_require__(9273);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/registry-root.ts
var registry_root = __webpack_require__(3084);
;// CONCATENATED MODULE: ./src/cli/commands/identify.ts











/** `tgr identify [PATH...]`: argv and GITHUB_TOKEN → runIdentify (GitHub, files on disk) → report. */
async function identifyCommand(args, io) {
    const { values, positionals } = (0,options/* parse */.qg)(args, {
        'dry-run': { type: 'boolean', default: false },
        format: { type: 'string', default: 'text' },
        'max-files': { type: 'string', default: '100' },
    });
    const format = values.format;
    if (format !== 'text' && format !== 'json' && format !== 'markdown') {
        throw new options/* UsageError */.eb(`--format must be text, json or markdown, not ${JSON.stringify(format)}`);
    }
    const limit = values['max-files'];
    if (!/^[1-9][0-9]{0,5}$/.test(limit)) {
        throw new options/* UsageError */.eb(`--max-files must be a whole number from 1, not ${JSON.stringify(limit)}`);
    }
    const token = io.env.GITHUB_TOKEN;
    if (token === undefined || token === '') {
        throw new options/* UsageError */.eb('tgr identify looks usernames up on GitHub and needs GITHUB_TOKEN (any token that can read public profiles; GITHUB_API_URL for GitHub Enterprise)');
    }
    const { root } = (0,registry_root/* openRegistry */.Me)(undefined, io);
    const disk = (0,registry_disk/* registryDisk */.v)();
    const files = positionals.length === 0
        ? await (0,registry/* listRegistry */.Iw)(disk, root)
        : await disk.expand(positionals.map((target) => external_node_path_default().resolve(io.cwd, target)));
    if (files.length === 0) {
        throw new options/* NothingToCheckError */.Pz(`nothing to identify: no group file (.yaml) in ${positionals.length === 0 ? external_node_path_default().join(root, registry/* GROUPS_DIR */.hW) : 'the paths given'}`);
    }
    const dryRun = values['dry-run'];
    const { octokit } = (0,github_octokit/* createOctokit */.Q)({
        token,
        baseUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com',
    });
    const outcome = await runIdentify({ dryRun, maxFiles: Number(limit) }, {
        accounts: gitHubAccountDirectory(octokit),
        files: (0,group_files/* diskGroupFiles */.s)(files.map((file) => external_node_path_default().resolve(file)), (absolute) => external_node_path_default().relative(io.cwd, absolute)),
    });
    io.stdout(format === 'json'
        ? formatIdentifyJson(outcome, dryRun)
        : format === 'markdown'
            ? formatIdentifyMarkdown(outcome)
            : formatIdentifyText(outcome, dryRun));
    if (outcome.lookupFailure !== undefined) {
        io.stderr(`tgr: nothing was written: ${(0,report_escape/* escapeLogText */.dD)(outcome.lookupFailure)}\n`);
        return options/* EXIT */.dc.findings;
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
