import type { ProblemKind } from '../core/vocabulary.js';

/** The rules whose (unwaived) findings make up each problem. */
export const RULES_OF_KIND: Readonly<Record<ProblemKind, readonly string[]>> = {
  'meetups-minimum': ['meetups/minimum'],
  'meetups-at-risk': ['meetups/at-risk'],
  leader: ['leaders/leader'],
  'co-leader': ['leaders/co-leader', 'leaders/distinct'],
  terms: ['leaders/terms'],
  'waiver-expired': ['waivers/expired'],
};

/** The label each kind of issue carries beside `audit`, for the program team's filters. */
export const LABEL_OF_KIND: Readonly<Record<ProblemKind, string>> = {
  'meetups-minimum': 'audit: meetups',
  'meetups-at-risk': 'audit: at risk',
  leader: 'audit: leadership',
  'co-leader': 'audit: leadership',
  terms: 'audit: terms',
  'waiver-expired': 'audit: waiver',
};

export const AUDIT_LABEL = 'audit';
