import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { findingMessage, wordsIn } from '../i18n/findings/index.js';
import { text as markdownText } from '../report/markdown.js';
import { brokenInManyWays, check, VALID_GROUP, swapPerson } from '../../test/support/check.js';
import {
  markdown,
  markdownEffects,
  REPORT_STRUCTURE,
  withoutRuleLinks,
} from '../../test/support/markdown-effects.js';
import { exampleReport, reportBeforeAnyoneActed } from '../../test/support/pr-example.js';
import { REPO_ROOT } from '../../test/support/registry.js';
import { describeChange } from './changes.js';
import {
  CHECK_SUMMARY_LIMIT,
  COMMENT_LIMIT,
  MAX_MENTIONS,
  PR_COMMENT_MARKER,
  renderCheckSummary,
  renderPrComment,
  renderReport,
} from './comment.js';

const data = (text: string) => load(text) as Record<string, unknown>;

describe('the pull-request comment', () => {
  it('starts with its marker and writes the group language first, English alongside', () => {
    const body = renderPrComment(exampleReport('sv'));
    expect(body.startsWith(`${PR_COMMENT_MARKER}\n`)).toBe(true);
    expect(body).toContain('Vem behöver göra något');
    expect(body).toContain('<details><summary>English</summary>');
    expect(body.indexOf('Vem behöver göra något')).toBeLessThan(body.indexOf('Who must act'));
  });

  it.each(['nl', 'sv'] as const)(
    'writes a %s group no English sentence outside its English section',
    (language) => {
      // A group's file that breaks many rules at once: each finding is a sentence to read.
      const base = VALID_GROUP.replace('language: en', `language: ${language}`);
      const head = brokenInManyWays(language);
      const findings = check(head);
      expect(new Set(findings.map((finding) => finding.rule)).size).toBeGreaterThanOrEqual(6);
      const change = describeChange('groups/example.yaml', data(base), data(head));
      const body = renderPrComment(reportBeforeAnyoneActed([{ change, findings }], 'annadevries'));

      const [own = '', english = ''] = body.split('<details><summary>English</summary>');
      for (const finding of findings) {
        expect(own).toContain(markdownText(findingMessage(finding, language)));
        expect(own).not.toContain(markdownText(finding.message));
        expect(english).toContain(markdownText(finding.message));
      }
      // What is left once code, quoted values, mentions and links are taken out is the group's
      // language: none of English's commonest words may be in it.
      const prose = own
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/`[^`]*`/g, '')
        .replace(/\\?"[^"]*\\?"/g, '')
        .replace(/@[\w-]+/g, '')
        .replace(/https?:\/\/\S+/g, '')
        .replace(/### Registry check/, '');
      const english_words =
        /\b(?:the|must|which|has|have|your|should|please|write|add|with|this|that|needs?|and|is not|does not|only)\b/gi;
      expect(prose.match(english_words) ?? []).toEqual([]);
    },
  );

  it('is English only for an English group', () => {
    expect(renderPrComment(exampleReport('en'))).not.toContain('<details>');
  });

  it('is the example docs/maintainers.md shows', () => {
    const page = readFileSync(path.join(REPO_ROOT, 'docs/maintainers.md'), 'utf8');
    const shown = /<!-- example-comment:start -->\n([\s\S]*?)\n<!-- example-comment:end -->/.exec(
      page,
    )?.[1];
    expect(shown).toBe(renderReport(exampleReport('en'), 'en'));
  });
});

/** A pull request touching `count` groups, each naming a new co-leader who must consent. */
function crowdedReport(count: number, language = 'nl') {
  const base = VALID_GROUP.replace('language: en', `language: ${language}`);
  const changes = Array.from({ length: count }, (_, index) => {
    const head = swapPerson(base, 'pjansen', `person-${String(index)}`);
    return {
      change: describeChange(`groups/group-${String(index)}.yaml`, data(base), data(head)),
      findings: check(head.replace('status: active', 'status: activ')),
    };
  });
  // The co-leader hands over in every group: only the newcomers are asked.
  return reportBeforeAnyoneActed(changes, 'pjansen');
}

describe('the pull-request comment’s next step', () => {
  it.each([
    [
      'en',
      'Next: fix each finding at the line it names, in this pull request. To check the file on your own computer first, run `npx tgr validate`.',
    ],
    [
      'nl',
      'Volgende stap: los in deze pull request elke bevinding op bij de regel die erbij staat. Wil je het bestand eerst op je eigen computer controleren? Gebruik dan `npx tgr validate --lang nl`.',
    ],
    [
      'sv',
      'Nästa steg: rätta varje anmärkning i den här pull requesten, på raden som anges. Vill du kontrollera filen på din egen dator först? Kör då `npx tgr validate --lang sv`.',
    ],
  ] as const)('tells a %s group how to check locally in its own language', (language, next) => {
    const report = crowdedReport(1, language);
    expect(report.verdict).toBe('fail');
    const [own = ''] = renderPrComment(report).split('<details><summary>English</summary>');
    expect(own).toContain(`\n${next}\n`);
  });
});

describe('the pull-request comment within GitHub’s limits', () => {
  it('mentions at most five people, all of whom must act; the rest are plain text', () => {
    const report = crowdedReport(60);
    const body = renderPrComment(report);
    const mentions = new Set(markdownEffects(markdown.render(body), [...REPORT_STRUCTURE, 'em']));
    expect(mentions.size).toBe(MAX_MENTIONS);
    // The author must fix errors; then the first people asked to consent.
    expect([...mentions].sort()).toEqual([
      'reference:@person-0',
      'reference:@person-1',
      'reference:@person-2',
      'reference:@person-3',
      'reference:@pjansen',
    ]);
    expect(body).toContain('`person-59`');
  });

  it('mentions nobody who has nothing to do, not even people whose role changes', () => {
    const report = crowdedReport(1);
    const done = {
      ...report,
      errors: 0,
      needs: report.needs.map((need) => ({ ...need, satisfied: true })),
    };
    const html = markdown.render(renderPrComment(done));
    expect(markdownEffects(withoutRuleLinks(html), REPORT_STRUCTURE)).toEqual([]);
  });

  it('cuts a comment for 80 groups to fit, in the group language, keeping its marker and record', () => {
    const report = crowdedReport(80);
    const full = `${renderReport(report, 'nl')}${renderReport(report, 'en')}`;
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT);
    const body = renderPrComment(report, '<!-- record -->');
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.startsWith(`${PR_COMMENT_MARKER}\n<!-- record -->\n`)).toBe(true);
    expect(body.trimEnd().endsWith(wordsIn('nl')('comment.cut'))).toBe(true);
    expect(body).not.toContain('<details>');
    // What was cut is detail: every ask is still there, the last one included.
    expect(body).toContain('#### Wie moet iets doen');
    expect(body).toContain('`person-79`: je staat in het bestand als co-leider');
  });

  it('cuts the check run summary to fit, saying where the rest is', () => {
    const summary = renderCheckSummary(crowdedReport(150, 'en'), ['a note first']);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(CHECK_SUMMARY_LIMIT);
    expect(summary.startsWith('a note first\n\n### Registry check')).toBe(true);
    expect(summary).toMatch(/job summary\._$/);
  });
});
