import { describe, expect, it } from 'vitest';
import { addDays } from '../core/dates.js';
import { DEFAULT_POLICY, type Policy } from '../core/policy.js';
import type { ProblemKind } from '../core/vocabulary.js';
import { marker } from '../audit/issue-text.js';
import type { ExistingIssue } from '../audit/plan.js';
import { stageOf } from '../audit/stages.js';
import { decideLifecycle } from './decide.js';

// The dashboard's stage (src/audit/stages.ts) and the lifecycle's decision must agree on every
// day: "inactive from" a day that has come means inactivate; "removal due" means remove.

const BOT = 41898282;
const PERSON = 1234;
const ON: Policy = {
  ...DEFAULT_POLICY,
  lifecycle: { enabled: true, inactiveAfterDays: 30, removeAfterDays: 180 },
};
const OFF: Policy = { ...ON, lifecycle: { ...ON.lifecycle, enabled: false } };

const issue = (
  number: number,
  kind: ProblemKind,
  since: string,
  extra: Partial<ExistingIssue> = {},
): ExistingIssue => ({
  number,
  title: kind,
  body: `${marker({ slug: 'g', kind }, since)}\nbody`,
  state: 'open',
  labels: ['audit'],
  author: BOT,
  ...extra,
});

const cases: Array<{
  name: string;
  status: string;
  problems: ProblemKind[];
  inactiveSince?: string;
  issues: ExistingIssue[];
}> = [
  {
    name: 'too few meetups',
    status: 'active',
    problems: ['meetups-minimum'],
    issues: [issue(1, 'meetups-minimum', '2026-08-24')],
  },
  {
    name: 'an expired waiver only',
    status: 'active',
    problems: ['waiver-expired'],
    issues: [issue(1, 'waiver-expired', '2026-08-24')],
  },
  {
    name: 'an expired waiver and no co-leader, told apart',
    status: 'active',
    problems: ['waiver-expired', 'co-leader'],
    issues: [issue(1, 'waiver-expired', '2026-07-01'), issue(2, 'co-leader', '2026-09-10')],
  },
  {
    name: "someone else's issue",
    status: 'active',
    problems: ['terms'],
    issues: [issue(1, 'terms', '2026-01-01', { author: PERSON })],
  },
  {
    name: 'a waived problem with its old issue open',
    status: 'active',
    problems: [],
    issues: [issue(1, 'leader', '2026-01-01')],
  },
  {
    name: 'inactive and still short',
    status: 'inactive',
    problems: ['meetups-minimum'],
    inactiveSince: '2026-06-01',
    issues: [],
  },
];

describe('the dashboard stage agrees with tgr lifecycle', () => {
  for (const policy of [ON, OFF]) {
    for (const group of cases) {
      it(`${group.name}, stages ${policy.lifecycle.enabled ? 'on' : 'off'}, every day`, () => {
        for (let day = 0; day < 200; day++) {
          const today = addDays('2026-09-01', day);
          const stage = stageOf(
            { slug: 'g', ...group, inactiveSince: group.inactiveSince },
            { issues: group.issues, self: BOT, policy, today },
          );
          const action = decideLifecycle(
            [{ slug: 'g', ...group, inactiveSince: group.inactiveSince }],
            group.issues,
            policy,
            today,
            BOT,
          )[0]?.action;
          const inactivates =
            stage.stage === 'past-date' &&
            stage.inactiveOn !== undefined &&
            stage.inactiveOn <= today;
          expect({ today, inactivate: action === 'inactivate' }).toEqual({
            today,
            inactivate: inactivates,
          });
          // Removal waits for a group still short; the stage shows the day it becomes due.
          expect({ today, remove: action === 'remove' }).toEqual({
            today,
            remove: stage.stage === 'removal-due' && group.problems.length > 0,
          });
        }
      });
    }
  }
});
