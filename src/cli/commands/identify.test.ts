import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  deleteAccount,
  registerAccount,
  renameAccount,
  startFakeGitHub,
  type FakeGitHub,
} from '../../../test/fake-github/index.js';
import { VALID_GROUP, withField } from '../../../test/support/check.js';
import { tempRegistry } from '../../../test/support/registry.js';
import { tgr } from '../../../test/support/tgr.js';

/**
 * `tgr identify` in process against the fake GitHub over HTTP, which keeps accounts by id as
 * GitHub does: renames free a username, deletions too, and anyone may register a freed one.
 */

/** A group whose leader has no githubId yet; its co-leader pjansen has none either. */
function group(slug: string, leader: string): string {
  return withField('slug', slug, VALID_GROUP)
    .replace(
      'github: annadevries\n  githubId: 48213907\n',
      `github: ${leader} # ${slug}'s leader\n`,
    )
    .replace('github: pjansen\n  githubId: 61852340\n', 'github: PJansen\n');
}

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function setUp() {
  const gh: FakeGitHub = await startFakeGitHub({
    users: new Set(['annadevries', 'pjansen', 'kees', 'marie']),
  });
  // kees deleted their account; someone registered the freed username after the terms were
  // accepted (2024-02-20) in kees's name.
  deleteAccount(gh.state, 'kees');
  const newcomer = registerAccount(gh.state, 'kees', { createdAt: '2026-03-02T10:00:00Z' });
  // marie renamed hers: nobody has the old username now.
  renameAccount(gh.state, 'marie', 'marie-new');
  const contoso = registerAccount(gh.state, 'contoso', {
    type: 'Organization',
    createdAt: '2012-01-01T00:00:00Z',
  });
  const files = {
    'groups/a.yaml': group('a', 'AnnaDeVries'),
    'groups/b.yaml': group('b', 'kees'),
    'groups/c.yaml': group('c', 'marie'),
    'groups/d.yaml': group('d', 'contoso'),
    'groups/e.yaml': VALID_GROUP,
  };
  const registry = tempRegistry(files);
  cleanups.push(() => gh.close(), registry.remove);
  const read = (file: string) => readFileSync(path.join(registry.root, file), 'utf8');
  const env = { GITHUB_TOKEN: 'test-token', GITHUB_API_URL: gh.url };
  const ids = {
    anna: gh.state.accounts.find((a) => a.login === 'annadevries')?.id ?? 0,
    piet: gh.state.accounts.find((a) => a.login === 'pjansen')?.id ?? 0,
    newcomer: newcomer.id,
    contoso: contoso.id,
  };
  return { gh, registry, files, read, env, ids };
}

/** The file as it was, with `githubId: N` lines added right after the github lines named. */
function added(text: string, lines: Record<string, number>): string {
  let result = text;
  for (const [githubLine, id] of Object.entries(lines)) {
    expect(result).toContain(`  ${githubLine}\n`);
    result = result.replace(`  ${githubLine}\n`, `  ${githubLine}\n  githubId: ${String(id)}\n`);
  }
  return result;
}

describe('tgr identify against GitHub', () => {
  it('writes ids only for accounts older than the terms, lists the rest, and a second run changes nothing', async () => {
    const { gh, registry, files, read, env, ids } = await setUp();
    const result = await tgr(registry.root, ['identify', '--format', 'json'], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);

    expect(read('groups/a.yaml')).toBe(
      added(files['groups/a.yaml'], {
        "github: AnnaDeVries # a's leader": ids.anna,
        'github: PJansen': ids.piet,
      }),
    );
    for (const slug of ['b', 'c', 'd'] as const) {
      const file = `groups/${slug}.yaml` as const;
      expect(read(file)).toBe(added(files[file], { 'github: PJansen': ids.piet }));
    }
    expect(read('groups/e.yaml')).toBe(VALID_GROUP);

    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(report.written).toEqual([
      { group: 'groups/a.yaml', role: 'leader', login: 'AnnaDeVries', githubId: ids.anna },
      { group: 'groups/a.yaml', role: 'coLeader', login: 'PJansen', githubId: ids.piet },
      { group: 'groups/b.yaml', role: 'coLeader', login: 'PJansen', githubId: ids.piet },
      { group: 'groups/c.yaml', role: 'coLeader', login: 'PJansen', githubId: ids.piet },
      { group: 'groups/d.yaml', role: 'coLeader', login: 'PJansen', githubId: ids.piet },
    ]);
    expect(report.confirm).toEqual([
      {
        group: 'groups/b.yaml',
        role: 'leader',
        login: 'kees',
        reason: 'created-after-terms',
        accountId: ids.newcomer,
        createdAt: '2026-03-02',
        termsAccepted: '2024-02-20',
        message:
          'account created 2026-03-02, after the terms were accepted on 2024-02-20: confirm it is the same person, then add githubId yourself',
      },
      {
        group: 'groups/c.yaml',
        role: 'leader',
        login: 'marie',
        reason: 'no-account',
        message:
          "no GitHub account has this username now: the account was renamed or deleted; find the person's current account",
      },
      {
        group: 'groups/d.yaml',
        role: 'leader',
        login: 'contoso',
        reason: 'organization',
        accountId: ids.contoso,
        message:
          "this username is an organisation's, not a person's: find the leader's own account",
      },
    ]);
    expect(report).toMatchObject({ dryRun: false, errors: [], changedFiles: 4, remaining: 0 });
    gh.assertNoViolations();

    // The files now pass the offline check of the ids written.
    const validate = await tgr(registry.root, ['validate', 'groups/a.yaml', '--format', 'json']);
    expect(validate.stdout).not.toContain('leaders/github-id');

    const before = Object.keys(files).map(read);
    const again = await tgr(registry.root, ['identify'], env);
    expect(again.code).toBe(0);
    expect(Object.keys(files).map(read)).toEqual(before);
    expect(again.stdout).toBe(
      [
        `groups/b.yaml: leader "kees": to confirm: account created 2026-03-02, after the terms were accepted on 2024-02-20: confirm it is the same person, then add githubId yourself (account id ${String(ids.newcomer)})`,
        `groups/c.yaml: leader "marie": to confirm: no GitHub account has this username now: the account was renamed or deleted; find the person's current account`,
        `groups/d.yaml: leader "contoso": to confirm: this username is an organisation's, not a person's: find the leader's own account (account id ${String(ids.contoso)})`,
        '0 group files changed (0 ids), 3 to confirm, 0 errors',
        '',
      ].join('\n'),
    );
  });

  it('writes nothing in a dry run, and only the files named', async () => {
    const { registry, files, read, env, ids } = await setUp();
    const dry = await tgr(registry.root, ['identify', '--dry-run'], env);
    expect(dry.code).toBe(0);
    for (const file of Object.keys(files))
      expect(read(file)).toBe(files[file as keyof typeof files]);
    expect(dry.stdout).toContain(
      `groups/a.yaml: leader AnnaDeVries: would write githubId: ${String(ids.anna)}\n`,
    );
    expect(dry.stdout).toMatch(/4 group files would change \(5 ids\), 3 to confirm, 0 errors\n$/);

    const named = await tgr(path.join(registry.root, 'groups'), ['identify', 'a.yaml'], env);
    expect(named.code).toBe(0);
    expect(named.stdout).toMatch(/^a\.yaml: leader AnnaDeVries: wrote/);
    expect(read('groups/b.yaml')).toBe(files['groups/b.yaml']);
  });

  it('stops after --max-files changed files, and says how many are left', async () => {
    const { registry, read, files, env } = await setUp();
    const result = await tgr(registry.root, ['identify', '--max-files', '1'], env);
    expect(result.code).toBe(0);
    expect(read('groups/b.yaml')).toBe(files['groups/b.yaml']);
    expect(result.stdout).toMatch(
      /1 group file changed \(2 ids\), 0 to confirm, 0 errors, 3 files left for the next run\n$/,
    );
  });

  it('needs GITHUB_TOKEN, and says so', async () => {
    const { registry, read, files } = await setUp();
    const result = await tgr(registry.root, ['identify']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^tgr: tgr identify looks usernames up on GitHub and needs GITHUB_TOKEN/,
    );
    expect(read('groups/a.yaml')).toBe(files['groups/a.yaml']);
    for (const bad of [
      ['--max-files', '0'],
      ['--format', 'html'],
    ]) {
      expect((await tgr(registry.root, ['identify', ...bad], { GITHUB_TOKEN: 't' })).code).toBe(2);
    }
  });

  it('exits 1 and writes nothing when GitHub cannot be asked', async () => {
    const { gh, registry, read, files, env } = await setUp();
    gh.faults.push({ match: { path: /^\/graphql/ }, kind: 'status', status: 401 });
    const result = await tgr(registry.root, ['identify'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^tgr: nothing was written: GitHub could not be asked/);
    expect(read('groups/a.yaml')).toBe(files['groups/a.yaml']);
  });
});
