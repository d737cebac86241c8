/**
 * Accounts as GitHub keeps them: a numeric id given once, a login that can change hands. A
 * rename keeps the id and frees the old login; a deletion shows the account's content as the
 * `ghost` user; a freed login registered again is a new account with a new id.
 */
import { Octokit } from '@octokit/rest';
import { afterEach, describe, expect, it } from 'vitest';
import { userId } from './shapes.js';
import { type FakeGitHub, startFakeGitHub } from './server.js';
import {
  DEFAULT_REPOSITORY,
  type State,
  deleteAccount,
  findAccount,
  makeIssue,
  makePull,
  registerAccount,
  renameAccount,
} from './state.js';

const { owner, repo } = DEFAULT_REPOSITORY;
const HEAD = 'a'.repeat(40);
const NOW = new Date('2026-03-01T12:00:00Z');
const silent = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** alice wrote an issue, a pull request, a comment and a review; bob is a collaborator. */
function seed(): Partial<State> {
  return {
    files: { main: {}, [HEAD]: { 'groups/a.yaml': 'x' } },
    pulls: [makePull({ number: 1, user: 'alice', head: { sha: HEAD } }, DEFAULT_REPOSITORY)],
    issues: [makeIssue({ number: 2, user: 'alice', assignees: ['alice'] })],
    comments: [
      {
        id: 50,
        issue_number: 1,
        body: 'Written before anything happened',
        user: 'alice',
        created_at: '2024-01-02T00:00:00Z',
        updated_at: '2024-01-02T00:00:00Z',
      },
    ],
    reviews: [
      {
        id: 60,
        pull_number: 1,
        user: 'alice',
        state: 'APPROVED',
        body: '',
        submitted_at: '2024-01-03T00:00:00Z',
        commit_id: HEAD,
      },
    ],
    collaborators: { alice: 'maintain' },
    users: new Set(['alice', 'bob']),
  };
}

let server: FakeGitHub | undefined;

async function start(
  state: Partial<State> = seed(),
): Promise<{ gh: FakeGitHub; octokit: Octokit }> {
  server = await startFakeGitHub(state, { now: () => NOW });
  return { gh: server, octokit: new Octokit({ baseUrl: server.url, auth: 't', log: silent }) };
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function status(call: Promise<unknown>): Promise<number> {
  try {
    await call;
  } catch (error: unknown) {
    if (error instanceof Error && 'status' in error && typeof error.status === 'number')
      return error.status;
    throw error;
  }
  return 200;
}

/** The login, id and type of every author the REST API shows for alice's seeded content. */
async function authors(octokit: Octokit): Promise<Array<[string, string, number, string]>> {
  const comment = (await octokit.rest.issues.listComments({ owner, repo, issue_number: 1 })).data[0]
    ?.user;
  const review = (await octokit.rest.pulls.listReviews({ owner, repo, pull_number: 1 })).data[0]
    ?.user;
  const pull = (await octokit.rest.pulls.get({ owner, repo, pull_number: 1 })).data.user;
  const listed = (await octokit.rest.pulls.list({ owner, repo })).data[0]?.user;
  const issue = (await octokit.rest.issues.get({ owner, repo, issue_number: 2 })).data.user;
  const twin = (await octokit.rest.issues.get({ owner, repo, issue_number: 1 })).data.user;
  return Object.entries({ comment, review, pull, listed, issue, twin }).map(([what, user]) => [
    what,
    user?.login ?? '',
    user?.id ?? 0,
    user?.type ?? '',
  ]);
}

function all(login: string, id: number, type = 'User'): Array<[string, string, number, string]> {
  return ['comment', 'review', 'pull', 'listed', 'issue', 'twin'].map((what) => [
    what,
    login,
    id,
    type,
  ]);
}

async function graphqlUser(
  octokit: Octokit,
  login: string,
): Promise<{ data: unknown; errors?: unknown }> {
  const answer = await octokit.request('POST /graphql', {
    query: `query($login: String!) { u: user(login: $login) { login databaseId __typename createdAt } }`,
    variables: { login },
  });
  return answer.data as { data: unknown; errors?: unknown };
}

describe('account ids', () => {
  it('are given when an account is made: the hash of a seeded login, GitHub’s own for the workflow bot', async () => {
    const { gh, octokit } = await start();
    const alice = await octokit.rest.users.getByUsername({ username: 'alice' });
    expect(alice.data).toMatchObject({ login: 'alice', id: userId('alice'), type: 'User' });
    expect(findAccount(gh.state, 'ALICE')).toMatchObject({ id: userId('alice'), login: 'alice' });
    const bot = await octokit.rest.users.getByUsername({ username: 'github-actions[bot]' });
    expect(bot.data).toMatchObject({ id: 41898282, type: 'Bot' });
    gh.assertNoViolations();
  });

  it('are answered by GET /user/{account_id}, with the login, type and created_at', async () => {
    const { gh, octokit } = await start();
    const byId = await octokit.request('GET /user/{account_id}', { account_id: userId('alice') });
    expect(byId.data).toMatchObject({
      login: 'alice',
      id: userId('alice'),
      type: 'User',
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) as unknown,
    });
    const bot = await octokit.request('GET /user/{account_id}', { account_id: 41898282 });
    expect(bot.data).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' });
    expect(await status(octokit.request('GET /user/{account_id}', { account_id: 1 }))).toBe(404);
    gh.assertNoViolations();
  });

  it('come with every user object in REST answers, of the right type', async () => {
    const { gh, octokit } = await start();
    expect(await authors(octokit)).toEqual(all('alice', userId('alice')));
    const created = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: 1,
      body: 'From the workflow',
    });
    expect(created.data.user).toMatchObject({
      login: 'github-actions[bot]',
      id: 41898282,
      type: 'Bot',
      node_id: Buffer.from('03:Bot41898282').toString('base64'),
    });
    gh.assertNoViolations();
  });

  it('are kept by state.users: adding a login makes an account, reading lists logins', async () => {
    const { gh, octokit } = await start();
    gh.state.users.add('nieuwe-leider');
    expect(findAccount(gh.state, 'nieuwe-leider')?.id).toBe(userId('nieuwe-leider'));
    expect((await octokit.rest.users.getByUsername({ username: 'nieuwe-leider' })).data.id).toBe(
      userId('nieuwe-leider'),
    );
    expect([...gh.state.users]).toEqual(expect.arrayContaining(['alice', 'bob', 'nieuwe-leider']));
    gh.assertNoViolations();
  });
});

describe('content seeded by login', () => {
  it('belongs to whoever has the login when the fake next looks, a copy given another user too', async () => {
    const { gh, octokit } = await start();
    const original = gh.state.comments[0];
    if (original === undefined) throw new Error('no seeded comment');
    expect(original.user_id).toBe(userId('alice'));
    gh.state.comments.push({ ...structuredClone(original), id: 52, user: 'newcomer' });
    const comments = await octokit.rest.issues.listComments({ owner, repo, issue_number: 1 });
    expect(comments.data.map((c) => [c.user?.login, c.user?.id])).toEqual([
      ['alice', userId('alice')],
      ['newcomer', userId('newcomer')],
    ]);
    expect(findAccount(gh.state, 'newcomer')).toBeDefined();
    gh.assertNoViolations();
  });
});

describe('a renamed account', () => {
  it('keeps its id and frees the old login, in REST and GraphQL', async () => {
    const { gh, octokit } = await start();
    const id = userId('alice');
    const renamed = renameAccount(gh.state, 'alice', 'alicia');
    expect(renamed).toMatchObject({ id, login: 'alicia' });

    expect((await octokit.rest.users.getByUsername({ username: 'alicia' })).data).toMatchObject({
      login: 'alicia',
      id,
    });
    expect(await status(octokit.rest.users.getByUsername({ username: 'alice' }))).toBe(404);
    expect(
      (await octokit.request('GET /user/{account_id}', { account_id: id })).data,
    ).toMatchObject({ login: 'alicia', id });

    expect(await graphqlUser(octokit, 'alicia')).toEqual({
      data: {
        u: {
          login: 'alicia',
          databaseId: id,
          __typename: 'User',
          createdAt: '2020-01-01T00:00:00Z',
        },
      },
    });
    expect(await graphqlUser(octokit, 'alice')).toMatchObject({
      data: { u: null },
      errors: [
        { type: 'NOT_FOUND', message: "Could not resolve to a User with the login of 'alice'." },
      ],
    });
    expect([...gh.state.users]).toContain('alicia');
    expect([...gh.state.users]).not.toContain('alice');
    gh.assertNoViolations();
  });

  it('shows what it wrote before the rename under the new login and the same id', async () => {
    const { gh, octokit } = await start();
    renameAccount(gh.state, 'alice', 'alicia');
    expect(await authors(octokit)).toEqual(all('alicia', userId('alice')));
    const issue = await octokit.rest.issues.get({ owner, repo, issue_number: 2 });
    expect(issue.data.assignees?.map((a) => [a.login, a.id])).toEqual([
      ['alicia', userId('alice')],
    ]);
    // Repository roles belong to the account, not to the login.
    const comment = (await octokit.rest.issues.listComments({ owner, repo, issue_number: 1 }))
      .data[0];
    expect(comment?.author_association).toBe('COLLABORATOR');
    const role = await octokit.rest.repos.getCollaboratorPermissionLevel({
      owner,
      repo,
      username: 'alicia',
    });
    expect(role.data.role_name).toBe('maintain');
    expect(gh.state.comments[0]?.user).toBe('alicia');
    gh.assertNoViolations();
  });

  it('is refused when the new login is taken, or when nothing has the old one', async () => {
    const { gh } = await start();
    expect(() => renameAccount(gh.state, 'alice', 'BOB')).toThrow(/taken/);
    expect(() => renameAccount(gh.state, 'nobody-here', 'x')).toThrow(/no account/);
    expect(renameAccount(gh.state, 'alice', 'Alice').login).toBe('Alice');
  });
});

describe('a deleted account', () => {
  it('frees its login and id and shows its content as the ghost user', async () => {
    const { gh, octokit } = await start();
    const id = userId('alice');
    deleteAccount(gh.state, 'alice');

    expect(await authors(octokit)).toEqual(all('ghost', 10137));
    const comment = (await octokit.rest.issues.listComments({ owner, repo, issue_number: 1 }))
      .data[0];
    expect(comment?.author_association).toBe('NONE');
    const issue = await octokit.rest.issues.get({ owner, repo, issue_number: 2 });
    expect(issue.data.assignees).toEqual([]);

    expect(await status(octokit.rest.users.getByUsername({ username: 'alice' }))).toBe(404);
    expect(await status(octokit.request('GET /user/{account_id}', { account_id: id }))).toBe(404);
    expect(await graphqlUser(octokit, 'alice')).toMatchObject({
      data: { u: null },
      errors: [{ type: 'NOT_FOUND' }],
    });
    expect((await octokit.rest.users.getByUsername({ username: 'ghost' })).data).toMatchObject({
      login: 'ghost',
      id: 10137,
      type: 'User',
    });
    expect(
      await status(
        octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'alice' }),
      ),
    ).toBe(404);
    expect(gh.state.collaborators).toEqual({});
    expect([...gh.state.users]).not.toContain('alice');
    gh.assertNoViolations();
  });

  it('cannot be the ghost, the repository owner or the account the token acts as', async () => {
    const { gh } = await start();
    expect(() => deleteAccount(gh.state, 'ghost')).toThrow();
    expect(() => deleteAccount(gh.state, owner)).toThrow();
    expect(() => deleteAccount(gh.state, 'github-actions[bot]')).toThrow();
    expect(() => deleteAccount(gh.state, 'nobody-here')).toThrow(/no account/);
  });
});

describe('a recycled login', () => {
  it('is a new account with a new id; the old owner’s content is not attributed to it', async () => {
    const { gh, octokit } = await start();
    const old = userId('alice');
    deleteAccount(gh.state, 'alice');
    const fresh = registerAccount(gh.state, 'alice');
    expect(fresh.id).not.toBe(old);
    expect(fresh).toMatchObject({
      login: 'alice',
      type: 'User',
      created_at: '2026-03-01T12:00:00Z',
    });

    expect(await authors(octokit)).toEqual(all('ghost', 10137));
    expect((await octokit.rest.users.getByUsername({ username: 'alice' })).data).toMatchObject({
      id: fresh.id,
      created_at: '2026-03-01T12:00:00Z',
    });
    expect(
      (await octokit.request('GET /user/{account_id}', { account_id: fresh.id })).data.login,
    ).toBe('alice');
    expect(await status(octokit.request('GET /user/{account_id}', { account_id: old }))).toBe(404);
    expect(await graphqlUser(octokit, 'alice')).toEqual({
      data: {
        u: {
          login: 'alice',
          databaseId: fresh.id,
          __typename: 'User',
          createdAt: '2026-03-01T12:00:00Z',
        },
      },
    });
    // The new owner is not a collaborator: that role went with the deleted account.
    const role = await octokit.rest.repos.getCollaboratorPermissionLevel({
      owner,
      repo,
      username: 'alice',
    });
    expect(role.data.role_name).toBe('read');

    // Seeding by login after the recycling attributes to the new account.
    gh.state.comments.push({
      id: 51,
      issue_number: 1,
      body: 'The new alice',
      user: 'alice',
      created_at: '2026-03-01T12:00:00Z',
      updated_at: '2026-03-01T12:00:00Z',
    });
    const comments = await octokit.rest.issues.listComments({ owner, repo, issue_number: 1 });
    expect(comments.data.map((c) => [c.user?.login, c.user?.id])).toEqual([
      ['ghost', 10137],
      ['alice', fresh.id],
    ]);
    gh.assertNoViolations();
  });

  it('after a rename, leaves the old content with the renamed account', async () => {
    const { gh, octokit } = await start();
    renameAccount(gh.state, 'alice', 'alicia');
    const fresh = registerAccount(gh.state, 'alice');
    expect(fresh.id).not.toBe(userId('alice'));
    expect(await authors(octokit)).toEqual(all('alicia', userId('alice')));
    expect((await octokit.rest.users.getByUsername({ username: 'alice' })).data.id).toBe(fresh.id);
    gh.assertNoViolations();
  });

  it('gets a new id when added through state.users too, never a deleted account’s', async () => {
    const { gh } = await start();
    deleteAccount(gh.state, 'alice');
    gh.state.users.add('alice');
    const again = findAccount(gh.state, 'alice');
    expect(again?.id).toBeDefined();
    expect(again?.id).not.toBe(userId('alice'));
  });
});

describe('registerAccount', () => {
  it('refuses a login that is taken, in any case, the ghost’s included', async () => {
    const { gh } = await start();
    expect(() => registerAccount(gh.state, 'ALICE')).toThrow(/taken/);
    expect(() => registerAccount(gh.state, 'ghost')).toThrow(/taken/);
  });

  it('makes bots and organisations; GraphQL user() resolves neither, as GitHub does', async () => {
    const { gh, octokit } = await start();
    const app = registerAccount(gh.state, 'helper-app[bot]');
    const org = registerAccount(gh.state, 'azure-nl', { type: 'Organization' });
    expect(app.type).toBe('Bot');
    expect(app.id).not.toBe(org.id);
    expect((await octokit.rest.users.getByUsername({ username: 'azure-nl' })).data).toMatchObject({
      id: org.id,
      type: 'Organization',
    });
    for (const login of ['azure-nl', 'helper-app[bot]'])
      expect(await graphqlUser(octokit, login)).toMatchObject({
        data: { u: null },
        errors: [
          {
            type: 'NOT_FOUND',
            message: `Could not resolve to a User with the login of '${login}'.`,
          },
        ],
      });
    expect(() => registerAccount(gh.state, 'odd[bot]', { type: 'User' })).toThrow();
    gh.assertNoViolations();
  });
});

describe('GraphQL viewer and user', () => {
  it('answer databaseId and createdAt', async () => {
    const { gh, octokit } = await start();
    const data = await octokit.graphql(
      '{ viewer { databaseId createdAt } bob: user(login: "bob") { databaseId createdAt } }',
    );
    expect(data).toEqual({
      viewer: { databaseId: 41898282, createdAt: expect.any(String) as unknown },
      bob: { databaseId: userId('bob'), createdAt: expect.any(String) as unknown },
    });
    gh.assertNoViolations();
  });
});
