import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../core/policy.js';
import { tempRegistry } from '../../test/support/registry.js';
import { runAudit } from './run-audit.js';

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const step of cleanup.splice(0)) step();
});

/** A dry run without GitHub: it plans against no existing issues. */
const dryRun = (root: string) =>
  runAudit(
    {
      root,
      today: '2026-11-22',
      policy: DEFAULT_POLICY,
      dryRun: true,
      maxWrites: 10,
      fileUrl: (file) => file,
    },
    undefined,
  );

describe('the audit orchestrator', () => {
  it('refuses an empty registry, which would otherwise close every audit issue', async () => {
    const registry = tempRegistry();
    cleanup.push(registry.remove);
    await expect(dryRun(registry.root)).rejects.toThrow(
      /Nothing to audit: .*groups holds no group file/,
    );
  });

  it('plans for a registry that has groups', async () => {
    const registry = tempRegistry({}, { examples: true });
    cleanup.push(registry.remove);
    expect((await dryRun(registry.root)).groups.length).toBe(5);
  });
});
