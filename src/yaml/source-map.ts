import {
  EVENT_ID,
  getScalarValue,
  SCALAR_STYLE,
  type ChompingMode,
  type Event,
  type ScalarStyle,
} from 'js-yaml';
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
   * Keeps the text and the parser's events packed into numbers (`packEvents`): a registry of
   * thousands of clean files would otherwise hold every file's event objects, and parsing a file
   * again for its locations would cost as much as the first parse.
   */
  constructor(
    private readonly text: string,
    private readonly events: PackedEvents,
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
    return (this.nodes ??= indexNodes(this.text, this.events)).get(pointer);
  }
}

/**
 * The parser's events, four numbers each: the type with a scalar's style, chomping and `fast`
 * flag; where the node starts (a scalar's value, a collection's first character); where a scalar's
 * value ends; a block scalar's indent. Everything `indexNodes` and `getScalarValue` read, in a
 * typed array the garbage collector never walks.
 */
export type PackedEvents = Int32Array;

const SLOTS = 4;

export function packEvents(events: readonly Event[]): PackedEvents {
  const packed = new Int32Array(events.length * SLOTS);
  let at = 0;
  for (const event of events) {
    if (event.type === EVENT_ID.SCALAR) {
      packed[at] =
        event.type | (event.style << 4) | (event.chomping << 8) | (event.fast ? 1 << 12 : 0);
      packed[at + 1] = event.valueStart;
      packed[at + 2] = event.valueEnd;
      packed[at + 3] = event.indent;
    } else {
      packed[at] = event.type;
      if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE)
        packed[at + 1] = event.start;
    }
    at += SLOTS;
  }
  return packed;
}

/** A scalar event as `getScalarValue` reads it, from its packed numbers at `at`. */
function scalarAt(events: PackedEvents, at: number): Parameters<typeof getScalarValue>[1] {
  const head = events[at] ?? 0;
  return {
    type: EVENT_ID.SCALAR,
    valueStart: events[at + 1] ?? -1,
    valueEnd: events[at + 2] ?? -1,
    anchorStart: -1,
    anchorEnd: -1,
    tagStart: -1,
    tagEnd: -1,
    style: ((head >> 4) & 15) as ScalarStyle,
    chomping: ((head >> 8) & 15) as ChompingMode,
    indent: events[at + 3] ?? 0,
    fast: (head & (1 << 12)) !== 0,
  };
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
function indexNodes(text: string, events: PackedEvents): Map<string, NodeOffsets> {
  const nodes = new Map<string, NodeOffsets>();
  const stack: Frame[] = [];

  /**
   * Records a node starting at `offset`; returns its pointer, or undefined when it is a key (its
   * text is then read from the scalar event at `scalar`, or '' when the key is not a scalar).
   */
  const place = (offset: number, scalar: number): string | undefined => {
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
      top.pendingKey = scalar >= 0 ? getScalarValue(text, scalarAt(events, scalar)) : '';
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

  for (let at = 0; at < events.length; at += SLOTS) {
    const head = events[at] ?? 0;
    const type = head & 15;
    if (type === EVENT_ID.SCALAR) {
      // A quoted value starts at its quote, where the leader sees it begin.
      const style = (head >> 4) & 15;
      const valueStart = events[at + 1] ?? -1;
      const quoted = style === SCALAR_STYLE.SINGLE_QUOTED || style === SCALAR_STYLE.DOUBLE_QUOTED;
      place(quoted && valueStart > 0 ? valueStart - 1 : valueStart, at);
    } else if (type === EVENT_ID.MAPPING || type === EVENT_ID.SEQUENCE) {
      const start = events[at + 1] ?? 0;
      const pointer = place(start, -1) ?? '';
      stack.push({
        kind: type === EVENT_ID.MAPPING ? 'mapping' : 'sequence',
        pointer,
        offset: start,
        index: 0,
        pendingKey: undefined,
        pendingKeyOffset: -1,
      });
    } else if (type === EVENT_ID.POP) {
      stack.pop();
    } else if (type === EVENT_ID.DOCUMENT && nodes.size > 0) {
      // Only the first document is ever located; later ones were refused before any lookup.
      return nodes;
    }
  }
  return nodes;
}
