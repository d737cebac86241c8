import { expect, it } from 'vitest';
import {
  deleteAccount,
  registerAccount,
  renameAccount,
  type Account,
  type FileTree,
} from '../fake-github/index.js';
import type { ActionRunner } from './action-runner.js';
import { accountIdOf, swapPerson } from './check.js';
import {
  botComments,
  EXAMPLES,
  labelsOn,
  lastCheckRun,
  openPullRequest,
  type Scenario,
} from './pr-scenario.js';
import { GENT } from './pr-smoke.js';

/**
 * People are accounts, not logins (issue #19): GitHub frees a login when its account is renamed
 * or deleted, and anyone may register it. Each test holds a login that is not its owner's and
 * tries to get a green check, or to be mentioned, with it. Run in process
 * (src/action/run.pr-identity.test.ts) and through the bundle on Node 24
 * (test/e2e/pr-identity.dist.test.ts), against the fake GitHub.
 */
const UTRECHT_PATH = 'groups/utrecht-azure.yaml';
const UTRECHT = EXAMPLES[UTRECHT_PATH] ?? '';
const ANNA = 48213907;
const with_ = (file: string, text: string): FileTree => ({ ...EXAMPLES, [file]: text });
const MOVED = with_(UTRECHT_PATH, UTRECHT.replace('city: Utrecht', 'city: Zeist'));
/** Utrecht as it was before ids: people by username only. */
const LEGACY = UTRECHT.replace(/^ +githubId: \d+\n/gm, '');

/** An account someone registered after the login's first owner let it go. */
const newOwner = (login: string, id = 990_000_000 + accountIdOf(login)): Account => ({
  id,
  login,
  type: 'User',
  created_at: '2026-11-01T00:00:00Z',
});

export function prIdentityTests(runner: ActionRunner, cleanup: Array<() => unknown>): void {
  const open = (scenario: Scenario) => openPullRequest(scenario, cleanup, runner);

  it('a recycled login of a leader has no authority over the group', async () => {
    // Anna's account is gone; someone registered "annadevries" and opens a pull request.
    const { gh, run } = await open({
      head: MOVED,
      author: 'annadevries',
      accounts: [newOwner('annadevries')],
    });
    expect((await run()).status).toBe(0);
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    expect(labelsOn(gh)).toContain('needs maintainer');
  });

  it('a recycled login’s /consent and approval count for nothing', async () => {
    const named = with_(UTRECHT_PATH, swapPerson(UTRECHT, 'pjansen', 'newperson'));
    const { gh, run, comment, review } = await open({
      head: named,
      author: 'pjansen',
      // The file names newperson's first account; the login now belongs to someone else.
      accounts: [newOwner('newperson')],
    });
    await run();
    const { payload } = comment('newperson', '/consent');
    expect((await run('issue_comment', payload)).status).toBe(1);
    expect(lastCheckRun(gh)?.conclusion).toBe('failure');
    expect((await run('workflow_run', review('newperson', 'APPROVED'))).status).toBe(1);
    expect(lastCheckRun(gh)?.conclusion).toBe('failure');
    // The file's id is not that login's account: an error naming the account's real id.
    const annotation = lastCheckRun(gh)?.output.annotations.find(
      (a) => a.title === 'leaders/github-id',
    );
    expect(annotation?.message).toContain(String(990_000_000 + accountIdOf('newperson')));
    // The login is not the person the file means: it is not @mentioned anywhere.
    expect(botComments(gh)[0]?.body).not.toContain('@newperson');
  });

  it('a githubId that is not the login’s account is an error that gives the right line', async () => {
    const wrong = with_(UTRECHT_PATH, swapPerson(UTRECHT, 'pjansen', 'newperson', 12345));
    const { gh, run } = await open({
      head: wrong,
      author: 'annadevries',
      accounts: [newOwner('newperson', accountIdOf('newperson'))],
    });
    expect((await run()).status).toBe(1);
    expect(lastCheckRun(gh)?.output.annotations).toContainEqual(
      expect.objectContaining({
        title: 'leaders/github-id',
        message: expect.stringContaining(`githubId: ${String(accountIdOf('newperson'))}`) as string,
      }),
    );
  });

  it('a new group without account ids is not green', async () => {
    const withoutIds = GENT.replace(/^ +githubId: \d+\n/gm, '');
    const { gh, run } = await open({
      head: with_('groups/gent-azure.yaml', withoutIds),
      author: 'lieven-gent',
      fork: true,
    });
    expect((await run()).status).toBe(1);
    expect(lastCheckRun(gh)?.conclusion).toBe('failure');
    expect(lastCheckRun(gh)?.output.annotations.map((a) => a.title)).toContain('leaders/github-id');
  });

  it('adding your own id to a file without ids needs a maintainer', async () => {
    const base = with_(UTRECHT_PATH, LEGACY);
    // Whoever holds "annadevries" now writes in their own account id.
    const theirs = newOwner('annadevries');
    const head = with_(
      UTRECHT_PATH,
      UTRECHT.replace(`githubId: ${String(ANNA)}`, `githubId: ${String(theirs.id)}`),
    );
    const { gh, run } = await open({ base, head, author: 'annadevries', accounts: [theirs] });
    expect((await run()).status).toBe(0);
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    expect(labelsOn(gh)).toContain('needs maintainer');
    // The comment says the group was known by username only.
    expect(botComments(gh)[0]?.body).toContain('githubId');
  });

  it('a Bot is nobody, whatever its access: its pull request and approval need a maintainer', async () => {
    const collaborators = { 'helpful-app[bot]': 'write' as const };
    const authored = await open({ head: MOVED, author: 'helpful-app[bot]', collaborators });
    expect((await authored.run()).status).toBe(0);
    expect(lastCheckRun(authored.gh)?.conclusion).toBe('action_required');
    expect(labelsOn(authored.gh)).toContain('needs maintainer');
    // A stranger's change, approved by an app that may write to the repository.
    const approved = await open({ head: MOVED, author: 'stranger', collaborators });
    await approved.run();
    expect(
      (await approved.run('workflow_run', approved.review('helpful-app[bot]', 'APPROVED'))).status,
    ).toBe(0);
    expect(lastCheckRun(approved.gh)?.conclusion).toBe('action_required');
  });

  it('a leader renamed on GitHub still leads, and a freed login is not mentioned', async () => {
    const { gh, run } = await open({ head: MOVED, author: 'annadevries' });
    renameAccount(gh.state, 'annadevries', 'anna-vries');
    expect((await run()).status).toBe(0);
    expect(lastCheckRun(gh)?.conclusion).toBe('success');

    // A co-leader named by an account whose login was since deleted and taken by another.
    const named = with_(UTRECHT_PATH, swapPerson(UTRECHT, 'pjansen', 'newperson'));
    const second = await open({ head: named, author: 'annadevries' });
    deleteAccount(second.gh.state, 'newperson');
    registerAccount(second.gh.state, 'newperson');
    await second.run();
    expect(lastCheckRun(second.gh)?.conclusion).toBe('failure');
    expect(botComments(second.gh)[0]?.body).not.toContain('@newperson');
  });

  it('a leader’s own change with ids passes, and a new co-leader’s /consent still counts', async () => {
    const { gh, run } = await open({ head: MOVED, author: 'annadevries' });
    expect((await run()).status).toBe(0);
    expect(lastCheckRun(gh)?.conclusion).toBe('success');
    const named = with_(UTRECHT_PATH, swapPerson(UTRECHT, 'pjansen', 'newperson'));
    const second = await open({ head: named, author: 'pjansen' });
    await second.run();
    expect(botComments(second.gh)[0]?.body).toContain('@newperson');
    const { payload } = second.comment('newperson', '/consent');
    expect((await second.run('issue_comment', payload)).status).toBe(0);
    expect(lastCheckRun(second.gh)?.conclusion).toBe('success');
  });
}
