import { describe, expect, it } from 'vitest';
import type { Finding } from '../core/finding.js';
import { fileFrom, VALID_GROUP } from '../../test/support/check.js';
import { formatFindings, formatText } from './text.js';

const finding: Finding = {
  rule: 'meetups/minimum',
  severity: 'warning',
  file: 'groups/example.yaml',
  pointer: '/meetups',
  line: 23,
  column: 1,
  message: 'Only 5 Azure meetups held.',
  messageId: 'presence/website.missing',
  params: {},
};
const waiver = {
  rule: 'meetups/minimum',
  until: '2027-01-31',
  approvedBy: 'some-maintainer',
  reason: 'Venue lost',
};

describe('the text report', () => {
  it.each([
    {
      case: 'a finding',
      finding,
      line: 'groups/example.yaml:23:1 warning meetups/minimum  Only 5 Azure meetups held.',
    },
    {
      case: 'a waived finding',
      finding: { ...finding, severity: 'notice' as const, waiver },
      line: 'groups/example.yaml:23:1 waived meetups/minimum  Only 5 Azure meetups held. (waived until 31 January 2027 by @some-maintainer: Venue lost)',
    },
    {
      case: 'a waiver without an approver or a reason',
      finding: {
        ...finding,
        severity: 'notice' as const,
        waiver: { ...waiver, approvedBy: '', reason: '' },
      },
      line: 'groups/example.yaml:23:1 waived meetups/minimum  Only 5 Azure meetups held. (waived until 31 January 2027)',
    },
    {
      case: 'a message with a line break and a workflow command',
      finding: { ...finding, message: 'one\n::error::two' },
      line: 'groups/example.yaml:23:1 warning meetups/minimum  one\\n:\\:error:\\:two',
    },
    {
      // The value is quoted as JSON once (quote()); the log keeps that backslash as it is.
      case: 'a quoted value with a backslash, escaped once',
      finding: { ...finding, message: 'It is "C:\\\\Users\\\\anna".' },
      line: 'groups/example.yaml:23:1 warning meetups/minimum  It is "C:\\\\Users\\\\anna".',
    },
    {
      case: 'a message that shows a backslash code',
      finding: { ...finding, message: 'a code such as \\n for a new line' },
      line: 'groups/example.yaml:23:1 warning meetups/minimum  a code such as \\n for a new line',
    },
  ])('writes $case on one line', ({ finding: one, line }) => {
    expect(formatFindings([one])).toBe(line);
  });

  it('ends with a summary that counts files, errors, warnings and waivers', () => {
    const file = fileFrom(VALID_GROUP);
    expect(formatText([])).toBe('0 group files checked: 0 errors, 0 warnings.\n');
    expect(formatText([{ file, findings: [] }])).toBe(
      '1 group file checked: 0 errors, 0 warnings.\n',
    );
    const waived = { ...finding, severity: 'notice' as const, waiver };
    const error = { ...finding, severity: 'error' as const };
    expect(
      formatText([{ file, findings: [error, finding, waived] }])
        .split('\n')
        .at(-2),
    ).toBe('1 group file checked: 1 error, 1 warning, 1 waived.');
  });
});
