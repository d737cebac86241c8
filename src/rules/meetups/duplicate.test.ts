import { describe, expect, it } from 'vitest';
import { findingsOf, VALID_GROUP } from '../../../test/support/check.js';

const RULE = 'meetups/duplicate';

/** 1-based number of the line that reads exactly `line`; 0 when there is none. */
const lineOf = (text: string, line: string): number => text.split('\n').indexOf(line) + 1;

/** VALID_GROUP with more meetup entries at the end of its list. */
const plus = (...entries: string[]): string => VALID_GROUP + entries.join('');

const entry = (date: string, title: string, url?: string): string =>
  `  - date: ${date}\n    title: ${title}\n    azure: true\n${url === undefined ? '' : `    url: ${url}\n`}`;

describe('meetups/duplicate', () => {
  it('passes meetups that are all different', () => {
    expect(findingsOf(RULE, VALID_GROUP)).toEqual([]);
  });

  it('reports a repeat of date and title, in other case and spacing, on the later entry', () => {
    const text = plus(entry('2026-10-22', 'aks   AUTOMATIC'));
    expect(text.split('\n')[41]).toBe('  - date: 2026-10-22');
    expect(findingsOf(RULE, text)).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        file: 'groups/example.yaml',
        pointer: '/meetups/6',
        line: 42,
        column: 5,
        message: `This meetup (2026-10-22) repeats the 6th meetup (line 39), which has the same date and title. It counts once: remove one of the two.`,
      },
    ]);
  });

  it('does not take the same title on another day, or another title on the same day, for a repeat', () => {
    expect(findingsOf(RULE, plus(entry('2026-11-19', 'AKS automatic')))).toEqual([]);
    expect(findingsOf(RULE, plus(entry('2026-10-22', 'AKS automatic, part 2')))).toEqual([]);
  });

  it('reports two entries for the same page', () => {
    const text = plus(
      entry('2026-11-05', 'Cost management', 'https://www.meetup.com/example-azure/events/301/'),
      entry(
        '2026-11-12',
        'Cost management (moved)',
        'https://www.meetup.com/example-azure/events/301/',
      ),
    );
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      pointer: '/meetups/7',
      line: lineOf(text, '  - date: 2026-11-12'),
      column: 5,
    });
    expect(lineOf(text, '  - date: 2026-11-12')).toBe(46);
    expect(findings[0]?.message).toBe(
      'This meetup (2026-11-12) repeats the 7th meetup (line 42), which has the same page. It counts once: remove one of the two.',
    );
  });

  it('says "page" when the two links differ only in case or a trailing slash', () => {
    const text = plus(
      entry('2026-11-05', 'Cost management', 'https://www.meetup.com/example-azure/events/301/'),
      entry(
        '2026-11-12',
        'Cost management (moved)',
        'https://www.meetup.com/Example-Azure/events/301',
      ),
    );
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      pointer: '/meetups/7',
      line: 46,
      column: 5,
    });
    expect(findings[0]?.message).toContain(
      'repeats the 7th meetup (line 42), which has the same page.',
    );
  });

  it('reports each further copy against the first', () => {
    const text = plus(entry('2026-10-22', 'AKS automatic'), entry('2026-10-22', 'AKS Automatic'));
    expect(
      findingsOf(RULE, text).map(
        (f) => `${f.pointer} ${f.line}:${f.column} ${f.message.slice(0, 58)}`,
      ),
    ).toEqual([
      '/meetups/6 42:5 This meetup (2026-10-22) repeats the 6th meetup (line 39),',
      '/meetups/7 45:5 This meetup (2026-10-22) repeats the 6th meetup (line 39),',
    ]);
  });

  it('numbers entries by their place in the file, malformed ones included', () => {
    const text = VALID_GROUP.replace(
      'meetups:\n',
      'meetups:\n  - date: 2025-12-01\n    title: Not yet sure\n',
    ).concat(entry('2026-10-22', 'AKS automatic'));
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      pointer: '/meetups/7',
      line: 44,
      column: 5,
    });
    expect(findings[0]?.message).toContain('repeats the 7th meetup (line 41),');
  });

  it('turns into a notice under an active waiver', () => {
    const text = `${plus(entry('2026-10-22', 'AKS automatic'))}waivers:\n  - rule: meetups/duplicate\n    reason: Two sessions on one evening\n    until: 2027-01-31\n    approvedBy: some-maintainer\n`;
    expect(findingsOf(RULE, text)).toEqual([
      expect.objectContaining({
        severity: 'notice',
        pointer: '/meetups/6',
        waiver: expect.objectContaining({ rule: RULE }) as unknown,
      }),
    ]);
  });
});
