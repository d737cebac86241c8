import { describe, expect, it } from 'vitest';
import type { Finding } from '../core/finding.js';
import { RULE_IDS } from '../rules/index.js';
import { MAPPED_RULES, scorecard } from './scorecard.js';

const finding = (rule: string, severity: Finding['severity'], waived = false): Finding => ({
  rule,
  severity,
  file: 'groups/x.yaml',
  pointer: '',
  line: 1,
  column: 1,
  message: 'm',
  messageId: 'presence/website.missing',
  params: {},
  ...(waived ? { waiver: { rule, reason: 'r', until: '2027-01-01', approvedBy: 'm' } } : {}),
});

describe('the requirement scorecard', () => {
  it('places every rule under a requirement', () => {
    expect([...MAPPED_RULES].sort()).toEqual([...RULE_IDS].sort());
  });

  it('passes every requirement without findings', () => {
    expect(Object.values(scorecard([]))).toEqual(Array(9).fill('pass'));
  });

  it('takes the worst status per requirement', () => {
    const card = scorecard([
      finding('meetups/minimum', 'notice', true),
      finding('meetups/duplicate', 'warning'),
      finding('leaders/co-leader', 'error'),
      finding('leaders/leader', 'warning'),
      finding('meetups/spread', 'notice', true),
      finding('schema', 'error'),
    ]);
    expect(card).toMatchObject({
      meetups: 'warning',
      leaders: 'fail',
      spread: 'waived',
      file: 'fail',
      terms: 'pass',
    });
  });
});
