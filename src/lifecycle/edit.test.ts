import { describe, expect, it } from 'vitest';
import { editLifecycle } from './edit.js';

const TODAY = '2026-11-22';

const ACTIVE = [
  '# Testville Azure User Group',
  'slug: testville # the short name',
  'status: active # set by the program team',
  'joined: 2024-03-01',
  'meetups: []',
  '',
].join('\n');

const INACTIVE = [
  '# Testville Azure User Group',
  'slug: testville # the short name',
  'status: inactive # set by the program team',
  'inactiveSince: 2026-05-01 # the day it became inactive',
  'joined: 2024-03-01',
  'meetups: []',
  '',
].join('\n');

describe('editLifecycle', () => {
  it('inactivates: status inactive and inactiveSince today after it, every comment kept', () => {
    expect(editLifecycle(ACTIVE, 'inactivate', TODAY)).toEqual({
      ok: true,
      text: [
        '# Testville Azure User Group',
        'slug: testville # the short name',
        'status: inactive # set by the program team',
        `inactiveSince: ${TODAY}`,
        'joined: 2024-03-01',
        'meetups: []',
        '',
      ].join('\n'),
    });
  });

  it('reactivates: status active and the inactiveSince line gone, every other byte kept', () => {
    expect(editLifecycle(INACTIVE, 'reactivate', TODAY)).toEqual({ ok: true, text: ACTIVE });
  });

  it('keeps the quoting of the status and the line endings of the file', () => {
    const crlf = ACTIVE.replace('status: active', 'status: "active"').replaceAll('\n', '\r\n');
    const edited = editLifecycle(crlf, 'inactivate', TODAY);
    expect(edited).toEqual({
      ok: true,
      text: crlf.replace(
        'status: "active" # set by the program team\r\n',
        `status: "inactive" # set by the program team\r\ninactiveSince: ${TODAY}\r\n`,
      ),
    });
  });

  it('replaces an inactiveSince left behind rather than adding a second', () => {
    const leftBehind = ACTIVE.replace('joined:', 'inactiveSince: 2025-01-01\njoined:');
    const edited = editLifecycle(leftBehind, 'inactivate', TODAY);
    expect(edited).toEqual({
      ok: true,
      text: leftBehind
        .replace('status: active', 'status: inactive')
        .replace('inactiveSince: 2025-01-01', `inactiveSince: ${TODAY}`),
    });
  });

  it('adds the status to a file that gives none (active by default)', () => {
    const none = ACTIVE.replace('status: active # set by the program team\n', '');
    expect(editLifecycle(none, 'inactivate', TODAY)).toEqual({
      ok: true,
      text: `${none}status: inactive\ninactiveSince: ${TODAY}\n`,
    });
  });

  it('leaves a file it cannot edit exactly as it is, and says why', () => {
    expect(editLifecycle('slug: [', 'inactivate', TODAY)).toMatchObject({ ok: false });
    expect(editLifecycle('{ slug: a, status: active }', 'inactivate', TODAY)).toEqual({
      ok: false,
      reason: 'the file is written in braces',
    });
    const block = ACTIVE.replace('status: active # set by the program team', 'status: |\n  active');
    expect(editLifecycle(block, 'inactivate', TODAY)).toEqual({
      ok: false,
      reason: '"status" is not a single value on one line',
    });
  });
});
