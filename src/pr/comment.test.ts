import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../core/policy.js';
import { en } from '../i18n/index.js';
import { check, VALID_GROUP } from '../testing/check.js';
import { REPO_ROOT } from '../testing/registry.js';
import { authorize } from './authorization.js';
import { describeChange } from './changes.js';
import { PR_COMMENT_MARKER, renderPrComment, renderReport } from './comment.js';
import { buildPrReport } from './report.js';

const data = (text: string) => load(text) as Record<string, unknown>;

/** The example the README shows maintainers: a co-leader swap with a meetup added. */
function exampleReport(language = 'en') {
  const base = VALID_GROUP.replace('language: en', `language: ${language}`);
  const head = base
    .replace('github: pjansen', 'github: new-coleader')
    .replace('techCommunityId: 2345678', 'techCommunityId: 5551234')
    .replace('termsAccepted: 2024-02-21', 'termsAccepted: 2026-11-20')
    .concat(
      '    - date: 2026-11-19\n      title: Azure Functions deep dive\n      azure: true\n'.replace(
        /^ {2}/gm,
        '',
      ),
    );
  const change = describeChange('groups/example.yaml', data(base), data(head), false);
  const needs = authorize([change], [], {
    author: 'annadevries',
    authorIsMaintainer: false,
    consents: new Set(),
    maintainerApproved: false,
  });
  return buildPrReport({
    author: 'annadevries',
    changes: [{ change, findings: check(head) }],
    outside: [],
    needs,
    today: '2026-11-22',
    policy: DEFAULT_POLICY,
  });
}

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
