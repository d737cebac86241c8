import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type Policy } from '../core/policy.js';
import type { ProblemKind } from '../core/vocabulary.js';
import { marker } from './issue-text.js';
import type { AuditAction, ExistingIssue } from './plan.js';
import { issuesAfter, stageOf, type Stage, type StageGroup } from './stages.js';

const TODAY = '2026-11-22';
const BOT = 41898282;
const PERSON = 1234;
/** 60 days to fix, 30 days' grace, removal 180 days after inactiveSince. */
const ON: Policy = {
  ...DEFAULT_POLICY,
  lifecycle: { enabled: true, inactiveAfterDays: 30, removeAfterDays: 180 },
};
const OFF: Policy = { ...ON, lifecycle: { ...ON.lifecycle, enabled: false } };

const issue = (
  number: number,
  slug: string,
  kind: ProblemKind,
  since: string,
  extra: Partial<ExistingIssue> = {},
): ExistingIssue => ({
  number,
  title: `${slug}: ${kind}`,
  body: `${marker({ slug, kind }, since)}\nbody`,
  state: 'open',
  labels: ['audit'],
  author: BOT,
  ...extra,
});

const group = (
  status: string,
  problems: ProblemKind[] = [],
  inactiveSince?: string,
): StageGroup => ({ slug: 'g', status, problems, inactiveSince });

interface Row {
  name: string;
  group: StageGroup;
  issues?: ExistingIssue[];
  policy?: Policy;
  self?: number | undefined;
  stage: Stage;
}

// First seen 2026-08-24: date 2026-10-23, last active day 2026-11-22, inactive from 2026-11-23.
// First seen 2026-08-23: date 2026-10-22, inactive from 2026-11-22 (today: lifecycle acts).
const rows: Row[] = [
  { name: 'no problem', group: group('active'), stage: { stage: 'active' } },
  {
    name: 'waived: no live problem, an open issue from before the waiver counts for nothing',
    group: group('active'),
    issues: [issue(1, 'g', 'meetups-minimum', '2026-01-01')],
    stage: { stage: 'active' },
  },
  {
    name: 'at risk only, whatever its issue says',
    group: group('active', ['meetups-at-risk']),
    issues: [issue(1, 'g', 'meetups-at-risk', '2026-01-01')],
    stage: { stage: 'at-risk' },
  },
  {
    name: 'a problem within its date',
    group: group('active', ['leader', 'meetups-at-risk']),
    issues: [issue(1, 'g', 'leader', '2026-10-01')],
    stage: { stage: 'problem', date: '2026-11-30' },
  },
  {
    name: 'a problem on its date is not past it',
    group: group('active', ['terms']),
    issues: [issue(1, 'g', 'terms', '2026-09-23')],
    stage: { stage: 'problem', date: '2026-11-22' },
  },
  {
    name: 'a problem no audit issue tells yet',
    group: group('active', ['terms']),
    stage: { stage: 'problem', date: undefined },
  },
  {
    name: 'past its date, inactive from the day after the grace',
    group: group('active', ['meetups-minimum']),
    issues: [issue(1, 'g', 'meetups-minimum', '2026-08-24')],
    stage: { stage: 'past-date', date: '2026-10-23', inactiveOn: '2026-11-23' },
  },
  {
    name: 'past its date and the grace: inactive from today',
    group: group('active', ['meetups-minimum']),
    issues: [issue(1, 'g', 'meetups-minimum', '2026-08-23')],
    stage: { stage: 'past-date', date: '2026-10-22', inactiveOn: '2026-11-22' },
  },
  {
    name: 'stages off: past its date, no day it becomes inactive',
    group: group('active', ['meetups-minimum']),
    issues: [issue(1, 'g', 'meetups-minimum', '2026-08-23')],
    policy: OFF,
    stage: { stage: 'past-date', date: '2026-10-22', inactiveOn: undefined },
  },
  {
    name: 'an expired waiver alone: past its date, never inactivated',
    group: group('active', ['waiver-expired']),
    issues: [issue(1, 'g', 'waiver-expired', '2026-01-01')],
    stage: { stage: 'past-date', date: '2026-03-02', inactiveOn: undefined },
  },
  {
    name: 'an expired waiver past its date, a counting problem within it',
    group: group('active', ['waiver-expired', 'co-leader']),
    issues: [
      issue(1, 'g', 'waiver-expired', '2026-01-01'),
      issue(2, 'g', 'co-leader', '2026-11-01'),
    ],
    stage: { stage: 'past-date', date: '2026-03-02', inactiveOn: '2027-01-31' },
  },
  {
    name: 'an issue with the marker not made by the audit counts for nothing',
    group: group('active', ['meetups-minimum']),
    issues: [issue(1, 'g', 'meetups-minimum', '2025-01-01', { author: PERSON })],
    stage: { stage: 'problem', date: undefined },
  },
  {
    name: 'no account known: no issue is the audit',
    group: group('active', ['meetups-minimum']),
    issues: [issue(1, 'g', 'meetups-minimum', '2025-01-01')],
    self: undefined,
    stage: { stage: 'problem', date: undefined },
  },
  {
    name: 'a copy opened later by someone else does not move the day',
    group: group('active', ['meetups-minimum']),
    issues: [
      issue(1, 'g', 'meetups-minimum', '2026-08-24'),
      issue(2, 'g', 'meetups-minimum', '2026-11-20', { author: PERSON }),
    ],
    stage: { stage: 'past-date', date: '2026-10-23', inactiveOn: '2026-11-23' },
  },
  {
    name: 'a reopened issue keeps its day (the oldest open one is kept)',
    group: group('active', ['meetups-minimum']),
    issues: [
      issue(1, 'g', 'meetups-minimum', '2026-08-24'),
      issue(2, 'g', 'meetups-minimum', '2026-11-01'),
    ],
    stage: { stage: 'past-date', date: '2026-10-23', inactiveOn: '2026-11-23' },
  },
  {
    name: 'a closed issue tells nothing until the audit reopens it',
    group: group('active', ['meetups-minimum']),
    issues: [issue(1, 'g', 'meetups-minimum', '2026-01-01', { state: 'closed' })],
    stage: { stage: 'problem', date: undefined },
  },
  {
    name: 'inactive, stages on: the day removal is due',
    group: group('inactive', [], '2026-06-01'),
    stage: { stage: 'inactive', since: '2026-06-01', removalOn: '2026-11-29' },
  },
  {
    name: 'inactive past the period: removal due',
    group: group('inactive', [], '2026-05-25'),
    stage: { stage: 'removal-due', since: '2026-05-25', removalOn: '2026-11-22' },
  },
  {
    name: 'inactive, stages off: no removal day',
    group: group('inactive', [], '2025-01-01'),
    policy: OFF,
    stage: { stage: 'inactive', since: '2025-01-01', removalOn: undefined },
  },
  {
    name: 'applying: the stages do not apply',
    group: group('applying', ['terms']),
    stage: { stage: 'other', status: 'applying' },
  },
];

describe('stageOf', () => {
  it.each(rows)('$name', (row) => {
    const stage = stageOf(row.group, {
      issues: row.issues ?? [],
      self: 'self' in row ? row.self : BOT,
      policy: row.policy ?? ON,
      today: TODAY,
    });
    expect(stage).toEqual(row.stage);
  });
});

describe('issuesAfter', () => {
  const text = (since: string) => ({
    title: 't',
    body: `${marker({ slug: 'g', kind: 'terms' }, since)}\nbody`,
    labels: ['audit'],
  });
  const context = (issues: ExistingIssue[], self: number) => ({
    issues,
    self,
    policy: ON,
    today: TODAY,
  });

  it('counts an issue opened this run, by the stand-in account on a first run', () => {
    const actions: AuditAction[] = [
      { type: 'open', key: { slug: 'g', kind: 'terms' }, issue: text(TODAY) },
    ];
    const issues = issuesAfter([], actions, 0);
    expect(stageOf(group('active', ['terms']), context(issues, 0))).toEqual({
      stage: 'problem',
      date: '2027-01-21',
    });
  });

  it('a reopen brings back its old day; a close ends the episode', () => {
    const existing = [
      issue(1, 'g', 'terms', '2026-08-01', { state: 'closed' }),
      issue(2, 'g', 'leader', '2026-08-01'),
    ];
    const actions: AuditAction[] = [
      { type: 'reopen', key: { slug: 'g', kind: 'terms' }, number: 1, issue: text('2026-08-01') },
      {
        type: 'close',
        key: { slug: 'g', kind: 'leader' },
        number: 2,
        comment: 'solved',
        resolution: 'solved',
        body: 'ended',
      },
    ];
    const issues = issuesAfter(existing, actions, BOT);
    expect(stageOf(group('active', ['terms']), context(issues, BOT))).toEqual({
      stage: 'past-date',
      date: '2026-09-30',
      inactiveOn: '2026-10-31',
    });
    expect(issues.find((one) => one.number === 2)?.state).toBe('closed');
  });
});
