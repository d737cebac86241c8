import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../test/support/registry.js';
import { accountId, auditGroup } from '../../test/support/audit-fixtures.js';
import {
  AUTHOR,
  CO_LEADER,
  MAINTAINER,
  STRANGER,
  commentsOn,
  formPulls,
  reportFixture,
  startIssueOps,
  type HandOver,
} from '../../test/support/issue-ops-scenario.js';
import { branchFiles, pushCommit } from '../../test/fake-github/index.js';

/**
 * issue-ops.yml's jobs 2 and 3 (issue 24, item 3) in process: the Action in issue mode against
 * the fake GitHub with real `issues` and `issue_comment` payloads, after job 1's hand-over (a
 * report fixture, and the group file the checked patch writes). The bundle runs the main
 * scenario in test/e2e/issue-ops.dist.test.ts.
 */

/** A new group's file as `tgr from-issue` writes it for a join form: logins, no ids yet. */
const JOINING = auditGroup(1, {
  slug: 'testville-azure',
  language: 'nl',
  leader: AUTHOR,
  coLeader: CO_LEADER,
  leaderId: null,
  coLeaderId: null,
  status: 'applying',
});

const join = (text = JOINING.text): HandOver => ({
  report: reportFixture('join-report'),
  file: { path: JOINING.path, text },
});

/** The bot's comments on an issue. */
const stickies = (gh: Parameters<typeof commentsOn>[0], issue: number) =>
  commentsOn(gh, issue).filter((comment) => comment.user === 'github-actions[bot]');

describe.concurrent('issue forms (runAction in process, mode issue)', () => {
  it('opens one pull request per issue, updates it when the issue is edited, and closes it with the issue', async ({
    onTestFinished,
  }) => {
    const s = await startIssueOps(onTestFinished);
    const issue = s.fileIssue('### Group name\n\nTestville Azure');

    const opened = await s.run(issue, 'opened', join());
    const [pull] = formPulls(s.gh, issue);
    expect(pull).toMatchObject({
      number: opened.pull,
      branch: `tgr/issue-${String(issue)}`,
      state: 'open',
      author: 'github-actions[bot]',
    });
    if (pull === undefined) throw new Error('no pull request');
    expect(pull.body).toMatch(new RegExp(`^Closes #${String(issue)}\\b`));
    // The hidden mark names the body the pull request was built from.
    const asFiled = s.gh.state.issues.find((each) => each.number === issue)?.body ?? '';
    expect(pull.body).toContain(
      `body=${createHash('sha256').update(asFiled, 'utf8').digest('hex')} -->`,
    );
    // The ids come from GitHub's answers: the author's from the issue, the co-leader's by login.
    const proposed = branchFiles(s.gh.state, pull.branch)?.[JOINING.path] ?? '';
    expect(proposed).toContain(`github: "${AUTHOR}"\n  githubId: ${String(accountId(AUTHOR))}`);
    expect(proposed).toContain(
      `github: "${CO_LEADER}"\n  githubId: ${String(accountId(CO_LEADER))}`,
    );
    // One comment on the issue, in the group's language, naming the pull request.
    const [reply] = stickies(s.gh, issue);
    expect(stickies(s.gh, issue)).toHaveLength(1);
    expect(reply?.body).toContain(`pull request #${String(pull.number)}`);
    expect(reply?.body).toMatch(/Bedankt/);
    // Job 3 ran the registry check on its head.
    expect(s.gh.state.checkRuns.filter((run) => run.head_sha === pull.headSha)).not.toEqual([]);

    // The author edits the issue: the same pull request now holds one new commit.
    const edited = JOINING.text.replace('Testville 1 Azure User Group', 'Testville Azure Evenings');
    const again = await s.run(issue, 'edited', join(edited));
    expect(again.pull).toBe(pull.number);
    const [updated] = formPulls(s.gh, issue);
    expect(formPulls(s.gh)).toHaveLength(1);
    expect(updated?.headSha).not.toBe(pull.headSha);
    expect(branchFiles(s.gh.state, pull.branch)?.[JOINING.path]).toContain(
      'Testville Azure Evenings',
    );
    expect(stickies(s.gh, issue)).toHaveLength(1);
    expect(stickies(s.gh, issue)[0]?.body).toMatch(/het laatst hebt opgeslagen/);

    // The issue is closed: its pull request is closed and the branch deleted.
    const held = s.gh.state.issues.find((each) => each.number === issue);
    if (held === undefined) throw new Error('no issue');
    held.state = 'closed';
    const closed = await s.run(issue, 'closed');
    expect(closed.pull).toBeUndefined();
    expect(formPulls(s.gh, issue)[0]?.state).toBe('closed');
    expect(branchFiles(s.gh.state, pull.branch)).toBeUndefined();
  });

  it('ignores /retry by a stranger, and reads the form again on /retry by its author or a maintainer', async ({
    onTestFinished,
  }) => {
    const s = await startIssueOps(onTestFinished);
    const issue = s.fileIssue('### Group name\n\nTestville Azure');
    const first = await s.run(issue, 'opened', join());
    const head = formPulls(s.gh, issue)[0]?.headSha;

    const stranger = await s.run(issue, { retry: STRANGER }, join());
    expect(stranger.writes).toBe(0);
    expect(stranger.pull).toBeUndefined();
    expect(formPulls(s.gh, issue)[0]?.headSha).toBe(head);
    // Not exactly /retry: nothing either, whoever writes it.
    expect((await s.run(issue, { retry: AUTHOR, body: '/retry please' }, join())).writes).toBe(0);

    const author = await s.run(issue, { retry: AUTHOR }, join());
    expect(author.pull).toBe(first.pull);
    const maintainer = await s.run(issue, { retry: MAINTAINER }, join());
    expect(maintainer.pull).toBe(first.pull);
    expect(formPulls(s.gh)).toHaveLength(1);
  });

  it('answers a form with errors with what to change, escaped, and no pull request; an earlier one is closed', async ({
    onTestFinished,
  }) => {
    const s = await startIssueOps(onTestFinished);
    const issue = s.fileIssue('### Group name\n\n');
    const refused = await s.run(issue, 'opened', { report: reportFixture('join-errors-report') });
    expect(refused.pull).toBeUndefined();
    expect(formPulls(s.gh)).toEqual([]);
    const [reply] = stickies(s.gh, issue);
    expect(reply?.body).toMatch(/Edit this issue/);
    expect(reply?.body).toContain('Group name');
    // The answer's text stays text: no link, no mention.
    expect(reply?.body).not.toContain('](https://evil');
    expect(reply?.body).not.toMatch(/@everyone/);

    // Fixed: a pull request. Broken again: it is closed, and the reply says so.
    const fixed = await s.run(issue, 'edited', join());
    expect(fixed.pull).toBeDefined();
    await s.run(issue, 'edited', { report: reportFixture('join-errors-report') });
    expect(formPulls(s.gh, issue)[0]?.state).toBe('closed');
    expect(stickies(s.gh, issue)).toHaveLength(1);
    expect(stickies(s.gh, issue)[0]?.body).toContain(`#${String(fixed.pull)}`);
  });

  it('writes nothing for a form read from an older body than the issue holds now', async ({
    onTestFinished,
  }) => {
    const s = await startIssueOps(onTestFinished);
    const issue = s.fileIssue('### Group name\n\nTestville Azure');
    const first = await s.run(issue, 'opened', join());
    const head = formPulls(s.gh, issue)[0]?.headSha;
    // Job 1 read the body of an earlier edit; the issue was edited again since.
    const older = { ...join(JOINING.text.replace('Testville 1', 'Older')) };
    const stale = createHash('sha256').update('### Group name\n\nOlder', 'utf8').digest('hex');
    const run = await s.run(issue, 'edited', {
      ...older,
      report: { ...older.report, bodySha256: stale },
    });
    expect(run.writes).toBe(0);
    expect(run.pull).toBeUndefined();
    expect(formPulls(s.gh, issue)[0]).toMatchObject({ number: first.pull, headSha: head });
  });

  it('takes an issue GitHub answers from another repository (moved there) for none', async ({
    onTestFinished,
  }) => {
    const s = await startIssueOps(onTestFinished);
    const issue = s.fileIssue('### Group name\n\nTestville Azure');
    const moved = structuredClone(s.gh.state.issues.find((each) => each.number === issue));
    if (moved === undefined) throw new Error('no issue');
    // issues.get follows GitHub's redirect: the answer is issue 3 of another repository.
    s.gh.faults.push({
      kind: 'status',
      status: 200,
      match: { method: 'GET', path: new RegExp(`/issues/${String(issue)}$`) },
      body: {
        number: 3,
        state: 'open',
        title: moved.title,
        body: moved.body,
        user: { login: AUTHOR, id: accountId(AUTHOR), type: 'User' },
        repository_url: 'https://api.github.com/repos/someone-else/elsewhere',
      },
    });
    const run = await s.run(issue, 'opened', join());
    expect(run.writes).toBe(0);
    expect(formPulls(s.gh)).toEqual([]);
    expect(commentsOn(s.gh, issue)).toEqual([]);
  });

  it('leaves an issue that is no form alone', async ({ onTestFinished }) => {
    const s = await startIssueOps(onTestFinished);
    const issue = s.fileIssue('The site is down');
    const run = await s.run(issue, 'opened', { report: reportFixture('not-a-form-report') });
    expect(run.writes).toBe(0);
    expect(commentsOn(s.gh, issue)).toEqual([]);
  });

  it('gives a second open form for the same group a reply and no pull request', async ({
    onTestFinished,
  }) => {
    const s = await startIssueOps(onTestFinished);
    const first = s.fileIssue('### Group name\n\nTestville Azure');
    await s.run(first, 'opened', join());
    const second = s.fileIssue('### Group name\n\nTestville Azure');
    const run = await s.run(second, 'opened', join());
    expect(run.pull).toBeUndefined();
    expect(formPulls(s.gh, second)).toEqual([]);
    expect(stickies(s.gh, second)[0]?.body).toContain(`#${String(first)}`);
  });

  it('reads at most 10 forms a person an hour, over all their issues', async ({
    onTestFinished,
  }) => {
    const s = await startIssueOps(onTestFinished);
    const issue = s.fileIssue('### Group name\n\nTestville Azure');
    for (let run = 0; run < 5; run++) await s.run(issue, 'edited', join());
    const other = s.fileIssue('### Group name\n\n');
    for (let run = 0; run < 5; run++)
      await s.run(other, 'edited', { report: reportFixture('join-errors-report') });
    const head = formPulls(s.gh, issue)[0]?.headSha;

    const over = await s.run(issue, 'edited', join());
    expect(over.pull).toBeUndefined();
    expect(formPulls(s.gh, issue)[0]?.headSha).toBe(head);
    expect(stickies(s.gh, issue)[0]?.body).toMatch(/hoogstens 10 formulieren per persoon per uur/);
    // Someone else's form is not held back by it.
    const theirs = s.fileIssue('### Group name\n\n', STRANGER);
    const run = await s.run(theirs, 'opened', { report: reportFixture('join-errors-report') });
    expect(stickies(s.gh, theirs)[0]?.body).toMatch(/Edit this issue/);
    expect(run.status).toBe(0);
  });

  it('leaves a pull request holding a commit the bot did not make as it is, and says so', async ({
    onTestFinished,
  }) => {
    const s = await startIssueOps(onTestFinished);
    const issue = s.fileIssue('### Group name\n\nTestville Azure');
    const first = await s.run(issue, 'opened', join());
    const pushed = pushCommit(
      s.gh.state,
      `tgr/issue-${String(issue)}`,
      { [JOINING.path]: `${JOINING.text}# mine\n` },
      STRANGER,
    );
    const run = await s.run(issue, 'edited', join());
    expect(run.pull).toBeUndefined();
    expect(formPulls(s.gh, issue)[0]?.headSha).toBe(pushed);
    expect(stickies(s.gh, issue)[0]?.body).toContain(`#${String(first.pull)}`);
    expect(stickies(s.gh, issue)[0]?.body).toMatch(/niet heeft gemaakt/);
    // Closing the issue closes it but keeps the branch with the other person's commit.
    const held = s.gh.state.issues.find((each) => each.number === issue);
    if (held !== undefined) held.state = 'closed';
    await s.run(issue, 'closed');
    expect(formPulls(s.gh, issue)[0]?.state).toBe('closed');
    expect(branchFiles(s.gh.state, `tgr/issue-${String(issue)}`)).toBeDefined();
  });
  it('carries a real join form through tgr from-issue into one pull request with the ids filled', async ({
    onTestFinished,
  }) => {
    const s = await startIssueOps(onTestFinished, [], { logins: ['evavandijk', 'jbakker'] });
    const body = (
      JSON.parse(
        readFileSync(path.join(REPO_ROOT, 'test/fixtures/issue-forms/join-nl.json'), 'utf8'),
      ) as { issue: { body: string } }
    ).issue.body;
    const issue = s.fileIssue(body, 'evavandijk');
    const handOver = await s.formJob(issue, 'opened');
    expect(handOver.report).toMatchObject({ form: 'join', action: 'create' });
    const run = await s.run(issue, 'opened', handOver);
    const [pull] = formPulls(s.gh, issue);
    expect(pull?.number).toBe(run.pull);
    const file = handOver.file?.path ?? '';
    const proposed = branchFiles(s.gh.state, pull?.branch ?? '')?.[file] ?? '';
    expect(proposed).toMatch(/^status: applying$/m);
    expect(proposed).toContain(`githubId: ${String(accountId('evavandijk'))}`);
    expect(proposed).toContain(`githubId: ${String(accountId('jbakker'))}`);
    expect(stickies(s.gh, issue)[0]?.body).toMatch(/Bedankt/);
  });
  it('has its pull request judged as the issue author: a leader updates their own group, a stranger needs a maintainer', async ({
    onTestFinished,
  }) => {
    const group = auditGroup(2, { slug: 'testville-azure', leader: AUTHOR, coLeader: CO_LEADER });
    const s = await startIssueOps(onTestFinished, [group]);
    const update = (text: string): HandOver => ({
      report: reportFixture('update-report'),
      file: { path: group.path, text },
    });
    const moved = group.text.replace(
      'https://testville-azure.example.org/',
      'https://testville.example.org/',
    );
    expect(moved).not.toBe(group.text);

    const leader = s.fileIssue('### Group\n\ntestville-azure');
    const ownPull = (await s.run(leader, 'opened', update(moved))).pull;
    const own = formPulls(s.gh, leader)[0];
    expect(own?.number).toBe(ownPull);
    expect(
      s.gh.state.checkRuns.filter((run) => run.head_sha === own?.headSha).at(-1),
    ).toMatchObject({
      name: 'Registry check',
      conclusion: 'success',
    });

    const stranger = s.fileIssue('### Group\n\ntestville-azure', STRANGER);
    const theirs = (
      await s.run(
        stranger,
        'opened',
        update(moved.replace('testville.example', 'elsewhere.example')),
      )
    ).pull;
    const pull = formPulls(s.gh, stranger)[0];
    expect(pull?.number).toBe(theirs);
    expect(
      s.gh.state.checkRuns.filter((run) => run.head_sha === pull?.headSha).at(-1),
    ).toMatchObject({
      name: 'Registry check',
      conclusion: 'action_required',
    });
  });
});
