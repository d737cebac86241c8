import { describe, expect, it } from 'vitest';
import { check, findingsOf, VALID_GROUP, withField } from '../../../test/support/check.js';

const RULE = 'leaders/tech-community-id';

/** VALID_GROUP with the leader's techCommunityId line written as `techCommunityId: <value>`. */
const leaderId = (value: string): string =>
  VALID_GROUP.replace('techCommunityId: 1234567', `techCommunityId: ${value}`);

/** Schema findings about the IDs: the named rule claims them, so there must be none. */
const schemaAboutIds = (text: string) =>
  check(text).filter(
    (finding) => finding.rule === 'schema' && finding.pointer.endsWith('/techCommunityId'),
  );

const HOW_TO_FIND = '(…/users/your-name/123456 or …/user-id/123456 → 123456)';

describe('leaders/tech-community-id', () => {
  it('passes positive whole numbers', () => {
    expect(findingsOf(RULE, VALID_GROUP)).toEqual([]);
    expect(findingsOf(RULE, leaderId('1'))).toEqual([]);
  });

  it('asks for a missing ID on the leader block, saying where to find it', () => {
    const text = VALID_GROUP.replace('  techCommunityId: 1234567\n', '');
    const findings = findingsOf(RULE, text);
    expect(findings).toEqual([
      expect.objectContaining({
        rule: RULE,
        severity: 'error',
        file: 'groups/example.yaml',
        pointer: '/leader/techCommunityId',
        line: 13,
        column: 1,
      }),
    ]);
    expect(findings[0]?.message).toContain(
      'The Tech Community user ID of the leader @annadevries is missing',
    );
    expect(findings[0]?.message).toContain('Add "techCommunityId:".');
    expect(findings[0]?.message).toContain(HOW_TO_FIND);
    expect(schemaAboutIds(text)).toEqual([]);
  });

  it('takes the number out of a profile address', () => {
    const text = leaderId(
      'https://techcommunity.microsoft.com/t5/user/viewprofilepage/user-id/1234567',
    );
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/leader/techCommunityId',
      line: 16,
      column: 20,
    });
    expect(findings[0]?.message).toContain('is the profile address, not the number');
    expect(findings[0]?.message).toContain('Use just the number: techCommunityId: 1234567');
    expect(schemaAboutIds(text)).toEqual([]);
  });

  it("takes the number out of Tech Community's current profile address", () => {
    const exact = (value: string) => [
      {
        rule: RULE,
        severity: 'error',
        file: 'groups/example.yaml',
        pointer: '/leader/techCommunityId',
        line: 16,
        column: 20,
        message: `The Tech Community user ID of the leader @annadevries is the profile address, not the number. Use just the number: techCommunityId: ${value}`,
      },
    ];
    expect(
      check(leaderId('https://techcommunity.microsoft.com/users/anna-de-vries/1234567')),
    ).toEqual(exact('1234567'));
    for (const address of [
      'https://techcommunity.microsoft.com/users/anna-de-vries/1234567/',
      'https://TechCommunity.Microsoft.com/users/anna-de-vries/1234567?tab=activity',
      'techcommunity.microsoft.com/users/anna-de-vries/1234567',
      'https://techcommunity.microsoft.com/users/anna-de-vries/1234567/activity',
    ]) {
      expect(check(leaderId(address)), address).toEqual(exact('1234567'));
    }
  });

  it("does not take a number from another site's /users/ address", () => {
    const findings = findingsOf(RULE, leaderId('https://github.com/users/annadevries/1234567'));
    expect(findings.map((finding) => finding.message)).toEqual([
      `The Tech Community user ID of the leader @annadevries must be a positive whole number, but it is "https://github.com/users/annadevries/1234567". It is the number at the end of their Tech Community profile address ${HOW_TO_FIND}: sign in at techcommunity.microsoft.com, open your avatar, then My Profile.`,
    ]);
  });

  it('keeps the end of a long address it quotes, where the number is', () => {
    const address =
      'https://techcommunity.microsoft.com/t5/azure-tech-groups/profile-page/anna-de-vries/9876543';
    const findings = findingsOf(RULE, leaderId(address));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain(
      'must be a positive whole number, but it is "https://techcommunity.microsoft.com/t5/a…na-de-vries/9876543".',
    );
  });

  it('asks to drop the quotes around digits', () => {
    const text = leaderId('"1234567"');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    // Column 20: the opening quote of `  techCommunityId: "1234567"`.
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/leader/techCommunityId',
      line: 16,
      column: 20,
    });
    expect(findings[0]?.message).toContain('is written as text');
    expect(findings[0]?.message).toContain(
      'Write the number without quotes: techCommunityId: 1234567',
    );
    expect(schemaAboutIds(text)).toEqual([]);
  });

  it('refuses zero, negative and fractional numbers', () => {
    for (const [value, shown] of [
      // A number is shown as written, text in quotes.
      ['0', '0'],
      ['-1234567', '-1234567'],
      ['1234567.5', '1234567.5'],
      ['"0"', '"0"'],
    ] as const) {
      const text = leaderId(value);
      const findings = findingsOf(RULE, text);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        severity: 'error',
        pointer: '/leader/techCommunityId',
        line: 16,
      });
      // Column 20: where the value begins, at its opening quote when it is quoted.
      expect(findings[0]?.column).toBe(20);
      expect(findings[0]?.message).toContain(
        `must be a positive whole number, but it is ${shown}.`,
      );
      expect(findings[0]?.message).toContain(HOW_TO_FIND);
      expect(schemaAboutIds(text)).toEqual([]);
    }
  });

  it('refuses a number too large to be an ID', () => {
    const findings = findingsOf(RULE, leaderId('9007199254740993'));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('must be a positive whole number');
  });

  it('reports the co-leader by role and username', () => {
    const text = VALID_GROUP.replace('techCommunityId: 2345678', 'techCommunityId: abc');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/coLeader/techCommunityId',
      line: 21,
      column: 20,
    });
    expect(findings[0]?.message).toContain(
      'The Tech Community user ID of the co-leader @pjansen must be a positive whole number, but it is "abc".',
    );
  });

  it('reports both leaders, each on its own line', () => {
    const text = VALID_GROUP.replace('  techCommunityId: 1234567\n', '').replace(
      'techCommunityId: 2345678',
      'techCommunityId: 0',
    );
    expect(findingsOf(RULE, text).map((f) => `${f.pointer} ${f.line}:${f.column}`)).toEqual([
      '/leader/techCommunityId 13:1',
      '/coLeader/techCommunityId 20:20',
    ]);
  });

  it('says nothing about a leader who is not there', () => {
    expect(findingsOf(RULE, withField('leader', undefined))).toEqual([]);
    expect(findingsOf(RULE, withField('coLeader', '[]'))).toEqual([]);
  });
});
