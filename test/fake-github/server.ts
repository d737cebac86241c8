/**
 * A stateful fake of api.github.com for end-to-end tests: a real HTTP server that Octokit talks
 * to through GITHUB_API_URL. Every request is checked against GitHub's published REST contract;
 * whatever GitHub would refuse is recorded in `violations` (and answered as GitHub would), so a
 * test can fail on it.
 */
import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Fault, type FaultKind, takeFault } from './faults.js';
import { answerGraphql } from './graphql.js';
import { type Context, DOCS, type Reply, notFound } from './http.js';
import { rateHeaders } from './repo.js';
import { ROUTES } from './routes.js';
import { type State, bindAuthors, createState, isoSeconds } from './state.js';
import { matchOperation, validateRequest } from './validate.js';

export interface RequestRecord {
  method: string;
  path: string;
  query: Record<string, string>;
  /** The parsed JSON body, or undefined. */
  body: unknown;
  /** The status answered; 0 when the connection was dropped before any answer. */
  status: number;
  operationId?: string;
  fault?: FaultKind;
  /** Whether the request reached its handler (and so changed state, for a write). */
  applied: boolean;
}

export interface Violation {
  method: string;
  path: string;
  reasons: string[];
}

export interface FakeGitHub {
  /** The API base, for GITHUB_API_URL; GraphQL is at `${url}/graphql`. */
  readonly url: string;
  readonly state: State;
  readonly requests: RequestRecord[];
  /** Requests GitHub would refuse (or that the fake cannot judge): a test should expect none. */
  readonly violations: Violation[];
  /** Push fault rules here; each is removed once used up. */
  readonly faults: Fault[];
  /**
   * Called with each request before it is answered: lets a test change the repository between
   * two requests of one run (a push while the client reads).
   */
  readonly beforeRequest: Array<(method: string, path: string) => void>;
  /** How many non-GET requests were applied with a 2xx outcome (lost replies included). */
  writes(): number;
  /** Throws, listing them, if any request was a violation. */
  assertNoViolations(): void;
  close(): Promise<void>;
}

interface Plan {
  operationId?: string;
  run: () => Reply;
}

interface Refusal {
  status: number;
  title: string;
  reasons: string[];
}

export interface FakeGitHubOptions {
  /** The clock for timestamps the fake writes (default: the real one). */
  now?: () => Date;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** Starts the fake on 127.0.0.1 at a free port. */
export async function startFakeGitHub(
  seed?: Partial<State>,
  options: FakeGitHubOptions = {},
): Promise<FakeGitHub> {
  const clock = options.now ?? ((): Date => new Date());
  const state = createState(seed, clock);
  const requests: RequestRecord[] = [];
  const violations: Violation[] = [];
  const faults: Fault[] = [];
  const beforeRequest: Array<(method: string, path: string) => void> = [];
  const used = new WeakMap<Fault, number>();
  let api = '';

  function send(
    res: ServerResponse,
    record: RequestRecord,
    reply: Reply,
    resource: 'core' | 'graphql',
  ): void {
    record.status = reply.status;
    const headers: Record<string, string> = {
      'content-type': JSON_TYPE,
      'x-github-request-id': randomUUID().toUpperCase(),
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      ...rateHeaders(state, resource),
      ...reply.headers,
    };
    const payload =
      reply.status === 204 || reply.status === 304 || reply.body === undefined
        ? ''
        : typeof reply.body === 'string'
          ? reply.body
          : JSON.stringify(reply.body);
    res.writeHead(reply.status, headers);
    res.end(payload);
  }

  function violation(method: string, path: string, reasons: string[]): void {
    violations.push({ method, path, reasons });
  }

  /** The fake's 4xx for a violation: the status GitHub would use, with the reasons spelled out. */
  function refuse(status: number, title: string, reasons: string[]): Reply {
    return {
      status,
      body: { message: `${title} (fake GitHub): ${reasons.join('; ')}`, documentation_url: DOCS },
    };
  }

  /** What a request would do, once checked against the contract; or why GitHub would refuse it. */
  function planRequest(method: string, url: URL, body: unknown, accept: string): Plan | Refusal {
    const path = url.pathname;
    if (path === '/graphql')
      return method === 'POST'
        ? {
            run: () => {
              const answer = answerGraphql(state, body);
              if (answer.violations.length > 0) violation(method, path, answer.violations);
              return { status: answer.status, body: answer.body };
            },
          }
        : {
            status: 404,
            title: 'Not Found',
            reasons: [`${method} /graphql: GraphQL takes POST only`],
          };

    const match = matchOperation(method, path);
    if (match === undefined)
      return {
        status: 422,
        title: 'Validation Failed',
        reasons: [`${method} ${path} is not an operation the fake serves`],
      };
    const { operation, params } = match;
    const reasons = validateRequest(operation, { params, query: url.searchParams, body });
    if (reasons.length > 0) return { status: 422, title: 'Validation Failed', reasons };
    const handler = ROUTES[operation.operationId];
    if (handler === undefined) throw new Error(`no handler for ${operation.operationId}`);
    const context: Context = {
      state,
      params,
      query: url.searchParams,
      body,
      url,
      api,
      accept,
      now: () => isoSeconds(clock()),
      reject: (reason) => {
        violation(method, path, [reason]);
        return refuse(422, 'Validation Failed', [reason]);
      },
    };
    const { repository } = state;
    const elsewhere =
      (params.owner !== undefined &&
        params.owner.toLowerCase() !== repository.owner.toLowerCase()) ||
      (params.repo !== undefined && params.repo.toLowerCase() !== repository.repo.toLowerCase());
    return {
      operationId: operation.operationId,
      // Another repository is simply not there.
      run: () => (elsewhere ? notFound() : handler(context)),
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req)
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    const raw = Buffer.concat(chunks).toString('utf8');
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', api);
    const path = url.pathname;
    const record: RequestRecord = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      status: 0,
      applied: false,
    };
    requests.push(record);
    const resource = path === '/graphql' ? 'graphql' : 'core';
    const reject = (status: number, title: string, reasons: string[]): void => {
      violation(method, path, reasons);
      send(res, record, refuse(status, title, reasons), resource);
    };

    let body: unknown;
    if (raw.trim() !== '')
      try {
        body = JSON.parse(raw);
      } catch {
        reject(400, 'Problems parsing JSON', ['the request body is not JSON']);
        return;
      }
    record.body = body;
    if (!/^(token|bearer) \S+$/i.test(req.headers.authorization ?? '')) {
      reject(401, 'Requires authentication', ['no authorization header (token … or Bearer …)']);
      return;
    }

    for (const hook of beforeRequest) hook(method, path);
    // Content a test pushed by login belongs to whoever has that login now.
    bindAuthors(state);
    const plan = planRequest(method, url, body, req.headers.accept ?? '');
    if ('reasons' in plan) {
      reject(plan.status, plan.title, plan.reasons);
      return;
    }
    if (plan.operationId !== undefined) record.operationId = plan.operationId;

    const bucket = state.rateLimit[resource];
    const counted = path !== '/rate_limit';
    if (counted && bucket.used >= bucket.limit) {
      send(
        res,
        record,
        {
          status: 403,
          body: {
            message: 'API rate limit exceeded for installation. (fake GitHub)',
            documentation_url:
              'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
          },
        },
        resource,
      );
      return;
    }

    const fault = takeFault(faults, used, method, path);
    if (fault !== undefined && fault.kind !== 'pass') record.fault = fault.kind;
    if (fault?.kind === 'status') {
      send(
        res,
        record,
        {
          status: fault.status,
          body: fault.body ?? { message: `Injected fault ${String(fault.status)} (fake GitHub)` },
          ...(fault.headers === undefined ? {} : { headers: fault.headers }),
        },
        resource,
      );
      return;
    }
    if (fault?.kind === 'drop') {
      req.socket.destroy();
      return;
    }

    if (counted) bucket.used++;
    let reply: Reply;
    try {
      reply = plan.run();
    } catch (error: unknown) {
      const reasons = [
        `fake GitHub bug: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      ];
      violation(method, path, reasons);
      reply = refuse(500, 'Server Error', reasons);
    }
    record.applied = true;
    if (fault?.kind === 'lost-reply') {
      record.status = reply.status;
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'applied-status') {
      send(
        res,
        record,
        {
          status: fault.status,
          body: { message: `Injected fault ${String(fault.status)} after the write (fake GitHub)` },
        },
        resource,
      );
      return;
    }
    send(res, record, reply, resource);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      violation(req.method ?? 'GET', req.url ?? '/', [`fake GitHub bug: ${String(error)}`]);
      if (!res.headersSent) res.writeHead(500, { 'content-type': JSON_TYPE });
      res.end(JSON.stringify({ message: 'Server Error (fake GitHub)' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  api = `http://127.0.0.1:${String(port)}`;

  return {
    url: api,
    state,
    requests,
    violations,
    faults,
    beforeRequest,
    writes: () =>
      requests.filter(
        (r) =>
          r.applied &&
          r.method !== 'GET' &&
          r.path !== '/graphql' &&
          r.status >= 200 &&
          r.status < 300,
      ).length,
    assertNoViolations: () => {
      if (violations.length === 0) return;
      const lines = violations.map((v) => `${v.method} ${v.path}: ${v.reasons.join('; ')}`);
      throw new Error(
        `fake GitHub saw ${String(violations.length)} violation(s):\n${lines.join('\n')}`,
      );
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error === undefined) resolve();
          else reject(error);
        });
      });
    },
  };
}
