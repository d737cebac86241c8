import type { MessageRef } from './finding.js';

/**
 * Rules read group data that may be malformed in any way (the schema reports that separately),
 * so they go through these narrowing helpers instead of trusting the shape.
 */

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A non-blank string, or undefined. */
export function asText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function asList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Own property only: group data is parsed from YAML, so `__proto__` may be an ordinary key. */
export function field(record: Record<string, unknown> | undefined, key: string): unknown {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * A value from a group file, shown inside a message: quoted, on one line, and not too long (cut in
 * the middle, so a link keeps its end).
 */
export function quote(value: unknown, max = 60): string {
  if (typeof value === 'string') return JSON.stringify(truncate(value, max));
  // Numbers, lists and blocks are shown as the JSON they are, not as a quoted string.
  // Non-finite numbers as YAML spells them, which is how the leader wrote them.
  if (typeof value === 'number')
    return Number.isFinite(value)
      ? String(value)
      : value > 0
        ? '.inf'
        : value < 0
          ? '-.inf'
          : '.nan';
  return truncate(value === undefined ? 'nothing' : JSON.stringify(value), max);
}

// Made on first use: building a segmenter loads ICU's break rules (about 20 ms at start-up), and
// most runs never shorten a value.
let graphemes: Intl.Segmenter | undefined;

const segmentsOf = (text: string): string[] =>
  Array.from((graphemes ??= new Intl.Segmenter()).segment(text), (part) => part.segment);

/**
 * Shortens text to `max` user-perceived characters by cutting out its middle: the start says what
 * it is, and the end of a link is often what matters (the ID at the end of a profile address).
 * Cuts fall between user-perceived characters, so no emoji or accented letter is split.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  // Only bounded ends are segmented: Node 20's Segmenter takes quadratic time on long text, and
  // no user-perceived character is anywhere near 16 code units long in a group file.
  const bound = max * 16;
  const whole = text.length <= bound;
  const head = segmentsOf(whole ? text : text.slice(0, bound));
  if (whole && head.length <= max) return text;
  // The tail's first segment may be a character cut in two by the slice: it is never kept.
  const tail = whole ? head : segmentsOf(text.slice(-bound)).slice(1);
  const tailLength = Math.floor((max - 1) / 3);
  const kept = tailLength > 0 ? tail.slice(-tailLength) : [];
  return `${head.slice(0, max - 1 - tailLength).join('')}…${kept.join('')}`;
}

/** How a value from YAML is described in a message ("a number", "a list", "empty"), as a phrase. */
export function valueKind(value: unknown): MessageRef {
  if (value === null || value === undefined) return { id: 'value.empty' };
  if (Array.isArray(value)) return { id: 'value.list' };
  if (typeof value === 'object') return { id: 'value.fields' };
  if (typeof value === 'string') return { id: 'value.text' };
  if (typeof value === 'number')
    return { id: Number.isInteger(value) ? 'value.whole-number' : 'value.number' };
  if (typeof value === 'boolean') return { id: 'value.boolean', params: { value: String(value) } };
  return { id: 'value.other', params: { type: typeof value } };
}
