import type { Finding } from '../core/finding.js';
import type { ProblemKind } from '../core/vocabulary.js';

/** The rules whose (unwaived) findings make up each problem. */
export const RULES_OF_KIND: Readonly<Record<ProblemKind, readonly string[]>> = {
  'meetups-minimum': ['meetups/minimum'],
  'meetups-at-risk': ['meetups/at-risk'],
  leader: ['leaders/leader'],
  'co-leader': ['leaders/co-leader', 'leaders/distinct'],
  'leader-renamed': ['leaders/github-id'],
  terms: ['leaders/terms'],
  'waiver-expired': ['waivers/expired'],
};

/** The finding the audit adds for a leader whose account now has another username. */
export const RENAMED_MESSAGE = 'leaders/account-renamed';

/** Whether a finding belongs to a kind of problem. */
export function ofKind(kind: ProblemKind, finding: Finding): boolean {
  if (!RULES_OF_KIND[kind].includes(finding.rule)) return false;
  // Only the audit's rename finding: the rule's offline warnings (a file that gives no id yet)
  // are counted once in the run's summary, not raised per group.
  return kind !== 'leader-renamed' || finding.messageId === RENAMED_MESSAGE;
}

/** The label each kind of issue carries beside `audit`, for the program team's filters. */
export const LABEL_OF_KIND: Readonly<Record<ProblemKind, string>> = {
  'meetups-minimum': 'audit: meetups',
  'meetups-at-risk': 'audit: at risk',
  leader: 'audit: leadership',
  'co-leader': 'audit: leadership',
  'leader-renamed': 'audit: leadership',
  terms: 'audit: terms',
  'waiver-expired': 'audit: waiver',
};

export const AUDIT_LABEL = 'audit';
