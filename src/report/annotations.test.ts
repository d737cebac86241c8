import { describe, expect, it } from 'vitest';
import { check, fileFrom, VALID_GROUP } from '../../test/support/check.js';
import { annotationText, toAnnotations } from './annotations.js';
import { RULE_PAGES } from './rule-links.js';

const PAGE = `${RULE_PAGES}leaders/terms.md`;

/** A co-leader with neither a usable GitHub name nor a name, who has not accepted the terms. */
const UNNAMED = VALID_GROUP.replace('  name: Pieter Jansen\n', '')
  .replace('  github: pjansen\n', '')
  .replace('  termsAccepted: 2024-02-21\n', '');

const WAIVED = `${UNNAMED}waivers:\n  - rule: leaders/terms\n    reason: Signing this week\n    until: 2027-01-31\n    approvedBy: some-maintainer\n`;

describe('annotation text', () => {
  const terms = (text: string) => {
    const finding = check(text).find((found) => found.rule === 'leaders/terms');
    if (finding === undefined) throw new Error('no leaders/terms finding');
    return finding;
  };

  it('is the message, in the language asked for', () => {
    const finding = terms(UNNAMED);
    expect(annotationText(finding, 'en', RULE_PAGES)).toBe(`${finding.message}\n${PAGE}`);
    expect(annotationText(finding, 'nl', RULE_PAGES)).toMatch(
      /^De co-leider heeft de voorwaarden /,
    );
    expect(annotationText(finding, 'sv', RULE_PAGES)).toMatch(/^Medledaren har inte godkänt /);
    // Plain text: the rule's page is its last line, under any base given.
    expect(annotationText(finding, 'sv', 'https://d.example/')).toMatch(
      /\nhttps:\/\/d\.example\/leaders\/terms\.md$/,
    );
  });

  it('puts a waiver first, keeping the sentence that follows whole, capital included', () => {
    const finding = terms(WAIVED);
    expect(finding.waiver?.until).toBe('2027-01-31');
    expect(annotationText(finding, 'en', RULE_PAGES)).toBe(
      `Waived until 31 January 2027: ${finding.message}\n${PAGE}`,
    );
    expect(annotationText(finding, 'nl', RULE_PAGES)).toMatch(
      /^Vrijstelling tot en met 31 januari 2027: De co-leider heeft /,
    );
    expect(annotationText(finding, 'sv', RULE_PAGES)).toMatch(
      /^Undantag till och med 31 januari 2027: Medledaren har /,
    );
  });

  it('is escaped for the runner in every language', () => {
    // A website value that would open a v1 log group if the runner saw it at a line's start.
    const text = WAIVED.replace('website: https://example-azure.org/', 'website: "##[group]x"');
    for (const language of ['en', 'nl', 'sv'] as const) {
      const messages = toAnnotations(
        [{ file: fileFrom(text), findings: check(text) }],
        language,
        RULE_PAGES,
      ).map((annotation) => annotation.message);
      expect(messages.some((message) => message.includes('#\\#[group]x'))).toBe(true);
      expect(messages.filter((message) => message.includes('##['))).toEqual([]);
    }
  });
});
