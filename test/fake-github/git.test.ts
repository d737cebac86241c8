import { describe, expect, it } from 'vitest';
import { type FileModes, blobSha, changedFiles, gitTree, listTree, unifiedPatch } from './git.js';

/** Commits a submodule may point at. */
const fakeCommit = 'ce013625030ba8dba906f756967f9e9ca394464a';
const otherCommit = 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391';

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

  it('reports a change of mode as modified, without a patch when the text is the same', () => {
    const files = changedFiles(
      { 'a.yml': 'x: 1\n', 'run.sh': 'echo\n', lib: fakeCommit },
      { 'a.yml': 'x: 1\n', 'run.sh': 'echo\n', lib: otherCommit },
      {},
      { 'a.yml': '120000', 'run.sh': '100755', lib: '160000' },
    );
    expect(files.map((f) => [f.filename, f.status, f.additions, f.deletions, f.patch])).toEqual([
      ['a.yml', 'modified', 0, 0, undefined],
      // Was a file holding a sha, is now a submodule at another commit: git diffs the gitlink.
      [
        'lib',
        'modified',
        1,
        1,
        `@@ -1,1 +1,1 @@\n-${fakeCommit}\n+Subproject commit ${otherCommit}`,
      ],
      ['run.sh', 'modified', 0, 0, undefined],
    ]);
    expect(files[0]?.sha).toBe(blobSha('x: 1\n'));
    expect(files[1]?.sha).toBe(otherCommit);
  });
});

describe('git trees', () => {
  const files = {
    'README.md': '# R\n',
    'a-b': 'x',
    'a/b': 'inner',
    'a.c': 'dot',
    'groups/alpha.yml': 'name: Alpha\n',
    'groups/deep/x.yml': 'x: 1\n',
    'groups/link.yml': '../README.md',
    'run.sh': '#!/bin/sh\n',
    'vendor/lib': fakeCommit,
    'é.txt': 'unicode\n',
  };
  const modes: FileModes = {
    'groups/link.yml': '120000',
    'run.sh': '100755',
    'vendor/lib': '160000',
  };

  it('has the shas and the order `git write-tree` and `git ls-tree -r -t` give', () => {
    const tree = gitTree(files, modes);
    expect(tree.sha).toBe('63f4044bb3ebe3b13a8be1a1b02ec4b85adb4636');
    expect(
      listTree(tree, true).map(
        (e) => `${e.mode} ${e.type} ${e.sha} ${String(e.size ?? '-')}\t${e.path}`,
      ),
    ).toEqual([
      '100644 blob 12000268bc73032629ca729c5c551d989006d815 4\tREADME.md',
      '100644 blob c1b0730e0133447badcfd47fd144e254807b06e1 1\ta-b',
      '100644 blob 4ad114194a30c99495621b2637d246a4f0dcbe77 3\ta.c',
      '040000 tree 7e4212246e2687d15ba3378d17aeaa29954e8cf8 -\ta',
      '100644 blob 6b83a3b8c2f9d4f274e2ed33e159ddd32108f5a8 5\ta/b',
      '040000 tree f1c7e13d74271887d05012fd5ee20c0c11400b78 -\tgroups',
      '100644 blob ae89f1f4e0851207d421220e797f5676cf8a200a 12\tgroups/alpha.yml',
      '040000 tree 0761070fe52232b3374118d860146fcceceac877 -\tgroups/deep',
      '100644 blob d508cf756344aaf9123c531122a9d2d410c4ecfa 5\tgroups/deep/x.yml',
      '120000 blob 32d46ee883b58d6a383eed06eb98f33aa6530ded 12\tgroups/link.yml',
      '100755 blob 1a2485251c33a70432394c93fb89330ef214bfc9 10\trun.sh',
      '040000 tree 0e00325dc08ebfeba2542dae1b8dfb7a70e8a97b -\tvendor',
      `160000 commit ${fakeCommit} -\tvendor/lib`,
      '100644 blob 4de4f936336736200e7a59438ef4d31ed10f684d 8\té.txt',
    ]);
    expect(listTree(tree, false).map((e) => e.path)).toEqual([
      'README.md',
      'a-b',
      'a.c',
      'a',
      'groups',
      'run.sh',
      'vendor',
      'é.txt',
    ]);
    // The empty tree every git knows.
    expect(gitTree({}).sha).toBe('4b825dc642cb6eb9a060e54bf8d69288fbee4904');
  });
});
