import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/index.js';
import { exampleReport } from '../testing/pr-example.js';
import { REPO_ROOT } from '../testing/registry.js';
import { PR_COMMENT_MARKER, renderPrComment, renderReport } from './comment.js';

describe('the pull-request comment', () => {
  it('starts with its marker and writes the group language first, English alongside', () => {
    const body = renderPrComment(exampleReport('sv'));
    expect(body.startsWith(`${PR_COMMENT_MARKER}\n`)).toBe(true);
    expect(body).toContain('Vem behöver agera');
    expect(body).toContain('<details><summary>English</summary>');
    expect(body.indexOf('Vem behöver agera')).toBeLessThan(body.indexOf('Who must act'));
  });

  it('is English only for an English group', () => {
    expect(renderPrComment(exampleReport('en'))).not.toContain('<details>');
  });

  it('is the example the README shows maintainers', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const shown = /<!-- example-comment:start -->\n([\s\S]*?)\n<!-- example-comment:end -->/.exec(
      readme,
    )?.[1];
    expect(shown).toBe(renderReport(exampleReport('en'), en));
  });
});
