import { describe, expect, it } from 'vitest';
import { checkPatch, isGroupFilePath } from './patch-check.js';

/** The edge cases of git's listings; real patches from real git are in check-patch.test.ts. */
describe('checkPatch', () => {
  const diff = (path: string, mode = '100644') =>
    `diff --git a/${path} b/${path}\nindex 1234567..89abcde ${mode}\n--- a/${path}\n+++ b/${path}\n@@ -1 +1 @@\n-a\n+b\n`;

  it('reads a path with a tab or a newline as git writes it with -z, and refuses it', () => {
    const verdict = checkPatch({
      numstat: '1\t1\tgroups/a\tb.yaml\u00001\t1\tgroups/a\nb.yaml\u0000',
      summary: '',
      patch: '',
    });
    expect(verdict.problems.map((problem) => problem.subject)).toEqual([
      'groups/a\tb.yaml',
      'groups/a\nb.yaml',
    ]);
  });

  it('accepts a rewrite of a group file, and lists each file once', () => {
    const verdict = checkPatch({
      numstat: '3\t3\tgroups/a.yaml\u0000',
      summary: ' rewrite groups/a.yaml (90%)\n',
      patch: diff('groups/a.yaml'),
    });
    expect(verdict).toEqual({
      files: [{ path: 'groups/a.yaml', change: 'changed' }],
      problems: [],
    });
  });

  it.each(['100755', '120000', '160000', '0100644', '100644 x'])(
    'refuses the mode %s on an index line',
    (mode) => {
      const verdict = checkPatch({
        numstat: '1\t1\tgroups/a.yaml\u0000',
        summary: '',
        patch: diff('groups/a.yaml', mode),
      });
      expect(verdict.problems).toEqual([
        {
          subject: 'groups/a.yaml',
          why: `the file mode ${mode} on its index line (only 100644, a regular file)`,
        },
      ]);
    },
  );

  it('refuses a path listed twice, a listing it cannot read, and a patch of nothing', () => {
    expect(
      checkPatch({
        numstat: '1\t1\tgroups/a.yaml\u00001\t1\tgroups/a.yaml\u0000',
        summary: '',
        patch: '',
      }).problems,
    ).toEqual([{ subject: 'groups/a.yaml', why: 'changed twice in one patch' }]);
    expect(
      checkPatch({ numstat: 'groups/a.yaml\u0000', summary: '', patch: '' }).problems,
    ).toHaveLength(1);
    expect(checkPatch({ numstat: '', summary: '', patch: '' }).problems).toEqual([
      { subject: 'the patch', why: 'it changes no file' },
    ]);
  });

  it('refuses a summary line it does not know', () => {
    const verdict = checkPatch({
      numstat: '1\t1\tgroups/a.yaml\u0000',
      summary: ' something new groups/a.yaml\n',
      patch: '',
    });
    expect(verdict.problems).toEqual([
      { subject: 'something new groups/a.yaml', why: 'not a plain change of a group file' },
    ]);
  });
});

describe('isGroupFilePath', () => {
  it.each([
    ['groups/utrecht-azure.yaml', true],
    ['groups/a1.yaml', true],
    ['groups/Utrecht.yaml', false],
    ['groups/-a.yaml', false],
    ['groups/a--b.yaml', false],
    ['groups/.yaml', false],
    ['groups/a.yaml/b.yaml', false],
    ['./groups/a.yaml', false],
    ['/groups/a.yaml', false],
    ['groups/a.yaml ', false],
  ])('%j is %s', (path, expected) => {
    expect(isGroupFilePath(path)).toBe(expected);
  });
});
