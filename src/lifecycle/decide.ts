import { daysBetween, type PlainDate } from '../core/dates.js';
import type { MessageParams } from '../core/finding.js';
import type { Policy } from '../core/policy.js';
import type { ProblemKind } from '../core/vocabulary.js';
import { openEpisode, type ExistingIssue } from '../audit/plan.js';
import type { FindingMessageId } from '../i18n/findings/index.js';
import { COUNTING_KINDS, issueDate, lastActiveDay } from '../core/stages.js';

export { COUNTING_KINDS };

/** One group as `decideLifecycle` needs it. */
export interface LifecycleGroup {
  slug: string;
  /** The status the file gives. */
  status: string;
  /** The file's `inactiveSince`, when it is a date. */
  inactiveSince: PlainDate | undefined;
  /**
   * The problems the audit keeps an issue open for, counted as for an active group (an
   * inactive group's file is evaluated as if it were active): waived findings raise none.
   */
  problems: readonly ProblemKind[];
}

export type LifecycleAction = 'inactivate' | 'reactivate' | 'remove';

/** One change `tgr lifecycle` proposes, with its reason as a catalogue message. */
export interface LifecycleChange {
  group: string;
  action: LifecycleAction;
  /** Inactivate: the problem's first-seen day; reactivate and remove: `inactiveSince`. */
  since: PlainDate;
  messageId: FindingMessageId;
  params: MessageParams;
  /** The audit issue an inactivation follows from; null for the others. */
  issue: number | null;
}

/** The catalogue's name for each counting kind (ICU select keys cannot hold a hyphen well). */
const PROBLEM_WORD: Readonly<Partial<Record<ProblemKind, string>>> = {
  'meetups-minimum': 'meetups_minimum',
  leader: 'leader',
  'co-leader': 'co_leader',
  terms: 'terms',
};

/**
 * What the program's stages do to each group today. Pure: the groups as the files and the audit
 * count them, the audit's issues as GitHub lists them, and the numeric id of the audit's own
 * account (undefined without a connection: then no issue is the audit's, and nobody is made
 * inactive without having been told).
 *
 * - inactivate: an active group with a counting problem whose open audit issue's date (first
 *   seen plus `audit.deadlineDays`) plus `lifecycle.inactiveAfterDays` is before today; the
 *   oldest such problem is the reason;
 * - reactivate: an inactive group with no counting problem;
 * - remove: an inactive group still short, `inactiveSince` more than `removeAfterDays` ago;
 * - nothing for any other group, or when the stages are off.
 */
export function decideLifecycle(
  groups: readonly LifecycleGroup[],
  auditIssues: readonly ExistingIssue[],
  policy: Policy,
  today: PlainDate,
  self: number | undefined,
): LifecycleChange[] {
  const { enabled, inactiveAfterDays, removeAfterDays } = policy.lifecycle;
  if (!enabled) return [];
  const changes: LifecycleChange[] = [];
  for (const group of [...groups].sort((a, b) => (a.slug < b.slug ? -1 : 1))) {
    const counting = COUNTING_KINDS.filter((kind) => group.problems.includes(kind));
    if (group.status === 'active') {
      const due = counting
        .flatMap((kind) => {
          const episode = openEpisode(auditIssues, self, { slug: group.slug, kind });
          if (episode === undefined) return [];
          const deadline = issueDate(episode.since, policy);
          return lastActiveDay(episode.since, policy) < today ? [{ kind, deadline, episode }] : [];
        })
        .sort((a, b) => (a.episode.since < b.episode.since ? -1 : 1))[0];
      if (due === undefined) continue;
      changes.push({
        group: group.slug,
        action: 'inactivate',
        since: due.episode.since,
        messageId: 'lifecycle/inactivate',
        params: {
          problem: PROBLEM_WORD[due.kind] ?? 'terms',
          since: due.episode.since,
          deadline: due.deadline,
          grace: inactiveAfterDays,
        },
        issue: due.episode.number,
      });
    } else if (group.status === 'inactive' && group.inactiveSince !== undefined) {
      const since = group.inactiveSince;
      if (counting.length === 0) {
        changes.push({
          group: group.slug,
          action: 'reactivate',
          since,
          messageId: 'lifecycle/reactivate',
          params: { since },
          issue: null,
        });
      } else if (daysBetween(since, today) > removeAfterDays) {
        changes.push({
          group: group.slug,
          action: 'remove',
          since,
          messageId: 'lifecycle/remove',
          params: { since, days: removeAfterDays },
          issue: null,
        });
      }
    }
  }
  return changes;
}
