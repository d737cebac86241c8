/**
 * Regenerates rest-operations.json, the fake GitHub's request contract, from GitHub's published
 * REST description (@octokit/openapi). That package unpacks to ~385 MB, so it is fetched into a
 * temporary folder here instead of being a dependency. Only node: builtins, so Node 24 runs this
 * file as is: `npm run openapi:trim`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = '@octokit/openapi@23.0.2';
const DESCRIPTION = 'package/generated/api.github.com.deref.json';
const OUTPUT = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../test/fake-github/rest-operations.json',
);

/** The operations the fake serves, as `METHOD /path/template`. */
export const OPERATIONS = [
  'GET /repos/{owner}/{repo}/pulls',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
  'GET /repos/{owner}/{repo}/contents/{path}',
  'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
  'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
  'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
  'GET /repos/{owner}/{repo}/issues',
  'POST /repos/{owner}/{repo}/issues',
  'GET /repos/{owner}/{repo}/issues/{issue_number}',
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/labels',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
  'PUT /repos/{owner}/{repo}/issues/{issue_number}/labels',
  'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}',
  'GET /repos/{owner}/{repo}/labels',
  'POST /repos/{owner}/{repo}/labels',
  'POST /repos/{owner}/{repo}/check-runs',
  'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
  'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
  'GET /rate_limit',
  'GET /users/{username}',
  'GET /user/{account_id}',
  // Writes a bot needs to open its own pull requests (issues 23 and 24).
  'GET /repos/{owner}/{repo}',
  'GET /repos/{owner}/{repo}/git/ref/{ref}',
  'POST /repos/{owner}/{repo}/git/refs',
  'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
  'DELETE /repos/{owner}/{repo}/git/refs/{ref}',
  'POST /repos/{owner}/{repo}/git/blobs',
  'POST /repos/{owner}/{repo}/git/trees',
  'POST /repos/{owner}/{repo}/git/commits',
  'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
  'POST /repos/{owner}/{repo}/pulls',
  'PATCH /repos/{owner}/{repo}/pulls/{pull_number}',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits',
  'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge',
] as const;

/** JSON Schema keywords ajv validates with; annotations (description, example, x-*) are dropped. */
const SCALAR_KEYWORDS = new Set([
  'type',
  'enum',
  'const',
  'required',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minProperties',
  'maxProperties',
  'default',
]);
const SCHEMA_KEYWORDS = new Set(['items', 'not', 'additionalProperties']);
const SCHEMA_LIST_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf']);
const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties']);

/** Formats ajv-formats implements; any other (GitHub has a few of its own) would make ajv warn. */
const KNOWN_FORMATS = new Set([
  'date',
  'time',
  'date-time',
  'duration',
  'uri',
  'uri-reference',
  'uri-template',
  'url',
  'email',
  'hostname',
  'ipv4',
  'ipv6',
  'regex',
  'uuid',
  'json-pointer',
  'relative-json-pointer',
  'byte',
  'int32',
  'int64',
  'float',
  'double',
  'password',
  'binary',
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = Record<string, Json>;

interface TrimmedParameter {
  name: string;
  in: string;
  required: boolean;
  schema: Json;
}

interface TrimmedOperation {
  method: string;
  path: string;
  operationId: string;
  parameters: TrimmedParameter[];
  requestBody?: { required: boolean; schema: Json };
  /** Documented response statuses, so the fake can check it never answers outside them. */
  statuses: number[];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectAt(value: unknown, key: string): JsonObject {
  const child = isObject(value) ? value[key] : undefined;
  if (!isObject(child)) throw new Error(`expected an object at ${key}`);
  return child;
}

/**
 * OpenAPI 3.0 schema → JSON Schema 2020-12 that ajv compiles: `nullable` becomes a null type (or
 * an anyOf with null where the schema has no single type), boolean exclusive bounds become
 * numeric ones, `oneOf` becomes `anyOf` (GitHub writes oneOf for overlapping shapes such as a
 * label given as text or as {name}, which strict oneOf would wrongly reject), and annotations go.
 */
export function normaliseSchema(schema: Json): Json {
  if (!isObject(schema)) return schema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (SCALAR_KEYWORDS.has(key)) out[key] = value;
    else if (key === 'format') {
      if (typeof value === 'string' && KNOWN_FORMATS.has(value)) out[key] = value;
    } else if (SCHEMA_KEYWORDS.has(key)) out[key] = normaliseSchema(value);
    else if (SCHEMA_LIST_KEYWORDS.has(key) && Array.isArray(value))
      out[key === 'oneOf' ? 'anyOf' : key] = value.map(normaliseSchema);
    else if (SCHEMA_MAP_KEYWORDS.has(key) && isObject(value))
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, normaliseSchema(sub)]),
      );
  }
  fixExclusiveBound(out, schema, 'exclusiveMinimum', 'minimum');
  fixExclusiveBound(out, schema, 'exclusiveMaximum', 'maximum');
  return schema.nullable === true ? admitNull(out) : out;
}

function fixExclusiveBound(out: JsonObject, source: JsonObject, flag: string, bound: string): void {
  const exclusive = source[flag];
  if (typeof exclusive !== 'boolean') return;
  const limit = source[bound];
  if (exclusive && typeof limit === 'number') {
    out[flag] = limit;
    Reflect.deleteProperty(out, bound);
  } else Reflect.deleteProperty(out, flag);
}

function admitNull(schema: JsonObject): JsonObject {
  const combined = ['allOf', 'anyOf', 'oneOf', 'not'].some((key) => key in schema);
  const { type } = schema;
  if (typeof type === 'string' && !combined) {
    const enumValues = schema.enum;
    return {
      ...schema,
      type: [type, 'null'],
      ...(Array.isArray(enumValues) && !enumValues.includes(null)
        ? { enum: [...enumValues, null] }
        : {}),
    };
  }
  return { anyOf: [schema, { type: 'null' }] };
}

/**
 * Where GitHub's description contradicts its own documentation and the API: set-labels says
 * "You can pass an empty array to remove all labels" yet declares minItems 1.
 */
function applyErrata(operation: TrimmedOperation): void {
  if (operation.operationId !== 'issues/set-labels' || operation.requestBody === undefined) return;
  const branches = operation.requestBody.schema;
  if (!isObject(branches) || !Array.isArray(branches.anyOf)) return;
  for (const branch of branches.anyOf) {
    const labels = isObject(branch) ? branch.properties : undefined;
    if (isObject(labels) && isObject(labels.labels))
      Reflect.deleteProperty(labels.labels, 'minItems');
  }
}

function trimParameter(parameter: Json): TrimmedParameter {
  if (!isObject(parameter)) throw new Error('parameter is not an object');
  const { name, in: where, required, schema } = parameter;
  if (typeof name !== 'string' || typeof where !== 'string')
    throw new Error('parameter without name or in');
  return {
    name,
    in: where,
    required: required === true,
    schema: normaliseSchema(schema ?? {}),
  };
}

function trimOperation(description: JsonObject, line: string): TrimmedOperation {
  const [method = '', template = ''] = line.split(' ');
  const pathItem = objectAt(objectAt(description, 'paths'), template);
  const operation = objectAt(pathItem, method.toLowerCase());
  const { operationId } = operation;
  if (typeof operationId !== 'string') throw new Error(`${line} has no operationId`);
  // Path-level parameters apply to every method; the operation's own override by name and place.
  const byKey = new Map<string, TrimmedParameter>();
  for (const source of [pathItem.parameters, operation.parameters])
    if (Array.isArray(source))
      for (const parameter of source.map(trimParameter))
        byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  const trimmed: TrimmedOperation = {
    method,
    path: template,
    operationId,
    parameters: [...byKey.values()].filter((p) => p.in === 'path' || p.in === 'query'),
    statuses: Object.keys(objectAt(operation, 'responses'))
      .map(Number)
      .filter((status) => Number.isInteger(status)),
  };
  const body = operation.requestBody;
  if (isObject(body)) {
    const json = objectAt(objectAt(body, 'content'), 'application/json');
    trimmed.requestBody = {
      required: body.required === true,
      schema: normaliseSchema(json.schema ?? {}),
    };
  }
  applyErrata(trimmed);
  return trimmed;
}

function downloadDescription(folder: string): JsonObject {
  const packed = execFileSync('npm', ['pack', PACKAGE, '--silent', '--pack-destination', folder], {
    cwd: folder,
    encoding: 'utf8',
  });
  const tarball = packed.trim().split('\n').at(-1);
  if (tarball === undefined || tarball === '') throw new Error('npm pack printed no file name');
  execFileSync('tar', ['-xzf', path.join(folder, tarball), '-C', folder, DESCRIPTION]);
  const parsed: unknown = JSON.parse(readFileSync(path.join(folder, DESCRIPTION), 'utf8'));
  if (!isObject(parsed)) throw new Error('the REST description is not a JSON object');
  return parsed;
}

function main(): void {
  const folder = mkdtempSync(path.join(tmpdir(), 'octokit-openapi-'));
  try {
    const description = downloadDescription(folder);
    const info = objectAt(description, 'info');
    const operations = OPERATIONS.map((line) => trimOperation(description, line));
    const output = {
      source: `${PACKAGE} ${DESCRIPTION.replace('package/', '')}`,
      apiVersion: typeof info.version === 'string' ? info.version : 'unknown',
      operations,
    };
    writeFileSync(OUTPUT, `${JSON.stringify(output, null, 1)}\n`);
    process.stdout.write(`wrote ${String(operations.length)} operations to ${OUTPUT}\n`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
)
  main();
