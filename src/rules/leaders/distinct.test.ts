import { describe, expect, it } from 'vitest';
import { findingsOf, VALID_GROUP, withField } from '../../../test/support/check.js';

const RULE = 'leaders/distinct';

describe('leaders/distinct', () => {
  it('passes a leader and a co-leader who are two people', () => {
    expect(findingsOf(RULE, VALID_GROUP)).toEqual([]);
  });

  it('reports the same GitHub login in another case, on the co-leader login', () => {
    const text = VALID_GROUP.replace('github: pjansen', 'github: AnnaDeVries');
    expect(findingsOf(RULE, text)).toEqual([
      {
        rule: RULE,
        severity: 'error',
        file: 'groups/example.yaml',
        pointer: '/coLeader/github',
        line: 20,
        column: 11,
        message:
          'The leader and the co-leader are the same person (@AnnaDeVries). The program needs two different people, so the group keeps a contact when one leaves: name someone else as co-leader.',
      },
    ]);
  });

  it('reports the same Tech Community ID under two logins, on the co-leader ID', () => {
    const text = VALID_GROUP.replace('techCommunityId: 2345678', 'techCommunityId: 1234567');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/coLeader/techCommunityId',
      line: 21,
      column: 20,
    });
    expect(findings[0]?.message).toContain('are the same person (Tech Community ID 1234567)');
    expect(findings[0]?.message).toContain('name someone else as co-leader');
  });

  it('reports a person who is the same by login and ID once, on the login', () => {
    const text = VALID_GROUP.replace('github: pjansen', 'github: annadevries').replace(
      'techCommunityId: 2345678',
      'techCommunityId: 1234567',
    );
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/coLeader/github',
      line: 20,
      column: 11,
    });
    expect(findings[0]?.message).toContain('(@annadevries)');
  });

  it('does not compare what is missing', () => {
    const noLogins = VALID_GROUP.replace('  github: annadevries\n', '').replace(
      '  github: pjansen\n',
      '',
    );
    expect(findingsOf(RULE, noLogins)).toEqual([]);
    const noIds = VALID_GROUP.replace('  techCommunityId: 1234567\n', '').replace(
      '  techCommunityId: 2345678\n',
      '',
    );
    expect(findingsOf(RULE, noIds)).toEqual([]);
    expect(findingsOf(RULE, withField('coLeader', undefined))).toEqual([]);
    expect(findingsOf(RULE, withField('leader', 'Anna de Vries'))).toEqual([]);
  });

  it('does not take the same name for the same person', () => {
    const text = VALID_GROUP.replace('name: Pieter Jansen', 'name: Anna de Vries');
    expect(findingsOf(RULE, text)).toEqual([]);
  });
});
