import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { renderIssue } from '../src/audit/issue-text.js';
import { findProblems, snapshotGroups } from '../src/audit/problems.js';
import { DEFAULT_POLICY } from '../src/core/policy.js';
import { evaluate } from '../src/evaluate/evaluate.js';
import { RULE_PAGES } from '../src/report/rule-links.js';
import { describeChange } from '../src/pr/changes.js';
import { renderPrComment } from '../src/pr/comment.js';
import { brokenInManyWays, check, fileFrom, VALID_GROUP, withField } from './support/check.js';
import { englishIn, englishOnlyWords, prose, wordsOf } from './support/english-vocabulary.js';
import { reportBeforeAnyoneActed } from './support/pr-example.js';
import { tempRegistry } from './support/registry.js';
import { tgr } from './support/tgr.js';

/**
 * Issue 21's promise: a Dutch or Swedish leader reads no English beyond rule ids, field names
 * and quoted values, in what `tgr validate --lang` prints on broken files, in an audit issue and
 * in a pull-request comment. The words looked for are the English catalogue's own (every word of
 * its prose that no Dutch or Swedish message uses), not a list made by hand.
 */
const ENGLISH = englishOnlyWords();
const LEADER_LANGUAGES = ['nl', 'sv'] as const;
const TODAY = '2026-11-22';

/** A group file that breaks many rules at once, its website empty too. */
function brokenGroup(language: string): string {
  return brokenInManyWays(language).replace('website: https://example-azure.org/', 'website: ""');
}

/** The part of a comment or issue in the group's own language (English follows in <details>). */
const ownLanguagePart = (body: string) =>
  body.split('<details><summary>English</summary>')[0] ?? '';

describe('no English where a leader reads Dutch or Swedish', () => {
  it('takes its English words from the catalogue, and they are words a leader would see', () => {
    for (const word of ['the', 'must', 'group', 'add', 'missing'])
      expect(ENGLISH.has(word), word).toBe(true);
    for (const word of ['github', 'azure', 'meetups', 'website'])
      expect(ENGLISH.has(word), `${word} is a name or a field`).toBe(false);
  });

  it('finds English in an English text, so it can fail', () => {
    expect(englishIn('The group must add its website.', ENGLISH)).toEqual([
      'the',
      'group',
      'must',
      'add',
      'its',
    ]);
  });

  const registries: Array<{ remove: () => void }> = [];
  afterAll(() => {
    for (const registry of registries) registry.remove();
  });

  it.each(LEADER_LANGUAGES)('tgr validate --lang %s on broken files', async (language) => {
    const registry = tempRegistry({
      'groups/example.yaml': brokenGroup(language),
      'groups/tabs.yaml': withField('slug', 'tabs', VALID_GROUP).replace(
        '  name: Pieter Jansen',
        '\tname: Pieter Jansen',
      ),
      'groups/fields.yaml': withField('slug', 'fields', VALID_GROUP)
        .replace('status: active', 'status: sleeping\ncolour: blue')
        .replace('timezone: Europe/Amsterdam', 'timezone: Utrecht'),
      'groups/empty.yaml': '',
    });
    registries.push(registry);
    const { code, stdout } = await tgr(registry.root, ['validate', '--lang', language]);
    expect(code).toBe(1);
    // Each line is `file:line:column severity rule  message`: the message and the summary are
    // the leader's to read; severity words and rule ids stay as they are, for scripts.
    const read = stdout
      .split('\n')
      .map((line) => line.replace(/^\S+:\d+:\d+ \S+ \S+ {2}/, ''))
      .join('\n');
    expect(stdout.split('\n').length).toBeGreaterThan(12);
    expect(wordsOf(prose(read)).length, 'prose left to read').toBeGreaterThan(150);
    expect(englishIn(read, ENGLISH)).toEqual([]);
    // The same files without --lang: English, which the check finds.
    const english = await tgr(registry.root, ['validate']);
    expect(englishIn(english.stdout, ENGLISH).length).toBeGreaterThan(50);
  });

  it.each(LEADER_LANGUAGES)('a %s audit issue, title and body', (language) => {
    const text = withField('coLeader', undefined, VALID_GROUP)
      .replace('language: en', `language: ${language}`)
      .replace('termsAccepted: 2024-02-20', 'termsAccepted: 2027-01-05')
      .replace(/ {2}- date: 2026-0[1-8][\s\S]*?azure: true\n/g, '');
    const results = evaluate([fileFrom(text, 'groups/example.yaml')], {
      today: TODAY,
      policy: DEFAULT_POLICY,
    });
    const problems = findProblems(snapshotGroups(results, TODAY, DEFAULT_POLICY));
    expect(problems.map((problem) => problem.kind).sort()).toEqual([
      'co-leader',
      'meetups-minimum',
      'terms',
    ]);
    // The stages on, so each issue also says the day the group becomes inactive (issue 23).
    const context = {
      policy: { ...DEFAULT_POLICY, lifecycle: { ...DEFAULT_POLICY.lifecycle, enabled: true } },
      fileUrl: (file: string) => `https://github.com/o/r/blob/HEAD/${file}`,
      rulePages: RULE_PAGES,
    };
    for (const problem of problems) {
      const issue = renderIssue(problem, '2026-11-01', context);
      expect(ownLanguagePart(issue.body)).toContain('30 januari 2027');
      // The title starts with the group's short name in brackets: a value, as it is.
      const title = issue.title.replace(/^\[[^\]]*\] /, '');
      expect(wordsOf(prose(ownLanguagePart(issue.body))).length).toBeGreaterThan(40);
      expect({
        title: englishIn(title, ENGLISH),
        body: englishIn(ownLanguagePart(issue.body), ENGLISH),
      }).toEqual({ title: [], body: [] });
    }
  });

  it.each(LEADER_LANGUAGES)('a %s pull-request comment', (language) => {
    const base = VALID_GROUP.replace('language: en', `language: ${language}`);
    const head = brokenGroup(language);
    const data = (yaml: string) => load(yaml) as Record<string, unknown>;
    const change = describeChange('groups/example.yaml', data(base), data(head));
    const body = renderPrComment(
      reportBeforeAnyoneActed([{ change, findings: check(head) }], 'annadevries'),
    );
    expect(wordsOf(prose(ownLanguagePart(body))).length).toBeGreaterThan(200);
    expect(englishIn(ownLanguagePart(body), ENGLISH)).toEqual([]);
  });
});
