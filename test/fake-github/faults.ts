/** Injected failures: the ways GitHub and the network go wrong that clients must survive. */

export interface FaultMatch {
  /** An HTTP method or several, any case; any method when absent. */
  method?: string | readonly string[];
  /** Tested against the request path without the query; any path when absent. */
  path?: RegExp;
}

interface FaultRule {
  match?: FaultMatch;
  /** How many matching requests this rule takes before it is used up (default 1). */
  times?: number;
}

/** Answer with this status (e.g. 500, or 403/429 with retry-after) without applying the request. */
export interface StatusFault extends FaultRule {
  kind: 'status';
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Destroy the connection without applying the request. */
export interface DropFault extends FaultRule {
  kind: 'drop';
}

/** Apply the request, then destroy the connection before any byte of the answer: the classic cause of duplicate creates. */
export interface LostReplyFault extends FaultRule {
  kind: 'lost-reply';
}

/**
 * Apply the request, then answer with this status instead of its result: a gateway that timed out
 * after the write went through (a 502 or 504), the other classic cause of duplicate creates.
 */
export interface AppliedStatusFault extends FaultRule {
  kind: 'applied-status';
  status: number;
}

/** Let the request through untouched; lets a schedule say "the next n requests succeed". */
export interface PassFault extends FaultRule {
  kind: 'pass';
}

export type Fault = StatusFault | DropFault | LostReplyFault | AppliedStatusFault | PassFault;
export type FaultKind = Fault['kind'];

function matches(match: FaultMatch | undefined, method: string, path: string): boolean {
  if (match === undefined) return true;
  const methods = typeof match.method === 'string' ? [match.method] : match.method;
  if (methods !== undefined && !methods.some((m) => m.toUpperCase() === method.toUpperCase()))
    return false;
  if (match.path === undefined) return true;
  match.path.lastIndex = 0; // a /g or /y pattern keeps state between tests
  return match.path.test(path);
}

/**
 * Takes the first rule that matches the request, in list order, and removes it from the list
 * once used up, so an empty list means every planned fault happened.
 */
export function takeFault(
  faults: Fault[],
  used: WeakMap<Fault, number>,
  method: string,
  path: string,
): Fault | undefined {
  const index = faults.findIndex((fault) => matches(fault.match, method, path));
  const fault = faults[index];
  if (fault === undefined) return undefined;
  const count = (used.get(fault) ?? 0) + 1;
  used.set(fault, count);
  if (count >= (fault.times ?? 1)) faults.splice(index, 1);
  return fault;
}

/** mulberry32: a tiny seeded PRNG, so a failing fuzz run replays exactly from its seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type SeededKind =
  | 'status-500'
  | 'status-502'
  | 'secondary-rate-limit'
  | 'status-429'
  | 'drop'
  | 'lost-reply'
  | 'applied-502';

export interface SeededOptions {
  /** How many requests the schedule covers (default 200); later ones pass. */
  length?: number;
  kinds?: readonly SeededKind[];
  /** Which requests the schedule counts and affects (default: every request). */
  match?: FaultMatch;
  /** retry-after seconds on 403/429 faults (default 0, to keep tests fast). */
  retryAfter?: number;
}

const ALL_KINDS: readonly SeededKind[] = [
  'status-500',
  'status-502',
  'secondary-rate-limit',
  'status-429',
  'drop',
  'lost-reply',
  'applied-502',
];

function seededFault(kind: SeededKind, match: FaultMatch | undefined, retryAfter: string): Fault {
  const base = match === undefined ? {} : { match };
  switch (kind) {
    case 'status-500':
      return { ...base, kind: 'status', status: 500, body: { message: 'Server Error' } };
    case 'status-502':
      return { ...base, kind: 'status', status: 502, body: { message: 'Server Error' } };
    case 'secondary-rate-limit':
      return {
        ...base,
        kind: 'status',
        status: 403,
        headers: { 'retry-after': retryAfter, 'x-ratelimit-remaining': '4999' },
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url:
            'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        },
      };
    case 'status-429':
      return {
        ...base,
        kind: 'status',
        status: 429,
        headers: { 'retry-after': retryAfter },
        body: { message: 'Too Many Requests' },
      };
    case 'drop':
      return { ...base, kind: 'drop' };
    case 'lost-reply':
      return { ...base, kind: 'lost-reply' };
    case 'applied-502':
      return { ...base, kind: 'applied-status', status: 502 };
  }
}

/**
 * A deterministic random fault schedule: each of the next `length` matching requests fails with
 * probability `rate`, with a kind drawn from `kinds`; runs of successes are `pass` rules. Push
 * the result into `server.faults`.
 */
export function seededFaults(seed: number, rate: number, options: SeededOptions = {}): Fault[] {
  const random = mulberry32(seed);
  const kinds = options.kinds ?? ALL_KINDS;
  const retryAfter = String(options.retryAfter ?? 0);
  const { match } = options;
  const schedule: Fault[] = [];
  let passes = 0;
  const flush = (): void => {
    if (passes > 0)
      schedule.push({ ...(match === undefined ? {} : { match }), kind: 'pass', times: passes });
    passes = 0;
  };
  for (let index = 0; index < (options.length ?? 200); index++) {
    const kind = kinds[Math.floor(random() * kinds.length)];
    if (random() >= rate || kind === undefined) {
      passes++;
      continue;
    }
    flush();
    schedule.push(seededFault(kind, match, retryAfter));
  }
  flush();
  return schedule;
}
