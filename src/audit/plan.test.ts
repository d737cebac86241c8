import { describe, expect, it } from 'vitest';
import type { IssueText } from './issue-text.js';
import { marker, parseMarker, resolutionMarker } from './issue-text.js';
import {
  auditEndedEpisode,
  costOf,
  episodeChecks,
  notTheAudits,
  planAudit,
  withinBudget,
  type ExistingIssue,
  type PlanInput,
} from './plan.js';
import type { GroupSnapshot, AuditProblem } from './problems.js';

const group = (slug: string, status = 'active'): GroupSnapshot =>
  ({
    slug,
    status,
    path: `groups/${slug}.yaml`,
    name: slug,
    language: 'en',
    leaders: {},
    findings: [],
  }) as unknown as GroupSnapshot;

const problem = (slug: string, kind: AuditProblem['kind'] = 'meetups-minimum'): AuditProblem => ({
  kind,
  group: group(slug),
  findings: [],
});

/** The account the audit writes as, and a person who copies its marker. */
const BOT = 41898282;
const PERSON = 5_550_001;

const render = (p: AuditProblem, since: string): IssueText => ({
  title: `[${p.group.slug}] ${p.kind}`,
  body: `${marker({ slug: p.group.slug, kind: p.kind }, since)}\nbody`,
  labels: ['audit', 'audit: meetups'],
});

const issue = (
  number: number,
  slug: string,
  state: 'open' | 'closed' = 'open',
  kind: AuditProblem['kind'] = 'meetups-minimum',
  since = '2026-10-01',
): ExistingIssue => {
  const text = render(problem(slug, kind), since);
  return { number, title: text.title, body: text.body, state, labels: text.labels, author: BOT };
};

/** An issue the audit closed itself: its marker says the episode ended. */
const ended = (number: number, slug: string, since = '2026-10-01', on = '2026-10-20') => {
  const closed = issue(number, slug, 'closed', 'meetups-minimum', since);
  return {
    ...closed,
    stateReason: 'completed',
    body: closed.body.replace(`since=${since} -->`, `since=${since} ended=${on} -->`),
  };
};

const input = (
  problems: AuditProblem[],
  existing: ExistingIssue[],
  groups = problems.map((p) => p.group),
): PlanInput => ({
  today: '2026-11-22',
  problems,
  groups: new Map(groups.map((g) => [g.slug, g])),
  existing,
  self: BOT,
  render,
  resolve: (key, resolution) => `${resolution}: ${key.slug}`,
  duplicate: (number) => `Duplicate of #${number}`,
});

describe('planning the audit', () => {
  it('opens an issue for a new problem, dated today', () => {
    const [action] = planAudit(input([problem('a')], []));
    expect(action).toMatchObject({ type: 'open', key: { slug: 'a', kind: 'meetups-minimum' } });
    expect(action?.type === 'open' && action.issue.body).toContain('since=2026-11-22');
  });

  it('does nothing when the issue already says what it would say', () => {
    expect(planAudit(input([problem('a')], [issue(1, 'a')]))).toEqual([]);
  });

  it('edits an issue whose text changed, keeping the day the problem was first seen', () => {
    const stale = { ...issue(1, 'a'), body: issue(1, 'a').body.replace('body', 'old evidence') };
    const [action] = planAudit(input([problem('a')], [stale]));
    expect(action).toMatchObject({ type: 'update', number: 1 });
    expect(action?.type === 'update' && action.issue.body).toContain('since=2026-10-01');
  });

  it('restores a label someone removed', () => {
    const unlabelled = { ...issue(1, 'a'), labels: ['audit'] };
    expect(planAudit(input([problem('a')], [unlabelled]))[0]).toMatchObject({
      type: 'update',
      number: 1,
    });
  });

  it('closes a solved problem with what solved it, and an inactive group with why', () => {
    const actions = planAudit(input([], [issue(1, 'a'), issue(2, 'gone')], [group('a')]));
    expect(actions).toEqual([
      expect.objectContaining({
        type: 'close',
        number: 1,
        resolution: 'solved',
        body: issue(1, 'a').body.replace(
          'since=2026-10-01 -->',
          'since=2026-10-01 ended=2026-11-22 -->',
        ),
        comment: 'solved: a\n\n<!-- tech-groups-registry:audit-resolved since=2026-10-01 -->',
      }),
      expect.objectContaining({
        type: 'close',
        number: 2,
        resolution: 'inactive',
        body: expect.stringMatching(
          /^<!-- [^>]* since=2026-10-01 ended=2026-11-22 -->\n/,
        ) as unknown,
        comment: 'inactive: gone\n\n<!-- tech-groups-registry:audit-resolved since=2026-10-01 -->',
      }),
    ]);
  });

  it('closes the issues of a group the program team made inactive, saying why (issue 23)', () => {
    const actions = planAudit(input([], [issue(1, 'a')], [group('a', 'inactive')]));
    expect(actions).toEqual([
      expect.objectContaining({ type: 'close', number: 1, resolution: 'inactive' }),
    ]);
  });

  it('closes an at-risk issue as superseded when the group fell below the minimum', () => {
    const actions = planAudit(
      input([problem('a', 'meetups-minimum')], [issue(5, 'a', 'open', 'meetups-at-risk')]),
    );
    expect(actions).toEqual([
      expect.objectContaining({ type: 'open', key: { slug: 'a', kind: 'meetups-minimum' } }),
      expect.objectContaining({ type: 'close', number: 5, resolution: 'superseded' }),
    ]);
  });

  it('reopens the latest closed issue when a problem returns, as of today', () => {
    const [action, ...rest] = planAudit(input([problem('a')], [ended(1, 'a'), ended(7, 'a')]));
    expect(rest).toEqual([]);
    expect(action).toMatchObject({ type: 'reopen', number: 7 });
    expect(action?.type === 'reopen' && action.issue.body).toContain('since=2026-11-22');
  });

  it('keeps the oldest open issue and closes the others as its duplicates', () => {
    const actions = planAudit(
      input([problem('a')], [issue(9, 'a'), issue(3, 'a'), issue(4, 'a', 'closed')]),
    );
    expect(actions).toEqual([
      {
        type: 'close-duplicate',
        key: { slug: 'a', kind: 'meetups-minimum' },
        number: 9,
        comment: 'Duplicate of #3',
        duplicateOf: 3,
      },
    ]);
  });

  it('never touches an issue without the marker', () => {
    const foreign: ExistingIssue = {
      number: 2,
      title: 'Question',
      body: 'Hi! <!-- tech-groups-registry:audit',
      state: 'open',
      labels: ['audit'],
      author: BOT,
    };
    expect(planAudit(input([], [foreign]))).toEqual([]);
  });

  it('never counts an issue someone else created, even with the marker and the label', () => {
    // A copy of the marker dated long ago (to bring the date forward) and one dated in the
    // future (to push it back), open and closed, and one for a problem that is solved.
    const copies: ExistingIssue[] = [
      { ...issue(1, 'a', 'open', 'meetups-minimum', '2025-01-01'), author: PERSON },
      { ...issue(2, 'a', 'closed', 'meetups-minimum', '2027-06-01'), author: PERSON },
      { ...issue(3, 'b', 'open', 'meetups-minimum', '2027-06-01'), author: PERSON },
      { ...issue(4, 'gone', 'open'), author: PERSON },
      // A deleted account shows as no user at all.
      { ...issue(5, 'b', 'open', 'meetups-minimum', '2025-01-01'), author: null },
    ];
    const actions = planAudit(
      input([problem('a'), problem('b')], copies, [group('a'), group('b'), group('gone')]),
    );
    expect(
      actions.map((action) => [action.type, 'number' in action ? action.number : 'new']),
    ).toEqual([
      ['open', 'new'],
      ['open', 'new'],
    ]);
    for (const action of actions)
      expect(action.type === 'open' && action.issue.body).toContain('since=2026-11-22');
    expect(notTheAudits(copies, BOT)).toEqual([1, 2, 3, 4, 5]);
    // Without knowing its own account (no token), no issue is the audit's.
    expect(planAudit({ ...input([problem('a')], [issue(1, 'a')]), self: undefined })).toEqual([
      expect.objectContaining({ type: 'open' }),
    ]);
  });

  it('keeps the first-seen day when an issue closed by anyone but the audit comes back', () => {
    // A person closed it, or a merged "Fixes #1" did, or it was closed as not planned.
    for (const stateReason of ['completed', 'not_planned', null]) {
      const closed = { ...issue(1, 'a', 'closed'), stateReason };
      const [action, ...rest] = planAudit(input([problem('a')], [closed]));
      expect(rest).toEqual([]);
      expect(action).toMatchObject({ type: 'reopen', number: 1 });
      expect(action?.type === 'reopen' && action.issue.body).toContain('since=2026-10-01 -->');
    }
  });

  it('starts a new episode, dated today, only where the audit ended the last one', () => {
    const [marked] = planAudit(input([problem('a')], [ended(1, 'a')]));
    expect(marked?.type === 'reopen' && parseMarker(marked.issue.body)).toEqual({
      slug: 'a',
      kind: 'meetups-minimum',
      since: '2026-11-22',
      ended: undefined,
    });
    // Closed before the audit marked its ends: its own closing comment says so (see episodeChecks).
    const legacy = issue(1, 'a', 'closed');
    const [old] = planAudit({ ...input([problem('a')], [legacy]), endedByAudit: new Set([1]) });
    expect(old?.type === 'reopen' && old.issue.body).toContain('since=2026-11-22 -->');
    // Reopened by a person after the audit ended it: the old episode is over all the same.
    const reopened = { ...ended(1, 'a'), state: 'open' as const, stateReason: 'reopened' };
    const [update] = planAudit(input([problem('a')], [reopened]));
    expect(update).toMatchObject({ type: 'update', number: 1 });
    expect(update?.type === 'update' && update.issue.body).toContain('since=2026-11-22 -->');
  });

  it('marks the end on a closed issue whose problem it sees solved, once, after all else', () => {
    // #1 closed by a merged "Fixes #1" that did fix it; #2 closed before end marks existed, its
    // group since gone; #3 already marked; #4 and #5: only the issue a relapse would reopen.
    const existing = [
      issue(1, 'a', 'closed'),
      issue(2, 'gone', 'closed'),
      ended(3, 'b'),
      issue(4, 'c', 'closed'),
      issue(5, 'c', 'closed'),
      issue(6, 'd'),
    ];
    const actions = planAudit(
      input([], existing, [group('a'), group('b'), group('c'), group('d')]),
    );
    expect(actions.map((action) => [action.type, 'number' in action ? action.number : 0])).toEqual([
      ['close', 6],
      ['end', 1],
      ['end', 2],
      ['end', 5],
    ]);
    const end = actions[1];
    expect(end?.type === 'end' && parseMarker(end.body)).toMatchObject({
      since: '2026-10-01',
      ended: '2026-11-22',
    });
    expect(end && costOf(end)).toBe(1);
    // Marked, it asks nothing more.
    const marked = existing.map((old) =>
      old.state === 'closed'
        ? { ...old, body: old.body.replace('-10-01 -->', '-10-01 ended=2026-11-22 -->') }
        : old,
    );
    expect(planAudit(input([problem('d')], marked, [group('a'), group('c')]))).toEqual([]);
  });

  it('asks about the closing of an issue only when it would reopen one without an end mark', () => {
    const existing = [
      issue(1, 'a', 'closed'),
      ended(2, 'b'),
      issue(3, 'c', 'closed', 'meetups-minimum', '2026-09-09'),
      issue(4, 'solved', 'closed'),
      { ...issue(5, 'd', 'closed'), author: PERSON },
      issue(6, 'e'),
    ];
    const problems = ['a', 'b', 'c', 'd', 'e'].map((slug) => problem(slug));
    expect(episodeChecks({ problems, existing, self: BOT })).toEqual([
      { number: 1, since: '2026-10-01' },
      { number: 3, since: '2026-09-09' },
    ]);
    expect(episodeChecks({ problems, existing, self: undefined })).toEqual([]);
  });

  it('counts an episode as ended by the audit only on its own closing comment for that day', () => {
    const closing = `Solved.\n\n${resolutionMarker('2026-10-01')}`;
    expect(auditEndedEpisode([{ author: BOT, body: closing }], BOT, '2026-10-01')).toBe(true);
    expect(
      auditEndedEpisode(
        [
          { author: BOT, body: `Duplicate of #3.` },
          { author: PERSON, body: 'Thanks!' },
          { author: BOT, body: closing },
          { author: PERSON, body: 'It is back.' },
        ],
        BOT,
        '2026-10-01',
      ),
    ).toBe(true);
    // A person pasting the audit's closing comment ends nothing; nor does an earlier episode's.
    expect(auditEndedEpisode([{ author: PERSON, body: closing }], BOT, '2026-10-01')).toBe(false);
    expect(auditEndedEpisode([{ author: null, body: closing }], BOT, '2026-10-01')).toBe(false);
    expect(auditEndedEpisode([{ author: BOT, body: closing }], BOT, '2026-11-01')).toBe(false);
    expect(auditEndedEpisode([], BOT, '2026-10-01')).toBe(false);
  });

  it('puts what people must hear about first: opens, then closes, then edits, then duplicates', () => {
    const stale = { ...issue(2, 'b'), body: issue(2, 'b').body.replace('body', 'old') };
    const actions = planAudit(
      input(
        [problem('a'), problem('b'), problem('c')],
        [stale, issue(3, 'c'), issue(4, 'c'), issue(5, 'solved')],
        [group('a'), group('b'), group('c'), group('solved')],
      ),
    );
    expect(actions.map((action) => action.type)).toEqual([
      'open',
      'close',
      'update',
      'close-duplicate',
    ]);
  });
});

describe('the write budget', () => {
  it('takes whole actions in order until the budget is spent, and leaves the rest', () => {
    const actions = planAudit(
      input(
        [problem('a'), problem('b')],
        [issue(5, 'solved')],
        [group('a'), group('b'), group('solved')],
      ),
    );
    expect(actions.map(costOf)).toEqual([1, 1, 2]);
    const { now, later } = withinBudget(actions, 3);
    expect(now.map((action) => action.type)).toEqual(['open', 'open']);
    expect(later.map((action) => action.type)).toEqual(['close']);
    expect(withinBudget(actions, 0)).toEqual({ now: [], later: actions });
  });
});
