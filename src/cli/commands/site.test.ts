import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tgr as runTgr } from '../../../test/support/tgr.js';
import { tempRegistry } from '../../../test/support/registry.js';
import { siteGroupYaml } from '../../../test/support/site.js';
import { stagedFolderWriter } from '../../adapters/fs/site-folder.js';

const registries: Array<{ remove: () => void }> = [];
afterEach(() => {
  for (const registry of registries.splice(0)) registry.remove();
});

function registry(files: Record<string, string>) {
  const created = tempRegistry(files);
  registries.push(created);
  return created;
}

const tgr = (cwd: string, ...argv: string[]) => runTgr(cwd, argv);

describe('tgr site', () => {
  it('writes the site into _site by default, replacing an older one as a whole', async () => {
    const { root } = registry({ 'groups/a.yaml': siteGroupYaml({ slug: 'a' }) });
    expect((await tgr(root, 'site')).code).toBe(0);
    writeFileSync(path.join(root, '_site', 'stale.html'), 'old');
    const result = await tgr(root, 'site');
    expect(result).toEqual({
      code: 0,
      stdout: 'Wrote 16 files for 1 active group to _site\n',
      stderr: '',
    });
    expect(readdirSync(path.join(root, '_site')).sort()).toEqual([
      '.tgr-site',
      'countries',
      'groups',
      'groups.atom',
      'groups.json',
      'groups.v2.json',
      'index.html',
      'meetups.atom',
      'meetups.ics',
      'schemas',
      'stats.html',
      'stats.json',
    ]);
    // Nothing left beside it: no staging folder, no old copy.
    expect(readdirSync(root).filter((name) => name.includes('_site'))).toEqual(['_site']);
  });

  it('takes --out from the working directory and --today', async () => {
    const { root } = registry({ 'groups/a.yaml': siteGroupYaml({ slug: 'a' }) });
    expect(
      (await tgr(path.join(root, 'groups'), 'site', '--out', '../public', '--today', '2027-06-01'))
        .code,
    ).toBe(0);
    const json = JSON.parse(readFileSync(path.join(root, 'public', 'groups.json'), 'utf8')) as {
      generated: string;
    };
    expect(json.generated).toBe('2027-06-01');
  });

  it.each([
    [['--today', '2026-02-30'], /--today must be a date/],
    [['extra'], /takes no PATH/],
    [['--out', '.'], /would replace the registry/],
    [['--nope'], /unknown option --nope/],
  ])('refuses %j with exit 2', async (args, message) => {
    const { root } = registry({ 'groups/a.yaml': siteGroupYaml({ slug: 'a' }) });
    const result = await tgr(root, 'site', ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(existsSync(path.join(root, '_site'))).toBe(false);
  });

  it('refuses a registry without group files', async () => {
    const { root } = registry({});
    expect((await tgr(root, 'site')).code).toBe(2);
  });

  it('leaves the old site untouched when a build fails half-way', async () => {
    const { root } = registry({});
    const out = path.join(root, 'out');
    mkdirSync(out);
    writeFileSync(path.join(out, 'index.html'), 'old');
    const writer = stagedFolderWriter(out);
    await writer.write('index.html', 'new');
    writer.discard();
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('old');
    expect(readdirSync(root)).toEqual(['groups', 'out']);
    const escaping = stagedFolderWriter(out);
    await expect(escaping.write('../evil.html', 'x')).rejects.toThrow(/not inside the site/);
    escaping.discard();
  });

  it('never replaces a folder it did not write: .git, src/, a file, a link, groups/ through a link', async () => {
    const { root } = registry({
      'groups/a.yaml': siteGroupYaml({ slug: 'a' }),
      '.git/HEAD': 'ref: refs/heads/main\n',
      'src/a.ts': 'export {};\n',
      'README.md': '# Registry\n',
    });
    symlinkSync(root, path.join(root, 'alias'));
    symlinkSync(path.join(root, 'src'), path.join(root, 'linked'));
    const refusals = [
      [
        '.git',
        'holds files tgr site did not write (it has no .tgr-site); name a new or empty folder',
      ],
      [
        'src',
        'holds files tgr site did not write (it has no .tgr-site); name a new or empty folder',
      ],
      ['README.md', 'is a file, not a folder'],
      ['linked', 'is a symbolic link; name the folder itself'],
      [
        'alias/groups',
        'holds files tgr site did not write (it has no .tgr-site); name a new or empty folder',
      ],
    ] as const;
    for (const [out, why] of refusals) {
      const result = await tgr(root, 'site', '--out', out);
      expect(result.code, out).toBe(2);
      expect(result.stderr, out).toContain(`tgr: --out ${out} ${why}`);
    }
    expect(readFileSync(path.join(root, '.git/HEAD'), 'utf8')).toBe('ref: refs/heads/main\n');
    expect(readFileSync(path.join(root, 'src/a.ts'), 'utf8')).toBe('export {};\n');
    expect(readFileSync(path.join(root, 'README.md'), 'utf8')).toBe('# Registry\n');
    expect(readdirSync(path.join(root, 'groups'))).toEqual(['a.yaml']);
    // Nothing was staged beside any of them.
    expect(readdirSync(root).filter((name) => name.includes('-new-'))).toEqual([]);
  });

  it('writes a site anyone can read, into an empty folder too', async () => {
    const { root } = registry({ 'groups/a.yaml': siteGroupYaml({ slug: 'a' }) });
    mkdirSync(path.join(root, 'public'));
    expect((await tgr(root, 'site', '--out', 'public')).code).toBe(0);
    expect(statSync(path.join(root, 'public')).mode & 0o777).toBe(0o755);
  });
});
