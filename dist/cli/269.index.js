export const id = 269;
export const ids = [269];
export const modules = {

/***/ 5650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkPatchCommand: () => (/* binding */ checkPatchCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/fs/files.ts
var files = __webpack_require__(869);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/load/registry.ts
var registry = __webpack_require__(9273);
;// CONCATENATED MODULE: ./src/adapters/git/patch-listing.ts





/**
 * What `git apply` reads a patch to do (`--numstat -z` and `--summary`), for `tgr check-patch`;
 * or git's own reason when it cannot read the patch. `shown` names the patch in errors.
 */
async function listPatch(patchFile, shown, env) {
    // git runs in an empty folder outside any repository, so no repository, subfolder or
    // configuration changes how it reads the patch.
    const folder = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'tgr-check-patch-'));
    try {
        const git = (...args) => run(folder, env, ['apply', ...args, patchFile]);
        let numstat, summary;
        try {
            [numstat, summary] = await Promise.all([git('--numstat', '-z'), git('--summary')]);
        }
        catch (error) {
            if (!(error instanceof GitUnavailableError))
                throw error;
            throw new registry/* UnreadablePathError */.hU(shown, `git could not be run to read it (${error.message})`);
        }
        const failed = [numstat, summary].find((answer) => !answer.ok);
        if (failed !== undefined)
            return { ok: false, why: failed.stderr.trim() || 'no reason given' };
        return { ok: true, listing: { numstat: numstat.stdout, summary: summary.stdout } };
    }
    finally {
        await (0,promises_.rm)(folder, { recursive: true, force: true });
    }
}
function run(cwd, env, args) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', args, {
            cwd,
            encoding: 'utf8',
            maxBuffer: 256 * 1024 * 1024,
            env: {
                PATH: env.PATH ?? '',
                LC_ALL: 'C',
                GIT_CONFIG_NOSYSTEM: '1',
                GIT_CONFIG_GLOBAL: '/dev/null',
                GIT_CEILING_DIRECTORIES: external_node_path_default().dirname(cwd),
            },
        }, (error, stdout, stderr) => {
            // A number is git's exit status; anything else means git could not be started.
            if (error !== null && typeof error.code !== 'number') {
                reject(new GitUnavailableError(error.code ?? error.message));
            }
            else
                resolve({ ok: error === null, stdout, stderr });
        });
    });
}
class GitUnavailableError extends Error {
    name = 'GitUnavailableError';
}

// EXTERNAL MODULE: ./src/core/names.ts + 1 modules
var names = __webpack_require__(2889);
;// CONCATENATED MODULE: ./src/core/patch-check.ts

/** The one shape of path a hand-over may change. */
function isGroupFilePath(path) {
    const match = /^groups\/([^/]+)\.yaml$/.exec(path);
    return match !== null && names/* SLUG */.OZ.test(match[1] ?? '');
}
const REGULAR = '100644';
function checkPatch(listing) {
    const problems = [];
    const files = new Map();
    const listed = new Set();
    // Records end with NUL; with -z git writes each name as it is, tabs and newlines included.
    const records = listing.numstat.split('\0');
    if (records.at(-1) === '')
        records.pop();
    for (const record of records) {
        const match = /^(\d+|-)\t(\d+|-)\t([\s\S]*)$/.exec(record);
        if (match === null) {
            problems.push({
                subject: record,
                why: 'a line of git apply --numstat that is not understood',
            });
            continue;
        }
        const [, added, , path = ''] = match;
        listed.add(path);
        if (!isGroupFilePath(path)) {
            problems.push({
                subject: path,
                why: 'not a group file (only groups/<slug>.yaml may change)',
            });
        }
        else if (added === '-') {
            problems.push({ subject: path, why: 'a binary change' });
        }
        else if (files.has(path)) {
            problems.push({ subject: path, why: 'changed twice in one patch' });
        }
        else
            files.set(path, { path, change: 'changed' });
    }
    for (const line of listing.summary.split('\n')) {
        if (line === '')
            continue;
        const text = line.trim();
        const made = /^(create|delete) mode (\d+) (.*)$/.exec(text);
        if (made !== null && made[2] === REGULAR && listed.has(made[3] ?? '')) {
            // A path refused above is not refused twice.
            const file = files.get(made[3] ?? '');
            if (file !== undefined)
                file.change = made[1] === 'create' ? 'added' : 'deleted';
            continue;
        }
        // A change large enough for git to call it a rewrite is still a change of that file.
        const rewrite = /^rewrite (.*) \(\d+%\)$/.exec(text);
        if (rewrite !== null && listed.has(rewrite[1] ?? ''))
            continue;
        problems.push({ subject: text, why: summaryProblem(text) });
    }
    let current;
    for (const raw of listing.patch.split('\n')) {
        const line = raw.replace(/\r$/, '');
        if (line.startsWith('diff --git '))
            current = line.slice('diff --git '.length);
        if (!line.startsWith('index '))
            continue;
        // `index <old>..<new> <mode>`: git takes the mode of a changed file from here.
        const [, mode, ...rest] = line.slice('index '.length).split(' ');
        if (mode !== undefined && (mode !== REGULAR || rest.length > 0)) {
            problems.push({
                subject: nameOf(current, files) ?? line,
                why: `the file mode ${[mode, ...rest].join(' ')} on its index line (only 100644, a regular file)`,
            });
        }
    }
    if (records.length === 0 && problems.length === 0)
        problems.push({ subject: 'the patch', why: 'it changes no file' });
    return { files: [...files.values()], problems };
}
function summaryProblem(line) {
    if (line.startsWith('rename '))
        return 'renames a file';
    if (line.startsWith('copy '))
        return 'copies a file';
    if (line.startsWith('mode change '))
        return 'changes a file mode';
    if (/^(create|delete) mode (?!100644 )/.test(line))
        return 'a symbolic link or other special file';
    return 'not a plain change of a group file';
}
/** The group file a `diff --git a/X b/X` header names, when it is one the patch changes. */
function nameOf(header, files) {
    if (header === undefined)
        return undefined;
    for (const path of files.keys())
        if (header === `a/${path} b/${path}`)
            return path;
    return undefined;
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
;// CONCATENATED MODULE: ./src/cli/commands/check-patch.ts






/**
 * `tgr check-patch PATCHFILE`: whether a patch handed over by another job changes only the text
 * of group files (src/core/patch-check.ts says what that allows). Exit 0: it may be applied;
 * 1: refused, each problem named; 2: a usage problem or an unreadable file.
 */
async function checkPatchCommand(args, io) {
    const { positionals } = (0,options/* parse */.qg)(args, {});
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0)
        throw new options/* UsageError */.eb('tgr check-patch takes one patch file');
    const absolute = external_node_path_default().resolve(io.cwd, file);
    const bytes = await (0,files/* readBytes */.io)(absolute, file);
    const listed = await listPatch(absolute, file, io.env);
    // Header lines are ASCII; latin1 keeps every other byte as one character.
    const verdict = listed.ok
        ? checkPatch({ ...listed.listing, patch: Buffer.from(bytes).toString('latin1') })
        : { files: [], problems: [{ subject: 'git apply cannot read the patch', why: listed.why }] };
    const lines = verdict.problems.length
        ? [
            ...verdict.problems.map((problem) => `${(0,report_escape/* escapeLogText */.dD)(problem.subject)}: ${(0,report_escape/* escapeLogText */.dD)(problem.why)}`),
            'Refused: the patch changes more than the text of group files; apply none of it.',
        ]
        : [
            ...verdict.files.map((entry) => `${entry.path}: ${entry.change}`),
            `The patch changes only group files (${String(verdict.files.length)}); it may be applied.`,
        ];
    io.stdout(`${lines.join('\n')}\n`);
    return verdict.problems.length > 0 ? options/* EXIT */.dc.findings : options/* EXIT */.dc.ok;
}


/***/ })

};
