import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../test/support/registry.js';
import { httpFeedSource } from './feed-source.js';
import { FeedFetchError } from '../../sync/port.js';

const MEETUP = readFileSync(path.join(REPO_ROOT, 'test/fixtures/feeds/meetup.ics'));
const LOOPBACK = { TGR_SYNC_ALLOW_LOOPBACK: '1' };
const MB = 1024 * 1024;

let server: Server;
let base = '';
/** Resolves when the server sees the connection for that path close. */
const closed = new Map<string, () => void>();
const closing = (url: string): Promise<void> =>
  new Promise((resolve) => {
    closed.set(url, resolve);
  });

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (url === '/meetup.ics') {
      response.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' });
      response.end(MEETUP);
    } else if (url === '/redirect') {
      response.writeHead(302, { location: '/meetup.ics' });
      response.end();
    } else if (url.startsWith('/to/')) {
      response.writeHead(301, { location: decodeURIComponent(url.slice('/to/'.length)) });
      response.end();
    } else if (url === '/loop') {
      response.writeHead(302, { location: '/loop' });
      response.end();
    } else if (url === '/huge') {
      // 20 MB, generated here, sent without a length so only counting can stop it.
      response.writeHead(200, { 'content-type': 'text/calendar' });
      const chunk = Buffer.alloc(MB, 'X');
      let sent = 0;
      const more = (): void => {
        while (sent < 20) {
          sent++;
          if (!response.write(chunk)) {
            response.once('drain', more);
            return;
          }
        }
        response.end();
      };
      response.on('error', () => undefined);
      more();
    } else if (url === '/huge-declared') {
      response.writeHead(200, { 'content-length': String(20 * MB) });
      response.end();
    } else if (url === '/drip-redirect' || url === '/drip-error') {
      // A redirect or an error whose body never ends: the client must close the connection.
      response.writeHead(url === '/drip-redirect' ? 302 : 500, {
        location: '/meetup.ics',
        'content-type': 'text/plain',
      });
      const drip = setInterval(() => response.write('.'), 20);
      request.socket.on('close', () => {
        clearInterval(drip);
        closed.get(url)?.();
      });
    } else if (url === '/hang') {
      // Never answers.
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error: unknown) {
    expect(error).toBeInstanceOf(FeedFetchError);
    return (error as Error).message;
  }
  throw new Error('the fetch succeeded');
}

describe('httpFeedSource', () => {
  it('fetches a feed byte for byte (loopback allowed for tests), following a redirect', async () => {
    const feeds = httpFeedSource({ env: LOOPBACK });
    expect(await feeds.fetch(`${base}/meetup.ics`)).toBe(MEETUP.toString('utf8'));
    expect(await feeds.fetch(`${base}/redirect`)).toBe(MEETUP.toString('utf8'));
  });

  it('refuses loopback and http without TGR_SYNC_ALLOW_LOOPBACK=1', async () => {
    const feeds = httpFeedSource({ env: { TGR_SYNC_ALLOW_LOOPBACK: 'true' } });
    expect(await failure(feeds.fetch(`${base}/meetup.ics`))).toBe(
      `refused http://${base.slice('http://'.length)}: not an https address`,
    );
    expect(await failure(feeds.fetch('https://127.0.0.1/feed.ics'))).toBe(
      'refused https://127.0.0.1: not a public address',
    );
  });

  it.each([
    [
      'a cloud metadata endpoint',
      'http://169.254.169.254/latest/meta-data/',
      'refused http://169.254.169.254: not an https address',
    ],
    [
      'a link-local address over https',
      'https://169.254.169.254/latest/meta-data/',
      'refused https://169.254.169.254: not a public address',
    ],
    [
      'a private address',
      'https://10.0.0.1/feed.ics',
      'refused https://10.0.0.1: not a public address',
    ],
    [
      'an IPv6 unique local address',
      'https://[fd00::1]/feed.ics',
      'refused https://[fd00::1]: not a public address',
    ],
    [
      'the metadata endpoint as IPv4-compatible IPv6',
      'https://[::169.254.169.254]/latest/meta-data/',
      'refused https://[::a9fe:a9fe]: not a public address',
    ],
    [
      'loopback as IPv4-compatible IPv6',
      'https://[::127.0.0.1]/feed.ics',
      'refused https://[::7f00:1]: not a public address',
    ],
    [
      'a private address as NAT64',
      'https://[64:ff9b::a00:1]/feed.ics',
      'refused https://[64:ff9b::a00:1]: not a public address',
    ],
    [
      'an intranet name',
      'https://calendar.internal/feed.ics',
      'refused https://calendar.internal: not a public address',
    ],
  ])('refuses a redirect to %s, even with loopback allowed', async (_name, target, message) => {
    const feeds = httpFeedSource({ env: LOOPBACK });
    expect(await failure(feeds.fetch(`${base}/to/${encodeURIComponent(target)}`))).toBe(message);
  });

  it.each([
    ['a private address', ['10.1.2.3']],
    ['a loopback address', ['127.0.0.1']],
    ['the metadata endpoint', ['169.254.169.254']],
    ['a public and a private address', ['93.184.216.34', '192.168.0.1']],
    ['IPv4-compatible loopback', ['::7f00:1']],
    ['the IPv4-compatible metadata endpoint', ['::a9fe:a9fe']],
    ['an IPv4-compatible private address', ['::a00:1']],
    ['a public and an IPv4-compatible address', ['2a00:1450:4001:82a::200e', '::a00:1']],
    ['a 6to4 address', ['2002:a00:1::1']],
  ])('refuses, when connecting, a public name that resolves to %s', async (_name, addresses) => {
    const feeds = httpFeedSource({
      env: {},
      resolve: (_hostname, callback) => {
        callback(
          null,
          addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
        );
      },
    });
    expect(await failure(feeds.fetch('https://calendar.example-azure.org/feed.ics'))).toBe(
      'refused calendar.example-azure.org: it resolves to a private or local address',
    );
  });

  it('stops after the redirect limit', async () => {
    const feeds = httpFeedSource({ env: LOOPBACK, maxRedirects: 2 });
    expect(await failure(feeds.fetch(`${base}/loop`))).toBe('more than 2 redirects');
  });

  it('refuses a 20 MB feed, counted as it arrives or declared up front', async () => {
    const feeds = httpFeedSource({ env: LOOPBACK });
    expect(await failure(feeds.fetch(`${base}/huge`))).toBe('the feed is larger than 5 MB');
    expect(await failure(feeds.fetch(`${base}/huge-declared`))).toBe(
      'the feed is larger than 5 MB',
    );
  });

  it('gives up on a feed that never answers, after the timeout it is given', async () => {
    const feeds = httpFeedSource({ env: LOOPBACK, timeoutMs: 100 });
    expect(await failure(feeds.fetch(`${base}/hang`))).toBe('no complete answer within 100 ms');
  });

  it('closes the connection of a redirect or an error at once, whatever its body does', async () => {
    const feeds = httpFeedSource({ env: LOOPBACK });
    const redirectClosed = closing('/drip-redirect');
    expect(await feeds.fetch(`${base}/drip-redirect`)).toBe(MEETUP.toString('utf8'));
    await redirectClosed;
    const errorClosed = closing('/drip-error');
    expect(await failure(feeds.fetch(`${base}/drip-error`))).toBe('the server answered HTTP 500');
    await errorClosed;
  });

  it('reports an HTTP error status', async () => {
    const feeds = httpFeedSource({ env: LOOPBACK });
    expect(await failure(feeds.fetch(`${base}/missing.ics`))).toBe('the server answered HTTP 404');
  });
});
