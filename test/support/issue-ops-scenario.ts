import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { load } from 'js-yaml';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type TestContext } from 'vitest';
import {
  DEFAULT_REPOSITORY,
  branchFiles,
  issueCommentOnIssue,
  issuesEvent,
  makeIssue,
  startFakeGitHub,
  writeEventFile,
  type FakeGitHub,
  type State,
} from '../fake-github/index.js';
import { runActionInProcess, type ActionRunner } from './action-runner.js';
import { accountId, fixtureAccounts, type AuditGroup } from './audit-fixtures.js';
import { REPO_ROOT, tempRegistry } from './registry.js';
import { node24 } from './node24.js';
import { tgr } from './tgr.js';

/**
 * issue-ops.yml's jobs against the stateful fake GitHub (issue 24, item 3): job 1's hand-over
 * (a report, and the group file as `git apply` leaves it in the workspace), job 2 (the Action in
 * issue mode) and job 3 (the registry check on the pull request job 2 names). The workspace is a
 * checkout of the fake's default branch, taken again before every run.
 */
const { owner, repo } = DEFAULT_REPOSITORY;

export const AUTHOR = 'anna-leader';
export const CO_LEADER = 'piet-colead';
export const STRANGER = 'some-stranger';
export const MAINTAINER = 'program-maintainer';

/** A report fixture in test/fixtures/issue-ops/ (what job 1's `tgr from-issue` printed). */
export function reportFixture(name: string): Record<string, unknown> {
  return JSON.parse(
    readFileSync(path.join(REPO_ROOT, 'test/fixtures/issue-ops', `${name}.json`), 'utf8'),
  ) as Record<string, unknown>;
}

/** Job 1's hand-over: the report, and the group file the checked patch writes. */
export interface HandOver {
  report: Record<string, unknown>;
  file?: { path: string; text: string };
}

export type Trigger =
  'opened' | 'edited' | 'reopened' | 'closed' | { retry: string; body?: string };

export async function startIssueOps(
  finished: TestContext['onTestFinished'],
  groups: readonly AuditGroup[] = [],
  options: { seed?: Partial<State>; runner?: ActionRunner; logins?: readonly string[] } = {},
) {
  const runner = options.runner ?? runActionInProcess;
  const files: Record<string, string> = Object.fromEntries(
    groups.map((group) => [group.path, group.text]),
  );
  const registry = tempRegistry(files);
  const hand = mkdtempSync(path.join(tmpdir(), 'tgr-issue-ops-'));
  const logins = new Set([AUTHOR, CO_LEADER, STRANGER, MAINTAINER, ...(options.logins ?? [])]);
  const gh = await startFakeGitHub({
    accounts: fixtureAccounts(logins),
    users: logins,
    collaborators: { [MAINTAINER]: 'maintain' },
    files: { main: files },
    ...options.seed,
  });
  finished(async () => {
    await gh.close();
    registry.remove();
    rmSync(hand, { recursive: true, force: true });
  });

  /** The workspace becomes the default branch as the fake holds it now (actions/checkout). */
  const checkout = (): void => {
    const main = branchFiles(gh.state, 'main') ?? {};
    const groupsDir = path.join(registry.root, 'groups');
    for (const name of readdirSync(groupsDir))
      if (main[`groups/${name}`] === undefined) rmSync(path.join(groupsDir, name));
    for (const [file, text] of Object.entries(main)) registry.write(file, text);
  };

  /** A person opens an issue (the fake holds it as GitHub would); its number. */
  const fileIssue = (body: string, author = AUTHOR): number => {
    const number =
      Math.max(
        0,
        ...gh.state.issues.map((each) => each.number),
        ...gh.state.pulls.map((p) => p.number),
      ) + 1;
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    gh.state.issues.push({
      ...makeIssue({ number, body, user: author, created_at: now, updated_at: now }),
      user_id: accountId(author),
    });
    return number;
  };

  const payloadFor = (number: number, trigger: Trigger, record = true) => {
    const issue = gh.state.issues.find((each) => each.number === number);
    if (issue === undefined) throw new Error(`no issue #${String(number)}`);
    const target = {
      owner,
      repo,
      number,
      title: issue.title,
      body: issue.body,
      author: issue.user,
      accounts: gh.state.accounts,
    };
    if (typeof trigger === 'string')
      return { name: 'issues', payload: issuesEvent(target, trigger) };
    const id = record ? gh.state.nextId++ : 1;
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const body = trigger.body ?? '/retry';
    if (record)
      gh.state.comments.push({
        id,
        issue_number: number,
        body,
        user: trigger.retry,
        user_id: accountId(trigger.retry),
        created_at: now,
        updated_at: now,
      });
    return {
      name: 'issue_comment',
      payload: issueCommentOnIssue(target, { body, commenter: trigger.retry, id }),
    };
  };

  /**
   * Job 1 as issue-ops.yml runs it: main's own `tgr from-issue EVENT --format json` on a fresh
   * checkout; its report, and the group file it wrote (what the checked patch carries over).
   */
  const formJob = async (number: number, trigger: Trigger): Promise<HandOver> => {
    checkout();
    const { payload } = payloadFor(number, trigger, false);
    const eventPath = writeEventFile(payload);
    const result = await tgr(registry.root, ['from-issue', eventPath, '--format', 'json']);
    expect(result.code, result.stderr).toBeLessThanOrEqual(1);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    const written = typeof report.path === 'string' ? report.path : undefined;
    const text =
      written === undefined ? undefined : readFileSync(path.join(registry.root, written), 'utf8');
    return {
      report,
      ...(written !== undefined && text !== undefined ? { file: { path: written, text } } : {}),
    };
  };

  /** Job 2 and, when it names a pull request, job 3; `requests` and `writes` are job 2's. */
  const run = async (
    number: number,
    trigger: Trigger,
    handOver?: HandOver,
    /** The workspace as issue-ops.yml's steps left it, and the report they wrote. */
    prepared?: { reportPath: string; reuse: unknown },
  ) => {
    if (prepared === undefined) checkout();
    let reportPath = prepared?.reportPath ?? '';
    if (handOver !== undefined) {
      reportPath = path.join(hand, `report-${String(number)}.json`);
      // Job 1 read the payload's body; a fixture report is bound to the issue's body as it is.
      const body = gh.state.issues.find((each) => each.number === number)?.body ?? '';
      const bodySha256 = createHash('sha256').update(body, 'utf8').digest('hex');
      writeFileSync(reportPath, JSON.stringify({ bodySha256, ...handOver.report }));
      if (handOver.file !== undefined) registry.write(handOver.file.path, handOver.file.text);
    }
    const { name, payload } =
      prepared === undefined
        ? payloadFor(number, trigger)
        : {
            name: typeof trigger === 'string' ? 'issues' : 'issue_comment',
            payload: prepared.reuse,
          };
    const eventPath = writeEventFile(payload);
    const from = gh.requests.length;
    const writesBefore = gh.writes();
    const common = {
      workspace: registry.root,
      eventName: name,
      eventPath,
      apiUrl: gh.url,
      repository: `${owner}/${repo}`,
    };
    const result = await runner({
      ...common,
      inputs: {
        mode: 'issue',
        token: 'test-token',
        report: reportPath,
        'writes-per-minute': '60000',
        'retry-delay-ms': '10',
      },
    });
    gh.assertNoViolations();
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const requests = gh.requests.slice(from);
    const writes = gh.writes() - writesBefore;
    const pull = result.outputs['pull-request-number'] ?? '';
    if (pull !== '') {
      checkout();
      const check = await runner({
        ...common,
        inputs: { mode: 'pr', token: 'test-token', 'pull-request': pull, 'retry-delay-ms': '10' },
      });
      gh.assertNoViolations();
      expect(check.status, check.stdout).toBeLessThanOrEqual(1);
    }
    return { ...result, requests, writes, pull: pull === '' ? undefined : Number(pull) };
  };

  /**
   * Jobs 1 and 2 as issue-ops.yml's own steps run them (its `run:` scripts, with bash -e as the
   * runner does): main's bundled tgr on Node 24 reads the payload in a git checkout of the default
   * branch and diffs groups/; a fresh checkout checks the patch, applies it, and the Action runs
   * there; then job 3 on the pull request it names.
   */
  const workflow = async (number: number, trigger: Trigger) => {
    // A closed issue skips job 1: only the close path runs.
    if (trigger === 'closed') return run(number, trigger);
    const steps = workflowSteps();
    checkout();
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: registry.root, encoding: 'utf8' });
    if (!existsSync(path.join(registry.root, '.git'))) {
      git('init', '-q');
      git('config', 'user.email', 'runner@example.org');
      git('config', 'user.name', 'runner');
      symlinkSync(path.join(REPO_ROOT, 'dist'), path.join(registry.root, 'dist'));
      appendFileSync(path.join(registry.root, '.git/info/exclude'), 'dist\n');
    }
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', 'main as the fake holds it');
    const temp = mkdtempSync(path.join(hand, 'runner-'));
    const { payload } = payloadFor(number, trigger);
    const env = {
      PATH: `${path.dirname(node24())}${path.delimiter}${process.env.PATH ?? ''}`,
      RUNNER_TEMP: temp,
      GITHUB_EVENT_PATH: writeEventFile(payload),
      HOME: temp,
    };
    const bash = (script: string) => {
      const result = spawnSync('bash', ['--noprofile', '--norc', '-e', '-c', script], {
        cwd: registry.root,
        encoding: 'utf8',
        env,
      });
      expect(result.status, result.stderr).toBe(0);
    };
    bash(steps.form);
    // Job 2 starts from a fresh checkout of the same commit.
    git('reset', '-q', '--hard');
    git('clean', '-fdq', '--', 'groups');
    bash(steps.apply);
    return run(number, trigger, undefined, {
      reportPath: path.join(temp, 'issue-form/report.json'),
      reuse: payload,
    });
  };

  return { gh, run, workflow, formJob, fileIssue, checkout, root: registry.root };
}

/** The scripts of issue-ops.yml's steps that read the form and that apply its patch. */
function workflowSteps(): { form: string; apply: string } {
  type Steps = Array<{ run?: string }>;
  const workflow = load(
    readFileSync(path.join(REPO_ROOT, '.github/workflows/issue-ops.yml'), 'utf8'),
  ) as { jobs: { form: { steps: Steps }; 'pull-request': { steps: Steps } } };
  const form = workflow.jobs.form.steps.find((step) => step.run?.includes('from-issue'))?.run;
  const apply = workflow.jobs['pull-request'].steps.find((step) =>
    step.run?.includes('git apply'),
  )?.run;
  if (form === undefined || apply === undefined) throw new Error('issue-ops.yml has changed');
  return { form, apply };
}

/** The pull requests from `tgr/issue-<n>` branches on the fake. */
export function formPulls(gh: FakeGitHub, issue?: number) {
  return gh.state.pulls
    .filter((pull) =>
      issue === undefined
        ? pull.head.ref.startsWith('tgr/issue-')
        : pull.head.ref === `tgr/issue-${String(issue)}`,
    )
    .map((pull) => ({
      number: pull.number,
      branch: pull.head.ref,
      state: pull.state,
      author: pull.user,
      title: pull.title,
      body: pull.body ?? '',
      headSha: pull.head.sha,
    }));
}

/** The comments on an issue, oldest first, with their authors' logins. */
export function commentsOn(gh: FakeGitHub, issue: number) {
  return gh.state.comments
    .filter((comment) => comment.issue_number === issue)
    .map((comment) => ({ id: comment.id, user: comment.user, body: comment.body }));
}
