/**
 * POST /graphql, for the query shapes this project needs: aliased `user(login:)` lookups
 * selecting login, id, databaseId, createdAt or __typename; `viewer` (the token's own account, a
 * Bot for the workflow token) with the same fields; and `repository(owner:, name:) { issue(number:)
 * { lastEditedAt editor { … } } }`, who last edited an issue's body (`editor` is the Actor
 * interface: `databaseId` only through `... on User` or `... on Bot`). Anything else is refused
 * loudly, since the fake cannot tell whether GitHub would accept it.
 */
import { field } from './http.js';
import { type Account, type State, accountById, accountOf, findAccount } from './state.js';

/** The fake's cap on lookups per query; past it the query fails like GitHub's node limit. */
export const MAX_LOOKUPS = 100;

const USER_FIELDS = new Set(['login', 'id', 'databaseId', 'createdAt', '__typename']);

/** GraphQL global id prefixes by account type. */
const PREFIX: Record<Account['type'], string> = { User: 'U', Bot: 'BOT', Organization: 'O' };

interface Token {
  kind: 'name' | 'punct' | 'string' | 'number' | 'end';
  value: string;
  line: number;
  column: number;
}

/** An argument: a literal or a variable. */
type Argument = { literal: string | number } | { variable: string };

/** `repository(owner:, name:) { issue(number:) { … } }`. */
interface IssueQuery {
  key: string;
  owner: Argument;
  name: Argument;
  issueKey: string;
  number: Argument;
  /** Fields of the issue, by response key: `lastEditedAt`, `number` or `editor`. */
  fields: { key: string; name: string }[];
  /** The `editor` selection: direct Actor fields, and fields by inline fragment type. */
  editor: {
    fields: { key: string; name: string }[];
    on: Map<string, { key: string; name: string }[]>;
  };
}

const ISSUE_FIELDS = new Set(['lastEditedAt', 'number', 'editor']);
/** Fields of the Actor interface itself; `databaseId` is not one of them. */
const ACTOR_FIELDS = new Set(['login', '__typename']);
const EDITOR_TYPES = new Set(['User', 'Bot']);
const TYPED_ACTOR_FIELDS = new Set(['login', '__typename', 'databaseId']);

interface Lookup {
  key: string;
  /** Absent for `viewer`: the account the token acts as. */
  login: { literal: string } | { variable: string } | { viewer: true };
  fields: { key: string; name: string }[];
  line: number;
  column: number;
}

export interface GraphqlAnswer {
  status: number;
  body: unknown;
  /** Why GitHub would refuse the request, or why the fake cannot judge it; empty when fine. */
  violations: string[];
}

class ShapeError extends Error {}

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  let line = 1;
  let lineStart = 0;
  while (index < source.length) {
    const char = source.charAt(index);
    const column = index - lineStart + 1;
    if (char === '\n') {
      index++;
      line++;
      lineStart = index;
    } else if (/[\s,\uFEFF]/.test(char)) index++;
    else if (char === '#') while (index < source.length && source.charAt(index) !== '\n') index++;
    else if (source.startsWith('...', index)) {
      tokens.push({ kind: 'punct', value: '...', line, column });
      index += 3;
    } else if ('!$():=@[]{}|'.includes(char)) {
      tokens.push({ kind: 'punct', value: char, line, column });
      index++;
    } else if (/[_A-Za-z]/.test(char)) {
      const name = /^[_A-Za-z][_0-9A-Za-z]*/.exec(source.slice(index))?.[0] ?? char;
      tokens.push({ kind: 'name', value: name, line, column });
      index += name.length;
    } else if (/[-0-9]/.test(char)) {
      const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(source.slice(index))?.[0];
      if (number === undefined)
        throw new ShapeError(`bad number at ${String(line)}:${String(column)}`);
      tokens.push({ kind: 'number', value: number, line, column });
      index += number.length;
    } else if (char === '"') {
      if (source.startsWith('"""', index)) throw new ShapeError('block strings are not supported');
      let value = '';
      index++;
      for (;;) {
        const next = source.charAt(index);
        if (next === '' || next === '\n') throw new ShapeError('unterminated string');
        index++;
        if (next === '"') break;
        if (next !== '\\') {
          value += next;
          continue;
        }
        const escape = source.charAt(index);
        index++;
        if (escape === 'u') {
          const hex = source.slice(index, index + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new ShapeError('bad \\u escape');
          value += String.fromCharCode(parseInt(hex, 16));
          index += 4;
        } else {
          const mapped = ESCAPES[escape];
          if (mapped === undefined) throw new ShapeError(`bad escape \\${escape}`);
          value += mapped;
        }
      }
      tokens.push({ kind: 'string', value, line, column });
    } else throw new ShapeError(`unexpected character ${JSON.stringify(char)}`);
  }
  tokens.push({ kind: 'end', value: '', line, column: index - lineStart + 1 });
  return tokens;
}

/** Parses `query Name($a: String!, …) { alias: user(login: $a) { login id } … }`, or an issue query. */
function parse(source: string): {
  variables: Map<string, string>;
  lookups: Lookup[];
  issues: IssueQuery[];
} {
  const tokens = tokenize(source);
  let position = 0;
  const peek = (): Token => tokens[position] ?? { kind: 'end', value: '', line: 0, column: 0 };
  const take = (): Token => {
    const token = peek();
    position++;
    return token;
  };
  const expect = (value: string): Token => {
    const token = take();
    if (token.value !== value || (token.kind !== 'punct' && token.kind !== 'name'))
      throw new ShapeError(
        `expected ${value} at ${String(token.line)}:${String(token.column)}, found ${JSON.stringify(token.value)}`,
      );
    return token;
  };
  const name = (): Token => {
    const token = take();
    if (token.kind !== 'name')
      throw new ShapeError(`expected a name at ${String(token.line)}:${String(token.column)}`);
    return token;
  };

  const variables = new Map<string, string>();
  if (peek().kind === 'name') {
    if (peek().value !== 'query')
      throw new ShapeError(`${peek().value} operations are not supported`);
    take();
    if (peek().kind === 'name') take();
    if (peek().value === '(') {
      take();
      while (peek().value !== ')') {
        expect('$');
        const variable = name().value;
        expect(':');
        const type = name().value;
        // Every argument this fake knows is non-null: String! (login, owner, name) or Int!.
        if ((type !== 'String' && type !== 'Int') || take().value !== '!')
          throw new ShapeError(`variable $${variable} must be declared String! or Int!`);
        if (peek().value === '=') throw new ShapeError('variable defaults are not supported');
        variables.set(variable, type);
      }
      take();
    }
  }
  /** An argument's value: a string, a whole number or a variable. */
  const argument = (): Argument => {
    const token = take();
    if (token.kind === 'string') return { literal: token.value };
    if (token.kind === 'number' && /^-?\d+$/.test(token.value))
      return { literal: Number(token.value) };
    if (token.value === '$') return { variable: name().value };
    throw new ShapeError(`bad argument at ${String(token.line)}:${String(token.column)}`);
  };
  /** `(a: …, b: …)` with exactly these names, in any order. */
  const argumentsOf = (names: readonly string[]): Map<string, Argument> => {
    expect('(');
    const found = new Map<string, Argument>();
    while (peek().value !== ')') {
      const argName = name().value;
      if (!names.includes(argName) || found.has(argName))
        throw new ShapeError(`argument ${argName} is not supported here`);
      expect(':');
      found.set(argName, argument());
    }
    take();
    const missing = names.filter((wanted) => !found.has(wanted));
    if (missing.length > 0) throw new ShapeError(`missing argument ${missing.join(', ')}`);
    return found;
  };
  /** A selection of plain fields, each checked by `allowed`: `{ key: name … }`. */
  const selection = (
    allowed: (field: string) => boolean,
    what: string,
  ): { key: string; name: string }[] => {
    const fields: { key: string; name: string }[] = [];
    expect('{');
    while (peek().value !== '}') {
      const inner = name();
      let fieldName = inner.value;
      if (peek().value === ':') {
        take();
        fieldName = name().value;
      }
      if (!allowed(fieldName))
        throw new ShapeError(`field ${fieldName} on ${what} is not supported`);
      fields.push({ key: inner.value, name: fieldName });
    }
    take();
    if (fields.length === 0) throw new ShapeError(`${what} selects no fields`);
    return fields;
  };
  const issueQuery = (key: string): IssueQuery => {
    const repoArgs = argumentsOf(['owner', 'name']);
    expect('{');
    const first = name();
    let selected = first.value;
    if (peek().value === ':') {
      take();
      selected = name().value;
    }
    if (selected !== 'issue')
      throw new ShapeError(`field ${selected} on Repository is not supported`);
    const issueArgs = argumentsOf(['number']);
    const fields: { key: string; name: string }[] = [];
    const editor: IssueQuery['editor'] = { fields: [], on: new Map() };
    expect('{');
    while (peek().value !== '}') {
      const inner = name();
      let fieldName = inner.value;
      if (peek().value === ':') {
        take();
        fieldName = name().value;
      }
      if (!ISSUE_FIELDS.has(fieldName))
        throw new ShapeError(`field ${fieldName} on Issue is not supported`);
      fields.push({ key: inner.value, name: fieldName });
      if (fieldName !== 'editor') continue;
      expect('{');
      while (peek().value !== '}') {
        if (peek().value === '...') {
          take();
          expect('on');
          const type = name().value;
          if (!EDITOR_TYPES.has(type)) throw new ShapeError(`fragment on ${type} is not supported`);
          editor.on.set(type, [
            ...(editor.on.get(type) ?? []),
            ...selection((f) => TYPED_ACTOR_FIELDS.has(f), type),
          ]);
          continue;
        }
        const actorField = name();
        let actorName = actorField.value;
        if (peek().value === ':') {
          take();
          actorName = name().value;
        }
        // GitHub: "Selections can't be made directly on interface Actor" for anything else.
        if (!ACTOR_FIELDS.has(actorName))
          throw new ShapeError(`field ${actorName} doesn't exist on type Actor`);
        editor.fields.push({ key: actorField.value, name: actorName });
      }
      take();
      if (editor.fields.length === 0 && editor.on.size === 0)
        throw new ShapeError('editor selects no fields');
    }
    take();
    if (fields.length === 0) throw new ShapeError('issue selects no fields');
    expect('}');
    const owner = repoArgs.get('owner');
    const repoName = repoArgs.get('name');
    const number = issueArgs.get('number');
    if (owner === undefined || repoName === undefined || number === undefined)
      throw new ShapeError('missing argument');
    return { key, owner, name: repoName, issueKey: first.value, number, fields, editor };
  };

  expect('{');
  const lookups: Lookup[] = [];
  const issues: IssueQuery[] = [];
  while (peek().value !== '}') {
    const first = name();
    const key = first.value;
    let selected = first.value;
    if (peek().value === ':') {
      take();
      selected = name().value;
    }
    if (selected === 'repository') {
      issues.push(issueQuery(key));
      continue;
    }
    let login: Lookup['login'];
    if (selected === 'viewer') login = { viewer: true };
    else if (selected === 'user') {
      expect('(');
      expect('login');
      expect(':');
      const argument = take();
      if (argument.kind === 'string') login = { literal: argument.value };
      else if (argument.value === '$') login = { variable: name().value };
      else throw new ShapeError('login must be a string or a variable');
      expect(')');
    } else throw new ShapeError(`top-level field ${selected} is not supported`);
    expect('{');
    const fields: Lookup['fields'] = [];
    while (peek().value !== '}') {
      const inner = name();
      const fieldKey = inner.value;
      let fieldName = inner.value;
      if (peek().value === ':') {
        take();
        fieldName = name().value;
      }
      if (!USER_FIELDS.has(fieldName))
        throw new ShapeError(`field ${fieldName} on User is not supported`);
      if (fields.some((f) => f.key === fieldKey && f.name !== fieldName))
        throw new ShapeError(`fields conflict at ${fieldKey}`);
      fields.push({ key: fieldKey, name: fieldName });
    }
    take();
    if (fields.length === 0) throw new ShapeError(`user selection ${key} selects no fields`);
    lookups.push({ key, login, fields, line: first.line, column: first.column });
  }
  take();
  if (peek().kind !== 'end') throw new ShapeError('only one operation per document is supported');
  if (issues.length > 0 && lookups.length > 0)
    throw new ShapeError('user lookups and repository queries in one document are not supported');
  return { variables, lookups, issues };
}

function loginOf(lookup: Lookup, variables: Record<string, unknown>): string {
  if ('literal' in lookup.login) return lookup.login.literal;
  if ('viewer' in lookup.login) throw new ShapeError('viewer has no login argument');
  const value = variables[lookup.login.variable];
  if (typeof value !== 'string')
    throw new ShapeError(
      `Variable $${lookup.login.variable} of type String! was provided invalid value`,
    );
  return value;
}

function fail(status: number, message: string, violations = [message]): GraphqlAnswer {
  return {
    status,
    body: { message, documentation_url: 'https://docs.github.com/graphql' },
    violations,
  };
}

/** The selected fields of an account, a User or (for `viewer` with the workflow token) a Bot. */
function accountFields(account: Account, fields: Lookup['fields']): Record<string, unknown> {
  const { id, login, type } = account;
  const values: Record<string, unknown> = {
    login,
    id: `${PREFIX[type]}_${Buffer.from(String(id)).toString('base64url')}`,
    databaseId: id,
    createdAt: account.created_at,
    __typename: type,
  };
  return Object.fromEntries(fields.map((f) => [f.key, values[f.name]]));
}

/** Answers a GraphQL request body the way GitHub would, for the supported shape. */
export function answerGraphql(state: State, body: unknown): GraphqlAnswer {
  const query = field(body, 'query');
  const given = field(body, 'variables');
  if (typeof query !== 'string') return fail(400, 'A query attribute must be specified');
  if (given !== undefined && given !== null && (typeof given !== 'object' || Array.isArray(given)))
    return fail(400, 'variables must be an object');
  const variables: Record<string, unknown> =
    typeof given === 'object' && given !== null ? { ...given } : {};
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(query);
  } catch (error: unknown) {
    if (error instanceof ShapeError)
      return fail(400, `Unsupported GraphQL query: ${error.message}`);
    throw error;
  }
  const { lookups } = parsed;
  if (lookups.length > MAX_LOOKUPS) {
    const message = `This query requests ${String(lookups.length)} user lookups, which exceeds the maximum of ${String(MAX_LOOKUPS)} per query.`;
    return {
      status: 200,
      body: { errors: [{ type: 'MAX_NODE_LIMIT_EXCEEDED', message }] },
      violations: [message],
    };
  }
  // Each variable used, with the type its argument takes.
  const uses: Array<[string, string]> = [
    ...lookups.flatMap((l): Array<[string, string]> =>
      'variable' in l.login ? [[l.login.variable, 'String']] : [],
    ),
    ...parsed.issues.flatMap((q) =>
      (
        [
          [q.owner, 'String'],
          [q.name, 'String'],
          [q.number, 'Int'],
        ] as const
      ).flatMap(([arg, type]): Array<[string, string]> =>
        'variable' in arg ? [[arg.variable, type]] : [],
      ),
    ),
  ];
  const used = new Set(uses.map(([variable]) => variable));
  const undeclared = [...used].filter((v) => !parsed.variables.has(v));
  const unused = [...parsed.variables.keys()].filter((v) => !used.has(v));
  if (undeclared.length > 0 || unused.length > 0)
    return fail(
      400,
      `Variables undeclared (${undeclared.join(', ')}) or unused (${unused.join(', ')})`,
    );
  for (const [variable, type] of uses)
    if (parsed.variables.get(variable) !== type)
      return fail(
        400,
        `Variable $${variable} of type ${String(parsed.variables.get(variable))}! is used where ${type}! is expected`,
      );
  if (parsed.issues.length > 0) return answerIssues(state, parsed.issues, variables);

  const data: Record<string, unknown> = {};
  const errors: unknown[] = [];
  const seen = new Map<string, string>();
  for (const lookup of lookups) {
    if ('viewer' in lookup.login) {
      data[lookup.key] = accountFields(accountOf(state, state.authenticatedLogin), lookup.fields);
      continue;
    }
    let login: string;
    try {
      login = loginOf(lookup, variables);
    } catch (error: unknown) {
      if (error instanceof ShapeError) return fail(400, error.message);
      throw error;
    }
    const earlier = seen.get(lookup.key);
    if (earlier !== undefined && earlier !== login)
      return fail(400, `Field '${lookup.key}' has an argument conflict`);
    seen.set(lookup.key, login);
    const user = findAccount(state, login);
    // GraphQL's `user` resolves Users only: bots and organisations are NOT_FOUND, as on GitHub.
    if (user?.type !== 'User') {
      data[lookup.key] = null;
      errors.push({
        type: 'NOT_FOUND',
        path: [lookup.key],
        locations: [{ line: lookup.line, column: lookup.column }],
        message: `Could not resolve to a User with the login of '${login}'.`,
      });
      continue;
    }
    data[lookup.key] = accountFields(user, lookup.fields);
  }
  return {
    status: 200,
    body: errors.length > 0 ? { data, errors } : { data },
    violations: [],
  };
}

/** An argument's value, checked against its type as GitHub coerces it. */
function valueOf(
  arg: Argument,
  type: 'String' | 'Int',
  variables: Record<string, unknown>,
): string | number {
  const value = 'literal' in arg ? arg.literal : variables[arg.variable];
  if (type === 'String' && typeof value === 'string') return value;
  if (
    type === 'Int' &&
    typeof value === 'number' &&
    Number.isInteger(value) &&
    Math.abs(value) < 2 ** 31
  )
    return value;
  throw new ShapeError(
    `${'variable' in arg ? `Variable $${arg.variable}` : 'Argument'} of type ${type}! was provided invalid value`,
  );
}

/** Answers `repository { issue { … } }` queries from the state's issues (never pull requests). */
function answerIssues(
  state: State,
  queries: readonly IssueQuery[],
  variables: Record<string, unknown>,
): GraphqlAnswer {
  const data: Record<string, unknown> = {};
  const errors: unknown[] = [];
  for (const query of queries) {
    let owner: string | number;
    let name: string | number;
    let number: string | number;
    try {
      owner = valueOf(query.owner, 'String', variables);
      name = valueOf(query.name, 'String', variables);
      number = valueOf(query.number, 'Int', variables);
    } catch (error: unknown) {
      if (error instanceof ShapeError) return fail(400, error.message);
      throw error;
    }
    const { repository } = state;
    const ours =
      String(owner).toLowerCase() === repository.owner.toLowerCase() &&
      String(name).toLowerCase() === repository.repo.toLowerCase();
    if (!ours) {
      data[query.key] = null;
      errors.push({
        type: 'NOT_FOUND',
        path: [query.key],
        message: `Could not resolve to a Repository with the name '${String(owner)}/${String(name)}'.`,
      });
      continue;
    }
    const issue = state.issues.find((i) => i.number === number && !i.isPullRequest);
    if (issue === undefined) {
      data[query.key] = { [query.issueKey]: null };
      errors.push({
        type: 'NOT_FOUND',
        path: [query.key, query.issueKey],
        message: `Could not resolve to an Issue with the number of ${String(number)}.`,
      });
      continue;
    }
    // A deleted account's edit shows no editor, as on GitHub.
    const editor = issue.editor === undefined ? undefined : accountById(state, issue.editor.id);
    const editorJson = (account: Account): Record<string, unknown> => {
      const values: Record<string, unknown> = {
        login: account.login,
        __typename: account.type,
        databaseId: account.id,
      };
      const chosen = [...query.editor.fields, ...(query.editor.on.get(account.type) ?? [])];
      return Object.fromEntries(chosen.map((f) => [f.key, values[f.name]]));
    };
    const values: Record<string, unknown> = {
      lastEditedAt: issue.editor?.at ?? null,
      number: issue.number,
      editor: editor === undefined ? null : editorJson(editor),
    };
    data[query.key] = {
      [query.issueKey]: Object.fromEntries(query.fields.map((f) => [f.key, values[f.name]])),
    };
  }
  return { status: 200, body: errors.length > 0 ? { data, errors } : { data }, violations: [] };
}
