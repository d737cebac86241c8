import path from 'node:path';
import type { PlainDate } from '../core/dates.js';
import type { Policy } from '../core/policy.js';
import { evaluate } from '../evaluate/evaluate.js';
import { en } from '../i18n/index.js';
import type { PullRequestGitHub } from '../github/pull-request.js';
import { loadGroupFile, type GroupFile } from '../load/group-file.js';
import { listRegistry, readGroupFiles, registryPathOf } from '../load/registry.js';
import { authorize, type Participants } from './authorization.js';
import { describeChange, partitionFiles } from './changes.js';
import { PR_COMMENT_MARKER, renderPrComment, renderReport } from './comment.js';
import { isConsentComment, type PrEvent } from './event.js';
import { conclusionOf, planPr, toAnnotation, type PrAction } from './plan.js';
import { buildPrReport, labelsFor, type PrReport } from './report.js';

export interface PrCheckOptions {
  /** The base branch's checkout: the registry as it is, and the code that checks the change. */
  root: string;
  today: PlainDate;
  policy: Policy;
  event: PrEvent;
}

export type PrCheckOutcome =
  | { skipped: string }
  | { skipped?: undefined; report: PrReport; actions: PrAction[]; headSha: string };

/** GitHub's limit on a check run's summary. */
const SUMMARY_LIMIT = 65_000;

/**
 * The pull-request check: reads the change through the API (never checking out or running the
 * pull request's code), checks it against the program rules and the registry, works out who must
 * still act, and brings the comment, labels and check run up to date.
 */
export async function runPrCheck(
  options: PrCheckOptions,
  github: PullRequestGitHub,
): Promise<PrCheckOutcome> {
  const { event } = options;
  if (event.kind === 'ignored') return { skipped: event.reason };
  const pr = await github.pullRequest(event.number);
  const files = await github.changedFiles(pr.number);
  const { groups: changed, outside } = partitionFiles(files);

  // Head versions come through the API as data; base versions are the files in this checkout.
  const heads = new Map<string, GroupFile>();
  for (const file of changed) {
    if (file.status !== 'removed' && file.sha !== undefined) {
      heads.set(file.path, loadGroupFile(file.path, file.path, await github.blob(file.sha)));
    }
  }
  const baseFiles = await readBaseRegistry(options.root);
  const basePaths = new Set(
    changed.flatMap((file) => [
      file.path,
      ...(file.previousPath === undefined ? [] : [file.previousPath]),
    ]),
  );
  const registry = [...baseFiles.values()]
    .filter((file) => !basePaths.has(file.path))
    .concat([...heads.values()]);
  const results = evaluate(registry, {
    today: options.today,
    policy: options.policy,
    reportOn: (file) => heads.get(file.path) === file,
  });
  const findingsOf = new Map(results.map((result) => [result.file.path, result.findings]));

  const changes = changed.map((file) => {
    const base = baseFiles.get(file.previousPath ?? file.path);
    const head = heads.get(file.path);
    const dataOf = (loaded: GroupFile | undefined) =>
      loaded?.content.ok ? loaded.content.data : undefined;
    return {
      change: describeChange(file.path, dataOf(base), dataOf(head), file.status === 'removed'),
      findings: findingsOf.get(file.path) ?? [],
    };
  });

  const comments = await github.comments(pr.number);
  const participants = await gatherParticipants(
    pr.author,
    comments,
    await github.reviews(pr.number),
    github,
  );
  const needs = authorize(
    changes.map(({ change }) => change),
    outside,
    participants,
  );
  const report = buildPrReport({
    author: pr.author,
    changes,
    outside,
    needs,
    today: options.today,
    policy: options.policy,
  });

  const own = comments.find(
    (comment) => comment.authorIsBot && comment.body.startsWith(PR_COMMENT_MARKER),
  );
  const actions = planPr(
    {
      commentBody: renderPrComment(report),
      labels: new Set(labelsFor(report)),
      checkRun: {
        headSha: pr.headSha,
        conclusion: conclusionOf(report.verdict),
        title: checkTitle(report),
        summary: renderReport(report, en).slice(0, SUMMARY_LIMIT),
        annotations: report.findings.map(toAnnotation),
      },
    },
    {
      comment: own === undefined ? undefined : { id: own.id, body: own.body },
      labels: await github.labels(pr.number),
      repoLabels: await github.repoLabels(),
    },
  );
  await github.apply(pr.number, actions);
  return { report, actions, headSha: pr.headSha };
}

async function readBaseRegistry(root: string): Promise<Map<string, GroupFile>> {
  const display = (absolute: string): string =>
    registryPathOf(absolute, root) ?? path.basename(absolute);
  const files = readGroupFiles(await listRegistry(root), root, display);
  return new Map(files.map((file) => [file.path, file]));
}

async function gatherParticipants(
  author: string,
  comments: ReadonlyArray<{ author: string; body: string; authorIsBot: boolean }>,
  reviews: ReadonlyArray<{ author: string; state: string }>,
  github: PullRequestGitHub,
): Promise<Participants> {
  const consents = new Set(
    comments.filter((c) => !c.authorIsBot && isConsentComment(c.body)).map((c) => c.author),
  );
  // A reviewer's latest review is their current position.
  const latest = new Map<string, string>();
  for (const review of reviews)
    if (review.state !== 'COMMENTED') latest.set(review.author, review.state);
  const approvers = [...latest].filter(([, state]) => state === 'APPROVED').map(([login]) => login);
  for (const login of approvers) consents.add(login);
  let maintainerApproved = false;
  for (const login of approvers) {
    if (login !== author && (await github.isMaintainer(login))) {
      maintainerApproved = true;
      break;
    }
  }
  return {
    author,
    authorIsMaintainer: await github.isMaintainer(author),
    consents,
    maintainerApproved,
  };
}

function checkTitle(report: PrReport): string {
  if (report.verdict === 'fail')
    return `${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'}`;
  if (report.verdict === 'waiting') return 'Waiting for consent or a maintainer';
  return report.warnings > 0
    ? `Passing, ${report.warnings} warning${report.warnings === 1 ? '' : 's'}`
    : 'Passing';
}
