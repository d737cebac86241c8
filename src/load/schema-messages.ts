import { lastSegment, parentPointer } from '../core/json-pointer.js';
import { describeType, quote } from '../core/read.js';
import { fieldInWords, sentenceStart } from './field-words.js';
import type { SchemaIssue } from './schemas.js';

/** The file a schema issue was found in, as messages name it. */
export interface SchemaDocument {
  /** `a group file`, `the program policy`: what the top level is a field of. */
  name: string;
  /** The whole file's schema, for a missing top-level field's description and example. */
  schema: unknown;
  /** The parsed file, to quote the value at fault and tell list items from fields. */
  data: unknown;
}

/**
 * A schema issue as one sentence or two for a leader: which field in words (`"date" of the 8th
 * meetup`), what is wrong with it, and what to write instead.
 */
export function explainSchemaIssue(issue: SchemaIssue, document: SchemaDocument): string {
  const { data } = document;
  const label = fieldInWords(issue.pointer, { data });
  const subject = sentenceStart(label);
  const parentPath = parentPointer(issue.pointer);
  const value = valueAt(data, issue.pointer);
  const schema = issue.parentSchema ?? {};
  const description = typeof schema.description === 'string' ? ` (${schema.description})` : '';
  const example = firstExample(schema);
  const field = lastSegment(issue.pointer);
  switch (issue.keyword) {
    case 'required': {
      const fieldSchema =
        propertySchema(issue.parentSchema, field) ??
        (parentPath === '' ? propertySchema(document.schema, field) : undefined);
      const hint =
        typeof fieldSchema?.description === 'string' ? ` ${fieldSchema.description}` : '';
      const sample = firstExample(fieldSchema ?? {});
      const owner = sentenceStart(fieldInWords(parentPath, { data }));
      return `${owner} is missing the field ${quote(field)}.${hint}${sample === undefined ? '' : ` For example: ${field}: ${sample}`}`;
    }
    case 'additionalProperties': {
      const owner = parentPath === '' ? document.name : fieldInWords(parentPath, { data });
      const start = `${quote(field)} is not a field of ${owner}.`;
      if (issue.suggestion !== undefined) {
        const exactly =
          field.toLowerCase() === issue.suggestion.toLowerCase()
            ? ' Field names are written exactly, capitals included.'
            : '';
        return `${start} Did you mean ${quote(issue.suggestion)}?${exactly}`;
      }
      const allowed = Object.keys(asObject(schema.properties) ?? {}).filter(
        (key) => key !== '$schema',
      );
      return `${start} Check the spelling, or remove it. Allowed here: ${allowed.join(', ')}.`;
    }
    case 'type': {
      const yaml11 =
        issue.params.type === 'boolean' && typeof value === 'string' && YAML11_BOOLEANS.test(value)
          ? ` Write true or false: YAML 1.2 reads ${quote(value)} as text.`
          : '';
      if (value === null) {
        const what = typeof schema.description === 'string' ? ` ${schema.description}` : '';
        // An empty list is a list: `meetups: []` is how a new group says it has none yet.
        if (issue.params.type === 'array')
          return `${subject} is empty. List the ${field} under it, each on a line starting with "- ", or write ${field}: [] while there are none.${what}`;
        return `${subject} is empty: fill it in.${what}`;
      }
      return `${subject} must be ${typeName(String(issue.params.type))}, but it is ${describeType(value)}.${yaml11 || description}`;
    }
    case 'enum': {
      const allowed = Array.isArray(issue.schema) ? issue.schema.map(String) : [];
      return `${subject} must be one of: ${allowed.join(', ')}; it is ${quote(value)}.`;
    }
    case 'format':
      return `${subject} ${formatHint(String(issue.params.format))}; it is ${quote(value)}.`;
    case 'pattern':
      return `${subject} is not in the right form: ${quote(value)}.${description}${example === undefined ? '' : ` For example: ${example}`}`;
    case 'minLength':
      return Number(issue.params.limit) > 1
        ? `${subject} is too short: at least ${String(issue.params.limit)} characters.${description}`
        : `${subject} must not be empty.${description}`;
    case 'maxLength':
      return `${subject} is too long: at most ${String(issue.params.limit)} characters.`;
    case 'minimum':
    case 'maximum':
      return `${subject} must be ${issue.keyword === 'minimum' ? 'at least' : 'at most'} ${String(issue.params.limit)}.`;
    default:
      return `${subject} is not valid here (${issue.keyword}).${description}`;
  }
}

/** Spellings YAML 1.1 read as booleans and YAML 1.2 (which we follow) reads as text. */
const YAML11_BOOLEANS = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

function valueAt(data: unknown, path: string): unknown {
  let node = data;
  for (const segment of path.split('/').slice(1)) {
    if (typeof node !== 'object' || node === null) return undefined;
    const key = lastSegment(`/${segment}`);
    node = Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)
    : undefined;
}

function propertySchema(parentSchema: unknown, key: string): Record<string, unknown> | undefined {
  return asObject(asObject(asObject(parentSchema)?.properties)?.[key]);
}

function firstExample(schema: Record<string, unknown>): string | undefined {
  const examples = schema.examples;
  if (!Array.isArray(examples) || examples.length === 0) return undefined;
  const [example] = examples as unknown[];
  return typeof example === 'string' || typeof example === 'number' || typeof example === 'boolean'
    ? String(example)
    : undefined;
}

function typeName(type: string): string {
  const names: Record<string, string> = {
    string: 'text',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list (lines starting with "- ")',
    object: 'a group of indented fields',
  };
  return names[type] ?? type;
}

function formatHint(format: string): string {
  const hints: Record<string, string> = {
    date: 'must be a date that exists, written YYYY-MM-DD',
    uri: 'must be a full web address starting with https://',
    'iana-time-zone': 'must be an IANA time zone such as Europe/Amsterdam',
    bcp47: 'must be a language code such as en, nl or sv',
  };
  return hints[format] ?? `must be a valid ${format}`;
}
