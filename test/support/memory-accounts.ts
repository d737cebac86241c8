import type { AccountLookup } from '../../src/identify/decide.js';
import { AccountLookupError, type AccountDirectory } from '../../src/identify/port.js';

/**
 * Who holds each username, in memory (lower-cased usernames; any other has no account). `asked`
 * records each lookup's usernames; `fail` makes every lookup fail as GitHub being down would.
 */
export function memoryAccounts(
  accounts: Record<string, AccountLookup>,
  options: { fail?: string } = {},
): AccountDirectory & { asked: string[][] } {
  const asked: string[][] = [];
  return {
    asked,
    lookUp(logins) {
      asked.push([...logins]);
      if (options.fail !== undefined) return Promise.reject(new AccountLookupError(options.fail));
      return Promise.resolve(
        new Map(logins.map((login) => [login, accounts[login] ?? { kind: 'none' as const }])),
      );
    },
  };
}
