import { execFileSync } from 'node:child_process';

let cached: string | undefined;

/** Where the test run's global setup leaves the binary it found, for every test worker. */
export const NODE24_ENV = 'TGR_TEST_NODE24';

/**
 * A Node 24 binary, the runtime GitHub uses for `runs.using: node24`: this process's own when it
 * is new enough, else the one `npx -y node@24` installs from the npm registry (once, then cached).
 * Under vitest the global setup looks it up once, before any test starts, so no test waits on
 * the download or on npx.
 */
export function node24(): string {
  if (cached !== undefined) return cached;
  const major = Number(process.versions.node.split('.')[0]);
  const found = process.env[NODE24_ENV];
  cached =
    major >= 24
      ? process.execPath
      : found !== undefined && found !== ''
        ? found
        : execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], {
            encoding: 'utf8',
          }).trim();
  return cached;
}
