import type { PlainDate } from '../core/dates.js';
import { assessCadence } from '../core/meetups.js';
import type { Policy } from '../core/policy.js';
import { asText, field } from '../core/read.js';
import type { IssueComment } from '../audit/plan.js';
import type { GroupFileStore, RegistryDisk } from '../load/port.js';
import { readRegistry } from '../load/registry.js';
import { SLUG } from '../core/names.js';
import {
  PROPOSAL_LABELS,
  proposalBranch,
  type ProposalHost,
  type ProposalLabel,
  type ProposalWrite,
} from './proposal-port.js';
import {
  renderCloseComment,
  renderIssueComment,
  renderProposal,
  type ProposalGroup,
} from './proposal-text.js';
import {
  costOfStep,
  DEFAULT_MAX_PULL_REQUESTS,
  isCurrent,
  modeOf,
  parseProposalMarker,
  planProposals,
  PROPOSAL_BRANCH_PREFIX,
  type DesiredProposal,
  type KnownPull,
  type ProposalMode,
  type ProposalSkip,
  type ProposalStep,
} from './proposals.js';
import {
  runLifecycle,
  type LifecycleHost,
  type LifecycleOutcome,
  type PlannedChange,
} from './run-lifecycle.js';

export interface ProposalsOptions {
  /** The repository's checkout: group files' registry paths are their paths in the repository. */
  root: string;
  today: PlainDate;
  policy: Policy;
  /**
   * `true` plans and writes nothing; `false` acts; `'auto'` acts once the repository has any of
   * the three lifecycle labels and, before that (the stages were never armed), writes only the
   * labels and says the next run acts.
   */
  dryRun: boolean | 'auto';
  /** At most this many pull requests opened this run; default `DEFAULT_MAX_PULL_REQUESTS` (10). */
  maxPullRequests?: number;
  /** Most writes this run may make, counted as `costOfStep` counts; the rest waits (`deferred`). */
  maxWrites: number;
}

export interface ProposalsPort {
  /** The registry, read as tgr lifecycle reads it. */
  disk: RegistryDisk;
  /** The group files, only ever read here: the edits go into the proposals, not on disk. */
  files: GroupFileStore;
  /** The audit's issues, the bot's account and the leaders' accounts, as tgr lifecycle asks. */
  host: LifecycleHost;
  proposals: ProposalHost;
}

/** A write that was made; `number` is the pull request an `open` made. */
export type DoneStep = ProposalStep & { number?: number };

export interface ProposalsOutcome {
  mode: ProposalMode;
  /** Whether the stages are on at all (off: nothing is read or written). */
  enabled: boolean;
  /** Today's decisions, as `tgr lifecycle` makes them. */
  changes: PlannedChange[];
  /** Decisions whose file could not be edited: no proposal (the reason says why). */
  errors: LifecycleOutcome['errors'];
  /** Every write the plan asks for (in a dry run, what the run would do). */
  planned: ProposalStep[];
  done: DoneStep[];
  skipped: ProposalSkip[];
  /** Planned writes left for the next run (over the write budget, or after a failure). */
  deferred: ProposalStep[];
  failure: string | undefined;
}

/**
 * The lifecycle's pull requests (issue 23, items 4 and 5): today's decisions made by `runLifecycle`
 * against an overlay of the group files that keeps every edit in memory, so each proposal carries
 * exactly the file `tgr lifecycle` would write; the pull requests that exist read from the host;
 * the plan (`planProposals`); and its writes applied in order under the run's budget, each open
 * followed by the comment on its audit issue with the new number.
 */
export async function runLifecycleProposals(
  options: ProposalsOptions,
  port: ProposalsPort,
): Promise<ProposalsOutcome> {
  const { policy, today } = options;
  const empty: ProposalsOutcome = {
    mode: options.dryRun === true ? 'dry-run' : 'act',
    enabled: policy.lifecycle.enabled,
    changes: [],
    errors: [],
    planned: [],
    done: [],
    skipped: [],
    deferred: [],
    failure: undefined,
  };
  // Stages off: no decision, and the open proposals stay as they are (turning the stages off
  // is not a reason to close them all).
  if (!policy.lifecycle.enabled) return empty;

  const overlay = overlayStore(port.files);
  const decided = await runLifecycle(
    { root: options.root, today, policy, dryRun: false },
    { disk: port.disk, files: overlay, host: port.host },
  );
  // The proposals' texts need the decided groups' names and counts: the registry is read for
  // them only when something was decided, and only those groups are assessed.
  const decidedSlugs = new Set(decided.applied.map((change) => change.group));
  const groups =
    decidedSlugs.size === 0
      ? new Map<string, ProposalGroup>()
      : await groupsBySlug(port.disk, options.root, today, policy, decidedSlugs);
  const desired: DesiredProposal[] = decided.applied.map((change) => {
    const group = groups.get(change.group) ?? {
      name: change.group,
      language: undefined,
      counted: 0,
      required: 0,
    };
    return {
      group: change.group,
      action: change.action,
      since: change.since,
      issue: change.issue,
      files: [{ path: change.path, content: overlay.written(change.path) }],
      ...renderProposal(change, group, policy),
    };
  });

  const host = port.proposals;
  const self = await host.ownAccountId();
  const base = await host.defaultHead();
  const labels = new Set<ProposalLabel>();
  for (const label of Object.values(PROPOSAL_LABELS))
    if (await host.hasLabel(label)) labels.add(label);

  // Pull requests by slug: every one from each decided group's branch, and every open one under
  // the prefix (a proposal whose group is no longer decided, or whose file is gone).
  const pulls = new Map<string, KnownPull[]>();
  const add = (slug: string, pull: KnownPull) => {
    const list = pulls.get(slug) ?? [];
    if (!list.some((known) => known.number === pull.number)) list.push(pull);
    pulls.set(slug, list);
  };
  for (const pull of await host.openPullsUnder(PROPOSAL_BRANCH_PREFIX)) {
    const slug = pull.branch.slice(PROPOSAL_BRANCH_PREFIX.length);
    if (!pull.branch.startsWith(PROPOSAL_BRANCH_PREFIX) || !SLUG.test(slug)) continue;
    add(slug, pull);
  }
  for (const want of desired)
    for (const pull of await host.pullsFrom(proposalBranch(want.group))) add(want.group, pull);
  // A group still decided whose file could not be edited: its proposal stays as it is (closing
  // it would say the group no longer needs the change).
  for (const { group } of decided.errors) pulls.delete(group);

  // What the plan needs of the bot's own proposals, read only for those.
  const wanted = new Map(desired.map((want) => [want.group, want]));
  for (const [slug, list] of pulls) {
    for (const [index, pull] of list.entries()) {
      const key = parseProposalMarker(pull.body);
      if (pull.authorId !== self || key === undefined || key.group !== slug) continue;
      const want = wanted.get(slug);
      let known: KnownPull = pull;
      if (pull.state === 'open') {
        if (want?.action === key.action) {
          const held = new Map<string, string | null>();
          for (const file of want.files)
            held.set(file.path, await host.fileAt(pull.headSha, file.path));
          known = { ...known, held };
        }
        // Its commits matter only to a write (an update or a close): one read, only then.
        if (want?.action !== key.action || !isCurrent({ ...known, key }, want))
          known = { ...known, commitAuthors: await host.commitAuthorIds(pull.number) };
      } else if (
        !pull.merged &&
        want !== undefined &&
        want.action === key.action &&
        want.since === key.since
      ) {
        known = { ...known, closedBy: await host.closedBy(pull.number) };
      }
      list[index] = known;
    }
  }
  // A branch with no open pull request may still hold someone's commits: asked only where this
  // run could open a proposal, one read each.
  const takenBranches = new Set<string>();
  for (const want of desired)
    if (
      !(pulls.get(want.group) ?? []).some((pull) => pull.state === 'open') &&
      (await host.branchHolder(proposalBranch(want.group))) === 'other'
    )
      takenBranches.add(want.group);
  const comments = new Map<number, IssueComment[]>();
  for (const want of desired)
    if (want.action === 'inactivate' && want.issue !== null && !comments.has(want.issue))
      comments.set(want.issue, await host.comments(want.issue));

  const plan = planProposals(
    desired,
    { self, base, labels, pulls, comments, takenBranches },
    { maxPullRequests: options.maxPullRequests ?? DEFAULT_MAX_PULL_REQUESTS },
  );
  const mode = modeOf(options.dryRun, labels);
  const outcome: ProposalsOutcome = {
    ...empty,
    mode,
    changes: decided.changes,
    errors: decided.errors,
    planned: plan.steps,
    skipped: plan.skipped,
  };
  if (mode === 'dry-run') return outcome;
  const toApply =
    mode === 'first-run' ? plan.steps.filter((step) => step.type === 'create-labels') : plan.steps;

  const opened = new Map<string, number>();
  let spent = 0;
  let index = 0;
  for (; index < toApply.length; index++) {
    const step = toApply[index];
    if (step === undefined || spent + costOfStep(step) > options.maxWrites) break;
    const write = writeOf(step, base, opened, groups);
    // A comment for a proposal this run could not open waits for the run that opens it.
    if (write === undefined) continue;
    try {
      const number = await host.apply(write);
      spent += costOfStep(step);
      if (step.type === 'open' && number !== undefined) opened.set(step.desired.group, number);
      outcome.done.push(step.type === 'open' && number !== undefined ? { ...step, number } : step);
    } catch (error: unknown) {
      // Stop here: the next run re-plans from what the host then shows, so nothing is lost.
      outcome.failure = error instanceof Error ? error.message : String(error);
      break;
    }
  }
  outcome.deferred = toApply.slice(index).filter((step) => !outcome.done.includes(step));
  return outcome;
}

/** The host's write for one step; undefined for a comment whose pull request was not opened. */
function writeOf(
  step: ProposalStep,
  base: { branch: string; sha: string },
  opened: ReadonlyMap<string, number>,
  groups: ReadonlyMap<string, ProposalGroup>,
): ProposalWrite | undefined {
  switch (step.type) {
    case 'create-labels':
      return step;
    case 'close':
      return {
        type: 'close',
        number: step.number,
        branch: step.branch,
        comment: renderCloseComment(step.reason, groups.get(step.key.group)?.language),
      };
    case 'update':
    case 'open': {
      const { desired } = step;
      const commit = {
        branch: step.branch,
        baseBranch: base.branch,
        baseSha: base.sha,
        files: desired.files,
        commitMessage: desired.commitMessage,
        title: desired.title,
        body: desired.body,
      };
      return step.type === 'update'
        ? { type: 'update', number: step.number, ...commit }
        : { type: 'open', ...commit, labels: [PROPOSAL_LABELS[desired.action]] };
    }
    case 'comment': {
      const pull = step.pull ?? opened.get(step.key.group);
      if (pull === undefined) return undefined;
      return {
        type: 'comment',
        issue: step.issue,
        body: renderIssueComment(step.key, pull, groups.get(step.key.group)?.language),
      };
    }
  }
}

/** Each group's name, language and meetups counted now, by slug, from its file. */
async function groupsBySlug(
  disk: RegistryDisk,
  root: string,
  today: PlainDate,
  policy: Policy,
  wanted: ReadonlySet<string>,
): Promise<Map<string, ProposalGroup>> {
  const groups = new Map<string, ProposalGroup>();
  for (const file of await readRegistry(disk, root)) {
    if (!file.content.ok) continue;
    const { data } = file.content;
    const slug = asText(field(data, 'slug'));
    if (slug === undefined || !wanted.has(slug) || groups.has(slug)) continue;
    const cadence = assessCadence(data, today, policy);
    groups.set(slug, {
      name: asText(field(data, 'name')) ?? slug,
      language: asText(field(data, 'language')),
      counted: cadence.counted.length,
      required: cadence.required,
    });
  }
  return groups;
}

/**
 * The group files as `port.files` holds them, with every write and removal kept in memory: the
 * decision edits files exactly as `tgr lifecycle` does, and the disk stays as it is.
 */
function overlayStore(files: GroupFileStore): GroupFileStore & {
  /** The text written to a path, or null when it was removed; throws for a path left as it was. */
  written(path: string): string | null;
} {
  const writes = new Map<string, string | null>();
  return {
    list: () => files.list(),
    async read(path) {
      const text = writes.get(path);
      if (text === null) throw new Error(`${path} was removed`);
      return text === undefined ? files.read(path) : new TextEncoder().encode(text);
    },
    write(path, text) {
      writes.set(path, text);
      return Promise.resolve();
    },
    remove(path) {
      writes.set(path, null);
      return Promise.resolve();
    },
    written(path) {
      const text = writes.get(path);
      // Applied means written or removed: never read "untouched" as "deleted".
      if (text === undefined)
        throw new Error(`${path} was decided but neither written nor removed`);
      return text;
    },
  };
}
