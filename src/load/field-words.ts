import { unescapeSegment } from '../core/json-pointer.js';
import { quote } from '../core/read.js';

/**
 * Where a node of a group (or policy) file is, in words a leader reads instead of a JSON
 * pointer: `/meetups/7/date` is `"date" of the 8th meetup`, `/leader/github` is
 * `"github" under "leader"`, `/rules/trademark~1name` is `rule "trademark/name" in rules`.
 * English only, like the rules' messages.
 */

/** What one item of a known list is called: the 8th meetup, the 2nd waiver. */
const ITEM_NOUNS: Readonly<Record<string, string>> = { meetups: 'meetup', waivers: 'waiver' };

/** What the fields of a known top-level block are called: rule "meetups/spread" in rules. */
const KEY_NOUNS: Readonly<Record<string, string>> = { rules: 'rule' };

export interface FieldWordsOptions {
  /**
   * The parsed file, to tell a list item from a field whose name is digits (`2026:`). Without
   * it, or where the file has no such block, a segment of digits is taken for a list item.
   */
  data?: unknown;
  /** With a source map, a node that exists in the file gets its line: `the 8th meetup (line 48)`. */
  map?: { lineOf(pointer: string): number | undefined };
}

/**
 * The node at `pointer` in words: `"city"`, `"github" under "leader"`, `the 8th meetup`,
 * `"date" of the 8th meetup`, `the 2nd entry of "tags"`; the whole file is `the file`. Field
 * names are quoted as they are written, so a leader can search for them.
 */
export function fieldInWords(pointer: string, options: FieldWordsOptions = {}): string {
  const segments = pointer === '' ? [] : pointer.split('/').slice(1).map(unescapeSegment);
  const words = describe(segments, options.data);
  const line = options.map?.lineOf(pointer);
  return line === undefined ? words : `${words} (line ${String(line)})`;
}

/** 1st, 2nd, 3rd, 4th, 11th, 21st, 112th: English ordinals, by Intl's plural rules. */
export function ordinal(n: number): string {
  return `${String(n)}${ORDINAL_SUFFIX[ordinals.select(n)] ?? 'th'}`;
}

const ordinals = new Intl.PluralRules('en', { type: 'ordinal' });
const ORDINAL_SUFFIX: Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> = {
  one: 'st',
  two: 'nd',
  few: 'rd',
  other: 'th',
};

/** The words at the start of a sentence: `the 8th meetup` becomes `The 8th meetup`. */
export function sentenceStart(words: string): string {
  return words.replace(/^the /, 'The ');
}

function describe(segments: readonly string[], data: unknown): string {
  const last = segments.at(-1);
  if (last === undefined) return 'the file';
  const parent = segments.slice(0, -1);
  if (isItem(segments, data)) {
    const place = ordinal(Number(last) + 1);
    const listName = parent.at(-1);
    const noun = listName !== undefined && !isItem(parent, data) ? ITEM_NOUNS[listName] : undefined;
    if (noun === undefined) return `the ${place} entry of ${describe(parent, data)}`;
    const owner = parent.slice(0, -1);
    return owner.length === 0
      ? `the ${place} ${noun}`
      : `the ${place} ${noun} ${preposition(owner, data)} ${describe(owner, data)}`;
  }
  const key = quote(last);
  const parentName = parent.at(-1);
  if (parentName === undefined) return key;
  const noun = parent.length === 1 ? KEY_NOUNS[parentName] : undefined;
  if (noun !== undefined) return `${noun} ${key} in ${parentName}`;
  return `${key} ${preposition(parent, data)} ${describe(parent, data)}`;
}

/** A field of a list item is `of` it (`"date" of the 8th meetup`); of a block, `under` it. */
function preposition(parent: readonly string[], data: unknown): string {
  return isItem(parent, data) ? 'of' : 'under';
}

/** Whether the last segment is a list index: digits, in a list when the data says so. */
function isItem(segments: readonly string[], data: unknown): boolean {
  const last = segments.at(-1);
  if (last === undefined || !/^(?:0|[1-9]\d*)$/.test(last)) return false;
  if (data === undefined) return true;
  // Where the data has no such container (a missing list), digits are an index as well.
  const container = valueAt(data, segments.slice(0, -1));
  return container === undefined || Array.isArray(container);
}

function valueAt(data: unknown, segments: readonly string[]): unknown {
  let node = data;
  for (const segment of segments) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment))
      return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
