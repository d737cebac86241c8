import {
  CORE_SCHEMA,
  EVENT_ID,
  getScalarValue,
  load,
  SCALAR_STYLE,
  type Event,
  type ScalarEvent,
} from 'js-yaml';
import type { MessageRef } from '../core/finding.js';
import { pointer as pointerOf } from '../core/json-pointer.js';
import { quote } from '../core/read.js';
import { say } from '../i18n/findings/index.js';
import { fieldInWords } from '../schema/field-words.js';
import { LineIndex } from './positions.js';

/** A YAML error said for a leader: what is wrong, what to write instead, and where. */
export interface YamlProblem {
  reason: MessageRef;
  /** Where to point: the place to fix, which is not always where the parser gave up. */
  offset: number;
}

/** How a reason of js-yaml's is explained: each kind is one branch of `explainYamlError`. */
export type YamlReasonKind =
  | 'duplicate-key'
  | 'alias'
  | 'too-deep'
  | 'tab'
  | 'complex-key'
  | 'tag'
  | 'anchor'
  | 'alias-name'
  | 'null-byte'
  | 'control-character'
  | 'mapping-indentation'
  | 'sequence-indentation'
  | 'unclosed'
  | 'document-end'
  | 'block-mapping-entry'
  | 'space-after-colon'
  | 'expected-colon'
  | 'escape'
  | 'block-scalar'
  | 'directive';

/**
 * Every reason js-yaml's loader can give (js-yaml 5: its parser's and its constructor's
 * `throwError`, and the core schema's mapping tag), spelt as js-yaml's source spells it, with
 * `…` for what it fills in. Each has our own words in every language; only a reason missing
 * here (a newer js-yaml's) gets `yaml.invalid`, with js-yaml's English quoted as code. A test
 * (errors.test.ts) reads js-yaml's source and keeps this list complete, and makes each reachable
 * reason happen. `unreachable` marks the few our options rule out, each with why.
 */
export const JS_YAML_REASONS: Readonly<Record<string, YamlReasonKind | 'unreachable'>> = {
  // Building the data from the parser's events.
  'duplicated mapping key': 'duplicate-key',
  'object-based map does not support complex keys': 'complex-key',
  'aliases exceeded maxAliases (…)': 'alias',
  'unknown scalar tag !<…>': 'tag',
  'unknown sequence tag !<…>': 'tag',
  'unknown mapping tag !<…>': 'tag',
  'cannot resolve a node with !<…> explicit tag': 'tag',
  // maxAliases is 0, so every alias stops at the limit before it is looked up.
  'unidentified alias "…"': 'unreachable',
  'recursive alias "…" is not supported for tag … because it uses finalize()': 'unreachable',
  // The core schema has no merge tag: `<<` is an ordinary key.
  'merge keys exceeded maxTotalMergeKeys (…)': 'unreachable',
  'abnormal merge sequence size': 'unreachable',
  'cannot merge mappings; the provided source object is unacceptable': 'unreachable',
  // The events come from js-yaml's own parser, which always closes a key with its value.
  'incomplete mapping pair in event stream': 'unreachable',
  // Reading the text.
  'null byte is not allowed in input': 'null-byte',
  'the stream contains non-printable characters': 'control-character',
  'expected valid JSON character': 'control-character',
  'nesting exceeded maxDepth (…)': 'too-deep',
  'tab characters must not be used in indentation': 'tab',
  'duplication of a tag property': 'tag',
  'unexpected end of the stream within a verbatim tag': 'tag',
  'named tag handle cannot contain such characters': 'tag',
  'tag suffix cannot contain exclamation marks': 'tag',
  'tag suffix cannot contain flow indicator characters': 'tag',
  'tag name cannot contain such characters: …': 'tag',
  'undeclared tag handle "…"': 'tag',
  'duplication of an anchor property': 'anchor',
  'name of an anchor node must contain at least one character': 'anchor',
  'alias node should not have any properties': 'alias-name',
  'name of an alias node must contain at least one character': 'alias-name',
  'bad indentation of a mapping entry': 'mapping-indentation',
  'bad indentation of a sequence entry': 'sequence-indentation',
  'deficient indentation': 'unclosed',
  'unexpected end of the document within a single quoted scalar': 'unclosed',
  'unexpected end of the stream within a single quoted scalar': 'unclosed',
  'unexpected end of the document within a double quoted scalar': 'unclosed',
  'unexpected end of the stream within a double quoted scalar': 'unclosed',
  'unexpected end of the stream within a flow collection': 'unclosed',
  'missed comma between flow collection entries': 'unclosed',
  "expected the node content, but found ','": 'unclosed',
  'end of the stream or a document separator is expected': 'document-end',
  'can not read a block mapping entry; a multiline key may not be an implicit key':
    'block-mapping-entry',
  'a whitespace character is expected after the key-value separator within a block mapping':
    'space-after-colon',
  "expected ':' after a mapping key": 'expected-colon',
  'unknown escape sequence': 'escape',
  'expected hexadecimal character': 'escape',
  'repeat of a chomping mode identifier': 'block-scalar',
  'bad explicit indentation width of a block scalar; it cannot be less than one': 'block-scalar',
  'repeat of an indentation width identifier': 'block-scalar',
  'a line break is expected': 'block-scalar',
  'directive name must not be less than one character in length': 'directive',
  'duplication of %YAML directive': 'directive',
  'YAML directive accepts exactly one argument': 'directive',
  'ill-formed argument of the YAML directive': 'directive',
  'unacceptable YAML version of the document': 'directive',
  'TAG directive accepts exactly two arguments': 'directive',
  'ill-formed tag handle (first argument) of the TAG directive': 'directive',
  'there is a previously declared suffix for "…" tag handle': 'directive',
  'ill-formed tag prefix (second argument) of the TAG directive': 'directive',
  'directives end mark is expected': 'directive',
  // The parser's guard against a loop: js-yaml marks it as never reached.
  'can not read a document': 'unreachable',
};

let reasonPatterns: ReadonlyArray<readonly [RegExp, string]> | undefined;

/** The entry of the list above that a js-yaml reason is, if any: `unknown scalar tag !<…>`. */
export function reasonTemplate(reason: string): string | undefined {
  reasonPatterns ??= Object.keys(JS_YAML_REASONS).map((template) => {
    const parts = template.split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return [new RegExp(`^${parts.join('.*')}$`, 's'), template] as const;
  });
  return reasonPatterns.find(([pattern]) => pattern.test(reason))?.[1];
}

/** How a js-yaml reason is explained; undefined for one the list does not hold. */
export function reasonKind(reason: string): YamlReasonKind | undefined {
  const template = reasonTemplate(reason);
  const kind = template === undefined ? undefined : JS_YAML_REASONS[template];
  return kind === 'unreachable' ? undefined : kind;
}

/**
 * Turns one of js-yaml's terse reasons into what a leader can act on. The parser stops where it
 * can no longer read the file, which is often after the mistake (an unclosed quote is noticed on
 * a later line, a missing space after a colon on the next one), so each explanation looks at the
 * source around that place for the mistake leaders make, and points at it.
 */
export function explainYamlError(
  reason: string,
  offset: number,
  text: string,
  events: readonly Event[] | undefined,
  maxDepth: number,
): YamlProblem {
  const source = new Source(text);
  const at = (explained: MessageRef, where = offset): YamlProblem => ({
    reason: explained,
    offset: where,
  });
  switch (reasonKind(reason)) {
    case 'duplicate-key':
      return duplicateKey(source, offset, events);
    case 'alias': {
      const entry = source.entryAt(offset);
      return at(
        entry?.value.startsWith('*') === true && offset >= entry.valueStart
          ? say('yaml.alias-text', { fix: entry.quoted() })
          : say('yaml.alias'),
      );
    }
    case 'too-deep':
      return at(say('yaml.too-deep', { max: maxDepth }));
    case 'tab':
      return at(say('yaml.tab'));
    case 'complex-key':
      return at(say('yaml.complex-key'));
    case 'tag':
      return tag(source, offset);
    case 'null-byte':
      return at(say('yaml.null-byte'));
    case 'control-character':
      return at(say('yaml.control-character'));
    case 'mapping-indentation':
      return mappingEntry(source, offset);
    case 'sequence-indentation':
      return at(
        /^\s*-(?:\s|$)/.test(source.lineAt(offset).text)
          ? say('yaml.list-item-out-of-line')
          : notLinedUp(source, offset).reason,
        lineContent(source, offset),
      );
    case 'unclosed':
      return unclosed(source, offset) ?? at(say('yaml.not-lined-up-quotes'));
    case 'document-end':
      return missingSpace(source, offset, 'at or before') ?? at(say('yaml.not-readable-quotes'));
    case 'block-mapping-entry':
      return (
        missingSpace(source, offset, 'before') ??
        missingColon(source, offset) ??
        at(say('yaml.not-readable'))
      );
    case 'space-after-colon':
      return missingSpace(source, offset, 'at or before') ?? at(say('yaml.no-space'));
    case 'expected-colon':
      return missingSpace(source, offset, 'at or before') ?? at(say('yaml.expected-colon'));
    case 'escape':
      return at(say('yaml.escape'));
    case 'block-scalar':
      return blockScalar(source, offset) ?? at(say('yaml.not-readable-quotes'));
    case 'anchor':
    case 'alias-name':
      return (
        valueProblem(source, offset) ??
        at(
          reasonKind(reason) === 'anchor' ? say('yaml.anchor') : say('yaml.star'),
          Math.max(0, offset - 1),
        )
      );
    case 'directive':
      return directive(source, offset);
    case undefined:
      // A reason the list does not hold (a newer js-yaml's): its own words, quoted as code.
      return at(say('yaml.invalid', { reason }));
  }
}

/** `|` or `>` written where YAML expects the header of a block of text. */
function blockScalar(source: Source, offset: number): YamlProblem | undefined {
  const entry = source.entryAt(offset);
  if (entry !== undefined && /^[|>]/.test(entry.value)) {
    return {
      reason: say('yaml.block-value', { sign: entry.value.charAt(0), fix: entry.quoted() }),
      offset: entry.valueStart,
    };
  }
  const { start, text: line } = source.lineAt(offset);
  const marker = Math.max(
    line.lastIndexOf('|', offset - start),
    line.lastIndexOf('>', offset - start),
  );
  return marker === -1
    ? undefined
    : { reason: say('yaml.block-marker', { sign: line.charAt(marker) }), offset: start + marker };
}

/** A `%` line before the fields, which YAML reads as an instruction to itself (a directive). */
function directive(source: Source, offset: number): YamlProblem {
  const before = source.text.slice(
    0,
    source.lineAt(offset).start + source.lineAt(offset).text.length,
  );
  const lines = [...before.matchAll(/^%/gm)];
  return { reason: say('yaml.directive'), offset: lines.at(-1)?.index ?? offset };
}

/** One `key: value` line (or list item `- key: value`), as the leader wrote it. */
interface Entry {
  key: string;
  /** The value as written, without a trailing comment. */
  value: string;
  valueStart: number;
  /** The whole value in quotes: `title: "Azure: the good parts"`. */
  quoted(): string;
}

/** The text around an offset: its line, and the `key: value` entry on it. */
class Source {
  private readonly index: LineIndex;

  constructor(readonly text: string) {
    this.index = new LineIndex(text);
  }

  line(offset: number): number {
    return this.index.at(offset).line;
  }

  lineAt(offset: number): { start: number; text: string } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const start = lastBreak(this.text, clamped);
    let end = clamped;
    while (end < this.text.length && !isBreak(this.text.charCodeAt(end))) end++;
    return { start, text: this.text.slice(start, end) };
  }

  /** The line before the one holding `offset`, or undefined on the first line. */
  previousLine(offset: number): { start: number; text: string } | undefined {
    const { start } = this.lineAt(offset);
    if (start === 0) return undefined;
    const breakLength = this.text.slice(0, start).endsWith('\r\n') ? 2 : 1;
    return this.lineAt(start - breakLength);
  }

  entryAt(offset: number): Entry | undefined {
    const { start, text } = this.lineAt(offset);
    return parseEntry(text, start);
  }
}

function lastBreak(text: string, offset: number): number {
  for (let i = offset - 1; i >= 0; i--) if (isBreak(text.charCodeAt(i))) return i + 1;
  return 0;
}

function isBreak(char: number): boolean {
  return char === 0x0a || char === 0x0d;
}

/**
 * Lines longer than this are not taken apart: no field line of a group file is near it, and
 * the patterns below may take time in the square of a line's length.
 */
const MAX_ENTRY_LINE = 1000;

const ENTRY =
  /^(\s*(?:-\s+)?)("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#"'\-?:,[\]{}][^#]*?)\s*:(?:\s+|$)/;

function parseEntry(line: string, lineStart: number): Entry | undefined {
  if (line.length > MAX_ENTRY_LINE) return undefined;
  const match = ENTRY.exec(line);
  if (match === null) return undefined;
  const key = match[2] ?? '';
  const rest = line.slice(match[0].length);
  // A comment starts at a # after a space, outside quotes; a plain value has no quotes to skip.
  const comment = /^["']/.test(rest) ? -1 : rest.search(/\s#/);
  const value = (comment === -1 ? rest : rest.slice(0, comment)).trimEnd();
  const kept = comment === -1 ? '' : ` ${rest.slice(comment).trim()}`;
  return {
    key,
    value,
    valueStart: lineStart + match[0].length,
    quoted: () => `${key}: ${quoteValue(value)}${kept}`,
  };
}

/** A value in quotes that YAML reads back as written: double quotes, or single when it has some. */
function quoteValue(value: string): string {
  if (!value.includes('"') && !value.includes('\\')) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * "bad indentation of a mapping entry": js-yaml read a line as `key: value` and then found more
 * where a line should end. Past the value's start that is the value's fault (a `: ` inside it, a
 * quote that ends early, a character YAML reserves); before it, the line's indentation.
 */
function mappingEntry(source: Source, offset: number): YamlProblem {
  const { start, text: line } = source.lineAt(offset);
  const bullet = /^\s*\*\s/.exec(line);
  if (bullet !== null) {
    return { reason: say('yaml.star'), offset: start + bullet[0].indexOf('*') };
  }
  return (
    valueProblem(source, offset) ??
    missingSpace(source, offset, 'before') ??
    missingColon(source, offset, true) ??
    notLinedUp(source, offset)
  );
}

/** A line indented unlike its block: says at which column it starts, and the line above. */
function notLinedUp(source: Source, offset: number): YamlProblem {
  const here = lineContent(source, offset);
  let above = source.previousLine(here);
  while (above !== undefined && /^\s*(?:#.*)?$/.test(above.text))
    above = source.previousLine(above.start);
  const column = here - source.lineAt(here).start + 1;
  const aboveColumn =
    above === undefined ? column : lineContent(source, above.start) - above.start + 1;
  return {
    reason:
      aboveColumn === column
        ? say('yaml.not-lined-up')
        : say('yaml.not-lined-up-columns', { column, above: aboveColumn }),
    offset: here,
  };
}

/** Where the line holding `offset` starts after its indentation: where to fix an indentation. */
function lineContent(source: Source, offset: number): number {
  const { start, text } = source.lineAt(offset);
  return start + (/^[ \t]*/.exec(text)?.[0].length ?? 0);
}

function valueProblem(source: Source, offset: number): YamlProblem | undefined {
  const entry = source.entryAt(offset);
  if (entry === undefined || offset < entry.valueStart || entry.value === '') return undefined;
  const { key, value } = entry;
  const field = fieldName(key);
  const fix = entry.quoted();
  const advice =
    fix.length <= 120 ? say('yaml.quote-value', { fix }) : say('yaml.quote-value-long');
  const problem = (reason: MessageRef): YamlProblem => ({ reason, offset: entry.valueStart });
  const first = value.charAt(0);
  if (first === '"' || first === "'") {
    return problem(say('yaml.value-quote-ends-early', { field, advice }));
  }
  if (first === '[' || first === '{') {
    const kind = first === '[' ? 'list' : 'fields';
    return problem(say('yaml.value-flow', { field, first, kind, advice }));
  }
  // Characters YAML reserves at the start of a plain value; `-` and `?` only before a space.
  if (/^[@`%!&*|>]|^[-?](?:\s|$)/.test(value)) {
    return problem(say('yaml.value-reserved', { field, first, advice }));
  }
  if (/:(?:\s|$)/.test(value)) {
    const colon = value.endsWith(':') ? 'end' : 'inside';
    return problem(say('yaml.value-colon', { field, colon, advice }));
  }
  return problem(say('yaml.value-unreadable', { field, advice }));
}

/** A key as messages name it: quoted once, whether or not the leader quoted it. */
function fieldName(key: string): string {
  return /^["']/.test(key) ? key.replace(/^'(.*)'$/, '"$1"') : quote(key);
}

/**
 * A quote, `[` or `{` that opens a value and is never closed: js-yaml reads on into the next
 * lines and stops where the indentation no longer fits. Points at the opening character.
 */
function unclosed(source: Source, offset: number): YamlProblem | undefined {
  let line: { start: number; text: string } | undefined = source.lineAt(offset);
  for (let looked = 0; line !== undefined && looked < 200; looked++) {
    const entry = parseEntry(line.text, line.start) ?? listItem(line.text, line.start);
    const opener = entry?.value.charAt(0) ?? '';
    if (
      entry !== undefined &&
      opener !== '' &&
      `"'[{`.includes(opener) &&
      entry.valueStart < offset &&
      // Closed on its own line, as nearly every value is, or else somewhere before the error.
      !closes(opener, entry.value.slice(1)) &&
      !closes(opener, source.text.slice(entry.valueStart + 1, offset + 1))
    ) {
      // A list item's value has no field to name: it is "this value".
      const of = entry.key === '' ? 'item' : 'field';
      const field = entry.key === '' ? '' : fieldName(entry.key);
      if (opener === '"' || opener === "'") {
        return {
          reason: say('yaml.unclosed-quote', { of, field, opener }),
          offset: entry.valueStart,
        };
      }
      const [kind, closer] = opener === '[' ? ['list', ']'] : ['fields', '}'];
      const fix = entry.key === '' ? `"${entry.value}"` : entry.quoted();
      return {
        reason: say('yaml.unclosed-flow', { of, field, opener, kind, closer, fix }),
        offset: entry.valueStart,
      };
    }
    line = source.previousLine(line.start);
  }
  return undefined;
}

/** `- "value` on its own: a list item whose value is not a field. */
function listItem(line: string, lineStart: number): Entry | undefined {
  if (line.length > MAX_ENTRY_LINE) return undefined;
  const match = /^(\s*-\s+)(.*?)\s*$/.exec(line);
  if (match === null) return undefined;
  const value = match[2] ?? '';
  return {
    key: '',
    value,
    valueStart: lineStart + (match[1]?.length ?? 0),
    quoted: () => quoteValue(value),
  };
}

/** Whether the text after an opening character holds its closing one. */
function closes(opener: string, after: string): boolean {
  if (opener === '"') return /(?:^|[^\\])(?:\\\\)*"/.test(after);
  if (opener === "'") return /'(?!')/.test(after.replaceAll("''", ''));
  const closer = opener === '[' ? ']' : '}';
  let depth = 1;
  let quoteChar: string | undefined;
  for (const char of after) {
    if (quoteChar !== undefined) {
      if (char === quoteChar) quoteChar = undefined;
    } else if (char === '"' || char === "'") quoteChar = char;
    else if (char === opener) depth++;
    else if (char === closer && --depth === 0) return true;
  }
  return false;
}

/** `name:value`, a field without a space after its colon, which YAML reads as plain text. */
const NO_SPACE_AFTER_COLON = /^(\s*(?:-\s+)?)([A-Za-z_$][\w$.-]*):(?=[^\s/:])(.*)$/;

/**
 * A field written `name:value` on the line of `offset` or just before it: YAML reads the whole
 * line as text, and notices only on a later line that the block does not fit.
 */
function missingSpace(
  source: Source,
  offset: number,
  where: 'at or before' | 'before',
): YamlProblem | undefined {
  const here = source.lineAt(offset);
  const lines = where === 'at or before' ? [here] : [];
  let previous = source.previousLine(here.start);
  while (previous !== undefined && /^\s*(?:#.*)?$/.test(previous.text))
    previous = source.previousLine(previous.start);
  if (previous !== undefined) lines.push(previous);
  for (const line of lines) {
    const match = NO_SPACE_AFTER_COLON.exec(line.text);
    if (match === null) continue;
    const [, indent = '', key = '', value = ''] = match;
    return {
      reason: say('yaml.no-space-after-colon', {
        written: quote(`${key}:${value.trim()}`),
        fix: `${key}: ${value.trim()}`,
      }),
      offset: line.start + indent.length,
    };
  }
  return undefined;
}

/** A line with a field name but no colon, just before where YAML stopped. */
function missingColon(source: Source, offset: number, aligned = false): YamlProblem | undefined {
  let previous = source.previousLine(offset);
  while (previous !== undefined && /^\s*(?:#.*)?$/.test(previous.text))
    previous = source.previousLine(previous.start);
  if (previous === undefined || previous.text.length > MAX_ENTRY_LINE) return undefined;
  const written = previous.text.replace(/\s#.*$/, '');
  // A line in quotes or brackets is some other mistake.
  if (written.includes(':') || /^\s*(?:-\s+)?["'[{]/.test(written)) return undefined;
  if (aligned) {
    // Next to a misaligned field only a line at the same indentation can be the field meant;
    // a deeper one continues a value, and a list item of text needs no colon.
    const indentOf = (text: string): number => /^\s*/.exec(text)?.[0].length ?? 0;
    if (/^\s*-(?:\s|$)/.test(written)) return undefined;
    if (indentOf(written) !== indentOf(source.lineAt(offset).text)) return undefined;
  }
  const indent = /^\s*(?:-\s+)?/.exec(previous.text)?.[0].length ?? 0;
  return {
    reason: say('yaml.no-colon', {
      line: source.line(previous.start),
      text: quote(previous.text.trim()),
      // The colon is there, after a " #" that made the rest of the line a comment.
      comment: previous.text.includes(':') ? 'yes' : 'no',
    }),
    offset: previous.start + indent,
  };
}

/** An unknown `!tag`: in a group file, a value that starts with `!` was meant as text. */
function tag(source: Source, offset: number): YamlProblem {
  const entry = source.entryAt(offset);
  return {
    reason:
      entry !== undefined && entry.value.startsWith('!') && offset >= entry.valueStart
        ? say('yaml.tag-text', { fix: entry.quoted() })
        : say('yaml.tag'),
    offset,
  };
}

interface Frame {
  kind: 'mapping' | 'sequence';
  pointer: string;
  index: number;
  /** Keys seen so far: their identity (as the parsed data holds them) and where each starts. */
  keys: Map<string, number>;
  pendingKey: string | undefined;
}

/**
 * A key written twice in one block: named, with the line of its first occurrence and the block
 * it is in. The parser's events are complete here (the error comes from building the data), so
 * the walk finds both.
 */
function duplicateKey(
  source: Source,
  offset: number,
  events: readonly Event[] | undefined,
): YamlProblem {
  const found = events === undefined ? undefined : findDuplicate(source.text, events, offset);
  if (found === undefined) return { reason: say('yaml.duplicate-key-here'), offset };
  const within = found.container === '' ? 'top' : /\/\d+$/.test(found.container) ? 'item' : 'block';
  return {
    reason: say('yaml.duplicate-key', {
      key: quote(found.key),
      within,
      ...(found.container === '' ? {} : { place: fieldInWords(found.container) }),
      line: source.line(found.first),
    }),
    offset: found.second,
  };
}

function findDuplicate(
  text: string,
  events: readonly Event[],
  offset: number,
): { key: string; container: string; first: number; second: number } | undefined {
  const stack: Frame[] = [];
  const enter = (kind: Frame['kind'], pointer: string): void => {
    stack.push({ kind, pointer, index: 0, keys: new Map(), pendingKey: undefined });
  };
  /** The pointer of the node being opened, and marks a mapping value as taken. */
  const childPointer = (): string => {
    const top = stack.at(-1);
    if (top === undefined) return '';
    if (top.kind === 'sequence') return `${top.pointer}/${String(top.index++)}`;
    const key = top.pendingKey ?? '';
    top.pendingKey = undefined;
    return `${top.pointer}${pointerOf(key)}`;
  };
  for (const event of events) {
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      const top = stack.at(-1);
      if (top?.kind === 'mapping' && top.pendingKey === undefined) return undefined; // a complex key
      enter(event.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence', childPointer());
    } else if (event.type === EVENT_ID.POP) {
      stack.pop();
    } else if (event.type === EVENT_ID.SCALAR || event.type === EVENT_ID.ALIAS) {
      const top = stack.at(-1);
      if (
        top?.kind === 'mapping' &&
        top.pendingKey === undefined &&
        event.type === EVENT_ID.SCALAR
      ) {
        const key = keyIdentity(text, event);
        const start = keyStart(event);
        const first = top.keys.get(key);
        if (first !== undefined && eventPosition(event) === offset) {
          return { key, container: top.pointer, first, second: start };
        }
        if (first === undefined) top.keys.set(key, start);
        top.pendingKey = key;
      } else {
        childPointer();
      }
    }
  }
  return undefined;
}

/** A key as the parsed data holds it: `07` and `7` are one key, `"7"` too; `~` is `null`. */
function keyIdentity(text: string, event: ScalarEvent): string {
  const value = getScalarValue(text, event);
  if (event.style !== SCALAR_STYLE.PLAIN) return value;
  try {
    const loaded: unknown = load(value, { schema: CORE_SCHEMA });
    // An empty key is null, and a null key is the property "null", as in the parsed data.
    if (loaded === null || loaded === undefined) return 'null';
    return typeof loaded === 'number' || typeof loaded === 'boolean' ? String(loaded) : value;
  } catch {
    return value;
  }
}

/** Where a key starts as the leader sees it: at its opening quote, when it has one. */
function keyStart(event: ScalarEvent): number {
  const quoted =
    event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
  const start = eventPosition(event);
  return quoted && start === event.valueStart && start > 0 ? start - 1 : start;
}

/** Where js-yaml places a node in its errors: its tag, else its anchor, else its value. */
function eventPosition(event: ScalarEvent): number {
  if (event.tagStart >= 0) return event.tagStart;
  if (event.anchorStart >= 0) return event.anchorStart;
  return event.valueStart;
}
