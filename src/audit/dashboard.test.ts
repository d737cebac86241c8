import { registryDisk } from '../adapters/fs/registry-disk.js';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../core/policy.js';
import {
  auditGroup,
  TOO_FEW_MEETUPS,
  type AuditGroupOptions,
} from '../../test/support/audit-fixtures.js';
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

describe('the audit dashboard', () => {
  it('lists only the groups with problems, in registry order, past a thousand groups', async () => {
    // Groups 1..1001; three fall short, one of them with two problems.
    const failing = new Map<number, AuditGroupOptions>([
      [7, { meetups: TOO_FEW_MEETUPS }],
      [500, { meetups: TOO_FEW_MEETUPS, coLeader: null }],
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
    expect(dashboard).toContain('Only the 3 groups with problems are listed (of 1001).');
    // The registry's order, by file name.
    expect(tableSlugs(dashboard)).toEqual(['group-1001', 'group-500', 'group-7']);
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
});
