import { describe, expect, it } from 'vitest';
import { findingsOf, VALID_GROUP } from '../../../test/support/check.js';

const RULE = 'waivers/expired';

const waiver = (rule: string, until: string): string =>
  `  - rule: ${rule}\n    reason: Venue lost after a flood\n    until: ${until}\n    approvedBy: some-maintainer\n`;

/** VALID_GROUP with a `waivers:` block; its first entry starts on line 43. */
const withWaivers = (...entries: string[]): string => `${VALID_GROUP}waivers:\n${entries.join('')}`;

describe('waivers/expired', () => {
  it('passes a file without waivers, and waivers that have not ended', () => {
    expect(findingsOf(RULE, VALID_GROUP)).toEqual([]);
    expect(findingsOf(RULE, withWaivers(waiver('meetups/minimum', '2027-01-31')))).toEqual([]);
    expect(findingsOf(RULE, withWaivers(waiver('meetups/minimum', '2026-11-22')))).toEqual([]);
  });

  it('reports a waiver whose last day has passed, on its date', () => {
    const text = withWaivers(waiver('meetups/minimum', '2026-11-21'));
    expect(text.split('\n')[44]).toBe('    until: 2026-11-21');
    expect(findingsOf(RULE, text)).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        file: 'groups/example.yaml',
        pointer: '/waivers/0/until',
        line: 45,
        column: 12,
        message:
          'The waiver for "meetups/minimum" ended on 2026-11-21, so the rule applies again. Remove the waiver once the problem is fixed, or ask a maintainer to extend it.',
      },
    ]);
  });

  it('reports each expired waiver by its place in the list', () => {
    const text = withWaivers(
      waiver('meetups/minimum', '2027-01-31'),
      waiver('meetups/spread', '2026-06-30'),
      waiver('trademark/name', '2025-12-31'),
    );
    expect(
      findingsOf(RULE, text).map(
        (f) => `${f.pointer} ${f.line}:${f.column} ${f.message.slice(0, 52)}`,
      ),
    ).toEqual([
      '/waivers/1/until 49:12 The waiver for "meetups/spread" ended on 2026-06-30,',
      '/waivers/2/until 53:12 The waiver for "trademark/name" ended on 2025-12-31,',
    ]);
  });

  it('leaves waivers with a malformed date or no rule to the schema rule', () => {
    const badDate = withWaivers(waiver('meetups/minimum', '2026-02-30'));
    expect(findingsOf(RULE, badDate)).toEqual([]);
    expect(findingsOf('schema', badDate).map((f) => f.pointer)).toEqual(['/waivers/0/until']);

    const noRule = `${VALID_GROUP}waivers:\n  - reason: Venue lost\n    until: 2026-01-01\n    approvedBy: some-maintainer\n`;
    expect(findingsOf(RULE, noRule)).toEqual([]);
  });

  it('cannot itself be waived', () => {
    const text = withWaivers(
      waiver('meetups/minimum', '2026-11-21'),
      waiver('waivers/expired', '2027-01-31'),
    );
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('warning');
    expect(findings[0]).not.toHaveProperty('waiver');
  });

  it('takes its severity from the policy', () => {
    const text = withWaivers(waiver('meetups/minimum', '2026-11-21'));
    expect(findingsOf(RULE, text, { rules: { [RULE]: 'error' } })[0]?.severity).toBe('error');
  });
});
