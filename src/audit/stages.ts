import { addDays, type PlainDate } from '../core/dates.js';
import type { Policy } from '../core/policy.js';
import { counts, issueDate, lastActiveDay } from '../core/stages.js';
import type { ProblemKind } from '../core/vocabulary.js';
import { openEpisode, type AuditAction, type ExistingIssue } from './plan.js';
import type { AuditProblem, GroupSnapshot } from './problems.js';

/**
 * Where a group stands in the program's stages (issue 23), for the dashboard. Computed with the
 * functions `decideLifecycle` decides with (openEpisode, issueDate, lastActiveDay, the counting
 * kinds), so the dashboard never shows a day the stages would not act on.
 */
export type Stage =
  | { stage: 'active' }
  /** Its only problems are "at risk": not short yet. */
  | { stage: 'at-risk' }
  /** A problem whose date has not passed; `date` undefined while no audit issue tells it. */
  | { stage: 'problem'; date: PlainDate | undefined }
  /**
   * A problem past its date (the earliest such date). `inactiveOn`: the day the stages make the
   * group inactive, only while they are on and only for a counting problem.
   */
  | { stage: 'past-date'; date: PlainDate; inactiveOn: PlainDate | undefined }
  /** Inactive; `removalOn` is the first day the stages remove a group still short (stages on). */
  | { stage: 'inactive'; since: PlainDate | undefined; removalOn: PlainDate | undefined }
  /** Inactive past the removal period: removal is due (if it is still short). */
  | { stage: 'removal-due'; since: PlainDate; removalOn: PlainDate }
  /** Applying, leaving, or any other status: the stages do not apply. */
  | { stage: 'other'; status: string };

export type StageName = Stage['stage'];

export const STAGE_NAMES: readonly StageName[] = [
  'active',
  'at-risk',
  'problem',
  'past-date',
  'inactive',
  'removal-due',
  'other',
];

/** One group as `stageOf` needs it: its file's status and day, and the audit's live problems. */
export interface StageGroup {
  slug: string;
  status: string;
  inactiveSince: PlainDate | undefined;
  /** The problems the audit keeps an issue open for (waived findings raise none). */
  problems: readonly ProblemKind[];
}

export interface StageContext {
  /** The audit's issues as the stages read them (see `issuesAfter`). */
  issues: readonly ExistingIssue[];
  /** The audit's own account id; undefined: no issue is the audit's. */
  self: number | undefined;
  policy: Policy;
  today: PlainDate;
}

/** A group's stage today. Pure. */
export function stageOf(group: StageGroup, context: StageContext): Stage {
  const { policy, today } = context;
  if (group.status === 'inactive') {
    const since = group.inactiveSince;
    // decideLifecycle removes once more than removeAfterDays have passed since inactiveSince.
    const removalOn =
      policy.lifecycle.enabled && since !== undefined
        ? addDays(since, policy.lifecycle.removeAfterDays + 1)
        : undefined;
    return since !== undefined && removalOn !== undefined && removalOn <= today
      ? { stage: 'removal-due', since, removalOn }
      : { stage: 'inactive', since, removalOn };
  }
  if (group.status !== 'active') return { stage: 'other', status: group.status };
  if (group.problems.length === 0) return { stage: 'active' };
  if (group.problems.every((kind) => kind === 'meetups-at-risk')) return { stage: 'at-risk' };

  const told = group.problems
    .filter((kind) => kind !== 'meetups-at-risk')
    .flatMap((kind) => {
      const episode = openEpisode(context.issues, context.self, { slug: group.slug, kind });
      return episode === undefined ? [] : [{ kind, since: episode.since }];
    });
  const passed = told
    .map(({ since }) => issueDate(since, policy))
    .filter((date) => date < today)
    .sort();
  const inactiveOn = policy.lifecycle.enabled
    ? told
        .filter(({ kind }) => counts(kind))
        .map(({ since }) => addDays(lastActiveDay(since, policy), 1))
        .sort()[0]
    : undefined;
  const earliest = passed[0];
  if (earliest !== undefined) return { stage: 'past-date', date: earliest, inactiveOn };
  return { stage: 'problem', date: told.map(({ since }) => issueDate(since, policy)).sort()[0] };
}

/**
 * The audit's issues as they stand once `actions` are applied: what `tgr lifecycle`, run after
 * the audit, reads. Opened issues get negative stand-in numbers. The audit's account is asked
 * for lazily, so on a first run it may be unknown: its new issues then carry `author`, the
 * stand-in the caller passes as `self` too.
 */
export function issuesAfter(
  existing: readonly ExistingIssue[],
  actions: readonly AuditAction[],
  author: number,
): ExistingIssue[] {
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
    if (issue === undefined) continue;
    if (action.type === 'reopen' || action.type === 'update')
      byNumber.set(action.number, { ...issue, body: action.issue.body, state: 'open' });
    else if (action.type === 'close')
      byNumber.set(action.number, { ...issue, body: action.body, state: 'closed' });
    else if (action.type === 'close-duplicate')
      byNumber.set(action.number, { ...issue, state: 'closed', stateReason: 'duplicate' });
    else byNumber.set(action.number, { ...issue, body: action.body });
  }
  return [...byNumber.values()];
}

/** Each group's stage, in the order given. */
export function groupStages(
  groups: readonly StageGroup[],
  context: StageContext,
): Array<{ slug: string; stage: Stage }> {
  return groups.map((group) => ({ slug: group.slug, stage: stageOf(group, context) }));
}

/**
 * The stage of each of the audit's groups (in the same order) once `actions` are applied: the
 * issues as `tgr lifecycle`, run after the audit, reads them. `self` is the audit's account,
 * undefined when it was not asked (no issue had its marker yet): the issues it opens this run
 * are its all the same.
 */
export function auditStages(input: {
  groups: readonly GroupSnapshot[];
  problems: readonly AuditProblem[];
  existing: readonly ExistingIssue[];
  actions: readonly AuditAction[];
  self: number | undefined;
  policy: Policy;
  today: PlainDate;
}): Stage[] {
  // 0 is no GitHub account: with the account unknown, only this run's issues are the audit's.
  const self = input.self ?? 0;
  const issues = issuesAfter(input.existing, input.actions, self);
  const kinds = new Map<GroupSnapshot, ProblemKind[]>();
  for (const { group, kind } of input.problems)
    kinds.set(group, [...(kinds.get(group) ?? []), kind]);
  return input.groups.map((group) =>
    stageOf(
      {
        slug: group.slug,
        status: group.status,
        inactiveSince: group.inactiveSince,
        problems: kinds.get(group) ?? [],
      },
      { issues, self, policy: input.policy, today: input.today },
    ),
  );
}
