import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_REPOSITORY,
  issueCommentOnPull,
  pullRequestOpened,
  workflowRunCompleted,
  type PullTarget,
} from '../../test/fake-github/index.js';
import { readInputs } from './inputs.js';

/**
 * readInputs over INPUT_* variables, as the runner sets them, and real webhook payloads (from
 * @octokit/webhooks-examples, through the fake GitHub's payload builders) in GITHUB_EVENT_PATH.
 */
const folder = mkdtempSync(path.join(tmpdir(), 'tgr-inputs-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

const { owner, repo } = DEFAULT_REPOSITORY;
const TARGET: PullTarget = {
  owner,
  repo,
  number: 42,
  author: 'lieven-gent',
  head: { sha: 'a'.repeat(40), ref: 'topic', repoFullName: 'lieven-gent/registry' },
  base: { sha: 'b'.repeat(40), ref: 'main' },
};

beforeEach(() => {
  // Only what each test sets: none of the machine's own runner variables.
  for (const name of Object.keys(process.env))
    if (/^(INPUT_|GITHUB_|RUNNER_)/.test(name)) vi.stubEnv(name, undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

function inputs(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values))
    vi.stubEnv(`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value);
}

let events = 0;
function github(eventName: string, payload: unknown, extra: Record<string, string> = {}) {
  const file = path.join(folder, `event-${String(++events)}.json`);
  writeFileSync(file, JSON.stringify(payload));
  const env = {
    GITHUB_WORKSPACE: '/work/registry',
    GITHUB_REPOSITORY: `${owner}/${repo}`,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: file,
    GITHUB_API_URL: 'http://127.0.0.1:1234',
    ...extra,
  };
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
}

describe('readInputs', () => {
  it('defaults to validate mode, today, and the workspace', () => {
    vi.stubEnv('GITHUB_WORKSPACE', '/work/registry');
    inputs({ today: '2026-11-22' });
    expect(readInputs()).toEqual({
      mode: 'validate',
      root: '/work/registry',
      today: '2026-11-22',
      config: undefined,
      rulePages: 'https://github.com/azure-tech-groups/registry/blob/v0.1.0/docs/rules/',
    });
  });

  it('reads a pull_request_target payload into a pull-request event and a connection', () => {
    github('pull_request_target', pullRequestOpened(TARGET));
    inputs({ mode: 'pr', token: 'test-token', today: '2026-11-22', config: 'policy.yaml' });
    expect(readInputs()).toEqual({
      mode: 'pr',
      root: '/work/registry',
      today: '2026-11-22',
      config: 'policy.yaml',
      rulePages: 'https://github.com/azure-tech-groups/registry/blob/v0.1.0/docs/rules/',
      github: {
        token: 'test-token',
        apiUrl: 'http://127.0.0.1:1234',
        owner,
        repo,
        writesPerMinute: 60,
        retryDelayMs: 1000,
      },
      event: { kind: 'pull-request', number: 42, defaultBranch: 'main' },
    });
  });

  it('reads a /consent comment, and ignores any other comment', () => {
    inputs({ mode: 'pr', token: 't', today: '2026-11-22' });
    github('issue_comment', issueCommentOnPull(TARGET, { body: '/consent', commenter: 'sofie' }));
    expect(readInputs()).toMatchObject({
      event: { kind: 'comment', number: 42, defaultBranch: 'main', commenter: 'sofie' },
    });
    github('issue_comment', issueCommentOnPull(TARGET, { body: 'LGTM', commenter: 'sofie' }));
    expect(readInputs()).toMatchObject({
      event: { kind: 'ignored', reason: 'the comment is not /consent' },
    });
  });

  it('reads a workflow_run payload into the head it names', () => {
    inputs({ mode: 'pr', token: 't', today: '2026-11-22' });
    github(
      'workflow_run',
      workflowRunCompleted({
        ...TARGET,
        sender: 'maintainer',
        workflowName: 'Pull request review',
        conclusion: 'success',
      }),
    );
    expect(readInputs()).toMatchObject({
      event: {
        kind: 'review',
        head: { owner: 'lieven-gent', branch: 'topic', sha: 'a'.repeat(40) },
        defaultBranch: 'main',
      },
    });
  });

  it('checks the pull request the pull-request input names, into the default branch', () => {
    inputs({ mode: 'pr', token: 't', today: '2026-11-22', 'pull-request': '7' });
    github('workflow_dispatch', { repository: { default_branch: 'trunk' }, inputs: {} });
    expect(readInputs()).toMatchObject({
      event: { kind: 'pull-request', number: 7, defaultBranch: 'trunk' },
    });
    // A scheduled run is on the default branch; its payload may not name it.
    github('schedule', { schedule: '23 4 * * *' }, { GITHUB_REF_NAME: 'main' });
    expect(readInputs()).toMatchObject({
      event: { kind: 'pull-request', number: 7, defaultBranch: 'main' },
    });
    // The input wins over the pull request the event names.
    github('pull_request_target', pullRequestOpened(TARGET));
    expect(readInputs()).toMatchObject({ event: { kind: 'pull-request', number: 7 } });
  });

  it.each(['0', '-3', '7.5', '#7', '0x7', '12345678901'])(
    'refuses the pull-request input %j',
    (value) => {
      inputs({ mode: 'pr', token: 't', today: '2026-11-22', 'pull-request': value });
      github('workflow_dispatch', { repository: { default_branch: 'main' } });
      expect(() => readInputs()).toThrow(/^Input "pull-request" must be a pull request's number/);
    },
  );

  it('refuses the pull-request input when nothing names the default branch', () => {
    inputs({ mode: 'pr', token: 't', today: '2026-11-22', 'pull-request': '7' });
    github('workflow_dispatch', {});
    expect(() => readInputs()).toThrow(
      'Input "pull-request" needs the repository\'s default branch, which the workflow_dispatch event\'s payload does not name.',
    );
  });

  it('reads the audit inputs and the server URL', () => {
    github('schedule', {}, { GITHUB_SERVER_URL: 'https://github.example' });
    inputs({
      mode: 'audit',
      token: 't',
      today: '2026-11-22',
      'dry-run': 'true',
      'max-writes': '8',
      'writes-per-minute': '600',
      'retry-delay-ms': '10',
    });
    expect(readInputs()).toMatchObject({
      mode: 'audit',
      dryRun: true,
      maxWrites: 8,
      serverUrl: 'https://github.example',
      github: { writesPerMinute: 600, retryDelayMs: 10 },
    });
  });

  it('reads the lifecycle inputs: auto by default, a past day only to look', () => {
    github('schedule', {});
    inputs({ mode: 'lifecycle', token: 't', 'max-pull-requests': '3' });
    expect(readInputs()).toMatchObject({
      mode: 'lifecycle',
      dryRun: 'auto',
      maxPullRequests: 3,
      maxWrites: 100,
    });
    inputs({ mode: 'lifecycle', token: 't', 'dry-run': 'false', 'max-pull-requests': '' });
    expect(readInputs()).toMatchObject({ dryRun: false, maxPullRequests: 10 });
    inputs({ mode: 'lifecycle', token: 't', 'dry-run': 'true', today: '2027-03-01' });
    expect(readInputs()).toMatchObject({ dryRun: true, today: '2027-03-01' });
  });

  it('keeps the audit writing when dry-run is left empty', () => {
    github('schedule', {});
    inputs({ mode: 'audit', token: 't' });
    expect(readInputs()).toMatchObject({ mode: 'audit', dryRun: false });
  });

  it.each([
    [{ mode: 'validate', today: 'yesterday' }, /^Input "today" must be a date written YYYY-MM-DD/],
    [
      { mode: 'lint', today: '2026-11-22' },
      /^Input "mode" must be validate, pr, audit, lifecycle or issue/,
    ],
    [
      { mode: 'audit', token: 't', 'dry-run': 'auto' },
      /^Input "dry-run" must be true or false, not "auto"/,
    ],
    [
      { mode: 'lifecycle', token: 't', 'dry-run': 'maybe' },
      /^Input "dry-run" must be true or false or auto, not "maybe"/,
    ],
    [
      { mode: 'lifecycle', token: 't', today: '2026-11-22' },
      /^Input "today" is accepted in lifecycle mode only with dry-run: true/,
    ],
    [
      { mode: 'lifecycle', token: 't', today: '2026-11-22', 'dry-run': 'false' },
      /^Input "today" is accepted in lifecycle mode only with dry-run: true/,
    ],
    [{ mode: 'pr', today: '2026-11-22' }, /^Input "token" is required in this mode/],
    [
      { mode: 'audit', token: 't', today: '2026-11-22', 'dry-run': 'false', 'max-writes': '0' },
      /^Input "max-writes" must be a positive number, not "0"/,
    ],
    [
      { mode: 'pr', token: 't', today: '2026-11-22', 'writes-per-minute': 'fast' },
      /^Input "writes-per-minute" must be a positive number, not "fast"/,
    ],
  ])('refuses %o', (values, message) => {
    github('pull_request_target', pullRequestOpened(TARGET));
    inputs(values);
    expect(() => readInputs()).toThrow(message);
  });

  it('needs the repository as owner/repo, and the event in pr mode', () => {
    inputs({ mode: 'pr', token: 't', today: '2026-11-22' });
    github('pull_request_target', pullRequestOpened(TARGET), { GITHUB_REPOSITORY: 'a/b/c' });
    expect(() => readInputs()).toThrow('GITHUB_REPOSITORY must be owner/repo.');
    github('pull_request_target', pullRequestOpened(TARGET), { GITHUB_EVENT_NAME: '' });
    expect(() => readInputs()).toThrow(
      'GITHUB_EVENT_NAME is not set: this mode runs inside GitHub Actions.',
    );
  });
});
