import { describe, expect, it } from 'vitest';
import { check, findingsOf, VALID_GROUP, withField } from '../../../test/support/check.js';

const RULE = 'leaders/terms';

/** Schema findings about termsAccepted: the named rule claims them, so there must be none. */
const schemaAboutTerms = (text: string) =>
  check(text).filter(
    (finding) => finding.rule === 'schema' && finding.pointer.endsWith('/termsAccepted'),
  );

describe('leaders/terms', () => {
  it('passes terms accepted in the past, and today', () => {
    expect(findingsOf(RULE, VALID_GROUP)).toEqual([]);
    const today = VALID_GROUP.replace('termsAccepted: 2024-02-21', 'termsAccepted: 2026-11-22');
    expect(findingsOf(RULE, today)).toEqual([]);
    const quoted = VALID_GROUP.replace('termsAccepted: 2024-02-21', 'termsAccepted: "2024-02-21"');
    expect(findingsOf(RULE, quoted)).toEqual([]);
  });

  it('reports missing terms on the leader block, naming the leader', () => {
    const text = VALID_GROUP.replace('  termsAccepted: 2024-02-20\n', '');
    expect(findingsOf(RULE, text)).toEqual([
      {
        rule: RULE,
        severity: 'error',
        file: 'groups/example.yaml',
        pointer: '/leader/termsAccepted',
        line: 13,
        column: 1,
        message:
          'The leader @annadevries has not accepted the program\'s terms and conditions. Each leader must accept them; once @annadevries has, add "termsAccepted:" with the date, YYYY-MM-DD.',
      },
    ]);
    expect(schemaAboutTerms(text)).toEqual([]);
  });

  it('reports terms: false at the value', () => {
    const text = VALID_GROUP.replace('termsAccepted: 2024-02-21', 'termsAccepted: false');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/coLeader/termsAccepted',
      line: 22,
      column: 18,
    });
    expect(findings[0]?.message).toContain('The co-leader @pjansen has not accepted');
    expect(findings[0]?.message).toContain('add "termsAccepted:" with the date, YYYY-MM-DD');
    expect(schemaAboutTerms(text)).toEqual([]);
  });

  it('reports an empty termsAccepted as not accepted', () => {
    const text = VALID_GROUP.replace('termsAccepted: 2024-02-20', 'termsAccepted:');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/leader/termsAccepted',
      line: 17,
      column: 3,
    });
    expect(findings[0]?.message).toContain('has not accepted');
  });

  it('reports a date that does not exist, or true, asking for the date', () => {
    const invalid = VALID_GROUP.replace('termsAccepted: 2024-02-20', 'termsAccepted: 2024-02-30');
    const findings = findingsOf(RULE, invalid);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/leader/termsAccepted',
      line: 17,
      column: 18,
    });
    expect(findings[0]?.message).toBe(
      '"termsAccepted" must be the date @annadevries accepted the terms, written YYYY-MM-DD and existing on the calendar; it is "2024-02-30".',
    );
    expect(schemaAboutTerms(invalid)).toEqual([]);

    const yes = VALID_GROUP.replace('termsAccepted: 2024-02-20', 'termsAccepted: true');
    expect(findingsOf(RULE, yes)).toEqual([
      expect.objectContaining({
        severity: 'error',
        pointer: '/leader/termsAccepted',
        line: 17,
        column: 18,
      }),
    ]);
    expect(findingsOf(RULE, yes)[0]?.message).toContain(
      'must be the date @annadevries accepted the terms',
    );
    expect(schemaAboutTerms(yes)).toEqual([]);
  });

  it('reports a date after today', () => {
    const text = VALID_GROUP.replace('termsAccepted: 2024-02-21', 'termsAccepted: 2026-11-23');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/coLeader/termsAccepted',
      line: 22,
      column: 18,
    });
    expect(findings[0]?.message).toBe(
      '@pjansen accepted the terms on 2026-11-23, which is after today (2026-11-22). Write the date they actually accepted.',
    );
    expect(findingsOf(RULE, text, { today: '2026-11-23' })).toEqual([]);
  });

  it('names a leader without a usable username by name', () => {
    const text = VALID_GROUP.replace('  github: annadevries\n', '').replace(
      '  termsAccepted: 2024-02-20\n',
      '',
    );
    expect(findingsOf(RULE, text)[0]?.message).toContain(
      'The leader "Anna de Vries" has not accepted',
    );
  });

  it('says nothing about a leader who is not there', () => {
    expect(findingsOf(RULE, withField('leader', undefined))).toEqual([]);
    expect(findingsOf(RULE, withField('coLeader', 'Pieter Jansen'))).toEqual([]);
  });
});
