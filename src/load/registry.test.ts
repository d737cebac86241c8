import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../core/policy.js';
import { runValidate } from '../validate/run-validate.js';
import { VALID_GROUP } from '../../test/support/check.js';
import { memoryRegistry } from '../../test/support/memory-registry.js';
import { readRegistry, UnreadablePathError } from './registry.js';

/** The registry loader works on the port alone: these tests touch no disk. */
const root = path.resolve('/registry');
const at = (file: string): string => path.join(root, file);

describe('reading the registry through its port', () => {
  it('parses every group file once, sorted, shown by its path inside the registry', async () => {
    const disk = memoryRegistry({
      [at('groups/b.yaml')]: VALID_GROUP.replace('slug: example', 'slug: b'),
      [at('groups/a.yaml')]: VALID_GROUP.replace('slug: example', 'slug: a'),
      [at('groups/notes.txt')]: 'not a group file',
    });
    const files = await readRegistry(disk, root);
    expect(files.map((file) => [file.path, file.registryPath])).toEqual([
      ['groups/a.yaml', 'groups/a.yaml'],
      ['groups/b.yaml', 'groups/b.yaml'],
    ]);
    expect(disk.reads).toEqual([at('groups/a.yaml'), at('groups/b.yaml')]);
  });

  it('keeps an entry that is not a regular file as a group file the rules will report', async () => {
    const files = await readRegistry(
      memoryRegistry({}, { [at('groups/link.yaml')]: 'symlink' }),
      root,
    );
    expect(files).toHaveLength(1);
    expect(files[0]?.path).toBe('groups/link.yaml');
    expect(JSON.stringify(files[0])).toContain('symlink');
  });

  it('turns a read the disk refuses into an UnreadablePathError naming the file', async () => {
    const disk = memoryRegistry({ [at('groups/a.yaml')]: VALID_GROUP });
    disk.read = () => {
      throw new Error('EACCES: permission denied');
    };
    await expect(readRegistry(disk, root)).rejects.toThrow(
      new UnreadablePathError('groups/a.yaml', 'EACCES: permission denied'),
    );
  });

  it('lets tgr validate report on one named file while the cross-file rules see them all', async () => {
    const disk = memoryRegistry({
      [at('groups/a.yaml')]: VALID_GROUP,
      [at('groups/b.yaml')]: VALID_GROUP.replace('slug: example', 'slug: example-two'),
    });
    const outcome = await runValidate({
      paths: [at('groups/b.yaml')],
      root,
      disk,
      cwd: root,
      today: '2026-11-22',
      policy: DEFAULT_POLICY,
    });
    expect(outcome.results.map((result) => result.file.path)).toEqual(['groups/b.yaml']);
    // The same name and website as a.yaml: only a rule that read a.yaml too can say so.
    expect(outcome.results[0]?.findings.map((finding) => finding.rule)).toContain(
      'registry/duplicate',
    );
  });
});
