import { describe, expect, it } from 'vitest';
import { check, findingsOf, VALID_GROUP, withField } from '../../../test/support/check.js';

const RULE = 'leaders/leader';

/** 1-based number of the line that reads exactly `line`; 0 when there is none. */
const lineOf = (text: string, line: string): number => text.split('\n').indexOf(line) + 1;

/** Schema findings about the leader block: the named rule claims them, so there must be none. */
const schemaAboutLeader = (text: string) =>
  check(text).filter(
    (finding) => finding.rule === 'schema' && finding.pointer.startsWith('/leader'),
  );

describe('leaders/leader', () => {
  it('passes a leader with a name and a GitHub username', () => {
    expect(findingsOf(RULE, VALID_GROUP)).toEqual([]);
  });

  it('reports a missing leader at the top of the file, once', () => {
    const text = withField('leader', undefined);
    expect(findingsOf(RULE, text)).toEqual([
      {
        rule: RULE,
        severity: 'error',
        file: 'groups/example.yaml',
        pointer: '/leader',
        line: 1,
        column: 1,
        message: expect.stringContaining('The group has no leader.') as string,
      },
    ]);
    expect(findingsOf(RULE, text)[0]?.message).toContain(
      'add a "leader:" block with name, github, techCommunityId and termsAccepted',
    );
    expect(schemaAboutLeader(text)).toEqual([]);
  });

  it('reports an empty leader block as missing, on its line', () => {
    const text = withField('leader', '');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/leader',
      line: lineOf(text, 'leader: '),
      column: 1,
    });
    expect(lineOf(text, 'leader: ')).toBe(13);
    expect(findings[0]?.message).toContain('The group has no leader.');
    expect(schemaAboutLeader(text)).toEqual([]);
  });

  it('reports a leader written as a string, at the value', () => {
    const text = withField('leader', 'Anna de Vries');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/leader',
      line: 13,
      column: 9,
    });
    expect(findings[0]?.message).toBe(
      '"leader" must be a block of indented fields (name, github, techCommunityId, termsAccepted), but it is text.',
    );
    expect(schemaAboutLeader(text)).toEqual([]);
  });

  it('reports a leader written as a list, at the list', () => {
    const text = withField('leader', '\n  - Anna de Vries');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/leader',
      line: 14,
      column: 3,
    });
    expect(findings[0]?.message).toContain('but it is a list.');
  });

  it('asks for a missing name under the leader block', () => {
    const text = VALID_GROUP.replace('  name: Anna de Vries\n', '');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/leader/name',
      line: 13,
      column: 1,
    });
    expect(findings[0]?.message).toBe(
      'The leader\'s name is missing. Add "name:" with their full name under "leader:".',
    );
    expect(schemaAboutLeader(text)).toEqual([]);
  });

  it('asks for a missing GitHub username under the leader block', () => {
    const text = VALID_GROUP.replace('  github: annadevries\n', '');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/leader/github',
      line: 13,
      column: 1,
    });
    expect(findings[0]?.message).toContain("The leader's GitHub username is missing.");
    expect(findings[0]?.message).toContain('Add "github:" with their username under "leader:"');
    expect(schemaAboutLeader(text)).toEqual([]);
  });

  it('suggests the bare username for one written with @', () => {
    const text = VALID_GROUP.replace('github: annadevries', 'github: "@annadevries"');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    // Column 11: the opening quote of `  github: "@annadevries"`.
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/leader/github',
      line: 15,
      column: 11,
    });
    expect(findings[0]?.message).toContain('"@annadevries" is not a valid username');
    expect(findings[0]?.message).toContain('Write just the username: github: annadevries');
    expect(schemaAboutLeader(text)).toEqual([]);
  });

  it('suggests the bare username for a github.com address', () => {
    for (const url of [
      'https://github.com/annadevries',
      'https://www.github.com/annadevries/',
      'github.com/annadevries?tab=repositories',
    ]) {
      const text = VALID_GROUP.replace('github: annadevries', `github: ${url}`);
      const findings = findingsOf(RULE, text);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        severity: 'error',
        pointer: '/leader/github',
        line: 15,
        column: 11,
      });
      expect(findings[0]?.message).toContain('Write just the username: github: annadevries');
      expect(schemaAboutLeader(text)).toEqual([]);
    }
  });

  it('explains the form of a username it cannot repair, without a wrong suggestion', () => {
    const text = VALID_GROUP.replace('github: annadevries', 'github: anna_de_vries');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/leader/github',
      line: 15,
      column: 11,
    });
    expect(findings[0]?.message).toContain(
      'letters, digits and single hyphens, at most 39 characters',
    );
    expect(findings[0]?.message).not.toContain('Write just the username');
  });

  it('asks to quote a GitHub username that YAML reads as a number', () => {
    const text = VALID_GROUP.replace('github: annadevries', 'github: 12345');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    // Column 11: the value of `  github: 12345`.
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/leader/github',
      line: lineOf(text, '  github: 12345'),
      column: 11,
    });
    expect(lineOf(text, '  github: 12345')).toBe(15);
    expect(findings[0]?.message).toBe(
      'The leader\'s GitHub username is read as a number. Put it in quotes, exactly as on GitHub, so it stays text: github: "…"',
    );
    expect(schemaAboutLeader(text)).toEqual([]);
    expect(findingsOf(RULE, VALID_GROUP.replace('github: annadevries', 'github: "12345"'))).toEqual(
      [],
    );
  });

  it('says a GitHub username of another type must be text', () => {
    const text = VALID_GROUP.replace('github: annadevries', 'github: [annadevries]');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/leader/github',
      line: 15,
      column: 11,
    });
    expect(findings[0]?.message).toBe(
      "The leader's GitHub username must be text, but it is a list.",
    );
    expect(schemaAboutLeader(text)).toEqual([]);
  });

  it('says a name that is not text must be text, instead of calling it missing', () => {
    for (const [value, type, advice] of [
      ['12345', 'a whole number', 'Write the full name, in quotes if it looks like a number.'],
      [
        'true',
        'true (a yes/no value)',
        'Write the full name, in quotes if it looks like a number.',
      ],
      ['[Anna, de Vries]', 'a list', 'Write the full name on one line.'],
    ] as const) {
      const text = VALID_GROUP.replace('name: Anna de Vries', `name: ${value}`);
      const findings = findingsOf(RULE, text);
      expect(findings).toHaveLength(1);
      // Column 9: the value of `  name: …`.
      expect(findings[0]).toMatchObject({
        severity: 'error',
        pointer: '/leader/name',
        line: 14,
        column: 9,
      });
      expect(findings[0]?.message).toBe(
        `The leader's name must be text, but it is ${type}. ${advice}`,
      );
      expect(schemaAboutLeader(text)).toEqual([]);
    }
  });

  it('leaves a too long name to the schema rule', () => {
    const text = VALID_GROUP.replace('name: Anna de Vries', `name: Anna ${'x'.repeat(100)}`);
    expect(findingsOf(RULE, text)).toEqual([]);
    expect(schemaAboutLeader(text)).toEqual([
      expect.objectContaining({ severity: 'error', pointer: '/leader/name', line: 14, column: 9 }),
    ]);
  });

  it('is silenced into a notice by an active waiver', () => {
    const text = `${withField('leader', undefined)}waivers:\n  - rule: leaders/leader\n    reason: Leader stepped down last week\n    until: 2026-12-31\n    approvedBy: some-maintainer\n`;
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'notice',
      waiver: { rule: RULE, until: '2026-12-31', approvedBy: 'some-maintainer' },
    });
  });
});
