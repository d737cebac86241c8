import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks, documentationFiles, headingAnchors } from './support/markdown-links.js';
import { REPO_ROOT } from './support/registry.js';

/**
 * Every relative link and `#anchor` in the README and the pages under docs/ resolves: the file
 * exists (in that exact case) inside the repository, and the anchor is one GitHub gives a heading
 * of the target. External links are not fetched (the tests run offline); they must parse as
 * http(s) URLs.
 */
const FIXTURE = path.join(REPO_ROOT, 'test/fixtures/docs-links');

describe('the link checker', () => {
  it('reports every kind of broken link, and nothing that resolves', () => {
    expect(brokenLinks(FIXTURE, documentationFiles(FIXTURE))).toEqual([
      'README.md: docs/missing.md: no such file',
      'README.md: docs/page.md#no-such-heading: no heading with this anchor in docs/page.md',
      'README.md: #nowhere: no heading with this anchor in README.md',
      'README.md: docs/picture.png#top: an anchor on a file that is not Markdown',
      'README.md: ../../outside.md: outside the repository',
      'README.md: https://exa mple.org/: not a valid http(s) URL',
      'README.md: javascript:alert(1): not a relative link or an http(s) URL',
      'README.md: docs/Page.md: no such file',
      'README.md: docs/none.png: no such file',
      'docs/page.md: ../README.md#gone: no heading with this anchor in README.md',
      'docs/page.md: sub/nothing.md: no such file',
    ]);
  });

  it('checks the README and every Markdown file under docs/, in a stable order', () => {
    expect(documentationFiles(FIXTURE)).toEqual([
      'README.md',
      'docs/page.md',
      'docs/sub/README.md',
    ]);
  });

  it('names headings as GitHub does: code kept, punctuation dropped, repeats numbered', () => {
    expect([...headingAnchors('# A `b/c` heading: yes!\n\n## Twice\n\n## Twice\n')]).toEqual([
      'a-bc-heading-yes',
      'twice',
      'twice-1',
    ]);
  });
});

describe('the documentation', () => {
  const files = documentationFiles(REPO_ROOT);

  it('holds the README and a page per audience', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'README.md',
        'docs/leaders.md',
        'docs/maintainers.md',
        'docs/program-team.md',
        'docs/directory.md',
        'docs/tgr.md',
        'docs/development.md',
        'docs/performance.md',
      ]),
    );
  });

  it('has no broken link or anchor', () => {
    expect(brokenLinks(REPO_ROOT, files)).toEqual([]);
  });
});
