import { readPerson, type Role } from '../core/people.js';
import type { GroupChange } from './changes.js';

/** Who took part in the pull request, as GitHub reports it. */
export interface Participants {
  /** The pull request's author, lower-cased. */
  author: string;
  /** The author has write access (admin, maintain or write): a maintainer. */
  authorIsMaintainer: boolean;
  /** Lower-cased logins who consented: a `/consent` comment or an approving review. */
  consents: ReadonlySet<string>;
  /** A maintainer other than the author approved the pull request. */
  maintainerApproved: boolean;
}

export type MaintainerReason = 'not-a-leader' | 'author-not-named' | 'waiver' | 'outside-groups';

export type Need =
  | { kind: 'consent'; login: string; role: Role; path: string; satisfied: boolean }
  | { kind: 'maintainer'; reason: MaintainerReason; path: string | undefined; satisfied: boolean };

function leaders(data: Record<string, unknown> | undefined): Map<Role, string> {
  const found = new Map<Role, string>();
  for (const role of ['leader', 'coLeader'] as const) {
    const login = data === undefined ? undefined : readPerson(data, role)?.login;
    if (login !== undefined) found.set(role, login);
  }
  return found;
}

/**
 * Who must still act before the change may be merged, worked out from the registry itself: a
 * group's current leaders (as the base branch lists them) may change it; anyone else needs a
 * maintainer; a person newly named as a leader must consent; waivers are the maintainers' to give.
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
    if (change.kind === 'join') {
      if (![...after.values()].includes(author)) needMaintainer('author-not-named', change.path);
    } else if (![...before.values()].includes(author)) {
      needMaintainer('not-a-leader', change.path);
    }
    const alreadyLeaders = new Set(before.values());
    for (const [role, login] of after) {
      if (login === author || alreadyLeaders.has(login)) continue;
      needs.push({
        kind: 'consent',
        login,
        role,
        path: change.path,
        satisfied: consents.has(login),
      });
    }
    if (change.waivers.some((waiver) => waiver.change !== 'removed'))
      needMaintainer('waiver', change.path);
  }
  if (outside.length > 0) needMaintainer('outside-groups', undefined);
  return needs;
}
