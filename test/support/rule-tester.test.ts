import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { RULES } from '../../src/rules/index.js';
import { VALID_GROUP, withField } from './check.js';
import { owns, ruleTester, verifyCase, type InvalidCase, type RuleCase } from './rule-tester.js';

const RULE = 'presence/website';

/** A finding as the pipeline writes it, for the website rule unless told otherwise. */
const finding = (fields: Partial<Finding> = {}): Finding => ({
  rule: RULE,
  severity: 'error',
  file: 'groups/example.yaml',
  pointer: '/website',
  line: 9,
  column: 10,
  message: 'The website is wrong.',
  messageId: 'presence/website.missing',
  params: {},
  ...fields,
});

const invalid: InvalidCase = {
  name: 'an invalid case',
  text: '',
  findings: [{ pointer: '/website', line: 9, column: 10, message: 'The website is wrong.' }],
};

const valid: RuleCase = { name: 'a valid case', text: '' };

const passes = (testCase: RuleCase, findings: readonly Finding[], ruleId = RULE) => {
  expect(() => {
    verifyCase(ruleId, testCase, findings);
  }).not.toThrow();
};

/** Which of the case's assertions must fail: each names itself in its error. */
const OWN = 'the findings of';
const FILE = 'every finding in the file';
const REPEAT = 'schema findings that repeat';

const fails = (
  testCase: RuleCase,
  findings: readonly Finding[],
  because: string,
  ruleId = RULE,
) => {
  expect(() => {
    verifyCase(ruleId, testCase, findings);
  }).toThrow(because);
};

describe('verifyCase', () => {
  it('passes the exact findings, filling in rule, severity and file', () => {
    passes(invalid, [finding()]);
    passes(valid, []);
  });

  it('fails when an expected finding is missing', () => {
    fails(invalid, [], OWN);
    const first = invalid.findings[0];
    const two: InvalidCase = { ...invalid, findings: [first, { ...first, line: 1 }] };
    fails(two, [finding()], OWN);
  });

  it('fails on a wrong Dutch or Swedish rendering, checked from messageId and params', () => {
    const said = finding({
      messageId: 'presence/website.missing',
      params: {},
      message: 'The group has no website.',
    });
    const expected = (language: 'nl' | 'sv', text: string): InvalidCase => ({
      ...invalid,
      findings: [
        { ...invalid.findings[0], message: 'The group has no website.', [language]: text },
      ],
    });
    fails(expected('nl', 'Niet de juiste vertaling.'), [said], 'the Dutch message of');
    fails(expected('sv', 'Inte rätt översättning.'), [said], 'the Swedish message of');
  });

  it('fails on a finding no case expects', () => {
    fails(valid, [finding()], OWN);
    fails(invalid, [finding(), finding({ line: 1, column: 1 })], OWN);
  });

  it('fails on a wrong pointer, line, column, message, severity or file', () => {
    for (const wrong of [
      { pointer: '/name' },
      { line: 8 },
      { column: 11 },
      { message: 'The website is wrong' },
      { message: 'The website is wrong. And more.' },
      { severity: 'warning' as const },
      { file: 'groups/other.yaml' },
    ]) {
      fails(invalid, [finding(wrong)], OWN);
    }
  });

  it('takes the severity and file of a case, a finding and the policy', () => {
    passes({ ...invalid, rules: { [RULE]: 'warning' } }, [finding({ severity: 'warning' })]);
    fails({ ...invalid, rules: { [RULE]: 'warning' } }, [finding()], OWN);
    passes({ ...invalid, path: 'groups/x.yaml' }, [finding({ file: 'groups/x.yaml' })]);
    passes({ ...invalid, findings: [{ ...invalid.findings[0], file: 'groups/y.yaml' }] }, [
      finding({ file: 'groups/y.yaml' }),
    ]);
  });

  it('holds a waiver to what the case says', () => {
    const waiver = { rule: RULE, reason: 'r', until: '2027-01-31', approvedBy: 'm' };
    const waived = { ...invalid, findings: [{ ...invalid.findings[0], waiver }] } as const;
    passes(waived, [finding({ severity: 'notice', waiver })]);
    fails(waived, [finding({ severity: 'notice' })], OWN);
    fails(waived, [finding({ waiver })], OWN);
    fails(invalid, [finding({ severity: 'notice', waiver })], OWN);
    const later = { ...waiver, until: '2027-02-01' };
    fails(waived, [finding({ severity: 'notice', waiver: later })], OWN);
  });

  it('does not depend on the order findings are listed in', () => {
    const two: InvalidCase = {
      ...invalid,
      findings: [
        { pointer: '/website', line: 9, column: 10, message: 'b' },
        { pointer: '', line: 1, column: 1, message: 'a' },
      ],
    };
    passes(two, [
      finding({ pointer: '', line: 1, column: 1, message: 'a' }),
      finding({ message: 'b' }),
    ]);
  });

  it('ignores other rules unless the case lists them in `also`', () => {
    const other = finding({ rule: 'trademark/name', pointer: '/name', line: 2, column: 7 });
    passes(invalid, [other, finding()]);
    fails({ ...invalid, also: [] }, [other, finding()], FILE);
    passes({ ...invalid, also: [{ ...other }] }, [other, finding()]);
    fails({ ...invalid, also: [{ ...other, column: 8 }] }, [other, finding()], FILE);
    fails({ ...invalid, also: [{ ...other }] }, [finding()], FILE);
    passes({ ...valid, also: [] }, []);
    fails({ ...valid, also: [] }, [other], FILE);
  });

  it('fails when the schema rule repeats the rule, at its pointer or under one it owns', () => {
    const schema = (pointer: string) =>
      finding({ rule: 'schema', pointer, message: 'schema says so' });
    // At the pointer of the rule's finding, and at a pointer it owns when it found nothing.
    fails(invalid, [schema('/website'), finding()], REPEAT);
    fails(valid, [schema('/website')], REPEAT);
    // Under an owned pointer: fees/admission owns /fees.
    fails(valid, [schema('/fees/price')], REPEAT, 'fees/admission');
    // At a pattern: meetups/url owns /meetups/*/url.
    fails(valid, [schema('/meetups/5/url')], REPEAT, 'meetups/url');
    // Elsewhere it is none of the rule's business.
    passes(invalid, [schema('/city'), finding()]);
    passes(valid, [schema('/meetups/5/title')], 'meetups/url');
    // A case that shows the hand-off lists it.
    const listed = {
      rule: 'schema',
      pointer: '/website',
      line: 9,
      column: 10,
      message: 'schema says so',
    };
    passes({ ...valid, also: [listed] }, [schema('/website')]);
    fails({ ...valid, also: [{ ...listed, message: 'other words' }] }, [schema('/website')], FILE);
    // The schema rule's own tests have no one to repeat.
    passes(
      { ...invalid, findings: [{ ...invalid.findings[0], message: 'schema says so' }] },
      [schema('/website')],
      'schema',
    );
  });

  it('refuses a rule that does not exist, so that no case passes by finding nothing', () => {
    fails(valid, [], 'no rule "presence/web-site"', 'presence/web-site');
    const also = [{ rule: 'no/such-rule', pointer: '', line: 1, column: 1, message: 'x' }];
    fails({ ...valid, also }, [], 'no rule "no/such-rule"');
  });
});

describe('owns', () => {
  const rule = (id: string) => RULES.find((candidate) => candidate.id === id);

  it('matches the owned pointers, their `*` segments and what lies under them', () => {
    const url = rule('meetups/url');
    const fees = rule('fees/admission');
    if (url === undefined || fees === undefined) throw new Error('rules renamed');
    expect(owns(url, '/meetups/0/url')).toBe(true);
    expect(owns(url, '/meetups/0/title')).toBe(false);
    expect(owns(url, '/meetups')).toBe(false);
    expect(owns(fees, '/fees')).toBe(true);
    expect(owns(fees, '/fees/price')).toBe(true);
    expect(owns(fees, '/feesx')).toBe(false);
  });
});

describe('ruleTester', () => {
  it('refuses two cases of one name, and a rule that does not exist', () => {
    expect(() => {
      ruleTester(RULE, { valid: [valid, valid] });
    }).toThrow('two cases of presence/website are named "a valid case"');
    expect(() => {
      ruleTester('presence/web-site', {});
    }).toThrow('no rule "presence/web-site"');
  });

  // Registers one `it` per case, each running the real pipeline.
  ruleTester(RULE, {
    valid: [{ name: 'registers a valid case', text: VALID_GROUP, also: [] }],
    invalid: [
      {
        name: 'registers an invalid case',
        text: withField('website', 'https://anna@example-azure.org/'),
        findings: [
          {
            pointer: '/website',
            line: 9,
            column: 10,
            message:
              'The website "https://anna@example-azure.org/" holds a user name or password. Remove them: the link must open for everyone without signing in.',
            nl: 'De website "https://anna@example-azure.org/" bevat een gebruikersnaam of wachtwoord. Verwijder die: de link moet voor iedereen opengaan zonder in te loggen.',
            sv: 'Webbplatsen "https://anna@example-azure.org/" innehåller ett användarnamn eller lösenord. Ta bort dem: länken måste gå att öppna för alla utan inloggning.',
          },
        ],
        also: [],
      },
    ],
  });
});
