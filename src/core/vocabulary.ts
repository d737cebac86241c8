/**
 * The words the registry's features share with the people they write to: what the program
 * requires, what a pull request changes, why a maintainer must approve, and which problems the
 * audit keeps an issue open for. They live here, below every feature, so the message catalogues
 * (src/i18n/) can name them without importing a feature.
 */

/** The program guide's requirements, as the rows people read in comments, issues and dashboards. */
export const REQUIREMENTS = [
  'file',
  'leaders',
  'terms',
  'fees',
  'conduct',
  'website',
  'trademark',
  'meetups',
  'spread',
] as const;

export type Requirement = (typeof REQUIREMENTS)[number];

export type RequirementStatus = 'pass' | 'fail' | 'warning' | 'waived';

/** What a pull request does to one group. */
export type ChangeKind = 'join' | 'update' | 'leave';

/** Why a change needs a maintainer's approval (src/pr/authorization.ts decides). */
export type MaintainerReason =
  | 'not-a-leader'
  | 'author-not-named'
  | 'program-fields'
  | 'unreadable-base'
  | 'waiver'
  | 'outside-groups'
  | 'too-large'
  | 'rename'
  | 'github-id';

/** The problems the audit keeps an issue open for, one issue per group and kind. */
export const PROBLEM_KINDS = [
  'meetups-minimum',
  'meetups-at-risk',
  'leader',
  'co-leader',
  // A leader's account renamed on GitHub: the same person, whose file gives the old username.
  'leader-renamed',
  'terms',
  'waiver-expired',
] as const;

export type ProblemKind = (typeof PROBLEM_KINDS)[number];
