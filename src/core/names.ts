/** The identifiers the registry is keyed by, defined once. */

import confusables from 'unhomoglyph/data.json' with { type: 'json' };

/** A group's slug, which is also its file name: lowercase letters, digits and single hyphens. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** GitHub's own rule for usernames: letters, digits, single inner hyphens, at most 39 characters. */
export const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/** A group's name as leaders would call it the same: compatibility forms, case and spacing folded. */
export function foldName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Characters that display as nothing (zero-width spaces, joiners, variation selectors…). */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/** One character that displays as nothing. */
export function isInvisible(char: string): boolean {
  return /^\p{Default_Ignorable_Code_Point}$/u.test(char);
}

/**
 * Two names that look alike share one of these keys: UTS #39 skeletons, which map each character
 * to the one it is confused with (Cyrillic "а" and Greek "α" to "a", "m" to "rn"). A skeleton
 * tells case apart ("I" looks like "l", "i" does not), so each name gets two: the skeleton of the
 * lowercased name, which compares names in any capitalisation, and the skeleton of its skeleton
 * lowercased, for capitals whose small letters differ (Cyrillic "Н" looks like "H", "н" not "h").
 */
export function lookAlikeKeys(name: string): readonly [string, string] {
  // ASCII is its own NFKC form and holds nothing invisible: most names skip both passes.
  const folded = ASCII.test(name) ? name : name.normalize('NFKC').replace(IGNORABLE, '');
  const plain = folded.replace(/\s+/g, ' ').trim();
  return [skeleton(plain.toLowerCase()), skeleton(skeleton(plain).toLowerCase())];
}

/**
 * The characters of a name that stand in for other letters or are invisible, each once, as the
 * leader needs them to find and retype: accented letters are not among them.
 */
export function lookAlikeCharacters(name: string): string[] {
  const found = new Set<string>();
  for (const char of name) {
    if (char <= '\x7F' || found.has(char)) continue;
    const standsIn = skeleton(char.normalize('NFKC')) !== char.normalize('NFD');
    if (standsIn || isInvisible(char)) found.add(char);
  }
  return [...found];
}

/** UTS #39 section 4: NFD, each character replaced by its prototype in confusables.txt, NFD again. */
function skeleton(text: string): string {
  if (ASCII.test(text)) {
    // ASCII is its own NFD form, and so is a prototype string that stays ASCII; of its characters
    // only a handful have a prototype, replaced by one native pass (none: the text itself).
    const out = text.replace(ASCII_CONFUSABLE, (char) => PROTOTYPES[char] ?? char);
    return ASCII.test(out) ? out : out.normalize('NFD');
  }
  return prototypesOf(text.normalize('NFD')).normalize('NFD');
}

// eslint-disable-next-line no-control-regex -- every ASCII character, controls included
const ASCII = /^[\x00-\x7F]*$/;

/** confusables.txt as unhomoglyph keeps it: one code point to its prototype. */
const PROTOTYPES: Readonly<Record<string, string>> = confusables;

/**
 * What `unhomoglyph(text)` gives, a character at a time: its table maps single code points only,
 * so each character is replaced by its own prototype. A lookup per character instead of
 * unhomoglyph's regex of 6,000 alternatives, which also costs about 10 ms to build at start-up.
 */
/** The ASCII characters confusables.txt maps to something else (`m` to `rn`, `1` to `l`…). */
const ASCII_CONFUSABLE = new RegExp(
  `[${Object.keys(PROTOTYPES)
    .filter((char) => char.length === 1 && char <= '\x7F' && PROTOTYPES[char] !== char)
    .map((char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .join('')}]`,
  'g',
);

export function prototypesOf(text: string): string {
  let out = '';
  for (const char of text)
    out += (Object.hasOwn(PROTOTYPES, char) ? PROTOTYPES[char] : char) ?? char;
  return out;
}

/**
 * The short name (slug) a new group's name gives, its place first as the registry's own are
 * ("Utrecht Azure User Group" → utrecht-azure): the words up to and including "Azure" (all of
 * them without it), accents dropped, look-alike letters read as the ones they imitate, anything
 * else a hyphen. Empty when nothing of the name is left.
 */
export function slugFromName(name: string): string {
  // Accents go first: confusables.txt maps some accented letters to unrelated ones.
  const plain = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '');
  // Only letters outside ASCII are read as the ones they imitate (confusables.txt has "m" → "rn").
  const imitated = plain(name.replace(IGNORABLE, '')).replace(/[^\p{ASCII}]/gu, prototypesOf);
  const words = plain(imitated)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  const azure = words.indexOf('azure');
  return (azure === -1 ? words : words.slice(0, azure + 1))
    .join('-')
    .slice(0, 64)
    .replace(/-+$/, '');
}
