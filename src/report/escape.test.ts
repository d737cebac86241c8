import { describe, expect, it } from 'vitest';
import { parseWorkflowCommands } from '../../test/support/workflow-commands.js';
import { escapeJsonForLog, escapeLogText } from './escape.js';

const HOSTILE = [
  '::error::x',
  '::set-output name=a::b',
  '  ::add-mask::secret',
  'line one\n::warning::injected',
  'carriage\r::stop-commands::token',
  '##[set-output name=a;]b',
  'text ##[error]mid-line',
  '\u202Eevil\u200B',
  'tab\there',
  'back\\slash',
];

describe('escaping untrusted text for logs', () => {
  it.each(HOSTILE)('leaves no workflow command in %j', (text) => {
    const line = escapeLogText(text);
    expect(line).not.toMatch(/[\r\n]/);
    expect(parseWorkflowCommands(line)).toEqual({ commands: [], v1: [] });
    expect(parseWorkflowCommands(`::notice::${line}`).commands).toHaveLength(1);
  });

  it('shows hidden characters instead of printing them', () => {
    expect(escapeLogText('a\u202Eb\u200Bc\u0007')).toBe('a\\u{202E}b\\u{200B}c\\u{7}');
    expect(escapeLogText('a\nb\tc')).toBe('a\\nb\\tc');
  });

  it('keeps JSON output lossless while no line of it is a command', () => {
    const value = { names: HOSTILE, nested: { '::key::': '##[x]' } };
    const printed = escapeJsonForLog(JSON.stringify(value, null, 2));
    expect(JSON.parse(printed)).toEqual(value);
    expect(parseWorkflowCommands(printed)).toEqual({ commands: [], v1: [] });
  });
});
