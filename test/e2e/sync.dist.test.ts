import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID_GROUP } from '../support/check.js';
import { node24 } from '../support/node24.js';
import { REPO_ROOT, tempRegistry } from '../support/registry.js';

/**
 * `tgr sync` through the bundle (dist/cli/index.js), which starts its own file again as the
 * thread it reads feeds in: on Node 24 (what the sync workflow runs) and on this machine's Node
 * (the oldest supported, 20, in the project's own runs). Feeds come from a server on 127.0.0.1.
 */
const BIN = path.join(REPO_ROOT, 'dist/cli/index.js');
const feed = (name: string): Buffer =>
  readFileSync(path.join(REPO_ROOT, 'test/fixtures/feeds', name));

let server: Server;
let base = '';
let port = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    const name = (request.url ?? '/').slice(1);
    if (['meetup.ics', 'luma.ics', 'never-matching.ics'].includes(name)) {
      response.writeHead(200, { 'content-type': 'text/calendar' });
      response.end(feed(name));
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = String((server.address() as AddressInfo).port);
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function group(slug: string, feeds: string[]): string {
  return VALID_GROUP.replace('slug: example', `slug: ${slug}`)
    .replace('Example Azure User Group', `${slug} Azure User Group`)
    .replace('example-azure.org', `${slug}.example-azure.org`)
    .replace(/^(website: .*\n)/m, `$1feeds:\n${feeds.map((url) => `  - ${url}\n`).join('')}`);
}

/** Runs the bundle without blocking this process, which serves the feeds. */
function runBundle(
  node: string,
  cwd: string,
  args: string[],
): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      node,
      [BIN, ...args],
      {
        cwd,
        env: {
          PATH: process.env.PATH,
          TGR_SYNC_ALLOW_LOOPBACK: '1',
          TGR_SYNC_PARSE_DEADLINE_MS: '2000',
        },
        encoding: 'utf8',
        // Only so that a hang fails the test instead of stalling the run; the deadline ends it.
        timeout: 120_000,
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        resolve({ code, signal: error?.signal ?? null, stdout, stderr });
      },
    );
  });
}

describe.each([
  ['Node 24', () => node24()],
  [`this machine's Node (${process.version})`, () => process.execPath],
])('the tgr bundle syncing on %s', (_name, node) => {
  it('reports a feed whose rule never ends, stopped at its deadline, and syncs every other group', async () => {
    const bad = group('bad', [`${base}/meetup.ics`, `${base}/never-matching.ics`]);
    const compatible = group('compatible', [`https://[::127.0.0.1]:${port}/meetup.ics`]);
    const registry = tempRegistry({
      'groups/bad.yaml': bad,
      'groups/compatible.yaml': compatible,
      'groups/good.yaml': group('good', [`${base}/luma.ics`]),
      'groups/other.yaml': group('other', [`${base}/meetup.ics`]),
    });
    try {
      const result = await runBundle(node(), registry.root, [
        'sync',
        '--today',
        '2026-11-22',
        '--format',
        'json',
      ]);
      expect(result.signal).toBeNull();
      expect(result.stderr).toBe('');
      expect(result.code).toBe(1);
      const report = JSON.parse(result.stdout) as {
        errors: number;
        groups: Array<{ path: string; changed: boolean; errors: unknown[] }>;
      };
      expect(report.groups.map((g) => [g.path, g.changed, g.errors])).toEqual([
        [
          'groups/bad.yaml',
          false,
          [
            {
              feed: `${base}/never-matching.ics`,
              reason:
                'not read within 2000 ms, so reading it was stopped (a recurrence rule that never ends, or too much to read)',
            },
          ],
        ],
        [
          'groups/compatible.yaml',
          false,
          [
            {
              feed: `https://[::127.0.0.1]:${port}/meetup.ics`,
              reason: `refused https://[::7f00:1]:${port}: not a public address`,
            },
          ],
        ],
        ['groups/good.yaml', true, []],
        ['groups/other.yaml', true, []],
      ]);
      expect(report.errors).toBe(2);
      const read = (file: string) => readFileSync(path.join(registry.root, file), 'utf8');
      expect(read('groups/bad.yaml')).toBe(bad);
      expect(read('groups/compatible.yaml')).toBe(compatible);
      expect(read('groups/other.yaml')).toContain('uid: event_301234567@meetup.com');
    } finally {
      registry.remove();
    }
  });
});
