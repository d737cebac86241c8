import { describe, expect, it } from 'vitest';
import { check, findingsOf, VALID_GROUP, withField } from '../../../test/support/check.js';

const RULE = 'registry/joined';

/** Schema findings about joined: the named rule claims them, so there must be none. */
const schemaAboutJoined = (text: string) =>
  check(text).filter((finding) => finding.rule === 'schema' && finding.pointer === '/joined');

const applying = (joined: string | undefined) =>
  withField('joined', joined, withField('status', 'applying'));

describe('registry/joined', () => {
  it('passes a date in the past, and today', () => {
    expect(findingsOf(RULE, VALID_GROUP)).toEqual([]);
    expect(findingsOf(RULE, withField('joined', '2026-11-22'))).toEqual([]);
    expect(findingsOf(RULE, withField('joined', '"2026-11-22"'))).toEqual([]);
  });

  it('passes an applying group without a date', () => {
    expect(check(applying(undefined)).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reports a date after today at joined, saying what to write and who sets it', () => {
    const text = withField('joined', '2027-03-01');
    expect(findingsOf(RULE, text)).toEqual([
      {
        rule: RULE,
        severity: 'error',
        file: 'groups/example.yaml',
        pointer: '/joined',
        line: 4,
        column: 9,
        message:
          '"joined" is 2027-03-01, which is after today (2026-11-22). It is the date the program admitted the group, so it cannot be in the future, and only the program team sets it: write the date the program admitted the group, or leave "joined" out while the group is applying.',
      },
    ]);
    expect(findingsOf(RULE, withField('joined', '2026-11-23'))).toHaveLength(1);
    expect(findingsOf(RULE, withField('joined', '2026-11-23'), { today: '2026-11-23' })).toEqual(
      [],
    );
    expect(schemaAboutJoined(text)).toEqual([]);
  });

  it('reports a future date whatever the status', () => {
    for (const status of ['applying', 'leaving']) {
      const text = withField('joined', '2027-03-01', withField('status', status));
      expect(findingsOf(RULE, text).map((f) => `${f.pointer} ${f.line}:${f.column}`)).toEqual([
        '/joined 4:9',
      ]);
    }
  });

  it('closes the hole it is for: a future date no longer excuses the group from its meetups', () => {
    const noMeetups = withField('meetups', '[]', withField('joined', '2030-01-01'));
    // The pro-rata share is zero, so meetups/minimum is silent; this rule is not.
    expect(findingsOf('meetups/minimum', noMeetups)).toEqual([]);
    expect(check(noMeetups).filter((f) => f.severity === 'error')).toEqual([
      expect.objectContaining({ rule: RULE, pointer: '/joined' }),
    ]);
  });

  it('asks for the date of an admitted group without one, once, and says who sets it', () => {
    const text = withField('joined', undefined);
    expect(findingsOf(RULE, text)).toEqual([
      {
        rule: RULE,
        severity: 'error',
        file: 'groups/example.yaml',
        pointer: '/joined',
        line: 1,
        column: 1,
        message:
          'The group\'s status is "active", so the program has admitted it, but "joined" is missing. "joined" is the date the program admitted the group, YYYY-MM-DD, and only the program team sets it: ask a maintainer to add it. A group that has not been admitted yet has "status: applying" and no "joined".',
      },
    ]);
    expect(schemaAboutJoined(text)).toEqual([]);

    const leaving = withField('joined', '', withField('status', 'leaving'));
    expect(findingsOf(RULE, leaving)).toEqual([
      expect.objectContaining({ pointer: '/joined', line: 4, column: 1 }),
    ]);
    expect(findingsOf(RULE, leaving)[0]?.message).toContain(
      'The group\'s status is "leaving", so the program has admitted it, but "joined" is empty.',
    );
    expect(schemaAboutJoined(leaving)).toEqual([]);
  });

  it('leaves a status the schema refuses to the schema rule', () => {
    const text = withField('joined', undefined, withField('status', 'dormant'));
    expect(findingsOf(RULE, text)).toEqual([]);
    expect(check(text).map((f) => `${f.rule} ${f.pointer}`)).toEqual(['schema /status']);
  });

  it('reports an empty date on an applying group, asking to remove the line', () => {
    const text = applying('');
    expect(findingsOf(RULE, text)).toEqual([
      expect.objectContaining({ severity: 'error', pointer: '/joined', line: 4 }),
    ]);
    expect(findingsOf(RULE, text)[0]?.message).toBe(
      '"joined" is empty. Remove the line: the program team adds the date it admitted the group when it admits it.',
    );
    expect(schemaAboutJoined(text)).toEqual([]);
  });

  it('reports a date that does not exist, or is not a date, once', () => {
    for (const [value, shown] of [
      ['2026-02-30', '"2026-02-30"'],
      ['20260101', '20260101'],
      ['2026-01-01T00:00:00Z', '"2026-01-01T00:00:00Z"'],
      ['true', 'true'],
    ] as const) {
      const text = withField('joined', value);
      const findings = findingsOf(RULE, text);
      expect(findings).toEqual([
        expect.objectContaining({ severity: 'error', pointer: '/joined', line: 4, column: 9 }),
      ]);
      expect(findings[0]?.message).toBe(
        `"joined" must be the date the program admitted the group, written YYYY-MM-DD and existing on the calendar; it is ${shown}. Only the program team sets it.`,
      );
      expect(schemaAboutJoined(text)).toEqual([]);
    }
  });

  it('cannot be waived', () => {
    const text = `${withField('joined', '2027-03-01')}waivers:\n  - rule: registry/joined\n    reason: Admitted early\n    until: 2027-12-31\n    approvedBy: some-maintainer\n`;
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('error');
    expect(findings[0]).not.toHaveProperty('waiver');
    expect(findingsOf('schema', text).map((f) => f.pointer)).toEqual(['/waivers/0/rule']);
  });
});
