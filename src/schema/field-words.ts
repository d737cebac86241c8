import type { MessageRef } from '../core/finding.js';
import { unescapeSegment } from '../core/json-pointer.js';
import { quote } from '../core/read.js';
import { say } from '../i18n/findings/index.js';

/**
 * Where a node of a group (or policy) file is, in words a leader reads instead of a JSON
 * pointer: `/meetups/7/date` is `"date" of the 8th meetup`, `/leader/github` is
 * `"github" under "leader"`, `/rules/trademark~1name` is `rule "trademark/name" in rules`.
 * A phrase from the findings catalogue (`place.*`), for a message to take as a parameter and
 * put into the reader's language: `"date" van de 8e meetup`, `"date" i det 8:e mötet`.
 */

/** What one item of a known list is called: the 8th meetup, the 2nd waiver. */
const ITEM_NOUNS: Readonly<Record<string, 'meetup' | 'waiver'>> = {
  meetups: 'meetup',
  waivers: 'waiver',
};

/** The top-level block whose fields are rules: rule "meetups/spread" in rules. */
const RULES_BLOCK = 'rules';

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
 * names are quoted as they are written, so a leader can search for them. A message that opens
 * with the phrase starts with a capital: `The 8th meetup`.
 */
export function fieldInWords(pointer: string, options: FieldWordsOptions = {}): MessageRef {
  const segments = pointer === '' ? [] : pointer.split('/').slice(1).map(unescapeSegment);
  const place = describe(segments, options.data);
  const line = options.map?.lineOf(pointer);
  return line === undefined ? place : say('place.line', { place, line });
}

function describe(segments: readonly string[], data: unknown): MessageRef {
  const last = segments.at(-1);
  if (last === undefined) return say('place.file');
  const parent = segments.slice(0, -1);
  if (isItem(segments, data)) {
    const n = Number(last) + 1;
    const listName = parent.at(-1);
    const noun =
      listName !== undefined && !isItem(parent, data) && Object.hasOwn(ITEM_NOUNS, listName)
        ? ITEM_NOUNS[listName]
        : undefined;
    if (noun === undefined) return say('place.entry', { n, list: describe(parent, data) });
    const owner = parent.slice(0, -1);
    return owner.length === 0
      ? say('place.item', { n, noun })
      : say('place.item-in', {
          n,
          noun,
          relation: relation(owner, data),
          owner: describe(owner, data),
        });
  }
  const field = quote(last);
  if (parent.length === 0) return say('place.field', { field });
  if (parent.length === 1 && parent[0] === RULES_BLOCK) return say('place.rule', { rule: field });
  return say('place.field-in', {
    field,
    relation: relation(parent, data),
    parent: describe(parent, data),
  });
}

/** A field of a list item is `of` it (`"date" of the 8th meetup`); of a block, `under` it. */
function relation(parent: readonly string[], data: unknown): 'of' | 'under' {
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
