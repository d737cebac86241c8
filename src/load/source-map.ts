import { EVENT_ID, getScalarValue, SCALAR_STYLE, type Event } from 'js-yaml';
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
  pointer: string;
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

  /**
   * Keeps only the text: a registry of thousands of clean files would otherwise hold every
   * file's parser events. `events` parses it again, once, for the few files that need a location.
   */
  constructor(
    private readonly text: string,
    private readonly events: () => readonly Event[],
  ) {
    this.lines = new LineIndex(text);
  }

  /**
   * The position of the node at `pointer`: its value, or its key when `target` is 'key'. A node
   * that does not exist (a missing field) resolves to its nearest existing ancestor's key, the
   * line where the leader would add it.
   */
  locate(pointer: string, target: 'key' | 'value' = 'value'): Position {
    const exact = this.node(pointer);
    if (exact) return this.lines.at(target === 'key' ? (exact.key ?? exact.value) : exact.value);
    let parent = pointer;
    while (parent !== '') {
      parent = parentPointer(parent);
      const found = this.node(parent);
      if (found) return this.lines.at(found.key ?? found.value);
    }
    return { line: 1, column: 1 };
  }

  /**
   * The line a node starts on (its key's line, for a field), or undefined when the file has no
   * such node: for naming another place in a message, `the 2nd meetup (line 30)`.
   */
  lineOf(pointer: string): number | undefined {
    const found = this.node(pointer);
    return found === undefined ? undefined : this.lines.at(found.key ?? found.value).line;
  }

  private node(pointer: string): NodeOffsets | undefined {
    return (this.nodes ??= indexNodes(this.text, this.events())).get(pointer);
  }
}

/** A key as a pointer segment; almost every key has neither `~` nor `/`, and is its own segment. */
function segmentOf(key: string): string {
  return key.includes('~') || key.includes('/') ? escapeSegment(key) : key;
}

/**
 * One pass over the events, recording where each node and each mapping key starts. Only files
 * that constructed cleanly get here, so every key is a plain scalar and there are no aliases.
 * Runs for every file with a finding: no closure or object per event beyond the map's entries.
 */
function indexNodes(text: string, events: readonly Event[]): Map<string, NodeOffsets> {
  const nodes = new Map<string, NodeOffsets>();
  const stack: Frame[] = [];

  /**
   * Records a node starting at `offset`; returns its pointer, or undefined when it is a key (its
   * text is then `key`, or read from `event` when that is a scalar).
   */
  const place = (offset: number, event: Event | undefined): string | undefined => {
    const top = stack.at(-1);
    if (!top) {
      nodes.set('', { value: Math.max(offset, 0) });
      return '';
    }
    if (top.kind === 'sequence') {
      const pointer = `${top.pointer}/${top.index++}`;
      nodes.set(pointer, { value: offset >= 0 ? offset : top.offset });
      return pointer;
    }
    if (top.pendingKey === undefined) {
      top.pendingKey = event?.type === EVENT_ID.SCALAR ? getScalarValue(text, event) : '';
      top.pendingKeyOffset = offset;
      return undefined;
    }
    const pointer = `${top.pointer}/${segmentOf(top.pendingKey)}`;
    nodes.set(pointer, {
      key: top.pendingKeyOffset,
      value: offset >= 0 ? offset : top.pendingKeyOffset,
    });
    top.pendingKey = undefined;
    return pointer;
  };

  for (const event of events) {
    if (event.type === EVENT_ID.SCALAR) {
      // A quoted value starts at its quote, where the leader sees it begin.
      const quoted =
        event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
      place(quoted && event.valueStart > 0 ? event.valueStart - 1 : event.valueStart, event);
    } else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      const pointer = place(event.start, undefined) ?? '';
      stack.push({
        kind: event.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence',
        pointer,
        offset: event.start,
        index: 0,
        pendingKey: undefined,
        pendingKeyOffset: -1,
      });
    } else if (event.type === EVENT_ID.POP) {
      stack.pop();
    } else if (event.type === EVENT_ID.DOCUMENT && nodes.size > 0) {
      // Only the first document is ever located; later ones were refused before any lookup.
      return nodes;
    }
  }
  return nodes;
}
