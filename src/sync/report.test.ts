import { describe, expect, it } from 'vitest';
import { formatSyncJson, formatSyncText } from './report.js';
import type { SyncOutcome } from './run-sync.js';

const OUTCOME: SyncOutcome = {
  groups: [
    {
      path: 'groups/a.yaml',
      added: [{ date: '2026-12-03', title: '::error::pwned\n##[group]', azure: false, uid: 'x' }],
      updated: [
        { kind: 'update', index: 6, uid: 'y', date: { from: '2026-12-03', to: '2026-12-04' } },
      ],
      cancelled: [
        { kind: 'cancel', index: 7, date: '2027-01-14', title: 'Cosmos DB', reason: 'vanished' },
      ],
      deferred: 2,
      errors: [],
      changed: true,
    },
    {
      path: 'groups/b.yaml',
      added: [],
      updated: [],
      cancelled: [],
      deferred: 0,
      errors: [{ feed: 'https://example.org/::x', reason: 'the server answered HTTP 500' }],
      changed: false,
    },
  ],
  errors: 1,
};

describe('the sync report', () => {
  it('says what changed and why, escaping every text from a feed', () => {
    expect(formatSyncText(OUTCOME, false)).toBe(
      [
        'groups/a.yaml: added 2026-12-03 ":\\:error:\\:pwned\\\\n#\\#[group]"',
        'groups/a.yaml: updated meetup 7: date 2026-12-03 → 2026-12-04',
        'groups/a.yaml: marked cancelled 2027-01-14 "Cosmos DB": it is gone from the feed, which still covers its day',
        'groups/a.yaml: 2 more new events are left for the next run',
        'groups/b.yaml: error: https://example.org/:\\:x: the server answered HTTP 500; the file was left as it is',
        '1 group file changed, 1 error',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON that parses back to the same data, with no workflow command in it', () => {
    const json = formatSyncJson(OUTCOME, true);
    expect(json).not.toContain('::');
    expect(json).not.toContain('##[');
    expect(JSON.parse(json)).toEqual({ dryRun: true, ...OUTCOME });
  });
});
