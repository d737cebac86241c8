import {
  CORE_SCHEMA,
  constructFromEvents,
  EVENT_ID,
  parseEvents,
  YAMLException,
  type Event,
} from 'js-yaml';
import type { MessageRef } from '../core/finding.js';
import { say } from '../i18n/findings/index.js';
import { LineIndex, type Position } from './positions.js';
import { packEvents, SourceMap } from './source-map.js';
import { explainYamlError } from './errors.js';

/**
 * Group files are at most four levels deep (root → meetups → meetup → field); the margin
 * leaves room for honest mistakes while 10,000 nested brackets stop at once.
 */
const MAX_DEPTH = 16;

export type YamlResult =
  | { ok: true; data: Record<string, unknown>; map: SourceMap }
  | { ok: false; reason: MessageRef; position: Position };

type Failure = { ok: false; reason: MessageRef; offset: number };

/**
 * Parses one registry file (a group, or the program policy): a single YAML 1.2 document (core schema, so `no` stays a string and
 * dates stay `YYYY-MM-DD` text) whose top level is a mapping. Anchors and aliases are refused:
 * a group file has no use for them, and refusing them defuses alias bombs entirely. `kind`
 * picks what an empty file is told to do.
 */
export function parseYamlMapping(text: string, kind: 'group' | 'policy' = 'group'): YamlResult {
  const result = parse(text, kind);
  return result.ok
    ? result
    : { ok: false, reason: result.reason, position: new LineIndex(text).at(result.offset) };
}

function parse(
  text: string,
  kind: 'group' | 'policy',
): Failure | Extract<YamlResult, { ok: true }> {
  let events: Event[] | undefined;
  let documents: unknown[];
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH });
    documents = constructFromEvents(events, { source: text, schema: CORE_SCHEMA, maxAliases: 0 });
  } catch (error: unknown) {
    return describeParseError(error, text, events);
  }
  if (documents.length > 1) {
    return {
      ok: false,
      reason: say('yaml.several-documents'),
      offset: secondDocumentOffset(events, text),
    };
  }
  if (documents.length === 0 || documents[0] === null || documents[0] === undefined) {
    return { ok: false, reason: say('yaml.empty', { kind }), offset: 0 };
  }
  const data = documents[0];
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      reason: say('yaml.not-a-mapping', { found: Array.isArray(data) ? 'list' : typeof data }),
      offset: firstNodeOffset(events),
    };
  }
  return {
    ok: true,
    data: data as Record<string, unknown>,
    map: new SourceMap(text, packEvents(events)),
  };
}

/**
 * A parse error in plain words. `events` is there when the text parsed and building the data
 * failed (a duplicate key, an alias), so the explanation can name both places involved.
 */
function describeParseError(
  error: unknown,
  text: string,
  events: readonly Event[] | undefined,
): Failure {
  if (error instanceof YAMLException) {
    const { reason, offset } = explainYamlError(
      error.reason,
      error.mark?.position ?? 0,
      text,
      events,
      MAX_DEPTH,
    );
    return { ok: false, reason, offset };
  }
  // js-yaml documents that it may throw other errors on hostile input; none may escape as a crash.
  // Its message is passed on as it is, in English.
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, reason: say('yaml.unreadable', { error: message }), offset: 0 };
}

/**
 * Where the second document begins: its `---` line when there is one after the first document's
 * content, else its own first node (a document that follows `...` needs no `---`).
 */
function secondDocumentOffset(events: readonly Event[], text: string): number {
  const starts: Array<number | undefined> = [];
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) starts.push(undefined);
    else if (starts.length > 0 && starts.at(-1) === undefined) {
      const offset = nodeOffset(event);
      if (offset !== undefined) starts[starts.length - 1] = offset;
    }
    if (starts.length > 2) break;
  }
  const first = starts[0] ?? 0;
  const second = starts[1] ?? text.length;
  const markers = [...text.slice(0, second).matchAll(/^---/gm)].filter(
    (match) => match.index > first || starts[0] === undefined,
  );
  return markers.at(-1)?.index ?? second;
}

function nodeOffset(event: Event): number | undefined {
  if (event.type === EVENT_ID.SCALAR) return event.valueStart >= 0 ? event.valueStart : undefined;
  if (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING) return event.start;
  return undefined;
}

function firstNodeOffset(events: readonly Event[]): number {
  for (const event of events) {
    if (event.type === EVENT_ID.SCALAR) return Math.max(event.valueStart, 0);
    if (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING) return event.start;
  }
  return 0;
}
