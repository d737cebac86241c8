import type { GitHubAccount } from '../../core/accounts.js';
import type { MessageRef } from '../../core/finding.js';
import { GITHUB_LOGIN } from '../../core/names.js';
import { personWithRole, positiveId, readPerson, type Role } from '../../core/people.js';
import { asRecord, field, quote } from '../../core/read.js';
import { say } from '../../i18n/findings/index.js';
import type { GroupRule, Problem } from '../rule.js';

/**
 * GitHub frees a username when its account is renamed or deleted, and anyone may then take it:
 * the registry knows each leader by the account's numeric id. Offline nothing can be compared, so
 * a missing id is a warning; where the pull-request check looked a changed entry's username up
 * (`identity`), the id must be that account's, and every problem with the entry is an error.
 */
export const rule: GroupRule = {
  id: 'leaders/github-id',
  scope: 'group',
  summary:
    "Each leader's GitHub account id is given; in a pull request, it is the id of the account with that username.",
  severity: 'warning',
  // A leader the registry cannot tell from whoever takes their username next is no exception to
  // grant: authority over the group follows this id.
  waivable: false,
  owns: ['/leader/githubId', '/coLeader/githubId'],
  check({ file, data }, { identity }) {
    const problems: Problem[] = [];
    for (const role of ['leader', 'coLeader'] as const satisfies readonly Role[]) {
      const person = readPerson(data, role);
      // Without a usable username there is nothing to look up: leaders/leader reports that.
      if (person?.github === undefined || !GITHUB_LOGIN.test(person.github)) continue;
      const login = person.github.toLowerCase();
      const value = field(asRecord(field(data, role)), 'githubId');
      const pointer = `/${role}/githubId`;
      const subject = personWithRole(person);
      // An entry the caller required but did not look up is checked as offline.
      const required =
        identity !== undefined &&
        identity.required.has(`${file.path}#${role}`) &&
        identity.accounts.has(login);
      if (!required) {
        const message = offline(value, subject, person.github);
        if (message) problems.push({ pointer, message });
        continue;
      }
      const account = identity.accounts.get(login) ?? null;
      const found = online(value, subject, person.github, role, account);
      if (found === undefined) continue;
      const at = found.at === 'login' ? `/${role}/github` : pointer;
      problems.push({ pointer: at, message: found.message, severity: 'error' });
    }
    return problems;
  },
};

/** What is wrong with the id as written, when there is no account to compare it with. */
function offline(value: unknown, person: MessageRef, github: string): MessageRef | undefined {
  if (value === undefined || value === null) {
    return say('leaders/github-id.missing', { person, url: lookupAddress(github) });
  }
  if (positiveId(value) !== undefined) return undefined;
  const digits = digitsIn(value);
  if (digits !== undefined) return say('leaders/github-id.as-text', { person, id: digits });
  return notANumber(value, person, github);
}

/** What is wrong with the entry, given what GitHub answered for its username. */
function online(
  value: unknown,
  person: MessageRef,
  github: string,
  role: Role,
  account: GitHubAccount | null,
): { at: 'login' | 'id'; message: MessageRef } | undefined {
  if (account === null) {
    return {
      at: 'login',
      message: say('leaders/github-id.no-account', { account: `@${github}`, role }),
    };
  }
  if (account.type !== 'User') {
    return {
      at: 'login',
      message: say('leaders/github-id.not-a-person', {
        account: `@${github}`,
        role,
        kind: account.type,
      }),
    };
  }
  const id = String(account.id);
  if (value === undefined || value === null) {
    return { at: 'id', message: say('leaders/github-id.missing-known', { person, id }) };
  }
  const given = positiveId(value);
  const digits = given === undefined ? digitsIn(value) : String(given);
  if (digits === undefined) return { at: 'id', message: notANumber(value, person, github) };
  if (digits !== id) {
    return { at: 'id', message: say('leaders/github-id.wrong', { person, given: digits, id }) };
  }
  // The right digits in quotes: only the quotes are wrong.
  return given === undefined
    ? { at: 'id', message: say('leaders/github-id.as-text', { person, id }) }
    : undefined;
}

function notANumber(value: unknown, person: MessageRef, github: string): MessageRef {
  return say('leaders/github-id.not-a-number', {
    person,
    value: quote(value),
    url: lookupAddress(github),
  });
}

/** Where GitHub shows an account's id: the username is checked, so it needs no escaping. */
function lookupAddress(github: string): string {
  return `https://api.github.com/users/${github}`;
}

/** A positive id written as text (`"48213907"`), as its digits without leading zeros. */
function digitsIn(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!/^\d+$/.test(text)) return undefined;
  const id = positiveId(Number(text));
  return id === undefined ? undefined : String(id);
}
