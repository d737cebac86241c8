import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** One operation of rest-operations.json, the trimmed REST description (see trim-openapi.ts). */
export interface Operation {
  method: string;
  path: string;
  operationId: string;
  parameters: Parameter[];
  requestBody?: { required: boolean; schema: object };
  statuses: number[];
}

export interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: object;
}

export interface OperationMatch {
  operation: Operation;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
}

interface CompiledOperation {
  operation: Operation;
  pattern: RegExp;
  names: string[];
  literals: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toParameter(value: unknown): Parameter {
  if (
    !isRecord(value) ||
    typeof value.name !== 'string' ||
    (value.in !== 'path' && value.in !== 'query') ||
    typeof value.required !== 'boolean' ||
    !isRecord(value.schema)
  )
    throw new Error(`rest-operations.json: bad parameter ${JSON.stringify(value)}`);
  return { name: value.name, in: value.in, required: value.required, schema: value.schema };
}

function toOperation(value: unknown): Operation {
  if (
    !isRecord(value) ||
    typeof value.method !== 'string' ||
    typeof value.path !== 'string' ||
    typeof value.operationId !== 'string' ||
    !Array.isArray(value.parameters) ||
    !Array.isArray(value.statuses)
  )
    throw new Error(`rest-operations.json: bad operation ${JSON.stringify(value)}`);
  const operation: Operation = {
    method: value.method,
    path: value.path,
    operationId: value.operationId,
    parameters: value.parameters.map(toParameter),
    statuses: value.statuses.filter((s): s is number => typeof s === 'number'),
  };
  const body = value.requestBody;
  if (isRecord(body) && typeof body.required === 'boolean' && isRecord(body.schema))
    operation.requestBody = { required: body.required, schema: body.schema };
  return operation;
}

let operations: CompiledOperation[] | undefined;

/** The contract, read once; more literal segments first so /issues/comments/1 beats /issues/{n}. */
export function loadOperations(): CompiledOperation[] {
  if (operations !== undefined) return operations;
  const raw: unknown = JSON.parse(
    readFileSync(new URL('./rest-operations.json', import.meta.url), 'utf8'),
  );
  if (!isRecord(raw) || !Array.isArray(raw.operations))
    throw new Error('rest-operations.json has no operations');
  operations = raw.operations.map(toOperation).map(compileTemplate);
  operations.sort((a, b) => b.literals - a.literals);
  return operations;
}

function compileTemplate(operation: Operation): CompiledOperation {
  const names: string[] = [];
  let literals = 0;
  const source = operation.path
    .split('/')
    .map((segment, index, all) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (param?.[1] === undefined) {
        literals++;
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      }
      names.push(param[1]);
      // The contents path spans segments (and may be empty: the root); so does a git ref name
      // (heads/tgr/x) when a client sends its slashes unencoded.
      if (index === all.length - 1 && param[1] === 'path') return '(.*)';
      return index === all.length - 1 && param[1] === 'ref' ? '(.+)' : '([^/]+)';
    })
    .join('/');
  return { operation, pattern: new RegExp(`^${source}/?$`), names, literals };
}

/** The operation a request addresses, or undefined when the contract has none for it. */
export function matchOperation(method: string, pathname: string): OperationMatch | undefined {
  for (const { operation, pattern, names } of loadOperations()) {
    if (operation.method !== method.toUpperCase()) continue;
    const found = pattern.exec(pathname);
    if (!found) continue;
    const params: Record<string, string> = {};
    try {
      names.forEach((name, index) => {
        params[name] = decodeURIComponent(found[index + 1] ?? '');
      });
    } catch {
      continue;
    }
    return { operation, params };
  }
  return undefined;
}

let ajv: Ajv2020 | undefined;
const validators = new WeakMap<object, ValidateFunction>();

function validatorFor(schema: object): ValidateFunction {
  let validator = validators.get(schema);
  if (validator === undefined) {
    if (ajv === undefined) {
      ajv = new Ajv2020({ allErrors: true, strict: false });
      addFormats.default(ajv);
    }
    validator = ajv.compile(schema);
    validators.set(schema, validator);
  }
  return validator;
}

function describe(where: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const at = `${where}${error.instancePath}`;
    const allowed: unknown = error.params.allowedValues;
    return Array.isArray(allowed)
      ? `${at} ${error.message ?? 'is invalid'}: ${allowed.map((v) => JSON.stringify(v)).join(', ')}`
      : `${at} ${error.message ?? 'is invalid'}`;
  });
}

function schemaTypes(schema: object): string[] {
  const type: unknown = Reflect.get(schema, 'type');
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

/** Query and path values are text: turn them into the number or boolean the schema wants. */
function coerce(value: string, schema: object): unknown {
  const types = schemaTypes(schema);
  if (types.includes('integer') && /^-?\d+$/.test(value)) return Number(value);
  if (types.includes('number') && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  if (types.includes('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

export interface RequestParts {
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body; undefined when the request had none. */
  body: unknown;
}

/**
 * Why GitHub would refuse this request, by the contract: missing or ill-typed path and query
 * parameters (unknown query parameters are fine: GitHub ignores them) and a body that does not
 * match the operation's schema. Empty when the request is acceptable.
 */
export function validateRequest(operation: Operation, parts: RequestParts): string[] {
  const reasons: string[] = [];
  for (const parameter of operation.parameters) {
    const where = `${parameter.in} parameter ${parameter.name}`;
    const text =
      parameter.in === 'path'
        ? parts.params[parameter.name]
        : parts.query.getAll(parameter.name).at(-1);
    if (text === undefined) {
      if (parameter.required) reasons.push(`${where} is required`);
      continue;
    }
    const validate = validatorFor(parameter.schema);
    if (!validate(coerce(text, parameter.schema)))
      reasons.push(...describe(where, validate.errors));
  }
  const { requestBody } = operation;
  if (requestBody !== undefined) {
    if (parts.body === undefined) {
      if (requestBody.required) reasons.push('a JSON request body is required');
    } else {
      const validate = validatorFor(requestBody.schema);
      if (!validate(parts.body)) reasons.push(...describe('body', validate.errors));
    }
  }
  return reasons;
}
