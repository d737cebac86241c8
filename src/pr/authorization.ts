import { readPerson, type Role } from '../core/people.js';
import { field } from '../core/read.js';
import type { MaintainerReason } from '../core/vocabulary.js';
import type { GroupChange } from './changes.js';

/**
 * An account that acted on the pull request, as GitHub's API answered for it (never as a webhook
 * payload says): the author, a reviewer, a commenter.
 */
export interface Actor {
  /** Lower-cased login, as GitHub answered. */
  login: string;
  /** The account's numeric id; undefined for a deleted account (GitHub's ghost) or no user. */
  id: number | undefined;
  /** Only a User can be a person in the registry: a Bot or an organisation is nobody. */
  isUser: boolean;
}

/** A leader entry as a group file names it: a login, and the account's id once migrated. */
export interface Entry {
  /** Lower-cased. */
  login: string;
  githubId: number | undefined;
}

/**
 * Whether an account is the person a file's entry names. By the account id when the file has one
 * (a login changes hands when its account is renamed or deleted); by login only for a file not
 * yet migrated (the comment says so). A deleted account, an account without an id, a Bot or an
 * organisation is nobody, whatever its login.
 */
export function isPerson(entry: Entry, actor: Actor): boolean {
  if (actor.id === undefined || !actor.isUser) return false;
  return entry.githubId === undefined ? entry.login === actor.login : entry.githubId === actor.id;
}

/** Whether two entries name the same person: by id where both have one, else by login. */
function samePerson(a: Entry, b: Entry): boolean {
  return a.githubId !== undefined && b.githubId !== undefined
    ? a.githubId === b.githubId
    : a.login === b.login;
}

/** A consent seen on the pull request. */
export interface Consent {
  /** Who gave it. */
  actor: Actor;
  /**
   * When a `/consent` comment was last written (ISO 8601); undefined for an approval of the head
   * commit, which accepts everything that commit names.
   */
  at: string | undefined;
}

/** Who took part in the pull request, as GitHub reports it. */
export interface Participants {
  /** The pull request's author. */
  author: Actor;
  /** The author has write access (admin, maintain or write): a maintainer. */
  authorIsMaintainer: boolean;
  consents: readonly Consent[];
  /** A maintainer other than the author approved the head commit. */
  maintainerApproved: boolean;
  /** When this check first asked for each consent, by `askKey`; a new ask is asked `now`. */
  askedAt: ReadonlyMap<string, string>;
  now: string;
}

export type Need =
  | {
      kind: 'consent';
      login: string;
      role: Role;
      path: string;
      /** When the check first asked; only a `/consent` written after it counts. */
      askedAt: string;
      satisfied: boolean;
      /**
       * Set when the person held `role` on main and this change takes it from them: `now` is
       * the role they keep (the other one), if any. A maintainer's approval also settles it:
       * `byMaintainer` says that is what did. Absent when they are newly named to `role`.
       */
      removed?: { now: Role | undefined; byMaintainer: boolean };
      /** The account id the file gives for the person (the head's, or main's when removed). */
      githubId: number | undefined;
      /** False where the login is no longer that account's: named in plain text, not @mentioned. */
      mention?: false;
    }
  | { kind: 'maintainer'; reason: MaintainerReason; path: string | undefined; satisfied: boolean };

/**
 * Identifies one ask: a person, for one role, in one group file; an ask to agree to losing a
 * role is another ask than one to take it on.
 */
export function askKey(ask: {
  path: string;
  role: Role;
  login: string;
  removed?: unknown;
}): string {
  return JSON.stringify(
    ask.removed === undefined
      ? [ask.path, ask.role, ask.login]
      : [ask.path, ask.role, ask.login, 'removed'],
  );
}

export function leaders(data: Record<string, unknown> | undefined): Map<Role, Entry> {
  const found = new Map<Role, Entry>();
  for (const role of ['leader', 'coLeader'] as const) {
    const person = data === undefined ? undefined : readPerson(data, role);
    if (person?.login !== undefined)
      found.set(role, { login: person.login, githubId: person.githubId });
  }
  return found;
}

/**
 * The program decides when a group is admitted and since when (`status`, `joined`), and when it
 * became inactive (`status: inactive`, `inactiveSince`; issue 23).
 */
function changesProgramFields(change: GroupChange): boolean {
  const { head } = change;
  if (head === undefined) return false;
  // A file added (or added back after its deletion) may only apply to join.
  if (change.kind === 'join')
    return (
      field(head, 'status') !== 'applying' ||
      field(head, 'joined') !== undefined ||
      field(head, 'inactiveSince') !== undefined
    );
  if (change.fields.includes('joined') || change.fields.includes('inactiveSince')) return true;
  // Leaders may announce that their active group leaves; nothing else about status is theirs,
  // and an inactive group's status is the program team's to change, whichever way.
  return (
    change.fields.includes('status') &&
    (field(head, 'status') !== 'leaving' || field(change.base, 'status') === 'inactive')
  );
}

function consented(consents: readonly Consent[], entry: Entry, askedAt: string): boolean {
  const asked = Date.parse(askedAt);
  return consents.some(
    (consent) =>
      isPerson(entry, consent.actor) &&
      (consent.at === undefined || Date.parse(consent.at) > asked),
  );
}

/**
 * Who must still act before the change may be merged, worked out from the registry itself: a
 * group's current leaders (as the base branch lists them) may change it; anyone else needs a
 * maintainer; a person newly named as a leader must consent to that role in that group, after
 * being asked; a leader who loses their role (removed, or moved to the other one) by someone
 * else's pull request must agree, or a maintainer approves; waivers, admission, renames, an
 * account id added to or changed for a person the file already names, and a file the base
 * branch has but cannot be read are the maintainers' to approve. People are compared as
 * accounts (`isPerson`), never by a login alone where the file gives an id.
 */
export function authorize(
  changes: readonly GroupChange[],
  outside: readonly string[],
  participants: Participants,
): Need[] {
  const { author, authorIsMaintainer, consents, maintainerApproved } = participants;
  const needs: Need[] = [];
  const needMaintainer = (reason: MaintainerReason, path: string | undefined): void => {
    if (authorIsMaintainer) return;
    if (
      needs.some(
        (need) => need.kind === 'maintainer' && need.reason === reason && need.path === path,
      )
    )
      return;
    needs.push({ kind: 'maintainer', reason, path, satisfied: maintainerApproved });
  };

  for (const change of changes) {
    const before = leaders(change.base);
    const after = leaders(change.head);
    const named = (entries: Map<Role, Entry>): boolean =>
      [...entries.values()].some((entry) => isPerson(entry, author));
    if (change.baseUnreadable) needMaintainer('unreadable-base', change.path);
    else if (change.kind === 'join') {
      if (!named(after)) needMaintainer('author-not-named', change.path);
    } else if (!named(before)) {
      needMaintainer('not-a-leader', change.path);
    }
    if (changesProgramFields(change)) needMaintainer('program-fields', change.path);
    // A new path or slug starts the group's audit afresh (issues and deadlines are per slug).
    if (change.previousPath !== undefined || change.fields.includes('slug'))
      needMaintainer('rename', change.path);
    // Whoever holds a login today may not be who accepted the terms: an account id given to a
    // person the file already names (a file being migrated, or an id changed) is checked by a
    // maintainer, or a recycled login's new owner could write in their own id.
    for (const [role, entry] of after) {
      const old = before.get(role);
      if (old !== undefined && old.login === entry.login && old.githubId !== entry.githubId)
        needMaintainer('github-id', change.path);
    }
    /** Asks a person to agree to taking `role` on, or (`removing`) to losing it. */
    const ask = (role: Role, entry: Entry, removing: boolean): Need & { kind: 'consent' } => {
      const { login } = entry;
      const key = askKey({
        path: change.path,
        role,
        login,
        ...(removing ? { removed: true } : {}),
      });
      const askedAt = participants.askedAt.get(key) ?? participants.now;
      return {
        kind: 'consent',
        login,
        role,
        path: change.path,
        askedAt,
        satisfied: consented(consents, entry, askedAt),
        githubId: entry.githubId,
      };
    };
    const alreadyLeaders = [...before.values()];
    for (const [role, entry] of after) {
      if (isPerson(entry, author) || alreadyLeaders.some((old) => samePerson(old, entry))) continue;
      needs.push(ask(role, entry, false));
    }
    // Nobody is pushed out of a role they hold on main without agreeing (or a maintainer). A
    // deleted file is the group leaving, which its leaders may do as before.
    for (const [role, entry] of change.head === undefined ? [] : before) {
      const stays = after.get(role);
      if (authorIsMaintainer || isPerson(entry, author)) continue;
      if (stays !== undefined && samePerson(stays, entry)) continue;
      const kept = [...after].find(([, other]) => samePerson(other, entry))?.[0];
      const need = ask(role, entry, true);
      needs.push({
        ...need,
        satisfied: need.satisfied || maintainerApproved,
        removed: { now: kept, byMaintainer: !need.satisfied && maintainerApproved },
      });
    }
    if (change.waivers.length > 0) needMaintainer('waiver', change.path);
  }
  if (outside.length > 0) needMaintainer('outside-groups', undefined);
  return needs;
}
