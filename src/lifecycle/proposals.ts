import { isPlainDate, type PlainDate } from '../core/dates.js';
import { SLUG } from '../core/names.js';
import type { IssueComment } from '../audit/plan.js';
import type { LifecycleAction } from './decide.js';
import {
  PROPOSAL_LABELS,
  proposalBranch,
  type ProposalFile,
  type ProposalLabel,
  type ProposalPull,
} from './proposal-port.js';

/**
 * The lifecycle's pull requests, planned (issue 23, items 4 and 5). Pure: what today's decision
 * wants (`DesiredProposal`), what the host shows (`ProposalState`), and the writes that reconcile
 * them, with every proposal left alone given a reason. The orchestrator (propose.ts) reads the
 * state and applies the plan; the GitHub adapter only carries each write out.
 */

/** The branch prefix every proposal's branch starts with. */
export const PROPOSAL_BRANCH_PREFIX = 'tgr/lifecycle/';

/** The default number of pull requests one run opens at most; the rest wait for the next run. */
export const DEFAULT_MAX_PULL_REQUESTS = 10;

const MARKER =
  /^<!-- tech-groups-registry:lifecycle group=([a-z0-9-]+) action=(inactivate|reactivate|remove) since=(\d{4}-\d{2}-\d{2}) -->/;

/** What one proposal is about: a group, an action, and the episode (`since`) it follows from. */
export interface ProposalKey {
  group: string;
  action: LifecycleAction;
  /** Inactivate: the problem's first-seen day; reactivate and remove: `inactiveSince`. */
  since: PlainDate;
}

/** The hidden first line of a proposal's body. Only the slug and two fixed words go in it. */
export function proposalMarker({ group, action, since }: ProposalKey): string {
  return `<!-- tech-groups-registry:lifecycle group=${group} action=${action} since=${since} -->`;
}

/** The key a body's first line names; undefined for a body without the marker. */
export function parseProposalMarker(body: string): ProposalKey | undefined {
  const match = MARKER.exec(body);
  if (!match) return undefined;
  const [, group = '', action, since = ''] = match;
  if (!SLUG.test(group) || !isPlainDate(since)) return undefined;
  return { group, action: action as LifecycleAction, since };
}

/**
 * Ends the comment on the audit issue linking an inactivation's pull request: one per episode,
 * found again by this mark and the bot's own account id (a person's copy counts for nothing).
 */
export function commentMarker({ group, since }: Pick<ProposalKey, 'group' | 'since'>): string {
  return `<!-- tech-groups-registry:lifecycle-proposed group=${group} since=${since} -->`;
}

/** What today's decision wants proposed for one group, its texts already written. */
export interface DesiredProposal extends ProposalKey {
  /** The audit issue an inactivation follows from (it gets one comment); null for the others. */
  issue: number | null;
  /** The files the commit changes: exactly what `tgr lifecycle` would write (null: deleted). */
  files: ProposalFile[];
  commitMessage: string;
  title: string;
  body: string;
}

/** A pull request with what the plan needs to know of it (each read only where it matters). */
export interface KnownPull extends ProposalPull {
  /** Open pull requests: each commit's author id (null for one linked to no account). */
  commitAuthors?: ReadonlyArray<number | null>;
  /** Closed, unmerged: who closed it (null when unknown or deleted). */
  closedBy?: number | null;
  /** Open: each file of the desired proposal as the head commit holds it, by path. */
  held?: ReadonlyMap<string, string | null>;
}

/** What the host shows, read by the orchestrator. */
export interface ProposalState {
  /** The numeric id of the bot's own account. */
  self: number;
  /** The default branch's name and head commit: every new commit sits on it. */
  base: { branch: string; sha: string };
  /** Which of the three labels the repository has. */
  labels: ReadonlySet<ProposalLabel>;
  /** Every pull request from `tgr/lifecycle/<slug>` in this repository, by slug. */
  pulls: ReadonlyMap<string, readonly KnownPull[]>;
  /**
   * The groups whose branch exists with no open pull request and holds a commit the bot did not
   * make: nothing is opened there (pushing would overwrite it).
   */
  takenBranches?: ReadonlySet<string>;
  /** The comments on each audit issue an inactivation follows from. */
  comments: ReadonlyMap<number, readonly IssueComment[]>;
}

export type CloseReason =
  /** The group is no longer decided for any action (it qualified again, or its file is gone). */
  | 'no-longer'
  /** Another action is decided for the group now (its proposal replaces this one). */
  | 'replaced';

/** One write the plan asks for; `comment.pull` null means the one this run opens for the group. */
export type ProposalStep =
  | { type: 'create-labels'; labels: ProposalLabel[] }
  | {
      type: 'close';
      key: ProposalKey;
      number: number;
      branch: string;
      reason: CloseReason;
    }
  | { type: 'update'; desired: DesiredProposal; number: number; branch: string }
  | { type: 'open'; desired: DesiredProposal; branch: string }
  | {
      type: 'comment';
      issue: number;
      key: ProposalKey;
      /** The pull request to link; null for the one opened by this run's `open` of the group. */
      pull: number | null;
    };

export type SkipReason =
  /** A person closed the bot's proposal for this episode unmerged: declined, not proposed again. */
  | 'declined'
  /** The bot's proposal for this episode was merged already. */
  | 'merged'
  /** The bot's open proposal holds a commit the bot did not make: never overwritten. */
  | 'foreign-commits'
  /** Someone else's open pull request uses the branch. */
  | 'branch-in-use'
  /** The branch exists without an open pull request and holds a commit the bot did not make. */
  | 'branch-taken'
  /** Beyond `maxPullRequests` for this run: the next run opens it. */
  | 'over-limit'
  /** The bot's open proposal already holds exactly this. */
  | 'unchanged';

export interface ProposalSkip {
  key: ProposalKey;
  reason: SkipReason;
  /** The pull request concerned, when there is one. */
  number: number | null;
}

export interface ProposalPlan {
  steps: ProposalStep[];
  skipped: ProposalSkip[];
}

export interface PlanOptions {
  /** At most this many pull requests opened (default `DEFAULT_MAX_PULL_REQUESTS`). */
  maxPullRequests: number;
}

/** The pull requests that are the bot's: opened by its own account, with its marker. */
function botsOwn(
  pulls: readonly KnownPull[],
  self: number,
  slug: string,
): Array<KnownPull & { key: ProposalKey }> {
  return pulls.flatMap((pull) => {
    const key = parseProposalMarker(pull.body);
    // Anyone may open a pull request with a copy of the marker: it counts for nothing.
    return pull.authorId === self && key !== undefined && key.group === slug
      ? [{ ...pull, key }]
      : [];
  });
}

function sameEpisode(a: ProposalKey, b: ProposalKey): boolean {
  return a.group === b.group && a.action === b.action && a.since === b.since;
}

/**
 * Whether the bot's open proposal already holds what today writes, for the same episode: then
 * it is left as it is, and a second run the same day changes nothing. The day an inactivation
 * writes (`inactiveSince`, the day of its run) does not count: a proposal waiting for its review
 * is not pushed again each week only to move that day, which would dismiss its approvals and
 * run its check again.
 */
export function isCurrent(pull: KnownPull & { key: ProposalKey }, want: DesiredProposal): boolean {
  return (
    sameEpisode(pull.key, want) &&
    want.files.every((file) => {
      const held = pull.held?.get(file.path);
      return (
        held === file.content ||
        (held != null &&
          file.content !== null &&
          withoutInactiveDay(held) === withoutInactiveDay(file.content))
      );
    })
  );
}

/** A file's text with the value of its top-level `inactiveSince` line left out. */
function withoutInactiveDay(text: string): string {
  return text.replace(/^(inactiveSince:[ \t]*)\d{4}-\d{2}-\d{2}/m, '$1');
}

/**
 * Whether every commit on a pull request is the bot's (an unlinked commit is not); commits not
 * read count as not the bot's.
 */
function onlyBots(pull: KnownPull, self: number): boolean {
  return pull.commitAuthors !== undefined && pull.commitAuthors.every((id) => id === self);
}

/** Whether the bot already linked this episode's proposal on its audit issue. */
function commented(comments: readonly IssueComment[] | undefined, key: ProposalKey, self: number) {
  const mark = commentMarker(key);
  return (comments ?? []).some((comment) => comment.author === self && comment.body.endsWith(mark));
}

/**
 * Reconciles today's decisions with the pull requests that exist, one group at a time (by slug):
 * - the bot's open proposal for the same group and action is updated when the file it holds (or
 *   the episode) differs from what today writes, else left (`unchanged`); never when it holds a
 *   commit the bot did not make (`foreign-commits`);
 * - without one, a proposal is opened unless the bot's proposal for this very episode was closed
 *   unmerged by anyone but the bot (`declined`) or merged (`merged`), someone else's pull request
 *   holds the branch (`branch-in-use`), or this run opened `maxPullRequests` already
 *   (`over-limit`);
 * - the bot's open proposal that today does not decide (the group qualified again, its file is
 *   gone, or another action is decided) is closed and its branch deleted, unless it holds a
 *   commit the bot did not make;
 * - an inactivation's audit issue gets one comment linking the proposal, once per episode.
 * Writes come in the order they are applied: labels, closes, updates, then each open with its
 * comment, then comments for proposals that were open already.
 */
export function planProposals(
  desired: readonly DesiredProposal[],
  state: ProposalState,
  options: PlanOptions,
): ProposalPlan {
  const { self } = state;
  const closes: ProposalStep[] = [];
  const updates: ProposalStep[] = [];
  const opens: ProposalStep[] = [];
  const later: ProposalStep[] = [];
  const skipped: ProposalSkip[] = [];
  const wanted = new Map(desired.map((proposal) => [proposal.group, proposal]));
  // Branches whose open proposal stays (foreign commits): nothing new can be opened there.
  const blocked = new Map<string, { reason: SkipReason; number: number }>();

  // The bot's open proposals today does not decide, or decides otherwise.
  for (const slug of [...state.pulls.keys()].sort()) {
    for (const pull of botsOwn(state.pulls.get(slug) ?? [], self, slug)) {
      if (pull.state !== 'open') continue;
      const want = wanted.get(slug);
      if (want?.action === pull.key.action) continue;
      if (!onlyBots(pull, self)) {
        skipped.push({ key: pull.key, reason: 'foreign-commits', number: pull.number });
        blocked.set(slug, { reason: 'foreign-commits', number: pull.number });
        continue;
      }
      closes.push({
        type: 'close',
        key: pull.key,
        number: pull.number,
        branch: proposalBranch(slug),
        reason: want === undefined ? 'no-longer' : 'replaced',
      });
    }
  }

  let opened = 0;
  for (const want of [...desired].sort((a, b) => (a.group < b.group ? -1 : 1))) {
    const branch = proposalBranch(want.group);
    const pulls = state.pulls.get(want.group) ?? [];
    const own = botsOwn(pulls, self, want.group);
    const current = own.find((pull) => pull.state === 'open' && pull.key.action === want.action);
    const needsComment = (pull: number | null) =>
      want.action === 'inactivate' &&
      want.issue !== null &&
      !commented(state.comments.get(want.issue), want, self)
        ? [{ type: 'comment' as const, issue: want.issue, key: keyOf(want), pull }]
        : [];

    if (current !== undefined) {
      // Unchanged first: a proposal left as it is needs no look at its commits.
      if (isCurrent(current, want)) {
        skipped.push({ key: keyOf(want), reason: 'unchanged', number: current.number });
      } else if (!onlyBots(current, self)) {
        skipped.push({ key: keyOf(want), reason: 'foreign-commits', number: current.number });
        continue;
      } else {
        updates.push({ type: 'update', desired: want, number: current.number, branch });
      }
      later.push(...needsComment(current.number));
      continue;
    }

    const block = blocked.get(want.group);
    if (block !== undefined) {
      skipped.push({ key: keyOf(want), reason: block.reason, number: block.number });
      continue;
    }
    const settled = own.find(
      (pull) =>
        pull.state === 'closed' &&
        sameEpisode(pull.key, want) &&
        (pull.merged || pull.closedBy !== self),
    );
    if (settled !== undefined) {
      skipped.push({
        key: keyOf(want),
        reason: settled.merged ? 'merged' : 'declined',
        number: settled.number,
      });
      continue;
    }
    // Someone else's open pull request from the branch: a push would take it over.
    const foreign = pulls.find(
      (pull) => pull.state === 'open' && !own.some((mine) => mine.number === pull.number),
    );
    if (foreign !== undefined) {
      skipped.push({ key: keyOf(want), reason: 'branch-in-use', number: foreign.number });
      continue;
    }
    if (state.takenBranches?.has(want.group) === true) {
      skipped.push({ key: keyOf(want), reason: 'branch-taken', number: null });
      continue;
    }
    if (opened >= options.maxPullRequests) {
      skipped.push({ key: keyOf(want), reason: 'over-limit', number: null });
      continue;
    }
    opened++;
    opens.push({ type: 'open', desired: want, branch }, ...needsComment(null));
  }

  const missing = Object.values(PROPOSAL_LABELS).filter((label) => !state.labels.has(label));
  // Made whenever one is missing: they arm the stages (see `modeOf`) and label what is opened.
  const labels: ProposalStep[] =
    missing.length > 0 ? [{ type: 'create-labels', labels: missing }] : [];
  return { steps: [...labels, ...closes, ...updates, ...opens, ...later], skipped };
}

function keyOf({ group, action, since }: ProposalKey): ProposalKey {
  return { group, action, since };
}

/**
 * The writes GitHub counts for each step, against the run's write budget as the audit's are:
 * open is a tree, a commit, a branch, the pull request and its labels; update a tree, a commit,
 * the branch moved and the pull request edited; close a comment, the close and the branch deleted.
 */
export function costOfStep(step: ProposalStep): number {
  switch (step.type) {
    case 'create-labels':
      return step.labels.length;
    case 'open':
      return 5;
    case 'update':
      return 4;
    case 'close':
      return 3;
    case 'comment':
      return 1;
  }
}

/**
 * Whether a run acts: `true` plans only and writes nothing; `false` acts; `'auto'` acts once the
 * stages were armed, that is once the repository has any of the three labels, and before that
 * writes only the labels (the first run after turning the stages on is a dry run).
 */
export type ProposalMode = 'act' | 'dry-run' | 'first-run';

export function modeOf(dryRun: boolean | 'auto', labels: ReadonlySet<ProposalLabel>): ProposalMode {
  if (dryRun === true) return 'dry-run';
  if (dryRun === false) return 'act';
  return labels.size === 0 ? 'first-run' : 'act';
}
