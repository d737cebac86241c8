import {
  COLLECTION_STYLE,
  EVENT_ID,
  getScalarValue,
  parseEvents,
  SCALAR_STYLE,
  type Event,
  type ScalarEvent,
} from 'js-yaml';

/**
 * The pieces for editing a YAML file's text in place (tgr sync's meetups, tgr identify's account
 * ids): the tree of a file's nodes with the offsets of their source, and edits spliced into the
 * text, so that comments, key order, quoting, blank lines and line endings elsewhere stay byte for
 * byte. Each feature checks that its edited text parses to exactly the data it meant.
 */

export interface Scalar {
  kind: 'scalar';
  event: ScalarEvent;
}
export interface Collection {
  kind: 'mapping' | 'sequence';
  start: number;
  flow: boolean;
  children: Node[];
}
export type Node = Scalar | Collection;

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** An edit the caller cannot make exactly: its message says why, and nothing is changed. */
export class EditError extends Error {}

/** The text with every edit made; edits must not overlap. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let result = text;
  for (const { start, end, text: insert } of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + insert + result.slice(end);
  }
  return result;
}

/** The file's root mapping, each node with where its source starts; aliases are refused. */
export function buildTree(text: string): Collection {
  const events: Event[] = parseEvents(text, { maxDepth: 16 });
  const stack: Collection[] = [];
  let root: Collection | undefined;
  for (const event of events) {
    if (event.type === EVENT_ID.SCALAR) {
      stack.at(-1)?.children.push({ kind: 'scalar', event });
    } else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      const node: Collection = {
        kind: event.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence',
        start: event.start,
        flow: event.style === COLLECTION_STYLE.FLOW,
        children: [],
      };
      const parent = stack.at(-1);
      if (parent) parent.children.push(node);
      else root ??= node;
      stack.push(node);
    } else if (event.type === EVENT_ID.POP) {
      stack.pop();
    } else if (event.type === EVENT_ID.ALIAS) {
      throw new EditError('the file uses aliases');
    }
  }
  if (root?.kind !== 'mapping') throw new EditError('the file is not a mapping');
  return root;
}

/** The key and value of `key` in a mapping, if it has that key. */
export function entryOf(
  text: string,
  mapping: Collection,
  key: string,
): { key: Scalar; value: Node } | undefined {
  for (let i = 0; i + 1 < mapping.children.length; i += 2) {
    const keyNode = mapping.children[i];
    const value = mapping.children[i + 1];
    if (keyNode?.kind !== 'scalar' || value === undefined) continue;
    if (getScalarValue(text, keyNode.event) === key) return { key: keyNode, value };
  }
  return undefined;
}

/** Where a scalar's source starts and ends, its quotes included. */
export function scalarRange(event: ScalarEvent): { start: number; end: number } {
  const quoted =
    event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
  return quoted
    ? { start: event.valueStart - 1, end: event.valueEnd + 1 }
    : { start: event.valueStart, end: event.valueEnd };
}

/** The end of a node's source: its last scalar's end (past a closing quote or bracket in flow). */
export function nodeEnd(text: string, node: Node): number {
  if (node.kind === 'scalar') {
    return node.event.valueStart < 0 ? -1 : scalarRange(node.event).end;
  }
  let end = node.start;
  for (const child of node.children) end = Math.max(end, nodeEnd(text, child));
  if (node.flow) {
    const close = closingBracket(text, end, node.kind === 'mapping' ? '}' : ']');
    return close + 1;
  }
  return end;
}

/** The closing bracket after `from`, past spaces, commas, line breaks and comments only. */
export function closingBracket(text: string, from: number, bracket: '}' | ']'): number {
  let i = from;
  while (i < text.length) {
    const ch = text[i];
    if (ch === bracket) return i;
    if (ch === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (ch !== ' ' && ch !== '\t' && ch !== '\r' && ch !== '\n' && ch !== ',') break;
    i++;
  }
  throw new EditError(`no closing ${bracket} where expected`);
}

/** The offset of the line break ending the line that holds `offset` (before a CR), or the end. */
export function lineEndAfter(text: string, offset: number): number {
  const newline = text.indexOf('\n', Math.max(offset, 0));
  if (newline === -1) return text.length;
  return newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline;
}

export function columnOf(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return offset - lineStart;
}
