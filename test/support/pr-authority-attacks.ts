import { afterEach, expect, it } from 'vitest';
import { accountIdOf } from './check.js';
import type { ActionRunner } from './action-runner.js';
import type { FileTree } from '../fake-github/index.js';
import {
  botComments,
  EXAMPLES,
  labelsOn,
  lastCheckRun,
  openPullRequest as openScenario,
  type Scenario,
} from './pr-scenario.js';

/**
 * Attacks on who may do what (issue #18: §1 copied files, §5 renames, §8 coups and stale
 * verdicts), written once and run twice: in process (src/action/run.pr-attacks.test.ts) and
 * through the bundle on Node 24 (test/e2e/pr.dist.test.ts).
 */
const UTRECHT_PATH = 'groups/utrecht-azure.yaml';
const UTRECHT = EXAMPLES[UTRECHT_PATH] ?? '';
const with_ = (file: string, text: string, files: FileTree = EXAMPLES): FileTree => ({
  ...files,
  [file]: text,
});

interface Person {
  name: string;
  github: string;
  /** The GitHub account's id. */
  githubId: number;
  /** The Tech Community user ID. */
  id: number;
  terms: string;
}
const ANNA: Person = {
  name: 'Anna de Vries',
  github: 'annadevries',
  githubId: 48213907,
  id: 1234567,
  terms: '2024-02-20',
};
const PIETER: Person = {
  name: 'Pieter Jansen',
  github: 'pjansen',
  githubId: 61852340,
  id: 2345678,
  terms: '2024-02-21',
};
const FRIEND: Person = {
  name: 'Femke Vriend',
  github: 'fvriend',
  githubId: accountIdOf('fvriend'),
  id: 7777777,
  terms: '2026-10-01',
};
const NEWCOMER: Person = {
  name: 'Nina Nieuw',
  github: 'nnieuw',
  githubId: accountIdOf('nnieuw'),
  id: 8888888,
  terms: '2026-10-02',
};

const block = (role: string, person: Person): string =>
  `${role}:\n  name: ${person.name}\n  github: ${person.github}\n  githubId: ${String(person.githubId)}\n  techCommunityId: ${String(person.id)}\n  termsAccepted: ${person.terms}\n`;

/** Utrecht with these leaders in place of Anna (leader) and Pieter (co-leader). */
function utrechtLedBy(leader: Person, coLeader: Person): string {
  const leaders = /^leader:\n(?: {2}.*\n)+coLeader:\n(?: {2}.*\n)+/m;
  if (!leaders.test(UTRECHT)) throw new Error('the Utrecht example changed its leaders block');
  return UTRECHT.replace(leaders, `${block('leader', leader)}${block('coLeader', coLeader)}`);
}

/** Registers the attacks, each run with `runner`, in the `describe` it is called in. */
export function prAuthorityAttacks(runner: ActionRunner): void {
  const cleanup: Array<() => unknown> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0)) await step();
  });
  const openPullRequest = (scenario: Scenario) => openScenario(scenario, cleanup, runner);

  it('§1: a new group GitHub lists as copied from the leader’s own group is a new group', async () => {
    const copy = UTRECHT.replace('slug: utrecht-azure', 'slug: amersfoort-azure').replace(
      'name: Utrecht Azure User Group',
      'name: Amersfoort Azure User Group',
    );
    const copyPath = 'groups/amersfoort-azure.yaml';
    const { gh, run } = await openPullRequest({
      head: with_(copyPath, copy),
      author: 'annadevries',
      files: (files) =>
        files.map((file) =>
          file.filename === copyPath
            ? { ...file, status: 'copied', previous_filename: UTRECHT_PATH }
            : file,
        ),
    });
    expect((await run()).status).toBe(1);
    // Checked against the original it copies (same website), and admitted by nobody but a maintainer.
    expect(lastCheckRun(gh)?.conclusion).toBe('failure');
    expect(lastCheckRun(gh)?.output.annotations.map((a) => a.title)).toContain(
      'registry/duplicate',
    );
    expect(labelsOn(gh)).toEqual(expect.arrayContaining(['new group', 'needs maintainer']));
    expect(labelsOn(gh)).not.toContain('update');
  });

  it('§5: renaming a group’s file and slug needs a maintainer, and says the audit starts afresh', async () => {
    const renamedPath = 'groups/utrecht-azure-nl.yaml';
    const head: FileTree = Object.fromEntries(
      Object.entries(
        with_(renamedPath, UTRECHT.replace('slug: utrecht-azure', 'slug: utrecht-azure-nl')),
      ).filter(([file]) => file !== UTRECHT_PATH),
    );
    const { gh, run, review } = await openPullRequest({
      head,
      author: 'annadevries',
      files: (files) =>
        files
          .filter((file) => file.filename !== UTRECHT_PATH)
          .map((file) =>
            file.filename === renamedPath
              ? { ...file, status: 'renamed', previous_filename: UTRECHT_PATH }
              : file,
          ),
    });
    expect((await run()).status).toBe(0);
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    expect(labelsOn(gh)).toEqual(expect.arrayContaining(['update', 'needs maintainer']));
    expect(botComments(gh)[0]?.body).toContain(
      'controle-issues van de groep (en hun termijnen) beginnen dan opnieuw',
    );
    review('maintainer', 'APPROVED');
    await run();
    expect(lastCheckRun(gh)?.conclusion).toBe('success');
  });

  it('§8: a co-leader who makes themselves leader and a friend co-leader waits for the leader', async () => {
    const { gh, run, comment } = await openPullRequest({
      head: with_(UTRECHT_PATH, utrechtLedBy(PIETER, FRIEND)),
      author: 'pjansen',
    });
    await run();
    await run('issue_comment', comment('fvriend', '/consent').payload);
    // The friend agreed; the leader who is pushed out has not.
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    expect(labelsOn(gh)).toContain('awaiting consent');
    const body = botComments(gh)[0]?.body ?? '';
    expect(body).toContain(
      '@annadevries: met deze pull request ben je geen groepsleider van deze groep meer',
    );
    await run('issue_comment', comment('annadevries', '/consent').payload);
    expect(lastCheckRun(gh)?.conclusion).toBe('success');
  });

  it('§8: a swap of leader and co-leader by one of them waits for the other', async () => {
    const { gh, run, comment, review } = await openPullRequest({
      head: with_(UTRECHT_PATH, utrechtLedBy(PIETER, ANNA)),
      author: 'pjansen',
    });
    await run();
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    expect(botComments(gh)[0]?.body).toContain('@annadevries');
    // Pieter's own /consent is not Anna's.
    await run('issue_comment', comment('pjansen', '/consent').payload);
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    // A maintainer's approval stands in for her.
    await run('workflow_run', review('maintainer', 'APPROVED'));
    expect(lastCheckRun(gh)?.conclusion).toBe('success');
  });

  it('§8: a leader stepping down by their own pull request needs only the newcomer’s consent', async () => {
    const { gh, run, comment } = await openPullRequest({
      head: with_(UTRECHT_PATH, utrechtLedBy(NEWCOMER, PIETER)),
      author: 'annadevries',
    });
    await run();
    expect(lastCheckRun(gh)?.conclusion).toBe('action_required');
    await run('issue_comment', comment('nnieuw', '/consent').payload);
    expect(lastCheckRun(gh)?.conclusion).toBe('success');
    expect(labelsOn(gh)).not.toContain('needs maintainer');
  });

  it('§8: a push to main that replaces the author as co-leader re-checks their passing pull request', async () => {
    const harmless = UTRECHT.replace('city: Utrecht', 'city: Utrecht Centrum');
    const { gh, run, pushToMain, headSha } = await openPullRequest({
      head: with_(UTRECHT_PATH, harmless),
      author: 'pjansen',
    });
    await run();
    expect(lastCheckRun(gh)?.conclusion).toBe('success');
    const merged = pushToMain(with_(UTRECHT_PATH, utrechtLedBy(ANNA, FRIEND)));
    const result = await run('push', merged.payload);
    expect(result.status, result.stderr).toBe(0);
    expect(lastCheckRun(gh)).toMatchObject({ head_sha: headSha, conclusion: 'action_required' });
    expect(labelsOn(gh)).toContain('needs maintainer');
  });

  // Issue 23: `status: inactive` and `inactiveSince` are the program team's, alone or together.
  const inactive = UTRECHT.replace('status: active', 'status: inactive').replace(
    /^(joined: .*)$/m,
    '$1\ninactiveSince: 2026-10-01',
  );
  const withoutUtrecht = Object.fromEntries(
    Object.entries(EXAMPLES).filter(([file]) => file !== UTRECHT_PATH),
  );
  it.each([
    { attack: 'sets status and inactiveSince', base: with_(UTRECHT_PATH, UTRECHT), head: inactive },
    {
      attack: 'sets inactiveSince alone',
      base: with_(UTRECHT_PATH, UTRECHT),
      head: UTRECHT.replace(/^(joined: .*)$/m, '$1\ninactiveSince: 2026-10-01'),
    },
    {
      attack: 'clears both',
      base: with_(UTRECHT_PATH, inactive),
      head: UTRECHT,
    },
    {
      attack: 'clears the status alone',
      base: with_(UTRECHT_PATH, inactive),
      head: inactive.replace('status: inactive', 'status: active'),
    },
    {
      attack: 'clears inactiveSince alone',
      base: with_(UTRECHT_PATH, inactive),
      head: inactive.replace(/^inactiveSince: .*\n/m, ''),
    },
    { attack: 'adds the deleted file back as active', base: withoutUtrecht, head: UTRECHT },
  ])('issue 23: a leader who $attack waits for a maintainer', async ({ base, head }) => {
    const { gh, run, review } = await openPullRequest({
      base,
      head: with_(UTRECHT_PATH, head, base),
      author: 'annadevries',
    });
    await run();
    expect(lastCheckRun(gh)?.conclusion).not.toBe('success');
    expect(labelsOn(gh)).toContain('needs maintainer');
    // The maintainer's approval is what it waits for.
    await run('workflow_run', review('maintainer', 'APPROVED'));
    expect(labelsOn(gh)).not.toContain('needs maintainer');
  });

  it('§8: a push to main that touches no open pull request’s group re-checks nothing', async () => {
    const harmless = UTRECHT.replace('city: Utrecht', 'city: Utrecht Centrum');
    const { gh, run, pushToMain } = await openPullRequest({
      head: with_(UTRECHT_PATH, harmless),
      author: 'pjansen',
    });
    await run();
    const checks = gh.state.checkRuns.length;
    const writes = gh.writes();
    const before = gh.requests.length;
    const lagos = 'groups/lagos-azure.yaml';
    const other = pushToMain(
      with_(lagos, (EXAMPLES[lagos] ?? '').replace(/^city: .*$/m, 'city: Ikeja')),
    );
    const result = await run('push', other.payload);
    expect(result.status, result.stderr).toBe(0);
    expect(gh.state.checkRuns).toHaveLength(checks);
    expect(gh.writes()).toBe(writes);
    const made = gh.requests.slice(before).map((request) => request.path.replace(/\?.*$/, ''));
    // Two trees for each side of the push, the open pull requests, and this one's files.
    expect(made.filter((path) => path.includes('/git/trees/'))).toHaveLength(4);
    expect(made.filter((path) => !path.includes('/git/trees/'))).toEqual([
      '/repos/azure-tech-groups/registry/pulls',
      '/repos/azure-tech-groups/registry/pulls/42/files',
    ]);
  });
}
