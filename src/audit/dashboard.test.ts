import { registryDisk } from '../adapters/fs/registry-disk.js';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type Policy } from '../core/policy.js';
import {
  AT_RISK_MEETUPS,
  auditGroup,
  TOO_FEW_MEETUPS,
  type AuditGroupOptions,
} from '../../test/support/audit-fixtures.js';
import { AUDIT_ACCOUNT, MemoryAuditHost } from '../../test/support/memory-audit-host.js';
import { marker } from './issue-text.js';
import { tempRegistry } from '../../test/support/registry.js';
import { renderDashboard } from './dashboard.js';
import { runAudit } from './run-audit.js';
import { RULE_PAGES } from '../report/rule-links.js';

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const step of cleanup.splice(0)) step();
});

/** The slugs in the dashboard's groups table, in order. */
const tableSlugs = (dashboard: string): string[] =>
  (dashboard.split('### Groups')[1] ?? '')
    .split('\n')
    .flatMap((line) => /^\| `([^`]+)` \|/.exec(line)?.slice(1) ?? []);

/** The cells of a group's row in the groups table. */
const rowOf = (dashboard: string, slug: string): string[] =>
  (dashboard.split('### Groups')[1] ?? '')
    .split('\n')
    .find((line) => line.startsWith(`| \`${slug}\` |`))
    ?.slice(2, -2)
    .split(' | ') ?? [];

/** The stages on, as this repository's own program.yml sets them. */
const STAGES_ON: Policy = {
  ...DEFAULT_POLICY,
  lifecycle: { enabled: true, inactiveAfterDays: 30, removeAfterDays: 180 },
};

describe('the audit dashboard', () => {
  it('lists only the groups with problems, in registry order, past a thousand groups', async () => {
    // Groups 1..1001; three fall short, one of them with two problems, and one is inactive.
    const failing = new Map<number, AuditGroupOptions>([
      [7, { meetups: TOO_FEW_MEETUPS }],
      [500, { meetups: TOO_FEW_MEETUPS, coLeader: null }],
      // Inactive: no problem of its own, but the program team must see it (removal comes).
      [800, { status: 'inactive' }],
      [1001, { coLeader: null }],
    ]);
    const groups = Array.from({ length: 1001 }, (_, i) => auditGroup(i + 1, failing.get(i + 1)));
    const registry = tempRegistry(Object.fromEntries(groups.map((g) => [g.path, g.text])));
    cleanup.push(registry.remove);
    const outcome = await runAudit(
      {
        root: registry.root,
        disk: registryDisk(),
        today: '2026-11-22',
        policy: DEFAULT_POLICY,
        dryRun: true,
        maxWrites: 0,
        fileUrl: undefined,
        rulePages: RULE_PAGES,
      },
      undefined,
    );
    expect(outcome.problems).toHaveLength(4);
    const dashboard = renderDashboard(outcome, {
      today: '2026-11-22',
      dryRun: true,
      requests: 0,
      writes: 0,
    });
    expect(dashboard).toContain(
      'Only the 4 groups with problems or inactive are listed (of 1001).',
    );
    // The registry's order, by file name.
    expect(tableSlugs(dashboard)).toEqual(['group-1001', 'group-500', 'group-7', 'group-800']);
  });

  it('lists every group up to a thousand', async () => {
    const groups = [auditGroup(1), auditGroup(2, { coLeader: null }), auditGroup(3)];
    const registry = tempRegistry(Object.fromEntries(groups.map((g) => [g.path, g.text])));
    cleanup.push(registry.remove);
    const outcome = await runAudit(
      {
        root: registry.root,
        disk: registryDisk(),
        today: '2026-11-22',
        policy: DEFAULT_POLICY,
        dryRun: true,
        maxWrites: 0,
        fileUrl: undefined,
        rulePages: RULE_PAGES,
      },
      undefined,
    );
    const dashboard = renderDashboard(outcome, {
      today: '2026-11-22',
      dryRun: true,
      requests: 0,
      writes: 0,
    });
    expect(dashboard).not.toContain('Only the');
    expect(tableSlugs(dashboard)).toEqual(['group-1', 'group-2', 'group-3']);
  });

  describe("each group's stage", () => {
    /**
     * A registry of every stage: group-1 meets everything, group-2 is at risk, group-3 has too
     * few meetups, group-4 and group-5 are inactive (one past the removal period), group-6 has no
     * co-leader and an issue someone else opened long ago, and group-7's status is no status
     * at all, written to break the table.
     */
    function registry() {
      const inactive = (n: number, since: string) => {
        const group = auditGroup(n, { status: 'inactive' });
        return { ...group, text: `${group.text.trimEnd()}\ninactiveSince: ${since}\n` };
      };
      const groups = [
        auditGroup(1),
        auditGroup(2, { meetups: AT_RISK_MEETUPS }),
        auditGroup(3, { meetups: TOO_FEW_MEETUPS }),
        inactive(4, '2026-10-01'),
        inactive(5, '2026-05-01'),
        auditGroup(6, { coLeader: null }),
        auditGroup(7, { status: '<img src=x> | @everyone' }),
      ];
      const made = tempRegistry(Object.fromEntries(groups.map((g) => [g.path, g.text])));
      cleanup.push(made.remove);
      return made.root;
    }
    const run = (root: string, host: MemoryAuditHost, today: string, policy: Policy) =>
      runAudit(
        {
          root,
          disk: registryDisk(),
          today,
          policy,
          dryRun: false,
          maxWrites: 100,
          fileUrl: undefined,
          rulePages: RULE_PAGES,
        },
        host,
      );
    const render = (outcome: Awaited<ReturnType<typeof run>>, today: string) =>
      renderDashboard(outcome, { today, dryRun: false, requests: 0, writes: 0 });

    it('shows each stage with its day, and the totals by stage, as the issues stand after the run', async () => {
      const root = registry();
      const host = new MemoryAuditHost();
      // Opened by a person with the audit's marker, long ago: it tells no date.
      host.issues.push({
        number: 1,
        title: 'copy',
        body: `${marker({ slug: 'group-6', kind: 'co-leader' }, '2025-01-01')}\nbody`,
        state: 'open',
        stateReason: null,
        labels: ['audit'],
        author: 1234,
        comments: [],
      });
      const dashboard = render(await run(root, host, '2026-11-22', STAGES_ON), '2026-11-22');
      expect(rowOf(dashboard, 'group-1')[1]).toBe('active');
      expect(rowOf(dashboard, 'group-2')[1]).toBe('at risk');
      // The issue opened in this run: first seen today, its date 60 days on.
      expect(rowOf(dashboard, 'group-3')[1]).toBe('problem, date 2027-01-21');
      expect(rowOf(dashboard, 'group-6')[1]).toBe('problem, date 2027-01-21');
      expect(rowOf(dashboard, 'group-4')[1]).toBe(
        'inactive since 2026-10-01, removal due 2027-03-31 if still short',
      );
      expect(rowOf(dashboard, 'group-5')[1]).toBe(
        'inactive since 2026-05-01, **removal due** if still short',
      );
      expect(dashboard).toContain(
        '**Stages:** 1 active · 1 at risk · 2 with a problem · 0 past their date · 1 inactive · 1 due for removal · 1 other.',
      );
    });

    it('says past its date, and from which day the group becomes inactive, on the day the stages would act', async () => {
      const root = registry();
      const host = new MemoryAuditHost();
      await run(root, host, '2026-11-22', STAGES_ON);
      const later = render(await run(root, host, '2027-01-22', STAGES_ON), '2027-01-22');
      expect(rowOf(later, 'group-3')[1]).toBe(
        '**past its date** (2027-01-21), inactive from 2027-02-21',
      );
      // With the stages off the date still passes; nobody becomes inactive.
      const off = render(await run(root, host, '2027-01-22', DEFAULT_POLICY), '2027-01-22');
      expect(rowOf(off, 'group-3')[1]).toBe('**past its date** (2027-01-21)');
      expect(rowOf(off, 'group-4')[1]).toBe('inactive since 2026-10-01');
      expect(
        host.issues.every((issue) => issue.author === AUDIT_ACCOUNT || issue.number === 1),
      ).toBe(true);
    });

    it('keeps an untrusted status inside a code span in its cell', async () => {
      const root = registry();
      const dashboard = render(
        await run(root, new MemoryAuditHost(), '2026-11-22', STAGES_ON),
        '2026-11-22',
      );
      const line = dashboard.split('\n').find((one) => one.startsWith('| `group-7` |')) ?? '';
      expect(line).toContain('| `<img src=x> \\| @everyone` |');
      expect(rowOf(dashboard, 'group-7')).toHaveLength(rowOf(dashboard, 'group-1').length);
    });
  });
});
