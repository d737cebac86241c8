import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../core/policy.js';
import { evaluate } from '../../evaluate/evaluate.js';
import {
  check,
  fileFrom,
  findingsOf,
  VALID_GROUP,
  withField,
} from '../../../test/support/check.js';

const RULE = 'conduct/code-of-conduct';

/** Schema findings about the code of conduct: the named rule claims them. */
const schemaAboutConduct = (text: string) =>
  check(text).filter(
    (finding) => finding.rule === 'schema' && finding.pointer === '/codeOfConduct',
  );

const PRIVATE = 'points to a private or local address that people outside your network cannot open';

describe('conduct/code-of-conduct', () => {
  it('passes a public https page', () => {
    expect(findingsOf(RULE, VALID_GROUP)).toEqual([]);
  });

  it('asks for a missing code of conduct at the top of the file, pointing to the program guide', () => {
    const text = withField('codeOfConduct', undefined);
    const findings = findingsOf(RULE, text);
    expect(findings).toEqual([
      expect.objectContaining({
        rule: RULE,
        severity: 'error',
        file: 'groups/example.yaml',
        pointer: '/codeOfConduct',
        line: 1,
        column: 1,
      }),
    ]);
    expect(findings[0]?.message).toContain("The group's code of conduct is missing.");
    expect(findings[0]?.message).toContain('add "codeOfConduct:" with its https link');
    expect(findings[0]?.message).toContain(
      'Azure Tech Groups Code of Conduct (see the program guide)',
    );
    expect(schemaAboutConduct(text)).toEqual([]);
  });

  it("offers the program's own code of conduct when the policy names it", () => {
    const file = fileFrom(withField('codeOfConduct', '""'));
    const [result] = evaluate([file], {
      today: '2026-11-22',
      policy: { ...DEFAULT_POLICY, codeOfConductUrl: 'https://example.org/azure-tech-groups/coc' },
    });
    const findings = (result?.findings ?? []).filter((finding) => finding.rule === RULE);
    expect(findings).toHaveLength(1);
    // Column 16: the opening quote of `codeOfConduct: ""`.
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/codeOfConduct',
      line: 10,
      column: 16,
    });
    expect(findings[0]?.message).toContain(
      'start from the Azure Tech Groups Code of Conduct: https://example.org/azure-tech-groups/coc',
    );
  });

  it('suggests https for an http link', () => {
    const text = withField('codeOfConduct', 'http://example-azure.org/code-of-conduct');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/codeOfConduct',
      line: 10,
      column: 16,
    });
    expect(findings[0]?.message).toBe(
      'The code of conduct "http://example-azure.org/code-of-conduct" must use https:// so that everyone can open it safely. Did you mean "https://example-azure.org/code-of-conduct"?',
    );
    expect(schemaAboutConduct(text)).toEqual([]);
  });

  it('asks for a whole link', () => {
    const text = withField('codeOfConduct', 'example-azure.org/code-of-conduct');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/codeOfConduct',
      line: 10,
      column: 16,
    });
    expect(findings[0]?.message).toContain(
      'is not a full web address. Write the whole link, starting with https://.',
    );
    expect(findings[0]?.message).toContain(
      'Did you mean "https://example-azure.org/code-of-conduct"?',
    );
    expect(schemaAboutConduct(text)).toEqual([]);
  });

  it('refuses private and local addresses', () => {
    for (const url of [
      'https://localhost/coc',
      'https://10.0.0.1/coc',
      'https://192.168.0.5/coc',
      'https://[::1]/coc',
      'https://wiki.club.local/coc',
    ]) {
      const text = withField('codeOfConduct', url);
      const findings = findingsOf(RULE, text);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        severity: 'error',
        pointer: '/codeOfConduct',
        line: 10,
        column: 16,
      });
      expect(findings[0]?.message).toBe(
        `The code of conduct "${url}" ${PRIVATE}. Use the public link.`,
      );
      expect(schemaAboutConduct(text)).toEqual([]);
    }
  });

  it('refuses a link with credentials in it', () => {
    const text = withField(
      'codeOfConduct',
      'https://editor:hunter2@example-azure.org/code-of-conduct',
    );
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/codeOfConduct',
      line: 10,
      column: 16,
    });
    expect(findings[0]?.message).toBe(
      'The code of conduct "https://editor:hunter2@example-azure.org/code-of-conduct" holds a user name or password. Remove them: the link must open for everyone without signing in.',
    );
  });

  it('explains a value that is not text instead of calling it missing', () => {
    const text = withField('codeOfConduct', 'true');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/codeOfConduct',
      line: 10,
      column: 16,
    });
    expect(findings[0]?.message).toBe(
      'The code of conduct must be a web address starting with https://, but it is true.',
    );
    expect(schemaAboutConduct(text)).toEqual([]);
  });
});
