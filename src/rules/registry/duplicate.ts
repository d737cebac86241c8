import { foldName, isInvisible, lookAlikeCharacters, lookAlikeKeys } from '../../core/names.js';
import { readPerson, ROLE_LABEL, type Person } from '../../core/people.js';
import { asText, quote } from '../../core/read.js';
import { siteKey } from '../../core/urls.js';
import type { Group, RegistryProblem, RegistryRule } from '../rule.js';

export const rule: RegistryRule = {
  id: 'registry/duplicate',
  scope: 'registry',
  summary:
    'No two groups share a slug, name or website, nor have names that look alike, and each person has one GitHub login and one Tech Community ID across the registry.',
  severity: 'error',
  waivable: false,
  check(groups) {
    return [
      ...sharedValues(groups, 'slug', (value) => value),
      ...lookAlikeNames(groups),
      ...sharedValues(groups, 'website', siteKey),
      ...conflictingIdentities(groups),
    ];
  },
};

/** Groups whose `field` comes to the same key, each told which other files hold it. */
function sharedValues(
  groups: readonly Group[],
  field: 'slug' | 'website',
  key: (value: string) => string | undefined,
): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  for (const [first, ...others] of groupBy(groups, (group) => {
    const value = asText(group.data[field]);
    return value === undefined ? undefined : key(value);
  }).values()) {
    if (!first || others.length === 0) continue;
    const all = [first, ...others];
    for (const group of all) {
      const rest = all.filter((other) => other !== group).map((other) => other.file.path);
      problems.push({
        file: group.file,
        pointer: `/${field}`,
        message: `The ${field} ${quote(group.data[field])} is already used by ${rest.join(', ')}. Each group needs its own ${field}.`,
      });
    }
  }
  return problems;
}

interface Named {
  group: Group;
  name: string;
  order: number;
}

/** The same name in another case or spacing, or one that looks like it, reported on each file. */
function lookAlikeNames(groups: readonly Group[]): RegistryProblem[] {
  const named: Array<Named & { keys: readonly [string, string] }> = [];
  for (const group of groups) {
    const name = asText(group.data.name);
    // Each name's skeletons once, meeting in a map: no name is compared with every other.
    if (name !== undefined)
      named.push({ group, name, order: named.length, keys: lookAlikeKeys(name) });
  }
  const alike = new Map<Named, Set<Named>>();
  for (const which of [0, 1] as const) {
    for (const bucket of groupBy(named, (entry) => entry.keys[which]).values()) {
      if (bucket.length < 2) continue;
      for (const mine of bucket) {
        const others = alike.get(mine) ?? new Set<Named>();
        for (const other of bucket) if (other !== mine) others.add(other);
        alike.set(mine, others);
      }
    }
  }
  const problems: RegistryProblem[] = [];
  for (const mine of named) {
    const others = alike.get(mine);
    if (!others) continue;
    problems.push({
      file: mine.group.file,
      pointer: '/name',
      message: lookAlikeMessage(
        mine.name,
        [...others].sort((a, b) => a.order - b.order),
      ),
    });
  }
  return problems;
}

function lookAlikeMessage(name: string, others: readonly Named[]): string {
  const folded = foldName(name);
  if (others.every((other) => foldName(other.name) === folded)) {
    const files = others.map((other) => other.group.file.path).join(', ');
    return `The name ${quote(name)} is already used by ${files}. Each group needs its own name.`;
  }
  const which = others.map((other) => `${quote(other.name)} in ${other.group.file.path}`);
  return `The name ${quote(name)} looks like ${which.join(', ')}.${characterHint(name)} Each group needs a name that cannot be mistaken for another group's.`;
}

/** Points at the characters to retype: a Cyrillic "е" is not visible as such in a message. */
function characterHint(name: string): string {
  const chars = lookAlikeCharacters(name);
  if (chars.length === 0) return '';
  const shown = chars.slice(0, 5).map((char) => {
    const code = char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0') ?? '';
    return `${quote(char)} (U+${code})`;
  });
  if (chars.length > shown.length) shown.push('…');
  const invisible = chars.some(isInvisible);
  return ` ${invisible ? 'Look-alike or invisible' : 'Look-alike'} characters in it: ${shown.join(', ')}.`;
}

function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K | undefined): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const bucket = groups.get(key);
    if (bucket) bucket.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

interface Appearance {
  group: Group;
  person: Person & { login: string; techCommunityId: number };
}

/** One person (one GitHub login, or one Tech Community ID) must look the same in every group. */
function conflictingIdentities(groups: readonly Group[]): RegistryProblem[] {
  const appearances: Appearance[] = [];
  for (const group of groups) {
    for (const role of ['leader', 'coLeader'] as const) {
      const person = readPerson(group.data, role);
      if (person?.login !== undefined && person.techCommunityId !== undefined) {
        appearances.push({
          group,
          person: { ...person, login: person.login, techCommunityId: person.techCommunityId },
        });
      }
    }
  }
  const problems: RegistryProblem[] = [];
  const report = (
    by: (appearance: Appearance) => string | number,
    differs: (appearance: Appearance) => string | number,
    field: 'techCommunityId' | 'github',
    describe: (mine: Appearance, theirs: Appearance) => string,
  ): void => {
    for (const bucket of groupBy(appearances, by).values()) {
      for (const mine of bucket) {
        // Within one group, leaders/distinct already says the leader and co-leader are one person.
        const theirs = bucket.find(
          (other) => other.group !== mine.group && differs(other) !== differs(mine),
        );
        if (!theirs) continue;
        problems.push({
          file: mine.group.file,
          pointer: `/${mine.person.role}/${field}`,
          message: describe(mine, theirs),
        });
      }
    }
  };
  report(
    (a) => a.person.login,
    (a) => a.person.techCommunityId,
    'techCommunityId',
    (mine, theirs) =>
      `@${mine.person.github ?? mine.person.login} has Tech Community ID ${mine.person.techCommunityId} here but ${theirs.person.techCommunityId} as ${ROLE_LABEL[theirs.person.role]} in ${theirs.group.file.path}. One person has one ID: correct the one that is wrong.`,
  );
  report(
    (a) => a.person.techCommunityId,
    (a) => a.person.login,
    'github',
    (mine, theirs) =>
      `Tech Community ID ${mine.person.techCommunityId} belongs to @${mine.person.github ?? mine.person.login} here but to @${theirs.person.github ?? theirs.person.login} in ${theirs.group.file.path}. Each person has their own ID: check which one is right.`,
  );
  return problems;
}
