import { execFileSync } from 'node:child_process';

let cached: string | undefined;

/**
 * A Node 24 binary, the runtime GitHub uses for `runs.using: node24`: this process's own when it
 * is new enough, else the one `npx -y node@24` installs from the npm registry (once, then cached).
 */
export function node24(): string {
  if (cached !== undefined) return cached;
  const major = Number(process.versions.node.split('.')[0]);
  cached =
    major >= 24
      ? process.execPath
      : execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], {
          encoding: 'utf8',
        }).trim();
  return cached;
}
