import { lastSegment, parentPointer } from '../core/json-pointer.js';
import { describeType, quote } from '../core/read.js';
import groupSchema from '../../schemas/group.schema.json' with { type: 'json' };
import type { SchemaIssue } from '../load/schemas.js';
import type { GroupRule } from './rule.js';

export const rule: GroupRule = {
  id: 'schema',
  scope: 'group',
  summary:
    'Every field is one the format knows, of the right type and form, and every required field is there.',
  severity: 'error',
  waivable: false,
  check(group) {
    return group.unclaimedSchemaIssues.map((issue) => ({
      pointer: issue.pointer,
      message: explain(issue, group.data),
      ...(issue.keyword === 'additionalProperties' ? { at: 'key' as const } : {}),
    }));
  },
};

/** Field names as a leader reads them: `leader.github`, `meetups#3.date` (counting from 1). */
export function fieldLabel(path: string): string {
  return path
    .split('/')
    .slice(1)
    .map((segment) => lastSegment(`/${segment}`))
    .reduce(
      (label, segment) =>
        /^\d+$/.test(segment)
          ? `${label}#${Number(segment) + 1}`
          : label === ''
            ? segment
            : `${label}.${segment}`,
      '',
    );
}

function valueAt(data: unknown, path: string): unknown {
  let node = data;
  for (const segment of path.split('/').slice(1)) {
    if (typeof node !== 'object' || node === null) return undefined;
    const key = lastSegment(`/${segment}`);
    node = Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

function explain(issue: SchemaIssue, data: unknown): string {
  const label = fieldLabel(issue.pointer);
  const parent = fieldLabel(parentPointer(issue.pointer)) || 'the top level';
  const value = valueAt(data, issue.pointer);
  const schema = issue.parentSchema ?? {};
  const description = typeof schema.description === 'string' ? ` (${schema.description})` : '';
  const example = firstExample(schema);
  switch (issue.keyword) {
    case 'required': {
      const fieldSchema =
        propertySchema(issue.parentSchema, lastSegment(issue.pointer)) ??
        (parentPointer(issue.pointer) === ''
          ? propertySchema(groupSchema, lastSegment(issue.pointer))
          : undefined);
      const hint =
        typeof fieldSchema?.description === 'string' ? ` ${fieldSchema.description}` : '';
      const sample = firstExample(fieldSchema ?? {});
      return `${parent === 'the top level' ? 'The file' : `"${parent}"`} is missing the field "${lastSegment(issue.pointer)}".${hint}${sample === undefined ? '' : ` For example: ${lastSegment(issue.pointer)}: ${sample}`}`;
    }
    case 'additionalProperties': {
      const allowed = Object.keys(asObject(schema.properties) ?? {}).filter(
        (key) => key !== '$schema',
      );
      return `${quote(lastSegment(issue.pointer))} is not a field ${parent === 'the top level' ? 'of a group file' : `of "${parent}"`}. Check the spelling, or remove it. Allowed here: ${allowed.join(', ')}.`;
    }
    case 'type': {
      const yaml11 =
        issue.params.type === 'boolean' && typeof value === 'string' && YAML11_BOOLEANS.test(value)
          ? ` Write true or false: YAML 1.2 reads ${quote(value)} as text.`
          : '';
      if (value === null) {
        const what = typeof schema.description === 'string' ? ` ${schema.description}` : '';
        return `"${label}" is empty: fill it in.${what}`;
      }
      return `"${label}" must be ${typeName(String(issue.params.type))}, but it is ${describeType(value)}.${yaml11 || description}`;
    }
    case 'enum': {
      const allowed = Array.isArray(issue.schema) ? issue.schema.map(String) : [];
      return `"${label}" must be one of: ${allowed.join(', ')}; it is ${quote(value)}.`;
    }
    case 'format':
      return `"${label}" ${formatHint(String(issue.params.format))}; it is ${quote(value)}.`;
    case 'pattern':
      return `"${label}" is not in the right form: ${quote(value)}.${description}${example === undefined ? '' : ` For example: ${example}`}`;
    case 'minLength':
      return Number(issue.params.limit) > 1
        ? `"${label}" is too short: at least ${String(issue.params.limit)} characters.${description}`
        : `"${label}" must not be empty.${description}`;
    case 'maxLength':
      return `"${label}" is too long: at most ${String(issue.params.limit)} characters.`;
    case 'minimum':
    case 'maximum':
      return `"${label}" must be ${issue.keyword === 'minimum' ? 'at least' : 'at most'} ${String(issue.params.limit)}.`;
    default:
      return `"${label}" is not valid here (${issue.keyword}).${description}`;
  }
}

/** Spellings YAML 1.1 read as booleans and YAML 1.2 (which we follow) reads as text. */
const YAML11_BOOLEANS = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

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
