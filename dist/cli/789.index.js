export const id = 789;
export const ids = [789];
export const modules = {

/***/ 6622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ renderDuplicate),
/* harmony export */   TN: () => (/* binding */ keyOf),
/* harmony export */   VP: () => (/* binding */ renderResolution),
/* harmony export */   gY: () => (/* binding */ parseMarker),
/* harmony export */   l6: () => (/* binding */ resolutionMarker),
/* harmony export */   oz: () => (/* binding */ markEnded),
/* harmony export */   yi: () => (/* binding */ renderIssue)
/* harmony export */ });
/* unused harmony export marker */
/* harmony import */ var _core_dates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(194);
/* harmony import */ var _i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2388);
/* harmony import */ var _i18n_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4373);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4285);
/* harmony import */ var _core_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7063);
/* harmony import */ var _kinds_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5960);






// `ended=` came later: a marker without it (every open issue, and issues closed before it) reads
// as an episode the audit has not ended.
const MARKER = /^<!-- tech-groups-registry:audit group=([a-z0-9-]+) problem=([a-z-]+) since=(\d{4}-\d{2}-\d{2})(?: ended=(\d{4}-\d{2}-\d{2}))? -->/;
function keyOf({ slug, kind }) {
    return `${slug}/${kind}`;
}
/**
 * The hidden first line of an audit issue: its group, its problem, the day this episode of the
 * problem was first seen and, once the audit closed the issue as solved, the day it did.
 */
function marker(key, since, ended) {
    const end = ended === undefined ? '' : ` ended=${ended}`;
    return `<!-- tech-groups-registry:audit group=${key.slug} problem=${key.kind} since=${since}${end} -->`;
}
/**
 * The body of an audit issue with its marker saying the audit ended the episode on `day`, sent in
 * the same write that closes it: a later reopen then starts a new episode. Any other close (by a
 * person, by a merged "Fixes #N") leaves the marker as it was, and a reopen keeps the date.
 */
function markEnded(body, day) {
    const parsed = parseMarker(body);
    if (parsed === undefined)
        return body;
    return body.replace(MARKER, () => marker(parsed, parsed.since, day));
}
/**
 * Ends a closing comment: which occurrence of the problem it closes. A run that posted the comment
 * but could not close the issue must not post it again; after a relapse the issue carries a new
 * first-seen day, so its next closing comment is a new one.
 */
function resolutionMarker(since) {
    return `<!-- tech-groups-registry:audit-resolved since=${since} -->`;
}
/** The key, first-seen day and end (if the audit ended it) of an issue, from its marker. */
function parseMarker(body) {
    const match = MARKER.exec(body);
    const kind = _core_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .PROBLEM_KINDS */ .m.find((candidate) => candidate === match?.[2]);
    if (!match || kind === undefined)
        return undefined;
    return { slug: match[1] ?? '', kind, since: match[3] ?? '', ended: match[4] };
}
/**
 * An audit issue: addressed to the group's leaders, in the group's language with English
 * alongside, saying what is wrong with the evidence, what to do, and by when. Nothing in it
 * depends on the day of the run except through the problem itself, so an unchanged problem
 * renders the same text and costs no write.
 */
function renderIssue(problem, since, context) {
    const primary = (0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_2__/* .messagesFor */ .k)(problem.group.language);
    const sections = [
        marker({ slug: problem.group.slug, kind: problem.kind }, since),
        renderSection(problem, since, primary, context),
    ];
    if (primary !== _i18n_index_js__WEBPACK_IMPORTED_MODULE_2__.en)
        sections.push(`<details><summary>English</summary>\n\n${renderSection(problem, since, _i18n_index_js__WEBPACK_IMPORTED_MODULE_2__.en, context)}\n\n</details>`);
    return {
        title: titleOf(problem),
        body: `${sections.join('\n\n')}\n`,
        labels: [_kinds_js__WEBPACK_IMPORTED_MODULE_4__/* .AUDIT_LABEL */ .JM, _kinds_js__WEBPACK_IMPORTED_MODULE_4__/* .LABEL_OF_KIND */ .qn[problem.kind]],
    };
}
function titleOf({ kind, group }) {
    const prefix = `[${group.slug}]`;
    const { cadence, shortfall } = group;
    switch (kind) {
        case 'meetups-minimum':
            return `${prefix} ${cadence.counted.length} of ${cadence.required} Azure meetups in the last 12 months`;
        case 'meetups-at-risk':
            return `${prefix} at risk of falling below ${shortfall?.required ?? cadence.required} Azure meetups on ${shortfall?.on ?? ''}`;
        case 'leader':
            return `${prefix} no valid group leader`;
        case 'co-leader':
            return `${prefix} no valid co-leader`;
        case 'leader-renamed':
            return `${prefix} a leader's GitHub username has changed`;
        case 'terms':
            return `${prefix} terms and conditions not accepted`;
        case 'waiver-expired':
            return `${prefix} a waiver has expired`;
    }
}
function renderSection(problem, since, m, context) {
    const { group, kind } = problem;
    const who = addressees(group).join(' ');
    const file = context.fileUrl
        ? `[${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(group.path)}](${context.fileUrl(group.path)})`
        : (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(group.path);
    const months = context.policy.meetups.windowMonths;
    const wrong = (() => {
        switch (kind) {
            case 'meetups-minimum':
                return m.audit.wrong[kind](group.cadence.counted.length, group.cadence.required, months);
            case 'meetups-at-risk':
                return m.audit.wrong[kind](group.shortfall?.on ?? '', group.shortfall?.counted ?? 0, group.shortfall?.required ?? 0, months);
            case 'leader-renamed':
                return renamedLines(group, m).join('\n\n');
            default:
                return m.audit.wrong[kind];
        }
    })();
    return [
        m.audit.intro(who === '' ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(group.name) : who),
        '',
        `**${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(group.name)}** · ${file}`,
        '',
        `#### ${m.audit.headings.wrong}`,
        '',
        wrong,
        '',
        `#### ${m.audit.headings.evidence}`,
        '',
        ...evidence(problem, m),
        '',
        `#### ${m.audit.headings.todo}`,
        '',
        m.audit.todo[kind](file),
        '',
        `#### ${m.audit.headings.deadline}`,
        '',
        m.audit.deadline(deadline(problem, since, context.policy)),
    ].join('\n');
}
/**
 * Who an issue is addressed to. A mention notifies whoever holds the login now, so a leader is
 * mentioned only where their login's account is the file's id (or, in a file that gives no id
 * yet, where the login resolves: there is nothing to verify it against), and one who renamed
 * their account by the new login, which is theirs. A leader whose account is gone is named, as
 * plain text: the login may be a stranger's by now.
 */
function addressees(group) {
    const seen = new Set();
    const who = [];
    for (const role of ['leader', 'coLeader']) {
        const login = group.leaders[role];
        const check = group.accounts[role];
        const name = group.people[role]?.name;
        const [key, address] = check === undefined || check.status === 'same'
            ? login === undefined
                ? []
                : [login.toLowerCase(), (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .mention */ .lE)(login)]
            : check.status === 'renamed'
                ? [check.login.toLowerCase(), (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .mention */ .lE)(check.login)]
                : name === undefined
                    ? []
                    : [`name:${name}`, (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(name)];
        // A leader who is also named co-leader is one person, addressed once.
        if (key === undefined || address === undefined || seen.has(key))
            continue;
        seen.add(key);
        who.push(address);
    }
    return who;
}
/** Each renamed account: the old username as plain text, the new one mentioned (the same person). */
function renamedLines(group, m) {
    return ['leader', 'coLeader'].flatMap((role) => {
        const check = group.accounts[role];
        const old = group.leaders[role];
        if (check?.status !== 'renamed' || old === undefined)
            return [];
        const name = group.people[role]?.name;
        return [
            m.audit.wrong['leader-renamed'](role, name === undefined ? '' : (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(name), (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(old), (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .mention */ .lE)(check.login)),
        ];
    });
}
function deadline(problem, since, policy) {
    const due = (0,_core_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .addDays */ .fi)(since, policy.audit.deadlineDays);
    // A group at risk must act before it falls below the minimum, not weeks after.
    const { shortfall } = problem.group;
    return problem.kind === 'meetups-at-risk' && shortfall !== undefined && shortfall.on < due
        ? shortfall.on
        : due;
}
function meetupLine(meetup, note) {
    return `- ${meetup.date} ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(meetup.title, 80)}${note === undefined ? '' : ` (${note})`}`;
}
function evidence(problem, m) {
    const { cadence, shortfall } = problem.group;
    if (problem.kind === 'meetups-minimum' || problem.kind === 'meetups-at-risk') {
        const lines = [`${m.audit.counted} (${cadence.counted.length}):`, ''];
        lines.push(...(cadence.counted.length === 0
            ? [`- ${m.audit.none}`]
            : cadence.counted.map((meetup) => meetupLine(meetup))));
        if (problem.kind === 'meetups-at-risk' && shortfall) {
            lines.push('', `${m.audit.expiring}:`, '', ...shortfall.expiring.map((meetup) => meetupLine(meetup)));
        }
        // Meetups older than the window are history, not evidence; the rest say why they do not count.
        const notCounted = cadence.excluded.filter(({ reason }) => reason !== 'before-window');
        if (notCounted.length > 0) {
            lines.push('', `${m.audit.notCounted}:`, '', ...notCounted.map(({ meetup, reason }) => meetupLine(meetup, m.audit.exclusion[reason])));
        }
        return lines;
    }
    return problem.findings.map((finding) => {
        const where = finding.line > 0 ? `${finding.file}:${finding.line}:${finding.column}` : finding.file;
        return `- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(where)} ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)((0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_1__/* .findingMessage */ .pG)(finding, m.language))}`;
    });
}
/** The comment that closes an issue: what solved it, in the group's language and English. */
function renderResolution(kind, resolution, group) {
    const say = (m) => resolution === 'solved'
        ? m.audit.resolved[kind]
        : resolution === 'inactive'
            ? m.audit.inactive
            : m.audit.superseded;
    const primary = (0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_2__/* .messagesFor */ .k)(group?.language);
    return primary === _i18n_index_js__WEBPACK_IMPORTED_MODULE_2__.en ? say(_i18n_index_js__WEBPACK_IMPORTED_MODULE_2__.en) : `${say(primary)}\n\n${say(_i18n_index_js__WEBPACK_IMPORTED_MODULE_2__.en)}`;
}
function renderDuplicate(number, language) {
    const primary = (0,_i18n_index_js__WEBPACK_IMPORTED_MODULE_2__/* .messagesFor */ .k)(language);
    return primary === _i18n_index_js__WEBPACK_IMPORTED_MODULE_2__.en
        ? _i18n_index_js__WEBPACK_IMPORTED_MODULE_2__.en.audit.duplicate(number)
        : `${primary.audit.duplicate(number)}\n\n${_i18n_index_js__WEBPACK_IMPORTED_MODULE_2__.en.audit.duplicate(number)}`;
}


/***/ }),

/***/ 5960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CZ: () => (/* binding */ ofKind),
/* harmony export */   JM: () => (/* binding */ AUDIT_LABEL),
/* harmony export */   qn: () => (/* binding */ LABEL_OF_KIND),
/* harmony export */   rj: () => (/* binding */ RENAMED_MESSAGE)
/* harmony export */ });
/* unused harmony export RULES_OF_KIND */
/** The rules whose (unwaived) findings make up each problem. */
const RULES_OF_KIND = {
    'meetups-minimum': ['meetups/minimum'],
    'meetups-at-risk': ['meetups/at-risk'],
    leader: ['leaders/leader'],
    'co-leader': ['leaders/co-leader', 'leaders/distinct'],
    'leader-renamed': ['leaders/github-id'],
    terms: ['leaders/terms'],
    'waiver-expired': ['waivers/expired'],
};
/** The finding the audit adds for a leader whose account now has another username. */
const RENAMED_MESSAGE = 'leaders/account-renamed';
/** Whether a finding belongs to a kind of problem. */
function ofKind(kind, finding) {
    if (!RULES_OF_KIND[kind].includes(finding.rule))
        return false;
    // Only the audit's rename finding: the rule's offline warnings (a file that gives no id yet)
    // are counted once in the run's summary, not raised per group.
    return kind !== 'leader-renamed' || finding.messageId === RENAMED_MESSAGE;
}
/** The label each kind of issue carries beside `audit`, for the program team's filters. */
const LABEL_OF_KIND = {
    'meetups-minimum': 'audit: meetups',
    'meetups-at-risk': 'audit: at risk',
    leader: 'audit: leadership',
    'co-leader': 'audit: leadership',
    'leader-renamed': 'audit: leadership',
    terms: 'audit: terms',
    'waiver-expired': 'audit: waiver',
};
const AUDIT_LABEL = 'audit';


/***/ }),

/***/ 2789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EmptyRegistryError: () => (/* binding */ EmptyRegistryError),
  runAudit: () => (/* binding */ runAudit)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/names.ts + 1 modules
var names = __webpack_require__(2889);
// EXTERNAL MODULE: ./src/evaluate/evaluate.ts
var evaluate = __webpack_require__(1632);
// EXTERNAL MODULE: ./src/load/registry.ts
var registry = __webpack_require__(9273);
// EXTERNAL MODULE: ./src/audit/issue-text.ts
var issue_text = __webpack_require__(6622);
;// CONCATENATED MODULE: ./src/audit/plan.ts

/** Writes each action costs: a close is a comment and a state change (with the end mark). */
function costOf(action) {
    return action.type === 'close' || action.type === 'close-duplicate' ? 2 : 1;
}
/**
 * Whether an issue is the audit's: it carries the marker and the audit's own account created it.
 * Anyone can open an issue with a copy of the marker and the label; such an issue must not bring
 * a date forward or push it back, and the audit never edits, closes or reopens it.
 */
function theAudits(issue, self) {
    return self !== undefined && issue.author === self;
}
/** The audit's issues by key, oldest first. */
function trackedByKey(existing, self) {
    const byKey = new Map();
    for (const issue of [...existing].sort((a, b) => a.number - b.number)) {
        const parsed = (0,issue_text/* parseMarker */.gY)(issue.body);
        if (!parsed || !theAudits(issue, self))
            continue;
        const list = byKey.get((0,issue_text/* keyOf */.TN)(parsed)) ?? [];
        list.push({
            ...issue,
            key: { slug: parsed.slug, kind: parsed.kind },
            since: parsed.since,
            ended: parsed.ended,
        });
        byKey.set((0,issue_text/* keyOf */.TN)(parsed), list);
    }
    return byKey;
}
/**
 * The issue a live problem is tracked in: the oldest open one; with none open, the latest closed
 * one, never a copy that was closed as a duplicate of the one that was kept.
 */
function keptOf(issues) {
    return (issues.find((issue) => issue.state === 'open') ??
        issues.filter((issue) => issue.stateReason !== 'duplicate').at(-1) ??
        issues.at(-1));
}
/** Issue numbers that carry the audit's marker but that its account did not create. */
function notTheAudits(existing, self) {
    return existing
        .filter((issue) => (0,issue_text/* parseMarker */.gY)(issue.body) !== undefined && !theAudits(issue, self))
        .map((issue) => issue.number)
        .sort((a, b) => a - b);
}
/**
 * The closed issues `planAudit` would reopen whose marker does not say the audit ended their
 * episode: closed by someone else, or by the audit before it marked its ends. Only these need
 * their comments read (`auditEndedEpisode`), one request each, and only on the run that reopens.
 */
function episodeChecks(input) {
    const byKey = trackedByKey(input.existing, input.self);
    return input.problems.flatMap((problem) => {
        const kept = keptOf(byKey.get((0,issue_text/* keyOf */.TN)({ slug: problem.group.slug, kind: problem.kind })) ?? []);
        return kept?.state === 'closed' && kept.ended === undefined
            ? [{ number: kept.number, since: kept.since }]
            : [];
    });
}
/**
 * Whether the audit itself ended an issue's episode that began on `since`: its own account
 * posted the closing comment, which ends with the resolution mark for that first-seen day. A
 * person pasting that comment, or the audit's comment closing an earlier episode, does not count.
 */
function auditEndedEpisode(comments, self, since) {
    return comments.some((comment) => comment.author === self && comment.body.endsWith((0,issue_text/* resolutionMarker */.l6)(since)));
}
/**
 * Reconciles the problems found today with the issues that exist, like a careful person would:
 * one issue per (group, problem); new problems open one, changed ones are edited only when their
 * text would change, solved ones close with a comment saying what solved them, returning ones
 * reopen their old issue, and extra copies close as duplicates of the one kept. Issues without
 * the marker, or not created by the audit's own account, never appear here. A returning problem
 * keeps its first-seen day, and so its date, unless the audit itself ended the episode: an issue
 * closed by a person or a merged "Fixes #N" must not reset the clock. Pure: the adapter applies
 * the result under a write budget.
 */
function planAudit(input) {
    const byKey = trackedByKey(input.existing, input.self);
    const endedByAudit = (issue) => issue.ended !== undefined || input.endedByAudit?.has(issue.number) === true;
    const opening = [];
    const closing = [];
    const updating = [];
    const deduplicating = [];
    const ending = [];
    const live = new Set();
    for (const problem of input.problems) {
        const key = { slug: problem.group.slug, kind: problem.kind };
        live.add((0,issue_text/* keyOf */.TN)(key));
        const issues = byKey.get((0,issue_text/* keyOf */.TN)(key)) ?? [];
        const open = issues.filter((issue) => issue.state === 'open');
        const kept = keptOf(issues);
        if (!kept) {
            opening.push({ type: 'open', key, issue: input.render(problem, input.today) });
            continue;
        }
        // An episode the audit ended is over; the problem seen now is a new one, first seen today.
        const since = endedByAudit(kept) ? input.today : kept.since;
        if (kept.state === 'closed') {
            opening.push({
                type: 'reopen',
                key,
                number: kept.number,
                issue: input.render(problem, since),
            });
        }
        else {
            const issue = input.render(problem, since);
            const labelsMissing = issue.labels.some((label) => !kept.labels.includes(label));
            if (issue.title !== kept.title || issue.body !== kept.body || labelsMissing) {
                updating.push({ type: 'update', key, number: kept.number, issue });
            }
        }
        for (const extra of open.filter((issue) => issue !== kept)) {
            deduplicating.push({
                type: 'close-duplicate',
                key,
                number: extra.number,
                comment: input.duplicate(kept.number, problem.group),
                duplicateOf: kept.number,
            });
        }
    }
    for (const [id, issues] of byKey) {
        if (live.has(id))
            continue;
        const open = issues.filter((issue) => issue.state === 'open');
        const [kept, ...extras] = open;
        if (!kept) {
            // Closed already, by a person or a merged "Fixes #N" that did fix it, or by the audit
            // before it marked ends: the audit sees the problem solved, so this episode is over.
            const latest = keptOf(issues);
            if (latest !== undefined && latest.ended === undefined)
                ending.push({
                    type: 'end',
                    key: latest.key,
                    number: latest.number,
                    body: (0,issue_text/* markEnded */.oz)(latest.body, input.today),
                });
            continue;
        }
        const { key } = kept;
        const group = input.groups.get(key.slug);
        const resolution = resolutionOf(key, group, input.problems);
        closing.push({
            type: 'close',
            key,
            number: kept.number,
            comment: `${input.resolve(key, resolution, group)}\n\n${(0,issue_text/* resolutionMarker */.l6)(kept.since)}`,
            resolution,
            body: (0,issue_text/* markEnded */.oz)(kept.body, input.today),
        });
        for (const extra of extras) {
            deduplicating.push({
                type: 'close-duplicate',
                key,
                number: extra.number,
                comment: input.duplicate(kept.number, group),
                duplicateOf: kept.number,
            });
        }
    }
    // New problems first: under a tight write budget, what people must hear about comes first;
    // end marks on issues closed already are bookkeeping, last.
    return [...opening, ...closing, ...updating, ...deduplicating, ...ending];
}
function resolutionOf(key, group, problems) {
    if (group === undefined || group.status !== 'active')
        return 'inactive';
    const belowMinimum = problems.some((problem) => problem.group.slug === key.slug && problem.kind === 'meetups-minimum');
    return key.kind === 'meetups-at-risk' && belowMinimum ? 'superseded' : 'solved';
}
/** The actions that fit in `budget` writes, in order, and the rest for the next run. */
function withinBudget(actions, budget) {
    const now = [];
    let spent = 0;
    let index = 0;
    for (; index < actions.length; index++) {
        const action = actions[index];
        if (action === undefined || spent + costOf(action) > budget)
            break;
        spent += costOf(action);
        now.push(action);
    }
    return { now, later: actions.slice(index) };
}

// EXTERNAL MODULE: ./src/core/meetups.ts
var meetups = __webpack_require__(9280);
// EXTERNAL MODULE: ./src/core/people.ts
var core_people = __webpack_require__(9444);
// EXTERNAL MODULE: ./src/core/read.ts
var read = __webpack_require__(3455);
// EXTERNAL MODULE: ./src/i18n/findings/index.ts + 19 modules
var i18n_findings = __webpack_require__(2388);
// EXTERNAL MODULE: ./src/core/vocabulary.ts
var vocabulary = __webpack_require__(7063);
;// CONCATENATED MODULE: ./src/evaluate/scorecard.ts

/** Which requirement each rule's findings count against. */
const REQUIREMENT_OF_RULE = {
    yaml: 'file',
    schema: 'file',
    'registry/file-name': 'file',
    'registry/duplicate': 'file',
    'registry/joined': 'file',
    'registry/language': 'file',
    'registry/location': 'file',
    // Advice to the leaders of a joining group, not a shortcoming of the file; counted with it.
    'registry/nearby': 'file',
    'waivers/expired': 'file',
    'waivers/duplicate': 'file',
    'leaders/leader': 'leaders',
    'leaders/co-leader': 'leaders',
    'leaders/distinct': 'leaders',
    'leaders/tech-community-id': 'leaders',
    'leaders/github-id': 'leaders',
    'leaders/terms': 'terms',
    'fees/admission': 'fees',
    'conduct/code-of-conduct': 'conduct',
    'presence/website': 'website',
    'trademark/name': 'trademark',
    'meetups/minimum': 'meetups',
    'meetups/at-risk': 'meetups',
    'meetups/duplicate': 'meetups',
    // A malformed link is the file's problem; it says nothing about how often the group meets.
    'meetups/url': 'file',
    // Likewise a bad feed link: the feeds only help record meetups.
    'feeds/url': 'file',
    'meetups/spread': 'spread',
};
function requirementOf(rule) {
    return REQUIREMENT_OF_RULE[rule] ?? 'file';
}
const MAPPED_RULES = new Set(Object.keys(REQUIREMENT_OF_RULE));
/** The worst status each requirement's findings give it: fail, then warning, then waived. */
function scorecard(findings) {
    const card = Object.fromEntries(vocabulary/* REQUIREMENTS */.d.map((requirement) => [requirement, 'pass']));
    const rank = { pass: 0, waived: 1, warning: 2, fail: 3 };
    for (const finding of findings) {
        const requirement = requirementOf(finding.rule);
        const status = statusOf(finding);
        if (rank[status] > rank[card[requirement]])
            card[requirement] = status;
    }
    return card;
}
function statusOf(finding) {
    if (finding.waiver)
        return 'waived';
    if (finding.severity === 'error')
        return 'fail';
    return finding.severity === 'warning' ? 'warning' : 'pass';
}

// EXTERNAL MODULE: ./src/audit/kinds.ts
var kinds = __webpack_require__(5960);
;// CONCATENATED MODULE: ./src/audit/problems.ts








/** Every parsed group with a usable slug; groups whose file does not parse are the PR check's. */
function snapshotGroups(results, today, policy) {
    const groups = [];
    for (const { file, findings } of results) {
        if (!file.content.ok)
            continue;
        const { data } = file.content;
        const slug = (0,read/* field */.ZZ)(data, 'slug');
        if (typeof slug !== 'string' || !names/* SLUG */.OZ.test(slug))
            continue;
        const leaders = {};
        const people = {};
        for (const role of ['leader', 'coLeader']) {
            const person = (0,core_people/* readPerson */.c1)(data, role);
            if (person?.github !== undefined)
                leaders[role] = person.github;
            if (person !== undefined)
                people[role] = { name: person.name, githubId: person.githubId };
        }
        groups.push({
            slug,
            path: file.registryPath ?? file.path,
            name: (0,read/* asText */.e1)((0,read/* field */.ZZ)(data, 'name')) ?? slug,
            status: (0,read/* asText */.e1)((0,read/* field */.ZZ)(data, 'status')) ?? 'active',
            language: (0,read/* asText */.e1)((0,read/* field */.ZZ)(data, 'language')),
            leaders,
            people,
            accounts: {},
            findings,
            card: scorecard(findings),
            cadence: (0,meetups/* assessCadence */.g4)(data, today, policy),
            shortfall: (0,meetups/* projectShortfall */.BS)(data, today, policy),
        });
    }
    return groups;
}
/**
 * The group with what GitHub says of its leaders' accounts, and a finding for each that changed:
 * a leader whose account is gone (deleted, or its login now someone else's) is lost as surely as
 * one the file does not name; one who renamed their account is the same person under a new
 * username, whose file needs the new one. The findings name accounts by id and logins as plain
 * words, never as mentions: a freed login may belong to a stranger by now.
 */
function withAccounts(group, accounts) {
    const extra = [];
    for (const role of ['leader', 'coLeader']) {
        const check = accounts[role];
        const login = group.leaders[role];
        if (check === undefined || login === undefined || check.status === 'same')
            continue;
        const id = String(group.people[role]?.githubId ?? '');
        const ref = check.status === 'renamed'
            ? (0,i18n_findings/* say */.cv)(kinds/* RENAMED_MESSAGE */.rj, { role, id, login: check.login })
            : check.status === 'recycled'
                ? (0,i18n_findings/* say */.cv)('leaders/account-recycled', { role, id })
                : check.notMigrated
                    ? (0,i18n_findings/* say */.cv)('leaders/account-gone', { role, account: login })
                    : (0,i18n_findings/* say */.cv)('leaders/account-deleted', { role, account: login, id });
        extra.push({
            // A rename loses nobody: it is the account id's business, and warns.
            rule: check.status === 'renamed'
                ? 'leaders/github-id'
                : role === 'leader'
                    ? 'leaders/leader'
                    : 'leaders/co-leader',
            severity: check.status === 'renamed' ? 'warning' : 'error',
            file: group.path,
            pointer: `/${role}/github`,
            line: 0,
            column: 0,
            message: (0,i18n_findings/* renderMessage */.e4)(ref, 'en'),
            messageId: ref.id,
            params: ref.params ?? {},
        });
    }
    const findings = [...group.findings, ...extra];
    return { ...group, accounts, findings, card: scorecard(findings) };
}
/** The problems of active groups, one per group and kind; waived findings raise none. */
function findProblems(groups) {
    const problems = [];
    for (const group of groups) {
        if (group.status !== 'active')
            continue;
        for (const kind of vocabulary/* PROBLEM_KINDS */.m) {
            const findings = group.findings.filter((finding) => (0,kinds/* ofKind */.CZ)(kind, finding) && finding.waiver === undefined && finding.severity !== 'notice');
            if (findings.length > 0)
                problems.push({ kind, group, findings });
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/audit/run-audit.ts







/**
 * The registry holds no group file: a wrong checkout or a wrong folder, never a registry whose
 * problems are all solved. Planning against it would close every open audit issue, so the audit
 * stops here, and this is the one place that guards it (tgr audit and the Action alike).
 */
class EmptyRegistryError extends Error {
    folder;
    name = 'EmptyRegistryError';
    constructor(folder) {
        super(`nothing to audit: the registry's ${registry/* GROUPS_DIR */.hW}/ folder (${folder}) holds no group file (.yaml), and an audit of no groups would close every audit issue. Check out the registry (or run from inside it) before running the audit.`);
        this.folder = folder;
    }
}
/**
 * The scheduled compliance audit: the whole registry as of `today`, one issue per live problem,
 * reconciled with the issues that exist. `host` is undefined for a local dry run without a
 * token: then it plans against no existing issues and checks no accounts.
 */
async function runAudit(options, host) {
    const files = await (0,registry/* readRegistry */._5)(options.disk, options.root);
    // An empty registry is a wrong checkout or a wrong folder, never a registry whose problems
    // are all solved: planning against it would close every open audit issue.
    if (files.length === 0)
        throw new EmptyRegistryError(external_node_path_default().join(options.root, registry/* GROUPS_DIR */.hW));
    const results = (0,evaluate/* evaluate */._)(files, { today: options.today, policy: options.policy });
    let groups = snapshotGroups(results, options.today, options.policy);
    if (host) {
        // Every active group's leaders with a login GitHub could have, in one list; the answers
        // come back in the same order. Groups are told apart by place (two may share a slug).
        const asked = groups.flatMap((group, at) => group.status !== 'active'
            ? []
            : ['leader', 'coLeader'].flatMap((role) => {
                const login = group.leaders[role];
                const person = {
                    login: login ?? '',
                    githubId: group.people[role]?.githubId,
                };
                return login !== undefined && names/* GITHUB_LOGIN */.cd.test(login) ? [{ at, role, person }] : [];
            }));
        const checks = await host.accounts(asked.map(({ person }) => person));
        const found = new Map();
        asked.forEach(({ at, role }, index) => {
            const check = checks[index];
            if (check !== undefined)
                found.set(at, { ...found.get(at), [role]: check });
        });
        groups = groups.map((group, at) => {
            const accounts = found.get(at);
            return accounts === undefined ? group : withAccounts(group, accounts);
        });
    }
    const problems = findProblems(groups);
    const existing = host ? await host.auditIssues() : [];
    // Who the audit is matters only once some issue carries its marker: one query, asked lazily.
    const self = host && existing.some((issue) => (0,issue_text/* parseMarker */.gY)(issue.body) !== undefined)
        ? await host.ownAccountId()
        : undefined;
    // A closed issue about to be reopened without an end mark: its comments say whether the audit
    // closed it (before end marks existed) or someone else did. One read each, on that run only.
    const endedByAudit = new Set();
    if (host && self !== undefined) {
        for (const { number, since } of episodeChecks({ problems, existing, self })) {
            if (auditEndedEpisode(await host.comments(number), self, since))
                endedByAudit.add(number);
        }
    }
    const bySlug = new Map(groups.map((group) => [group.slug, group]));
    const context = { policy: options.policy, fileUrl: options.fileUrl };
    const planned = planAudit({
        today: options.today,
        problems,
        groups: bySlug,
        existing,
        self,
        endedByAudit,
        render: (problem, since) => (0,issue_text/* renderIssue */.yi)(problem, since, context),
        resolve: (key, resolution, group) => (0,issue_text/* renderResolution */.VP)(key.kind, resolution, group),
        duplicate: (number, group) => (0,issue_text/* renderDuplicate */.O7)(number, group?.language),
    });
    if (options.dryRun || !host) {
        return {
            groups,
            problems,
            existing,
            account: self,
            notTheAudits: notTheAudits(existing, self),
            planned,
            done: [],
            deferred: [],
            accountsChecked: host !== undefined,
            notMigrated: notMigrated(groups),
            failure: undefined,
        };
    }
    const { now, later } = withinBudget(planned, options.maxWrites);
    const done = [];
    let failure;
    for (const action of now) {
        try {
            await host.apply(action);
            done.push(action);
        }
        catch (error) {
            // Stop here: the next run re-plans from what GitHub then shows, so nothing is lost.
            failure = error instanceof Error ? error.message : String(error);
            break;
        }
    }
    const deferred = [...now.slice(done.length), ...later];
    return {
        groups,
        problems,
        existing,
        account: self,
        notTheAudits: notTheAudits(existing, self),
        planned,
        done,
        deferred,
        accountsChecked: true,
        notMigrated: notMigrated(groups),
        failure,
    };
}
/** Leaders of active groups named by login without an account id, and how many groups. */
function notMigrated(groups) {
    let people = 0;
    let withSome = 0;
    for (const group of groups) {
        if (group.status !== 'active')
            continue;
        const count = ['leader', 'coLeader'].filter((role) => group.leaders[role] !== undefined && group.people[role]?.githubId === undefined).length;
        people += count;
        if (count > 0)
            withSome++;
    }
    return { people, groups: withSome };
}


/***/ }),

/***/ 7063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ REQUIREMENTS),
/* harmony export */   m: () => (/* binding */ PROBLEM_KINDS)
/* harmony export */ });
/**
 * The words the registry's features share with the people they write to: what the program
 * requires, what a pull request changes, why a maintainer must approve, and which problems the
 * audit keeps an issue open for. They live here, below every feature, so the message catalogues
 * (src/i18n/) can name them without importing a feature.
 */
/** The program guide's requirements, as the rows people read in comments, issues and dashboards. */
const REQUIREMENTS = [
    'file',
    'leaders',
    'terms',
    'fees',
    'conduct',
    'website',
    'trademark',
    'meetups',
    'spread',
];
/** The problems the audit keeps an issue open for, one issue per group and kind. */
const PROBLEM_KINDS = [
    'meetups-minimum',
    'meetups-at-risk',
    'leader',
    'co-leader',
    // A leader's account renamed on GitHub: the same person, whose file gives the old username.
    'leader-renamed',
    'terms',
    'waiver-expired',
];


/***/ }),

/***/ 4373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  en: () => (/* reexport */ en),
  k: () => (/* binding */ messagesFor)
});

;// CONCATENATED MODULE: ./src/i18n/intl.ts
/** Plural forms and dates for the frame's messages, by each language's own rules (Intl). */
const pluralRules = new Map();
/** The form of a noun for `count` in `locale`: `{ one: 'meetup', other: 'meetups' }`. */
function pluralForm(locale, count, forms) {
    let rules = pluralRules.get(locale);
    if (rules === undefined)
        pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
    return rules.select(count) === 'one' ? forms.one : forms.other;
}
const dateFormats = new Map();
/**
 * A calendar day written YYYY-MM-DD, as `locale` writes a date in a sentence. The frame's dates
 * are computed (deadlines, the day a count drops), so one that does not parse is shown as it is
 * rather than failing a comment; the findings renderer, whose dates come from rules, throws.
 */
function longDate(locale, day) {
    const date = new Date(`${day}T00:00:00Z`);
    if (Number.isNaN(date.getTime()))
        return day;
    // One formatter per locale: building one is costly, and an audit writes thousands of dates.
    let format = dateFormats.get(locale);
    if (format === undefined) {
        format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
        dateFormats.set(locale, format);
    }
    return format.format(date);
}

;// CONCATENATED MODULE: ./src/i18n/en.ts

const plural = (count, one, other) => `${count} ${pluralForm('en', count, { one, other })}`;
const en = {
    language: 'en',
    locale: 'en',
    languageName: 'English',
    columns: ['Requirement', 'Status'],
    requirement: {
        file: 'Group file is complete and valid',
        leaders: 'Leader and co-leader (with Tech Community IDs)',
        terms: 'Terms and conditions accepted',
        fees: 'No admission fee',
        conduct: 'Code of conduct published',
        website: 'Public website',
        trademark: 'Name follows the trademark rules',
        meetups: 'Azure meetups in the last 12 months',
        spread: 'Meetups spread through the year',
    },
    status: { pass: '✅ pass', fail: '❌ fail', warning: '⚠️ warning', waived: '🕊️ waived' },
    kind: { join: 'joins the program', update: 'update', leave: 'leaves the program' },
    verdict: {
        pass: '✅ The change meets every program requirement.',
        fail: (errors) => `❌ ${plural(errors, 'error needs', 'errors need')} fixing before this can be merged.`,
        waiting: '⏳ The files pass; some people still need to act before this can be merged.',
    },
    changes: {
        heading: 'What changes',
        leadership: (role, from, to) => `${role === 'leader' ? 'leader' : 'co-leader'}: ${from} → ${to}`,
        nobody: 'nobody',
        meetupsAdded: (count) => `${plural(count, 'meetup', 'meetups')} added`,
        meetupsRemoved: (count) => `${plural(count, 'meetup', 'meetups')} removed`,
        waiver: (rule, change, until) => `waiver for ${rule} ${change}${until ? ` (until ${until})` : ''}`,
        fields: (fields) => `changed: ${fields}`,
        newGroup: 'a new group file',
        removedFile: 'the group file is deleted',
        outside: (files) => `files outside groups/: ${files} (they never change what checks this pull request)`,
        none: 'no change to the group data',
        byUsername: "This group's file gives its leaders by GitHub username only, without `githubId`, so this check took whoever holds those usernames today for them. A username passes to someone else when its account is renamed or deleted: add each leader's `githubId` (a maintainer approves that change).",
    },
    picture: {
        heading: 'Azure meetups, last 12 months',
        counted: (held, required) => `${held} counted, ${required} needed`,
        legend: 'Counted Azure meetups per month; cancelled, future and non-Azure meetups do not count.',
    },
    act: {
        heading: 'Who must act',
        consent: (who, role) => `${who}: you are named as ${role === 'leader' ? 'leader' : 'co-leader'}. Comment \`/consent\` on a line of its own on this pull request (or approve it) to confirm; a \`/consent\` written before this request does not count.`,
        consented: (who) => `${who} consented.`,
        removed: (who, role, now) => `${who}: ${now === undefined ? `this pull request removes you as ${role === 'leader' ? 'leader' : 'co-leader'} of this group` : `this pull request moves you from ${role === 'leader' ? 'leader' : 'co-leader'} to ${now === 'leader' ? 'leader' : 'co-leader'} of this group`}. Comment \`/consent\` on a line of its own on this pull request to agree, or a maintainer approves; a \`/consent\` written before this request does not count.`,
        maintainer: {
            'not-a-leader': 'A maintainer: the author is not a leader or co-leader of this group on main, so a maintainer must approve.',
            'author-not-named': 'A maintainer: a new group must name its author as leader or co-leader, or be approved by a maintainer.',
            'program-fields': 'A maintainer: `status` and `joined` are set by the program team (a new group starts as `status: applying` without `joined`; leaders may only set `status: leaving`), so a maintainer must approve.',
            'unreadable-base': "A maintainer: this group's file on main cannot be read, so nobody can tell who leads the group; a maintainer must approve.",
            waiver: 'A maintainer: only maintainers may add, change or remove waivers; a maintainer must approve.',
            'outside-groups': 'A maintainer: the pull request changes files outside groups/, which only maintainers review.',
            'too-large': 'A maintainer: the pull request is too large to check file by file, so a maintainer must review and approve it.',
            rename: "A maintainer: the pull request renames this group's file or changes its `slug`; the group's audit issues (and their deadlines) start afresh under the new name, so a maintainer must approve.",
            'github-id': 'A maintainer: the pull request gives a person this group already names a new `githubId` (their GitHub account id). A username can pass to someone else when an account is renamed or deleted, so a maintainer must check that the account is really theirs and approve.',
        },
        maintainerDone: 'A maintainer approved.',
        author: (who) => `${who}: fix the errors below and push to this branch; this comment updates itself.`,
        nobody: 'Nobody: a maintainer can merge.',
    },
    tooLarge: (count, what) => `⚠️ This pull request changes ${plural(count, what === 'files' ? 'file' : 'group file', what === 'files' ? 'files' : 'group files')}: more than the check reads file by file, so its files were not checked. Split it into smaller pull requests to have every file checked.`,
    findings: {
        heading: (count) => `Findings (${count})`,
        more: (count) => `…and ${count} more in the job summary.`,
    },
    cut: '_…cut to fit GitHub’s limit on a comment: the full report is in the **Registry check** run and the job summary._',
    next: {
        pass: 'Next: a maintainer reviews and merges.',
        fail: 'Next: fix each finding at the line it names (run `npx tgr validate` locally to check), then push.',
        waiting: 'Next: once everyone above has acted, this check updates by itself and a maintainer can merge.',
    },
    role: { leader: 'leader', coLeader: 'co-leader' },
    audit: {
        intro: (who) => `${who}: the registry's scheduled check found something your group needs to fix to stay in the Azure Tech Groups program.`,
        headings: {
            wrong: 'What is wrong',
            evidence: 'What the registry shows',
            todo: 'What to do',
            deadline: 'By when',
        },
        wrong: {
            'meetups-minimum': (held, required, months) => `Your group held ${plural(held, 'Azure meetup', 'Azure meetups')} in the last ${months} months; the program asks for at least ${required}.`,
            'meetups-at-risk': (on, counted, required, months) => `On ${longDate('en-GB', on)} your group will have ${plural(counted, 'Azure meetup', 'Azure meetups')} in the last ${months} months, below the ${required} the program asks for, as older meetups leave that window.`,
            leader: 'Your group has no complete, valid group leader in the registry.',
            'co-leader': 'Your group has lost its co-leader: the registry names no complete, valid co-leader who is someone other than the leader.',
            'leader-renamed': (role, name, old, now) => `The GitHub account of the ${role === 'leader' ? 'leader' : 'co-leader'}${name === '' ? '' : ` ${name}`} has a new username: ${old} is now ${now}. It is the same account (the registry knows it by its ID), but the group file still gives the old username, which anyone may now register.`,
            terms: "Not every leader of your group has accepted the program's terms and conditions.",
            'waiver-expired': 'A waiver for your group has ended, so the rule it covered applies again.',
        },
        todo: {
            'meetups-minimum': (file) => `Hold the missing Azure meetups, and add each one to ${file} with \`azure: true\` in a pull request. Meetups you held but did not list count too.`,
            'meetups-at-risk': (file) => `Plan an Azure meetup before that date, and add it to ${file} in a pull request.`,
            leader: (file) => `Name the group leader in ${file}: name, GitHub username, Tech Community user ID and the date they accepted the terms. Tell the program team at azure-tech-groups@microsoft.com.`,
            'co-leader': (file) => `Name a new co-leader in ${file}: name, GitHub username, Tech Community user ID and the date they accepted the terms; they confirm with \`/consent\` on the pull request. Tell the program team at azure-tech-groups@microsoft.com.`,
            'leader-renamed': (file) => `In a pull request, write the new username under \`github:\` in ${file} and keep \`githubId\` as it is. This issue closes by itself once the file gives the new username.`,
            terms: (file) => `Once each leader has accepted the terms, add the date to \`termsAccepted\` in ${file}.`,
            'waiver-expired': (file) => `Fix what the waiver covered and remove the waiver from ${file}, or ask a maintainer to extend it.`,
        },
        counted: 'Counted',
        notCounted: 'Not counted',
        expiring: 'Leaving the window',
        none: 'none',
        exclusion: {
            cancelled: 'cancelled',
            future: 'planned, not held yet',
            'not-azure': 'not about Azure',
            'before-window': 'older than the window',
            duplicate: 'listed twice',
        },
        deadline: (date) => `Please fix this by ${longDate('en-GB', date)}. This issue closes by itself once the registry shows the problem solved.`,
        resolved: {
            'meetups-minimum': 'Solved: the group now holds enough Azure meetups in the window. Closing.',
            'meetups-at-risk': 'No longer at risk: the meetups listed keep the group at the minimum through the look-ahead. Closing.',
            leader: 'Solved: the group has a complete, valid leader again. Closing.',
            'co-leader': 'Solved: the group has a complete, valid co-leader again. Closing.',
            'leader-renamed': "Solved: the group file gives the leaders' new usernames. Closing.",
            terms: 'Solved: every leader has accepted the terms. Closing.',
            'waiver-expired': 'Solved: the expired waiver was removed or extended. Closing.',
        },
        inactive: 'Closing: the group is no longer active in the registry (it is leaving, or its file was removed or renamed).',
        superseded: 'Closing: the group has now fallen below the minimum; the issue about the minimum follows this up.',
        duplicate: (number) => `Duplicate of #${number}: one issue per group and problem. Closing.`,
    },
};

// EXTERNAL MODULE: ./src/i18n/findings/catalogue.ts
var catalogue = __webpack_require__(190);
;// CONCATENATED MODULE: ./src/i18n/nl.ts

const nl_plural = (count, one, other) => `${count} ${pluralForm('nl', count, { one, other })}`;
const nl = {
    language: 'nl',
    locale: 'nl',
    languageName: 'Nederlands',
    columns: ['Eis', 'Status'],
    requirement: {
        file: 'Groepsbestand is compleet en geldig',
        leaders: 'Groepsleider en co-leider (met Tech Community-gebruikers-id’s)',
        terms: 'Voorwaarden geaccepteerd',
        fees: 'Geen toegangsprijs',
        conduct: 'Gedragscode gepubliceerd',
        website: 'Openbare website',
        trademark: 'Naam volgt de merkregels',
        meetups: 'Azure-meetups in de afgelopen 12 maanden',
        spread: 'Meetups verspreid over het jaar',
    },
    status: {
        pass: '✅ in orde',
        fail: '❌ niet in orde',
        warning: '⚠️ waarschuwing',
        waived: '🕊️ vrijstelling',
    },
    kind: {
        join: 'treedt toe tot het programma',
        update: 'wijziging',
        leave: 'verlaat het programma',
    },
    verdict: {
        pass: '✅ De wijziging voldoet aan alle programma-eisen.',
        fail: (errors) => `❌ ${nl_plural(errors, 'fout moet', 'fouten moeten')} worden opgelost voordat dit kan worden samengevoegd.`,
        waiting: '⏳ De bestanden zijn in orde; er moeten nog mensen actie ondernemen voordat dit kan worden samengevoegd.',
    },
    changes: {
        heading: 'Wat er verandert',
        leadership: (role, from, to) => `${role === 'leader' ? 'groepsleider' : 'co-leider'}: ${from} → ${to}`,
        nobody: 'niemand',
        meetupsAdded: (count) => `${nl_plural(count, 'meetup', 'meetups')} toegevoegd`,
        meetupsRemoved: (count) => `${nl_plural(count, 'meetup', 'meetups')} verwijderd`,
        waiver: (rule, change, until) => `vrijstelling voor ${rule} ${{ added: 'toegevoegd', extended: 'verlengd', changed: 'gewijzigd', removed: 'verwijderd' }[change]}${until ? ` (tot en met ${until})` : ''}`,
        fields: (fields) => `gewijzigd: ${fields}`,
        newGroup: 'een nieuw groepsbestand',
        removedFile: 'het groepsbestand wordt verwijderd',
        outside: (files) => `bestanden buiten groups/: ${files} (die veranderen nooit hoe deze pull request wordt gecontroleerd)`,
        none: 'geen wijziging in de groepsgegevens',
        byUsername: 'Het bestand van deze groep noemt de leiders alleen bij hun GitHub-gebruikersnaam, zonder `githubId`, dus deze controle ging ervan uit dat wie die gebruikersnamen nu heeft, de leiders zijn. Een gebruikersnaam komt bij iemand anders terecht als het account wordt hernoemd of verwijderd: voeg voor elke leider de `githubId` toe (een beheerder keurt die wijziging goed).',
    },
    picture: {
        heading: 'Azure-meetups, afgelopen 12 maanden',
        counted: (held, required) => `${held} geteld, ${required} nodig`,
        legend: 'Getelde Azure-meetups per maand; afgelaste, toekomstige en niet-Azure-meetups tellen niet mee.',
    },
    act: {
        heading: 'Wie moet iets doen',
        consent: (who, role) => `${who}: je wordt genoemd als ${role === 'leader' ? 'groepsleider' : 'co-leider'}. Reageer met \`/consent\` op een eigen regel op deze pull request (of keur hem goed) om dit te bevestigen; een \`/consent\` van vóór dit verzoek telt niet.`,
        consented: (who) => `${who} heeft ingestemd.`,
        removed: (who, role, now) => `${who}: ${now === undefined ? `je wordt als ${role === 'leader' ? 'groepsleider' : 'co-leider'} van deze groep verwijderd` : `je gaat in deze groep van ${role === 'leader' ? 'groepsleider' : 'co-leider'} naar ${now === 'leader' ? 'groepsleider' : 'co-leider'}`}. Reageer met \`/consent\` op een eigen regel op deze pull request om in te stemmen, of een beheerder keurt hem goed; een \`/consent\` van vóór dit verzoek telt niet.`,
        maintainer: {
            'not-a-leader': 'Een beheerder: de auteur is op main geen groepsleider of co-leider van deze groep, dus een beheerder moet goedkeuren.',
            'author-not-named': 'Een beheerder: een nieuwe groep moet de auteur als groepsleider of co-leider noemen, of door een beheerder worden goedgekeurd.',
            'program-fields': 'Een beheerder: `status` en `joined` worden door het programmateam ingevuld (een nieuwe groep begint als `status: applying` zonder `joined`; leiders mogen alleen `status: leaving` zetten), dus een beheerder moet goedkeuren.',
            'unreadable-base': 'Een beheerder: het bestand van deze groep op main is onleesbaar, dus niemand kan zien wie de groep leidt; een beheerder moet goedkeuren.',
            waiver: 'Een beheerder: alleen beheerders mogen vrijstellingen toevoegen, wijzigen of verwijderen; een beheerder moet goedkeuren.',
            'outside-groups': 'Een beheerder: de pull request wijzigt bestanden buiten groups/, die alleen beheerders beoordelen.',
            'too-large': 'Een beheerder: de pull request is te groot om bestand voor bestand te controleren, dus een beheerder moet hem beoordelen en goedkeuren.',
            rename: 'Een beheerder: de pull request hernoemt het bestand van deze groep of wijzigt de `slug`; de auditissues van de groep beginnen opnieuw onder de nieuwe naam (met nieuwe termijnen), dus een beheerder moet goedkeuren.',
            'github-id': 'Een beheerder: de pull request geeft iemand die deze groep al noemt een nieuwe `githubId` (het id van het GitHub-account). Een gebruikersnaam kan bij iemand anders terechtkomen als een account wordt hernoemd of verwijderd, dus een beheerder moet nagaan of het account echt van deze persoon is en goedkeuren.',
        },
        maintainerDone: 'Een beheerder heeft goedgekeurd.',
        author: (who) => `${who}: los de fouten hieronder op en push naar deze branch; deze reactie werkt zichzelf bij.`,
        nobody: 'Niemand: een beheerder kan samenvoegen.',
    },
    tooLarge: (count, what) => `⚠️ Deze pull request wijzigt ${count} ${what === 'files' ? 'bestanden' : 'groepsbestanden'}: meer dan de controle bestand voor bestand leest, dus de bestanden zijn niet gecontroleerd. Splits hem in kleinere pull requests om elk bestand te laten controleren.`,
    findings: {
        heading: (count) => `Bevindingen (${count})`,
        more: (count) => `…en nog ${count} in de samenvatting van de job.`,
    },
    cut: '_…ingekort tot wat in een reactie op GitHub past: het volledige rapport staat in de **Registry check** en in de samenvatting van de job._',
    next: {
        pass: 'Volgende stap: een beheerder beoordeelt en voegt samen.',
        fail: 'Volgende stap: los elke bevinding op bij de regel die genoemd wordt (controleer lokaal met `npx tgr validate`) en push.',
        waiting: 'Volgende stap: zodra iedereen hierboven actie heeft ondernomen, werkt deze controle zichzelf bij en kan een beheerder samenvoegen.',
    },
    role: { leader: 'groepsleider', coLeader: 'co-leider' },
    audit: {
        intro: (who) => `${who}: de geplande controle van het register heeft iets gevonden dat jullie groep moet oplossen om in het Azure Tech Groups-programma te blijven.`,
        headings: {
            wrong: 'Wat er mis is',
            evidence: 'Wat het register laat zien',
            todo: 'Wat te doen',
            deadline: 'Wanneer',
        },
        wrong: {
            'meetups-minimum': (held, required, months) => `Jullie groep hield ${nl_plural(held, 'Azure-meetup', 'Azure-meetups')} in de afgelopen ${months} maanden; het programma vraagt er minstens ${required}.`,
            'meetups-at-risk': (on, counted, required, months) => `Op ${longDate('nl', on)} heeft jullie groep ${nl_plural(counted, 'Azure-meetup', 'Azure-meetups')} in de afgelopen ${months} maanden, minder dan de ${required} die het programma vraagt, omdat oudere meetups buiten die periode vallen.`,
            leader: 'Het register noemt geen volledige, geldige groepsleider voor jullie groep.',
            'co-leader': 'Jullie groep heeft geen co-leider meer: het register noemt geen volledige, geldige co-leider die een ander is dan de leider.',
            'leader-renamed': (role, name, old, now) => `Het GitHub-account van de ${role === 'leader' ? 'groepsleider' : 'co-leider'}${name === '' ? '' : ` ${name}`} heeft een nieuwe gebruikersnaam: ${old} heet nu ${now}. Het is hetzelfde account (het register kent het aan zijn ID), maar het groepsbestand noemt nog de oude gebruikersnaam, die nu iedereen kan registreren.`,
            terms: 'Niet alle leiders van jullie groep hebben de voorwaarden van het programma geaccepteerd.',
            'waiver-expired': 'Een vrijstelling voor jullie groep is verlopen, dus de regel waarvoor die gold, geldt weer.',
        },
        todo: {
            'meetups-minimum': (file) => `Houd de ontbrekende Azure-meetups en voeg ze elk toe aan ${file} met \`azure: true\`, in een pull request. Meetups die jullie wel hielden maar niet vermeldden, tellen ook mee.`,
            'meetups-at-risk': (file) => `Plan een Azure-meetup vóór die datum en voeg hem toe aan ${file} in een pull request.`,
            leader: (file) => `Noem de groepsleider in ${file}: naam, GitHub-gebruikersnaam, Tech Community-gebruikers-id en de datum waarop de voorwaarden zijn geaccepteerd. Laat het programmateam het weten via azure-tech-groups@microsoft.com.`,
            'co-leader': (file) => `Noem een nieuwe co-leider in ${file}: naam, GitHub-gebruikersnaam, Tech Community-gebruikers-id en de datum waarop de voorwaarden zijn geaccepteerd; die bevestigt met \`/consent\` op de pull request. Laat het programmateam het weten via azure-tech-groups@microsoft.com.`,
            'leader-renamed': (file) => `Zet in een pull request de nieuwe gebruikersnaam onder \`github:\` in ${file} en laat \`githubId\` staan zoals het is. Dit issue sluit vanzelf zodra het bestand de nieuwe gebruikersnaam noemt.`,
            terms: (file) => `Zet de datum bij \`termsAccepted\` in ${file} zodra elke leider de voorwaarden heeft geaccepteerd.`,
            'waiver-expired': (file) => `Los het probleem op waarvoor de vrijstelling gold en verwijder de vrijstelling uit ${file}, of vraag een beheerder om verlenging.`,
        },
        counted: 'Geteld',
        notCounted: 'Niet geteld',
        expiring: 'Valt buiten de periode',
        none: 'geen',
        exclusion: {
            cancelled: 'afgelast',
            future: 'gepland, nog niet gehouden',
            'not-azure': 'niet over Azure',
            'before-window': 'ouder dan de periode',
            duplicate: 'dubbel vermeld',
        },
        deadline: (date) => `Los dit graag uiterlijk ${longDate('nl', date)} op. Dit issue sluit vanzelf zodra het register laat zien dat het probleem is opgelost.`,
        resolved: {
            'meetups-minimum': 'Opgelost: de groep houdt nu genoeg Azure-meetups in de periode. Sluiten.',
            'meetups-at-risk': 'Geen risico meer: de vermelde meetups houden de groep op het minimum. Sluiten.',
            leader: 'Opgelost: de groep heeft weer een volledige, geldige groepsleider. Sluiten.',
            'co-leader': 'Opgelost: de groep heeft weer een volledige, geldige co-leider. Sluiten.',
            'leader-renamed': 'Opgelost: het groepsbestand noemt de nieuwe gebruikersnamen van de leiders. Sluiten.',
            terms: 'Opgelost: elke leider heeft de voorwaarden geaccepteerd. Sluiten.',
            'waiver-expired': 'Opgelost: de verlopen vrijstelling is verwijderd of verlengd. Sluiten.',
        },
        inactive: 'Sluiten: de groep is niet meer actief in het register (ze verlaat het programma, of het bestand is verwijderd of hernoemd).',
        superseded: 'Sluiten: de groep zit nu onder het minimum; het issue over het minimum volgt dit op.',
        duplicate: (number) => `Dubbel met #${number}: één issue per groep en probleem. Sluiten.`,
    },
};

;// CONCATENATED MODULE: ./src/i18n/sv.ts

const sv_plural = (count, one, other) => `${count} ${pluralForm('sv', count, { one, other })}`;
const sv = {
    language: 'sv',
    locale: 'sv',
    languageName: 'Svenska',
    columns: ['Krav', 'Status'],
    requirement: {
        file: 'Gruppfilen är komplett och giltig',
        leaders: 'Gruppledare och medledare (med Tech Community-användar-ID)',
        terms: 'Villkoren godkända',
        fees: 'Ingen inträdesavgift',
        conduct: 'Uppförandekod publicerad',
        website: 'Offentlig webbplats',
        trademark: 'Namnet följer varumärkesreglerna',
        meetups: 'Azure-träffar de senaste 12 månaderna',
        spread: 'Träffar spridda över året',
    },
    status: {
        pass: '✅ godkänt',
        fail: '❌ underkänt',
        warning: '⚠️ varning',
        waived: '🕊️ undantag',
    },
    kind: { join: 'går med i programmet', update: 'ändring', leave: 'lämnar programmet' },
    verdict: {
        pass: '✅ Ändringen uppfyller alla programkrav.',
        fail: (errors) => `❌ ${errors} fel måste rättas innan detta kan slås ihop.`,
        waiting: '⏳ Filerna är godkända; några personer behöver fortfarande agera innan detta kan slås ihop.',
    },
    changes: {
        heading: 'Vad som ändras',
        leadership: (role, from, to) => `${role === 'leader' ? 'gruppledare' : 'medledare'}: ${from} → ${to}`,
        nobody: 'ingen',
        meetupsAdded: (count) => sv_plural(count, 'träff tillagd', 'träffar tillagda'),
        meetupsRemoved: (count) => sv_plural(count, 'träff borttagen', 'träffar borttagna'),
        waiver: (rule, change, until) => `undantag för ${rule} ${{ added: 'tillagt', extended: 'förlängt', changed: 'ändrat', removed: 'borttaget' }[change]}${until ? ` (till och med ${until})` : ''}`,
        fields: (fields) => `ändrat: ${fields}`,
        newGroup: 'en ny gruppfil',
        removedFile: 'gruppfilen tas bort',
        outside: (files) => `filer utanför groups/: ${files} (de ändrar aldrig hur denna pull request kontrolleras)`,
        none: 'ingen ändring av gruppens uppgifter',
        byUsername: 'Gruppens fil anger ledarna bara med GitHub-användarnamn, utan `githubId`, så den här kontrollen utgick från att de som har användarnamnen i dag är ledarna. Ett användarnamn kan hamna hos någon annan när kontot byter namn eller tas bort: lägg till `githubId` för varje ledare (en förvaltare godkänner den ändringen).',
    },
    picture: {
        heading: 'Azure-träffar, senaste 12 månaderna',
        counted: (held, required) => `${held} räknade, ${required} behövs`,
        legend: 'Räknade Azure-träffar per månad; inställda och framtida träffar räknas inte, och inte heller träffar som inte handlar om Azure.',
    },
    act: {
        heading: 'Vem behöver agera',
        consent: (who, role) => `${who}: du anges som ${role === 'leader' ? 'gruppledare' : 'medledare'}. Kommentera \`/consent\` på en egen rad på denna pull request (eller godkänn den) för att bekräfta; en \`/consent\` skriven före denna begäran räknas inte.`,
        consented: (who) => `${who} har samtyckt.`,
        removed: (who, role, now) => `${who}: ${now === undefined ? `denna pull request tar bort dig som ${role === 'leader' ? 'gruppledare' : 'medledare'} i denna grupp` : `denna pull request flyttar dig från ${role === 'leader' ? 'gruppledare' : 'medledare'} till ${now === 'leader' ? 'gruppledare' : 'medledare'} i denna grupp`}. Kommentera \`/consent\` på en egen rad på denna pull request för att godkänna, eller så godkänner en förvaltare den; en \`/consent\` skriven före denna begäran räknas inte.`,
        maintainer: {
            'not-a-leader': 'En förvaltare: författaren är inte gruppledare eller medledare för gruppen på main, så en förvaltare måste godkänna.',
            'author-not-named': 'En förvaltare: en ny grupp måste ange författaren som gruppledare eller medledare, eller godkännas av en förvaltare.',
            'program-fields': 'En förvaltare: `status` och `joined` sätts av programteamet (en ny grupp börjar som `status: applying` utan `joined`; ledarna får bara sätta `status: leaving`), så en förvaltare måste godkänna.',
            'unreadable-base': 'En förvaltare: gruppens fil på main går inte att läsa, så ingen kan se vem som leder gruppen; en förvaltare måste godkänna.',
            waiver: 'En förvaltare: bara förvaltare får lägga till, ändra eller ta bort undantag; en förvaltare måste godkänna.',
            'outside-groups': 'En förvaltare: denna pull request ändrar filer utanför groups/, som bara förvaltare granskar.',
            'too-large': 'En förvaltare: denna pull request är för stor för att kontrolleras fil för fil, så en förvaltare måste granska och godkänna den.',
            rename: 'En förvaltare: denna pull request byter namn på gruppens fil eller ändrar dess `slug`; gruppens granskningsärenden (och deras tidsfrister) börjar om under det nya namnet, så en förvaltare måste godkänna.',
            'github-id': 'En förvaltare: denna pull request ger en person som gruppen redan anger ett nytt `githubId` (GitHub-kontots id). Ett användarnamn kan hamna hos någon annan när ett konto byter namn eller tas bort, så en förvaltare måste kontrollera att kontot verkligen är personens och godkänna.',
        },
        maintainerDone: 'En förvaltare har godkänt.',
        author: (who) => `${who}: rätta felen nedan och pusha till denna gren; den här kommentaren uppdateras av sig själv.`,
        nobody: 'Ingen: en förvaltare kan slå ihop.',
    },
    tooLarge: (count, what) => `⚠️ Denna pull request ändrar ${count} ${what === 'files' ? 'filer' : 'gruppfiler'}: fler än kontrollen läser fil för fil, så filerna har inte kontrollerats. Dela upp den i mindre pull requests så att varje fil kontrolleras.`,
    findings: {
        heading: (count) => `Fynd (${count})`,
        more: (count) => `…och ${count} till i jobbets sammanfattning.`,
    },
    cut: '_…förkortad för att rymmas i en kommentar på GitHub: hela rapporten finns i **Registry check** och i jobbets sammanfattning._',
    next: {
        pass: 'Nästa steg: en förvaltare granskar och slår ihop.',
        fail: 'Nästa steg: rätta varje fynd på raden som anges (kontrollera lokalt med `npx tgr validate`) och pusha.',
        waiting: 'Nästa steg: när alla ovan har agerat uppdateras kontrollen av sig själv och en förvaltare kan slå ihop.',
    },
    role: { leader: 'gruppledare', coLeader: 'medledare' },
    audit: {
        intro: (who) => `${who}: registrets schemalagda kontroll hittade något som er grupp behöver rätta för att stanna i Azure Tech Groups-programmet.`,
        headings: {
            wrong: 'Vad som är fel',
            evidence: 'Vad registret visar',
            todo: 'Vad ni ska göra',
            deadline: 'Senast',
        },
        wrong: {
            'meetups-minimum': (held, required, months) => `Er grupp höll ${sv_plural(held, 'Azure-träff', 'Azure-träffar')} de senaste ${months} månaderna; programmet kräver minst ${required}.`,
            'meetups-at-risk': (on, counted, required, months) => `Den ${longDate('sv', on)} har er grupp ${sv_plural(counted, 'Azure-träff', 'Azure-träffar')} de senaste ${months} månaderna, färre än de ${required} som programmet kräver, eftersom äldre träffar faller utanför perioden.`,
            leader: 'Registret anger ingen fullständig, giltig gruppledare för er grupp.',
            'co-leader': 'Er grupp har förlorat sin medledare: registret anger ingen fullständig, giltig medledare som är en annan person än gruppledaren.',
            'leader-renamed': (role, name, old, now) => `GitHub-kontot för ${role === 'leader' ? 'gruppledaren' : 'medledaren'}${name === '' ? '' : ` ${name}`} har fått ett nytt användarnamn: ${old} heter nu ${now}. Det är samma konto (registret känner igen det på dess ID), men gruppfilen anger fortfarande det gamla användarnamnet, som vem som helst nu kan registrera.`,
            terms: 'Alla ledare i er grupp har inte godkänt programmets villkor.',
            'waiver-expired': 'Ett undantag för er grupp har gått ut, så regeln som undantaget omfattade gäller igen.',
        },
        todo: {
            'meetups-minimum': (file) => `Håll de Azure-träffar som saknas och lägg till var och en i ${file} med \`azure: true\` i en pull request. Träffar ni höll men inte listade räknas också.`,
            'meetups-at-risk': (file) => `Planera en Azure-träff före det datumet och lägg till den i ${file} i en pull request.`,
            leader: (file) => `Ange gruppledaren i ${file}: namn, GitHub-användarnamn, Tech Community-användar-ID och datumet då villkoren godkändes. Meddela programteamet på azure-tech-groups@microsoft.com.`,
            'co-leader': (file) => `Ange en ny medledare i ${file}: namn, GitHub-användarnamn, Tech Community-användar-ID och datumet då villkoren godkändes; personen bekräftar med \`/consent\` på pull requesten. Meddela programteamet på azure-tech-groups@microsoft.com.`,
            'leader-renamed': (file) => `Skriv i en pull request det nya användarnamnet under \`github:\` i ${file} och låt \`githubId\` vara som det är. Ärendet stängs av sig självt när filen anger det nya användarnamnet.`,
            terms: (file) => `Lägg till datumet i \`termsAccepted\` i ${file} när varje ledare har godkänt villkoren.`,
            'waiver-expired': (file) => `Åtgärda det som undantaget gällde och ta bort undantaget ur ${file}, eller be en förvaltare att förlänga det.`,
        },
        counted: 'Räknade',
        notCounted: 'Räknas inte',
        expiring: 'Faller utanför perioden',
        none: 'inga',
        exclusion: {
            cancelled: 'inställd',
            future: 'planerad, inte hållen än',
            'not-azure': 'handlar inte om Azure',
            'before-window': 'äldre än perioden',
            duplicate: 'listad två gånger',
        },
        deadline: (date) => `Rätta detta senast ${longDate('sv', date)}. Ärendet stängs av sig självt när registret visar att problemet är löst.`,
        resolved: {
            'meetups-minimum': 'Löst: gruppen håller nu tillräckligt många Azure-träffar under perioden. Stänger.',
            'meetups-at-risk': 'Ingen risk längre: de listade träffarna håller gruppen på miniminivån. Stänger.',
            leader: 'Löst: gruppen har en fullständig, giltig gruppledare igen. Stänger.',
            'co-leader': 'Löst: gruppen har en fullständig, giltig medledare igen. Stänger.',
            'leader-renamed': 'Löst: gruppfilen anger ledarnas nya användarnamn. Stänger.',
            terms: 'Löst: alla ledare har godkänt villkoren. Stänger.',
            'waiver-expired': 'Löst: det utgångna undantaget togs bort eller förlängdes. Stänger.',
        },
        inactive: 'Stänger: gruppen är inte längre aktiv i registret (den lämnar programmet, eller filen togs bort eller bytte namn).',
        superseded: 'Stänger: gruppen ligger nu under miniminivån; ärendet om miniminivån följer upp detta.',
        duplicate: (number) => `Dubblett av #${number}: ett ärende per grupp och problem. Stänger.`,
    },
};

;// CONCATENATED MODULE: ./src/i18n/index.ts





const CATALOGS = { en: en, nl: nl, sv: sv };
/** The catalog for a BCP 47 tag by its primary language (nl-BE → nl); English when there is none. */
function messagesFor(language) {
    return CATALOGS[(0,catalogue/* languageOf */.e)(language)];
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ fitMarkdown),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   lE: () => (/* binding */ mention)
/* harmony export */ });
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2889);

/**
 * Untrusted text in a GitHub comment, issue or job summary (all GitHub-flavoured Markdown).
 * Written as an inline code span it cannot become a mention, a link or autolink, an image, an
 * emoji, HTML or a heading; line breaks are folded so it cannot end a table row or a paragraph,
 * and `|` is escaped so it cannot split a table cell.
 */
const HIDDEN = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/gu;
const MAX_LENGTH = 200;
function code(text, max = MAX_LENGTH) {
    const visible = shorten(text.replace(/\r\n?|\n/g, ' ').replace(HIDDEN, (char) => `\\u{${hex(char)}}`), max);
    const longestRun = Math.max(0, ...(visible.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = visible.startsWith('`') || visible.endsWith('`') || visible.trim() === '' ? ' ' : '';
    return `${fence}${pad}${visible.replaceAll('|', '\\|')}${pad}${fence}`;
}
/** U+200B ZERO WIDTH SPACE: splits a pattern GitHub would act on without changing what people read. */
const BREAK = '\u200B';
/**
 * Prose that may quote untrusted values (finding messages quote group fields), as Markdown text.
 * Every ASCII punctuation mark is backslash-escaped (no emphasis, links, images, HTML, headings,
 * tables), and the patterns GitHub links after rendering are split with a zero-width space:
 * `@login` and `@org/team` mentions, `#123` references, `www.` and `scheme://` autolinks.
 */
function text(value, max = 1000) {
    return (shorten(value.replace(/\r\n?|\n/g, ' '), max)
        .replace(HIDDEN, (char) => `\\u{${hex(char)}}`)
        .replace(/[!-/:-@[-`{-~]/g, (char) => `\\${char}`)
        .replace(/@(?=[A-Za-z0-9])/g, `@${BREAK}`)
        .replace(/#(?=[A-Za-z0-9])/g, `#${BREAK}`)
        .replace(/\b(www)(?=\\\.)/gi, (word) => `${word.charAt(0)}${BREAK}${word.slice(1)}`)
        // Right before `://`, so no scheme survives, whatever letters come before it.
        .replace(/\\:(?=\\\/)/g, `${BREAK}\\:`));
}
/** A GitHub handle that is meant to notify its owner: only a syntactically valid login. */
function mention(login) {
    return _core_names_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_LOGIN */ .cd.test(login) ? `@${login}` : code(login);
}
function hex(char) {
    return (char.codePointAt(0) ?? 0).toString(16).toUpperCase();
}
function shorten(value, max) {
    const chars = Array.from(value);
    return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : value;
}
/**
 * Markdown cut to at most `limit` UTF-8 bytes at a line break, with `note` saying where the rest
 * is; text that fits is returned as it is. GitHub measures some limits in characters and some in
 * bytes; bytes are never fewer, so a text within `limit` bytes fits either. Cutting between lines
 * never splits a code span, so no untrusted text escapes its escaping.
 */
function fitMarkdown(markdown, limit, note) {
    const bytes = Buffer.from(markdown, 'utf8');
    if (bytes.length <= limit)
        return markdown;
    const room = Math.max(0, limit - Buffer.byteLength(note) - 2);
    const kept = bytes.subarray(0, room).toString('utf8');
    const cut = kept.lastIndexOf('\n');
    return `${kept.slice(0, Math.max(0, cut))}\n\n${note}`;
}


/***/ })

};
