import { foldName, isInvisible, lookAlikeCharacters, lookAlikeKeys } from '../../core/names.js';
import type { MessageRef } from '../../core/finding.js';
import { readPerson, type Person } from '../../core/people.js';
import { asText, quote } from '../../core/read.js';
import { siteKey } from '../../core/urls.js';
import { listOf, say } from '../../i18n/findings/index.js';
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

/** The message for a slug or website that another group already has. */
const ALREADY_USED = {
  slug: 'registry/duplicate.slug',
  website: 'registry/duplicate.website',
} as const;

/** Groups whose `field` comes to the same key, each told which other files hold it. */
function sharedValues(
  groups: readonly Group[],
  field: 'slug' | 'website',
  key: (value: string) => string | undefined,
): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  for (const all of collisions(groups, (group) => {
    const value = asText(group.data[field]);
    return value === undefined ? undefined : key(value);
  })) {
    for (const group of all) {
      const rest = all.filter((other) => other !== group).map((other) => other.file.path);
      problems.push({
        file: group.file,
        pointer: `/${field}`,
        message: say(ALREADY_USED[field], {
          value: quote(group.data[field]),
          files: listOf(rest, 'and'),
        }),
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
    for (const bucket of collisions(named, (entry) => entry.keys[which])) {
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

/** How many look-alike characters a message names; the rest are counted ("and 2 more"). */
const SHOWN_CHARACTERS = 5;

function lookAlikeMessage(name: string, others: readonly Named[]): MessageRef {
  const folded = foldName(name);
  if (others.every((other) => foldName(other.name) === folded)) {
    const files = others.map((other) => other.group.file.path);
    return say('registry/duplicate.name', { value: quote(name), files: listOf(files, 'and') });
  }
  // "A" in x.yaml and "B" in y.yaml: each name with its file, a phrase in the message's language.
  const which = others.map((other) =>
    say('registry/duplicate.name-in', { name: quote(other.name), file: other.group.file.path }),
  );
  const params = { name: quote(name), others: listOf(which, 'and') };
  // Points at the characters to retype: a Cyrillic "е" is not visible as such in a message.
  const chars = lookAlikeCharacters(name);
  if (chars.length === 0) return say('registry/duplicate.look-alike', params);
  // Each character in words (its script, or invisible), its code point only in parentheses.
  const characters: MessageRef[] = chars.slice(0, SHOWN_CHARACTERS).map((char) => {
    const code = char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0') ?? '';
    return say('registry/duplicate.character', {
      character: quote(char),
      kind: scriptOf(char),
      code: `U+${code}`,
    });
  });
  const hidden = chars.length - SHOWN_CHARACTERS;
  if (hidden > 0) characters.push(say('registry/duplicate.more-characters', { count: hidden }));
  const invisible = chars.filter(isInvisible).length;
  return say('registry/duplicate.look-alike-characters', {
    ...params,
    invisible: invisible === 0 ? 'none' : invisible === chars.length ? 'all' : 'some',
    characters: listOf(characters, 'and'),
  });
}

/** What a look-alike character is, in words a leader knows: the scripts they are most often from. */
function scriptOf(char: string): 'invisible' | 'cyrillic' | 'greek' | 'other' {
  if (isInvisible(char)) return 'invisible';
  if (/\p{Script=Cyrillic}/u.test(char)) return 'cyrillic';
  if (/\p{Script=Greek}/u.test(char)) return 'greek';
  return 'other';
}

/**
 * The items that share a key with at least one other, bucket by bucket in the order the keys
 * first appear. Arrays only for keys that repeat: in a healthy registry none does.
 */
function collisions<T>(
  items: readonly T[],
  keyOf: (item: T) => string | number | undefined,
): T[][] {
  const first = new Map<string | number, number>();
  const shared = new Map<string | number, T[]>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    const key = keyOf(item);
    if (key === undefined) continue;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, i);
      continue;
    }
    const bucket = shared.get(key);
    if (bucket) bucket.push(item);
    else shared.set(key, [items[earlier] as T, item]);
  }
  return [...shared]
    .sort(([a], [b]) => (first.get(a) ?? 0) - (first.get(b) ?? 0))
    .map(([, bucket]) => bucket);
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
    describe: (mine: Appearance, theirs: Appearance) => MessageRef,
  ): void => {
    for (const bucket of collisions(appearances, by)) {
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
      say('registry/duplicate.two-ids', {
        person: handle(mine.person),
        id: String(mine.person.techCommunityId),
        other: String(theirs.person.techCommunityId),
        role: theirs.person.role,
        file: theirs.group.file.path,
      }),
  );
  report(
    (a) => a.person.techCommunityId,
    (a) => a.person.login,
    'github',
    (mine, theirs) =>
      say('registry/duplicate.two-logins', {
        id: String(mine.person.techCommunityId),
        person: handle(mine.person),
        other: handle(theirs.person),
        file: theirs.group.file.path,
      }),
  );
  return problems;
}

/** The GitHub handle as the file writes it. */
function handle(person: Appearance['person']): string {
  return `@${person.github ?? person.login}`;
}
