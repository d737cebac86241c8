import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { escapeSegment, parentPointer } from '../core/json-pointer.js';
import { closestName } from './spelling.js';
import * as generated from './generated/validators.js';

export { EDITOR_KEYWORDS, isTimeZoneName } from './formats.js';

/** A schema violation, normalised so that `pointer` names the offending node itself. */
export interface SchemaIssue {
  /** The node at fault: for a missing or unknown field, the field's own pointer. */
  pointer: string;
  keyword: string;
  /** Where in the schema the keyword that failed is, as ajv gives it: `#/$defs/meetup/required`. */
  schemaPath: string;
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
 * Formats the program checks in code. Editors ignore custom formats, so beside each the schema
 * repeats what it can as an `enum` or `pattern` (never stricter than the format); an issue from
 * that copy is dropped, as the format's own issue (or the type's) already says it better.
 */
const OWN_FORMATS: ReadonlySet<unknown> = new Set(['iana-time-zone', 'bcp47']);

/*
 * The validators are compiled from the schemas at build time (scripts/generate-validators.ts,
 * with the ajv set-up of create-ajv.ts): nothing is compiled, or loaded for compiling, at run time.
 */
const groupValidator = generated.validateGroup as ValidateFunction;
const programValidator = generated.validateProgram as ValidateFunction;

export function validateGroup(data: unknown): SchemaIssue[] {
  return groupValidator(data) ? [] : normalise(groupValidator.errors ?? []);
}

export function validateProgram(data: unknown): SchemaIssue[] {
  return programValidator(data) ? [] : normalise(programValidator.errors ?? []);
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
      schemaPath: error.schemaPath,
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
