import { describe, expect, it } from 'vitest';
import { findingsOf, VALID_GROUP, withField } from '../../../test/support/check.js';

const RULE = 'trademark/name';

const named = (name: string): string => withField('name', name);

describe('trademark/name', () => {
  it('passes a name that puts the place first', () => {
    expect(findingsOf(RULE, VALID_GROUP)).toEqual([]);
    expect(findingsOf(RULE, named('Utrecht Azure User Group'))).toEqual([]);
    expect(findingsOf(RULE, named('Unofficial Utrecht Azure Meetup'))).toEqual([]);
    expect(findingsOf(RULE, named('AzureLovers Utrecht'))).toEqual([]);
  });

  it('refuses a Microsoft mark as the leading word', () => {
    for (const [name, mark] of [
      ['Microsoft Azure Utrecht', 'microsoft'],
      ['Azure User Group Utrecht', 'azure'],
      ['MSFT Cloud Club Utrecht', 'msft'],
      ['Windows Utrecht', 'windows'],
      ['azure-utrecht meetup', 'azure'],
      ['  AZURE Utrecht', 'azure'],
    ] as const) {
      const findings = findingsOf(RULE, named(name.trim() === name ? name : `"${name}"`));
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        rule: RULE,
        severity: 'error',
        file: 'groups/example.yaml',
        pointer: '/name',
        line: 2,
        // Column 7: where the value begins, at its opening quote when it is quoted.
        column: 7,
      });
      expect(findings[0]?.message).toContain(`starts with the Microsoft trademark "${mark}"`);
      expect(findings[0]?.message).toContain(
        'put your place first, for example "Utrecht Azure User Group"',
      );
    }
  });

  it('sees through fullwidth letters and invisible characters', () => {
    for (const name of [
      '\uFF21\uFF5A\uFF55\uFF52\uFF45 Utrecht',
      '\u200BAzure Utrecht',
      'A\u200Bz\u00ADure Utrecht',
      'Micro\u2060soft Cloud Utrecht',
    ]) {
      const findings = findingsOf(RULE, named(name));
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        severity: 'error',
        pointer: '/name',
        line: 2,
        column: 7,
      });
      expect(findings[0]?.message).toMatch(
        /starts with the Microsoft trademark "(azure|microsoft)"/,
      );
    }
  });

  it('refuses a claim of official status or sponsorship', () => {
    for (const name of [
      'Official Utrecht Azure User Group',
      'Utrecht Azure Group, sponsored by Microsoft',
      'Utrecht Azure Group (Microsoft-endorsed)',
      "Utrecht's Microsoft's Cloud Club",
      'Utrecht Microsoft\u2019s Cloud Club',
      'Utrecht Azure Group, officially',
    ]) {
      const findings = findingsOf(RULE, named(JSON.stringify(name)));
      expect(findings).toHaveLength(1);
      // Column 7: the opening quote of `name: "…"`.
      expect(findings[0]).toMatchObject({
        severity: 'error',
        pointer: '/name',
        line: 2,
        column: 7,
      });
      expect(findings[0]?.message).toContain(
        'suggests the group is official or run or sponsored by Microsoft',
      );
      expect(findings[0]?.message).toContain('remove that wording');
    }
  });

  it('leaves a missing or non-text name to other rules', () => {
    expect(findingsOf(RULE, named(''))).toEqual([]);
    expect(findingsOf(RULE, withField('name', undefined))).toEqual([]);
    expect(findingsOf(RULE, named('[Azure, Utrecht]'))).toEqual([]);
  });

  it('can be waived', () => {
    const text = `${named('Azure Utrecht')}waivers:\n  - rule: trademark/name\n    reason: Name agreed with Microsoft legal\n    until: 2027-06-30\n    approvedBy: some-maintainer\n`;
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'notice',
      waiver: { rule: RULE, until: '2027-06-30' },
    });
  });
});
