import { describe, expect, it } from 'vitest';
import { check, findingsOf, VALID_GROUP, withField } from '../../../test/support/check.js';

const RULE = 'leaders/co-leader';

/** 1-based number of the line that reads exactly `line`; 0 when there is none. */
const lineOf = (text: string, line: string): number => text.split('\n').indexOf(line) + 1;

/** Schema findings about the co-leader block: the named rule claims them, so there must be none. */
const schemaAboutCoLeader = (text: string) =>
  check(text).filter(
    (finding) => finding.rule === 'schema' && finding.pointer.startsWith('/coLeader'),
  );

describe('leaders/co-leader', () => {
  it('passes a co-leader with a name and a GitHub username', () => {
    expect(findingsOf(RULE, VALID_GROUP)).toEqual([]);
  });

  it('reports a missing co-leader at the top of the file, once', () => {
    const text = withField('coLeader', undefined);
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: RULE,
      severity: 'error',
      file: 'groups/example.yaml',
      pointer: '/coLeader',
      line: 1,
      column: 1,
    });
    expect(findings[0]?.message).toContain('The group has no co-leader.');
    expect(findings[0]?.message).toContain('never left without one');
    expect(findings[0]?.message).toContain(
      'add a "coLeader:" block with name, github, techCommunityId and termsAccepted',
    );
    expect(schemaAboutCoLeader(text)).toEqual([]);
  });

  it('reports an empty co-leader block as missing, on its line', () => {
    const text = withField('coLeader', '');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/coLeader',
      line: lineOf(text, 'coLeader: '),
      column: 1,
    });
    expect(lineOf(text, 'coLeader: ')).toBe(18);
    expect(findings[0]?.message).toContain('The group has no co-leader.');
  });

  it('reports a co-leader written as a string, at the value', () => {
    const text = withField('coLeader', 'Pieter Jansen');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/coLeader',
      line: 18,
      column: 11,
    });
    expect(findings[0]?.message).toBe(
      '"coLeader" must be a block of indented fields (name, github, techCommunityId, termsAccepted), but it is text.',
    );
    expect(schemaAboutCoLeader(text)).toEqual([]);
  });

  it('asks for a missing name under the co-leader block', () => {
    const text = VALID_GROUP.replace('  name: Pieter Jansen\n', '');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/coLeader/name',
      line: 18,
      column: 1,
    });
    expect(findings[0]?.message).toBe(
      'The co-leader\'s name is missing. Add "name:" with their full name under "coLeader:".',
    );
    expect(schemaAboutCoLeader(text)).toEqual([]);
  });

  it('treats a blank name as missing, on its line', () => {
    const text = VALID_GROUP.replace('  name: Pieter Jansen', '  name: "  "');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    // Column 9: the opening quote of `  name: "  "`.
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/coLeader/name',
      line: 19,
      column: 9,
    });
    expect(findings[0]?.message).toContain("The co-leader's name is missing.");
  });

  it('asks for a missing GitHub username under the co-leader block', () => {
    const text = VALID_GROUP.replace('  github: pjansen\n', '');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/coLeader/github',
      line: 18,
      column: 1,
    });
    expect(findings[0]?.message).toContain("The co-leader's GitHub username is missing.");
    expect(findings[0]?.message).toContain('under "coLeader:"');
    expect(schemaAboutCoLeader(text)).toEqual([]);
  });

  it('suggests the bare username for one written with @ or as a github.com address', () => {
    const at = VALID_GROUP.replace('github: pjansen', "github: '@pjansen'");
    // Column 11: the opening quote of `  github: '@pjansen'`.
    expect(findingsOf(RULE, at)).toEqual([
      expect.objectContaining({
        severity: 'error',
        pointer: '/coLeader/github',
        line: 20,
        column: 11,
      }),
    ]);
    expect(findingsOf(RULE, at)[0]?.message).toContain(
      'The co-leader\'s GitHub username "@pjansen" is not a valid username',
    );
    expect(findingsOf(RULE, at)[0]?.message).toContain('Write just the username: github: pjansen');
    expect(schemaAboutCoLeader(at)).toEqual([]);

    const url = VALID_GROUP.replace('github: pjansen', 'github: https://github.com/PJansen');
    expect(findingsOf(RULE, url)).toEqual([
      expect.objectContaining({
        severity: 'error',
        pointer: '/coLeader/github',
        line: 20,
        column: 11,
      }),
    ]);
    expect(findingsOf(RULE, url)[0]?.message).toContain('Write just the username: github: PJansen');
  });

  it('refuses a username longer than GitHub allows', () => {
    const text = VALID_GROUP.replace('github: pjansen', `github: ${'p'.repeat(40)}`);
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/coLeader/github',
      line: 20,
      column: 11,
    });
    expect(findings[0]?.message).toContain('at most 39 characters');
    expect(findings[0]?.message).not.toContain('Write just the username');
  });

  it('does not report the leader', () => {
    expect(findingsOf(RULE, withField('leader', undefined))).toEqual([]);
  });
});
