import { EVENT_ID, getScalarValue, type Event } from 'js-yaml';
import { escapeSegment, parentPointer } from '../core/json-pointer.js';
import { LineIndex, type Position } from './positions.js';

interface NodeOffsets {
  /** Where the node's key starts, for a mapping value. */
  key?: number;
  /** Where the node itself starts. */
  value: number;
}

interface Frame {
  kind: 'mapping' | 'sequence';
  /** JSON pointer of the collection; null inside a complex (non-scalar) key, which has none. */
  pointer: string | null;
  offset: number;
  index: number;
  pendingKey: string | undefined;
  pendingKeyOffset: number;
}

/**
 * Finds where a JSON pointer's node sits in the YAML source. Built from the parser's events on
 * the first lookup only: a clean file never pays for it.
 */
export class SourceMap {
  private nodes: Map<string, NodeOffsets> | undefined;
  private readonly lines: LineIndex;

  constructor(
    private readonly text: string,
    private readonly events: readonly Event[],
  ) {
    this.lines = new LineIndex(text);
  }

  /**
   * The position of the node at `pointer`: its value, or its key when `target` is 'key'. A node
   * that does not exist (a missing field) resolves to its nearest existing ancestor's key, the
   * line where the leader would add it.
   */
  locate(pointer: string, target: 'key' | 'value' = 'value'): Position {
    const nodes = (this.nodes ??= indexNodes(this.text, this.events));
    const exact = nodes.get(pointer);
    if (exact) return this.lines.at(target === 'key' ? (exact.key ?? exact.value) : exact.value);
    let parent = pointer;
    while (parent !== '') {
      parent = parentPointer(parent);
      const found = nodes.get(parent);
      if (found) return this.lines.at(found.key ?? found.value);
    }
    return { line: 1, column: 1 };
  }
}

function indexNodes(text: string, events: readonly Event[]): Map<string, NodeOffsets> {
  const nodes = new Map<string, NodeOffsets>();
  const stack: Frame[] = [];

  /** Records a node that starts at `offset`; returns its pointer, or null for a key or unreachable node. */
  const place = (offset: number, scalarKey: () => string): string | null => {
    const top = stack.at(-1);
    if (!top) {
      nodes.set('', { value: Math.max(offset, 0) });
      return '';
    }
    if (top.kind === 'sequence') {
      const pointer = top.pointer === null ? null : `${top.pointer}/${top.index}`;
      top.index++;
      if (pointer !== null) nodes.set(pointer, { value: offset >= 0 ? offset : top.offset });
      return pointer;
    }
    if (top.pendingKey === undefined) {
      top.pendingKey = scalarKey();
      top.pendingKeyOffset = offset;
      return null;
    }
    const pointer =
      top.pointer === null || top.pendingKey === COMPLEX_KEY
        ? null
        : `${top.pointer}/${escapeSegment(top.pendingKey)}`;
    if (pointer !== null) {
      nodes.set(pointer, {
        key: top.pendingKeyOffset,
        value: offset >= 0 ? offset : top.pendingKeyOffset,
      });
    }
    top.pendingKey = undefined;
    return pointer;
  };

  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.SCALAR:
        place(event.valueStart, () => getScalarValue(text, event));
        break;
      case EVENT_ID.ALIAS:
        place(event.anchorStart - 1, () => COMPLEX_KEY);
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const top = stack.at(-1);
        const isKey = top?.kind === 'mapping' && top.pendingKey === undefined;
        const pointer = place(event.start, () => COMPLEX_KEY);
        stack.push({
          kind: event.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence',
          pointer: isKey || (top !== undefined && pointer === null) ? null : pointer,
          offset: event.start,
          index: 0,
          pendingKey: undefined,
          pendingKeyOffset: -1,
        });
        break;
      }
      case EVENT_ID.POP:
        stack.pop();
        break;
      case EVENT_ID.DOCUMENT:
        // Only the first document is ever located; later ones were refused before any lookup.
        if (nodes.size > 0) return nodes;
        break;
    }
  }
  return nodes;
}

/** Stands in for a key that is not a plain scalar; no pointer can name what sits under it. */
const COMPLEX_KEY = '\u0000complex-key';
