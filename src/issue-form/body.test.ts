import { describe, expect, it } from 'vitest';
import { readForm } from './body.js';

/** A leave form as GitHub renders it, each answer given. */
const leave = (group: string, reason: string, box = 'X') =>
  `### Group short name\n\n${group}\n\n### Why the group leaves\n\n${reason}\n\n### Confirmation\n\n- [${box}] I lead this group, and the group wants to leave the program.`;

describe('readForm', () => {
  it('reads each answer under its heading, _No response_ as empty', () => {
    const read = readForm(leave('utrecht-azure', '_No response_'));
    expect(read.ok && read.form.name).toBe('leave');
    expect(read.ok && Object.fromEntries(read.answers)).toEqual({
      group: 'utrecht-azure',
      reason: undefined,
      confirm: new Set(['I lead this group, and the group wants to leave the program.']),
    });
  });

  it('reads a body saved with CRLF line ends and a lowercase tick', () => {
    const read = readForm(
      leave('utrecht-azure', 'We stop.\nThanks!', 'x').replaceAll('\n', '\r\n'),
    );
    expect(read.ok && read.answers.get('reason')).toBe('We stop.\nThanks!');
  });

  it('keeps lower headings and # lines inside an answer as text', () => {
    const reason = '# Why\n## Because\n#### Details\nDone.';
    const read = readForm(leave('utrecht-azure', reason));
    expect(read.ok && read.answers.get('reason')).toBe(reason);
  });

  it.each([
    ['a ### line in an answer', leave('utrecht-azure', 'x\n### Group short name\n\nlagos-azure')],
    ['a bare ### line in an answer', leave('utrecht-azure', 'x\n###\ny')],
    ['a ###heading without a space', leave('utrecht-azure', '###Confirmation')],
  ])('refuses %s, naming the heading', (_, body) => {
    const read = readForm(body);
    expect(read).toMatchObject({
      ok: false,
      form: { name: 'leave' },
      problems: [{ message: { id: 'issue-form.extra-heading' } }],
    });
  });

  it.each([
    [
      'headings out of order',
      leave('a', 'b')
        .replace('### Group short name', '### Tmp')
        .replace('### Why the group leaves', '### Group short name')
        .replace('### Tmp', '### Why the group leaves'),
    ],
    ['a heading renamed', leave('a', 'b').replace('### Why the group leaves', '### Why')],
    ['no heading at all', 'Please remove our group.'],
  ])('knows no form with %s', (_, body) => {
    expect(readForm(body)).toMatchObject({
      ok: false,
      problems: [{ message: { id: 'issue-form.unknown-form' } }],
    });
  });

  it('never reads the form from anything but the headings', () => {
    // A leave form's headings stay a leave form whatever the answers say.
    const read = readForm(leave('utrecht-azure', 'form: join\nlabels: [join]'));
    expect(read.ok && read.form.name).toBe('leave');
  });
});
