import { askKey, type Need } from './authorization.js';

/**
 * The check remembers, inside its own comment, when it first asked each person to consent, so a
 * `/consent` written before someone was named (for another role, another group, or before a
 * push) is never reused. Only this check's comment (a bot's, found by its marker) is read back;
 * the record is base64 so that nothing from a group file can end the HTML comment around it.
 */
const PREFIX = '<!-- tech-groups-registry:asks ';
const SUFFIX = ' -->';

type Ask = Extract<Need, { kind: 'consent' }>;

export function renderAsks(needs: readonly Need[]): string {
  const asks = needs
    .filter((need): need is Ask => need.kind === 'consent')
    // An ask to agree to losing a role carries a fifth element; records without it (older
    // comments included) are asks to take a role on.
    .map(({ path, role, login, askedAt, removed }) =>
      removed === undefined
        ? [path, role, login, askedAt]
        : [path, role, login, askedAt, 'removed'],
    );
  return `${PREFIX}${Buffer.from(JSON.stringify(asks), 'utf8').toString('base64')}${SUFFIX}`;
}

/** The record's entries as written, or none when the comment has no readable record. */
function recordEntries(commentBody: string | undefined): unknown[] {
  const start = commentBody?.indexOf(PREFIX) ?? -1;
  if (commentBody === undefined || start === -1) return [];
  const end = commentBody.indexOf(SUFFIX, start + PREFIX.length);
  if (end === -1) return [];
  try {
    const parsed: unknown = JSON.parse(
      Buffer.from(commentBody.slice(start + PREFIX.length, end), 'base64').toString('utf8'),
    );
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/** Everyone the record asked (logins): the only people whose `/consent` can change the check. */
export function askedLogins(commentBody: string | undefined): Set<string> {
  const logins = new Set<string>();
  for (const item of recordEntries(commentBody))
    if (Array.isArray(item) && typeof item[2] === 'string') logins.add(item[2]);
  return logins;
}

/** When each ask was first made, by `askKey`; empty when the comment has no readable record. */
export function readAsks(commentBody: string | undefined): Map<string, string> {
  const asked = new Map<string, string>();
  for (const item of recordEntries(commentBody)) {
    if (!Array.isArray(item)) continue;
    const [path, role, login, at, removed] = item as unknown[];
    if (
      typeof path === 'string' &&
      (role === 'leader' || role === 'coLeader') &&
      typeof login === 'string' &&
      typeof at === 'string' &&
      !Number.isNaN(Date.parse(at)) &&
      (removed === undefined || removed === 'removed')
    )
      asked.set(askKey({ path, role, login, ...(removed === undefined ? {} : { removed }) }), at);
  }
  return asked;
}
