import type { MessageParam, MessageParams, MessageRef } from '../core/finding.js';
import {
  escapeSegment,
  lastSegment,
  parentPointer,
  unescapeSegment,
} from '../core/json-pointer.js';
import { quote, valueKind } from '../core/read.js';
import { listOf, say } from '../i18n/findings/index.js';
import { fieldInWords } from './field-words.js';
import type { SchemaIssue } from './schemas.js';

/** The file a schema issue was found in, as messages name it. */
export interface SchemaDocument {
  /** `a group file`, `the program policy`: what the top level is a field of. */
  name: MessageRef;
  /** The whole file's schema, for a field's examples and the fields a block allows. */
  schema: unknown;
  /** The parsed file, to quote the value at fault and tell list items from fields. */
  data: unknown;
  /**
   * What the schema's node at `pointer` (a JSON pointer into `schema`) is for, as a message
   * quotes it; undefined when the node has no description.
   */
  describe(pointer: string): MessageParam | undefined;
}

/**
 * A schema issue as one sentence or two for a leader: which field in words (`"date" of the 8th
 * meetup`), what is wrong with it, and what to write instead.
 */
export function explainSchemaIssue(issue: SchemaIssue, document: SchemaDocument): MessageRef {
  const { data } = document;
  const subject = fieldInWords(issue.pointer, { data });
  const parentPath = parentPointer(issue.pointer);
  const value = valueAt(data, issue.pointer);
  const node = failingNode(issue);
  const description = document.describe(node);
  const described = descriptionParams(description);
  const field = lastSegment(issue.pointer);
  switch (issue.keyword) {
    case 'required': {
      // The field's own node: in the properties of the node that requires it (or, for an
      // `if`/`then`, of the node the condition belongs to).
      const fieldNode = `${node.replace(/\/(?:then|else)$/, '')}/properties/${escapeSegment(field)}`;
      return say('schema.missing-field', {
        owner: fieldInWords(parentPath, { data }),
        field: quote(field),
        name: field,
        ...descriptionParams(document.describe(fieldNode)),
        ...exampleParams(nodeAt(document.schema, fieldNode)),
      });
    }
    case 'additionalProperties': {
      const owner = parentPath === '' ? document.name : fieldInWords(parentPath, { data });
      if (issue.suggestion !== undefined) {
        const capitals = field.toLowerCase() === issue.suggestion.toLowerCase();
        return say('schema.misspelt-field', {
          field: quote(field),
          owner,
          suggestion: quote(issue.suggestion),
          capitals: capitals ? 'yes' : 'no',
        });
      }
      const allowed = Object.keys(asObject(issue.parentSchema?.properties) ?? {}).filter(
        (key) => key !== '$schema',
      );
      return say('schema.unknown-field', {
        field: quote(field),
        owner,
        allowed: listOf(allowed, 'and'),
      });
    }
    case 'type': {
      if (value === null) {
        // An empty list is a list: `meetups: []` is how a new group says it has none yet.
        return issue.params.type === 'array'
          ? say('schema.empty-list', { subject, name: field, ...described })
          : say('schema.empty-value', { subject, ...described });
      }
      const type = String(issue.params.type);
      const yaml11 = type === 'boolean' && typeof value === 'string' && YAML11_BOOLEANS.test(value);
      const detail: MessageParams = yaml11
        ? { detail: 'yaml11', value: quote(value) }
        : description === undefined
          ? { detail: 'none' }
          : { detail: 'description', description };
      return say('schema.wrong-type', { subject, type, actual: valueKind(value), ...detail });
    }
    case 'enum': {
      const allowed = Array.isArray(issue.schema) ? issue.schema.map(String) : [];
      return say('schema.not-allowed', {
        subject,
        allowed: listOf(allowed, 'or'),
        value: quote(value),
      });
    }
    case 'format': {
      const format = String(issue.params.format);
      return say('schema.wrong-format', {
        subject,
        format: FORMAT_CHOICES[format] ?? format,
        value: quote(value),
      });
    }
    case 'pattern':
      return say('schema.wrong-form', {
        subject,
        value: quote(value),
        ...described,
        ...exampleParams(nodeAt(document.schema, node)),
      });
    case 'minLength': {
      const limit = Number(issue.params.limit);
      return limit > 1
        ? say('schema.too-short', { subject, limit, ...described })
        : say('schema.empty-text', { subject, ...described });
    }
    case 'maxLength':
      return say('schema.too-long', { subject, limit: Number(issue.params.limit) });
    case 'minimum':
      return say('schema.too-small', { subject, limit: String(issue.params.limit) });
    case 'maximum':
      return say('schema.too-large', { subject, limit: String(issue.params.limit) });
    default:
      return say('schema.invalid', { subject, keyword: issue.keyword, ...described });
  }
}

/**
 * The descriptions of a schema as they stand, in English: for a file whose messages are only
 * ever in English (the maintainers' program policy).
 */
export function englishDescriptions(schema: unknown): (pointer: string) => string | undefined {
  return (pointer) => {
    const description = nodeAt(schema, pointer)?.description;
    return typeof description === 'string' ? description : undefined;
  };
}

/** Spellings YAML 1.1 read as booleans and YAML 1.2 (which we follow) reads as text. */
const YAML11_BOOLEANS = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

/** The formats the messages explain, by the option of `schema.wrong-format` that does. */
const FORMAT_CHOICES: Readonly<Record<string, string>> = {
  date: 'date',
  uri: 'uri',
  'iana-time-zone': 'time_zone',
  bcp47: 'bcp47',
};

/** The JSON pointer, into the schema, of the node whose keyword failed. */
function failingNode(issue: SchemaIssue): string {
  // ajv's schemaPath is a URI fragment: `#/properties/%24schema/type`.
  return parentPointer(decodeURIComponent(issue.schemaPath.replace(/^#/, '')));
}

/** The description as a message's parameters: `described` says whether there is one. */
function descriptionParams(description: MessageParam | undefined): MessageParams {
  return description === undefined ? { described: 'no' } : { described: 'yes', description };
}

/** The node's first example as a message's parameters: `exampled` says whether there is one. */
function exampleParams(node: Record<string, unknown> | undefined): MessageParams {
  const example = firstExample(node ?? {});
  return example === undefined ? { exampled: 'no' } : { exampled: 'yes', example };
}

/** The node at a JSON pointer in parsed data or a schema (own properties only). */
function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const segment of pointer.split('/').slice(1)) {
    if (typeof node !== 'object' || node === null) return undefined;
    const key = unescapeSegment(segment);
    node = Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

/** The schema node at a JSON pointer, if there is one. */
function nodeAt(schema: unknown, pointer: string): Record<string, unknown> | undefined {
  return asObject(valueAt(schema, pointer));
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)
    : undefined;
}

function firstExample(schema: Record<string, unknown>): string | undefined {
  const examples = schema.examples;
  if (!Array.isArray(examples) || examples.length === 0) return undefined;
  const [example] = examples as unknown[];
  return typeof example === 'string' || typeof example === 'number' || typeof example === 'boolean'
    ? String(example)
    : undefined;
}
