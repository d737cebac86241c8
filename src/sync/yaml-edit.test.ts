import { describe, expect, it } from 'vitest';
import type { Change, NewMeetup } from './plan.js';
import { applyChanges } from './yaml-edit.js';

const HEAD = `# yaml-language-server: $schema=../schemas/group.schema.json
slug: example # the file name
name: 'Example Azure User Group'
`;

const NEW: NewMeetup = {
  date: '2026-12-03',
  title: 'Bicep & AKS: a night',
  azure: true,
  url: 'https://www.meetup.com/x/events/1/',
  uid: 'event_1@meetup.com',
};
const add = (meetup: NewMeetup = NEW): Change => ({ kind: 'add', meetup });

function edited(text: string, changes: Change[]): string {
  const result = applyChanges(text, changes);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

describe('applyChanges', () => {
  it('appends new meetups after the last one, in its indentation, keeping every comment', () => {
    const text = `${HEAD}meetups:
    # our meetups
    - date: 2026-01-15 # first
      title: "Bicep voor beginners"
      azure: true
    # the next one is planned
waivers: [] # none
`;
    expect(edited(text, [add(), add({ date: '2027-01-01', title: 'Café Zoë 🥂', azure: false })]))
      .toBe(`${HEAD}meetups:
    # our meetups
    - date: 2026-01-15 # first
      title: "Bicep voor beginners"
      azure: true
    - date: 2026-12-03
      title: "Bicep & AKS: a night"
      azure: true
      url: https://www.meetup.com/x/events/1/
      uid: event_1@meetup.com
    - date: 2027-01-01
      title: Café Zoë 🥂
      azure: false
    # the next one is planned
waivers: [] # none
`);
  });

  it('keeps CRLF line endings, and writes its own lines with them', () => {
    const text = `${HEAD}meetups:\n- date: 2026-01-15\n  title: One\n  azure: true\n`.replaceAll(
      '\n',
      '\r\n',
    );
    expect(edited(text, [add({ date: '2026-12-03', title: 'Two', azure: false })])).toBe(
      `${HEAD}meetups:\n- date: 2026-01-15\n  title: One\n  azure: true\n- date: 2026-12-03\n  title: Two\n  azure: false\n`.replaceAll(
        '\n',
        '\r\n',
      ),
    );
  });

  it('turns `meetups: []` into a block list, keeping the comment after it', () => {
    const text = `${HEAD}meetups: []  # add each meetup\nwaivers: []\n`;
    expect(edited(text, [add({ date: '2026-12-03', title: 'Two', azure: false })])).toBe(
      `${HEAD}meetups:  # add each meetup\n  - date: 2026-12-03\n    title: Two\n    azure: false\nwaivers: []\n`,
    );
  });

  it('starts the list under an empty `meetups:`', () => {
    expect(
      edited(`${HEAD}meetups: # none yet\n`, [
        add({ date: '2026-12-03', title: 'Two', azure: false }),
      ]),
    ).toBe(`${HEAD}meetups: # none yet\n  - date: 2026-12-03\n    title: Two\n    azure: false\n`);
  });

  it('adds `meetups:` at the end of a file without one', () => {
    expect(edited(HEAD.trimEnd(), [add({ date: '2026-12-03', title: 'Two', azure: false })])).toBe(
      `${HEAD}meetups:\n  - date: 2026-12-03\n    title: Two\n    azure: false\n`,
    );
  });

  it('adds flow items to a list written in flow items, and to a flow list', () => {
    const items = `${HEAD}meetups:\n  - { date: 2026-01-15, title: One, azure: true }\n`;
    expect(edited(items, [add()])).toBe(
      `${items}  - { date: 2026-12-03, title: "Bicep & AKS: a night", azure: true, url: https://www.meetup.com/x/events/1/, uid: event_1@meetup.com }\n`,
    );
    const flow = `${HEAD}meetups: [{ date: 2026-01-15, title: One, azure: true }] # flow\n`;
    expect(edited(flow, [add({ date: '2026-12-03', title: 'A, B', azure: false })])).toBe(
      `${HEAD}meetups: [{ date: 2026-01-15, title: One, azure: true }, { date: 2026-12-03, title: "A, B", azure: false }] # flow\n`,
    );
  });

  it('replaces only the changed values, in their own quoting', () => {
    const text = `${HEAD}meetups:
  - date: 2026-12-03 # moved twice
    title: 'It''s Bicep'   # keep this
    azure: true
    uid: e1
  - date: 2026-12-10
    title: "Two"
    azure: true
    uid: e2
`;
    const changes: Change[] = [
      {
        kind: 'update',
        index: 0,
        uid: 'e1',
        date: { from: '2026-12-03', to: '2026-12-04' },
        title: { from: "It's Bicep", to: "It's Bicep, again" },
      },
      { kind: 'update', index: 1, uid: 'e2', title: { from: 'Two', to: 'Twee "2"' } },
    ];
    expect(edited(text, changes)).toBe(`${HEAD}meetups:
  - date: 2026-12-04 # moved twice
    title: 'It''s Bicep, again'   # keep this
    azure: true
    uid: e1
  - date: 2026-12-10
    title: "Twee \\"2\\""
    azure: true
    uid: e2
`);
  });

  it('marks a meetup cancelled: a new line in its indentation, or its `cancelled: false` turned true', () => {
    const text = `${HEAD}meetups:
  - date: 2026-12-03
    title: One
    azure: true # about Bicep
  - { date: 2026-12-10, title: Two, azure: true }
  - date: 2026-12-17
    cancelled: false
    title: Three
    azure: true
`;
    const cancel = (index: number): Change => ({
      kind: 'cancel',
      index,
      date: '',
      title: '',
      reason: 'feed',
    });
    expect(edited(text, [cancel(0), cancel(1), cancel(2)])).toBe(`${HEAD}meetups:
  - date: 2026-12-03
    title: One
    azure: true # about Bicep
    cancelled: true
  - { date: 2026-12-10, title: Two, azure: true, cancelled: true }
  - date: 2026-12-17
    cancelled: true
    title: Three
    azure: true
`);
  });

  it('refuses, leaving the text alone, an edit it cannot make exactly', () => {
    const text = `${HEAD}meetups:\n  - date: 2026-12-03\n    title: >\n      Folded\n    azure: true\n`;
    expect(
      applyChanges(text, [
        { kind: 'update', index: 0, uid: 'x', title: { from: 'Folded', to: 'New' } },
      ]),
    ).toEqual({ ok: false, reason: '"title" of a meetup is written as a block of text' });
    expect(applyChanges(`${HEAD}meetups: none\n`, [add()])).toEqual({
      ok: false,
      reason: '"meetups" is not a list',
    });
  });

  it('returns the text unchanged when there is nothing to change', () => {
    expect(applyChanges(HEAD, [])).toEqual({ ok: true, text: HEAD });
  });
});
