import { describe, expect, it } from 'vitest';
import { check, findingsOf, VALID_GROUP, withField } from '../../../test/support/check.js';

const RULE = 'meetups/spread';

/** 1-based number of the line that reads exactly `line`; 0 when there is none. */
const lineOf = (text: string, line: string): number => text.split('\n').indexOf(line) + 1;

const meetup = (date: string, title: string, extra = ''): string =>
  `\n  - date: ${date}\n    title: ${title}\n    azure: true${extra}`;

const withMeetups = (entries: string[], base = VALID_GROUP): string =>
  withField('meetups', entries.length === 0 ? '[]' : entries.join(''), base);

describe('meetups/spread', () => {
  it('passes meetups at most 90 days apart, with the last one recent', () => {
    // Gaps of 63, 63, 56, 77 and 56 days, and 31 days since the last meetup.
    expect(findingsOf(RULE, VALID_GROUP)).toEqual([]);
  });

  it('reports a long gap between two meetups on the date of the later one', () => {
    const text = VALID_GROUP.replace(
      '  - date: 2026-04-16\n    title: Azure OpenAI on your own data\n    azure: true\n',
      '',
    );
    const findings = findingsOf(RULE, text);
    expect(findings).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        file: 'groups/example.yaml',
        pointer: '/meetups/2/date',
        line: lineOf(text, '  - date: 2026-06-11'),
        column: 11,
        message:
          '119 days passed without an Azure meetup, from 2026-02-12 to 2026-06-11. The program asks for meetups spread through the year, at most 90 days apart.',
      },
    ]);
    expect(lineOf(text, '  - date: 2026-06-11')).toBe(30);
  });

  it('reports the time since the last meetup on the meetups key', () => {
    const findings = findingsOf(RULE, VALID_GROUP, { today: '2027-02-01' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      pointer: '/meetups',
      line: 23,
      column: 1,
    });
    expect(findings[0]?.message).toBe(
      'No Azure meetup for 102 days, since 2026-10-22. The program asks for meetups spread through the year (at most 90 days apart): plan the next one, and add it here.',
    );
  });

  it('allows a gap of exactly the maximum', () => {
    // 2026-08-24 is 90 days before today.
    const text = withMeetups([meetup('2026-05-26', 'One'), meetup('2026-08-24', 'Two')]);
    expect(findingsOf(RULE, text)).toEqual([]);
    const longer = withMeetups([meetup('2026-05-24', 'One'), meetup('2026-08-23', 'Two')]);
    expect(
      findingsOf(RULE, longer).map((f) => `${f.pointer} ${f.message.split('.')[0] ?? ''}`),
    ).toEqual([
      '/meetups No Azure meetup for 91 days, since 2026-08-23',
      '/meetups/1/date 91 days passed without an Azure meetup, from 2026-05-24 to 2026-08-23',
    ]);
  });

  it('follows the maximum gap of the policy', () => {
    expect(findingsOf(RULE, VALID_GROUP, { policy: { maxGapDays: 77 } })).toEqual([]);
    const findings = findingsOf(RULE, VALID_GROUP, { policy: { maxGapDays: 76 } });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      pointer: '/meetups/4/date',
      line: 36,
      column: 11,
    });
    expect(findings[0]?.message).toBe(
      '77 days passed without an Azure meetup, from 2026-06-11 to 2026-08-27. The program asks for meetups spread through the year, at most 76 days apart.',
    );
  });

  it('does not let a cancelled or non-Azure meetup bridge a gap', () => {
    const cancelled = VALID_GROUP.replace(
      '    title: Azure OpenAI on your own data\n    azure: true',
      '    title: Azure OpenAI on your own data\n    azure: true\n    cancelled: true',
    );
    const findings = findingsOf(RULE, cancelled);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      pointer: '/meetups/3/date',
      line: 34,
      column: 11,
    });
    expect(findings[0]?.message).toContain(
      '119 days passed without an Azure meetup, from 2026-02-12 to 2026-06-11',
    );

    const other = VALID_GROUP.replace(
      '    title: Azure OpenAI on your own data\n    azure: true',
      '    title: Azure OpenAI on your own data\n    azure: false',
    );
    expect(findingsOf(RULE, other).map((f) => f.pointer)).toEqual(['/meetups/3/date']);
  });

  it('does not report a gap that a meetup listed with an unreadable date may fill', () => {
    // 2026-04-31 does not exist: the meetup between 2026-02-12 and 2026-06-11 does not count,
    // and the date error is the one finding, at the date; no gap, no count.
    const text = VALID_GROUP.replace('  - date: 2026-04-16\n', '  - date: 2026-04-31\n');
    expect(check(text)).toEqual([
      {
        rule: 'schema',
        severity: 'error',
        file: 'groups/example.yaml',
        pointer: '/meetups/2/date',
        line: 30,
        column: 11,
        message:
          '"date" of the 3rd meetup must be a date that exists, written YYYY-MM-DD; it is "2026-04-31".',
      },
    ]);
  });

  it('does not let a planned meetup close the time since the last one', () => {
    const text = `${VALID_GROUP}  - date: 2027-02-10\n    title: Planned\n    azure: true\n`;
    const findings = findingsOf(RULE, text, { today: '2027-02-01' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      pointer: '/meetups',
      line: 23,
      column: 1,
    });
    expect(findings[0]?.message).toContain('No Azure meetup for 102 days, since 2026-10-22.');
  });

  it('finds gaps in date order and points at the entry where it is listed', () => {
    const text = withMeetups([
      meetup('2026-10-22', 'AKS automatic'),
      meetup('2026-06-11', 'Functions flex consumption'),
      meetup('2026-08-27', 'Landing zones'),
      meetup('2026-02-12', 'Bicep for beginners'),
    ]);
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      pointer: '/meetups/1/date',
      line: lineOf(text, '  - date: 2026-06-11'),
      column: 11,
    });
    expect(lineOf(text, '  - date: 2026-06-11')).toBe(27);
    expect(findings[0]?.message).toContain('from 2026-02-12 to 2026-06-11');
  });

  it('leaves a group without meetups to meetups/minimum', () => {
    expect(findingsOf(RULE, withMeetups([]))).toEqual([]);
    expect(findingsOf('meetups/minimum', withMeetups([]))).toHaveLength(1);
  });

  it('does not check a group that is leaving the program', () => {
    expect(findingsOf(RULE, withField('status', 'leaving'), { today: '2027-06-01' })).toEqual([]);
  });

  it('turns into a notice under an active waiver', () => {
    const text = `${VALID_GROUP}waivers:\n  - rule: meetups/spread\n    reason: Summer break agreed\n    until: 2027-03-01\n    approvedBy: some-maintainer\n`;
    const findings = findingsOf(RULE, text, { today: '2027-02-01' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'notice',
      waiver: { rule: RULE, until: '2027-03-01' },
    });
  });
});
