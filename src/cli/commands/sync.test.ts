import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tgr as runTgr } from '../../../test/support/tgr.js';
import { VALID_GROUP } from '../../../test/support/check.js';
import { REPO_ROOT, tempRegistry } from '../../../test/support/registry.js';

const feed = (name: string): Buffer =>
  readFileSync(path.join(REPO_ROOT, 'test/fixtures/feeds', name));

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (url === '/meetup.ics' || url === '/luma.ics' || url === '/never-matching.ics') {
      response.writeHead(200, { 'content-type': 'text/calendar' });
      response.end(feed(url.slice(1)));
    } else if (url === '/metadata') {
      response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
      response.end();
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

const registries: Array<{ remove: () => void }> = [];
afterEach(() => {
  for (const registry of registries.splice(0)) registry.remove();
});

const tgr = (cwd: string, ...argv: string[]) => runTgr(cwd, argv, { TGR_SYNC_ALLOW_LOOPBACK: '1' });

/** A group file with comments, its own quoting and CRLF, reading the given feeds. */
function group(slug: string, feeds: string[]): string {
  return VALID_GROUP.replace('slug: example', `slug: ${slug} # the file name`)
    .replace('Example Azure User Group', `'${slug} Azure User Group'`)
    .replace('example-azure.org', `${slug}.example-azure.org`)
    .replace(
      /^(website: .*\n)/m,
      `$1feeds: # synced weekly\n${feeds.map((url) => `  - ${url}\n`).join('')}`,
    )
    .replace('meetups:\n', 'meetups: # ours\n')
    .replaceAll('\n', '\r\n');
}

describe('tgr sync', () => {
  it('syncs every group, keeps comments and CRLF, and a second run changes no byte', async () => {
    const utrecht = group('utrecht', [`${base}/meetup.ics`, `${base}/luma.ics`]);
    const registry = tempRegistry({
      'groups/utrecht.yaml': utrecht,
      'groups/plain.yaml': VALID_GROUP,
    });
    registries.push(registry);
    const file = path.join(registry.root, 'groups/utrecht.yaml');

    const first = await tgr(registry.root, 'sync', '--today', '2026-11-22');
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain(
      'groups/utrecht.yaml: added 2027-01-01 "Nieuwjaarsborrel 🥂 met Entra ID-demo’s – “Café Zoë”" (azure)\n',
    );
    expect(first.stdout).toMatch(/1 group file changed, 0 errors\n$/);
    const once = readFileSync(file);
    const text = once.toString('utf8');
    expect(text.startsWith(utrecht.slice(0, -2))).toBe(true);
    expect(text).toContain('meetups: # ours\r\n');
    expect(text).toContain(
      '\r\n  - date: 2026-12-15\r\n    title: AKS office hours (moved to Tuesday)\r\n',
    );
    expect(readFileSync(path.join(registry.root, 'groups/plain.yaml'), 'utf8')).toBe(VALID_GROUP);

    const second = await tgr(registry.root, 'sync', '--today', '2026-11-22');
    expect(second.stdout).toBe('0 group files changed, 0 errors\n');
    expect(readFileSync(file).equals(once)).toBe(true);

    const validate = await tgr(
      registry.root,
      'validate',
      'groups/utrecht.yaml',
      '--format',
      'json',
    );
    const findings = (
      JSON.parse(validate.stdout) as { files: Array<{ findings: Array<{ rule: string }> }> }
    ).files[0]?.findings.map((finding) => finding.rule);
    // Only the test's own http://127.0.0.1 feeds are findings; every meetup sync wrote passes.
    expect(new Set(findings)).toEqual(new Set(['feeds/url']));
  });

  it('dry-run JSON lists what would change per group and the feed errors, and writes nothing', async () => {
    const good = group('good', [`${base}/meetup.ics`]);
    const bad = group('bad', [`${base}/metadata`]);
    const registry = tempRegistry({ 'groups/good.yaml': good, 'groups/bad.yaml': bad });
    registries.push(registry);

    const result = await tgr(
      registry.root,
      'sync',
      '--dry-run',
      '--format',
      'json',
      '--today',
      '2026-11-22',
    );
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      dryRun: boolean;
      errors: number;
      groups: Array<{
        path: string;
        added: Array<{ title: string }>;
        errors: unknown[];
        changed: boolean;
      }>;
    };
    expect(report.dryRun).toBe(true);
    expect(report.errors).toBe(1);
    expect(report.groups.map((g) => [g.path, g.changed, g.added.length, g.errors])).toEqual([
      [
        'groups/bad.yaml',
        false,
        0,
        [
          {
            feed: `${base}/metadata`,
            reason: 'refused http://169.254.169.254: not an https address',
          },
        ],
      ],
      ['groups/good.yaml', true, 3, []],
    ]);
    expect(readFileSync(path.join(registry.root, 'groups/good.yaml'), 'utf8')).toBe(good);
    expect(readFileSync(path.join(registry.root, 'groups/bad.yaml'), 'utf8')).toBe(bad);
  });

  it('reports a failing feed in text, leaves that file alone, and syncs the others', async () => {
    const bad = group('bad', [`${base}/meetup.ics`, `${base}/gone.ics`]);
    const registry = tempRegistry({
      'groups/bad.yaml': bad,
      'groups/good.yaml': group('good', [`${base}/luma.ics`]),
    });
    registries.push(registry);
    const result = await tgr(registry.root, 'sync', '--today', '2026-11-22');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `groups/bad.yaml: error: ${base}/gone.ics: the server answered HTTP 404; the file was left as it is\n`,
    );
    expect(result.stdout).toMatch(/1 group file changed, 1 error\n$/);
    expect(readFileSync(path.join(registry.root, 'groups/bad.yaml'), 'utf8')).toBe(bad);
  });

  it('reports a feed whose rule never ends, stopped at its deadline, and syncs every other group', async () => {
    const bad = group('bad', [`${base}/meetup.ics`, `${base}/never-matching.ics`]);
    const registry = tempRegistry({
      'groups/bad.yaml': bad,
      'groups/good.yaml': group('good', [`${base}/luma.ics`]),
      'groups/other.yaml': group('other', [`${base}/meetup.ics`]),
    });
    registries.push(registry);
    const result = await runTgr(registry.root, ['sync', '--today', '2026-11-22'], {
      TGR_SYNC_ALLOW_LOOPBACK: '1',
      TGR_SYNC_PARSE_DEADLINE_MS: '2000',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `groups/bad.yaml: error: ${base}/never-matching.ics: not read within 2000 ms, so reading it was stopped (a recurrence rule that never ends, or too much to read); the file was left as it is\n`,
    );
    expect(result.stdout).toMatch(/2 group files changed, 1 error\n$/);
    expect(readFileSync(path.join(registry.root, 'groups/bad.yaml'), 'utf8')).toBe(bad);
  });

  it.each(['0', '-5', '1.5', 'soon'])(
    'refuses TGR_SYNC_PARSE_DEADLINE_MS=%s as a usage problem',
    async (value) => {
      const registry = tempRegistry({ 'groups/good.yaml': group('good', [`${base}/luma.ics`]) });
      registries.push(registry);
      const result = await runTgr(registry.root, ['sync'], { TGR_SYNC_PARSE_DEADLINE_MS: value });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        `tgr: TGR_SYNC_PARSE_DEADLINE_MS must be a whole number of milliseconds above 0, not ${JSON.stringify(value)}`,
      );
    },
  );

  it('has its help', async () => {
    const result = await tgr(REPO_ROOT, 'help', 'sync');
    expect(result.stdout).toMatch(/^Usage: tgr sync \[PATH\.\.\.\]/);
  });
});
