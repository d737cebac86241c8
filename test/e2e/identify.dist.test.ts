import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  deleteAccount,
  registerAccount,
  startFakeGitHub,
  type FakeGitHub,
} from '../fake-github/index.js';
import { VALID_GROUP, withField } from '../support/check.js';
import { node24 } from '../support/node24.js';
import { REPO_ROOT, tempRegistry } from '../support/registry.js';

/**
 * `tgr identify` through the bundle (dist/cli/index.js) on Node 24, what the identify workflow
 * runs, against the fake GitHub over HTTP: the same scenarios, and more, run in process in
 * src/cli/commands/identify.test.ts.
 */
const BIN = path.join(REPO_ROOT, 'dist/cli/index.js');

let gh: FakeGitHub | undefined;
let remove: (() => void) | undefined;
afterEach(async () => {
  await gh?.close();
  remove?.();
});

/** Runs the bundle without blocking this process, which serves the fake GitHub. */
function runBundle(
  cwd: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      node24(),
      [BIN, ...args],
      { cwd, env: { PATH: process.env.PATH, ...env }, encoding: 'utf8', timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('the tgr bundle identifying leaders on Node 24', () => {
  it('writes the ids of accounts older than the terms, and lists a recycled username', async () => {
    gh = await startFakeGitHub({ users: new Set(['annadevries', 'pjansen', 'kees']) });
    deleteAccount(gh.state, 'kees');
    const newcomer = registerAccount(gh.state, 'kees', { createdAt: '2026-03-02T10:00:00Z' });
    const piet = gh.state.accounts.find((account) => account.login === 'pjansen')?.id ?? 0;
    const text = withField('slug', 'b', VALID_GROUP)
      .replace('github: annadevries\n  githubId: 48213907\n', 'github: kees\n')
      .replace('github: pjansen\n  githubId: 61852340\n', 'github: pjansen # co-leader\n');
    const registry = tempRegistry({ 'groups/b.yaml': text });
    remove = registry.remove;

    const env = { GITHUB_TOKEN: 'test-token', GITHUB_API_URL: gh.url };
    const result = await runBundle(registry.root, ['identify', '--format', 'json'], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(registry.root, 'groups/b.yaml'), 'utf8')).toBe(
      text.replace(
        'github: pjansen # co-leader\n',
        `github: pjansen # co-leader\n  githubId: ${String(piet)}\n`,
      ),
    );
    const report = JSON.parse(result.stdout) as { written: unknown[]; confirm: unknown[] };
    expect(report.written).toEqual([
      { group: 'groups/b.yaml', role: 'coLeader', login: 'pjansen', githubId: piet },
    ]);
    expect(report.confirm).toEqual([
      expect.objectContaining({
        group: 'groups/b.yaml',
        role: 'leader',
        login: 'kees',
        reason: 'created-after-terms',
        accountId: newcomer.id,
      }),
    ]);
    gh.assertNoViolations();

    const markdown = await runBundle(registry.root, ['identify', '--format', 'markdown'], env);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain('### For a maintainer to confirm');
    expect(markdown.stdout).toContain(
      '`groups/b.yaml` leader `kees`: account created 2026\\-03\\-02',
    );

    const without = await runBundle(registry.root, ['identify'], {});
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('needs GITHUB_TOKEN');
  });
});
