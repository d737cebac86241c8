import { defineConfig } from 'vitest/config';

/**
 * `npm run test:browser`: the site's tests in a real headless Chromium (`*.browser.test.ts`),
 * driven by playwright-core. They need a Chromium binary: /usr/bin/chromium (Debian's `chromium`
 * package; .ci/run installs it when missing), or the one CHROMIUM_PATH names. `npm test` leaves
 * them out.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
