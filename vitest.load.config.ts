import { defineConfig } from 'vitest/config';

/**
 * `npm run test:load`: the scale, load and soak tests that `npm test` leaves out (each property
 * they prove is also proved there, by a small case). Their sizes come from the environment:
 *
 * - LOAD_GROUPS, LOAD_SEEDS: the audit over a large registry with faults (audit.load.test.ts);
 * - AUDIT_SEEDS: how many seeds of faulty runs the audit soaks in (audit.dist.load.test.ts);
 * - FUZZ_RUNS: cases per property in run-validate.fuzz.test.ts, which runs here again at this count
 *   (default 2,000; `npm test` runs it at its own small defaults).
 *
 * The timeout is a budget against a hang at the default sizes on a busy two-core machine.
 * One file alone: `npm run test:load -- test/e2e/audit.load.test.ts`.
 */
export default defineConfig({
  test: {
    include: [
      'src/**/*.load.test.ts',
      'test/**/*.load.test.ts',
      'src/validate/run-validate.fuzz.test.ts',
    ],
    testTimeout: 30 * 60_000,
    hookTimeout: 180_000,
    globalSetup: ['test/support/global-setup.ts'],
    env: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? '2000' },
  },
});
