import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type Policy } from '../core/policy.js';
import type { ProblemKind } from '../core/vocabulary.js';
import type { ExistingIssue } from '../audit/plan.js';
import { marker } from '../audit/issue-text.js';
import { renderMessage } from '../i18n/findings/index.js';
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
});
