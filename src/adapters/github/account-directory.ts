import type { AccountLookup } from '../../identify/decide.js';
import { AccountLookupError, type AccountDirectory } from '../../identify/port.js';
import { accountByLogin, usersByLogin } from './accounts.js';
import type { RegistryOctokit } from './octokit.js';

/**
 * tgr identify's account directory on GitHub: usernames go 100 to a GraphQL query (id and
 * creation date); a username no User holds is asked once more over REST, which tells an
 * organisation or a bot from no account at all.
 */
export function gitHubAccountDirectory(octokit: RegistryOctokit): AccountDirectory {
  return {
    async lookUp(logins) {
      try {
        const users = await usersByLogin(octokit, logins);
        const found = new Map<string, AccountLookup>();
        for (const [login, user] of users) {
          if (user !== null) {
            found.set(login, {
              kind: 'user',
              id: user.id,
              login: user.login,
              createdAt: user.createdAt,
            });
            continue;
          }
          const account = await accountByLogin(octokit, login);
          found.set(
            login,
            account === null
              ? { kind: 'none' }
              : account.type === 'User'
                ? {
                    kind: 'user',
                    id: account.id,
                    login: account.login,
                    createdAt: account.createdAt,
                  }
                : {
                    kind: account.type === 'Bot' ? 'bot' : 'organization',
                    id: account.id,
                    login: account.login,
                  },
          );
        }
        return found;
      } catch (error: unknown) {
        throw new AccountLookupError(
          `GitHub could not be asked who holds the usernames: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
  };
}
