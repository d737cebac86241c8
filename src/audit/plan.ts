import type { PlainDate } from '../core/dates.js';
import {
  keyOf,
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
}

export type AuditAction =
  | { type: 'open'; key: IssueKey; issue: IssueText }
  | { type: 'reopen'; key: IssueKey; number: number; issue: IssueText }
  | { type: 'update'; key: IssueKey; number: number; issue: IssueText }
  | { type: 'close'; key: IssueKey; number: number; comment: string; resolution: Resolution }
  | {
      type: 'close-duplicate';
      key: IssueKey;
      number: number;
      comment: string;
      duplicateOf: number;
    };

/** Writes each action costs: a close is a comment and a state change. */
export function costOf(action: AuditAction): number {
  return action.type === 'close' || action.type === 'close-duplicate' ? 2 : 1;
}

export interface PlanInput {
  today: PlainDate;
  problems: readonly AuditProblem[];
  /** Groups by slug, for what to say when closing an issue. */
  groups: ReadonlyMap<string, GroupSnapshot>;
  existing: readonly ExistingIssue[];
  render: (problem: AuditProblem, since: PlainDate) => IssueText;
  resolve: (key: IssueKey, resolution: Resolution, group: GroupSnapshot | undefined) => string;
  duplicate: (number: number, group: GroupSnapshot | undefined) => string;
}

/**
 * Reconciles the problems found today with the issues that exist, like a careful person would:
 * one issue per (group, problem); new problems open one, changed ones are edited only when their
 * text would change, solved ones close with a comment saying what solved them, returning ones
 * reopen their old issue, and extra copies close as duplicates of the one kept. Issues without
 * the marker never appear here. Pure: the adapter applies the result under a write budget.
 */
export function planAudit(input: PlanInput): AuditAction[] {
  const byKey = new Map<string, Array<ExistingIssue & { key: IssueKey; since: PlainDate }>>();
  for (const issue of [...input.existing].sort((a, b) => a.number - b.number)) {
    const parsed = parseMarker(issue.body);
    if (!parsed) continue;
    const list = byKey.get(keyOf(parsed)) ?? [];
    list.push({ ...issue, key: { slug: parsed.slug, kind: parsed.kind }, since: parsed.since });
    byKey.set(keyOf(parsed), list);
  }

  const opening: AuditAction[] = [];
  const closing: AuditAction[] = [];
  const updating: AuditAction[] = [];
  const deduplicating: AuditAction[] = [];
  const live = new Set<string>();

  for (const problem of input.problems) {
    const key: IssueKey = { slug: problem.group.slug, kind: problem.kind };
    live.add(keyOf(key));
    const issues = byKey.get(keyOf(key)) ?? [];
    const open = issues.filter((issue) => issue.state === 'open');
    // Keep the oldest open issue; with none open, bring back the latest closed one, never a
    // copy that was closed as a duplicate of the one that was kept.
    const kept =
      open[0] ??
      issues.filter((issue) => issue.stateReason !== 'duplicate').at(-1) ??
      issues.at(-1);
    if (!kept) {
      opening.push({ type: 'open', key, issue: input.render(problem, input.today) });
      continue;
    }
    if (kept.state === 'closed') {
      opening.push({
        type: 'reopen',
        key,
        number: kept.number,
        issue: input.render(problem, input.today),
      });
    } else {
      const issue = input.render(problem, kept.since);
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
    if (!kept) continue;
    const { key } = kept;
    const group = input.groups.get(key.slug);
    const resolution = resolutionOf(key, group, input.problems);
    closing.push({
      type: 'close',
      key,
      number: kept.number,
      comment: `${input.resolve(key, resolution, group)}\n\n${resolutionMarker(kept.since)}`,
      resolution,
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

  // New problems first: under a tight write budget, what people must hear about comes first.
  return [...opening, ...closing, ...updating, ...deduplicating];
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
