import * as core from '@actions/core';
import path from 'node:path';
import { runValidate } from '../validate/run-validate.js';
import type { Policy } from '../core/policy.js';
import { readFileAt } from '../adapters/fs/files.js';
import { loadPlaceIndex } from '../adapters/fs/places.js';
import { registryDisk } from '../adapters/fs/registry-disk.js';
import { createOctokit } from '../adapters/github/octokit.js';
import { gitHubPullRequestHost } from '../adapters/github/pull-request-host.js';
import { DEFAULT_POLICY_PATH, readPolicy } from '../load/policy-file.js';
import { renderPrSummary } from '../pr/comment.js';
import { runPrCheck } from '../pr/run-pr-check.js';
import { writeAnnotations } from '../adapters/github/annotations.js';
import { toAnnotations } from '../report/annotations.js';
import { escapeLogText } from '../report/escape.js';
import { wordsIn } from '../i18n/findings/index.js';
import { formatFindings, summaryLine } from '../report/text.js';
import { RULE_IDS } from '../rules/index.js';
import type { ActionOptions, GitHubConnection } from './inputs.js';
import { formatPlanText, renderDashboard } from '../audit/dashboard.js';
import { runAudit } from '../audit/run-audit.js';
import { gitHubAuditHost } from '../adapters/github/audit-host.js';
import { gitHubProposalHost } from '../adapters/github/proposal-host.js';
import { diskGroupFiles } from '../adapters/fs/group-files.js';
import { listRegistry, registryPathOf } from '../load/registry.js';
import { runLifecycleProposals } from '../lifecycle/propose.js';
import { runIssueOps } from '../issue-ops/run-issue-ops.js';
import { gitHubIssueOpsHost } from '../adapters/github/issue-ops-host.js';
import { formatProposalsMarkdown, formatProposalsText } from '../lifecycle/proposal-report.js';

export interface ActionOutcome {
  errors: number;
  warnings: number;
}

/** The Action's orchestrator: one mode per run, GitHub adapters built here at the edge. */
export async function runAction(options: ActionOptions): Promise<ActionOutcome> {
  const policy = readPolicy(
    path.resolve(options.root, options.config ?? DEFAULT_POLICY_PATH),
    {
      required: options.config !== undefined,
      knownRules: RULE_IDS,
    },
    readFileAt,
  );
  switch (options.mode) {
    case 'validate':
      return validateMode(options, policy);
    case 'pr':
      return prMode(options, policy);
    case 'audit':
      return auditMode(options, policy);
    case 'lifecycle':
      return lifecycleMode(options, policy);
    case 'issue':
      return issueMode(options);
  }
}

/**
 * The program's stages as pull requests (after the audit, in its queue): each decided change is
 * one commit on the commit this run checked out, on the bot's own branch, and a pull request
 * people merge or close. Outputs the numbers opened or updated, for the check to run on.
 */
async function lifecycleMode(
  options: ActionOptions & { mode: 'lifecycle' },
  policy: Policy,
): Promise<ActionOutcome> {
  const { github } = options;
  const { octokit, stats } = connect(github);
  const repo = { owner: github.owner, repo: github.repo };
  const disk = registryDisk();
  const files = await listRegistry(disk, options.root);
  const outcome = await runLifecycleProposals(
    {
      root: options.root,
      today: options.today,
      policy,
      dryRun: options.dryRun,
      maxPullRequests: options.maxPullRequests,
      maxWrites: options.maxWrites,
    },
    {
      disk,
      files: diskGroupFiles(
        files,
        (absolute) => registryPathOf(absolute, options.root) ?? absolute,
      ),
      host: gitHubAuditHost(octokit, repo, { retryDelayMs: github.retryDelayMs }),
      proposals: gitHubProposalHost(octokit, repo, {
        retryDelayMs: github.retryDelayMs,
        ...(options.baseSha === undefined ? {} : { base: options.baseSha }),
        ...(options.ref === undefined ? {} : { ref: options.ref }),
      }),
    },
  );
  core.info(formatProposalsText(outcome).trimEnd());
  // A decision whose file could not be edited is proposed by no run until someone fixes the file.
  for (const error of outcome.errors)
    core.warning(escapeLogText(`${error.group} was not proposed: ${error.path}: ${error.reason}`));
  const usage = apiUsage(stats);
  core.info(usage);
  await core.summary.addRaw(formatProposalsMarkdown(outcome)).addRaw(`\n_${usage}_\n`).write();
  const touched = outcome.done.flatMap((step) =>
    step.type === 'open' && step.number !== undefined
      ? [step.number]
      : step.type === 'update'
        ? [step.number]
        : [],
  );
  core.setOutput('pull-requests', JSON.stringify(touched));
  core.setOutput('deferred', outcome.deferred.length);
  if (outcome.failure !== undefined)
    throw new Error(`A write failed; the next run picks up from here: ${outcome.failure}`);
  return { errors: 0, warnings: 0 };
}

async function auditMode(
  options: ActionOptions & { mode: 'audit' },
  policy: Policy,
): Promise<ActionOutcome> {
  const { github } = options;
  const { octokit, stats } = connect(github);
  const repoUrl = `${options.serverUrl}/${github.owner}/${github.repo}`;
  const outcome = await runAudit(
    {
      root: options.root,
      disk: registryDisk(),
      today: options.today,
      policy,
      dryRun: options.dryRun,
      maxWrites: options.maxWrites,
      fileUrl: (file) =>
        `${repoUrl}/blob/HEAD/${file.split('/').map(encodeURIComponent).join('/')}`,
      rulePages: options.rulePages,
    },
    gitHubAuditHost(
      octokit,
      { owner: github.owner, repo: github.repo },
      { retryDelayMs: github.retryDelayMs },
    ),
  );
  core.info(formatPlanText(outcome, options.dryRun).trimEnd());
  core.info(apiUsage(stats));
  await core.summary
    .addRaw(
      renderDashboard(outcome, {
        today: options.today,
        dryRun: options.dryRun,
        requests: stats.requests,
        writes: stats.writes,
      }),
    )
    .write();
  core.setOutput('problems', outcome.problems.length);
  core.setOutput('deferred', outcome.deferred.length);
  if (outcome.failure !== undefined)
    throw new Error(`A write failed; the next run picks up from here: ${outcome.failure}`);
  return { errors: 0, warnings: 0 };
}

/**
 * An issue form's pull request (issue-ops.yml, after the form's patch was checked and applied):
 * opened, updated or closed for the issue, and the one comment on the issue. Outputs the pull
 * request's number when there is one to check.
 */
async function issueMode(options: ActionOptions & { mode: 'issue' }): Promise<ActionOutcome> {
  const { github } = options;
  const { octokit, stats } = connect(github);
  const report =
    options.report === undefined
      ? undefined
      : readJsonAt(path.resolve(options.root, options.report));
  const outcome = await runIssueOps(
    {
      issue: options.event.issue,
      trigger: options.event.trigger,
      report,
      readFile: (file) => textAt(path.join(options.root, file)),
      now: new Date(),
      maxRunsPerHour: options.maxRunsPerHour,
    },
    gitHubIssueOpsHost(
      octokit,
      { owner: github.owner, repo: github.repo },
      { retryDelayMs: github.retryDelayMs, base: options.baseSha, ref: options.ref },
    ),
  );
  core.info(
    escapeLogText(
      LOG('issue-ops.log', {
        outcome: outcome.outcome,
        issue: options.event.issue,
        pull: 'pull' in outcome ? outcome.pull : 0,
        reason: 'reason' in outcome ? outcome.reason : '',
      }),
    ),
  );
  core.info(apiUsage(stats));
  const checked = outcome.outcome === 'opened' || outcome.outcome === 'updated';
  core.setOutput('pull-request-number', checked ? String(outcome.pull) : '');
  return { errors: 0, warnings: 0 };
}

/** A file's text, or undefined when there is none. */
function textAt(file: string): string | undefined {
  const read = readFileAt(file);
  return read.kind === 'bytes' ? new TextDecoder().decode(read.bytes) : undefined;
}

/** A JSON file, or undefined when there is none (a closed issue's run has no report). */
function readJsonAt(file: string): unknown {
  const text = textAt(file);
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}

function connect(github: GitHubConnection) {
  return createOctokit({
    token: github.token,
    baseUrl: github.apiUrl,
    writesPerMinute: github.writesPerMinute,
    retryDelayMs: github.retryDelayMs,
    log: (message) => {
      core.info(escapeLogText(message));
    },
  });
}

async function validateMode(
  options: ActionOptions & { mode: 'validate' },
  policy: Policy,
): Promise<ActionOutcome> {
  const outcome = await runValidate({
    paths: [],
    root: options.root,
    disk: registryDisk(),
    loadPlaces: loadPlaceIndex,
    cwd: options.root,
    today: options.today,
    policy,
  });
  writeAnnotations(toAnnotations(outcome.results, 'en', options.rulePages));
  core.info(escapeLogText(summaryLine(outcome.results)));
  setCounts(outcome);
  return outcome;
}

async function prMode(
  options: ActionOptions & { mode: 'pr' },
  policy: Policy,
): Promise<ActionOutcome> {
  const { github } = options;
  const { octokit, stats } = connect(github);
  const results = await runPrCheck(
    {
      root: options.root,
      disk: registryDisk(),
      loadPlaces: loadPlaceIndex,
      today: options.today,
      policy,
      event: options.event,
      rulePages: options.rulePages,
    },
    gitHubPullRequestHost(
      octokit,
      { owner: github.owner, repo: github.repo },
      { retryDelayMs: github.retryDelayMs },
    ),
  );
  const totals: ActionOutcome = { errors: 0, warnings: 0 };
  for (const result of results) {
    if (result.skipped !== undefined) {
      const which = result.number === undefined ? '' : ` #${String(result.number)}`;
      core.info(escapeLogText(LOG('check.skipped', { which, reason: result.skipped })));
      continue;
    }
    const { report } = result;
    // Annotations go to the check run on the pull request's head commit: this job runs on the
    // default branch, so workflow-command annotations would not reach the pull request's files.
    if (report.findings.length > 0) core.info(formatFindings(report.findings));
    core.summary.addRaw(renderPrSummary(report));
    totals.errors += report.errors;
    totals.warnings += report.warnings;
  }
  const usage = apiUsage(stats);
  core.info(usage);
  await core.summary.addRaw(`\n_${usage}_\n`).write();
  setCounts(totals);
  return totals;
}

/** The log and summaries are for maintainers: in English. */
const LOG = wordsIn('en');

/** How many requests and writes a run made: a line for the log. */
function apiUsage(stats: { requests: number; writes: number }): string {
  return LOG('run.api', { requests: stats.requests, writes: stats.writes });
}

function setCounts({ errors, warnings }: ActionOutcome): void {
  core.setOutput('errors', errors);
  core.setOutput('warnings', warnings);
}
