import { describe, expect, it } from 'vitest';
import { addDays } from '../core/dates.js';
import {
  auditGroup,
  auditIssues,
  commentsOn,
  markedIssue,
  seedOf,
} from '../../test/support/audit-fixtures.js';
import {
  MAINTAINER,
  REAL_TODAY,
  SIX_RECENT,
  TWO_RECENT,
  checkRunsOn,
  daysAgo,
  proposals,
  startLifecycle,
} from '../../test/support/lifecycle-scenario.js';
import {
  branchFiles,
  closePull,
  headSha,
  mergePull,
  pushCommit,
  type Label,
} from '../../test/fake-github/index.js';

/**
 * The program's stages as audit.yml runs them (issue 23), in process: the audit tells a group,
 * the lifecycle job proposes each stage as a pull request the bundle opens through the REST API,
 * the check job runs the registry check on it, and people merge or close it in the fake GitHub.
 * The bundle runs the main scenario in test/e2e/lifecycle.dist.test.ts.
 */
const ARMED: Label[] = ['lifecycle: inactivate', 'lifecycle: reactivate', 'lifecycle: remove'].map(
  (name, index) => ({ id: 900 + index, name, color: 'ededed', description: null }),
);

/** A group file with `inactiveSince` added at its end. */
function inactiveSince(text: string, day: string): string {
  return `${text.trimEnd()}\ninactiveSince: ${day}\n`;
}

/** A person's review on the pull request's head, as the review workflow records it. */
function approve(state: Parameters<typeof mergePull>[0], number: number, sha: string): void {
  state.reviews.push({
    id: state.nextId++,
    pull_number: number,
    user: MAINTAINER,
    state: 'APPROVED',
    body: '',
    submitted_at: new Date().toISOString(),
    commit_id: sha,
  });
}

describe.concurrent('the program stages (runAction in process, mode lifecycle)', () => {
  it('tells, waits, proposes inactive, and brings the group back once it qualifies', async ({
    onTestFinished,
  }) => {
    const told = daysAgo(100); // its date is 60 days later, and the grace 30 more: 10 days ago
    const group = auditGroup(1, { slug: 'testville-azure', language: 'nl', meetups: TWO_RECENT });
    const s = await startLifecycle(onTestFinished, [group]);

    // 100 days ago the audit told the group (one issue, its first-seen day in the marker).
    expect((await s.run('audit', { today: told })).status).toBe(0);
    const issue = auditIssues(s.gh).find((each) => each.kind === 'meetups-minimum');
    expect(issue).toMatchObject({ slug: group.slug, since: told, state: 'open' });
    // A person retitles the issue, closes and reopens it: the day stays.
    const held = s.gh.state.issues.find((each) => each.number === issue?.number);
    if (held === undefined) throw new Error('no audit issue');
    held.title = 'Please look at this';
    held.state = 'closed';
    held.state_reason = 'completed';
    held.closed_at = new Date().toISOString();
    // The next week's audit reopens it (the problem is still there), on the same day it began.
    expect((await s.run('audit', { today: addDays(told, 7) })).status).toBe(0);
    expect(auditIssues(s.gh).find((each) => each.number === issue?.number)).toMatchObject({
      state: 'open',
      since: told,
    });

    // The first run with the stages on only arms them: the labels, nothing else.
    const first = await s.lifecycle();
    expect(first.numbers).toEqual([]);
    expect(proposals(s.gh)).toEqual([]);
    expect(s.gh.state.labels.map((label) => label.name)).toEqual(
      expect.arrayContaining(ARMED.map((label) => label.name)),
    );
    expect(first.summary).toMatch(/first run/i);

    // The next run opens one pull request, labelled, on the bot's branch, with the file edited.
    const second = await s.lifecycle();
    expect(second.numbers).toHaveLength(1);
    const [opened] = proposals(s.gh);
    expect(opened).toMatchObject({
      number: second.numbers[0],
      branch: `tgr/lifecycle/${group.slug}`,
      state: 'open',
      author: 'github-actions[bot]',
    });
    // Its own label; the check adds its own beside it.
    expect(opened?.labels).toContain('lifecycle: inactivate');
    if (opened === undefined || issue === undefined) throw new Error('no proposal');
    expect(opened.body).toContain(`#${String(issue.number)}`);
    expect(opened.body).toContain(told);
    const proposed = branchFiles(s.gh.state, opened.branch)?.[group.path] ?? '';
    expect(proposed).toMatch(/^status: inactive$/m);
    expect(proposed).toContain(`inactiveSince: ${REAL_TODAY}`);
    // One comment on the audit issue, linking it.
    const linked = commentsOn(s.gh, issue.number).filter((body) =>
      body.includes(`#${String(opened.number)}`),
    );
    expect(linked).toHaveLength(1);
    // The registry check ran on it: the bot lends no authority, a maintainer must approve.
    expect(checkRunsOn(s.gh, opened.headSha).at(-1)).toMatchObject({
      name: 'Registry check',
      conclusion: 'action_required',
    });

    // The same day again: nothing to write, nothing to check.
    const again = await s.lifecycle();
    expect(again.numbers).toEqual([]);
    expect(again.writes).toBe(0);
    expect(commentsOn(s.gh, issue.number).filter((body) => body.includes('#'))).toHaveLength(
      linked.length,
    );

    // A maintainer approves: the check passes; a maintainer merges.
    approve(s.gh.state, opened.number, opened.headSha);
    expect((await s.run('pr', { 'pull-request': String(opened.number) })).status).toBe(0);
    expect(checkRunsOn(s.gh, opened.headSha).at(-1)).toMatchObject({ conclusion: 'success' });
    mergePull(s.gh.state, opened.number, MAINTAINER);

    // The directory drops the group, and the audit closes its issue (the group is not active).
    expect(await s.directory()).not.toContain(group.slug);
    expect((await s.run('audit')).status).toBe(0);
    expect(auditIssues(s.gh).find((each) => each.number === issue.number)?.state).toBe('closed');

    // The leaders add their meetups (a merged pull request): one reactivate proposal.
    const inactiveText = branchFiles(s.gh.state, 'main')?.[group.path] ?? '';
    const withMeetups = auditGroup(1, {
      slug: group.slug,
      language: 'nl',
      meetups: SIX_RECENT,
      status: 'inactive',
    });
    expect(inactiveText).toContain(`inactiveSince: ${REAL_TODAY}`);
    pushCommit(
      s.gh.state,
      'main',
      { [group.path]: inactiveSince(withMeetups.text, REAL_TODAY) },
      group.leader,
    );
    const back = await s.lifecycle();
    expect(back.numbers).toHaveLength(1);
    const reactivation = proposals(s.gh).find((each) => each.number === back.numbers[0]);
    expect(reactivation?.state).toBe('open');
    expect(reactivation?.labels).toContain('lifecycle: reactivate');
    const restored = branchFiles(s.gh.state, reactivation?.branch ?? '')?.[group.path] ?? '';
    expect(restored).toMatch(/^status: active$/m);
    expect(restored).not.toContain('inactiveSince');
  });

  it('does not propose again what a person declined, and removes a group inactive too long', async ({
    onTestFinished,
  }) => {
    const back = auditGroup(2, { slug: 'comeback-azure', meetups: SIX_RECENT, status: 'inactive' });
    const gone = auditGroup(3, { slug: 'faded-azure', meetups: TWO_RECENT, status: 'inactive' });
    const s = await startLifecycle(
      onTestFinished,
      [
        { ...back, text: inactiveSince(back.text, daysAgo(20)) },
        { ...gone, text: inactiveSince(gone.text, daysAgo(200)) },
      ],
      { seed: { labels: ARMED } },
    );
    const run = await s.lifecycle();
    expect(run.numbers).toHaveLength(2);
    const byBranch = new Map(proposals(s.gh).map((each) => [each.branch, each]));
    const reactivate = byBranch.get('tgr/lifecycle/comeback-azure');
    const remove = byBranch.get('tgr/lifecycle/faded-azure');
    expect(reactivate?.labels).toContain('lifecycle: reactivate');
    expect(remove?.labels).toContain('lifecycle: remove');
    // Removal deletes the file on the branch; git keeps its history.
    expect(branchFiles(s.gh.state, remove?.branch ?? '')?.[gone.path]).toBeUndefined();
    expect(branchFiles(s.gh.state, 'main')?.[gone.path]).toBeDefined();

    // A maintainer closes the reactivation unmerged: declined, not proposed again.
    closePull(s.gh.state, reactivate?.number ?? 0, MAINTAINER);
    const next = await s.lifecycle();
    expect(next.numbers).toEqual([]);
    expect(next.writes).toBe(0);
    expect(next.summary).toMatch(/declined/i);
    expect(proposals(s.gh).filter((each) => each.branch === reactivate?.branch)).toHaveLength(1);
  });

  it('plans only in a dry run, and looks at another day only in a dry run', async ({
    onTestFinished,
  }) => {
    const gone = auditGroup(4, { slug: 'quiet-azure', meetups: TWO_RECENT, status: 'inactive' });
    const s = await startLifecycle(
      onTestFinished,
      [{ ...gone, text: inactiveSince(gone.text, daysAgo(200)) }],
      { seed: { labels: ARMED } },
    );
    const dry = await s.run('lifecycle', { 'dry-run': 'true', today: REAL_TODAY });
    expect(dry.status).toBe(0);
    expect(dry.writes).toBe(0);
    expect(dry.outputs['pull-requests']).toBe('[]');
    expect(dry.summary).toContain('quiet-azure');
    const refused = await s.run('lifecycle', { 'dry-run': 'false', today: REAL_TODAY });
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('only with dry-run: true');
    expect(refused.requests).toEqual([]);
  });

  it('ATTACK: an issue someone else opened with the audit marker backdates nobody', async ({
    onTestFinished,
  }) => {
    const group = auditGroup(5, { slug: 'target-azure', meetups: TWO_RECENT });
    // Mallory copies the marker and label, a year back: the group was never told by the audit.
    const forged = markedIssue({
      number: 7,
      key: `${group.slug}/meetups-minimum`,
      since: daysAgo(365),
      user: 'mallory',
    });
    const s = await startLifecycle(onTestFinished, [group], {
      seed: { ...seedOf([forged]), labels: ARMED, users: new Set([...group.logins, 'mallory']) },
    });
    const run = await s.lifecycle();
    expect(run.numbers).toEqual([]);
    expect(proposals(s.gh)).toEqual([]);
  });

  it("ATTACK: a person's branch named like the bot's is never overwritten, and holds up no other group", async ({
    onTestFinished,
  }) => {
    const claimed = auditGroup(6, { slug: 'aaa-azure', meetups: TWO_RECENT, status: 'inactive' });
    const other = auditGroup(7, { slug: 'zzz-azure', meetups: TWO_RECENT, status: 'inactive' });
    const s = await startLifecycle(
      onTestFinished,
      [
        { ...claimed, text: inactiveSince(claimed.text, daysAgo(200)) },
        { ...other, text: inactiveSince(other.text, daysAgo(200)) },
      ],
      { seed: { labels: ARMED } },
    );
    // A leader pushed work to the branch name the bot would use (no pull request).
    const theirs = pushCommit(
      s.gh.state,
      'tgr/lifecycle/aaa-azure',
      { 'groups/aaa-azure.yaml': `${claimed.text}# the leaders' own edit\n` },
      claimed.leader,
    );
    const run = await s.lifecycle();
    expect(run.summary).toContain('its branch holds a commit the registry did not make');
    expect(s.gh.state.refs['tgr/lifecycle/aaa-azure']).toBe(theirs);
    expect(proposals(s.gh).map((each) => each.branch)).toEqual(['tgr/lifecycle/zzz-azure']);
  });

  it("ATTACK: a person's commit on a closed proposal's branch survives the next episode", async ({
    onTestFinished,
  }) => {
    const gone = auditGroup(8, { slug: 'kept-azure', meetups: TWO_RECENT, status: 'inactive' });
    const s = await startLifecycle(
      onTestFinished,
      [{ ...gone, text: inactiveSince(gone.text, daysAgo(200)) }],
      { seed: { labels: ARMED } },
    );
    const first = await s.lifecycle();
    const [proposal] = proposals(s.gh);
    if (proposal === undefined || first.numbers.length !== 1) throw new Error('no proposal');
    // A maintainer pushes to the bot's branch, closes the pull request, and a new episode begins.
    const theirs = pushCommit(s.gh.state, proposal.branch, { 'NOTES.md': 'mine\n' }, MAINTAINER);
    closePull(s.gh.state, proposal.number, MAINTAINER);
    pushCommit(
      s.gh.state,
      'main',
      { [gone.path]: inactiveSince(gone.text, daysAgo(190)) },
      MAINTAINER,
    );
    const next = await s.lifecycle();
    expect(next.numbers).toEqual([]);
    expect(s.gh.state.refs[proposal.branch]).toBe(theirs);
  });

  it('opens the pull request on the next run when GitHub refused it once, on its own leftover branch', async ({
    onTestFinished,
  }) => {
    const gone = auditGroup(9, { slug: 'retry-azure', meetups: TWO_RECENT, status: 'inactive' });
    const s = await startLifecycle(
      onTestFinished,
      [{ ...gone, text: inactiveSince(gone.text, daysAgo(200)) }],
      { seed: { labels: ARMED } },
    );
    // The repository does not yet let the workflow token open pull requests.
    s.gh.faults.push({
      match: { method: 'POST', path: /\/pulls$/ },
      kind: 'status',
      status: 403,
      body: { message: 'GitHub Actions is not permitted to create or approve pull requests.' },
    });
    const refused = await s.run('lifecycle');
    expect(refused.status).toBe(1);
    expect(proposals(s.gh)).toEqual([]);
    // Allowed now: the bot's own leftover branch is moved, and the pull request opened.
    const next = await s.lifecycle();
    expect(next.numbers).toHaveLength(1);
    expect(proposals(s.gh)).toHaveLength(1);
  });

  it('sits each proposal on the commit it read, and proposes from the default branch only', async ({
    onTestFinished,
  }) => {
    const gone = auditGroup(10, { slug: 'based-azure', meetups: TWO_RECENT, status: 'inactive' });
    const s = await startLifecycle(
      onTestFinished,
      [{ ...gone, text: inactiveSince(gone.text, daysAgo(200)) }],
      { seed: { labels: ARMED } },
    );
    const read = headSha(s.gh.state, 'main');
    const elsewhere = await s.run(
      'lifecycle',
      {},
      { GITHUB_REF: 'refs/heads/feature', GITHUB_SHA: read },
    );
    expect(elsewhere.status).toBe(1);
    expect(elsewhere.stdout).toContain('proposes from the default branch (main) only');
    expect(proposals(s.gh)).toEqual([]);
    // main moves on after the checkout: the proposal still sits on the commit the run read.
    pushCommit(s.gh.state, 'main', { 'README.md': 'news\n' }, MAINTAINER);
    const run = await s.run('lifecycle', {}, { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: read });
    expect(run.status).toBe(0);
    const [proposal] = proposals(s.gh);
    expect(s.gh.state.commits[proposal?.headSha ?? '']?.parents).toEqual([read]);
  });
});
