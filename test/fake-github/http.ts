import type { State } from './state.js';

/** What a handler answers; the server adds the rate-limit and request-id headers. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Context {
  state: State;
  /** Path parameters, decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The validated JSON body, or undefined. */
  body: unknown;
  /** The request URL, absolute, for Link headers. */
  url: URL;
  /** The API base, e.g. http://127.0.0.1:1234, for the `url` fields of answers. */
  api: string;
  accept: string;
  /** Now, as GitHub writes timestamps. */
  now: () => string;
  /**
   * Records that GitHub would refuse this request (beyond what the schema says: limits, rules
   * between fields) and answers 422 as GitHub does.
   */
  reject: (reason: string) => Reply;
}

export type Handler = (context: Context) => Reply;

/** The web base GitHub's html_url fields point at. */
export const WEB = 'https://github.com';

export const DOCS = 'https://docs.github.com/rest';

export function json(status: number, body: unknown): Reply {
  return { status, body };
}

export function notFound(message = 'Not Found'): Reply {
  return { status: 404, body: { message, documentation_url: DOCS, status: '404' } };
}

/** A field of a JSON object body, or undefined; bodies are schema-checked before handlers run. */
export function field(body: unknown, key: string): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !Object.hasOwn(body, key))
    return undefined;
  const value: unknown = Reflect.get(body, key);
  return value;
}

export function text(body: unknown, key: string): string | undefined {
  const value = field(body, key);
  return typeof value === 'string' ? value : undefined;
}

/** The integer a validated path parameter holds. */
export function intParam(context: Context, name: string): number {
  return Number(context.params[name]);
}

function queryInt(query: URLSearchParams, name: string): number | undefined {
  const raw = query.getAll(name).at(-1);
  return raw === undefined || !/^-?\d+$/.test(raw) ? undefined : Number(raw);
}

/**
 * One page of a list the way GitHub serves it: per_page (default 30, at most 100) and page (from
 * 1), with a Link header naming prev/next/last/first pages while there is more than one page.
 * `render` turns the page's items into JSON (only theirs: a long list is served page by page).
 */
export function paginate<T>(
  context: Context,
  items: readonly T[],
  maxItems = Infinity,
  render: (item: T) => unknown = (item) => item,
): Reply {
  const listed = items.slice(0, maxItems);
  const requested = queryInt(context.query, 'per_page');
  const perPage = Math.min(100, requested === undefined || requested < 1 ? 30 : requested);
  const page = Math.max(1, queryInt(context.query, 'page') ?? 1);
  const last = Math.max(1, Math.ceil(listed.length / perPage));
  const body = listed.slice((page - 1) * perPage, page * perPage).map(render);
  if (last === 1) return { status: 200, body };
  const link = (number: number, rel: string): string => {
    const url = new URL(context.url.pathname, context.api);
    for (const [key, value] of context.query) if (key !== 'page') url.searchParams.set(key, value);
    url.searchParams.set('page', String(number));
    return `<${url.toString()}>; rel="${rel}"`;
  };
  const links = [
    ...(page > 1 ? [link(Math.min(page - 1, last), 'prev')] : []),
    ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
    ...(page > 1 ? [link(1, 'first')] : []),
  ];
  return { status: 200, body, headers: { link: links.join(', ') } };
}
