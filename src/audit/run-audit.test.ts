import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../core/policy.js';
import { tempRegistry } from '../testing/registry.js';
import { runAudit } from './run-audit.js';

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const step of cleanup.splice(0)) step();
});

describe('the audit orchestrator', () => {
  it('refuses an empty registry, which would otherwise close every audit issue', async () => {
    const registry = tempRegistry();
    cleanup.push(registry.remove);
    await expect(
      runAudit(
        {
          root: registry.root,
          today: '2026-11-22',
          policy: DEFAULT_POLICY,
          dryRun: true,
          maxWrites: 10,
          fileUrl: (file) => file,
        },
        undefined,
      ),
    ).rejects.toThrow(/Nothing to audit: .*groups holds no group file/);
  });

  it('plans for a registry that has groups', async () => {
    const registry = tempRegistry({}, { examples: true });
    cleanup.push(registry.remove);
    const outcome = await runAudit(
      {
        root: registry.root,
        today: '2026-11-22',
        policy: DEFAULT_POLICY,
        dryRun: true,
        maxWrites: 10,
        fileUrl: (file) => file,
      },
      undefined,
    );
    expect(outcome.groups.length).toBe(5);
  });
});
