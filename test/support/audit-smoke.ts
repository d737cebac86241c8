import { expect, it } from 'vitest';
import type { ActionRunner } from './action-runner.js';
import { LABEL_OF_KIND } from '../../src/audit/kinds.js';
import type { ProblemKind } from '../../src/core/vocabulary.js';
import {
  AT_RISK_MEETUPS,
  ENOUGH_MEETUPS,
  accountId,
  TOO_FEW_MEETUPS,
  auditGroup,
  auditIssues,
  closeAsPerson,
  markedIssue,
  openKeys,
  seedOf,
} from './audit-fixtures.js';
import { ISSUES_PATH, TODAY, changing, startAudit, thisRun } from './audit-run.js';
import {
  DEFAULT_REPOSITORY,
  deleteAccount,
  registerAccount,
  renameAccount,
  type FakeGitHub,
  type RequestRecord,
} from '../fake-github/index.js';
import { markdown, markdownEffects } from './markdown-effects.js';

/**
 * The audit's smoke scenarios, written once and run twice: in process
 * (src/action/run.audit.test.ts) and through the committed bundle on Node 24
 * (test/e2e/audit.dist.test.ts), so the bundle is held to exactly what the source is.
 */
const { owner, repo } = DEFAULT_REPOSITORY;
const BLOB = `https://github.com/${owner}/${repo}/blob/HEAD`;

export function onlyIssue(gh: FakeGitHub, key: string) {
  const found = auditIssues(gh).filter((issue) => `${issue.slug}/${issue.kind}` === key);
  expect(found, key).toHaveLength(1);
  const [issue] = found;
  if (issue === undefined) throw new Error(`no issue for ${key}`);
  return issue;
}

/** Everything the audit wrote on GitHub: each issue's title and body, and each comment. */
function written(gh: FakeGitHub): Array<{ where: string; title?: string; body: string }> {
  return [
    ...auditIssues(gh).map((issue) => ({
      where: `#${String(issue.number)}`,
      title: issue.title,
      body: issue.body,
    })),
    ...gh.state.comments.map((comment) => ({
      where: `comment on #${String(comment.issue_number)}`,
      body: comment.body,
    })),
  ];
}

/** The text GitHub shows for a body, code spans left out or kept. */
function shown(body: string, withCode: boolean): string {
  const html = markdown.render(body);
  return (withCode ? html : html.replace(/<code>[\s\S]*?<\/code>/g, ''))
    .replace(/<[^>]+>/g, '')
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('\u200B', '');
}

/** The logins GitHub would notify in the audit's issues and comments, lower-cased. */
export function mentioned(gh: FakeGitHub): string[] {
  const found = written(gh).flatMap(({ body }) =>
    markdownEffects(markdown.render(body))
      .filter((effect) => effect.startsWith('reference:@'))
      .map((effect) => effect.slice('reference:@'.length).toLowerCase()),
  );
  return [...new Set(found)].sort();
}

/**
 * Where the audit wrote `login` as words people read (a title, or a body or comment outside code
 * spans; with `anywhere`, code spans too), not counting a zero-width space that breaks a mention.
 */
export function wherePrinted(gh: FakeGitHub, login: string, anywhere = false): string[] {
  const pattern = new RegExp(`(?<![\\w-])${login}(?![\\w-])`, 'i');
  return written(gh).flatMap(({ where, title, body }) =>
    pattern.test(`${title ?? ''}\n${shown(body, anywhere)}`) ? [where] : [],
  );
}

/** Requests for one account by its id (`GET /user/{account_id}`). */
export function accountRequests(requests: readonly RequestRecord[]): string[] {
  return requests.filter((r) => /^\/user\/\d+$/.test(r.path)).map((r) => r.path);
}

/** One group of each problem the first run must find, and two compliant ones. */
export const MIXED = [
  auditGroup(1, { slug: 'too-few', meetups: TOO_FEW_MEETUPS }),
  auditGroup(2, { slug: 'no-co-leader', coLeader: null }),
  auditGroup(3, { slug: 'same-person', coLeader: 'lead-3' }),
  auditGroup(4, { slug: 'at-risk', meetups: AT_RISK_MEETUPS }),
  auditGroup(5, {
    slug: 'expired-waiver',
    waivers: [{ rule: 'meetups/spread', until: '2026-10-31' }],
  }),
  auditGroup(6, { slug: 'compliant' }),
  // A waiver that is still valid and covers nothing wrong is no problem either.
  auditGroup(7, {
    slug: 'compliant-waived',
    waivers: [{ rule: 'meetups/minimum', until: '2027-06-30' }],
  }),
];
export const MIXED_KEYS = [
  'at-risk/meetups-at-risk',
  'expired-waiver/waiver-expired',
  'no-co-leader/co-leader',
  'same-person/co-leader',
  'too-few/meetups-minimum',
];

export const CREATE = { method: 'POST', path: /\/issues$/ };

export function fileLink(slug: string): string {
  return `[\`groups/${slug}.yaml\`](${BLOB}/groups/${slug}.yaml)`;
}

/** Registers the smoke scenarios, each run with `runner`, in the `describe` it is called in. */
export function auditSmokeTests(runner: ActionRunner): void {
  it('opens exactly one issue per group and problem on its first run, with evidence and a deadline', async ({
    onTestFinished,
  }) => {
    const { gh, run } = await startAudit(onTestFinished, MIXED, {}, runner);
    const result = await run();
    expect(result.status, result.stderr).toBe(0);
    expect(result.outputs).toEqual({ problems: '5', deferred: '0' });
    expect(openKeys(gh)).toEqual(MIXED_KEYS);
    expect(gh.state.issues).toHaveLength(5);
    expect(gh.state.comments).toEqual([]);
    expect(changing(result.requests).map((r) => `${r.method} ${r.path}`)).toEqual(
      Array.from({ length: 5 }, () => `POST ${ISSUES_PATH}`),
    );

    const expected: Record<
      string,
      { kind: ProblemKind; title: string; who: string; by: string; evidence: string[] }
    > = {
      'too-few/meetups-minimum': {
        kind: 'meetups-minimum',
        title: '[too-few] 3 of 6 Azure meetups in the last 12 months',
        who: '@lead-1 @colead-1:',
        by: '21 January 2027',
        evidence: [
          'Your group held 3 Azure meetups in the last 12 months; the program asks for at least 6.',
          'Counted (3):\n\n- 2026-06-11 `Functions flex consumption`\n- 2026-08-27 `Landing zones`\n- 2026-10-22 `AKS automatic`',
          'Not counted:\n\n- 2026-07-09 `Summer session` (cancelled)\n- 2026-09-17 `Pizza and networking` (not about Azure)\n- 2026-12-17 `Year-end review` (planned, not held yet)',
        ],
      },
      'no-co-leader/co-leader': {
        kind: 'co-leader',
        title: '[no-co-leader] no valid co-leader',
        who: '@lead-2:',
        by: '21 January 2027',
        // The finding links its rule's page, at the bundle's version.
        evidence: [
          '`groups/no-co-leader.yaml:1:1` [`leaders/co-leader`](https://github.com/azure-tech-groups/registry/blob/v0.1.0/docs/rules/leaders/co-leader.md) The group has no co\\-leader\\.',
        ],
      },
      'same-person/co-leader': {
        kind: 'co-leader',
        title: '[same-person] no valid co-leader',
        // One person, mentioned once.
        who: '\n\n@lead-3:',
        by: '21 January 2027',
        evidence: ['The leader and the co\\-leader have the same GitHub username'],
      },
      'at-risk/meetups-at-risk': {
        kind: 'meetups-at-risk',
        title: '[at-risk] at risk of falling below 6 Azure meetups on 2026-12-10',
        who: '@lead-4 @colead-4:',
        // Before the group falls below the minimum, not 60 days after the issue opened.
        by: '10 December 2026',
        evidence: [
          'On 10 December 2026 your group will have 5 Azure meetups in the last 12 months, below the 6',
          'Counted (6):\n\n- 2025-12-10 `Azure year in review`\n- 2026-02-05 `Cosmos DB deep dive`',
          'Leaving the window:\n\n- 2025-12-10 `Azure year in review`\n',
        ],
      },
      'expired-waiver/waiver-expired': {
        kind: 'waiver-expired',
        title: '[expired-waiver] a waiver has expired',
        who: '@lead-5 @colead-5:',
        by: '21 January 2027',
        evidence: ['The waiver for \\"meetups\\/spread\\" ended on 31 October 2026'],
      },
    };
    for (const [key, want] of Object.entries(expected)) {
      const issue = onlyIssue(gh, key);
      const slug = key.split('/')[0] ?? '';
      expect(issue.state).toBe('open');
      expect(issue.title).toBe(want.title);
      expect(issue.labels).toEqual(['audit', LABEL_OF_KIND[want.kind]].sort());
      expect(
        issue.body.startsWith(
          `<!-- tech-groups-registry:audit group=${slug} problem=${want.kind} since=${TODAY} -->\n`,
        ),
      ).toBe(true);
      expect(issue.body).toContain(want.who);
      expect(issue.body).toContain(fileLink(slug));
      expect(issue.body).toContain(`Please fix this by ${want.by}.`);
      for (const line of want.evidence) expect(issue.body, key).toContain(line);
    }
    expect(onlyIssue(gh, 'same-person/co-leader').body).not.toContain('@lead-3 @lead-3');
    // English groups get English only.
    expect(auditIssues(gh).some((issue) => issue.body.includes('<details>'))).toBe(false);

    expect(result.summary).toContain(`## Registry audit, ${TODAY}`);
    expect(thisRun(result.summary)).toBe('**This run:** 5 opened.');
    expect(result.summary).toContain(
      '7 active groups of 7 · 5 open problems · 0 audit issues found.',
    );
    expect(result.summary).toMatch(/^\| opened \| `too-few` \| meetups-minimum \| new \|$/m);
  });

  it('leaves what a failed write could not finish to the next run', async ({ onTestFinished }) => {
    const { gh, run } = await startAudit(onTestFinished, MIXED, {}, runner);
    // The third create fails every time: the run stops there and says so.
    gh.faults.push(
      { match: CREATE, kind: 'pass', times: 2 },
      { match: CREATE, kind: 'status', status: 500, times: 4 },
    );
    const failed = await run();
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(
      /^::error::A write failed; the next run picks up from here: Injected fault 500/m,
    );
    expect(failed.outputs).toEqual({ problems: '5', deferred: '3' });
    expect(failed.summary).toContain(
      '**3 actions are left for the next run** (the write cap was reached, or a write failed)',
    );
    expect(failed.summary).toContain('**A write failed:**');
    expect(openKeys(gh)).toHaveLength(2);

    const clean = await run();
    expect(clean.status, clean.stdout).toBe(0);
    expect(openKeys(gh)).toEqual(MIXED_KEYS);
    expect(gh.state.issues).toHaveLength(5);
    expect(clean.outputs).toEqual({ problems: '5', deferred: '0' });
  });

  it('keeps the date when anyone but the audit closes an issue whose problem lasts, and starts afresh only after the audit closed it', async ({
    onTestFinished,
  }) => {
    const failing = auditGroup(1, { slug: 'too-few', meetups: TOO_FEW_MEETUPS });
    const fixed = auditGroup(1, {
      slug: 'too-few',
      meetups: [...TOO_FEW_MEETUPS, ...ENOUGH_MEETUPS.slice(0, 3)],
    });
    const { gh, run, put } = await startAudit(onTestFinished, [failing], {}, runner);
    expect((await run()).status).toBe(0);
    const { number } = onlyIssue(gh, 'too-few/meetups-minimum');
    const path = `${ISSUES_PATH}/${String(number)}`;

    // A leader's pull request said "Fixes #1"; merging it closed the issue as completed. The
    // meetups are still missing: a week later the issue is back, with the date it had.
    closeAsPerson(gh, number, 'completed');
    const merged = await run({ today: '2026-11-29' });
    expect(merged.status, merged.stdout).toBe(0);
    expect(onlyIssue(gh, 'too-few/meetups-minimum')).toMatchObject({
      number,
      state: 'open',
      since: TODAY,
      ended: undefined,
    });
    expect(onlyIssue(gh, 'too-few/meetups-minimum').body).toContain(
      'Please fix this by 21 January 2027.',
    );
    expect(changing(merged.requests).map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH ${path}`,
    ]);
    expect(thisRun(merged.summary)).toBe('**This run:** 1 reopened.');

    // Closed by hand as not planned: the same.
    closeAsPerson(gh, number, 'not_planned');
    expect((await run({ today: '2026-12-06' })).status).toBe(0);
    expect(onlyIssue(gh, 'too-few/meetups-minimum')).toMatchObject({ state: 'open', since: TODAY });

    // The audit closes it once the meetups are in, and says so in the same write.
    put(fixed);
    const solved = await run({ today: '2026-12-13' });
    expect(solved.status).toBe(0);
    expect(changing(solved.requests).map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST ${path}/comments`,
      `PATCH ${path}`,
    ]);
    expect(onlyIssue(gh, 'too-few/meetups-minimum')).toMatchObject({
      state: 'closed',
      stateReason: 'completed',
      since: TODAY,
      ended: '2026-12-13',
    });

    // The problem returns: a new episode, dated the day it was seen again.
    put(failing);
    const relapse = await run({ today: '2026-12-20' });
    expect(relapse.status).toBe(0);
    const back = onlyIssue(gh, 'too-few/meetups-minimum');
    expect(back).toMatchObject({ number, state: 'open', since: '2026-12-20', ended: undefined });
    expect(back.body).toContain('Please fix this by 18 February 2027.');
    expect(changing(relapse.requests).map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH ${path}`,
    ]);
    // The end mark answers it: no comment is read.
    expect(relapse.requests.filter((r) => r.path.endsWith('/comments'))).toEqual([]);
  });

  it('ends the episode of an issue someone closed with its problem fixed, so a relapse gets a new date', async ({
    onTestFinished,
  }) => {
    const failing = auditGroup(1, { slug: 'too-few', meetups: TOO_FEW_MEETUPS });
    const { gh, run, put } = await startAudit(onTestFinished, [failing], {}, runner);
    expect((await run()).status).toBe(0);
    const { number } = onlyIssue(gh, 'too-few/meetups-minimum');
    const path = `${ISSUES_PATH}/${String(number)}`;

    // The pull request that adds the missing meetups says "Fixes #1"; merging it closes the issue.
    put(
      auditGroup(1, {
        slug: 'too-few',
        meetups: [...TOO_FEW_MEETUPS, ...ENOUGH_MEETUPS.slice(0, 3)],
      }),
    );
    closeAsPerson(gh, number, 'completed');
    const seen = await run({ today: '2026-11-29' });
    expect(seen.status, seen.stdout).toBe(0);
    // No comment and no state change: one edit of the hidden marker.
    expect(changing(seen.requests).map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH ${path}`]);
    expect(seen.requests.find((r) => r.method === 'PATCH')?.body).toEqual({
      body: expect.stringMatching(/since=2026-11-22 ended=2026-11-29 -->\n/) as unknown,
    });
    expect(onlyIssue(gh, 'too-few/meetups-minimum')).toMatchObject({
      state: 'closed',
      stateReason: 'completed',
      since: TODAY,
      ended: '2026-11-29',
    });
    expect(gh.state.comments).toEqual([]);
    expect((await run({ today: '2026-12-06' })).writes).toBe(0);

    // Months later the group falls short again: a new episode, with a new date.
    put(failing);
    const relapse = await run({ today: '2027-03-01' });
    expect(relapse.status).toBe(0);
    expect(onlyIssue(gh, 'too-few/meetups-minimum')).toMatchObject({
      number,
      state: 'open',
      since: '2027-03-01',
      ended: undefined,
    });
  });

  it('takes no date from, edits or closes an issue a person made with a copy of its marker', async ({
    onTestFinished,
  }) => {
    const copies = [
      // Backdating: "first seen" long ago, to bring the group's date forward.
      markedIssue({
        number: 1,
        key: 'backdated/meetups-minimum',
        since: '2025-01-06',
        user: 'lead-1',
      }),
      // Postponing: "first seen" next summer, to push the date back.
      markedIssue({
        number: 2,
        key: 'postponed/meetups-minimum',
        since: '2027-06-01',
        user: 'lead-2',
      }),
      markedIssue({
        number: 3,
        key: 'postponed/meetups-minimum',
        since: '2027-06-01',
        user: 'lead-2',
        state: 'closed',
      }),
      // A problem the group does not have: the audit has nothing to close.
      markedIssue({ number: 4, key: 'compliant/co-leader', since: '2026-01-05', user: 'lead-3' }),
    ];
    const { gh, run } = await startAudit(
      onTestFinished,
      [
        auditGroup(1, { slug: 'backdated', meetups: TOO_FEW_MEETUPS }),
        auditGroup(2, { slug: 'postponed', meetups: TOO_FEW_MEETUPS }),
        auditGroup(3, { slug: 'compliant' }),
      ],
      seedOf(copies),
      runner,
    );
    const theirs = () =>
      gh.state.issues
        .filter((issue) => issue.number <= 4)
        .map((issue) => ({ ...issue, labels: gh.state.issueLabels[issue.number] }));
    const before = structuredClone(theirs());

    const result = await run();
    expect(result.status, result.stdout).toBe(0);
    expect(theirs()).toEqual(before);
    expect(
      result.requests.filter((r) => /\/issues\/[1-4](?:\/|$)/.test(r.path)),
      'no request about the copies',
    ).toEqual([]);
    const own = auditIssues(gh).filter((issue) => issue.number > 4);
    expect(own.map(({ slug, kind, since, state }) => ({ slug, kind, since, state }))).toEqual([
      { slug: 'backdated', kind: 'meetups-minimum', since: TODAY, state: 'open' },
      { slug: 'postponed', kind: 'meetups-minimum', since: TODAY, state: 'open' },
    ]);
    for (const issue of own) expect(issue.body).toContain('Please fix this by 21 January 2027.');
    expect(thisRun(result.summary)).toBe('**This run:** 2 opened.');
    expect(result.summary).toContain(
      "**Not the audit's:** #1, #2, #3, #4 carry its marker but were not opened by its account; they are left alone.",
    );

    // And the audit's own issues are its own: the next run changes nothing.
    const steady = await run();
    expect(steady.writes).toBe(0);
    expect(theirs()).toEqual(before);
  });

  it('follows a renamed co-leader by id: no lost co-leader issue, one issue naming the new login, closed once the file says it', async ({
    onTestFinished,
  }) => {
    const { gh, run, put } = await startAudit(
      onTestFinished,
      [auditGroup(1, { slug: 'renamed' }), auditGroup(2, { slug: 'compliant' })],
      {},
      runner,
    );
    const first = await run();
    expect(first.status, first.stderr).toBe(0);
    expect(gh.state.issues).toEqual([]);
    // Steady: the file's ids match the logins' accounts, so no account is asked for by id.
    expect(accountRequests(first.requests)).toEqual([]);

    // The co-leader renames their account; someone else takes the freed login at once.
    const id = accountId('colead-1');
    renameAccount(gh.state, 'colead-1', 'pieter-new');
    const stranger = registerAccount(gh.state, 'colead-1');
    expect(stranger.id).not.toBe(id);
    const renamed = await run();
    expect(renamed.status, renamed.stderr).toBe(0);
    expect(openKeys(gh)).toEqual(['renamed/leader-renamed']);
    const issue = onlyIssue(gh, 'renamed/leader-renamed');
    expect(issue.labels).toEqual(['audit', 'audit: leadership']);
    expect(issue.title).toBe("[renamed] a leader's GitHub username has changed");
    expect(issue.body).toContain(
      'The GitHub account of the co-leader `Pieter Jansen` has a new username: `colead-1` is now @pieter-new.',
    );
    expect(issue.body).toContain(fileLink('renamed'));
    expect(issue.body).toContain('This issue closes by itself once');
    // The account is the same person's: the new login is mentioned; the freed one, now a
    // stranger's, is mentioned nowhere and named only in code.
    expect(mentioned(gh)).toEqual(['lead-1', 'pieter-new']);
    expect(wherePrinted(gh, 'colead-1')).toEqual([]);
    // The one mismatch costs one request by id; nobody else is asked for one.
    expect(accountRequests(renamed.requests)).toEqual([`/user/${String(id)}`]);

    // The leaders update the file: the issue closes, and the next run has nothing to do.
    put(auditGroup(1, { slug: 'renamed', coLeader: 'pieter-new', coLeaderId: id }));
    const fixed = await run({ today: '2026-11-29' });
    expect(fixed.status, fixed.stderr).toBe(0);
    expect(onlyIssue(gh, 'renamed/leader-renamed')).toMatchObject({
      state: 'closed',
      stateReason: 'completed',
    });
    expect(openKeys(gh)).toEqual([]);
    expect(accountRequests(fixed.requests)).toEqual([]);
    expect(mentioned(gh)).toEqual(['lead-1', 'pieter-new']);
    expect(wherePrinted(gh, 'colead-1')).toEqual([]);
    const steady = await run({ today: '2026-11-29' });
    expect(changing(steady.requests)).toEqual([]);
    expect(steady.writes).toBe(0);
    expect(accountRequests(steady.requests)).toEqual([]);
  });

  it('raises a deleted co-leader as lost and a recycled login as changed hands, mentioning neither login', async ({
    onTestFinished,
  }) => {
    const { gh, run } = await startAudit(
      onTestFinished,
      [auditGroup(1, { slug: 'deleted' }), auditGroup(2, { slug: 'recycled' })],
      {},
      runner,
    );
    expect((await run()).writes).toBe(0);
    deleteAccount(gh.state, 'colead-1');
    // colead-2 deletes their account, and a stranger registers the login.
    deleteAccount(gh.state, 'colead-2');
    registerAccount(gh.state, 'colead-2');

    const result = await run();
    expect(result.status, result.stderr).toBe(0);
    expect(openKeys(gh)).toEqual(['deleted/co-leader', 'recycled/co-leader']);
    const deleted = onlyIssue(gh, 'deleted/co-leader');
    expect(deleted.labels).toEqual(['audit', 'audit: leadership']);
    expect(deleted.body).toContain('Your group has lost its co-leader');
    expect(deleted.body).toContain(
      `The co\\-leader\\'s GitHub account colead\\-1 \\(ID ${String(accountId('colead-1'))}\\) no longer exists`,
    );
    const recycled = onlyIssue(gh, 'recycled/co-leader');
    expect(recycled.labels).toEqual(['audit', 'audit: leadership']);
    expect(recycled.body).toContain(
      `The co\\-leader\\'s GitHub account \\(ID ${String(accountId('colead-2'))}\\) no longer exists\\, and the username the file gives for them now belongs to another account`,
    );
    // The people are named, not mentioned; only the leaders whose accounts are theirs are.
    expect(deleted.body).toContain('@lead-1 `Pieter Jansen`: ');
    expect(recycled.body).toContain('@lead-2 `Pieter Jansen`: ');
    expect(mentioned(gh)).toEqual(['lead-1', 'lead-2']);
    // The recycled login is someone else's now: it is written nowhere, not even as code.
    expect(wherePrinted(gh, 'colead-2', true)).toEqual([]);
    expect(accountRequests(result.requests).sort()).toEqual(
      [`/user/${String(accountId('colead-1'))}`, `/user/${String(accountId('colead-2'))}`].sort(),
    );
  });
}
