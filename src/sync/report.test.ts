import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import { formatSyncJson, formatSyncMarkdown, formatSyncText } from './report.js';
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
        'groups/a.yaml: added 2026-12-03 ":\\:error:\\:pwned\\n#\\#[group]"',
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

  it('writes the pull request body in Markdown: per group what changed, with event pages, all text inert', () => {
    const withPages: SyncOutcome = {
      ...OUTCOME,
      groups: [
        {
          ...(OUTCOME.groups[0] as SyncOutcome['groups'][number]),
          added: [
            {
              date: '2026-12-03',
              title: '@everyone <img src=x onerror=alert(1)> [click](javascript:alert(1))',
              azure: true,
              url: 'https://www.meetup.com/utrecht-azure/events/301234567/',
            },
            { date: '2026-12-10', title: 'Bicep', azure: false, url: 'javascript:alert(1)' },
          ],
        },
        ...OUTCOME.groups.slice(1),
      ],
    };
    const body = formatSyncMarkdown(withPages, '2026-11-27');
    expect(body.split('\n').filter((line) => line.startsWith('#'))).toEqual([
      '### `groups/a.yaml`',
      '### `groups/b.yaml`',
    ]);
    const html = new MarkdownIt({ linkify: true }).render(body);
    // One link, to the https event page; the hostile title and the javascript: page stay text.
    expect([...html.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1])).toEqual([
      'https://www.meetup.com/utrecht-azure/events/301234567/',
    ]);
    expect(html).not.toContain('<img');
    expect(body).toContain('- Added 2026-12-10 `Bicep` (not Azure) (page: `javascript:alert(1)`)');
    expect(body).toContain('- Marked cancelled 2027-01-14 `Cosmos DB`: it is gone from the feed');
    expect(body).toContain('- 2 more new events are left for the next run');
    expect(body).toContain(
      '- **Not synced:** `https://example.org/::x`: the server answered HTTP 500; the file was left as it is',
    );
  });

  it("cuts a long body to fit GitHub's limit, saying so", () => {
    const many: SyncOutcome = {
      groups: Array.from({ length: 3000 }, (_, i) => ({
        path: `groups/group-${String(i)}.yaml`,
        added: [
          { date: '2026-12-03', title: 'A long evening about Azure '.repeat(4), azure: true },
        ],
        updated: [],
        cancelled: [],
        deferred: 0,
        errors: [],
        changed: true,
      })),
      errors: 0,
    };
    const body = formatSyncMarkdown(many, '2026-11-27');
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(65_536);
    expect(body.trimEnd().endsWith('the files show every change._')).toBe(true);
  });
});
