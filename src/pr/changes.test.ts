import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { VALID_GROUP } from '../../test/support/check.js';
import { describeChange, partitionFiles } from './changes.js';

const data = (text: string) => load(text) as Record<string, unknown>;
const BASE = data(VALID_GROUP);

describe('what a pull request does to a group', () => {
  it('calls a new file a group joining', () => {
    expect(describeChange('groups/example.yaml', 'absent', BASE)).toMatchObject({
      kind: 'join',
      leadership: [],
      meetupsAdded: 6,
    });
  });

  it('calls a removed file, or status leaving, a group leaving', () => {
    expect(describeChange('groups/example.yaml', BASE, 'absent').kind).toBe('leave');
    const leaving = data(VALID_GROUP.replace('status: active', 'status: leaving'));
    expect(describeChange('groups/example.yaml', BASE, leaving)).toMatchObject({
      kind: 'leave',
      fields: ['status'],
    });
  });

  it('names a leadership change by login, and counts meetups added', () => {
    const head = data(
      VALID_GROUP.replace('github: pjansen', 'github: New-CoLeader').concat(
        '  - date: 2026-11-12\n    title: New one\n    azure: true\n',
      ),
    );
    expect(describeChange('groups/example.yaml', BASE, head)).toMatchObject({
      kind: 'update',
      leadership: [{ role: 'coLeader', from: 'pjansen', to: 'new-coleader' }],
      meetupsAdded: 1,
      meetupsRemoved: 0,
      fields: [],
    });
  });

  it('tells added, extended, changed and removed waivers apart', () => {
    const waivers = (...entries: string[]) =>
      data(`${VALID_GROUP}waivers:\n${entries.map((entry) => `  - ${entry}\n`).join('')}`);
    const base = waivers(
      '{ rule: meetups/minimum, reason: flood, until: 2027-01-31, approvedBy: m }',
      '{ rule: meetups/spread, reason: flood, until: 2027-01-31, approvedBy: m }',
      '{ rule: fees/admission, reason: x, until: 2027-01-31, approvedBy: m }',
    );
    const head = waivers(
      '{ rule: meetups/minimum, reason: flood, until: 2027-06-30, approvedBy: m }',
      '{ rule: meetups/spread, reason: a flood, until: 2027-01-31, approvedBy: m }',
      '{ rule: trademark/name, reason: y, until: 2027-01-31, approvedBy: m }',
    );
    expect(describeChange('groups/example.yaml', base, head).waivers).toEqual([
      { rule: 'meetups/minimum', change: 'extended', until: '2027-06-30' },
      { rule: 'meetups/spread', change: 'changed', until: '2027-01-31' },
      { rule: 'trademark/name', change: 'added', until: '2027-01-31' },
      { rule: 'fees/admission', change: 'removed', until: '2027-01-31' },
    ]);
  });

  it('separates group files from everything else; a rename across the boundary is both', () => {
    expect(
      partitionFiles([
        { path: 'groups/a.yaml', status: 'modified' },
        { path: 'dist/index.js', status: 'modified' },
        { path: 'groups/b.yaml', status: 'renamed', previousPath: 'b.yaml' },
        { path: 'docs/c.yaml', status: 'renamed', previousPath: 'groups/c.yaml' },
        { path: 'groups/d.yaml', status: 'renamed', previousPath: 'groups/old-d.yaml' },
      ]),
    ).toEqual({
      groups: [
        { path: 'groups/a.yaml', status: 'modified' },
        // Moved in from elsewhere: a group added, still read and checked.
        { path: 'groups/b.yaml', status: 'added' },
        { path: 'groups/c.yaml', status: 'removed' },
        { path: 'groups/d.yaml', status: 'renamed', previousPath: 'groups/old-d.yaml' },
      ],
      outside: ['dist/index.js', 'b.yaml', 'docs/c.yaml'],
    });
  });

  it('sees a second waiver for the same rule, which the summary once called no change', () => {
    const entry = '{ rule: meetups/minimum, reason: flood, until: 2027-01-31, approvedBy: m }';
    const later = '{ rule: meetups/minimum, reason: flood, until: 2099-01-31, approvedBy: m }';
    const waivers = (...entries: string[]) =>
      data(`${VALID_GROUP}waivers:\n${entries.map((e) => `  - ${e}\n`).join('')}`);
    expect(
      describeChange('groups/example.yaml', waivers(entry), waivers(entry, later)).waivers,
    ).toEqual([{ rule: 'meetups/minimum', change: 'added', until: '2099-01-31' }]);
    // A copy of the same entry is a change too; the order of an entry's fields is not.
    expect(
      describeChange('groups/example.yaml', waivers(entry), waivers(entry, entry)).waivers,
    ).toHaveLength(1);
    const reordered = '{ until: 2027-01-31, approvedBy: m, rule: meetups/minimum, reason: flood }';
    expect(
      describeChange('groups/example.yaml', waivers(entry), waivers(reordered)).waivers,
    ).toEqual([]);
  });

  it('calls a change to a file the base branch has but cannot read an update, never a join', () => {
    const change = describeChange('groups/example.yaml', 'unreadable', BASE);
    expect(change).toMatchObject({ kind: 'update', baseUnreadable: true, base: undefined });
  });
});
