import { describe, expect, it } from 'vitest';
import { fileFrom, VALID_GROUP } from '../../test/support/check.js';
import { DEFAULT_POLICY, type Policy, type RuleSetting } from '../core/policy.js';
import type { Problem } from '../core/finding.js';
import type { GroupRule, RuleContext } from '../rules/rule.js';
import type { IdentityContext } from '../core/accounts.js';
import { evaluate } from './evaluate.js';

/** A warning rule that reports one problem on the leader block, raised to an error or not. */
const warningRule = (raise: Problem['severity'], waivable = false): GroupRule => ({
  id: 'presence/website',
  scope: 'group',
  summary: 'A stand-in rule for the evaluator.',
  severity: 'warning',
  waivable,
  check: () => [
    {
      pointer: '/leader',
      message: { id: 'presence/website.missing' },
      ...(raise === undefined ? {} : { severity: raise }),
    },
  ],
});

const policy = (setting?: RuleSetting): Policy => ({
  ...DEFAULT_POLICY,
  rules: setting === undefined ? {} : { 'presence/website': setting },
});

const severities = (rule: GroupRule, setting?: RuleSetting, text = VALID_GROUP): string[] =>
  evaluate([fileFrom(text)], { today: '2026-11-22', policy: policy(setting), rules: [rule] })
    .flatMap((result) => result.findings)
    .map((finding) => finding.severity);

describe('evaluate: a problem raised to an error', () => {
  it("keeps the rule's own severity for a problem that raises nothing", () => {
    expect(severities(warningRule(undefined))).toEqual(['warning']);
  });

  it("reports a raised problem as an error, above the rule's default", () => {
    expect(severities(warningRule('error'))).toEqual(['error']);
  });

  it("reports a raised problem as an error when the policy sets the rule's severity to warning", () => {
    expect(severities(warningRule('error'), 'warning')).toEqual(['error']);
    expect(severities(warningRule(undefined), 'warning')).toEqual(['warning']);
  });

  it('reports nothing when the policy turns the rule off', () => {
    expect(severities(warningRule('error'), 'off')).toEqual([]);
  });

  it("leaves a maintainer's waiver in force over a raised problem", () => {
    const waived = `${VALID_GROUP}waivers:\n  - rule: presence/website\n    reason: Venue lost after a flood\n    until: 2027-01-31\n    approvedBy: some-maintainer\n`;
    expect(severities(warningRule('error', true), undefined, waived)).toEqual(['notice']);
  });
});

describe('evaluate: the identity context', () => {
  it('passes the identity it is given to the rules, and none when it is given none', () => {
    const seen: Array<RuleContext['identity']> = [];
    const spy: GroupRule = {
      ...warningRule(undefined),
      check: (_group, context) => {
        seen.push(context.identity);
        return [];
      },
    };
    const identity: IdentityContext = {
      accounts: new Map([['annadevries', { id: 583231, login: 'AnnaDeVries', type: 'User' }]]),
      required: new Set(['groups/example.yaml#leader']),
    };
    const run = (extra: { identity?: IdentityContext }): void => {
      evaluate([fileFrom(VALID_GROUP)], {
        today: '2026-11-22',
        policy: policy(),
        rules: [spy],
        ...extra,
      });
    };
    run({ identity });
    run({});
    expect(seen).toEqual([identity, undefined]);
    expect(seen[0]).toBe(identity);
  });
});
