import type { LoadPlaces } from '../core/places.js';
import path from 'node:path';
import type { PlainDate } from '../core/dates.js';
import type { Policy } from '../core/policy.js';
import type { GroupFile } from '../load/group-file.js';
import type { RegistryDisk } from '../load/port.js';
import { listRegistry, readGroupFiles, registryPathOf } from '../load/registry.js';
import {
  assess,
  desiredState,
  groupPathsChanged,
  mayHaveBeenAsked,
  recordedVerdicts,
  touchesChanged,
  twinCandidates,
  twinsOutcome,
} from './decide.js';
import type { PrEvent } from './event.js';
import { gather, lookUpTwins, readPushTrees } from './gather.js';
import { planPr, type PrAction } from './plan.js';
import type { PullRequestHost } from './port.js';
import type { PrReport } from './report.js';

export { FILES_LISTED, MAX_GROUP_FILES } from './gather.js';
export { MAX_TWIN_LOOKUPS } from './decide.js';

export interface PrCheckOptions {
  /** The default branch's checkout: the registry as it is, and the code that checks the change. */
  root: string;
  /** The checkout's files (the disk, from the entry point). */
  disk: RegistryDisk;
  /** The place index (the disk, from the entry point), for the place rules. */
  loadPlaces?: LoadPlaces;
  today: PlainDate;
  policy: Policy;
  event: PrEvent;
  /** The folder of rule pages every finding links to (the `docs-url` input, or this version's). */
  rulePages: string;
  /** The clock that dates a new request for consent (default: now). */
  now?: () => Date;
}

export type PrCheckResult =
  | { number: number | undefined; skipped: string }
  | {
      number: number;
      skipped?: undefined;
      report: PrReport;
      actions: PrAction[];
      headSha: string;
    };

/**
 * The pull-request check: reads exactly one head commit through the API (never checking out or
 * running the pull request's code), checks it against the program rules and the registry, works
 * out who must still act, and brings the comment, labels and check run up to date for that
 * commit. Whatever it cannot read or understand ends in a failure or a maintainer's review,
 * never in a pass.
 */
export async function runPrCheck(
  options: PrCheckOptions,
  host: PullRequestHost,
): Promise<PrCheckResult[]> {
  const { event } = options;
  if (event.kind === 'ignored') return [{ number: undefined, skipped: event.reason }];
  if (event.kind === 'push') return recheckAfterPush(event, options, host);
  if (event.kind === 'comment') {
    // Anyone can write `/consent`; only someone this check asked can change its outcome. One
    // request tells, so a flood of comments cannot spend the repository's API budget.
    const first = await host.firstComments(event.number);
    if (!mayHaveBeenAsked(first, event.commenter))
      return [
        { number: event.number, skipped: 'the /consent is not from anyone this check asked' },
      ];
  }
  if (event.kind !== 'review')
    return [await checkPullRequest(event.number, event.defaultBranch, options, host)];
  // A review names no pull request: find the open ones into the default branch with its head.
  const pulls = (await host.openPullRequestsFrom(event.head)).filter(
    (pull) => pull.baseRef === event.defaultBranch,
  );
  if (pulls.length === 0)
    return [
      {
        number: undefined,
        skipped: `no open pull request into ${event.defaultBranch} comes from that branch`,
      },
    ];
  const results: PrCheckResult[] = [];
  for (const pull of pulls)
    results.push(await checkPullRequest(pull.number, event.defaultBranch, options, host));
  return results;
}

/**
 * After a push to the default branch, this many of the most recently updated open pull requests
 * into it are looked at; those that touch a group file the push changed are checked again. Older
 * ones keep their verdict until their own next event (see the threat model, docs/maintainers.md).
 */
export const MAX_RECHECKS = 20;

/**
 * Re-checks the open pull requests a push to the default branch may have changed the verdict of:
 * one whose group file (at its path, or its old path for a rename) the push changed, or every one
 * looked at when the push cannot be compared. Each re-check is the whole check.
 */
async function recheckAfterPush(
  event: Extract<PrEvent, { kind: 'push' }>,
  options: PrCheckOptions,
  host: PullRequestHost,
): Promise<PrCheckResult[]> {
  const changed = groupPathsChanged(await readPushTrees(event.before, event.after, host));
  if (changed !== 'unknown' && changed.size === 0)
    return [{ number: undefined, skipped: 'the push changed no group file' }];
  const pulls = await host.recentPullRequestsInto(event.defaultBranch, MAX_RECHECKS);
  if (pulls.length === 0)
    return [{ number: undefined, skipped: `no pull request into ${event.defaultBranch} is open` }];
  const results: PrCheckResult[] = [];
  for (const pull of pulls) {
    const touches =
      changed === 'unknown' || touchesChanged(await host.changedFiles(pull.number), changed);
    results.push(
      touches
        ? await checkPullRequest(pull.number, event.defaultBranch, options, host)
        : { number: pull.number, skipped: 'it changes no group file the push changed' },
    );
  }
  return results;
}

/** One pull request, in the order the check runs: read, decide, read the twins, write. */
async function checkPullRequest(
  number: number,
  defaultBranch: string,
  options: PrCheckOptions,
  host: PullRequestHost,
): Promise<PrCheckResult> {
  // Every read no decision depends on: the pull request, its files, the people, the runs.
  const gathered = await gather(number, defaultBranch, {
    host,
    base: () => readBaseRegistry(options.disk, options.root),
    now: options.now ?? (() => new Date()),
    loadPlaces: options.loadPlaces,
  });
  if ('skipped' in gathered) return { number, skipped: gathered.skipped };
  const { pr, people, runs } = gathered;

  // The verdict and who must still act, from that data alone.
  const report = assess(gathered, options);

  // The one read a verdict chooses: twins recorded with a more permissive verdict than this one.
  const recorded = recordedVerdicts(pr.number, runs);
  const found = await lookUpTwins(pr, twinCandidates(recorded, report.verdict), host);
  const twins = twinsOutcome(pr.number, report.verdict, recorded, found);

  // The labels as they are now, and the writes that bring the pull request up to date.
  const actions = planPr(desiredState(pr, report, twins), {
    comments: people.own.map(({ id, body }) => ({ id, body })),
    labels: await host.labels(pr.number),
    repoLabels: await host.repoLabels(),
    checkRun: runs.at(-1),
  });
  await host.apply(pr.number, actions);
  return { number: pr.number, report, actions, headSha: pr.headSha };
}

async function readBaseRegistry(disk: RegistryDisk, root: string): Promise<Map<string, GroupFile>> {
  const display = (absolute: string): string =>
    registryPathOf(absolute, root) ?? path.basename(absolute);
  const files = readGroupFiles(disk, await listRegistry(disk, root), root, display);
  return new Map(files.map((file) => [file.path, file]));
}
