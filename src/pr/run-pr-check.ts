import { languageOf } from '../i18n/findings/index.js';
import path from 'node:path';
import type { IdentityContext } from '../core/accounts.js';
import type { PlainDate } from '../core/dates.js';
import type { Policy } from '../core/policy.js';
import { evaluate } from '../evaluate/evaluate.js';
import { loadGroupFile, nonRegularGroupFile, type GroupFile } from '../load/group-file.js';
import type { RegistryDisk } from '../load/port.js';
import { listRegistry, readGroupFiles, registryPathOf } from '../load/registry.js';
import { askedLogins, readAsks, renderAsks } from './asks.js';
import {
  authorize,
  leaders,
  type Actor,
  type Consent,
  type Need,
  type Participants,
} from './authorization.js';
import {
  describeChange,
  partitionFiles,
  type ChangedFile,
  type GroupChange,
  type Side,
} from './changes.js';
import { MAX_RECORDED_PULLS, readCheckRecord } from './check-record.js';
import { PR_COMMENT_MARKER, renderCheckSummary, renderPrComment } from './comment.js';
import { isConsentComment, type PrEvent } from './event.js';
import { conclusionOf, MAX_ANNOTATIONS, planPr, toAnnotation, type PrAction } from './plan.js';
import type {
  CommentsPage,
  GroupTree,
  IssueComment,
  PullRequestHost,
  PullRequestInfo,
  RecordedCheck,
  Review,
} from './port.js';
import {
  buildPrReport,
  labelsFor,
  STRICTNESS,
  type NotChecked,
  type PrReport,
  type Verdict,
} from './report.js';

export interface PrCheckOptions {
  /** The default branch's checkout: the registry as it is, and the code that checks the change. */
  root: string;
  /** The checkout's files (the disk, from the entry point). */
  disk: RegistryDisk;
  today: PlainDate;
  policy: Policy;
  event: PrEvent;
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

/** GitHub lists at most this many files of a pull request. */
export const FILES_LISTED = 3000;

/**
 * Past this many changed group files the check does not read them one by one (each costs a
 * request, and the workflow token has about 1,000 an hour): a maintainer must review.
 */
export const MAX_GROUP_FILES = 100;

const REGULAR_FILE = new Set(['100644', '100755']);

/**
 * At most this many other pull requests with the same head commit are looked up per run, the
 * most permissive first: enough for real twins, and a bound on what a crowd of them can cost.
 */
export const MAX_TWIN_LOOKUPS = 5;

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
 * ones keep their verdict until their own next event (see the README's threat model).
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
  const changed = await changedGroupPaths(event.before, event.after, host);
  if (changed !== 'unknown' && changed.size === 0)
    return [{ number: undefined, skipped: 'the push changed no group file' }];
  const pulls = await host.recentPullRequestsInto(event.defaultBranch, MAX_RECHECKS);
  if (pulls.length === 0)
    return [{ number: undefined, skipped: `no pull request into ${event.defaultBranch} is open` }];
  const results: PrCheckResult[] = [];
  for (const pull of pulls) {
    const touches =
      changed === 'unknown' ||
      (await host.changedFiles(pull.number)).some(
        (file) =>
          changed.has(file.path) ||
          (file.previousPath !== undefined && changed.has(file.previousPath)),
      );
    results.push(
      touches
        ? await checkPullRequest(pull.number, event.defaultBranch, options, host)
        : { number: pull.number, skipped: 'it changes no group file the push changed' },
    );
  }
  return results;
}

/**
 * The group files that differ between two commits, by path (content or mode); 'unknown' when
 * either side cannot be read in full (a `before` gone after a force-push, a truncated tree).
 */
async function changedGroupPaths(
  before: string,
  after: string,
  host: PullRequestHost,
): Promise<Set<string> | 'unknown'> {
  let old: GroupTree;
  try {
    old = await host.groupTree(before);
  } catch {
    return 'unknown';
  }
  const now = await host.groupTree(after);
  if (old.truncated || now.truncated) return 'unknown';
  const changed = new Set<string>();
  for (const path of new Set([...old.entries.keys(), ...now.entries.keys()])) {
    const [a, b] = [old.entries.get(path), now.entries.get(path)];
    if (a?.sha !== b?.sha || a?.mode !== b?.mode) changed.add(path);
  }
  return changed;
}

async function checkPullRequest(
  number: number,
  defaultBranch: string,
  options: PrCheckOptions,
  host: PullRequestHost,
): Promise<PrCheckResult> {
  const pr = await host.pullRequest(number);
  if (pr.state !== 'open') return { number, skipped: 'the pull request is closed' };
  // A pull request into another branch is checked against nothing: its verdict would land on the
  // same head commit that branch protection of the default branch reads.
  if (pr.baseRef !== defaultBranch)
    return {
      number,
      skipped: `the pull request is into ${pr.baseRef}; only pull requests into ${defaultBranch} are checked`,
    };

  let files: ChangedFile[] | undefined;
  if (pr.changedFiles <= FILES_LISTED) {
    files = await host.changedFiles(number);
    // One commit from start to end: a push while the files were listed makes the list another
    // commit's. That push starts its own run.
    const again = await host.pullRequest(number);
    if (again.headSha !== pr.headSha)
      return { number, skipped: `the pull request moved on to ${again.headSha} while it was read` };
  }
  if (files === undefined || files.length < pr.changedFiles)
    return finish(pr, tooLarge({ count: pr.changedFiles, what: 'files' }), options, host);

  const { groups: listed, outside } = partitionFiles(files);
  if (listed.length > MAX_GROUP_FILES)
    return finish(
      pr,
      tooLarge({ count: listed.length, what: 'group-files' }, outside),
      options,
      host,
    );
  const tree = listed.length === 0 ? undefined : await host.groupTree(pr.headSha);
  if (tree?.truncated === true)
    return finish(
      pr,
      tooLarge({ count: listed.length, what: 'group-files' }, outside),
      options,
      host,
    );

  // A file moves only if its old path is gone: a "rename" whose old path the head still has is
  // a copy, a new group that the original's leaders and data do not vouch for.
  const changed = listed.map((file): ChangedFile =>
    file.previousPath !== undefined && tree?.entries.has(file.previousPath) === true
      ? { path: file.path, status: 'added' }
      : file,
  );

  // Head versions come from the head commit's tree, whatever the file list says about them;
  // base versions are the files in this checkout of the default branch.
  const heads = new Map<string, GroupFile>();
  for (const file of changed) {
    const head = await readHead(file.path, tree, host);
    if (head !== undefined) heads.set(file.path, head);
  }
  const baseFiles = await readBaseRegistry(options.disk, options.root);
  const basePaths = new Set(
    changed.flatMap((file) => [
      file.path,
      ...(file.previousPath === undefined ? [] : [file.previousPath]),
    ]),
  );
  const registry = [...baseFiles.values()]
    .filter((file) => !basePaths.has(file.path))
    .concat([...heads.values()]);
  const described = changed.map((file) =>
    describeChange(
      file.path,
      sideOf(baseFiles.get(file.previousPath ?? file.path)),
      sideOf(heads.get(file.path)),
      file.previousPath,
    ),
  );
  const identity = await lookUpPeople(described, host);
  const results = evaluate(registry, {
    today: options.today,
    policy: options.policy,
    reportOn: (file) => heads.get(file.path) === file,
    identity,
  });
  const findingsOf = new Map(results.map((result) => [result.file.path, result.findings]));
  const changes = described.map((change) => ({
    change,
    findings: findingsOf.get(change.path) ?? [],
  }));

  return finish(
    pr,
    (participants) => ({
      needs: mentionOnlyAccounts(authorize(described, outside, participants), identity.accounts),
      changes,
      outside,
    }),
    options,
    host,
  );
}

/**
 * GitHub's answers for the people a change names anew or changes (whose `githubId` must then be
 * that login's account: `leaders/github-id` checks it), and for the people it removes (to know
 * whether their login is still theirs before mentioning it). Only changed entries are looked
 * up, so the cost follows the pull request, not the registry.
 */
async function lookUpPeople(
  changes: readonly GroupChange[],
  host: PullRequestHost,
): Promise<IdentityContext> {
  const required = new Set<string>();
  const logins = new Set<string>();
  for (const change of changes) {
    const before = leaders(change.base);
    const after = leaders(change.head);
    for (const [role, entry] of after) {
      const old = before.get(role);
      if (old?.login === entry.login && old.githubId === entry.githubId) continue;
      required.add(`${change.path}#${role}`);
      logins.add(entry.login);
    }
    for (const [role, entry] of before)
      if (after.get(role)?.login !== entry.login && entry.githubId !== undefined)
        logins.add(entry.login);
  }
  const accounts = logins.size === 0 ? new Map() : await host.accounts([...logins]);
  return { accounts, required };
}

/**
 * A person is @mentioned only where their login is still the account the file names: a login
 * freed by a rename or deletion, and perhaps taken by someone else, is written as plain text. A
 * file without ids gives nothing to compare, and keeps mentions as before.
 */
function mentionOnlyAccounts(
  needs: readonly Need[],
  accounts: IdentityContext['accounts'],
): Need[] {
  return needs.map((need) =>
    need.kind === 'consent' &&
    need.githubId !== undefined &&
    accounts.get(need.login)?.id !== need.githubId
      ? { ...need, mention: false }
      : need,
  );
}

type Assess = (participants: Participants) => {
  needs: Need[];
  changes: Parameters<typeof buildPrReport>[0]['changes'];
  outside: readonly string[];
  notChecked?: NotChecked;
};

/** Nothing read file by file: a maintainer must review, and may approve, the whole commit. */
function tooLarge(notChecked: NotChecked, outside: readonly string[] = []): Assess {
  return (participants) => ({
    needs: [
      {
        kind: 'maintainer',
        reason: 'too-large',
        path: undefined,
        satisfied: participants.maintainerApproved,
      },
    ],
    changes: [],
    outside,
    notChecked,
  });
}

async function readHead(
  file: string,
  tree: GroupTree | undefined,
  host: PullRequestHost,
): Promise<GroupFile | undefined> {
  const entry = tree?.entries.get(file);
  if (entry === undefined) return undefined;
  if (REGULAR_FILE.has(entry.mode)) return loadGroupFile(file, file, await host.blob(entry.sha));
  return nonRegularGroupFile(
    file,
    file,
    entry.mode === '120000' ? 'symlink' : entry.mode === '160000' ? 'submodule' : 'other',
  );
}

function sideOf(file: GroupFile | undefined): Side {
  if (file === undefined) return 'absent';
  return file.content.ok ? file.content.data : 'unreadable';
}

/** Who took part, who must still act, and every write that brings the pull request up to date. */
async function finish(
  pr: PullRequestInfo,
  assess: Assess,
  options: PrCheckOptions,
  host: PullRequestHost,
): Promise<PrCheckResult> {
  const comments = await host.comments(pr.number);
  const own = await ownComments(comments, host);
  const participants = await gatherParticipants(pr, comments, await host.reviews(pr.number), {
    host,
    askedAt: mergeAsks(own),
    now: (options.now ?? (() => new Date()))().toISOString(),
  });
  const { needs, changes, outside, notChecked } = assess(participants);
  const report = buildPrReport({
    author: pr.author,
    changes,
    outside,
    needs,
    today: options.today,
    policy: options.policy,
    ...(notChecked === undefined ? {} : { notChecked }),
  });

  // Each group's findings in its own language: the leader reads them on the file's lines.
  const annotations = report.groups.flatMap((group) =>
    group.findings.map((finding) => toAnnotation(finding, languageOf(group.language))),
  );
  const notes: string[] = [];
  if (annotations.length > MAX_ANNOTATIONS)
    notes.push(
      `_${String(annotations.length - MAX_ANNOTATIONS)} more findings are not annotated here: every finding is in the job summary._`,
    );
  const runs = await host.checksOn(pr.headSha);
  const twins = await judgeTwins(pr, report.verdict, runs, host);
  if (twins.best !== undefined)
    notes.push(
      `**Pull request #${String(twins.best.number)} has this same head commit and a more permissive verdict (${twins.best.verdict}): it merges the same change, so this check shows its verdict.**`,
    );

  const actions = planPr(
    {
      commentBody: renderPrComment(report, renderAsks(needs)),
      labels: new Set(labelsFor(report)),
      checkRun: {
        headSha: pr.headSha,
        verdicts: twins.record,
        conclusion: conclusionOf(twins.best?.verdict ?? report.verdict),
        title: checkTitle(report),
        summary: renderCheckSummary(report, notes),
        annotations: annotations.slice(0, MAX_ANNOTATIONS),
      },
    },
    {
      comments: own.map(({ id, body }) => ({ id, body })),
      labels: await host.labels(pr.number),
      repoLabels: await host.repoLabels(),
      checkRun: runs.at(-1),
    },
  );
  await host.apply(pr.number, actions);
  return { number: pr.number, report, actions, headSha: pr.headSha };
}

/**
 * This check's own comments: its marker, written by the account this run writes as (any app a
 * repository installs is a Bot too, so "a bot wrote it" is not enough). The account is asked
 * only when a comment carries the marker.
 */
async function ownComments(
  comments: readonly IssueComment[],
  host: PullRequestHost,
): Promise<IssueComment[]> {
  const marked = comments.filter((comment) => comment.body.startsWith(PR_COMMENT_MARKER));
  if (marked.length === 0) return [];
  const self = await host.ownAccountId();
  return marked.filter((comment) => comment.authorId === self);
}

/** When each ask was first made, across every copy of the comment: the earliest ask stands. */
function mergeAsks(own: readonly IssueComment[]): Map<string, string> {
  const merged = new Map<string, string>();
  for (const comment of own)
    for (const [key, at] of readAsks(comment.body)) {
      const known = merged.get(key);
      if (known === undefined || Date.parse(at) < Date.parse(known)) merged.set(key, at);
    }
  return merged;
}

/**
 * Whether `/consent` from this person could change the check: they are in an ask record of a
 * comment with the check's marker. Deciding to skip needs no proof of who wrote that comment (a
 * forged record can only make a run happen); a first page that is full and holds no record
 * proves nothing, so the run goes ahead.
 */
function mayHaveBeenAsked(first: CommentsPage, commenter: string): boolean {
  const records = first.comments.filter(
    (comment) => comment.authorIsBot && comment.body.startsWith(PR_COMMENT_MARKER),
  );
  if (records.length === 0) return !first.complete;
  return records.some((comment) => askedLogins(comment.body).has(commenter));
}

/**
 * Twins: open pull requests into the same branch with the same head commit merge the same
 * change, so they share the commit's check run, and it carries the most permissive of their
 * verdicts, each judged on its own merits by its own runs. Nobody can then hold a leader's pull
 * request back by opening a copy of it. Only verdicts more permissive than this one's are looked
 * up, the most permissive first, at most MAX_TWIN_LOOKUPS of them; one that is closed, into
 * another branch or moved on is forgotten.
 */
async function judgeTwins(
  pr: PullRequestInfo,
  verdict: Verdict,
  runs: readonly RecordedCheck[],
  host: PullRequestHost,
): Promise<{
  record: Map<number, Verdict>;
  best: { number: number; verdict: Verdict } | undefined;
}> {
  const recorded = new Map<number, Verdict>();
  for (const run of [...runs].reverse())
    for (const [number, other] of readCheckRecord(run.externalId)?.verdicts ?? [])
      if (number !== pr.number && !recorded.has(number)) recorded.set(number, other);
  const candidates = [...recorded]
    .filter(([, other]) => STRICTNESS[other] < STRICTNESS[verdict])
    .sort(([, a], [, b]) => STRICTNESS[a] - STRICTNESS[b])
    .slice(0, MAX_TWIN_LOOKUPS);
  let best: { number: number; verdict: Verdict } | undefined;
  for (const [number, other] of candidates) {
    const twin = await host.pullRequest(number);
    if (twin.state === 'open' && twin.baseRef === pr.baseRef && twin.headSha === pr.headSha) {
      best = { number, verdict: other };
      break;
    }
    recorded.delete(number);
  }
  const record = new Map<number, Verdict>([[pr.number, verdict]]);
  for (const [number, other] of recorded) {
    if (record.size >= MAX_RECORDED_PULLS) break;
    record.set(number, other);
  }
  return { record, best };
}

async function readBaseRegistry(disk: RegistryDisk, root: string): Promise<Map<string, GroupFile>> {
  const display = (absolute: string): string =>
    registryPathOf(absolute, root) ?? path.basename(absolute);
  const files = readGroupFiles(disk, await listRegistry(disk, root), root, display);
  return new Map(files.map((file) => [file.path, file]));
}

/**
 * Consents and approvals, each bound to what it was given for: an approval counts only on the
 * commit it was given on, and a `/consent` only for what was asked before it was written.
 */
async function gatherParticipants(
  pr: PullRequestInfo,
  comments: readonly IssueComment[],
  reviews: readonly Review[],
  context: { host: PullRequestHost; askedAt: ReadonlyMap<string, string>; now: string },
): Promise<Participants> {
  // Everyone as GitHub's answers name them: a login with its account id, a User or not.
  const author: Actor = { login: pr.author, id: pr.authorId, isUser: pr.authorIsUser };
  const consents: Consent[] = comments
    .filter((comment) => comment.authorIsUser && isConsentComment(comment.body))
    .map((comment) => ({
      actor: { login: comment.author, id: comment.authorId, isUser: comment.authorIsUser },
      at: comment.updatedAt,
    }));
  // A reviewer's latest review is their current position; a dismissed one is no approval.
  const latest = new Map<number, Review>();
  for (const review of reviews)
    if (review.state !== 'COMMENTED' && review.authorIsUser && review.authorId !== undefined)
      latest.set(review.authorId, review);
  const approvers: Actor[] = [...latest.values()]
    .filter((review) => review.state === 'APPROVED' && review.commitId === pr.headSha)
    .map((review) => ({ login: review.author, id: review.authorId, isUser: true }));
  for (const actor of approvers) consents.push({ actor, at: undefined });
  let maintainerApproved = false;
  for (const approver of approvers) {
    if (approver.id !== author.id && (await context.host.isMaintainer(approver.login))) {
      maintainerApproved = true;
      break;
    }
  }
  return {
    author,
    // Write access is an account's; a Bot or a deleted account is nobody, whatever its access.
    authorIsMaintainer: author.isUser && (await context.host.isMaintainer(pr.author)),
    consents,
    maintainerApproved,
    askedAt: context.askedAt,
    now: context.now,
  };
}

function checkTitle(report: PrReport): string {
  const plural = (count: number, word: string): string =>
    `${String(count)} ${word}${count === 1 ? '' : 's'}`;
  if (report.notChecked !== undefined)
    return report.verdict === 'pass'
      ? 'Too large to check file by file: a maintainer approved this commit'
      : 'Too large to check file by file: a maintainer must review';
  if (report.verdict === 'fail')
    return `${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}`;
  if (report.verdict === 'waiting') return 'Waiting for consent or a maintainer';
  return report.warnings > 0 ? `Passing, ${plural(report.warnings, 'warning')}` : 'Passing';
}
