import { isPlainDate, type PlainDate } from '../core/dates.js';
import { GITHUB_LOGIN } from '../core/names.js';
import { positiveId, type Role } from '../core/people.js';

/**
 * Filling in a leader's GitHub account id from the username in their entry. A username is only a
 * name: when its account is renamed or deleted GitHub frees it and anyone may register it, so
 * today's holder may not be the person who accepted the terms. An account created after that
 * person accepted the terms cannot be theirs; such an entry, and every other doubt, is left for a
 * maintainer to confirm, never written.
 */

/** A leader or co-leader entry as the file has it; each value may be missing or malformed. */
export interface Entry {
  role: Role;
  /** `github` as written. */
  github: unknown;
  /** `githubId` as written: undefined when the key is absent, null when it is empty. */
  githubId: unknown;
  /** `termsAccepted` as written. */
  termsAccepted: unknown;
}

/** What GitHub says holds a username now. */
export type AccountLookup =
  | {
      kind: 'user';
      id: number;
      login: string;
      /** ISO 8601, as GitHub gives it. */ createdAt: string;
    }
  | { kind: 'organization' | 'bot'; id: number; login: string }
  | { kind: 'none' };

export type ConfirmReason =
  | 'created-after-terms'
  | 'terms-unknown'
  | 'created-unknown'
  | 'no-account'
  | 'organization'
  | 'bot'
  | 'id-unusable'
  | 'no-username';

export interface Confirm {
  action: 'confirm';
  reason: ConfirmReason;
  /** The id of the account that holds the username now, where there is one. */
  accountId?: number;
  /** The day (UTC) that account was created. */
  createdAt?: PlainDate;
  termsAccepted?: PlainDate;
}

export type Decision = { action: 'none' } | { action: 'write'; githubId: number } | Confirm;

/** The username (lower-cased) to ask GitHub about, or undefined when the entry needs no lookup. */
export function loginToLookUp(entry: Entry): string | undefined {
  if (entry.githubId !== undefined) return undefined;
  return typeof entry.github === 'string' && GITHUB_LOGIN.test(entry.github)
    ? entry.github.toLowerCase()
    : undefined;
}

/** What to do with one entry, given what GitHub says holds each username now. */
export function decideEntry(entry: Entry, lookUp: (login: string) => AccountLookup): Decision {
  if (entry.githubId !== undefined) {
    return positiveId(entry.githubId) === undefined
      ? { action: 'confirm', reason: 'id-unusable' }
      : { action: 'none' };
  }
  const login = loginToLookUp(entry);
  if (login === undefined) return { action: 'confirm', reason: 'no-username' };
  const account = lookUp(login);
  if (account.kind === 'none') return { action: 'confirm', reason: 'no-account' };
  if (account.kind !== 'user') {
    return { action: 'confirm', reason: account.kind, accountId: account.id };
  }
  const created = utcDay(account.createdAt);
  const terms = isPlainDate(entry.termsAccepted) ? entry.termsAccepted : undefined;
  const known = {
    accountId: account.id,
    ...(created === undefined ? {} : { createdAt: created }),
    ...(terms === undefined ? {} : { termsAccepted: terms }),
  };
  if (terms === undefined) return { action: 'confirm', reason: 'terms-unknown', ...known };
  if (created === undefined) return { action: 'confirm', reason: 'created-unknown', ...known };
  // Plain YYYY-MM-DD dates compare as text.
  if (created > terms) return { action: 'confirm', reason: 'created-after-terms', ...known };
  return { action: 'write', githubId: account.id };
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The day in UTC of an ISO 8601 timestamp, or undefined for anything else. */
function utcDay(timestamp: string): PlainDate | undefined {
  if (!TIMESTAMP.test(timestamp)) return undefined;
  const ms = Date.parse(timestamp);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().slice(0, 10);
}

/** What a maintainer must do about an entry, in one sentence (maintainers read it: English). */
export function reasonText(item: Confirm): string {
  const created = item.createdAt ?? 'on a day GitHub did not give';
  switch (item.reason) {
    case 'created-after-terms':
      return `account created ${created}, after the terms were accepted on ${item.termsAccepted ?? '?'}: confirm it is the same person, then add githubId yourself`;
    case 'terms-unknown':
      return `termsAccepted is missing or not a date, so the account (created ${created}) cannot be checked against it: confirm it is the same person, then add githubId yourself`;
    case 'created-unknown':
      return 'GitHub gave no creation date for the account, so it cannot be checked against termsAccepted: confirm it is the same person, then add githubId yourself';
    case 'no-account':
      return "no GitHub account has this username now: the account was renamed or deleted; find the person's current account";
    case 'organization':
      return "this username is an organisation's, not a person's: find the leader's own account";
    case 'bot':
      return "this username is a bot's, not a person's: find the leader's own account";
    case 'id-unusable':
      return 'githubId is written but is no account number: correct it yourself (tgr validate says how)';
    case 'no-username':
      return 'github holds no valid username to look up: correct it first (tgr validate says how)';
  }
}
