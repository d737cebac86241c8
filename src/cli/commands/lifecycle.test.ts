import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REPOSITORY, startFakeGitHub } from '../../../test/fake-github/index.js';
import {
  auditGroup,
  ENOUGH_MEETUPS,
  markedIssue,
  seedOf,
  TOO_FEW_MEETUPS,
} from '../../../test/support/audit-fixtures.js';
import { tempRegistry } from '../../../test/support/registry.js';
import { tgr } from '../../../test/support/tgr.js';

/** The stages on, as this repository's own policy has them. */
const POLICY = `lifecycle:
  enabled: true
  inactiveAfterDays: 30
  removeAfterDays: 180
`;

/** Three groups on 2026-11-22 (tgr's day in tests): one to inactivate, reactivate and remove. */
function groups() {
  const inactive = (n: number, slug: string, since: string, meetups: typeof ENOUGH_MEETUPS) => {
    const group = auditGroup(n, { slug, status: 'inactive', meetups });
    return {
      ...group,
      text: group.text.replace('status: inactive', `status: inactive\ninactiveSince: ${since}`),
    };
  };
  return {
    tooFew: auditGroup(1, { slug: 'too-few', meetups: TOO_FEW_MEETUPS }),
    back: inactive(2, 'back', '2026-06-01', ENOUGH_MEETUPS),
    gone: inactive(3, 'gone', '2026-04-01', TOO_FEW_MEETUPS),
  };
}

async function setUp(finished: (fn: () => Promise<void>) => void, withGitHub: boolean) {
  const { tooFew, back, gone } = groups();
  const registry = tempRegistry({
    '.github/program.yml': POLICY,
    [tooFew.path]: tooFew.text,
    [back.path]: back.text,
    [gone.path]: gone.text,
  });
  const read = (group: { path: string }) =>
    readFileSync(path.join(registry.root, group.path), 'utf8');
  if (!withGitHub) {
    finished(() => {
      registry.remove();
      return Promise.resolve();
    });
    return { root: registry.root, env: {}, gh: undefined, tooFew, back, gone, read };
  }
  // The workflow's issue, first seen 2026-08-01: due 2026-09-30, plus 30 days is 2026-10-30.
  const gh = await startFakeGitHub({
    ...seedOf([
      markedIssue({
        number: 5,
        key: 'too-few/meetups-minimum',
        since: '2026-08-01',
        user: 'github-actions[bot]',
      }),
    ]),
    users: new Set([tooFew, back, gone].flatMap((group) => group.logins)),
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
  return { root: registry.root, env, gh, tooFew, back, gone, read };
}

const REACTIVATE = {
  group: 'back',
  action: 'reactivate',
  since: '2026-06-01',
  messageId: 'lifecycle/reactivate',
  params: { since: '2026-06-01' },
  issue: null,
};
const REMOVE = {
  group: 'gone',
  action: 'remove',
  since: '2026-04-01',
  messageId: 'lifecycle/remove',
  params: { since: '2026-04-01', days: 180 },
  issue: null,
};
const INACTIVATE = {
  group: 'too-few',
  action: 'inactivate',
  since: '2026-08-01',
  messageId: 'lifecycle/inactivate',
  params: { problem: 'meetups_minimum', since: '2026-08-01', deadline: '2026-09-30', grace: 30 },
  issue: 5,
};

describe('tgr lifecycle', () => {
  it('--dry-run --format json with a token: inactivates, reactivates and removes, and writes nothing', async ({
    onTestFinished,
  }) => {
    const { root, env, gh, tooFew, back, gone, read } = await setUp(onTestFinished, true);
    const result = await tgr(root, ['lifecycle', '--dry-run', '--format', 'json'], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ changes: [REACTIVATE, REMOVE, INACTIVATE] });
    for (const group of [tooFew, back, gone]) expect(read(group)).toBe(group.text);
    expect(gh?.writes()).toBe(0);
  });

  it('with a token: edits the files in place and deletes the removed one; a second run changes nothing', async ({
    onTestFinished,
  }) => {
    const { root, env, gh, tooFew, back, gone, read } = await setUp(onTestFinished, true);
    const result = await tgr(root, ['lifecycle'], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      'reactivate back groups/back.yaml: The group has been inactive since 1 June 2026, and it meets every requirement of the program again. It becomes active again and returns to the directory.',
      'remove gone groups/gone.yaml: The group has been inactive since 1 April 2026, more than 180 days. Its file is removed from the registry; the history keeps it, and the group can apply again at any time.',
      "inactivate too-few groups/too-few.yaml (audit issue #5): The group has held too few Azure meetups. The audit first saw this on 1 August 2026 and gave the group until 30 September 2026; 30 days later it is still so. The group becomes inactive: it leaves the directory until it meets the program's requirements again.",
      '',
    ]);
    expect(read(tooFew)).toBe(
      tooFew.text.replace('status: active', 'status: inactive\ninactiveSince: 2026-11-22'),
    );
    expect(read(back)).toBe(
      back.text.replace('status: inactive\ninactiveSince: 2026-06-01', 'status: active'),
    );
    expect(existsSync(path.join(root, gone.path))).toBe(false);
    // It reads GitHub only: the audit's issues stay as they are.
    expect(gh?.writes()).toBe(0);

    const again = await tgr(root, ['lifecycle', '--format', 'json'], env);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({ changes: [] });
  });

  it('without a token: says it cannot inactivate anyone, and still reactivates and removes', async ({
    onTestFinished,
  }) => {
    const { root, env, tooFew, back, gone, read } = await setUp(onTestFinished, false);
    const dry = await tgr(root, ['lifecycle', '--dry-run', '--format', 'json'], env);
    expect(dry.code).toBe(0);
    expect(dry.stderr).toContain(
      'tgr: without GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name) no audit issue is read, so no group is made inactive',
    );
    expect(JSON.parse(dry.stdout)).toEqual({ changes: [REACTIVATE, REMOVE] });
    for (const group of [tooFew, back, gone]) expect(read(group)).toBe(group.text);

    const result = await tgr(root, ['lifecycle'], env);
    expect(result.code).toBe(0);
    expect(read(tooFew)).toBe(tooFew.text);
    expect(read(back)).toContain('status: active\n');
    expect(existsSync(path.join(root, gone.path))).toBe(false);
  });

  it('decides only for the paths named', async ({ onTestFinished }) => {
    const { root, env, back } = await setUp(onTestFinished, false);
    const result = await tgr(root, ['lifecycle', '--dry-run', '--format', 'json', back.path], env);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ changes: [REACTIVATE] });
  });

  it('exits 2 for a usage problem', async ({ onTestFinished }) => {
    const { root, env } = await setUp(onTestFinished, false);
    for (const [args, said] of [
      [['--format', 'markdown'], '--format must be text or json'],
      [['--today', '22-11-2026'], '--today must be a date written YYYY-MM-DD'],
      [['.github/program.yml'], '.github/program.yml is not a group file of this registry'],
    ] as const) {
      const result = await tgr(root, ['lifecycle', ...args], env);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(said);
      expect(result.stderr).toContain('tgr lifecycle [PATH...]');
      expect(result.stdout).toBe('');
    }
  });
});
