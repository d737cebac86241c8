import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runActionBundle } from '../support/action-runner.js';
import { accountId } from '../support/audit-fixtures.js';
import { STRANGER, commentsOn, formPulls, startIssueOps } from '../support/issue-ops-scenario.js';
import { REPO_ROOT } from '../support/registry.js';
import { branchFiles } from '../fake-github/index.js';

/**
 * An issue form through issue-ops.yml's own steps and the committed bundle on Node 24: main's
 * bundled `tgr from-issue` reads the payload in a git checkout and diffs groups/, a fresh checkout
 * checks the patch and applies it, the Action in issue mode opens the one pull request through the
 * fake GitHub's REST API (which checks every request against GitHub's description), and the check
 * job runs on it. Every other scenario runs in process in src/action/run.issue-ops.test.ts.
 */
const JOIN = (
  JSON.parse(
    readFileSync(path.join(REPO_ROOT, 'test/fixtures/issue-forms/join-nl.json'), 'utf8'),
  ) as { issue: { body: string } }
).issue.body;

describe('issue forms (dist/index.js, mode issue, through issue-ops.yml)', () => {
  it('opens one pull request for a join form, ignores a stranger’s /retry, follows an edit, and closes with the issue', async ({
    onTestFinished,
  }) => {
    const s = await startIssueOps(onTestFinished, [], {
      runner: runActionBundle,
      logins: ['evavandijk', 'jbakker'],
    });
    const issue = s.fileIssue(JOIN, 'evavandijk');

    const opened = await s.workflow(issue, 'opened');
    const [pull] = formPulls(s.gh, issue);
    if (pull === undefined) throw new Error('no pull request');
    expect(pull).toMatchObject({
      number: opened.pull,
      branch: `tgr/issue-${String(issue)}`,
      state: 'open',
      author: 'github-actions[bot]',
    });
    expect(pull.body).toMatch(new RegExp(`^Closes #${String(issue)}\\b`));
    const files = branchFiles(s.gh.state, pull.branch) ?? {};
    const added = Object.keys(files).filter((file) => file.startsWith('groups/'));
    expect(added).toHaveLength(1);
    const text = files[added[0] ?? ''] ?? '';
    expect(text).toMatch(/^status: applying$/m);
    expect(text).toContain(`githubId: ${String(accountId('evavandijk'))}`);
    expect(text).toContain(`githubId: ${String(accountId('jbakker'))}`);
    const bot = () =>
      commentsOn(s.gh, issue).filter((comment) => comment.user === 'github-actions[bot]');
    expect(bot()).toHaveLength(1);
    expect(bot()[0]?.body).toMatch(/Bedankt/);
    expect(s.gh.state.checkRuns.some((run) => run.head_sha === pull.headSha)).toBe(true);

    const stranger = await s.workflow(issue, { retry: STRANGER });
    expect(stranger.writes).toBe(0);

    const held = s.gh.state.issues.find((each) => each.number === issue);
    if (held === undefined) throw new Error('no issue');
    held.body = JOIN.replace('Zaalhuur en pizza', 'Zaalhuur, pizza en drinken');
    const edited = await s.workflow(issue, 'edited');
    expect(edited.pull).toBe(pull.number);
    expect(formPulls(s.gh)).toHaveLength(1);
    expect(branchFiles(s.gh.state, pull.branch)?.[added[0] ?? '']).toContain('drinken');
    expect(bot()).toHaveLength(1);

    held.state = 'closed';
    await s.workflow(issue, 'closed');
    expect(formPulls(s.gh, issue)[0]?.state).toBe('closed');
    expect(branchFiles(s.gh.state, pull.branch)).toBeUndefined();
  });
});
