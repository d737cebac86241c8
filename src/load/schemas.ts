import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { escapeSegment, parentPointer } from '../core/json-pointer.js';
import { closestName } from './spelling.js';
import groupSchema from '../../schemas/group.schema.json' with { type: 'json' };
import programSchema from '../../schemas/program.schema.json' with { type: 'json' };

/** A schema violation, normalised so that `pointer` names the offending node itself. */
export interface SchemaIssue {
  /** The node at fault: for a missing or unknown field, the field's own pointer. */
  pointer: string;
  keyword: string;
  /** True when the node does not exist (a required field that is missing). */
  missing: boolean;
  params: Readonly<Record<string, unknown>>;
  /** The schema node that failed, for its `description` and allowed values. */
  schema: unknown;
  parentSchema: Readonly<Record<string, unknown>> | undefined;
  /**
   * For an unknown field: the allowed field it is most likely a misspelling of (`coleader` for
   * `coLeader`), one that the block does not have yet. The issue for that field being missing is
   * then dropped: it is the same mistake.
   */
  suggestion?: string;
}

/**
 * Keywords of editors built on yaml-language-server (VS Code's YAML extension): the message shown
 * when a value fails a `pattern` (or a standard `format`), or any other keyword. Annotations to
 * ajv, declared so that strict mode still refuses every other unknown keyword.
 */
export const EDITOR_KEYWORDS = ['patternErrorMessage', 'errorMessage'] as const;

/**
 * Formats the program checks in code. Editors ignore custom formats, so beside each the schema
 * repeats what it can as an `enum` or `pattern` (never stricter than the format); an issue from
 * that copy is dropped, as the format's own issue (or the type's) already says it better.
 */
const OWN_FORMATS: ReadonlySet<unknown> = new Set(['iana-time-zone', 'bcp47']);

export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, verbose: true });
  ajv.addVocabulary([...EDITOR_KEYWORDS]);
  addFormats.default(ajv, ['date', 'uri']);
  ajv.addFormat('iana-time-zone', { type: 'string', validate: isTimeZone });
  ajv.addFormat('bcp47', { type: 'string', validate: isLanguageTag });
  return ajv;
}

/**
 * The time zones a group may name, spelled exactly so: the schema's `enum`, which editors offer
 * and check. scripts/time-zones.ts writes it (the IANA names for which `isTimeZoneName` holds),
 * and a test fails when this Node's answer changes.
 */
const TIME_ZONES: ReadonlySet<string> = new Set(groupSchema.properties.timezone.enum);

/** Results by zone name: building a DateTimeFormat is costly, and a registry repeats a few zones. */
const knownZones = new Map<string, boolean>();

function isTimeZone(value: string): boolean {
  let known = knownZones.get(value);
  if (known === undefined) {
    known = TIME_ZONES.has(value) && isTimeZoneName(value);
    knownZones.set(value, known);
  }
  return known;
}

/**
 * An Area/Location name (or UTC) that this runtime's Intl accepts as a time zone. Intl ignores
 * case (and knows a few names IANA does not); the enum fixes which names, spelled how.
 */
export function isTimeZoneName(value: string): boolean {
  return (value.includes('/') || value === 'UTC') && acceptsTimeZone(value);
}

function acceptsTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

let compiled: { group: ValidateFunction; program: ValidateFunction } | undefined;

function validators(): { group: ValidateFunction; program: ValidateFunction } {
  if (!compiled) {
    const ajv = createAjv();
    compiled = { group: ajv.compile(groupSchema), program: ajv.compile(programSchema) };
  }
  return compiled;
}

export function validateGroup(data: unknown): SchemaIssue[] {
  const validate = validators().group;
  return validate(data) ? [] : normalise(validate.errors ?? []);
}

export function validateProgram(data: unknown): SchemaIssue[] {
  const validate = validators().program;
  return validate(data) ? [] : normalise(validate.errors ?? []);
}

function normalise(errors: readonly ErrorObject[]): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  for (const error of errors) {
    // `if` only says that a `then` failed; the `then` error itself is the useful one.
    if (error.keyword === 'if') continue;
    if (
      (error.keyword === 'enum' || error.keyword === 'pattern') &&
      OWN_FORMATS.has(error.parentSchema?.format)
    )
      continue;
    let pointer = error.instancePath;
    let missing = false;
    let suggestion: string | undefined;
    if (error.keyword === 'required') {
      pointer += `/${escapeSegment(String(error.params.missingProperty))}`;
      missing = true;
    } else if (error.keyword === 'additionalProperties') {
      const field = String(error.params.additionalProperty);
      pointer += `/${escapeSegment(field)}`;
      suggestion = misspeltFor(field, error.parentSchema, error.data);
    }
    issues.push({
      pointer,
      keyword: error.keyword,
      missing,
      params: error.params,
      schema: error.schema,
      parentSchema: error.parentSchema,
      ...(suggestion === undefined ? {} : { suggestion }),
    });
  }
  // A misspelt field is one mistake: reported at the misspelling, not again as a missing field.
  const meant = new Set(
    issues.flatMap(({ pointer, suggestion }) =>
      suggestion === undefined ? [] : [`${parentPointer(pointer)}/${escapeSegment(suggestion)}`],
    ),
  );
  return meant.size === 0
    ? issues
    : issues.filter((issue) => !(issue.keyword === 'required' && meant.has(issue.pointer)));
}

/** The field of the block's schema that `field` is a misspelling of, among those not written yet. */
function misspeltFor(field: string, parentSchema: unknown, block: unknown): string | undefined {
  const properties = (parentSchema as { properties?: unknown } | undefined)?.properties;
  if (typeof properties !== 'object' || properties === null) return undefined;
  const present = typeof block === 'object' && block !== null ? block : {};
  const candidates = Object.keys(properties).filter(
    (name) => name !== '$schema' && !Object.hasOwn(present, name),
  );
  return closestName(field, candidates);
}
