import { describe, expect, it } from 'vitest';
import type { IssueText } from './issue-text.js';
import { marker } from './issue-text.js';
import { costOf, planAudit, withinBudget, type ExistingIssue, type PlanInput } from './plan.js';
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
  return { number, title: text.title, body: text.body, state, labels: text.labels };
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
        comment: 'solved: a\n\n<!-- tech-groups-registry:audit-resolved since=2026-10-01 -->',
      }),
      expect.objectContaining({
        type: 'close',
        number: 2,
        resolution: 'inactive',
        comment: 'inactive: gone\n\n<!-- tech-groups-registry:audit-resolved since=2026-10-01 -->',
      }),
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
    const [action, ...rest] = planAudit(
      input([problem('a')], [issue(1, 'a', 'closed'), issue(7, 'a', 'closed')]),
    );
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
    };
    expect(planAudit(input([], [foreign]))).toEqual([]);
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
