import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { checkPublicHttpsUrl, isPublicAddress } from '../../core/urls.js';
import { FeedFetchError, type FeedSource } from '../../sync/port.js';

export interface HttpFeedOptions {
  /** Largest feed read, in bytes (default 5 MB); a larger one is refused, not cut. */
  maxBytes?: number;
  /** The whole fetch, redirects included, must end within this (default 20 s). */
  timeoutMs?: number;
  /** Redirects followed (default 3); each target is checked like the first address. */
  maxRedirects?: number;
  /** The environment: TGR_SYNC_ALLOW_LOOPBACK=1 lets tests serve feeds over http on loopback. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Name resolution (default dns.lookup): tests make a name resolve to a private address. */
  resolve?: (
    hostname: string,
    callback: (error: Error | null, addresses: LookupAddress[]) => void,
  ) => void;
}

const DEFAULTS = { maxBytes: 5 * 1024 * 1024, timeoutMs: 20_000, maxRedirects: 3 };

/**
 * Fetches feeds from the internet, which is untrusted: https only, to public addresses only.
 * The address is checked when the socket connects (a custom `lookup`), so a name that resolves
 * to a public address when checked and a private one when used (DNS rebinding) is still refused;
 * every redirect is checked again; size, time and redirects are bounded.
 *
 * Node's own http/https with a `lookup` suffice: the check sits exactly where the address is
 * chosen, with nothing else to configure (undici's dispatcher would need the same lookup).
 */
export function httpFeedSource(options: HttpFeedOptions = {}): FeedSource {
  const limits = { ...DEFAULTS, ...definedOnly(options) };
  const loopback = options.env?.TGR_SYNC_ALLOW_LOOPBACK === '1';
  const resolve =
    options.resolve ??
    ((hostname, callback) => {
      dnsLookup(hostname, { all: true, verbatim: true }, callback);
    });

  return {
    async fetch(url) {
      const deadline = Date.now() + limits.timeoutMs;
      let target = url;
      for (let redirects = 0; ; redirects++) {
        const checked = checkTarget(target, loopback);
        const answer = await request(
          checked,
          resolve,
          loopback,
          limits.maxBytes,
          deadline,
          limits.timeoutMs,
        );
        if (answer.kind === 'body') return answer.text;
        if (redirects >= limits.maxRedirects) {
          throw new FeedFetchError(`more than ${String(limits.maxRedirects)} redirects`);
        }
        target = new URL(answer.location, checked).href;
      }
    },
  };
}

function definedOnly(options: HttpFeedOptions): Partial<typeof DEFAULTS> {
  const result: Partial<typeof DEFAULTS> = {};
  if (options.maxBytes !== undefined) result.maxBytes = options.maxBytes;
  if (options.timeoutMs !== undefined) result.timeoutMs = options.timeoutMs;
  if (options.maxRedirects !== undefined) result.maxRedirects = options.maxRedirects;
  return result;
}

/** The address as it may be fetched: https on a public host (or, for tests, http on loopback). */
function checkTarget(target: string, loopback: boolean): URL {
  if (!URL.canParse(target)) throw new FeedFetchError('not a web address');
  const url = new URL(target);
  if (
    loopback &&
    isLoopbackHost(url.hostname) &&
    (url.protocol === 'http:' || url.protocol === 'https:')
  ) {
    return url;
  }
  const verdict = checkPublicHttpsUrl(target);
  if (!verdict.ok) {
    const why = {
      'not-a-url': 'not a web address',
      'not-https': 'not an https address',
      'not-public': 'not a public address',
      credentials: 'the address holds a user name or password',
    }[verdict.problem];
    throw new FeedFetchError(`refused ${url.protocol}//${url.host}: ${why}`);
  }
  return verdict.url;
}

function bareHost(hostname: string): string {
  return hostname.replace(/^\[|\]$/g, '');
}

function isLoopbackHost(hostname: string): boolean {
  const host = bareHost(hostname);
  return isIP(host) !== 0 && isLoopbackAddress(host);
}

function isLoopbackAddress(address: string): boolean {
  return ipaddr.isValid(address) && ipaddr.process(address).range() === 'loopback';
}

type Answer = { kind: 'body'; text: string } | { kind: 'redirect'; location: string };

function request(
  url: URL,
  resolve: NonNullable<HttpFeedOptions['resolve']>,
  loopback: boolean,
  maxBytes: number,
  deadline: number,
  timeoutMs: number,
): Promise<Answer> {
  /** Connect only to an address that passes, whatever the name resolved to a moment ago. */
  const lookup: LookupFunction = (hostname, options, callback) => {
    resolve(hostname, (error, addresses) => {
      if (error) {
        callback(error, '', 4);
        return;
      }
      const allowed = addresses.filter(
        (entry) => isPublicAddress(entry.address) || (loopback && isLoopbackAddress(entry.address)),
      );
      if (allowed.length === 0 || allowed.length < addresses.length) {
        callback(
          new FeedFetchError(`refused ${hostname}: it resolves to a private or local address`),
          '',
          4,
        );
        return;
      }
      const first = allowed[0] as LookupAddress;
      if ((options as { all?: boolean }).all === true) {
        (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, allowed);
      } else callback(null, first.address, first.family);
    });
  };

  return new Promise<Answer>((resolveAnswer, reject) => {
    const remaining = Math.max(1, deadline - Date.now());
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(
      url,
      {
        method: 'GET',
        lookup,
        headers: {
          accept: 'text/calendar, text/plain;q=0.5, */*;q=0.1',
          'user-agent': 'tgr-sync (Azure Tech Groups registry)',
        },
        // No keep-alive: a pooled socket would skip the lookup that checks the address.
        agent: false,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        // The body of a redirect or an error is never read: the connection goes at once, so a
        // body that never ends cannot keep the process alive.
        if (status >= 300 && status < 400 && response.headers.location !== undefined) {
          response.on('error', ignore);
          req.destroy();
          clearTimeout(timer);
          resolveAnswer({ kind: 'redirect', location: response.headers.location });
          return;
        }
        if (status !== 200) {
          response.on('error', ignore);
          req.destroy();
          clearTimeout(timer);
          reject(new FeedFetchError(`the server answered HTTP ${String(status)}`));
          return;
        }
        const declared = Number(response.headers['content-length'] ?? 0);
        if (declared > maxBytes) {
          req.destroy(tooLarge(maxBytes));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) req.destroy(tooLarge(maxBytes));
          else chunks.push(chunk);
        });
        response.on('end', () => {
          clearTimeout(timer);
          const text = new TextDecoder('utf-8').decode(Buffer.concat(chunks));
          resolveAnswer({ kind: 'body', text });
        });
        response.on('error', (error) => {
          clearTimeout(timer);
          reject(asFetchError(error));
        });
      },
    );
    const timer = setTimeout(() => {
      req.destroy(new FeedFetchError(`no complete answer within ${String(timeoutMs)} ms`));
    }, remaining);
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(asFetchError(error));
    });
    req.end();
  });
}

/** The answer was already given: an abort of the unread body says nothing more. */
function ignore(): void {
  // Nothing to do.
}

function tooLarge(maxBytes: number): FeedFetchError {
  return new FeedFetchError(
    `the feed is larger than ${String(Math.round(maxBytes / 1024 / 1024))} MB`,
  );
}

function asFetchError(error: Error): FeedFetchError {
  if (error instanceof FeedFetchError) return error;
  const code = 'code' in error && typeof error.code === 'string' ? ` (${error.code})` : '';
  return new FeedFetchError(`the feed could not be fetched${code}`);
}
