import { afterEach, expect, it } from 'vitest';
import type { ActionRunner } from './action-runner.js';
import { VALID_GROUP, withField } from './check.js';
import { issueCommentOnPull } from '../fake-github/index.js';
import {
  botComments,
  EXAMPLES,
  labelsOn,
  lastCheckRun,
  openPullRequest as openScenario,
  type Scenario,
} from './pr-scenario.js';

/**
 * The pull-request check's smoke scenarios, written once and run twice: in process
 * (src/action/run.pr.test.ts) and through the committed bundle on Node 24
 * (test/e2e/pr.dist.test.ts), so the bundle is held to exactly what the source is.
 */
const MARKER = '<!-- tech-groups-registry:pr-check -->';

/** A new Dutch group applying from a fork: every field right. */
export const GENT = withField(
  'slug',
  'gent-azure',
  withField('name', 'Gent Azure User Group', VALID_GROUP),
)
  .replace('example-azure.org/code-of-conduct', 'gent-azure.be/gedragscode')
  .replace('example-azure.org/', 'gent-azure.be/')
  .replace('github: annadevries', 'github: lieven-gent')
  .replace('githubId: 48213907', 'githubId: 27182818')
  .replace('techCommunityId: 1234567', 'techCommunityId: 3141592')
  .replace('github: pjansen', 'github: sofie-gent')
  .replace('githubId: 61852340', 'githubId: 31415926')
  .replace('techCommunityId: 2345678', 'techCommunityId: 2718281')
  .replace('language: en', 'language: nl')
  // In Gent, as its name says: far enough from Utrecht that registry/nearby has nothing to say.
  .replace('city: Utrecht', 'city: Gent')
  .replace('country: NL', 'country: BE')
  .replace('timezone: Europe/Amsterdam', 'timezone: Europe/Brussels')
  // A new group applies; the program team sets active and joined.
  .replace('status: active', 'status: applying')
  .replace(/^joined: .*\n/m, '');

/** Registers the smoke scenarios, each run with `runner`, in the `describe` it is called in. */
export function prSmokeTests(runner: ActionRunner): void {
  const cleanup: Array<() => unknown> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0)) await step();
  });
  const openPullRequest = (scenario: Scenario) => openScenario(scenario, cleanup, runner);

  it('passes a compliant new group from a fork, once its co-leader consents when asked', async () => {
    const { gh, run, headSha, target } = await openPullRequest({
      head: { ...EXAMPLES, 'groups/gent-azure.yaml': GENT },
      author: 'lieven-gent',
      fork: true,
      // Written before the check asked: it does not count.
      comments: [{ user: 'sofie-gent', body: '/consent' }],
    });
    expect((await run()).status).toBe(0);
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    const now = new Date().toISOString();
    gh.state.comments.push({
      id: 901,
      issue_number: 42,
      body: '/consent',
      user: 'sofie-gent',
      created_at: now,
      updated_at: now,
    });
    const result = await run(
      'issue_comment',
      issueCommentOnPull(target, { body: '/consent', commenter: 'sofie-gent', id: 901 }),
    );
    expect(result.status, result.stderr).toBe(0);
    expect(labelsOn(gh)).toEqual(['new group', 'passing']);
    expect(lastCheckRun(gh)).toMatchObject({
      head_sha: headSha,
      name: 'Registry check',
      conclusion: 'success',
    });
    const [comment] = botComments(gh);
    expect(comment?.body.startsWith(MARKER)).toBe(true);
    // Written in Dutch, the group's language, with English alongside.
    expect(comment?.body).toContain('De wijziging voldoet aan alle programmavereisten.');
    expect(comment?.body).toContain('<details><summary>English</summary>');
    // Named, not mentioned: she has nothing left to do.
    expect(comment?.body).toContain('`sofie-gent` heeft ingestemd.');
    // Only the changed file was fetched: one blob a run (two runs), no base file through the API.
    expect(gh.requests.filter((request) => request.path.includes('/git/blobs/'))).toHaveLength(2);
    expect(result.outputs).toMatchObject({ errors: '0', warnings: '0' });
    expect(result.summary).toContain('### Registry check');
  });

  it('fails a new group with five errors, annotated on their lines in the check run', async () => {
    const broken = GENT.replace('status: applying', 'status: applyin')
      .replace('country: BE', 'country: be')
      .replace('admission: none', 'admission: 5 EUR')
      .replace('termsAccepted: 2024-02-21', 'termsAccepted: 2030-01-01')
      .replace('name: Gent Azure User Group', 'name: Microsoft Gent');
    const { gh, run } = await openPullRequest({
      head: { ...EXAMPLES, 'groups/gent-azure.yaml': broken },
      author: 'lieven-gent',
      comments: [{ user: 'sofie-gent', body: '/consent' }],
    });
    const result = await run();
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error::5 errors/m);
    const check = lastCheckRun(gh);
    expect(check?.conclusion).toBe('failure');
    const lineOf = (needle: string) =>
      broken.split('\n').findIndex((line) => line.includes(needle)) + 1;
    expect(
      check?.output.annotations.map((a) => [a.title, a.start_line, a.annotation_level]),
    ).toEqual([
      ['trademark/name', lineOf('name: Microsoft Gent'), 'failure'],
      ['schema', lineOf('status: applyin'), 'failure'],
      ['schema', lineOf('country: be'), 'failure'],
      ['fees/admission', lineOf('admission: 5 EUR'), 'failure'],
      ['leaders/terms', lineOf('termsAccepted: 2030-01-01'), 'failure'],
    ]);
    expect(check?.output.annotations.every((a) => a.path === 'groups/gent-azure.yaml')).toBe(true);
    // On the leader's lines, in the group's language (Dutch); the check run's summary is English.
    const said = new Map(check?.output.annotations.map((a) => [a.title, a.message]));
    expect(said.get('leaders/terms')).toMatch(
      /^@sofie-gent heeft de voorwaarden op 1 januari 2030 geaccepteerd, en dat is na vandaag \(/,
    );
    expect(said.get('fees/admission')).toMatch(/^Groepen in het programma mogen leden geen /);
    expect(check?.output.summary).toContain('errors need fixing');
    // A status other than applying is also the program team's to set.
    expect(labelsOn(gh)).toEqual(['awaiting consent', 'failing', 'needs maintainer', 'new group']);
    expect(botComments(gh)[0]?.body).toContain('@lieven-gent: los de fouten hieronder op');
  });

  it('ignores comments that are not /consent', async () => {
    const { gh, run, target } = await openPullRequest({ head: EXAMPLES, author: 'annadevries' });
    const result = await run(
      'issue_comment',
      issueCommentOnPull(target, { body: 'Looks good!', commenter: 'stranger' }),
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Nothing to check: the comment is not /consent.');
    expect(gh.requests).toEqual([]);
  });

  it('checks the pull request the pull-request input names, from a scheduled run (sync.yml)', async () => {
    // What the meetup sync proposes: the workflow token opened it, so no pull_request_target
    // run follows; the sync workflow runs the check itself, naming the pull request.
    const utrecht = EXAMPLES['groups/utrecht-azure.yaml'] ?? '';
    const synced = utrecht.replace(
      'meetups:\n',
      'meetups:\n  - date: 2025-11-13\n    title: Azure Arc op de rand\n    azure: true\n',
    );
    const { gh, run, headSha } = await openPullRequest({
      head: { ...EXAMPLES, 'groups/utrecht-azure.yaml': synced },
      author: 'github-actions[bot]',
    });
    const result = await run(
      'schedule',
      { schedule: '23 4 * * *', repository: { default_branch: 'main' } },
      { 'pull-request': '42' },
    );
    expect(result.status, result.stderr).toBe(0);
    // Nobody the file names wrote it: a maintainer reviews what the sync proposes.
    expect(lastCheckRun(gh)).toMatchObject({
      head_sha: headSha,
      name: 'Registry check',
      conclusion: 'action_required',
    });
    expect(labelsOn(gh)).toContain('needs maintainer');
    expect(botComments(gh)).toHaveLength(1);
  });
}
