export const id = 32;
export const ids = [32];
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
/* harmony import */ var _i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7933);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);
/* harmony import */ var _report_rule_links_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8154);
/* harmony import */ var _core_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7063);
/* harmony import */ var _core_stages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4728);
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
    const primary = (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .languageOf */ .eX)(problem.group.language);
    const sections = [
        marker({ slug: problem.group.slug, kind: problem.kind }, since),
        renderSection(problem, since, primary, context),
    ];
    if (primary !== 'en')
        sections.push(`<details><summary>English</summary>\n\n${renderSection(problem, since, 'en', context)}\n\n</details>`);
    return {
        title: titleOf(problem, primary),
        body: `${sections.join('\n\n')}\n`,
        labels: [_kinds_js__WEBPACK_IMPORTED_MODULE_4__/* .AUDIT_LABEL */ .JM, _kinds_js__WEBPACK_IMPORTED_MODULE_4__/* .LABEL_OF_KIND */ .qn[problem.kind]],
    };
}
/** Each problem's messages: the issue's title, what is wrong, what to do, what solved it. */
const MESSAGES = {
    'meetups-minimum': {
        title: 'issue.title.meetups-minimum',
        wrong: 'issue.wrong.meetups-minimum',
        todo: 'issue.todo.meetups-minimum',
        resolved: 'issue.resolved.meetups-minimum',
    },
    'meetups-at-risk': {
        title: 'issue.title.meetups-at-risk',
        wrong: 'issue.wrong.meetups-at-risk',
        todo: 'issue.todo.meetups-at-risk',
        resolved: 'issue.resolved.meetups-at-risk',
    },
    leader: {
        title: 'issue.title.leader',
        wrong: 'issue.wrong.leader',
        todo: 'issue.todo.leader',
        resolved: 'issue.resolved.leader',
    },
    'co-leader': {
        title: 'issue.title.co-leader',
        wrong: 'issue.wrong.co-leader',
        todo: 'issue.todo.co-leader',
        resolved: 'issue.resolved.co-leader',
    },
    'leader-renamed': {
        title: 'issue.title.leader-renamed',
        wrong: 'issue.wrong.leader-renamed',
        todo: 'issue.todo.leader-renamed',
        resolved: 'issue.resolved.leader-renamed',
    },
    terms: {
        title: 'issue.title.terms',
        wrong: 'issue.wrong.terms',
        todo: 'issue.todo.terms',
        resolved: 'issue.resolved.terms',
    },
    'waiver-expired': {
        title: 'issue.title.waiver-expired',
        wrong: 'issue.wrong.waiver-expired',
        todo: 'issue.todo.waiver-expired',
        resolved: 'issue.resolved.waiver-expired',
    },
};
/** The title in the group's language: a leader reads it in their list of issues and email. */
function titleOf({ kind, group }, language) {
    const { cadence, shortfall } = group;
    return (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .wordsIn */ .Hn)(language)(MESSAGES[kind].title, {
        slug: group.slug,
        counted: cadence.counted.length,
        required: kind === 'meetups-at-risk' ? (shortfall?.required ?? cadence.required) : cadence.required,
        on: shortfall?.on ?? '',
    });
}
function renderSection(problem, since, language, context) {
    const say = (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .wordsIn */ .Hn)(language);
    const { group, kind } = problem;
    const who = addressees(group).join(' ');
    const file = context.fileUrl
        ? `[${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(group.path)}](${context.fileUrl(group.path)})`
        : (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(group.path);
    const months = context.policy.meetups.windowMonths;
    const wrong = (() => {
        switch (kind) {
            case 'meetups-minimum':
                return say(MESSAGES[kind].wrong, {
                    held: group.cadence.counted.length,
                    required: group.cadence.required,
                    months,
                });
            case 'meetups-at-risk':
                // Nothing leaves the window when only a new group's growing share outruns its count.
                return group.shortfall === undefined
                    ? ''
                    : say(group.shortfall.expiring.length === 0
                        ? 'issue.wrong.meetups-share'
                        : MESSAGES[kind].wrong, {
                        on: group.shortfall.on,
                        counted: group.shortfall.counted,
                        required: group.shortfall.required,
                        months,
                    });
            case 'co-leader':
                // Named twice over, the same person: nothing was lost. A file like that never passed the
                // check (leaders/distinct is an error), so it has been so since before the registry.
                return say(problem.findings.every((finding) => finding.rule === 'leaders/distinct')
                    ? 'issue.wrong.co-leader-never'
                    : MESSAGES[kind].wrong);
            case 'leader-renamed':
                return renamedLines(group, say).join('\n\n');
            default:
                return say(MESSAGES[kind].wrong);
        }
    })();
    return [
        say('issue.intro', { who: who === '' ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(group.name) : who }),
        '',
        `**${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(group.name)}** · ${file}`,
        '',
        `#### ${say('issue.heading.wrong')}`,
        '',
        wrong,
        '',
        `#### ${say('issue.heading.evidence')}`,
        '',
        ...evidence(problem, language, context.rulePages),
        '',
        `#### ${say('issue.heading.todo')}`,
        '',
        say(MESSAGES[kind].todo, { file }),
        '',
        `#### ${say('issue.heading.deadline')}`,
        '',
        say('issue.deadline', { date: deadline(problem, since, context.policy) }),
        // Only while the stages are on: with them off the text stays as it was, and costs no edit.
        ...(context.policy.lifecycle.enabled && (0,_core_stages_js__WEBPACK_IMPORTED_MODULE_3__/* .counts */ .tQ)(kind)
            ? ['', say('issue.inactive-after', { date: (0,_core_stages_js__WEBPACK_IMPORTED_MODULE_3__/* .lastActiveDay */ .NL)(since, context.policy) })]
            : []),
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
                : [login.toLowerCase(), (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mention */ .lE)(login)]
            : check.status === 'renamed'
                ? [check.login.toLowerCase(), (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mention */ .lE)(check.login)]
                : name === undefined
                    ? []
                    : [`name:${name}`, (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(name)];
        // A leader who is also named co-leader is one person, addressed once.
        if (key === undefined || address === undefined || seen.has(key))
            continue;
        seen.add(key);
        who.push(address);
    }
    return who;
}
/** Each renamed account: the old username as plain text, the new one mentioned (the same person). */
function renamedLines(group, say) {
    return ['leader', 'coLeader'].flatMap((role) => {
        const check = group.accounts[role];
        const old = group.leaders[role];
        if (check?.status !== 'renamed' || old === undefined)
            return [];
        const name = group.people[role]?.name;
        return [
            say('issue.wrong.leader-renamed', {
                role,
                named: name === undefined ? 'no' : 'yes',
                name: name === undefined ? '' : (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(name),
                old: (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(old),
                now: (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mention */ .lE)(check.login),
            }),
        ];
    });
}
function deadline(problem, since, policy) {
    const due = (0,_core_stages_js__WEBPACK_IMPORTED_MODULE_3__/* .issueDate */ .MP)(since, policy);
    // A group at risk must act before it falls below the minimum, not weeks after.
    const { shortfall } = problem.group;
    return problem.kind === 'meetups-at-risk' && shortfall !== undefined && shortfall.on < due
        ? shortfall.on
        : due;
}
function meetupLine(meetup, note) {
    return `- ${meetup.date} ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(meetup.title, 80)}${note === undefined ? '' : ` (${note})`}`;
}
function evidence(problem, language, rulePages) {
    const say = (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .wordsIn */ .Hn)(language);
    const { cadence, shortfall } = problem.group;
    if (problem.kind === 'meetups-minimum' || problem.kind === 'meetups-at-risk') {
        const lines = [`${say('issue.counted')} (${cadence.counted.length}):`, ''];
        lines.push(...(cadence.counted.length === 0
            ? [`- ${say('issue.none')}`]
            : cadence.counted.map((meetup) => meetupLine(meetup))));
        if (problem.kind === 'meetups-at-risk' && shortfall && shortfall.expiring.length > 0) {
            lines.push('', `${say('issue.expiring')}:`, '', ...shortfall.expiring.map((meetup) => meetupLine(meetup)));
        }
        // Meetups older than the window are history, not evidence; the rest say why they do not count.
        const notCounted = cadence.excluded.filter(({ reason }) => reason !== 'before-window');
        if (notCounted.length > 0) {
            lines.push('', `${say('issue.not-counted')}:`, '', ...notCounted.map(({ meetup, reason }) => meetupLine(meetup, say('issue.exclusion', { reason: (0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .option */ .uK)(reason) }))));
        }
        return lines;
    }
    return problem.findings.map((finding) => {
        const where = finding.line > 0 ? `${finding.file}:${finding.line}:${finding.column}` : finding.file;
        return `- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(where)} ${(0,_report_rule_links_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleLink */ .lN)(rulePages, finding.rule)} ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)((0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .findingMessage */ .pG)(finding, language))}`;
    });
}
/** The comment that closes an issue: what solved it, in the group's language and English. */
function renderResolution(kind, resolution, group) {
    const id = resolution === 'solved'
        ? MESSAGES[kind].resolved
        : resolution === 'inactive'
            ? 'issue.inactive'
            : 'issue.superseded';
    return inBoth((0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .languageOf */ .eX)(group?.language), (say) => say(id));
}
function renderDuplicate(number, language) {
    return inBoth((0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .languageOf */ .eX)(language), (say) => say('issue.duplicate', { number }));
}
/** A comment in the group's language, then in English for maintainers (once, for English). */
function inBoth(language, write) {
    const english = write((0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .wordsIn */ .Hn)('en'));
    return language === 'en' ? english : `${write((0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .wordsIn */ .Hn)(language))}\n\n${english}`;
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

/***/ 2308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ planAudit),
/* harmony export */   M_: () => (/* binding */ openEpisode),
/* harmony export */   Pv: () => (/* binding */ notTheAudits),
/* harmony export */   xV: () => (/* binding */ withinBudget),
/* harmony export */   xd: () => (/* binding */ episodeChecks),
/* harmony export */   xe: () => (/* binding */ auditEndedEpisode)
/* harmony export */ });
/* unused harmony export costOf */
/* harmony import */ var _issue_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6622);

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
        const parsed = (0,_issue_text_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMarker */ .gY)(issue.body);
        if (!parsed || !theAudits(issue, self))
            continue;
        const list = byKey.get((0,_issue_text_js__WEBPACK_IMPORTED_MODULE_0__/* .keyOf */ .TN)(parsed)) ?? [];
        list.push({
            ...issue,
            key: { slug: parsed.slug, kind: parsed.kind },
            since: parsed.since,
            ended: parsed.ended,
        });
        byKey.set((0,_issue_text_js__WEBPACK_IMPORTED_MODULE_0__/* .keyOf */ .TN)(parsed), list);
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
/**
 * The open issue the audit tracks a problem of a group in, with its first-seen day, read as
 * `planAudit` reads it: only issues the audit's own account created, the oldest open one kept, so
 * a copy someone else opened, a rename or a reopen cannot move the day. Undefined when the
 * problem has no open issue of the audit's (never told, or closed: the audit reopens it first).
 */
function openEpisode(existing, self, key) {
    const kept = keptOf(trackedByKey(existing, self).get((0,_issue_text_js__WEBPACK_IMPORTED_MODULE_0__/* .keyOf */ .TN)(key)) ?? []);
    return kept?.state === 'open' ? { number: kept.number, since: kept.since } : undefined;
}
/** Issue numbers that carry the audit's marker but that its account did not create. */
function notTheAudits(existing, self) {
    return existing
        .filter((issue) => (0,_issue_text_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMarker */ .gY)(issue.body) !== undefined && !theAudits(issue, self))
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
        const kept = keptOf(byKey.get((0,_issue_text_js__WEBPACK_IMPORTED_MODULE_0__/* .keyOf */ .TN)({ slug: problem.group.slug, kind: problem.kind })) ?? []);
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
    return comments.some((comment) => comment.author === self && comment.body.endsWith((0,_issue_text_js__WEBPACK_IMPORTED_MODULE_0__/* .resolutionMarker */ .l6)(since)));
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
        live.add((0,_issue_text_js__WEBPACK_IMPORTED_MODULE_0__/* .keyOf */ .TN)(key));
        const issues = byKey.get((0,_issue_text_js__WEBPACK_IMPORTED_MODULE_0__/* .keyOf */ .TN)(key)) ?? [];
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
                    body: (0,_issue_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markEnded */ .oz)(latest.body, input.today),
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
            comment: `${input.resolve(key, resolution, group)}\n\n${(0,_issue_text_js__WEBPACK_IMPORTED_MODULE_0__/* .resolutionMarker */ .l6)(kept.since)}`,
            resolution,
            body: (0,_issue_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markEnded */ .oz)(kept.body, input.today),
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


/***/ }),

/***/ 9063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o6: () => (/* binding */ findProblems),
  N8: () => (/* binding */ snapshotGroups),
  rd: () => (/* binding */ withAccounts)
});

// EXTERNAL MODULE: ./src/core/names.ts + 1 modules
var names = __webpack_require__(2889);
// EXTERNAL MODULE: ./src/core/dates.ts
var dates = __webpack_require__(194);
// EXTERNAL MODULE: ./src/core/meetups.ts
var meetups = __webpack_require__(9280);
// EXTERNAL MODULE: ./src/core/people.ts
var core_people = __webpack_require__(9444);
// EXTERNAL MODULE: ./src/core/read.ts
var read = __webpack_require__(3455);
// EXTERNAL MODULE: ./src/i18n/findings/index.ts + 29 modules
var i18n_findings = __webpack_require__(7933);
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
    'registry/inactive': 'file',
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
            ...inactiveSinceOf(data),
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
function inactiveSinceOf(data) {
    const since = (0,read/* asText */.e1)((0,read/* field */.ZZ)(data, 'inactiveSince'));
    return since !== undefined && (0,dates/* isPlainDate */.JX)(since) ? { inactiveSince: since } : {};
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


/***/ }),

/***/ 1032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EmptyRegistryError: () => (/* binding */ EmptyRegistryError),
/* harmony export */   checkLeaderAccounts: () => (/* binding */ checkLeaderAccounts),
/* harmony export */   runAudit: () => (/* binding */ runAudit)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2889);
/* harmony import */ var _evaluate_evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1632);
/* harmony import */ var _load_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9273);
/* harmony import */ var _issue_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6622);
/* harmony import */ var _stages_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7504);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2308);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9063);








/**
 * The registry holds no group file: a wrong checkout or a wrong folder, never a registry whose
 * problems are all solved. Planning against it would close every open audit issue, so the audit
 * stops here, and this is the one place that guards it (tgr audit and the Action alike).
 */
class EmptyRegistryError extends Error {
    folder;
    name = 'EmptyRegistryError';
    constructor(folder) {
        super(`nothing to audit: the registry's ${_load_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .GROUPS_DIR */ .hW}/ folder (${folder}) holds no group file (.yaml), and an audit of no groups would close every audit issue. Check out the registry (or run from inside it) before running the audit.`);
        this.folder = folder;
    }
}
/**
 * The scheduled compliance audit: the whole registry as of `today`, one issue per live problem,
 * reconciled with the issues that exist. `host` is undefined for a local dry run without a
 * token: then it plans against no existing issues and checks no accounts.
 */
async function runAudit(options, host) {
    const files = await (0,_load_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegistry */ ._5)(options.disk, options.root);
    // An empty registry is a wrong checkout or a wrong folder, never a registry whose problems
    // are all solved: planning against it would close every open audit issue.
    if (files.length === 0)
        throw new EmptyRegistryError(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(options.root, _load_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .GROUPS_DIR */ .hW));
    const results = (0,_evaluate_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._)(files, { today: options.today, policy: options.policy });
    let groups = (0,_problems_js__WEBPACK_IMPORTED_MODULE_7__/* .snapshotGroups */ .N8)(results, options.today, options.policy);
    if (host)
        groups = await checkLeaderAccounts(groups, host);
    const problems = (0,_problems_js__WEBPACK_IMPORTED_MODULE_7__/* .findProblems */ .o6)(groups);
    const existing = host ? await host.auditIssues() : [];
    // Who the audit is matters only once some issue carries its marker: one query, asked lazily.
    const self = host && existing.some((issue) => (0,_issue_text_js__WEBPACK_IMPORTED_MODULE_4__/* .parseMarker */ .gY)(issue.body) !== undefined)
        ? await host.ownAccountId()
        : undefined;
    // A closed issue about to be reopened without an end mark: its comments say whether the audit
    // closed it (before end marks existed) or someone else did. One read each, on that run only.
    const endedByAudit = new Set();
    if (host && self !== undefined) {
        for (const { number, since } of (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .episodeChecks */ .xd)({ problems, existing, self })) {
            if ((0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .auditEndedEpisode */ .xe)(await host.comments(number), self, since))
                endedByAudit.add(number);
        }
    }
    const bySlug = new Map(groups.map((group) => [group.slug, group]));
    const context = {
        policy: options.policy,
        fileUrl: options.fileUrl,
        rulePages: options.rulePages,
    };
    const planned = (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .planAudit */ .Fu)({
        today: options.today,
        problems,
        groups: bySlug,
        existing,
        self,
        endedByAudit,
        render: (problem, since) => (0,_issue_text_js__WEBPACK_IMPORTED_MODULE_4__/* .renderIssue */ .yi)(problem, since, context),
        resolve: (key, resolution, group) => (0,_issue_text_js__WEBPACK_IMPORTED_MODULE_4__/* .renderResolution */ .VP)(key.kind, resolution, group),
        duplicate: (number, group) => (0,_issue_text_js__WEBPACK_IMPORTED_MODULE_4__/* .renderDuplicate */ .O7)(number, group?.language),
    });
    const stagesAfter = (actions) => (0,_stages_js__WEBPACK_IMPORTED_MODULE_5__/* .auditStages */ .bk)({
        groups,
        problems,
        existing,
        actions,
        self,
        policy: options.policy,
        today: options.today,
    });
    if (options.dryRun || !host) {
        return {
            groups,
            problems,
            existing,
            account: self,
            notTheAudits: (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .notTheAudits */ .Pv)(existing, self),
            planned,
            done: [],
            deferred: [],
            accountsChecked: host !== undefined,
            notMigrated: notMigrated(groups),
            failure: undefined,
            // Without a connection nothing is opened: nobody is told.
            stages: stagesAfter(host ? planned : []),
        };
    }
    const { now, later } = (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .withinBudget */ .xV)(planned, options.maxWrites);
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
        notTheAudits: (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .notTheAudits */ .Pv)(existing, self),
        planned,
        done,
        deferred,
        accountsChecked: true,
        notMigrated: notMigrated(groups),
        failure,
        stages: stagesAfter(done),
    };
}
/**
 * The groups with what GitHub says of their active leaders' accounts (see `withAccounts`): every
 * login GitHub could have, in one list; the answers come back in the same order. Shared with
 * tgr lifecycle, which counts problems the way the audit does.
 */
async function checkLeaderAccounts(groups, host) {
    // Groups are told apart by place (two may share a slug).
    const asked = groups.flatMap((group, at) => group.status !== 'active'
        ? []
        : ['leader', 'coLeader'].flatMap((role) => {
            const login = group.leaders[role];
            const person = {
                login: login ?? '',
                githubId: group.people[role]?.githubId,
            };
            return login !== undefined && _core_names_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_LOGIN */ .cd.test(login) ? [{ at, role, person }] : [];
        }));
    const checks = await host.accounts(asked.map(({ person }) => person));
    const found = new Map();
    asked.forEach(({ at, role }, index) => {
        const check = checks[index];
        if (check !== undefined)
            found.set(at, { ...found.get(at), [role]: check });
    });
    return groups.map((group, at) => {
        const accounts = found.get(at);
        return accounts === undefined ? group : (0,_problems_js__WEBPACK_IMPORTED_MODULE_7__/* .withAccounts */ .rd)(group, accounts);
    });
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

/***/ 7504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bk: () => (/* binding */ auditStages)
/* harmony export */ });
/* unused harmony exports STAGE_NAMES, stageOf, issuesAfter, groupStages */
/* harmony import */ var _core_dates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(194);
/* harmony import */ var _core_stages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4728);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2308);



const STAGE_NAMES = (/* unused pure expression or super */ null && ([
    'active',
    'at-risk',
    'problem',
    'past-date',
    'inactive',
    'removal-due',
    'other',
]));
/** A group's stage today. Pure. */
function stageOf(group, context) {
    const { policy, today } = context;
    if (group.status === 'inactive') {
        const since = group.inactiveSince;
        // decideLifecycle removes once more than removeAfterDays have passed since inactiveSince.
        const removalOn = policy.lifecycle.enabled && since !== undefined
            ? (0,_core_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .addDays */ .fi)(since, policy.lifecycle.removeAfterDays + 1)
            : undefined;
        return since !== undefined && removalOn !== undefined && removalOn <= today
            ? { stage: 'removal-due', since, removalOn }
            : { stage: 'inactive', since, removalOn };
    }
    if (group.status !== 'active')
        return { stage: 'other', status: group.status };
    if (group.problems.length === 0)
        return { stage: 'active' };
    if (group.problems.every((kind) => kind === 'meetups-at-risk'))
        return { stage: 'at-risk' };
    const told = group.problems
        .filter((kind) => kind !== 'meetups-at-risk')
        .flatMap((kind) => {
        const episode = (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .openEpisode */ .M_)(context.issues, context.self, { slug: group.slug, kind });
        return episode === undefined ? [] : [{ kind, since: episode.since }];
    });
    const passed = told
        .map(({ since }) => (0,_core_stages_js__WEBPACK_IMPORTED_MODULE_1__/* .issueDate */ .MP)(since, policy))
        .filter((date) => date < today)
        .sort();
    const inactiveOn = policy.lifecycle.enabled
        ? told
            .filter(({ kind }) => (0,_core_stages_js__WEBPACK_IMPORTED_MODULE_1__/* .counts */ .tQ)(kind))
            .map(({ since }) => (0,_core_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .addDays */ .fi)((0,_core_stages_js__WEBPACK_IMPORTED_MODULE_1__/* .lastActiveDay */ .NL)(since, policy), 1))
            .sort()[0]
        : undefined;
    const earliest = passed[0];
    if (earliest !== undefined)
        return { stage: 'past-date', date: earliest, inactiveOn };
    return { stage: 'problem', date: told.map(({ since }) => (0,_core_stages_js__WEBPACK_IMPORTED_MODULE_1__/* .issueDate */ .MP)(since, policy)).sort()[0] };
}
/**
 * The audit's issues as they stand once `actions` are applied: what `tgr lifecycle`, run after
 * the audit, reads. Opened issues get negative stand-in numbers. The audit's account is asked
 * for lazily, so on a first run it may be unknown: its new issues then carry `author`, the
 * stand-in the caller passes as `self` too.
 */
function issuesAfter(existing, actions, author) {
    const byNumber = new Map(existing.map((issue) => [issue.number, issue]));
    let next = -1;
    for (const action of actions) {
        if (action.type === 'open') {
            const number = next--;
            byNumber.set(number, {
                number,
                title: action.issue.title,
                body: action.issue.body,
                state: 'open',
                labels: action.issue.labels,
                author,
            });
            continue;
        }
        const issue = byNumber.get(action.number);
        if (issue === undefined)
            continue;
        if (action.type === 'reopen' || action.type === 'update')
            byNumber.set(action.number, { ...issue, body: action.issue.body, state: 'open' });
        else if (action.type === 'close')
            byNumber.set(action.number, { ...issue, body: action.body, state: 'closed' });
        else if (action.type === 'close-duplicate')
            byNumber.set(action.number, { ...issue, state: 'closed', stateReason: 'duplicate' });
        else
            byNumber.set(action.number, { ...issue, body: action.body });
    }
    return [...byNumber.values()];
}
/** Each group's stage, in the order given. */
function groupStages(groups, context) {
    return groups.map((group) => ({ slug: group.slug, stage: stageOf(group, context) }));
}
/**
 * The stage of each of the audit's groups (in the same order) once `actions` are applied: the
 * issues as `tgr lifecycle`, run after the audit, reads them. `self` is the audit's account,
 * undefined when it was not asked (no issue had its marker yet): the issues it opens this run
 * are its all the same.
 */
function auditStages(input) {
    // 0 is no GitHub account: with the account unknown, only this run's issues are the audit's.
    const self = input.self ?? 0;
    const issues = issuesAfter(input.existing, input.actions, self);
    const kinds = new Map();
    for (const { group, kind } of input.problems)
        kinds.set(group, [...(kinds.get(group) ?? []), kind]);
    return input.groups.map((group) => stageOf({
        slug: group.slug,
        status: group.status,
        inactiveSince: group.inactiveSince,
        problems: kinds.get(group) ?? [],
    }, { issues, self, policy: input.policy, today: input.today }));
}


/***/ }),

/***/ 4728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MP: () => (/* binding */ issueDate),
/* harmony export */   Mb: () => (/* binding */ COUNTING_KINDS),
/* harmony export */   NL: () => (/* binding */ lastActiveDay),
/* harmony export */   tQ: () => (/* binding */ counts)
/* harmony export */ });
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(194);

// Shared by decideLifecycle (src/lifecycle/) and the audit's issue text (src/audit/), so the day an
// issue announces is the day the stages act on. In core: the audit may not import the lifecycle.
/**
 * The problems that lead to inactivation (issue 23): too few Azure meetups, no valid leader or
 * co-leader, terms not accepted. Not "at risk", not an expired waiver by itself, not a renamed
 * account (the same person).
 */
const COUNTING_KINDS = [
    'meetups-minimum',
    'leader',
    'co-leader',
    'terms',
];
function counts(kind) {
    return COUNTING_KINDS.includes(kind);
}
/** The date an audit issue gives a problem first seen on `since`. */
function issueDate(since, policy) {
    return (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .addDays */ .fi)(since, policy.audit.deadlineDays);
}
/**
 * The last day a group keeps a counting problem first seen on `since` and stays active: the
 * issue's date plus `lifecycle.inactiveAfterDays`. The stages make it inactive from the next day.
 */
function lastActiveDay(since, policy) {
    return (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .addDays */ .fi)(issueDate(since, policy), policy.lifecycle.inactiveAfterDays);
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


/***/ })

};
