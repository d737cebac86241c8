import type { GroupFileStore } from '../load/port.js';
import type { AccountLookup } from './decide.js';

/**
 * What `runIdentify` needs from the world: who holds each username on GitHub now, and the group
 * files to read and write. The real ones are GitHub (src/adapters/github/account-directory.ts) and the
 * disk (src/adapters/fs/group-files.ts, as tgr sync writes); tests use in-memory ones
 * (test/support/memory-accounts.ts, test/support/memory-feeds.ts).
 */
export interface IdentifyPort {
  accounts: AccountDirectory;
  files: GroupFileStore;
}

export interface AccountDirectory {
  /**
   * What holds each username now, by lower-cased username, for every one asked about. Throws
   * AccountLookupError, with a reason, when GitHub cannot be asked.
   */
  lookUp(logins: readonly string[]): Promise<ReadonlyMap<string, AccountLookup>>;
}

export class AccountLookupError extends Error {
  override name = 'AccountLookupError';
}
