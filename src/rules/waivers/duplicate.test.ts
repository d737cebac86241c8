import { describe, expect, it } from 'vitest';
import { check, findingsOf, VALID_GROUP } from '../../../test/support/check.js';

const RULE = 'waivers/duplicate';

const waiver = (rule: string, until: string, approvedBy = 'some-maintainer'): string =>
  `  - rule: ${rule}\n    reason: Venue lost after a flood\n    until: ${until}\n    approvedBy: ${approvedBy}\n`;

/** VALID_GROUP with a `waivers:` block; its first entry starts on line 43, each takes four. */
const withWaivers = (...entries: string[]): string => `${VALID_GROUP}waivers:\n${entries.join('')}`;

/** A group whose meetups are not about Azure: a meetups/minimum warning to waive. */
const FEW_MEETUPS = VALID_GROUP.replaceAll('azure: true', 'azure: false');

describe('waivers/duplicate', () => {
  it('passes a file without waivers, and one waiver per rule', () => {
    expect(findingsOf(RULE, VALID_GROUP)).toEqual([]);
    const text = withWaivers(
      waiver('meetups/minimum', '2027-01-31'),
      waiver('meetups/spread', '2027-01-31'),
    );
    expect(findingsOf(RULE, text)).toEqual([]);
  });

  it('reports the second waiver for a rule at its rule, naming the line of the first', () => {
    const text = withWaivers(
      waiver('meetups/minimum', '2026-12-31'),
      waiver('meetups/minimum', '2030-12-31'),
    );
    expect(text.split('\n')[42]).toBe('  - rule: meetups/minimum');
    expect(text.split('\n')[46]).toBe('  - rule: meetups/minimum');
    expect(findingsOf(RULE, text)).toEqual([
      {
        rule: RULE,
        severity: 'error',
        file: 'groups/example.yaml',
        pointer: '/waivers/1/rule',
        line: 47,
        column: 11,
        message: `"meetups/minimum" is already waived by the 1st waiver (line 43). A rule has one waiver: keep a single entry, with the end date a maintainer approved, and remove this one. Until then the earliest end date applies.`,
      },
    ]);
  });

  it('reports every further waiver for the rule, each naming the first', () => {
    const text = withWaivers(
      waiver('meetups/minimum', '2026-12-31'),
      waiver('meetups/spread', '2026-12-31'),
      waiver('meetups/minimum', '2027-06-30'),
      waiver('meetups/minimum', '2030-12-31'),
    );
    expect(findingsOf(RULE, text).map((f) => `${f.pointer} ${f.line}:${f.column}`)).toEqual([
      '/waivers/2/rule 51:11',
      '/waivers/3/rule 55:11',
    ]);
    for (const finding of findingsOf(RULE, text)) {
      expect(finding.message).toContain('already waived by the 1st waiver (line 43)');
    }
  });

  it('reports duplicates whatever their dates, expired ones included', () => {
    const text = withWaivers(
      waiver('trademark/name', '2025-01-31'),
      waiver('trademark/name', '2025-01-31'),
    );
    expect(findingsOf(RULE, text).map((f) => f.pointer)).toEqual(['/waivers/1/rule']);
  });

  it('compares rule ids exactly, as waivers are applied, and skips entries without one', () => {
    const text = withWaivers(
      waiver('meetups/minimum', '2027-01-31'),
      waiver('Meetups/Minimum', '2027-01-31'),
    );
    expect(findingsOf(RULE, text)).toEqual([]);
    // Not a rule the schema knows, so the schema rule reports it; it waives nothing either way.
    expect(findingsOf('schema', text).map((f) => f.pointer)).toEqual(['/waivers/1/rule']);

    const noRule = `${VALID_GROUP}waivers:\n  - reason: Venue lost\n    until: 2027-01-31\n    approvedBy: some-maintainer\n  - reason: Venue lost\n    until: 2027-01-31\n    approvedBy: some-maintainer\n`;
    expect(findingsOf(RULE, noRule)).toEqual([]);
  });

  it('is an error that cannot be waived, and no waiver can name it', () => {
    const text = withWaivers(
      waiver('meetups/minimum', '2027-01-31'),
      waiver('meetups/minimum', '2027-01-31'),
      waiver('waivers/duplicate', '2027-01-31'),
    );
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('error');
    expect(findings[0]).not.toHaveProperty('waiver');
    expect(findingsOf('schema', text).map((f) => f.pointer)).toEqual(['/waivers/2/rule']);
  });
});

describe('waivers applied when a rule is waived twice anyway', () => {
  const minimum = (text: string, today?: string) =>
    check(text, today === undefined ? {} : { today }).filter(
      (finding) => finding.rule === 'meetups/minimum',
    );

  it('has a meetups/minimum warning to waive', () => {
    expect(minimum(FEW_MEETUPS)).toEqual([
      expect.objectContaining({ severity: 'warning', pointer: '/meetups' }),
    ]);
  });

  it('applies the entry that ends first, wherever it is listed', () => {
    for (const text of [
      `${FEW_MEETUPS}waivers:\n${waiver('meetups/minimum', '2026-12-31', 'first-maintainer')}${waiver('meetups/minimum', '2030-12-31', 'later-maintainer')}`,
      `${FEW_MEETUPS}waivers:\n${waiver('meetups/minimum', '2030-12-31', 'later-maintainer')}${waiver('meetups/minimum', '2026-12-31', 'first-maintainer')}`,
    ]) {
      expect(minimum(text)[0]).toMatchObject({
        severity: 'notice',
        waiver: { rule: 'meetups/minimum', until: '2026-12-31', approvedBy: 'first-maintainer' },
      });
      // After the earlier end date, the later entry does not keep the rule silent.
      expect(minimum(text, '2027-01-01')[0]).toMatchObject({ severity: 'warning' });
      expect(minimum(text, '2027-01-01')[0]).not.toHaveProperty('waiver');
    }
  });

  it('ignores an entry whose end date is not a date, as with a single waiver', () => {
    const text = `${FEW_MEETUPS}waivers:\n${waiver('meetups/minimum', '2026-02-30')}${waiver('meetups/minimum', '2026-12-31')}`;
    expect(minimum(text)[0]).toMatchObject({
      severity: 'notice',
      waiver: { until: '2026-12-31' },
    });
  });
});
