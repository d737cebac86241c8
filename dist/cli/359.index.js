export const id = 359;
export const ids = [359];
export const modules = {

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

/***/ 4359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  auditCommand: () => (/* binding */ auditCommand)
});

// EXTERNAL MODULE: ./src/i18n/findings/index.ts + 29 modules
var findings = __webpack_require__(7933);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/picture.ts
var picture = __webpack_require__(1152);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/audit/stages.ts
var stages = __webpack_require__(7504);
;// CONCATENATED MODULE: ./src/audit/dashboard.ts







/** GitHub caps a job summary at 1 MiB; beyond this many groups only those with problems are listed. */
const FULL_TABLE_LIMIT = 1000;
const STATUS_ICON = { pass: '✅', fail: '❌', warning: '⚠️', waived: '🕊️' };
/** The dashboard is the program team's, in the job summary: in English. */
const EN = (0,findings/* wordsIn */.Hn)('en');
/** How many actions of each type, in the order they were first taken: `2 opened, 1 updated`. */
function counts(actions, say) {
    const tally = new Map();
    for (const action of actions)
        tally.set(action.type, (tally.get(action.type) ?? 0) + 1);
    return tally.size === 0
        ? say('audit.no-changes')
        : [...tally]
            .map(([type, count]) => say('audit.tally', { type: option(type), count }))
            .join(', ');
}
function issueRef(action, say) {
    return action.type === 'open' ? say('audit.new-issue') : `#${action.number}`;
}
/** A group's stage in its table cell; days a marker or file gave are dates, checked as such. */
function stageCell(stage, say) {
    const none = (day) => day ?? 'none';
    switch (stage.stage) {
        case 'problem':
            return say('dashboard.stage', { stage: 'problem', date: none(stage.date) });
        case 'past-date':
            return say('dashboard.stage', {
                stage: 'past_date',
                date: stage.date,
                inactiveOn: none(stage.inactiveOn),
            });
        case 'inactive':
            return say('dashboard.stage', {
                stage: 'inactive',
                since: none(stage.since),
                removalOn: none(stage.removalOn),
            });
        case 'removal-due':
            return say('dashboard.stage', { stage: 'removal_due', since: stage.since });
        case 'other':
            // The file's own word: untrusted, so a code span that cannot break the table.
            return say('dashboard.stage', { stage: 'other', status: code(stage.status, 40) });
        default:
            return say('dashboard.stage', { stage: option(stage.stage) });
    }
}
/** How many groups are at each stage. */
function stageTotals(stages) {
    const totals = Object.fromEntries(STAGE_NAMES.map((name) => [name, 0]));
    for (const { stage } of stages)
        totals[stage]++;
    return totals;
}
/** The program dashboard: every group's standing, and what this run did. */
function renderDashboard(outcome, meta) {
    const active = outcome.groups.filter((group) => group.status === 'active');
    const lines = [
        EN('dashboard.heading', { today: meta.today }),
        '',
        EN('dashboard.totals', {
            active: active.length,
            groups: outcome.groups.length,
            problems: outcome.problems.length,
            issues: outcome.existing.length,
        }),
        '',
        stagesLine(outcome.stages, EN),
        '',
        meta.dryRun
            ? EN('dashboard.dry-run', { plan: counts(outcome.planned, EN) })
            : EN('dashboard.this-run', {
                done: counts(outcome.done, EN),
                deferred: outcome.deferred.length,
                failed: outcome.failure === undefined ? 'no' : 'yes',
            }),
        '',
        [
            EN('run.api', { requests: meta.requests, writes: meta.writes }),
            ...(outcome.accountsChecked ? [] : [EN('dashboard.no-token')]),
        ].join(' '),
    ];
    if (outcome.failure !== undefined)
        lines.push('', EN('dashboard.write-failed', { reason: text(outcome.failure) }));
    const notMigrated = notMigratedLine(outcome, EN);
    if (notMigrated !== undefined)
        lines.push('', EN('dashboard.not-migrated', { leaders: notMigrated }));
    if (outcome.notTheAudits.length > 0) {
        // Someone copied the marker: the program team may want to look, the audit leaves them be.
        const shown = outcome.notTheAudits.slice(0, 20).map((number) => `#${String(number)}`);
        lines.push('', EN('dashboard.not-the-audits', {
            issues: shown.join(', '),
            more: outcome.notTheAudits.length - shown.length,
        }));
    }
    const shown = meta.dryRun ? outcome.planned : outcome.done;
    if (shown.length > 0) {
        lines.push('', `### ${EN('dashboard.actions', { dryRun: meta.dryRun ? 'yes' : 'no' })}`, '', EN('dashboard.actions.columns'), '|---|---|---|---|');
        for (const action of shown.slice(0, 500)) {
            lines.push(`| ${EN('audit.verb', { type: option(action.type) })} | ${code(action.key.slug)} | ${action.key.kind} | ${issueRef(action, EN)} |`);
        }
        if (shown.length > 500)
            lines.push('', EN('dashboard.more', { count: shown.length - 500 }));
    }
    // A set, not a search of the problems per group: thousands of each in a large registry.
    const withProblems = new Set(outcome.problems.map((problem) => problem.group));
    const rows = outcome.groups.map((group, at) => ({
        group,
        stage: outcome.stages[at] ?? { stage: 'other', status: group.status },
    }));
    const listed = outcome.groups.length <= FULL_TABLE_LIMIT
        ? rows
        : rows.filter(({ group, stage }) => withProblems.has(group) || stage.stage === 'inactive' || stage.stage === 'removal-due');
    lines.push('', `### ${EN('dashboard.groups')}`, '');
    if (listed.length < outcome.groups.length)
        lines.push(EN('dashboard.groups.only-problems', {
            listed: listed.length,
            groups: outcome.groups.length,
        }), '');
    const header = [
        EN('dashboard.column.group'),
        EN('dashboard.column.stage'),
        ...REQUIREMENTS.map((requirement) => EN('comment.requirement', { requirement })),
        EN('dashboard.column.meetups'),
        EN('dashboard.column.months'),
        EN('dashboard.column.days'),
    ];
    lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
    for (const { group, stage } of listed) {
        const cells = [
            code(group.slug),
            stageCell(stage, EN),
            ...REQUIREMENTS.map((requirement) => STATUS_ICON[group.card[requirement]]),
            `${group.cadence.counted.length}/${group.cadence.required}`,
            `\`${renderSparkline(monthlyCounts(group.cadence))}\``,
            group.cadence.daysSinceLast === undefined ? '–' : String(group.cadence.daysSinceLast),
        ];
        lines.push(`| ${cells.join(' | ')} |`);
    }
    return `${lines.join('\n')}\n`;
}
/**
 * `tgr audit --format text`: one line per planned action; with `findingsIn`, each problem and its
 * findings in that language (the Action's log leaves them out: thousands of lines in a large
 * registry, all in the issues already); then a summary, in that language too (`--lang`). Action
 * types, short names and problem kinds stay as they are: scripts match them.
 */
function formatPlanText(outcome, dryRun, findingsIn) {
    const say = (0,findings/* wordsIn */.Hn)(findingsIn ?? 'en');
    const actions = dryRun ? outcome.planned : outcome.done;
    const lines = actions.map((action) => (0,report_escape/* escapeLogText */.dD)(`${action.type.padEnd(15)} ${issueRef(action, say).padEnd(6)} ${action.key.slug} ${action.key.kind}${'issue' in action ? `  ${action.issue.title}` : ''}`));
    // Each problem with the findings behind it, as the issue states them.
    for (const problem of findingsIn === undefined ? [] : outcome.problems) {
        lines.push((0,report_escape/* escapeLogText */.dD)(`problem ${problem.group.slug} ${problem.kind}`));
        if (problem.findings.length > 0)
            lines.push(indent((0,report_text/* formatFindings */.eg)(problem.findings, findingsIn)));
    }
    const active = outcome.groups.filter((group) => group.status === 'active').length;
    const notMigrated = notMigratedLine(outcome, say);
    if (notMigrated !== undefined)
        lines.push(say('audit.text.not-migrated', { leaders: notMigrated.replaceAll('`', '') }));
    lines.push(say('audit.text.summary', {
        dryRun: dryRun ? 'yes' : 'no',
        actions: actions.length,
        problems: outcome.problems.length,
        active,
        deferred: outcome.deferred.length,
    }));
    return `${lines.join('\n')}\n`;
}
/** The totals by stage, for the top of the dashboard. */
function stagesLine(stages, say) {
    const totals = stageTotals(stages);
    return say('dashboard.stages', {
        active: totals.active,
        atRisk: totals['at-risk'],
        problem: totals.problem,
        pastDate: totals['past-date'],
        inactive: totals.inactive,
        removalDue: totals['removal-due'],
        other: totals.other,
    });
}
/** Leaders known by login only, said once a run rather than in an issue per group. */
function notMigratedLine({ notMigrated }, say) {
    if (notMigrated.people === 0)
        return undefined;
    return say('audit.not-migrated', { people: notMigrated.people, groups: notMigrated.groups });
}
function indent(text) {
    return text.replace(/^/gm, '  ');
}
/** `tgr audit --format json`: the plan as data. */
function formatPlanJson(outcome, meta, language = 'en') {
    const actions = (meta.dryRun ? outcome.planned : outcome.done).map((action) => ({
        action: action.type,
        group: action.key.slug,
        problem: action.key.kind,
        ...(action.type === 'open' ? {} : { issue: action.number }),
        ...('issue' in action ? { title: action.issue.title, labels: action.issue.labels } : {}),
        ...(action.type === 'close-duplicate' ? { duplicateOf: action.duplicateOf } : {}),
    }));
    const report = {
        today: meta.today,
        dryRun: meta.dryRun,
        groups: outcome.groups.map((group, at) => ({
            slug: group.slug,
            status: group.status,
            // Where the program's stages have it; days not known yet are left out.
            stage: outcome.stages[at],
            azureMeetups: group.cadence.counted.length,
            required: group.cadence.required,
            daysSinceLast: group.cadence.daysSinceLast ?? null,
            requirements: group.card,
        })),
        problems: outcome.problems.map((problem) => ({
            group: problem.group.slug,
            problem: problem.kind,
            findings: problem.findings.map((finding) => ({
                file: finding.file,
                line: finding.line,
                column: finding.column,
                rule: finding.rule,
                severity: finding.severity,
                message: (0,findings/* findingMessage */.pG)(finding, language),
                messageId: finding.messageId,
                params: finding.params,
            })),
        })),
        actions,
        deferred: outcome.deferred.length,
        notTheAudits: outcome.notTheAudits,
        accountsChecked: outcome.accountsChecked,
        notMigrated: outcome.notMigrated,
    };
    return `${(0,report_escape/* escapeJsonForLog */.xj)(JSON.stringify(report, null, 2))}\n`;
}

// EXTERNAL MODULE: ./src/audit/run-audit.ts
var run_audit = __webpack_require__(1032);
// EXTERNAL MODULE: ./src/adapters/github/audit-host.ts + 3 modules
var audit_host = __webpack_require__(1231);
// EXTERNAL MODULE: ./src/adapters/github/octokit.ts
var octokit = __webpack_require__(2887);
// EXTERNAL MODULE: ./src/adapters/fs/registry-disk.ts
var registry_disk = __webpack_require__(3301);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/registry-root.ts
var registry_root = __webpack_require__(3084);
;// CONCATENATED MODULE: ./src/cli/commands/audit.ts








/** `tgr audit`: argv and environment → options → runAudit → the plan, printed → exit code. */
async function auditCommand(args, io) {
    const { values, positionals } = (0,options/* parse */.qg)(args, {
        'dry-run': { type: 'boolean', default: false },
        today: { type: 'string' },
        config: { type: 'string' },
        format: { type: 'string', default: 'text' },
        'max-writes': { type: 'string', default: '100' },
        lang: { type: 'string' },
        'audit-account': { type: 'string' },
        'docs-url': { type: 'string' },
    });
    const format = values.format;
    if (format !== 'text' && format !== 'json')
        throw new options/* UsageError */.eb(`--format must be text or json, not ${JSON.stringify(format)}`);
    const language = (0,options/* langOption */.GA)(values.lang);
    const rulePages = (0,options/* docsUrlOption */.i$)(values['docs-url']);
    const today = (0,options/* todayOption */.RD)(values.today, io);
    const maxWrites = Number(values['max-writes']);
    if (!Number.isInteger(maxWrites) || maxWrites < 0)
        throw new options/* UsageError */.eb('--max-writes must be a whole number');
    const dryRun = values['dry-run'];
    if (positionals.length > 0)
        throw new options/* UsageError */.eb('tgr audit takes no PATH: it audits every group');
    // The whole registry, found the way tgr validate finds it; the policy from its root.
    const { root, policy } = (0,registry_root/* openRegistry */.Me)(values.config, io);
    const token = io.env.GITHUB_TOKEN;
    const repository = io.env.GITHUB_REPOSITORY;
    const [owner, repo] = repository?.split('/') ?? [];
    if ((token === undefined || owner === undefined || repo === undefined) && !dryRun) {
        throw new options/* UsageError */.eb('writing issues needs GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name); add --dry-run to see the plan');
    }
    const account = accountOption(values['audit-account'], dryRun, token);
    const github = token !== undefined && owner !== undefined && repo !== undefined
        ? (0,audit_host/* gitHubAuditHost */.B)((0,octokit/* createOctokit */.Q)({ token, baseUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com' })
            .octokit, { owner, repo }, { retryDelayMs: 1000, ...(account === undefined ? {} : { account }) })
        : undefined;
    const outcome = await (0,run_audit.runAudit)({
        root,
        disk: (0,registry_disk/* registryDisk */.v)(),
        today,
        policy,
        dryRun,
        maxWrites,
        fileUrl: undefined,
        rulePages,
    }, github);
    io.stdout(format === 'json'
        ? formatPlanJson(outcome, { today, dryRun }, language)
        : formatPlanText(outcome, dryRun, language));
    if (outcome.notTheAudits.length > 0 && account === undefined) {
        // Most often a personal token: the workflow's issues are not this account's.
        io.stderr(`tgr: ${String(outcome.notTheAudits.length)} issue(s) carry the audit's marker but were not opened by this token's account (id ${String(outcome.account)}), so this run leaves them alone. The scheduled audit writes as github-actions[bot] (id ${String(WORKFLOW_BOT_ID)}); to plan as it, use --dry-run --audit-account ${String(WORKFLOW_BOT_ID)}.\n`);
    }
    if (outcome.failure !== undefined) {
        io.stderr(`tgr: a write failed; run again to continue: ${(0,report_escape/* escapeLogText */.dD)(outcome.failure)}\n`);
        return options/* EXIT */.dc.findings;
    }
    return options/* EXIT */.dc.ok;
}
/** GitHub's id for `github-actions[bot]`, the account the workflow token acts as. */
const WORKFLOW_BOT_ID = 41898282;
/** `--audit-account ID`: plan as another account; only for a dry run against GitHub. */
function accountOption(value, dryRun, token) {
    if (value === undefined)
        return undefined;
    const id = Number(value);
    if (!/^[1-9][0-9]*$/.test(value) || !Number.isSafeInteger(id))
        throw new options/* UsageError */.eb('--audit-account must be a numeric GitHub account id, such as 41898282');
    if (!dryRun)
        throw new options/* UsageError */.eb("--audit-account needs --dry-run: writes are made as the token's own account, and only its issues count as the audit's");
    if (token === undefined)
        throw new options/* UsageError */.eb('--audit-account needs GITHUB_TOKEN: without it there are no issues to read');
    return id;
}


/***/ }),

/***/ 1152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ov: () => (/* binding */ monthlyCounts)
/* harmony export */ });
/* unused harmony exports renderPicture, renderSparkline */
/* harmony import */ var _core_dates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(194);

/** Counted Azure meetups per month, for the twelve months that end with the month of `today`. */
function monthlyCounts(cadence) {
    const months = Array.from({ length: 12 }, (_, i) => (0,_core_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .monthOf */ .GS)((0,_core_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .addMonths */ .PS)(firstOfMonth(cadence.today), i - 11)));
    const counts = new Map(months.map((month) => [month, 0]));
    for (const meetup of cadence.counted) {
        const month = (0,_core_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .monthOf */ .GS)(meetup.date);
        const count = counts.get(month);
        if (count !== undefined)
            counts.set(month, count + 1);
    }
    return months.map((month) => ({ month, count: counts.get(month) ?? 0 }));
}
function firstOfMonth(date) {
    return `${(0,_core_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .monthOf */ .GS)(date)}-01`;
}
/** A two-row Markdown table: month names in the reader's language over the counts (· for none). */
function renderPicture(counts, locale) {
    const names = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
    const header = counts.map(({ month }) => names.format(new Date(`${month}-01T00:00:00Z`)).replace(/\.$/, ''));
    const cells = counts.map(({ count }) => count === 0 ? '·' : '█'.repeat(Math.min(count, 4)) + (count > 4 ? `${count}` : ''));
    return [
        `| ${header.join(' | ')} |`,
        `|${counts.map(() => ':-:').join('|')}|`,
        `| ${cells.join(' | ')} |`,
    ].join('\n');
}
/** The same picture on one line of plain text, for logs and the text dashboard. */
function renderSparkline(counts) {
    const bars = ' ▁▃▅▇█';
    return counts.map(({ count }) => bars[Math.min(count, bars.length - 1)] ?? '█').join('');
}


/***/ })

};
