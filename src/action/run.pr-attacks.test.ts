import { afterEach, describe, expect, it } from 'vitest';
import { swapPerson, VALID_GROUP, withField } from '../../test/support/check.js';
import { runActionInProcess } from '../../test/support/action-runner.js';
import { prAuthorityAttacks } from '../../test/support/pr-authority-attacks.js';
import {
  editComment,
  issueCommentEdited,
  pullRequestOpened,
  type FileTree,
} from '../../test/fake-github/index.js';
import {
  markdown,
  markdownEffects,
  REPORT_STRUCTURE,
} from '../../test/support/markdown-effects.js';
import {
  botComments,
  EXAMPLES,
  labelsOn,
  lastCheckRun,
  openPullRequest as openScenario,
  type Scenario,
} from '../../test/support/pr-scenario.js';

/**
 * Attacks on the pull-request check, in process through readInputs, runAction, runPrCheck, the
 * real GitHub adapter and createOctokit: real webhook payloads, a fake GitHub over HTTP that
 * refuses what GitHub refuses. Each test tries to get a green check (or a quiet one) without the
 * people who must agree, one class of hole per test.
 */
const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});
const openPullRequest = (scenario: Scenario) => openScenario(scenario, cleanup);

const UTRECHT_PATH = 'groups/utrecht-azure.yaml';
const UTRECHT = EXAMPLES[UTRECHT_PATH] ?? '';
const with_ = (file: string, text: string): FileTree => ({ ...EXAMPLES, [file]: text });
/** The stranger names themselves leader of a group they do not lead. */
const HIJACK = with_(UTRECHT_PATH, swapPerson(UTRECHT, 'annadevries', 'stranger'));
const HARMLESS = with_(UTRECHT_PATH, UTRECHT.replace('city: Utrecht', 'city: Utrecht Centrum'));

describe('attacks on the pull-request check (runAction in process, mode pr)', () => {
  it('1: an approval does not outlive the commit it approved', async () => {
    const { gh, run, push, review } = await openPullRequest({ head: HARMLESS, author: 'stranger' });
    review('maintainer', 'APPROVED');
    expect((await run()).status).toBe(0);
    expect(lastCheckRun(gh)?.conclusion).toBe('success');
    // After the approval, the stranger pushes a leadership hijack.
    const hijack = push(HIJACK);
    expect((await run('pull_request_target', hijack.payload)).status).toBe(0);
    expect(lastCheckRun(gh)).toMatchObject({ head_sha: hijack.sha, conclusion: 'action_required' });
    expect(labelsOn(gh)).toContain('needs maintainer');
  });

  it('2: a leader cannot extend a waiver with a second entry for the same rule', async () => {
    const waiver = (until: string) =>
      `  - rule: meetups/minimum\n    reason: Venue lost\n    until: ${until}\n    approvedBy: maintainer\n`;
    const waived = `${UTRECHT}waivers:\n${waiver('2027-01-31')}`;
    const base = with_(UTRECHT_PATH, waived);
    const { gh, run } = await openPullRequest({
      base,
      head: with_(UTRECHT_PATH, `${waived}${waiver('2099-12-31')}`),
      author: 'annadevries',
    });
    expect((await run()).status).toBe(1);
    expect(lastCheckRun(gh)?.conclusion).toBe('failure');
    expect(labelsOn(gh)).toContain('needs maintainer');
    expect(lastCheckRun(gh)?.output.annotations.map((a) => a.title)).toContain('waivers/duplicate');
    expect(botComments(gh)[0]?.body).toContain('vrijstelling voor `meetups/minimum` toegevoegd');
  });

  it.each([
    {
      attack: 'self-admission: applying to active with a joined date',
      base: UTRECHT.replace('status: active', 'status: applying').replace(/^joined: .*\n/m, ''),
      head: UTRECHT,
    },
    {
      attack: 'joined moved into the future, so no meetups are owed',
      base: UTRECHT,
      head: UTRECHT.replace(/^joined: .*$/m, 'joined: 2026-11-01'),
    },
    {
      attack: 'status applying, to drop out of the audit',
      base: UTRECHT,
      head: UTRECHT.replace('status: active', 'status: applying'),
    },
  ])('3: program fields are for maintainers ($attack)', async ({ base, head }) => {
    const { gh, run } = await openPullRequest({
      base: with_(UTRECHT_PATH, base),
      head: with_(UTRECHT_PATH, head),
      author: 'annadevries',
    });
    await run();
    expect(lastCheckRun(gh)?.conclusion).not.toBe('success');
    expect(labelsOn(gh)).toContain('needs maintainer');
  });

  it('3: a joined date after the day of the check is an error', async () => {
    const { gh, run } = await openPullRequest({
      head: with_(UTRECHT_PATH, UTRECHT.replace(/^joined: .*$/m, 'joined: 2027-03-01')),
      author: 'annadevries',
    });
    expect((await run()).status).toBe(1);
    expect(lastCheckRun(gh)?.output.annotations.map((a) => a.title)).toContain('registry/joined');
  });

  it('4: a file main cannot read is not up for grabs', async () => {
    const { gh, run } = await openPullRequest({
      base: with_(UTRECHT_PATH, 'name: [this file is broken\n'),
      head: HIJACK,
      author: 'stranger',
    });
    expect((await run()).status).toBe(0);
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    // Nobody is known to lead it: a maintainer must approve, and both named leaders are new.
    expect(labelsOn(gh)).toEqual(['awaiting consent', 'needs maintainer', 'passing', 'update']);
    expect(botComments(gh)[0]?.body).toContain('op main is onleesbaar');
  });

  it('5: a group file turned into a symbolic link fails, and is never read as its target', async () => {
    const { gh, run } = await openPullRequest({
      head: with_(UTRECHT_PATH, 'lagos-azure.yaml'),
      headModes: { [UTRECHT_PATH]: '120000' },
      author: 'annadevries',
    });
    expect((await run()).status).toBe(1);
    expect(lastCheckRun(gh)).toMatchObject({ conclusion: 'failure' });
    expect(lastCheckRun(gh)?.output.annotations).toMatchObject([
      { path: UTRECHT_PATH, title: 'yaml', start_line: 1 },
    ]);
    expect(gh.requests.some((request) => request.path.includes('/git/blobs/'))).toBe(false);
  });

  it('6: a refusal that starts with /consent is not consent', async () => {
    const swapped = with_(UTRECHT_PATH, swapPerson(UTRECHT, 'pjansen', 'newperson'));
    const { gh, run, comment } = await openPullRequest({ head: swapped, author: 'annadevries' });
    await run();
    const refusal = comment('newperson', '/consent-NOT, I refuse');
    // The workflow's filter lets it through (it contains /consent); the check must not.
    await run('issue_comment', refusal.payload);
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    expect(labelsOn(gh)).toContain('awaiting consent');
  });

  it('6: a consent is not reused after a push names the same person in another role', async () => {
    const asCoLeader = with_(UTRECHT_PATH, swapPerson(UTRECHT, 'pjansen', 'newperson'));
    const { gh, run, comment, push } = await openPullRequest({
      head: asCoLeader,
      author: 'pjansen',
    });
    await run();
    await run('issue_comment', comment('newperson', '/consent').payload);
    expect(lastCheckRun(gh)?.conclusion).toBe('success');
    const asLeader = push(with_(UTRECHT_PATH, swapPerson(UTRECHT, 'annadevries', 'newperson')));
    await run('pull_request_target', asLeader.payload);
    expect(lastCheckRun(gh)).toMatchObject({
      head_sha: asLeader.sha,
      conclusion: 'action_required',
    });
  });

  it('6: editing a consent away re-runs the check, which then waits again', async () => {
    const swapped = with_(UTRECHT_PATH, swapPerson(UTRECHT, 'pjansen', 'newperson'));
    // The co-leader hands over: nobody else loses a role, so only the newcomer must consent.
    const { gh, run, comment, target } = await openPullRequest({
      head: swapped,
      author: 'pjansen',
    });
    await run();
    const consent = comment('newperson', '/consent');
    await run('issue_comment', consent.payload);
    expect(lastCheckRun(gh)?.conclusion).toBe('success');
    editComment(gh.state, consent.id, 'Actually, no.', new Date().toISOString());
    const edited = issueCommentEdited(
      target,
      { body: 'Actually, no.', commenter: 'newperson', id: consent.id },
      '/consent',
    );
    expect((await run('issue_comment', edited)).status).toBe(0);
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
  });

  it('7: a pull request into another branch writes no verdict on the shared head commit', async () => {
    // On an old branch the stranger was the leader; main says otherwise.
    const old = with_(UTRECHT_PATH, swapPerson(UTRECHT, 'annadevries', 'stranger'));
    const { gh, run, target } = await openPullRequest({
      base: old,
      main: EXAMPLES,
      baseRef: 'old-main',
      head: with_(UTRECHT_PATH, (old[UTRECHT_PATH] ?? '').replace('city: Utrecht', 'city: X')),
      author: 'stranger',
    });
    const result = await run('pull_request_target', pullRequestOpened(target));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('only pull requests into main are checked');
    expect(gh.state.checkRuns).toEqual([]);
    expect(gh.writes()).toBe(0);
  });

  it('8: a changed file listed without a sha is still read, from the head commit', async () => {
    const { gh, run } = await openPullRequest({
      head: HIJACK,
      author: 'stranger',
      files: (files) => files.map((file) => ({ ...file, sha: null })),
    });
    await run();
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    expect(labelsOn(gh)).toContain('needs maintainer');
    expect(gh.requests.filter((request) => request.path.includes('/git/blobs/'))).toHaveLength(1);
  });

  it('9: more files than GitHub lists are answered at once, without reading them', async () => {
    const huge: FileTree = { ...EXAMPLES };
    for (let i = 0; i < 3001; i++) huge[`docs/page-${String(i)}.md`] = `page ${String(i)}\n`;
    const { gh, run } = await openPullRequest({ head: huge, author: 'annadevries' });
    expect((await run()).status).toBe(0);
    expect(lastCheckRun(gh)).toMatchObject({
      conclusion: 'action_required',
      output: { title: 'Too large to check file by file: a maintainer must review' },
    });
    expect(gh.requests.filter((request) => /\/files$|\/git\//.test(request.path))).toEqual([]);
    expect(labelsOn(gh)).toContain('needs maintainer');
  });

  it('9 and 10: eighty changed groups naming eighty people fit in one comment that mentions five', async () => {
    const head: FileTree = { ...EXAMPLES };
    for (let i = 0; i < 80; i++) {
      const slug = `city-${String(i)}-azure`;
      head[`groups/${slug}.yaml`] = swapPerson(
        withField('slug', slug, VALID_GROUP),
        'pjansen',
        `person-${String(i)}`,
      )
        .replace('name: Example Azure User Group', `name: City ${String(i)} Azure User Group`)
        .replace('example-azure.org/', `city-${String(i)}-azure.org/`)
        .replace('example-azure.org/code-of-conduct', `city-${String(i)}-azure.org/coc`)
        .replace('techCommunityId: 2345678', `techCommunityId: ${String(3_000_000 + i)}`)
        .replace('status: active', 'status: applying')
        .replace(/^joined: .*\n/m, '');
    }
    const { gh, run } = await openPullRequest({ head, author: 'annadevries' });
    const result = await run();
    expect(result.status, result.stdout).toBe(0);
    const body = botComments(gh)[0]?.body ?? '';
    // Cut to fit (GitHub refuses more; the fake too), saying where the rest is.
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(65_536);
    expect(body).toContain('cut to fit GitHub’s limit on a comment');
    const mentions = markdownEffects(markdown.render(body), [...REPORT_STRUCTURE, 'em']);
    // Five of the eighty people asked to consent; the rest are named in plain text.
    expect(new Set(mentions).size).toBe(5);
    expect(body).toContain('`person-79`');
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
  });

  it('11: an approval re-runs the check through workflow_run, found by its head alone', async () => {
    const { gh, run, review } = await openPullRequest({
      head: HIJACK,
      author: 'stranger',
      fork: true,
    });
    await run();
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    const approval = review('maintainer', 'APPROVED');
    expect((await run('workflow_run', approval)).status).toBe(0);
    expect(lastCheckRun(gh)?.conclusion).toBe('success');
    // Dismissed: the next run waits again.
    const dismissal = review('maintainer', 'DISMISSED');
    await run('workflow_run', dismissal);
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
  });

  it('12: a look-alike of an existing group name fails', async () => {
    const lookalike = withField('slug', 'utrecht-azure-2', UTRECHT)
      // Cyrillic "е" and "А" in place of the Latin letters.
      .replace('name: Utrecht Azure User Group', 'name: Utr\u0435cht \u0410zure User Group')
      .replace('utrecht-azure.nl', 'utrecht-azure-2.nl');
    const { gh, run } = await openPullRequest({
      head: with_('groups/utrecht-azure-2.yaml', lookalike),
      author: 'annadevries',
    });
    expect((await run()).status).toBe(1);
    expect(lastCheckRun(gh)?.output.annotations.map((a) => a.title)).toContain(
      'registry/duplicate',
    );
  });

  it('13: a push while the files are listed leaves the older commit unjudged', async () => {
    const { gh, run, push } = await openPullRequest({ head: HARMLESS, author: 'stranger' });
    let pushed = false;
    gh.beforeRequest.push((method, path) => {
      if (!pushed && method === 'GET' && path.endsWith('/pulls/42/files')) {
        pushed = true;
        push(HIJACK);
      }
    });
    const result = await run();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/moved on to [0-9a-f]{40} while it was read/);
    expect(gh.state.checkRuns).toEqual([]);
    expect(gh.writes()).toBe(0);
  });

  it('14: a pull request named by the pull-request input is still checked only into main', async () => {
    // The sync workflow names the pull request it opened; naming one into another branch (where
    // the stranger leads) must not get it a verdict.
    const old = with_(UTRECHT_PATH, swapPerson(UTRECHT, 'annadevries', 'stranger'));
    const { gh, run } = await openPullRequest({
      base: old,
      main: EXAMPLES,
      baseRef: 'old-main',
      head: with_(UTRECHT_PATH, (old[UTRECHT_PATH] ?? '').replace('city: Utrecht', 'city: X')),
      author: 'stranger',
    });
    const result = await run(
      'schedule',
      { schedule: '41 4 * * *', repository: { default_branch: 'main' } },
      { 'pull-request': '42' },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('only pull requests into main are checked');
    expect(gh.state.checkRuns).toEqual([]);
    expect(gh.writes()).toBe(0);
  });

  it('15: a sync pull request the bot opened waits for a maintainer, however right its files', async () => {
    const synced = UTRECHT.replace(
      'meetups:\n',
      'meetups:\n  - date: 2025-11-13\n    title: Azure Arc op de rand\n    azure: true\n',
    );
    const { gh, run } = await openPullRequest({
      head: with_(UTRECHT_PATH, synced),
      author: 'github-actions[bot]',
    });
    await run(
      'workflow_dispatch',
      { repository: { default_branch: 'main' } },
      { 'pull-request': '42' },
    );
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    expect(labelsOn(gh)).toContain('needs maintainer');
  });
});

describe('attacks on who may do what (runAction in process, mode pr)', () => {
  prAuthorityAttacks(runActionInProcess);
});
