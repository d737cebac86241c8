import type { IdentityContext } from '../core/accounts.js';
import type { PlainDate } from '../core/dates.js';
import type { Policy } from '../core/policy.js';
import { evaluate } from '../evaluate/evaluate.js';
import { languageOf, wordsIn } from '../i18n/findings/index.js';
import type { GroupFile } from '../load/group-file.js';
import { askedLogins, readAsks, renderAsks } from './asks.js';
import { authorize, type Consent, type Need, type Participants } from './authorization.js';
import type { ChangedFile } from './changes.js';
import { MAX_RECORDED_PULLS, readCheckRecord } from './check-record.js';
import { PR_COMMENT_MARKER, renderCheckSummary, renderPrComment } from './comment.js';
import { isConsentComment } from './event.js';
import { authorOf, type Lending } from './lent.js';
import type { FilesRead, Gathered, PeopleRead } from './gather.js';
import { conclusionOf, MAX_ANNOTATIONS, toAnnotation, type PrDesired } from './plan.js';
import type {
  CommentsPage,
  GroupTree,
  IssueComment,
  PullRequestInfo,
  RecordedCheck,
} from './port.js';
import { buildPrReport, labelsFor, STRICTNESS, type PrReport, type Verdict } from './report.js';

/**
 * The pull-request check's decisions: plain functions of what `gather.ts` read, so each one is
 * tested without a network.
 */

/**
 * At most this many other pull requests with the same head commit are looked up per run, the
 * most permissive first: enough for real twins, and a bound on what a crowd of them can cost.
 */
export const MAX_TWIN_LOOKUPS = 5;

/** The report on one pull request: its findings, who must still act, and its own verdict. */
export function assess(
  { pr, files, people, lending }: Gathered,
  { today, policy, rulePages }: { today: PlainDate; policy: Policy; rulePages: string },
): PrReport {
  const participants = participantsOf(pr, people, lending);
  const common = {
    author: participants.author.login,
    lending,
    outside: files.outside,
    today,
    policy,
    rulePages,
  };
  if (!files.read)
    // Nothing read file by file: a maintainer must review, and may approve, the whole commit.
    return buildPrReport({
      ...common,
      changes: [],
      needs: [
        {
          kind: 'maintainer',
          reason: 'too-large',
          path: undefined,
          satisfied: participants.maintainerApproved,
        },
      ],
      notChecked: files.notChecked,
    });
  const { heads, identity, places } = files;
  const results = evaluate(registryAt(files), {
    today,
    policy,
    reportOn: (file) => heads.get(file.path) === file,
    identity,
    ...(places === undefined ? {} : { places }),
  });
  const findingsOf = new Map(results.map((result) => [result.file.path, result.findings]));
  return buildPrReport({
    ...common,
    changes: files.changes.map((change) => ({
      change,
      findings: findingsOf.get(change.path) ?? [],
    })),
    needs: mentionOnlyAccounts(
      authorize(files.changes, files.outside, participants),
      identity.accounts,
    ),
  });
}

/** The registry as the pull request would leave it: main's files, the changed ones at the head. */
function registryAt(files: Extract<FilesRead, { read: true }>): GroupFile[] {
  const replaced = new Set(
    files.changes.flatMap((change) => [
      change.path,
      ...(change.previousPath === undefined ? [] : [change.previousPath]),
    ]),
  );
  return [...files.base.values()]
    .filter((file) => !replaced.has(file.path))
    .concat([...files.heads.values()]);
}

/**
 * Consents and approvals, each bound to what it was given for: an approval counts only on the
 * commit it was given on, and a `/consent` only for what was asked before it was written. The
 * author is the pull request's, or the issue author a form's pull request acts for.
 */
export function participantsOf(
  pr: PullRequestInfo,
  people: PeopleRead,
  lending: Lending = { kind: 'own' },
): Participants {
  // Everyone as GitHub's answers name them: a login with its account id, a User or not.
  const author = authorOf(pr, lending);
  const consents: Consent[] = people.comments
    .filter((comment) => comment.authorIsUser && isConsentComment(comment.body))
    .map((comment) => ({
      actor: { login: comment.author, id: comment.authorId, isUser: comment.authorIsUser },
      at: comment.updatedAt,
    }));
  for (const actor of people.approvers) consents.push({ actor, at: undefined });
  return {
    author,
    authorIsMaintainer: people.authorIsMaintainer,
    consents,
    maintainerApproved: people.maintainerApproved,
    askedAt: mergeAsks(people.own),
    now: people.now,
  };
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
 * A person is @mentioned only where their login is still the account the file names: a login
 * freed by a rename or deletion, and perhaps taken by someone else, is written as plain text. A
 * file without ids gives nothing to compare, and keeps mentions as before.
 */
export function mentionOnlyAccounts(
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

// Twins: open pull requests into the same branch with the same head commit merge the same
// change, so they share the commit's check run, and it carries the most permissive of their
// verdicts, each judged on its own merits by its own runs. Nobody can then hold a leader's pull
// request back by opening a copy of it.

/** The verdicts the commit's runs record for other pull requests, the newest run's first. */
export function recordedVerdicts(
  number: number,
  runs: readonly RecordedCheck[],
): Map<number, Verdict> {
  const recorded = new Map<number, Verdict>();
  for (const run of [...runs].reverse())
    for (const [other, verdict] of readCheckRecord(run.externalId)?.verdicts ?? [])
      if (other !== number && !recorded.has(other)) recorded.set(other, verdict);
  return recorded;
}

/**
 * Which recorded pull requests to look up: only those whose verdict is more permissive than
 * this one's, the most permissive first, at most MAX_TWIN_LOOKUPS of them.
 */
export function twinCandidates(recorded: ReadonlyMap<number, Verdict>, verdict: Verdict): number[] {
  return [...recorded]
    .filter(([, other]) => STRICTNESS[other] < STRICTNESS[verdict])
    .sort(([, a], [, b]) => STRICTNESS[a] - STRICTNESS[b])
    .slice(0, MAX_TWIN_LOOKUPS)
    .map(([number]) => number);
}

export interface Twins {
  /** Each pull request's own verdict for the commit, this one first. */
  record: Map<number, Verdict>;
  /** The twin whose more permissive verdict the check run shows, if one is still a twin. */
  best: { number: number; verdict: Verdict } | undefined;
}

/**
 * What the commit's check run shows and remembers: the twin found (if any) lends its verdict,
 * and the record keeps this pull request's own verdict first, then the others recorded, less
 * those found to be no twin (closed, into another branch or moved on).
 */
export function twinsOutcome(
  number: number,
  verdict: Verdict,
  recorded: ReadonlyMap<number, Verdict>,
  found: { twin: number | undefined; forgotten: readonly number[] },
): Twins {
  const twinVerdict = found.twin === undefined ? undefined : recorded.get(found.twin);
  const best =
    found.twin === undefined || twinVerdict === undefined
      ? undefined
      : { number: found.twin, verdict: twinVerdict };
  const forgotten = new Set(found.forgotten);
  const record = new Map<number, Verdict>([[number, verdict]]);
  for (const [other, otherVerdict] of recorded) {
    if (record.size >= MAX_RECORDED_PULLS) break;
    if (!forgotten.has(other)) record.set(other, otherVerdict);
  }
  return { record, best };
}

/** What the pull request should show after this run: its comment, labels and check run. */
export function desiredState(pr: PullRequestInfo, report: PrReport, twins: Twins): PrDesired {
  // Each group's findings in its own language: the leader reads them on the file's lines.
  const annotations = report.groups.flatMap((group) =>
    group.findings.map((finding) =>
      toAnnotation(finding, languageOf(group.language), report.rulePages),
    ),
  );
  const notes: string[] = [];
  if (annotations.length > MAX_ANNOTATIONS)
    notes.push(
      MAINTAINER('check.note.not-annotated', { count: annotations.length - MAX_ANNOTATIONS }),
    );
  if (twins.best !== undefined)
    notes.push(
      MAINTAINER('check.note.twin', { number: twins.best.number, verdict: twins.best.verdict }),
    );
  return {
    commentBody: renderPrComment(report, renderAsks(report.needs)),
    labels: new Set(labelsFor(report)),
    checkRun: {
      headSha: pr.headSha,
      verdicts: twins.record,
      conclusion: conclusionOf(twins.best?.verdict ?? report.verdict),
      title: checkTitle(report),
      summary: renderCheckSummary(report, notes),
      annotations: annotations.slice(0, MAX_ANNOTATIONS),
    },
  };
}

/** The check run is for maintainers: its title and notes are in English. */
const MAINTAINER = wordsIn('en');

export function checkTitle(report: PrReport): string {
  const { errors, warnings } = report;
  if (report.notChecked !== undefined)
    return MAINTAINER('check.title.too-large', {
      approved: report.verdict === 'pass' ? 'yes' : 'no',
    });
  if (report.verdict === 'fail') return MAINTAINER('check.title.fail', { errors, warnings });
  if (report.verdict === 'waiting') return MAINTAINER('check.title.waiting');
  return MAINTAINER('check.title.pass', { warnings });
}

/**
 * Whether `/consent` from this person could change the check: they are in an ask record of a
 * comment with the check's marker. Deciding to skip needs no proof of who wrote that comment (a
 * forged record can only make a run happen); a first page that is full and holds no record
 * proves nothing, so the run goes ahead.
 */
export function mayHaveBeenAsked(first: CommentsPage, commenter: string): boolean {
  const records = first.comments.filter(
    (comment) => comment.authorIsBot && comment.body.startsWith(PR_COMMENT_MARKER),
  );
  if (records.length === 0) return !first.complete;
  return records.some((comment) => askedLogins(comment.body).has(commenter));
}

/**
 * The group files that differ between the trees before and after a push, by path (content or
 * mode); 'unknown' when either side could not be read in full (a `before` gone after a
 * force-push, a truncated tree).
 */
export function groupPathsChanged(
  trees: { before: GroupTree; after: GroupTree } | undefined,
): Set<string> | 'unknown' {
  if (trees === undefined || trees.before.truncated || trees.after.truncated) return 'unknown';
  const { before, after } = trees;
  const changed = new Set<string>();
  for (const path of new Set([...before.entries.keys(), ...after.entries.keys()])) {
    const [a, b] = [before.entries.get(path), after.entries.get(path)];
    if (a?.sha !== b?.sha || a?.mode !== b?.mode) changed.add(path);
  }
  return changed;
}

/** Whether a pull request's files touch a path the push changed, at their path or old path. */
export function touchesChanged(
  files: readonly ChangedFile[],
  changed: ReadonlySet<string>,
): boolean {
  return files.some(
    (file) =>
      changed.has(file.path) || (file.previousPath !== undefined && changed.has(file.previousPath)),
  );
}
