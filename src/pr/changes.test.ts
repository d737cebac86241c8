import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { VALID_GROUP } from '../testing/check.js';
import { describeChange, partitionFiles } from './changes.js';

const data = (text: string) => load(text) as Record<string, unknown>;
const BASE = data(VALID_GROUP);

describe('what a pull request does to a group', () => {
  it('calls a new file a group joining', () => {
    expect(describeChange('groups/example.yaml', undefined, BASE, false)).toMatchObject({
      kind: 'join',
      leadership: [],
      meetupsAdded: 6,
    });
  });

  it('calls a removed file, or status leaving, a group leaving', () => {
    expect(describeChange('groups/example.yaml', BASE, undefined, true).kind).toBe('leave');
    const leaving = data(VALID_GROUP.replace('status: active', 'status: leaving'));
    expect(describeChange('groups/example.yaml', BASE, leaving, false)).toMatchObject({
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
    expect(describeChange('groups/example.yaml', BASE, head, false)).toMatchObject({
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
    expect(describeChange('groups/example.yaml', base, head, false).waivers).toEqual([
      { rule: 'meetups/minimum', change: 'extended', until: '2027-06-30' },
      { rule: 'meetups/spread', change: 'changed', until: '2027-01-31' },
      { rule: 'trademark/name', change: 'added', until: '2027-01-31' },
      { rule: 'fees/admission', change: 'removed', until: '2027-01-31' },
    ]);
  });

  it('separates group files from everything else, renames included', () => {
    expect(
      partitionFiles([
        { path: 'groups/a.yaml', status: 'modified' },
        { path: 'dist/index.js', status: 'modified' },
        { path: 'groups/b.yaml', status: 'renamed', previousPath: 'b.yaml' },
      ]),
    ).toEqual({
      groups: [{ path: 'groups/a.yaml', status: 'modified' }],
      outside: ['dist/index.js', 'groups/b.yaml'],
    });
  });
});
