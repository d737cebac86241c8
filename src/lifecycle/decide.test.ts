import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type Policy } from '../core/policy.js';
import type { ProblemKind } from '../core/vocabulary.js';
import type { ExistingIssue } from '../audit/plan.js';
import { marker } from '../audit/issue-text.js';
import { renderMessage } from '../i18n/findings/index.js';
import { addDays } from '../core/dates.js';
import { evaluate } from '../evaluate/evaluate.js';
import { findProblems, snapshotGroups } from '../audit/problems.js';
import { renderIssue } from '../audit/issue-text.js';
import { RULE_PAGES } from '../report/rule-links.js';
import { fileFrom, withField } from '../../test/support/check.js';
import { decideLifecycle, type LifecycleGroup } from './decide.js';

const TODAY = '2026-11-22';
/** The audit's own account, and a person who copies its marker and label. */
const BOT = 41898282;
const PERSON = 1234;
/** Stages on, with the audit's 60 days and 30 days' grace: a problem first seen on 2026-08-24 is due on 2026-10-23, and makes a group inactive after 2026-11-22. */
const POLICY: Policy = {
  ...DEFAULT_POLICY,
  lifecycle: { enabled: true, inactiveAfterDays: 30, removeAfterDays: 180 },
};

const group = (
  slug: string,
  status: string,
  problems: ProblemKind[] = [],
  inactiveSince?: string,
): LifecycleGroup => ({ slug, status, problems, inactiveSince });

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

const decide = (
  groups: LifecycleGroup[],
  issues: ExistingIssue[],
  options: { policy?: Policy; self?: number | undefined; today?: string } = {},
) =>
  decideLifecycle(
    groups,
    issues,
    options.policy ?? POLICY,
    options.today ?? TODAY,
    'self' in options ? options.self : BOT,
  );

describe('decideLifecycle', () => {
  it.each([
    ['meetups-minimum', 'meetups_minimum'],
    ['leader', 'leader'],
    ['co-leader', 'co_leader'],
    ['terms', 'terms'],
  ] as const)(
    'inactivates an active group whose %s issue is past its date plus the grace',
    (kind, word) => {
      // First seen 2026-08-23: date 2026-10-22, plus 30 days is 2026-11-21, before today.
      expect(decide([group('a', 'active', [kind])], [issue(7, 'a', kind, '2026-08-23')])).toEqual([
        {
          group: 'a',
          action: 'inactivate',
          since: '2026-08-23',
          messageId: 'lifecycle/inactivate',
          params: { problem: word, since: '2026-08-23', deadline: '2026-10-22', grace: 30 },
          issue: 7,
        },
      ]);
    },
  );

  it('names the oldest of several counting problems past their date', () => {
    const [change] = decide(
      [group('a', 'active', ['meetups-minimum', 'terms'])],
      [issue(7, 'a', 'meetups-minimum', '2026-08-01'), issue(8, 'a', 'terms', '2026-07-01')],
    );
    expect(change).toMatchObject({ since: '2026-07-01', issue: 8, params: { problem: 'terms' } });
  });

  it('says why in the group’s language', () => {
    const [change] = decide(
      [group('a', 'active', ['meetups-minimum'])],
      [issue(7, 'a', 'meetups-minimum', '2026-08-23')],
    );
    const ref = { id: change?.messageId ?? 'lifecycle/inactivate', params: change?.params ?? {} };
    expect(renderMessage(ref, 'en')).toBe(
      "The group has held too few Azure meetups. The audit first saw this on 23 August 2026 and gave the group until 22 October 2026; 30 days later it is still so. The group becomes inactive: it leaves the directory until it meets the program's requirements again.",
    );
    expect(renderMessage(ref, 'nl')).toContain('De groep heeft te weinig Azure-meetups gehouden.');
    expect(renderMessage(ref, 'sv')).toContain('Gruppen har hållit för få Azure-möten.');
  });

  it('reactivates an inactive group that meets every requirement again', () => {
    expect(decide([group('a', 'inactive', ['meetups-at-risk'], '2026-10-01')], [])).toEqual([
      {
        group: 'a',
        action: 'reactivate',
        since: '2026-10-01',
        messageId: 'lifecycle/reactivate',
        params: { since: '2026-10-01' },
        issue: null,
      },
    ]);
  });

  it('removes an inactive group still short after removeAfterDays', () => {
    // 2026-05-25 is 181 days before today.
    expect(decide([group('a', 'inactive', ['meetups-minimum'], '2026-05-25')], [])).toEqual([
      {
        group: 'a',
        action: 'remove',
        since: '2026-05-25',
        messageId: 'lifecycle/remove',
        params: { since: '2026-05-25', days: 180 },
        issue: null,
      },
    ]);
  });

  const NOTHING: Array<[string, LifecycleGroup[], ExistingIssue[], Parameters<typeof decide>[2]?]> =
    [
      ['a compliant group', [group('a', 'active')], []],
      [
        'an at-risk group, however old its issue',
        [group('a', 'active', ['meetups-at-risk'])],
        [issue(7, 'a', 'meetups-at-risk', '2025-01-01')],
      ],
      [
        'a waived group (its waived findings raise no problem)',
        [group('a', 'active', [])],
        [issue(7, 'a', 'meetups-minimum', '2025-01-01', { state: 'closed' })],
      ],
      [
        'an expired waiver by itself',
        [group('a', 'active', ['waiver-expired'])],
        [issue(7, 'a', 'waiver-expired', '2025-01-01')],
      ],
      [
        'an applying group',
        [group('a', 'applying', ['meetups-minimum', 'leader'])],
        [issue(7, 'a', 'meetups-minimum', '2025-01-01')],
      ],
      [
        'a leaving group',
        [group('a', 'leaving', ['meetups-minimum'])],
        [issue(7, 'a', 'meetups-minimum', '2025-01-01')],
      ],
      [
        'a problem on the last day of its grace',
        [group('a', 'active', ['meetups-minimum'])],
        [issue(7, 'a', 'meetups-minimum', '2026-08-24')],
      ],
      [
        'a problem before its date',
        [group('a', 'active', ['meetups-minimum'])],
        [issue(7, 'a', 'meetups-minimum', '2026-11-01')],
      ],
      [
        'a counting problem the audit has not told the group about',
        [group('a', 'active', ['meetups-minimum'])],
        [],
      ],
      [
        'an issue with the audit’s marker and label created by someone else (no backdating)',
        [group('a', 'active', ['meetups-minimum'])],
        [issue(7, 'a', 'meetups-minimum', '2025-01-01', { author: PERSON })],
      ],
      [
        'an old issue of the audit’s closed (the audit reopens it first)',
        [group('a', 'active', ['meetups-minimum'])],
        [issue(7, 'a', 'meetups-minimum', '2025-01-01', { state: 'closed' })],
      ],
      [
        'another group’s or another problem’s issue',
        [group('a', 'active', ['meetups-minimum'])],
        [issue(7, 'b', 'meetups-minimum', '2025-01-01'), issue(8, 'a', 'terms', '2025-01-01')],
      ],
      [
        'a connection that cannot say which issues are the audit’s',
        [group('a', 'active', ['meetups-minimum'])],
        [issue(7, 'a', 'meetups-minimum', '2025-01-01')],
        { self: undefined },
      ],
      [
        'an inactive group still short, within removeAfterDays',
        [group('a', 'inactive', ['meetups-minimum'], '2026-05-26')],
        [],
      ],
      [
        'stages that are off',
        [
          group('a', 'active', ['meetups-minimum']),
          group('b', 'inactive', [], '2026-10-01'),
          group('c', 'inactive', ['leader'], '2020-01-01'),
        ],
        [issue(7, 'a', 'meetups-minimum', '2025-01-01')],
        { policy: DEFAULT_POLICY },
      ],
    ];

  it.each(NOTHING)('does nothing for %s', (_name, groups, issues, options) => {
    expect(decide(groups, issues, options)).toEqual([]);
  });

  it('keeps the day when a person opens a newer copy of the issue', () => {
    // The audit's own issue 7 keeps 2026-08-23; the copy 9 someone opened later changes nothing.
    const [change] = decide(
      [group('a', 'active', ['meetups-minimum'])],
      [
        issue(7, 'a', 'meetups-minimum', '2026-08-23'),
        issue(9, 'a', 'meetups-minimum', '2026-11-20', { author: PERSON }),
      ],
    );
    expect(change).toMatchObject({ issue: 7, since: '2026-08-23' });
  });

  describe('inactivates on the day the audit issue announces, never earlier', () => {
    const FEW = withField('meetups', '\n  - date: 2026-10-22\n    title: AKS\n    azure: true');
    /** The English sentence of a real audit issue, first seen on `since`, under `policy`. */
    const announced = (since: string, policy: Policy): string => {
      const results = evaluate([fileFrom(FEW, 'groups/a.yaml')], { today: since, policy });
      const [problem] = findProblems(snapshotGroups(results, since, policy));
      if (problem?.kind !== 'meetups-minimum') throw new Error('no minimum problem');
      const context = { policy, fileUrl: undefined, rulePages: RULE_PAGES };
      const match =
        /If the problem is still there after (\d+ \w+ \d{4}), the group becomes inactive/.exec(
          renderIssue(problem, since, context).body,
        );
      if (!match?.[1]) throw new Error('no day announced');
      return match[1];
    };
    /** The first day `decideLifecycle` inactivates the group, walking day by day from `since`. */
    const firstInactive = (since: string, policy: Policy): string => {
      const groups = [group('a', 'active', ['meetups-minimum'])];
      const issues = [issue(7, 'a', 'meetups-minimum', since)];
      for (let day = since, n = 0; n < 400; day = addDays(day, 1), n += 1)
        if (decide(groups, issues, { policy, today: day }).length > 0) return day;
      throw new Error('never inactivated');
    };
    const long = (day: string) =>
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${day}T00:00:00Z`),
      );

    it.each([
      ['60 days to fix, 30 of grace', 60, 30, '2026-08-24', '2026-11-22', '2026-11-23'],
      ['14 days to fix, 7 of grace', 14, 7, '2026-11-01', '2026-11-22', '2026-11-23'],
      ['30 days to fix, no grace', 30, 0, '2026-12-15', '2027-01-14', '2027-01-15'],
    ])('%s', (_name, deadlineDays, inactiveAfterDays, since, lastDay, inactiveOn) => {
      const policy: Policy = {
        ...POLICY,
        audit: { ...POLICY.audit, deadlineDays },
        lifecycle: { ...POLICY.lifecycle, inactiveAfterDays },
      };
      expect(announced(since, policy)).toBe(long(lastDay));
      expect(firstInactive(since, policy)).toBe(inactiveOn);
      // The day the issue names is the last one the group keeps; the next is the first it loses.
      expect(addDays(lastDay, 1)).toBe(inactiveOn);
    });
  });
});
