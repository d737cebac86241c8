import type { PlainDate } from '../core/dates.js';
import {
  keyOf,
  markEnded,
  parseMarker,
  resolutionMarker,
  type IssueKey,
  type IssueText,
  type Resolution,
} from './issue-text.js';
import type { GroupSnapshot, AuditProblem } from './problems.js';

/** An issue as listed from GitHub; `key` is set for issues that carry the audit marker. */
export interface ExistingIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  /** Why a closed issue was closed, as GitHub says (`duplicate` for a closed copy). */
  stateReason?: string | null;
  labels: readonly string[];
  /** The numeric id of the account that created the issue; null when GitHub names none. */
  author: number | null;
}

/** A comment on an issue: who wrote it (numeric id; null for none) and what it says. */
export interface IssueComment {
  author: number | null;
  body: string;
}

export type AuditAction =
  | { type: 'open'; key: IssueKey; issue: IssueText }
  | { type: 'reopen'; key: IssueKey; number: number; issue: IssueText }
  | { type: 'update'; key: IssueKey; number: number; issue: IssueText }
  | {
      type: 'close';
      key: IssueKey;
      number: number;
      comment: string;
      resolution: Resolution;
      /** The issue's body with its marker saying the audit ended the episode, in the same write. */
      body: string;
    }
  | {
      /**
       * A closed issue (closed by someone else, or before end marks existed) whose problem the
       * audit now sees solved: the episode ended, and its marker says so from now on.
       */
      type: 'end';
      key: IssueKey;
      number: number;
      body: string;
    }
  | {
      type: 'close-duplicate';
      key: IssueKey;
      number: number;
      comment: string;
      duplicateOf: number;
    };

/** Writes each action costs: a close is a comment and a state change (with the end mark). */
export function costOf(action: AuditAction): number {
  return action.type === 'close' || action.type === 'close-duplicate' ? 2 : 1;
}

export interface PlanInput {
  today: PlainDate;
  problems: readonly AuditProblem[];
  /** Groups by slug, for what to say when closing an issue. */
  groups: ReadonlyMap<string, GroupSnapshot>;
  existing: readonly ExistingIssue[];
  /**
   * The numeric id of the account the audit writes as, from GitHub: only issues it created are
   * the audit's. Undefined when there is no connection, and then no issue is.
   */
  self: number | undefined;
  /**
   * Closed issues without an end mark whose episode the audit ended all the same, as its own
   * closing comment shows (closed before end marks existed): asked about by `episodeChecks`.
   */
  endedByAudit?: ReadonlySet<number>;
  render: (problem: AuditProblem, since: PlainDate) => IssueText;
  resolve: (key: IssueKey, resolution: Resolution, group: GroupSnapshot | undefined) => string;
  duplicate: (number: number, group: GroupSnapshot | undefined) => string;
}

type Tracked = ExistingIssue & { key: IssueKey; since: PlainDate; ended: PlainDate | undefined };

/**
 * Whether an issue is the audit's: it carries the marker and the audit's own account created it.
 * Anyone can open an issue with a copy of the marker and the label; such an issue must not bring
 * a date forward or push it back, and the audit never edits, closes or reopens it.
 */
function theAudits(issue: ExistingIssue, self: number | undefined): boolean {
  return self !== undefined && issue.author === self;
}

/** The audit's issues by key, oldest first. */
function trackedByKey(
  existing: readonly ExistingIssue[],
  self: number | undefined,
): Map<string, Tracked[]> {
  const byKey = new Map<string, Tracked[]>();
  for (const issue of [...existing].sort((a, b) => a.number - b.number)) {
    const parsed = parseMarker(issue.body);
    if (!parsed || !theAudits(issue, self)) continue;
    const list = byKey.get(keyOf(parsed)) ?? [];
    list.push({
      ...issue,
      key: { slug: parsed.slug, kind: parsed.kind },
      since: parsed.since,
      ended: parsed.ended,
    });
    byKey.set(keyOf(parsed), list);
  }
  return byKey;
}

/**
 * The issue a live problem is tracked in: the oldest open one; with none open, the latest closed
 * one, never a copy that was closed as a duplicate of the one that was kept.
 */
function keptOf(issues: readonly Tracked[]): Tracked | undefined {
  return (
    issues.find((issue) => issue.state === 'open') ??
    issues.filter((issue) => issue.stateReason !== 'duplicate').at(-1) ??
    issues.at(-1)
  );
}

/**
 * The open issue the audit tracks a problem of a group in, with its first-seen day, read as
 * `planAudit` reads it: only issues the audit's own account created, the oldest open one kept, so
 * a copy someone else opened, a rename or a reopen cannot move the day. Undefined when the
 * problem has no open issue of the audit's (never told, or closed: the audit reopens it first).
 */
export function openEpisode(
  existing: readonly ExistingIssue[],
  self: number | undefined,
  key: IssueKey,
): { number: number; since: PlainDate } | undefined {
  const kept = keptOf(trackedByKey(existing, self).get(keyOf(key)) ?? []);
  return kept?.state === 'open' ? { number: kept.number, since: kept.since } : undefined;
}

/** Issue numbers that carry the audit's marker but that its account did not create. */
export function notTheAudits(
  existing: readonly ExistingIssue[],
  self: number | undefined,
): number[] {
  return existing
    .filter((issue) => parseMarker(issue.body) !== undefined && !theAudits(issue, self))
    .map((issue) => issue.number)
    .sort((a, b) => a - b);
}

/**
 * The closed issues `planAudit` would reopen whose marker does not say the audit ended their
 * episode: closed by someone else, or by the audit before it marked its ends. Only these need
 * their comments read (`auditEndedEpisode`), one request each, and only on the run that reopens.
 */
export function episodeChecks(
  input: Pick<PlanInput, 'problems' | 'existing' | 'self'>,
): Array<{ number: number; since: PlainDate }> {
  const byKey = trackedByKey(input.existing, input.self);
  return input.problems.flatMap((problem) => {
    const kept = keptOf(byKey.get(keyOf({ slug: problem.group.slug, kind: problem.kind })) ?? []);
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
export function auditEndedEpisode(
  comments: readonly IssueComment[],
  self: number,
  since: PlainDate,
): boolean {
  return comments.some(
    (comment) => comment.author === self && comment.body.endsWith(resolutionMarker(since)),
  );
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
export function planAudit(input: PlanInput): AuditAction[] {
  const byKey = trackedByKey(input.existing, input.self);
  const endedByAudit = (issue: Tracked): boolean =>
    issue.ended !== undefined || input.endedByAudit?.has(issue.number) === true;

  const opening: AuditAction[] = [];
  const closing: AuditAction[] = [];
  const updating: AuditAction[] = [];
  const deduplicating: AuditAction[] = [];
  const ending: AuditAction[] = [];
  const live = new Set<string>();

  for (const problem of input.problems) {
    const key: IssueKey = { slug: problem.group.slug, kind: problem.kind };
    live.add(keyOf(key));
    const issues = byKey.get(keyOf(key)) ?? [];
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
    } else {
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
    if (live.has(id)) continue;
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
          body: markEnded(latest.body, input.today),
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
      comment: `${input.resolve(key, resolution, group)}\n\n${resolutionMarker(kept.since)}`,
      resolution,
      body: markEnded(kept.body, input.today),
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

function resolutionOf(
  key: IssueKey,
  group: GroupSnapshot | undefined,
  problems: readonly AuditProblem[],
): Resolution {
  if (group === undefined || group.status !== 'active') return 'inactive';
  const belowMinimum = problems.some(
    (problem) => problem.group.slug === key.slug && problem.kind === 'meetups-minimum',
  );
  return key.kind === 'meetups-at-risk' && belowMinimum ? 'superseded' : 'solved';
}

/** The actions that fit in `budget` writes, in order, and the rest for the next run. */
export function withinBudget(
  actions: readonly AuditAction[],
  budget: number,
): { now: AuditAction[]; later: AuditAction[] } {
  const now: AuditAction[] = [];
  let spent = 0;
  let index = 0;
  for (; index < actions.length; index++) {
    const action = actions[index];
    if (action === undefined || spent + costOf(action) > budget) break;
    spent += costOf(action);
    now.push(action);
  }
  return { now, later: actions.slice(index) };
}
