import { afterEach, describe, expect, it } from 'vitest';
import { runActionInProcess } from '../../test/support/action-runner.js';
import { GENT, prSmokeTests } from '../../test/support/pr-smoke.js';
import { swapPerson, withField } from '../../test/support/check.js';
import {
  DEFAULT_REPOSITORY,
  fakeSha,
  issueCommentOnPull,
  makePull,
  pullRequestSynchronize,
} from '../../test/fake-github/index.js';
import {
  markdown,
  markdownEffects,
  REPORT_STRUCTURE,
  withoutRuleLinks,
} from '../../test/support/markdown-effects.js';
import { RULE_PAGES } from '../report/rule-links.js';
import {
  botComments,
  EXAMPLES,
  labelsOn,
  lastCheckRun,
  openPullRequest as openScenario,
  type Scenario,
} from '../../test/support/pr-scenario.js';

/**
 * The pull-request check in process, from real webhook payloads and INPUT_* variables through
 * readInputs, runAction, runPrCheck, gitHubPullRequestHost and createOctokit to the fake GitHub
 * over HTTP, which checks every request against GitHub's published REST description. The
 * bundle's smoke test is test/e2e/pr.dist.test.ts.
 */
const UTRECHT = EXAMPLES['groups/utrecht-azure.yaml'] ?? '';

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

const openPullRequest = (scenario: Scenario) => openScenario(scenario, cleanup);

describe('the pull-request check (runAction in process, mode pr)', () => {
  prSmokeTests(runActionInProcess);

  it('asks for a maintainer when someone who is not a leader updates a group', async () => {
    const { gh, run } = await openPullRequest({
      head: {
        ...EXAMPLES,
        'groups/utrecht-azure.yaml': UTRECHT.replace('city: Utrecht', 'city: Amersfoort'),
      },
      author: 'stranger',
    });
    const result = await run();
    expect(result.status).toBe(0);
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    expect(labelsOn(gh)).toEqual(['needs maintainer', 'passing', 'update']);
    expect(botComments(gh)[0]?.body).toContain(
      'de auteur is op main geen groepsleider of co-leider van deze groep',
    );
  });

  it('waits for a new co-leader to consent, then passes on their /consent without a new push', async () => {
    const swapped = swapPerson(UTRECHT, 'pjansen', 'nieuwe-coleider').replace(
      'techCommunityId: 2345678',
      'techCommunityId: 5551234',
    );
    // The co-leader hands over: nobody else loses a role.
    const { gh, run, target } = await openPullRequest({
      head: { ...EXAMPLES, 'groups/utrecht-azure.yaml': swapped },
      author: 'pjansen',
    });
    const first = await run();
    expect(first.status).toBe(0);
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    expect(labelsOn(gh)).toEqual(['awaiting consent', 'leadership change', 'passing', 'update']);
    const before = botComments(gh);
    expect(before).toHaveLength(1);
    expect(before[0]?.body).toContain('co-leider: `pjansen` → @nieuwe-coleider');
    expect(before[0]?.body).toContain('@nieuwe-coleider: je staat in het bestand als co-leider');

    gh.state.users.add('nieuwe-coleider');
    gh.state.comments.push({
      id: 900,
      issue_number: 42,
      body: '/consent',
      user: 'nieuwe-coleider',
      // After the check asked (it dates its asks by the runner's clock).
      created_at: new Date().toISOString(),
      updated_at: new Date().toISOString(),
    });
    const second = await run(
      'issue_comment',
      issueCommentOnPull(target, { body: '/consent', commenter: 'nieuwe-coleider', id: 900 }),
    );
    expect(second.status).toBe(0);
    expect(lastCheckRun(gh)?.conclusion).toBe('success');
    expect(labelsOn(gh)).toEqual(['leadership change', 'passing', 'update']);
    const after = botComments(gh);
    expect(after.map((comment) => comment.id)).toEqual(before.map((comment) => comment.id));
    expect(after[0]?.body).toContain('`nieuwe-coleider` heeft ingestemd.');
  });

  it('tells a new group of an active group nearby, in its language, and still passes it', async () => {
    const amersfoort = GENT.replace('city: Gent', 'city: Amersfoort')
      .replace('country: BE', 'country: NL')
      .replace('timezone: Europe/Brussels', 'timezone: Europe/Amsterdam');
    const { gh, run } = await openPullRequest({
      head: { ...EXAMPLES, 'groups/gent-azure.yaml': amersfoort },
      author: 'lieven-gent',
      fork: true,
    });
    const result = await run();
    expect(result.status, result.stderr).toBe(0);
    expect(result.outputs).toMatchObject({ errors: '0', warnings: '1' });
    // The comment as a reader sees it: rendered, its Markdown escapes gone.
    const body = markdown.render(botComments(gh)[0]?.body ?? '');
    // Utrecht is 19 km from Amersfoort; Dutch first, English alongside.
    expect(body).toContain(
      'De actieve groep &quot;Utrecht Azure User Group&quot; komt samen in &quot;Utrecht&quot;, 19 km hiervandaan.',
    );
    expect(body).toContain(
      'The active group &quot;Utrecht Azure User Group&quot; meets in &quot;Utrecht&quot;, 19 km from here.',
    );
    expect(lastCheckRun(gh)?.output.annotations).toContainEqual(
      expect.objectContaining({ title: 'registry/nearby', annotation_level: 'warning' }),
    );
  });

  it('labels a group leaving the program, by status or by deleting its file', async () => {
    const leaving = await openPullRequest({
      head: {
        ...EXAMPLES,
        'groups/utrecht-azure.yaml': UTRECHT.replace('status: active', 'status: leaving'),
      },
      author: 'annadevries',
    });
    expect((await leaving.run()).status).toBe(0);
    expect(labelsOn(leaving.gh)).toEqual(['leaving', 'passing']);

    const rest = Object.fromEntries(
      Object.entries(EXAMPLES).filter(([file]) => file !== 'groups/utrecht-azure.yaml'),
    );
    const deleted = await openPullRequest({ head: rest, author: 'pjansen' });
    expect((await deleted.run()).status).toBe(0);
    expect(labelsOn(deleted.gh)).toEqual(['leaving', 'passing']);
    expect(lastCheckRun(deleted.gh)?.conclusion).toBe('success');
    expect(botComments(deleted.gh)[0]?.body).toContain('het groepsbestand wordt verwijderd');
  });

  it('keeps waivers for maintainers', async () => {
    const waived = `${UTRECHT}waivers:\n  - rule: meetups/minimum\n    reason: We would like a break\n    until: 2027-06-30\n    approvedBy: annadevries\n`;
    const { gh, run, headSha } = await openPullRequest({
      head: { ...EXAMPLES, 'groups/utrecht-azure.yaml': waived },
      author: 'annadevries',
    });
    expect((await run()).status).toBe(0);
    expect(labelsOn(gh)).toEqual(['needs maintainer', 'passing', 'update']);
    expect(botComments(gh)[0]?.body).toContain(
      'alleen beheerders mogen vrijstellingen toevoegen, wijzigen of verwijderen',
    );

    // A maintainer's approval of this commit satisfies it.
    gh.state.reviews.push({
      id: 700,
      pull_number: 42,
      user: 'maintainer',
      state: 'APPROVED',
      body: '',
      submitted_at: '2026-11-22T10:00:00Z',
      commit_id: headSha,
    });
    expect((await run()).status).toBe(0);
    expect(labelsOn(gh)).toEqual(['passing', 'update']);
    expect(lastCheckRun(gh)?.conclusion).toBe('success');
  });

  it('needs a maintainer for a pull request that touches dist/, and still checks with the base code', async () => {
    const { gh, run } = await openPullRequest({
      head: {
        ...EXAMPLES,
        'dist/index.js': 'process.exit(0) // a pull request cannot change what checks it',
      },
      author: 'annadevries',
    });
    const result = await run();
    expect(result.status).toBe(0);
    expect(labelsOn(gh)).toEqual(['needs maintainer', 'passing']);
    expect(botComments(gh)[0]?.body).toContain('`dist/index.js`');
    // The changed dist/ file was never fetched.
    expect(gh.requests.some((request) => request.path.includes('/git/blobs/'))).toBe(false);
  });

  it('carries every finding of a file with 60 of them in the check run, 50 per request', async () => {
    const meetups = Array.from(
      { length: 60 },
      (_, i) =>
        `  - date: 2026-02-${String(30 + (i % 2))}\n    title: Meetup ${i}\n    azure: true\n`,
    ).join('');
    const many = `${withField('meetups', undefined, UTRECHT)}meetups:\n${meetups}`;
    const { gh, run } = await openPullRequest({
      head: { ...EXAMPLES, 'groups/utrecht-azure.yaml': many },
      author: 'annadevries',
    });
    const result = await run();
    expect(result.status).toBe(1);
    const check = lastCheckRun(gh);
    const dates = check?.output.annotations.filter((a) => a.title === 'schema') ?? [];
    expect(dates).toHaveLength(60);
    // The 60 dates that do not exist are all there is: a meetup whose date cannot be read is not
    // also held against the group's meetup count (meetups/minimum, meetups/spread).
    expect(check?.output.annotations).toHaveLength(60);
    const checkRequests = gh.requests.filter((request) => request.path.includes('/check-runs'));
    // One look at the verdicts already on the commit, then the run and its second batch.
    expect(checkRequests.map((request) => request.method)).toEqual(['GET', 'POST', 'PATCH']);
    expect(result.summary.match(/^\| `groups\/utrecht-azure\.yaml:/gm)?.length).toBe(
      check?.output.annotations.length,
    );
  });

  it('escapes hostile names everywhere it writes them', async () => {
    // "Official" breaks the trademark rule, so the name is quoted in a finding as well.
    const hostile = GENT.replace(
      'name: Gent Azure User Group',
      'name: "Official @everyone [x](https://evil.example) <img src=x> ::error::pwn"',
    ).replace(
      'title: AKS automatic',
      'title: "#1 ![p](https://evil.example/p.png) | broken | table"',
    );
    const { gh, run } = await openPullRequest({
      head: { ...EXAMPLES, 'groups/gent-azure.yaml': hostile },
      author: 'lieven-gent',
      comments: [{ user: 'sofie-gent', body: '/consent' }],
    });
    const result = await run();
    expect(result.status).toBe(1);
    const body = botComments(gh)[0]?.body ?? '';
    expect(body).toContain('trademark/name');
    const html = markdown.render(body);
    // Only the structure the check writes itself, and mentions of the people who must act.
    const effects = markdownEffects(withoutRuleLinks(html), REPORT_STRUCTURE);
    expect(new Set(effects)).toEqual(new Set(['reference:@lieven-gent', 'reference:@sofie-gent']));
    // In the raw text the name sits inside a code span; rendered, no element comes of it (the one
    // link is the finding's rule, to its page).
    expect(withoutRuleLinks(html)).not.toMatch(/<img|<a /);
    expect(html).toContain(
      `<a href="${RULE_PAGES}trademark/name.md"><code>trademark/name</code></a>`,
    );
    expect(
      result.stdout
        .split('\n')
        .filter((line) => line.trimStart().startsWith('::') && !line.startsWith('::error::')),
    ).toEqual([]);
  });

  it('edits the same comment on a second push instead of adding one', async () => {
    const { gh, run, target } = await openPullRequest({
      head: {
        ...EXAMPLES,
        'groups/utrecht-azure.yaml': UTRECHT.replace('status: active', 'status: activ'),
      },
      author: 'annadevries',
    });
    expect((await run()).status).toBe(1);
    const first = botComments(gh).map((comment) => ({ ...comment }));
    // The fix is pushed: the same pull request now has a new head.
    const fixedSha = fakeSha('fixed');
    gh.state.files[fixedSha] = {
      ...EXAMPLES,
      'groups/utrecht-azure.yaml': UTRECHT.replace('city: Utrecht', 'city: Utrecht Centrum'),
    };
    const pull = gh.state.pulls[0];
    if (pull === undefined) throw new Error('no pull request');
    const refreshed = makePull(
      { number: 42, user: 'annadevries', head: { sha: fixedSha, ref: 'join' } },
      DEFAULT_REPOSITORY,
      {
        main: EXAMPLES,
        [fixedSha]: gh.state.files[fixedSha] ?? {},
      },
    );
    Object.assign(pull, { head: refreshed.head, files: refreshed.files });
    expect(
      (
        await run(
          'pull_request_target',
          pullRequestSynchronize({ ...target, head: { sha: fixedSha, ref: 'join' } }),
        )
      ).status,
    ).toBe(0);
    const second = botComments(gh);
    expect(second).toHaveLength(1);
    expect(second[0]?.id).toBe(first[0]?.id);
    expect(second[0]?.body).not.toBe(first[0]?.body);
    expect(labelsOn(gh)).toEqual(['passing', 'update']);
    expect(
      gh.state.checkRuns.map((check) => [check.head_sha.slice(0, 7), check.conclusion]),
    ).toEqual([
      [target.head.sha.slice(0, 7), 'failure'],
      [fixedSha.slice(0, 7), 'success'],
    ]);
  });
});
