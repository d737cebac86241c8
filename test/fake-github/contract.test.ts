import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { normaliseSchema, OPERATIONS } from '../../scripts/trim-openapi.js';
import { loadOperations, matchOperation, validateRequest } from './validate.js';

describe('normaliseSchema: OpenAPI 3.0 to JSON Schema 2020-12', () => {
  it('turns nullable into a null type, keeping enums consistent', () => {
    expect(normaliseSchema({ type: 'string', nullable: true, description: 'd' })).toEqual({
      type: ['string', 'null'],
    });
    expect(normaliseSchema({ type: 'string', enum: ['a', 'b'], nullable: true })).toEqual({
      type: ['string', 'null'],
      enum: ['a', 'b', null],
    });
  });

  it('wraps a nullable schema without a single type in anyOf with null', () => {
    expect(
      normaliseSchema({ oneOf: [{ type: 'string' }, { type: 'integer' }], nullable: true }),
    ).toEqual({
      anyOf: [{ anyOf: [{ type: 'string' }, { type: 'integer' }] }, { type: 'null' }],
    });
    expect(
      normaliseSchema({ type: 'object', allOf: [{ required: ['a'] }], nullable: true }),
    ).toEqual({
      anyOf: [{ type: 'object', allOf: [{ required: ['a'] }] }, { type: 'null' }],
    });
    expect(normaliseSchema({ enum: ['x'], nullable: true })).toEqual({
      anyOf: [{ enum: ['x'] }, { type: 'null' }],
    });
  });

  it('keeps property names that look like keywords and drops annotations and odd formats', () => {
    expect(
      normaliseSchema({
        type: 'object',
        'x-github': { a: 1 },
        example: { title: 'x' },
        properties: {
          description: { type: 'string', description: 'the description' },
          title: { type: 'string', format: 'repo.nwo' },
          at: { type: 'string', format: 'date-time' },
        },
        required: ['title'],
      }),
    ).toEqual({
      type: 'object',
      properties: {
        description: { type: 'string' },
        title: { type: 'string' },
        at: { type: 'string', format: 'date-time' },
      },
      required: ['title'],
    });
  });

  it('turns boolean exclusive bounds into numeric ones', () => {
    expect(normaliseSchema({ type: 'integer', minimum: 0, exclusiveMinimum: true })).toEqual({
      type: 'integer',
      exclusiveMinimum: 0,
    });
    expect(normaliseSchema({ type: 'integer', maximum: 9, exclusiveMaximum: false })).toEqual({
      type: 'integer',
      maximum: 9,
    });
  });
});

describe('rest-operations.json', () => {
  const text = readFileSync(new URL('./rest-operations.json', import.meta.url), 'utf8');

  it('holds exactly the operations the trim script lists, with no OpenAPI-only keywords left', () => {
    const { operations } = JSON.parse(text) as {
      operations: Array<{ method: string; path: string }>;
    };
    expect(operations.map(({ method, path }) => `${method} ${path}`)).toEqual(OPERATIONS);
    expect(loadOperations()).toHaveLength(OPERATIONS.length);
    expect(text).not.toContain('"nullable"');
    expect(text).not.toContain('"oneOf"');
    expect(text).not.toContain('"example');
  });

  it('compiles every schema under strict ajv, so nothing is silently ignored', () => {
    const ajv = new Ajv2020({ strict: true, strictTypes: false, strictRequired: false });
    addFormats.default(ajv);
    for (const { operation } of loadOperations()) {
      for (const parameter of operation.parameters)
        expect(() => ajv.compile(parameter.schema)).not.toThrow();
      if (operation.requestBody)
        expect(() => ajv.compile(operation.requestBody?.schema ?? {})).not.toThrow();
    }
  });
});

describe('matchOperation and validateRequest', () => {
  const parts = (query = '', body?: unknown) => ({ query: new URLSearchParams(query), body });

  it('prefers literal segments and decodes parameters', () => {
    expect(matchOperation('PATCH', '/repos/o/r/issues/comments/5')?.operation.operationId).toBe(
      'issues/update-comment',
    );
    expect(
      matchOperation('DELETE', '/repos/o/r/issues/3/labels/good%20first%20issue')?.params.name,
    ).toBe('good first issue');
    expect(matchOperation('GET', '/repos/o/r/contents/groups%2Fa.yml')?.params.path).toBe(
      'groups/a.yml',
    );
    expect(matchOperation('GET', '/repos/o/r/contents/groups/a.yml')?.params.path).toBe(
      'groups/a.yml',
    );
    expect(matchOperation('GET', '/repos/o/r/contents/')?.params.path).toBe('');
    expect(matchOperation('DELETE', '/repos/o/r/issues/3')).toBeUndefined();
  });

  it('coerces query text, checks enums and formats, and ignores unknown query parameters', () => {
    const list = matchOperation('GET', '/repos/o/r/issues');
    if (list === undefined) throw new Error('no match');
    const check = (query: string): string[] =>
      validateRequest(list.operation, { params: list.params, ...parts(query) });
    expect(check('per_page=100&page=2&state=all&labels=a,b&whatever=1')).toEqual([]);
    expect(check('per_page=1.5')).toEqual(['query parameter per_page must be integer']);
    expect(check('state=merged')[0]).toMatch(
      /must be equal to one of the allowed values: "open", "closed", "all"/,
    );
    expect(check('since=yesterday')[0]).toMatch(/must match format "date-time"/);
    expect(check('since=2024-01-01T00:00:00Z')).toEqual([]);
  });

  it('checks bodies: required fields, types, nullable fields and body presence', () => {
    const update = matchOperation('PATCH', '/repos/o/r/issues/1');
    const create = matchOperation('POST', '/repos/o/r/issues/1/comments');
    if (update === undefined || create === undefined) throw new Error('no match');
    const check = (match: typeof update, body: unknown): string[] =>
      validateRequest(match.operation, { params: match.params, ...parts('', body) });
    expect(check(update, { body: null, state_reason: null, milestone: null, title: 7 })).toEqual(
      [],
    );
    expect(check(update, undefined)).toEqual([]);
    expect(check(update, { state: 'closed', state_reason: 'done' })[0]).toMatch(/state_reason/);
    expect(check(create, undefined)).toEqual(['a JSON request body is required']);
    expect(check(create, { body: 5 })).toEqual(['body/body must be string']);
  });
});
