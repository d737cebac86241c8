/**
 * Following leaders by account id. A login is only a name: GitHub frees it when its account is
 * renamed or deleted, and anyone may register it. The file's `githubId` names the account, so the
 * audit asks GitHub who holds each login now (100 to a query) and, only where that account is not
 * the file's id, what became of the id (one request each): a steady registry costs no request per
 * person. The decisions are plain functions; the port's adapter only fetches.
 */

/** A leader as the file names them. */
export interface PersonRef {
  login: string;
  githubId: number | undefined;
}

/** An account as GitHub answers for it. */
export interface AccountSeen {
  id: number;
  login: string;
}

/**
 * What became of a leader's account:
 * - `same`: the login's account is the file's id (or, without an id, the login resolves);
 * - `renamed`: the file's id is an account that now has another login, given in `login`;
 * - `deleted`: the file's id is gone and nobody holds the login (without an id: the login
 *   does not resolve);
 * - `recycled`: the file's id is gone and the login belongs to another account now.
 * `notMigrated`: the file gives no id, so nothing could be verified beyond the login.
 */
export type AccountCheck =
  | { status: 'same'; notMigrated: boolean }
  | { status: 'renamed'; notMigrated: false; login: string }
  | { status: 'deleted'; notMigrated: boolean }
  | { status: 'recycled'; notMigrated: false };

/** How the adapter asks GitHub: logins in batches, one account by id. */
export interface AccountLookups {
  /** The User account holding each login now, by lower-cased login; null for none. */
  usersByLogin(logins: readonly string[]): Promise<ReadonlyMap<string, AccountSeen | null>>;
  /** The account with this id now, or null if it is gone. */
  accountById(id: number): Promise<AccountSeen | null>;
}

/** The ids to ask for one by one: the file gives one, and the login's account is another. */
export function idsToAsk(
  people: readonly PersonRef[],
  byLogin: ReadonlyMap<string, AccountSeen | null>,
): number[] {
  const ids = people.flatMap((person) =>
    person.githubId !== undefined && byLogin.get(person.login.toLowerCase())?.id !== person.githubId
      ? [person.githubId]
      : [],
  );
  return [...new Set(ids)];
}

/**
 * One person's account, from what GitHub says of their login and (asked only on a mismatch) of
 * their id. Pure.
 */
export function classifyAccount(
  person: PersonRef,
  holder: AccountSeen | null,
  byId: AccountSeen | null | undefined,
): AccountCheck {
  if (person.githubId === undefined)
    return { status: holder === null ? 'deleted' : 'same', notMigrated: true };
  if (holder?.id === person.githubId) return { status: 'same', notMigrated: false };
  if (byId === undefined)
    throw new Error(`account ${String(person.githubId)} was not looked up by id`);
  if (byId !== null) {
    // The id's account holds the login after all (GitHub's user lookup answers only for
    // users): still the same account. Otherwise the person renamed it.
    return byId.login.toLowerCase() === person.login.toLowerCase()
      ? { status: 'same', notMigrated: false }
      : { status: 'renamed', notMigrated: false, login: byId.login };
  }
  return holder === null
    ? { status: 'deleted', notMigrated: false }
    : { status: 'recycled', notMigrated: false };
}

/** Every person's account, in the order given: one batched login lookup, then the mismatches. */
export async function checkAccounts(
  people: readonly PersonRef[],
  lookups: AccountLookups,
): Promise<AccountCheck[]> {
  if (people.length === 0) return [];
  const byLogin = await lookups.usersByLogin(people.map((person) => person.login));
  const byId = new Map<number, AccountSeen | null>();
  // One at a time: mismatches are rare, and GitHub counts every request against the hour.
  for (const id of idsToAsk(people, byLogin)) byId.set(id, await lookups.accountById(id));
  return people.map((person) =>
    classifyAccount(
      person,
      byLogin.get(person.login.toLowerCase()) ?? null,
      person.githubId === undefined ? undefined : byId.get(person.githubId),
    ),
  );
}
