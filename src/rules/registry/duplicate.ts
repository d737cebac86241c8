import { readPerson, ROLE_LABEL, type Person } from '../../core/people.js';
import { asText, quote } from '../../core/read.js';
import { siteKey } from '../../core/urls.js';
import type { Group, RegistryProblem, RegistryRule } from '../rule.js';

export const rule: RegistryRule = {
  id: 'registry/duplicate',
  scope: 'registry',
  summary:
    'No two groups share a slug, name or website, and each person has one GitHub login and one Tech Community ID across the registry.',
  severity: 'error',
  waivable: false,
  check(groups) {
    const problems: RegistryProblem[] = [];
    const claims = [
      { field: 'slug', what: 'slug', key: (value: string) => value },
      { field: 'name', what: 'name', key: normaliseName },
      { field: 'website', what: 'website', key: siteKey },
    ];
    for (const { field, what, key } of claims) {
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
            message: `The ${what} ${quote(group.data[field])} is already used by ${rest.join(', ')}. Each group needs its own ${what}.`,
          });
        }
      }
    }
    problems.push(...conflictingIdentities(groups));
    return problems;
  },
};

function normaliseName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
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
