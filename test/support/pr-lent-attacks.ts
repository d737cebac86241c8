import { createHash } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import type { ActionRunner } from './action-runner.js';
import { accountIdOf, swapPerson } from './check.js';
import { makeIssue, renameAccount, type FileTree, type Issue } from '../fake-github/index.js';
import {
  botComments,
  EXAMPLES,
  labelsOn,
  lastCheckRun,
  openPullRequest as openScenario,
  type Scenario,
} from './pr-scenario.js';

/**
 * Issue 24 item 4: a pull request the issue-ops bundle opened from an issue form is judged as if
 * the issue's author had opened it, and only such a one: the check's own account, its own branch
 * `tgr/issue-<n>` in this repository holding only its own commits, an open issue <n> whose body
 * nobody but its author last edited and whose sha256 the pull request's hidden line names (the
 * body it was built from is the body now). Written once, run in process
 * (src/action/run.pr-lent.test.ts) and through the bundle (test/e2e/pr-lent.dist.test.ts).
 */
const UTRECHT_PATH = 'groups/utrecht-azure.yaml';
const UTRECHT = EXAMPLES[UTRECHT_PATH] ?? '';
const with_ = (file: string, text: string): FileTree => ({ ...EXAMPLES, [file]: text });
const HARMLESS = with_(UTRECHT_PATH, UTRECHT.replace('city: Utrecht', 'city: Utrecht Centrum'));
/** Pieter hands the co-leadership to a newcomer, who must consent. */
const HANDOVER = with_(UTRECHT_PATH, swapPerson(UTRECHT, 'pjansen', 'nnieuw'));

const BOT = 'github-actions[bot]';
const ISSUE = 7;
/** Anna de Vries leads the Utrecht group (her account id is the one its file gives). */
const ANNA = 'annadevries';

/** What the form's issue says (the pull request's content is built from it). */
const FORM_BODY = '### Group\n\nutrecht-azure\n\n### City\n\nUtrecht Centrum\n';
const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Issue #7, a form issue by `user`, open unless said otherwise. */
function formIssue(user: string, more: Partial<Issue> = {}): Issue {
  return {
    ...makeIssue({ number: ISSUE, user, title: 'Update: Utrecht Azure', body: FORM_BODY }),
    ...more,
  };
}

/** The hidden line the issue-ops bundle writes into its pull request: the issue and its body's hash. */
function marker(issue: number, body: string): string {
  return `Closes #${String(issue)}\n\n<!-- tgr-issue-ops issue=${String(issue)} group=utrecht-azure author=48213907 body=${sha256(body)} -->`;
}

/** The bot's pull request for issue #7, on its own branch in this repository, built from `FORM_BODY`. */
function fromForm(issue: Issue | undefined, head: FileTree = HARMLESS): Scenario {
  return {
    head,
    author: BOT,
    headRef: `tgr/issue-${String(ISSUE)}`,
    issues: issue === undefined ? [] : [issue],
    body: marker(ISSUE, FORM_BODY),
    commitAuthors: [BOT],
  };
}

const EDITED_EN = 'someone other than its author last edited the issue';
const STALE_EN = 'no longer matches the text of the issue';
const PUSHED_EN = 'someone other than the registry added changes';

function setUp(runner: ActionRunner) {
  const cleanup: Array<() => unknown> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0)) await step();
  });
  return (scenario: Scenario) => openScenario(scenario, cleanup, runner);
}

/** The lent case and the edited body: run in process and through the bundle. */
export function prLentEssentials(runner: ActionRunner): void {
  const openPullRequest = setUp(runner);

  it('a leader’s update of their own group from a form needs no maintainer', async () => {
    const { gh, run } = await openPullRequest(fromForm(formIssue(ANNA)));
    const result = await run();
    expect(result.status, result.stderr).toBe(0);
    expect(lastCheckRun(gh)?.conclusion).toBe('success');
    expect(labelsOn(gh)).not.toContain('needs maintainer');
    expect(botComments(gh)[0]?.body).toContain(`#${String(ISSUE)}`);
  });

  it('a body last edited by someone else lends nothing: a maintainer must approve, and the comment says why', async () => {
    const edited = formIssue(ANNA, {
      editor: { id: accountIdOf('stranger'), at: '2026-11-21T09:00:00Z' },
    });
    const { gh, run, review } = await openPullRequest(fromForm(edited));
    expect((await run()).status).toBe(0);
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    expect(labelsOn(gh)).toContain('needs maintainer');
    expect(botComments(gh)[0]?.body).toContain(EDITED_EN);
    await run('workflow_run', review('maintainer', 'APPROVED'));
    expect(lastCheckRun(gh)?.conclusion).toBe('success');
  });

  it('a pull request built from an older body of the issue lends nothing, and the comment says why', async () => {
    // Anna edited the issue after the pull request was built: its content is not what she asks now.
    const edited = formIssue(ANNA, {
      body: `${FORM_BODY}\n### Website\n\nhttps://example.org\n`,
      editor: { id: 48213907, at: '2026-11-21T09:00:00Z' },
    });
    const { gh, run } = await openPullRequest(fromForm(edited));
    expect((await run()).status).toBe(0);
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    expect(labelsOn(gh)).toContain('needs maintainer');
    expect(botComments(gh)[0]?.body).toContain(STALE_EN);
  });

  it('a commit someone else pushed onto the bot’s branch lends nothing', async () => {
    const { gh, run } = await openPullRequest({
      ...fromForm(formIssue(ANNA)),
      commitAuthors: [BOT, 'maintainer'],
    });
    expect((await run()).status).toBe(0);
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    expect(labelsOn(gh)).toContain('needs maintainer');
    expect(botComments(gh)[0]?.body).toContain(PUSHED_EN);
  });
}

/** Every other attack on lent authority, in process. */
export function prLentAttacks(runner: ActionRunner): void {
  const openPullRequest = setUp(runner);

  it('a body its author last edited still lends their authority', async () => {
    const own = formIssue(ANNA, { editor: { id: 48213907, at: '2026-11-21T09:00:00Z' } });
    const { gh, run } = await openPullRequest(fromForm(own));
    await run();
    expect(lastCheckRun(gh)?.conclusion).toBe('success');
    expect(botComments(gh)[0]?.body).not.toContain(EDITED_EN);
  });

  it('an edit by an account since deleted lends nothing', async () => {
    // GitHub answers `editor: null` for a deleted account; the edit's date still stands.
    const edited = formIssue(ANNA, { editor: { id: 999_999_999, at: '2026-11-21T09:00:00Z' } });
    const { gh, run } = await openPullRequest(fromForm(edited));
    await run();
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    expect(labelsOn(gh)).toContain('needs maintainer');
  });

  it('the issue’s author renamed (same account) still counts', async () => {
    const { gh, run } = await openPullRequest(fromForm(formIssue(ANNA)));
    renameAccount(gh.state, ANNA, 'anna-utrecht');
    await run();
    expect(lastCheckRun(gh)?.conclusion).toBe('success');
    expect(labelsOn(gh)).not.toContain('needs maintainer');
  });

  it('a leader’s hand-over from a form still waits for the newcomer’s /consent, and no maintainer', async () => {
    const { gh, run, comment } = await openPullRequest(fromForm(formIssue('pjansen'), HANDOVER));
    await run();
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    expect(labelsOn(gh)).toEqual(expect.arrayContaining(['awaiting consent']));
    expect(labelsOn(gh)).not.toContain('needs maintainer');
    await run('issue_comment', comment('nnieuw', '/consent').payload);
    expect(lastCheckRun(gh)?.conclusion).toBe('success');
  });

  it('a stranger’s form for someone else’s group never turns green without a leader or maintainer', async () => {
    const { gh, run, comment, review } = await openPullRequest(fromForm(formIssue('stranger')));
    await run();
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    expect(labelsOn(gh)).toContain('needs maintainer');
    // The stranger's own /consent, and the bot's approval and /consent, count for nothing.
    await run('issue_comment', comment('stranger', '/consent').payload);
    await run('issue_comment', comment(BOT, '/consent').payload);
    await run('workflow_run', review(BOT, 'APPROVED'));
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    expect(labelsOn(gh)).toContain('needs maintainer');
    await run('workflow_run', review('maintainer', 'APPROVED'));
    expect(lastCheckRun(gh)?.conclusion).toBe('success');
  });

  it.each([
    {
      attack:
        'another person’s edit, then the author’s, with the pull request still built from the other person’s text',
      // A maintainer rewrote the form (the pull request was rebuilt from it), then Anna edited it
      // back; her edit's run was lost: the pull request still holds the maintainer's text.
      scenario: {
        ...fromForm(formIssue(ANNA, { editor: { id: 48213907, at: '2026-11-21T10:00:00Z' } })),
        body: marker(ISSUE, `${FORM_BODY}\n### Leader\n\nsomeone-else\n`),
      },
    },
    {
      attack: 'a pull request without the bundle’s hidden line',
      scenario: { ...fromForm(formIssue(ANNA)), body: `Closes #${String(ISSUE)}` },
    },
    {
      attack: 'a hidden line naming another issue',
      scenario: { ...fromForm(formIssue(ANNA)), body: marker(8, FORM_BODY) },
    },
  ])('$attack lends nothing, and the comment says why', async ({ scenario }) => {
    const { gh, run } = await openPullRequest(scenario);
    expect((await run()).status).toBe(0);
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    expect(labelsOn(gh)).toContain('needs maintainer');
    expect(botComments(gh)[0]?.body).toContain(STALE_EN);
  });

  it.each([
    {
      attack: 'a commit by a person with write access on top of the bot’s',
      authors: [BOT, 'maintainer'],
    },
    { attack: 'a commit linked to no account', authors: [BOT, null] },
    { attack: 'a branch of only someone else’s commits', authors: ['maintainer'] },
  ])('$attack lends nothing', async ({ authors }) => {
    const { gh, run } = await openPullRequest({
      ...fromForm(formIssue(ANNA)),
      commitAuthors: authors,
    });
    expect((await run()).status).toBe(0);
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    expect(labelsOn(gh)).toContain('needs maintainer');
    expect(botComments(gh)[0]?.body).toContain(PUSHED_EN);
  });

  it('the bot’s own approval of its own form pull request counts for nothing', async () => {
    const { gh, run, review } = await openPullRequest(fromForm(formIssue('stranger')));
    await run();
    await run('workflow_run', review(BOT, 'APPROVED'));
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    expect(labelsOn(gh)).toContain('needs maintainer');
  });

  it.each([
    { attack: 'a form issue opened by a Bot account', user: 'renovate[bot]' },
    { attack: 'a form issue whose author was deleted (ghost)', user: 'ghost' },
  ])('$attack lends nothing: a maintainer must approve', async ({ user }) => {
    const { gh, run } = await openPullRequest(fromForm(formIssue(user)));
    expect((await run()).status).toBe(0);
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    expect(labelsOn(gh)).toContain('needs maintainer');
    expect(botComments(gh)[0]?.body).not.toContain('checked as if');
  });

  it('a stranger’s hand-over form of someone else’s group waits for a maintainer and the newcomer', async () => {
    const { gh, run, comment } = await openPullRequest(fromForm(formIssue('stranger'), HANDOVER));
    await run();
    await run('issue_comment', comment('nnieuw', '/consent').payload);
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    expect(labelsOn(gh)).toContain('needs maintainer');
  });

  it.each([
    {
      attack: 'a fork’s branch named tgr/issue-7, opened by a stranger for the leader’s issue',
      scenario: { ...fromForm(formIssue(ANNA)), author: 'stranger', fork: true },
    },
    {
      attack: 'a fork’s branch named tgr/issue-7, even opened by the bot’s account',
      scenario: { ...fromForm(formIssue(ANNA)), fork: true },
    },
    {
      attack: 'a tgr/issue-7 branch in this repository opened by a person',
      scenario: { ...fromForm(formIssue(ANNA)), author: 'stranger' },
    },
    {
      attack: 'a tgr/issue-7 branch opened by another bot',
      scenario: { ...fromForm(formIssue(ANNA)), author: 'renovate[bot]' },
    },
    {
      attack: 'a closed issue',
      scenario: fromForm(
        formIssue(ANNA, {
          state: 'closed',
          state_reason: 'completed',
          closed_at: '2026-11-21T09:00:00Z',
        }),
      ),
    },
    { attack: 'a missing issue', scenario: fromForm(undefined) },
    {
      // Number 7 is the leader's own pull request: GitHub lists it among the issues too.
      attack: 'a pull request’s number in place of an issue',
      scenario: fromForm(formIssue(ANNA, { isPullRequest: true })),
    },
    {
      attack: 'a branch whose number is written another way',
      scenario: { ...fromForm(formIssue(ANNA)), headRef: 'tgr/issue-07' },
    },
  ])('$attack lends nothing: a maintainer must approve', async ({ scenario }) => {
    const { gh, run } = await openPullRequest(scenario);
    expect((await run()).status).toBe(0);
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    expect(labelsOn(gh)).toContain('needs maintainer');
    expect(botComments(gh)[0]?.body).not.toContain(EDITED_EN);
  });
}
