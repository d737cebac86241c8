import type { GitHubAccount } from '../../core/accounts.js';
import type { RegistryOctokit } from './octokit.js';
import { classify, GitHubNotFoundError } from './errors.js';

/**
 * Looking people up on GitHub, for every feature that needs to know who holds a login now or
 * which login an account has now. Logins go 100 to a GraphQL query; an account id or a login
 * GraphQL cannot resolve (an organisation or a bot is not a User there) is one REST request.
 */

/** What GitHub says of an account; `createdAt` only where asked for. */
export interface AccountAnswer extends GitHubAccount {
  /** When the account was created (ISO 8601). */
  createdAt: string;
}

/** GitHub's limit on the lookups one GraphQL query may hold, which the fake enforces too. */
export const LOOKUPS_PER_QUERY = 100;

/**
 * The User account that holds each login now, by lower-cased login: `null` where no User has
 * it (no account at all, or an organisation or bot: `accountByLogin` tells which).
 */
export async function usersByLogin(
  octokit: RegistryOctokit,
  logins: readonly string[],
): Promise<Map<string, AccountAnswer | null>> {
  const unique = [...new Set(logins.map((login) => login.toLowerCase()))];
  const found = new Map<string, AccountAnswer | null>();
  for (let start = 0; start < unique.length; start += LOOKUPS_PER_QUERY) {
    const batch = unique.slice(start, start + LOOKUPS_PER_QUERY);
    const query = `query(${batch.map((_, i) => `$l${String(i)}: String!`).join(', ')}) { ${batch
      .map((_, i) => `u${String(i)}: user(login: $l${String(i)}) { login databaseId createdAt }`)
      .join(' ')} }`;
    const variables = Object.fromEntries(batch.map((login, i) => [`l${String(i)}`, login]));
    const data = await lookUp(octokit, query, variables);
    batch.forEach((login, i) => {
      found.set(login, userOf(data[`u${String(i)}`]));
    });
  }
  return found;
}

/** The account with this id as it is now (its login may have changed), or null if it is gone. */
export async function accountById(
  octokit: RegistryOctokit,
  id: number,
): Promise<AccountAnswer | null> {
  try {
    const { data } = await octokit.request('GET /user/{account_id}', { account_id: id });
    return accountOf(data);
  } catch (error: unknown) {
    const failure = classify(error);
    if (failure instanceof GitHubNotFoundError) return null;
    throw failure;
  }
}

/** Whatever account holds this login now (a User, an organisation or a bot), or null. */
export async function accountByLogin(
  octokit: RegistryOctokit,
  login: string,
): Promise<AccountAnswer | null> {
  try {
    const { data } = await octokit.rest.users.getByUsername({ username: login });
    return accountOf(data);
  } catch (error: unknown) {
    const failure = classify(error);
    if (failure instanceof GitHubNotFoundError) return null;
    throw failure;
  }
}

function accountOf(data: unknown): AccountAnswer | null {
  const record = data as { id?: unknown; login?: unknown; type?: unknown; created_at?: unknown };
  if (typeof record.id !== 'number' || typeof record.login !== 'string') return null;
  const type =
    record.type === 'Organization' || record.type === 'Bot' ? record.type : ('User' as const);
  return {
    id: record.id,
    login: record.login,
    type,
    createdAt: typeof record.created_at === 'string' ? record.created_at : '',
  };
}

function userOf(value: unknown): AccountAnswer | null {
  const user = value as { login?: unknown; databaseId?: unknown; createdAt?: unknown } | null;
  if (user === null || typeof user !== 'object') return null;
  if (typeof user.login !== 'string' || typeof user.databaseId !== 'number') return null;
  return {
    id: user.databaseId,
    login: user.login,
    type: 'User',
    createdAt: typeof user.createdAt === 'string' ? user.createdAt : '',
  };
}

/**
 * One GraphQL query of aliased user lookups. A login that no longer exists comes back as a
 * not-found error beside the others' data, which `classify` hands back as its `partialData`.
 */
async function lookUp(
  octokit: RegistryOctokit,
  query: string,
  variables: Record<string, string>,
): Promise<Record<string, unknown>> {
  try {
    return await octokit.graphql<Record<string, unknown>>(query, variables);
  } catch (error: unknown) {
    const failure = classify(error);
    if (failure instanceof GitHubNotFoundError && failure.partialData !== undefined)
      return failure.partialData;
    throw failure;
  }
}
