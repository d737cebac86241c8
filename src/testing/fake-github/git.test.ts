import { describe, expect, it } from 'vitest';
import { blobSha, changedFiles, unifiedPatch } from './git.js';

describe('git helpers', () => {
  it('computes blob shas as git does', () => {
    // `printf 'hello\n' | git hash-object --stdin`
    expect(blobSha('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    expect(blobSha('')).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
  });

  it('writes unified patches with three lines of context and separate hunks', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${String(i + 1)}`).join('\n') + '\n';
    const after = before.replace('line 2\n', 'line two\n').replace('line 18\n', '');
    expect(unifiedPatch(before, after)).toBe(
      [
        '@@ -1,5 +1,5 @@',
        ' line 1',
        '-line 2',
        '+line two',
        ' line 3',
        ' line 4',
        ' line 5',
        '@@ -15,6 +15,5 @@',
        ' line 15',
        ' line 16',
        ' line 17',
        '-line 18',
        ' line 19',
        ' line 20',
      ].join('\n'),
    );
    expect(unifiedPatch('', 'a\nb\n')).toBe('@@ -0,0 +1,2 @@\n+a\n+b');
  });

  it('lists added, modified and removed files sorted by path, unchanged ones left out', () => {
    const files = changedFiles({ a: '1\n', b: '2\n', c: '3\n' }, { a: '1\n', b: '2!\n', d: '4\n' });
    expect(files.map((f) => [f.filename, f.status, f.additions, f.deletions])).toEqual([
      ['b', 'modified', 1, 1],
      ['c', 'removed', 0, 1],
      ['d', 'added', 1, 0],
    ]);
    expect(files[1]?.sha).toBe(blobSha('3\n'));
  });
});
