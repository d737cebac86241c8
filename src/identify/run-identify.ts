import type { PlainDate } from '../core/dates.js';
import type { Role } from '../core/people.js';
import { asRecord, field } from '../core/read.js';
import { loadGroupFile } from '../load/group-file.js';
import { decodeGroupFile } from '../yaml/text.js';
import {
  decideEntry,
  loginToLookUp,
  reasonText,
  type AccountLookup,
  type ConfirmReason,
  type Entry,
} from './decide.js';
import { addAccountIds } from './edit.js';
import { AccountLookupError, type IdentifyPort } from './port.js';

export interface IdentifyOptions {
  /** Work out and report what would be written; write nothing. */
  dryRun: boolean;
  /** Stop once this many files changed, so each pull request stays small enough to check. */
  maxFiles: number;
}

export interface Written {
  group: string;
  role: Role;
  login: string;
  githubId: number;
}

export interface ToConfirm {
  group: string;
  role: Role;
  /** The username as written, when it is text. */
  login: string | undefined;
  reason: ConfirmReason;
  /** What a maintainer must do, in one sentence. */
  message: string;
  accountId?: number;
  createdAt?: PlainDate;
  termsAccepted?: PlainDate;
}

export interface FileError {
  group: string;
  reason: string;
}

export interface IdentifyOutcome {
  written: Written[];
  confirm: ToConfirm[];
  errors: FileError[];
  /** Files that were (or, in a dry run, would be) rewritten. */
  changedFiles: number;
  /** Files with an entry still to look at, left for the next run by `maxFiles`. */
  remaining: number;
  /** Why GitHub could not be asked; nothing was written. */
  lookupFailure?: string;
}

const ROLES = ['leader', 'coLeader'] as const satisfies readonly Role[];

interface Group {
  path: string;
  bytes: Uint8Array;
  text: string;
  entries: Entry[];
}

/**
 * `tgr identify`: fills in each leader's missing `githubId` from the account that holds their
 * username on GitHub now, where that account is older than their acceptance of the terms; every
 * other entry is listed for a maintainer. All usernames are looked up before any file is written,
 * so a lookup that fails writes nothing.
 */
export async function runIdentify(
  options: IdentifyOptions,
  port: IdentifyPort,
): Promise<IdentifyOutcome> {
  const outcome: IdentifyOutcome = {
    written: [],
    confirm: [],
    errors: [],
    changedFiles: 0,
    remaining: 0,
  };
  const groups: Group[] = [];
  for (const path of await port.files.list()) {
    const group = await readGroup(path, port, outcome);
    if (group !== undefined) groups.push(group);
  }

  const logins = [
    ...new Set(
      groups.flatMap((group) => group.entries.flatMap((entry) => loginToLookUp(entry) ?? [])),
    ),
  ];
  let found: ReadonlyMap<string, AccountLookup>;
  try {
    found = logins.length === 0 ? new Map() : await port.accounts.lookUp(logins);
  } catch (error: unknown) {
    if (!(error instanceof AccountLookupError)) throw error;
    return { ...outcome, lookupFailure: error.message };
  }
  // A username the directory did not answer for is treated as one no account has.
  const lookUp = (login: string): AccountLookup => found.get(login) ?? { kind: 'none' };

  for (const group of groups) {
    if (outcome.changedFiles >= options.maxFiles) {
      outcome.remaining++;
      continue;
    }
    await identifyGroup(group, lookUp, options, port, outcome);
  }
  return outcome;
}

/** The group's leader entries, if any needs work; an unreadable file is an error. */
async function readGroup(
  path: string,
  port: IdentifyPort,
  outcome: IdentifyOutcome,
): Promise<Group | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await port.files.read(path);
  } catch {
    outcome.errors.push({ group: path, reason: 'the file cannot be read' });
    return undefined;
  }
  const file = loadGroupFile(path, undefined, bytes);
  const decoded = decodeGroupFile(bytes);
  if (!file.content.ok || !decoded.ok) {
    outcome.errors.push({
      group: path,
      reason: 'the file cannot be read as a group file (run tgr validate on it)',
    });
    return undefined;
  }
  const { data } = file.content;
  const entries = ROLES.flatMap((role): Entry[] => {
    const person = asRecord(field(data, role));
    if (person === undefined) return [];
    return [
      {
        role,
        github: field(person, 'github'),
        githubId: field(person, 'githubId'),
        termsAccepted: field(person, 'termsAccepted'),
      },
    ];
  });
  // Entries with a usable id need nothing: such a group is not counted as work left.
  const work = entries.filter(
    (entry) => decideEntry(entry, () => ({ kind: 'none' })).action !== 'none',
  );
  return work.length === 0 ? undefined : { path, bytes, text: decoded.text, entries: work };
}

async function identifyGroup(
  group: Group,
  lookUp: (login: string) => AccountLookup,
  options: IdentifyOptions,
  port: IdentifyPort,
  outcome: IdentifyOutcome,
): Promise<void> {
  const writes: Written[] = [];
  for (const entry of group.entries) {
    const decision = decideEntry(entry, lookUp);
    const login = typeof entry.github === 'string' ? entry.github : undefined;
    if (decision.action === 'write') {
      writes.push({
        group: group.path,
        role: entry.role,
        login: login ?? '',
        githubId: decision.githubId,
      });
    } else if (decision.action === 'confirm') {
      outcome.confirm.push({
        group: group.path,
        role: entry.role,
        login,
        reason: decision.reason,
        ...(decision.accountId === undefined ? {} : { accountId: decision.accountId }),
        ...(decision.createdAt === undefined ? {} : { createdAt: decision.createdAt }),
        ...(decision.termsAccepted === undefined ? {} : { termsAccepted: decision.termsAccepted }),
        message: reasonText(decision),
      });
    }
  }
  if (writes.length === 0) return;
  const edited = addAccountIds(group.text, writes);
  if (!edited.ok) {
    outcome.errors.push({
      group: group.path,
      reason: `the file was not changed: ${edited.reason}`,
    });
    return;
  }
  if (!options.dryRun) {
    // The byte-order mark the decoder dropped goes back, so only the new lines differ.
    const { bytes } = group;
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\ufeff' : '';
    try {
      await port.files.write(group.path, `${bom}${edited.text}`);
    } catch {
      outcome.errors.push({ group: group.path, reason: 'the file could not be written' });
      return;
    }
  }
  outcome.written.push(...writes);
  outcome.changedFiles++;
}
