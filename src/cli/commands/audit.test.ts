import { describe, expect, it } from 'vitest';
import { DEFAULT_REPOSITORY, startFakeGitHub } from '../../../test/fake-github/index.js';
import {
  TOO_FEW_MEETUPS,
  auditGroup,
  markedIssue,
  seedOf,
} from '../../../test/support/audit-fixtures.js';
import { tempRegistry } from '../../../test/support/registry.js';
import { tgr } from '../../../test/support/tgr.js';

/**
 * `tgr audit` against the fake GitHub with a maintainer's personal token: only issues the token's
 * own account opened are the audit's, so the workflow's issues are someone else's, unless a dry
 * run is asked to plan as the workflow's account.
 */
describe('tgr audit with a personal token', () => {
  async function setUp(finished: (fn: () => Promise<void>) => void) {
    const group = auditGroup(1, { slug: 'too-few', meetups: TOO_FEW_MEETUPS });
    const registry = tempRegistry({ [group.path]: group.text });
    const gh = await startFakeGitHub({
      ...seedOf([
        markedIssue({
          number: 1,
          key: 'too-few/meetups-minimum',
          since: '2026-10-05',
          user: 'github-actions[bot]',
        }),
      ]),
      users: new Set([...group.logins, 'maintainer-1']),
      authenticatedLogin: 'maintainer-1',
    });
    finished(async () => {
      await gh.close();
      registry.remove();
    });
    const { owner, repo } = DEFAULT_REPOSITORY;
    const env = {
      GITHUB_TOKEN: 'test-token',
      GITHUB_REPOSITORY: `${owner}/${repo}`,
      GITHUB_API_URL: gh.url,
    };
    return { gh, root: registry.root, env };
  }

  it("says the workflow's issues are not this token's, and plans as the workflow with --audit-account", async ({
    onTestFinished,
  }) => {
    const { gh, root, env } = await setUp(onTestFinished);
    const own = await tgr(root, ['audit', '--dry-run'], env);
    expect(own.code).toBe(0);
    expect(own.stdout).toMatch(/^open +new +too-few meetups-minimum/m);
    expect(own.stderr).toContain(
      "tgr: 1 issue(s) carry the audit's marker but were not opened by this token's account",
    );
    expect(own.stderr).toContain('--dry-run --audit-account 41898282');

    const asWorkflow = await tgr(root, ['audit', '--dry-run', '--audit-account', '41898282'], env);
    expect(asWorkflow.code, asWorkflow.stderr).toBe(0);
    expect(asWorkflow.stderr).toBe('');
    // The workflow's issue is kept, with its first-seen day (its text differs: no file links here).
    expect(asWorkflow.stdout).toMatch(/^update +#1 +too-few meetups-minimum/m);
    expect(gh.writes()).toBe(0);
  });

  it('refuses --audit-account for a run that writes, or that is not a number', async ({
    onTestFinished,
  }) => {
    const { gh, root, env } = await setUp(onTestFinished);
    const writing = await tgr(root, ['audit', '--audit-account', '41898282'], env);
    expect(writing.code).toBe(2);
    expect(writing.stderr).toContain('--audit-account needs --dry-run');
    const login = await tgr(root, ['audit', '--dry-run', '--audit-account', 'github-actions'], env);
    expect(login.code).toBe(2);
    expect(login.stderr).toContain('--audit-account must be a numeric GitHub account id');
    expect(gh.writes()).toBe(0);
  });
});
