import { runCli } from '../../src/cli/run.js';
import { sourceFeedThread } from './feed-thread.js';

/**
 * Runs `tgr` in process, as the bin does, from `cwd` on 2026-11-22 (noon UTC), and returns its
 * exit code and what it printed. `env` is all the environment it sees.
 */
export async function tgr(
  cwd: string,
  argv: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    now: () => new Date('2026-11-22T12:00:00Z'),
    env,
    startFeedThread: sourceFeedThread,
  });
  return { code, stdout, stderr };
}
