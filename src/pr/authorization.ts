import { readPerson, type Role } from '../core/people.js';
import { field } from '../core/read.js';
import type { MaintainerReason } from '../core/vocabulary.js';
import type { GroupChange } from './changes.js';

/** A consent seen on the pull request. */
export interface Consent {
  /** Lower-cased login. */
  login: string;
  /**
   * When a `/consent` comment was last written (ISO 8601); undefined for an approval of the head
   * commit, which accepts everything that commit names.
   */
  at: string | undefined;
}

/** Who took part in the pull request, as GitHub reports it. */
export interface Participants {
  /** The pull request's author, lower-cased. */
  author: string;
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

function leaders(data: Record<string, unknown> | undefined): Map<Role, string> {
  const found = new Map<Role, string>();
  for (const role of ['leader', 'coLeader'] as const) {
    const login = data === undefined ? undefined : readPerson(data, role)?.login;
    if (login !== undefined) found.set(role, login);
  }
  return found;
}

/** The program decides when a group is admitted and since when: `status` and `joined`. */
function changesProgramFields(change: GroupChange): boolean {
  const { head } = change;
  if (head === undefined) return false;
  if (change.kind === 'join')
    return field(head, 'status') !== 'applying' || field(head, 'joined') !== undefined;
  // Leaders may announce that their group leaves; nothing else about status or joined is theirs.
  if (change.fields.includes('joined')) return true;
  return change.fields.includes('status') && field(head, 'status') !== 'leaving';
}

function consented(consents: readonly Consent[], login: string, askedAt: string): boolean {
  const asked = Date.parse(askedAt);
  return consents.some(
    (consent) =>
      consent.login === login && (consent.at === undefined || Date.parse(consent.at) > asked),
  );
}

/**
 * Who must still act before the change may be merged, worked out from the registry itself: a
 * group's current leaders (as the base branch lists them) may change it; anyone else needs a
 * maintainer; a person newly named as a leader must consent to that role in that group, after
 * being asked; a leader who loses their role (removed, or moved to the other one) by someone
 * else's pull request must agree, or a maintainer approves; waivers, admission, renames and a
 * file the base branch has but cannot be read are the maintainers' to approve.
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
    if (change.baseUnreadable) needMaintainer('unreadable-base', change.path);
    else if (change.kind === 'join') {
      if (![...after.values()].includes(author)) needMaintainer('author-not-named', change.path);
    } else if (![...before.values()].includes(author)) {
      needMaintainer('not-a-leader', change.path);
    }
    if (changesProgramFields(change)) needMaintainer('program-fields', change.path);
    // A new path or slug starts the group's audit afresh (issues and deadlines are per slug).
    if (change.previousPath !== undefined || change.fields.includes('slug'))
      needMaintainer('rename', change.path);
    const alreadyLeaders = new Set(before.values());
    for (const [role, login] of after) {
      if (login === author || alreadyLeaders.has(login)) continue;
      const askedAt =
        participants.askedAt.get(askKey({ path: change.path, role, login })) ?? participants.now;
      needs.push({
        kind: 'consent',
        login,
        role,
        path: change.path,
        askedAt,
        satisfied: consented(consents, login, askedAt),
      });
    }
    // Nobody is pushed out of a role they hold on main without agreeing (or a maintainer). A
    // deleted file is the group leaving, which its leaders may do as before.
    for (const [role, login] of change.head === undefined ? [] : before) {
      if (authorIsMaintainer || login === author || after.get(role) === login) continue;
      const kept = [...after].find(([, other]) => other === login)?.[0];
      const askedAt =
        participants.askedAt.get(askKey({ path: change.path, role, login, removed: true })) ??
        participants.now;
      const agreed = consented(consents, login, askedAt);
      needs.push({
        kind: 'consent',
        login,
        role,
        path: change.path,
        askedAt,
        satisfied: agreed || maintainerApproved,
        removed: { now: kept, byMaintainer: !agreed && maintainerApproved },
      });
    }
    if (change.waivers.length > 0) needMaintainer('waiver', change.path);
  }
  if (outside.length > 0) needMaintainer('outside-groups', undefined);
  return needs;
}
