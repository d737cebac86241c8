import { addDays, type PlainDate } from './dates.js';
import type { Policy } from './policy.js';
import type { ProblemKind } from './vocabulary.js';

// Shared by decideLifecycle (src/lifecycle/) and the audit's issue text (src/audit/), so the day an
// issue announces is the day the stages act on. In core: the audit may not import the lifecycle.

/**
 * The problems that lead to inactivation (issue 23): too few Azure meetups, no valid leader or
 * co-leader, terms not accepted. Not "at risk", not an expired waiver by itself, not a renamed
 * account (the same person).
 */
export const COUNTING_KINDS: readonly ProblemKind[] = [
  'meetups-minimum',
  'leader',
  'co-leader',
  'terms',
];

export function counts(kind: ProblemKind): boolean {
  return COUNTING_KINDS.includes(kind);
}

/** The date an audit issue gives a problem first seen on `since`. */
export function issueDate(since: PlainDate, policy: Policy): PlainDate {
  return addDays(since, policy.audit.deadlineDays);
}

/**
 * The last day a group keeps a counting problem first seen on `since` and stays active: the
 * issue's date plus `lifecycle.inactiveAfterDays`. The stages make it inactive from the next day.
 */
export function lastActiveDay(since: PlainDate, policy: Policy): PlainDate {
  return addDays(issueDate(since, policy), policy.lifecycle.inactiveAfterDays);
}
