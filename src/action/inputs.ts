import * as core from '@actions/core';
import { readTextFile } from '../adapters/fs/files.js';
import { isPlainDate, todayUtc } from '../core/dates.js';
import { prEventFrom, type PrEvent } from '../pr/event.js';
import { parseRulePages, RULE_PAGES, RULE_PAGES_EXPECTED } from '../report/rule-links.js';

interface CommonOptions {
  /** The registry root: the checked-out repository (for pull requests, the base branch). */
  root: string;
  today: string;
  config: string | undefined;
  /** The folder of rule pages every finding links to (`docs-url`; default this version's). */
  rulePages: string;
}

export interface GitHubConnection {
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
  writesPerMinute: number;
  retryDelayMs: number;
}

export type ActionOptions =
  | (CommonOptions & { mode: 'validate' })
  | (CommonOptions & { mode: 'pr'; github: GitHubConnection; event: PrEvent })
  | (CommonOptions & {
      mode: 'audit';
      github: GitHubConnection;
      dryRun: boolean;
      maxWrites: number;
      serverUrl: string;
    })
  | (CommonOptions & {
      mode: 'lifecycle';
      github: GitHubConnection;
      /** `auto`: a dry run until the stages were armed (see runLifecycleProposals). */
      dryRun: LifecycleDryRun;
      maxWrites: number;
      maxPullRequests: number;
      /** GITHUB_SHA: the commit checked out, which every proposal sits on. */
      baseSha: string | undefined;
      /** GITHUB_REF: the ref the run checked out, which must be the default branch. */
      ref: string | undefined;
    })
  | (CommonOptions & {
      mode: 'issue';
      github: GitHubConnection;
      event: IssueEvent;
      /** The report `tgr from-issue --format json` wrote in job 1; undefined when none. */
      report: string | undefined;
      maxRunsPerHour: number;
      baseSha: string | undefined;
      ref: string | undefined;
    });

export type LifecycleDryRun = 'auto' | boolean;

/** Issue mode: the issue the event names, and how it came (an edit, or a /retry comment). */
export interface IssueEvent {
  issue: number;
  trigger: { kind: 'issues' } | { kind: 'retry'; commentId: number };
}

/** Reads the Action's inputs and environment into one typed options object. */
export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionOptions {
  const mode = core.getInput('mode') || 'validate';
  const givenToday = core.getInput('today');
  const today = givenToday || todayUtc();
  if (!isPlainDate(today))
    throw new Error(
      `Input "today" must be a date written YYYY-MM-DD, not ${JSON.stringify(today)}.`,
    );
  const common: CommonOptions = {
    root: env.GITHUB_WORKSPACE ?? process.cwd(),
    today,
    config: core.getInput('config') || undefined,
    rulePages: rulePagesInput(),
  };
  switch (mode) {
    case 'validate':
      return { ...common, mode };
    case 'pr':
      return {
        ...common,
        mode,
        github: connection(env),
        event: pullRequestEvent(env),
      };
    case 'audit':
      return {
        ...common,
        mode,
        github: connection(env),
        dryRun: dryRunInput(false) === true,
        maxWrites: positiveNumber('max-writes', 100),
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
      };
    case 'lifecycle': {
      const dryRun = dryRunInput('auto');
      // A past or future day decides stages nobody was told of on that day: only to look.
      if (givenToday !== '' && dryRun !== true)
        throw new Error(
          'Input "today" is accepted in lifecycle mode only with dry-run: true (a run that opens pull requests decides as of the real day).',
        );
      return {
        ...common,
        mode,
        github: connection(env),
        dryRun,
        maxWrites: positiveNumber('max-writes', 100),
        maxPullRequests: positiveNumber('max-pull-requests', 10),
        baseSha: commitSha(env.GITHUB_SHA),
        ref: env.GITHUB_REF === undefined || env.GITHUB_REF === '' ? undefined : env.GITHUB_REF,
      };
    }
    case 'issue': {
      const report = core.getInput('report');
      return {
        ...common,
        mode,
        github: connection(env),
        event: issueEvent(env),
        report: report === '' ? undefined : report,
        maxRunsPerHour: positiveNumber('max-runs-per-hour', 10),
        baseSha: commitSha(env.GITHUB_SHA),
        ref: env.GITHUB_REF === undefined || env.GITHUB_REF === '' ? undefined : env.GITHUB_REF,
      };
    }
    default:
      throw new Error(
        `Input "mode" must be validate, pr, audit, lifecycle or issue, not ${JSON.stringify(mode)}.`,
      );
  }
}

/**
 * The pull request to check: the one the event names, or the one the `pull-request` input names
 * (a workflow that opened the pull request itself, such as sync.yml: pull requests opened with
 * the workflow token start no other workflow). Either way the check reviews only pull requests
 * into the default branch, which the payload names; a scheduled run is on the default branch.
 */
function pullRequestEvent(env: NodeJS.ProcessEnv): PrEvent {
  const eventName = required(env, 'GITHUB_EVENT_NAME');
  const payload = readPayload(env);
  const explicit = core.getInput('pull-request');
  if (explicit === '') return prEventFrom(eventName, payload);
  if (!/^[1-9][0-9]{0,9}$/.test(explicit))
    throw new Error(
      `Input "pull-request" must be a pull request's number, not ${JSON.stringify(explicit)}.`,
    );
  const repository: unknown =
    typeof payload === 'object' && payload !== null
      ? (payload as Record<string, unknown>).repository
      : undefined;
  const named =
    typeof repository === 'object' && repository !== null
      ? (repository as Record<string, unknown>).default_branch
      : undefined;
  const defaultBranch =
    typeof named === 'string' && named !== ''
      ? named
      : eventName === 'schedule'
        ? required(env, 'GITHUB_REF_NAME')
        : undefined;
  if (defaultBranch === undefined)
    throw new Error(
      `Input "pull-request" needs the repository's default branch, which the ${eventName} event's payload does not name.`,
    );
  return { kind: 'pull-request', number: Number(explicit), defaultBranch };
}

/**
 * The issue an `issues` or `issue_comment` event names, and the comment's id for a `/retry`. The
 * payload only picks what to look at: the issue and the comment are fetched before anything is
 * decided.
 */
function issueEvent(env: NodeJS.ProcessEnv): IssueEvent {
  const eventName = required(env, 'GITHUB_EVENT_NAME');
  const payload = readPayload(env) as { issue?: { number?: unknown }; comment?: { id?: unknown } };
  const issue = payload.issue?.number;
  if (typeof issue !== 'number' || !Number.isSafeInteger(issue) || issue < 1)
    throw new Error(`The ${eventName} event's payload names no issue.`);
  if (eventName === 'issues') return { issue, trigger: { kind: 'issues' } };
  const id = payload.comment?.id;
  if (eventName === 'issue_comment' && typeof id === 'number' && Number.isSafeInteger(id))
    return { issue, trigger: { kind: 'retry', commentId: id } };
  throw new Error(`Issue mode runs on issues and issue_comment events, not ${eventName}.`);
}

function connection(env: NodeJS.ProcessEnv): GitHubConnection {
  const token = core.getInput('token');
  if (token === '')
    throw new Error(
      'Input "token" is required in this mode; the default is the workflow token, github.token.',
    );
  const [owner, repo, ...rest] = required(env, 'GITHUB_REPOSITORY').split('/');
  if (owner === undefined || repo === undefined || rest.length > 0)
    throw new Error('GITHUB_REPOSITORY must be owner/repo.');
  return {
    token,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    owner,
    repo,
    writesPerMinute: positiveNumber('writes-per-minute', 60),
    retryDelayMs: positiveNumber('retry-delay-ms', 1000),
  };
}

/**
 * `dry-run`: true or false as YAML writes them; empty for the mode's own default (the audit
 * writes, the lifecycle is `auto`); `auto` only where the mode has it.
 */
function dryRunInput(fallback: LifecycleDryRun): LifecycleDryRun {
  const raw = core.getInput('dry-run').trim();
  if (raw === '') return fallback;
  if (/^(true|True|TRUE)$/.test(raw)) return true;
  if (/^(false|False|FALSE)$/.test(raw)) return false;
  if (raw === 'auto' && fallback === 'auto') return 'auto';
  throw new Error(
    `Input "dry-run" must be true or false${fallback === 'auto' ? ' or auto' : ''}, not ${JSON.stringify(raw)}.`,
  );
}

/** GITHUB_SHA as the runner sets it (40 hex digits; SHA-256 repositories have 64), if set. */
function commitSha(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value))
    throw new Error(`GITHUB_SHA must be a commit's sha, not ${JSON.stringify(value)}.`);
  return value;
}

function rulePagesInput(): string {
  const raw = core.getInput('docs-url');
  if (raw === '') return RULE_PAGES;
  const base = parseRulePages(raw);
  if (base === undefined)
    throw new Error(`Input "docs-url" ${RULE_PAGES_EXPECTED}, not ${JSON.stringify(raw)}.`);
  return base;
}

function positiveNumber(name: string, fallback: number): number {
  const raw = core.getInput(name);
  if (raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`Input "${name}" must be a positive number, not ${JSON.stringify(raw)}.`);
  return value;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (value === undefined || value === '')
    throw new Error(`${name} is not set: this mode runs inside GitHub Actions.`);
  return value;
}

function readPayload(env: NodeJS.ProcessEnv): unknown {
  return JSON.parse(readTextFile(required(env, 'GITHUB_EVENT_PATH'))) as unknown;
}
