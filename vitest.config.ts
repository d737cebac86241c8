import { configDefaults, defineConfig } from 'vitest/config';

/**
 * `npm test`: every test that proves a property with a small case. The scale, load and soak
 * tests (`*.load.test.ts`) run on their own with `npm run test:load` (vitest.load.config.ts), and
 * the browser tests (`*.browser.test.ts`) with `npm run test:browser` (vitest.browser.config.ts).
 *
 * No test may depend on how fast or busy the machine is: the end-to-end tests spawn the bundled
 * Action (and `tgr`) and wait for it, sharing the cores with whatever else runs, so one timeout,
 * generous enough for a busy two-core machine, serves every test instead of a figure per test;
 * it is there to stop a hang, not to measure speed (the benchmark does that).
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: [
      ...configDefaults.exclude,
      'src/**/*.load.test.ts',
      'test/**/*.load.test.ts',
      // In a real browser, with `npm run test:browser` (vitest.browser.config.ts).
      '**/*.browser.test.ts',
    ],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    globalSetup: ['test/support/global-setup.ts'],
  },
});
