import { afterEach, describe, expect, it } from 'vitest';
import {
  deleteAccount,
  registerAccount,
  renameAccount,
  startFakeGitHub,
  type FakeGitHub,
} from '../../../test/fake-github/index.js';
import { accountById, accountByLogin, usersByLogin } from './accounts.js';
import { createOctokit } from './octokit.js';

/** The account lookups against the fake GitHub, which keeps accounts by id as GitHub does. */
let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

async function start() {
  gh = await startFakeGitHub({ users: new Set(['anna', 'piet', 'kees']) });
  const { octokit, stats } = createOctokit({ token: 't', baseUrl: gh.url, retryDelayMs: 1 });
  return { gh, octokit, stats };
}

describe('looking people up on GitHub', () => {
  it('follows accounts, not logins: a rename keeps the id, a recycled login has another', async () => {
    const { gh, octokit, stats } = await start();
    const first = await usersByLogin(octokit, ['Anna', 'piet']);
    const anna = first.get('anna');
    const piet = first.get('piet');
    if (!anna || !piet) throw new Error('not found');
    renameAccount(gh.state, 'anna', 'anna-new');
    deleteAccount(gh.state, 'piet');
    registerAccount(gh.state, 'piet');
    registerAccount(gh.state, 'microsoft', { type: 'Organization' });
    const before = stats.requests;
    const found = await usersByLogin(octokit, ['anna', 'anna-new', 'piet', 'microsoft', 'nobody']);
    expect(stats.requests - before).toBe(1);
    expect(found.get('anna')).toBeNull();
    expect(found.get('anna-new')).toMatchObject({ id: anna.id, login: 'anna-new', type: 'User' });
    expect(found.get('piet')).toMatchObject({ login: 'piet', type: 'User' });
    expect(found.get('piet')?.id).not.toBe(piet.id);
    expect(found.get('microsoft')).toBeNull();
    expect(found.get('nobody')).toBeNull();
    expect(await accountById(octokit, anna.id)).toMatchObject({ login: 'anna-new' });
    expect(await accountByLogin(octokit, 'microsoft')).toMatchObject({ type: 'Organization' });
    expect(await accountByLogin(octokit, 'anna')).toBeNull();
    gh.assertNoViolations();
  });

  it('puts 100 logins in one query', async () => {
    const { octokit, stats } = await start();
    const logins = Array.from({ length: 250 }, (_, i) => `someone-${String(i)}`);
    const found = await usersByLogin(octokit, logins);
    expect(found.size).toBe(250);
    expect(stats.requests).toBe(3);
  });
});
