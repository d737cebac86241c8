import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type Policy } from '../core/policy.js';
import { VALID_GROUP } from '../../test/support/check.js';
import { sourceFeedThread } from '../../test/support/feed-thread.js';
import { inThreadParser, memoryFeeds, memoryFiles, text } from '../../test/support/memory-feeds.js';
import { REPO_ROOT } from '../../test/support/registry.js';
import { threadFeedParser } from './feed-thread.js';
import { FeedFetchError, type SyncPort } from './port.js';
import { runSync, type SyncOptions } from './run-sync.js';
import { loadGroupFile } from '../load/group-file.js';

const fixture = (name: string): string =>
  readFileSync(path.join(REPO_ROOT, 'test/fixtures/feeds', name), 'utf8');

const MEETUP = 'https://www.meetup.com/utrecht-azure/events/ical/';
const LUMA = 'https://api.lu.ma/ics/get?entity=calendar&id=cal-1';
const TODAY = '2026-11-22';

/** VALID_GROUP with feeds, a comment, and CRLF line endings when asked. */
function group(feeds: string[], options: { crlf?: boolean; extra?: string } = {}): string {
  const withFeeds = VALID_GROUP.replace('Example Azure User Group', 'Utrecht Azure User Group')
    .replace(
      /^(website: .*\n)/m,
      `$1feeds: # our event feeds\n${feeds.map((feed) => `  - ${feed}\n`).join('')}`,
    )
    .replace('meetups:\n', `meetups: # kept by hand and by tgr sync\n${options.extra ?? ''}`);
  return options.crlf === true ? withFeeds.replaceAll('\n', '\r\n') : withFeeds;
}

const options = (policy: Partial<Policy> = {}) => ({
  today: TODAY,
  policy: { ...DEFAULT_POLICY, ...policy },
  dryRun: false,
});

/** runSync with feeds read in this thread: these feeds all end (the deadline has its own test). */
const sync = (syncOptions: SyncOptions, port: Omit<SyncPort, 'parser'>) =>
  runSync(syncOptions, { parser: inThreadParser, ...port });

describe('runSync', () => {
  it('adds the feeds’ new events, keeps every other byte, and validates', async () => {
    const before = group([MEETUP, LUMA], { crlf: true });
    const files = memoryFiles({ 'groups/example.yaml': before });
    const outcome = await sync(options(), {
      feeds: memoryFeeds({ [MEETUP]: fixture('meetup.ics'), [LUMA]: fixture('luma.ics') }),
      files,
    });
    expect(outcome.errors).toBe(0);
    const [result] = outcome.groups;
    expect(result?.added.map((meetup) => [meetup.date, meetup.azure, meetup.title])).toEqual([
      ['2026-12-03', true, 'Bicep & AKS: a night of infrastructure as code'],
      ['2027-01-01', true, 'Nieuwjaarsborrel 🥂 met Entra ID-demo’s – “Café Zoë”'],
      ['2027-02-04', false, 'Pub quiz and board games'],
      ['2026-12-07', true, 'AKS office hours'],
      ['2026-12-15', true, 'AKS office hours (moved to Tuesday)'],
      ['2026-12-28', true, 'AKS office hours'],
      ['2027-01-15', true, 'Hackdag: bygg något med Azure Functions — 一日ハッカソン'],
      ['2027-01-21', false, 'Late night learning: serverless'],
    ]);
    const after = text(files.files.get('groups/example.yaml'));
    // Everything up to the last line break is the file as it was, CRLF and comments included.
    const kept = before.length - '\r\n'.length;
    expect(after.slice(0, kept)).toBe(before.slice(0, kept));
    expect(after.slice(kept)).toMatch(
      /^\r\n {2}- date: 2026-12-03\r\n {4}title: "Bicep & AKS: a night of infrastructure as code"\r\n {4}azure: true\r\n {4}url: https:\/\/www\.meetup\.com\/utrecht-azure\/events\/301234567\/\r\n {4}uid: event_301234567@meetup\.com\r\n/,
    );
    expect(after.endsWith('\r\n')).toBe(true);
    expect(after.replaceAll('\r\n', '')).not.toContain('\n');
    const reloaded = loadGroupFile(
      'groups/example.yaml',
      'groups/example.yaml',
      files.files.get('groups/example.yaml') ?? new Uint8Array(),
    );
    expect(reloaded.content.ok && reloaded.content.schemaIssues).toEqual([]);
  });

  it('leaves every file byte for byte the same on a second run over the same feeds', async () => {
    const files = memoryFiles({ 'groups/example.yaml': group([MEETUP, LUMA]) });
    const feeds = memoryFeeds({ [MEETUP]: fixture('meetup.ics'), [LUMA]: fixture('luma.ics') });
    await sync(options(), { feeds, files });
    const once = text(files.files.get('groups/example.yaml'));
    const second = await sync(options(), { feeds, files });
    expect(text(files.files.get('groups/example.yaml'))).toBe(once);
    expect(files.writes).toHaveLength(1);
    expect(second.groups[0]).toMatchObject({
      changed: false,
      added: [],
      updated: [],
      cancelled: [],
    });
  });

  it('follows a moved and renamed event by its uid, and marks a cancelled one', async () => {
    const extra = [
      '  - date: 2026-12-01\n    title: Old title\n    azure: true\n    url: https://www.meetup.com/utrecht-azure/events/301234567/\n    uid: event_301234567@meetup.com # from the feed\n',
      '  - date: 2027-01-14\n    title: Cosmos DB deep dive\n    azure: true\n    uid: event_301234569@meetup.com\n',
    ].join('');
    const files = memoryFiles({ 'groups/example.yaml': group([MEETUP], { extra }) });
    const outcome = await sync(options(), {
      feeds: memoryFeeds({ [MEETUP]: fixture('meetup.ics') }),
      files,
    });
    const after = text(files.files.get('groups/example.yaml'));
    expect(after).toContain(
      '  - date: 2026-12-03\n    title: "Bicep & AKS: a night of infrastructure as code"\n    azure: true\n    url: https://www.meetup.com/utrecht-azure/events/301234567/\n    uid: event_301234567@meetup.com # from the feed\n',
    );
    expect(after).toContain('    uid: event_301234569@meetup.com\n    cancelled: true\n');
    expect(outcome.groups[0]?.cancelled).toEqual([
      {
        kind: 'cancel',
        index: 1,
        date: '2027-01-14',
        title: 'Cosmos DB deep dive',
        reason: 'feed',
      },
    ]);
  });

  it('cancels an upcoming event gone from a feed that covers its day, and leaves one beyond it', async () => {
    const extra = [
      '  - date: 2027-01-10\n    title: Gone\n    azure: true\n    uid: event_gone@meetup.com\n',
      '  - date: 2027-03-01\n    title: Beyond the feed\n    azure: true\n    uid: event_later@meetup.com\n',
    ].join('');
    const before = group([MEETUP], { extra });
    const files = memoryFiles({ 'groups/a.yaml': before });
    const outcome = await sync(options(), {
      feeds: memoryFeeds({ [MEETUP]: fixture('meetup.ics') }),
      files,
    });
    expect(outcome.groups[0]?.cancelled).toEqual([
      { kind: 'cancel', index: 0, date: '2027-01-10', title: 'Gone', reason: 'vanished' },
    ]);
    const after = text(files.files.get('groups/a.yaml'));
    expect(after).toContain('    uid: event_gone@meetup.com\n    cancelled: true\n');
    expect(after).toContain('    uid: event_later@meetup.com\n  - date: 2026-01-29\n');
  });

  it('leaves the group untouched and reports a feed that fails, and syncs the other groups', async () => {
    const files = memoryFiles({
      'groups/a.yaml': group([MEETUP, LUMA]),
      'groups/b.yaml': group([MEETUP]).replace('slug: example', 'slug: b'),
    });
    const outcome = await sync(options(), {
      feeds: memoryFeeds({
        [MEETUP]: fixture('meetup.ics'),
        [LUMA]: new FeedFetchError('no complete answer within 20000 ms'),
      }),
      files,
    });
    expect(files.writes).toEqual(['groups/b.yaml']);
    expect(outcome.groups[0]).toMatchObject({
      path: 'groups/a.yaml',
      changed: false,
      errors: [{ feed: LUMA, reason: 'no complete answer within 20000 ms' }],
    });
    expect(outcome.errors).toBe(1);
  });

  it('reports a feed that is not iCalendar, and one that is not text, writing nothing', async () => {
    const files = memoryFiles({ 'groups/a.yaml': group([MEETUP, '42']) });
    const outcome = await sync(options(), {
      feeds: memoryFeeds({ [MEETUP]: '<html>Sign in</html>' }),
      files,
    });
    expect(files.writes).toEqual([]);
    expect(outcome.groups[0]?.errors).toEqual([
      { feed: MEETUP, reason: expect.stringMatching(/^not an iCalendar feed/) as string },
      { feed: '42', reason: 'not a web address (see the feeds/url rule)' },
    ]);
  });

  it('writes nothing in a dry run, and says what would change', async () => {
    const files = memoryFiles({ 'groups/a.yaml': group([MEETUP]) });
    const outcome = await sync(
      { ...options(), dryRun: true },
      { feeds: memoryFeeds({ [MEETUP]: fixture('meetup.ics') }), files },
    );
    expect(files.writes).toEqual([]);
    expect(outcome.groups[0]?.added).toHaveLength(3);
    expect(outcome.groups[0]?.changed).toBe(true);
  });

  it('adds at most the policy’s number of meetups per run, and uses its keywords', async () => {
    const files = memoryFiles({ 'groups/a.yaml': group([MEETUP]) });
    const outcome = await sync(options({ sync: { maxNewMeetups: 1, azureKeywords: ['quiz'] } }), {
      feeds: memoryFeeds({ [MEETUP]: fixture('meetup.ics') }),
      files,
    });
    expect(outcome.groups[0]?.added.map((meetup) => meetup.azure)).toEqual([false]);
    expect(outcome.groups[0]?.deferred).toBe(2);
  });

  it('skips groups without feeds, fetching nothing', async () => {
    const feeds = memoryFeeds({});
    const outcome = await sync(options(), {
      feeds,
      files: memoryFiles({ 'groups/a.yaml': VALID_GROUP }),
    });
    expect(outcome).toEqual({ groups: [], errors: 0 });
    expect(feeds.fetched).toEqual([]);
  });

  it('reports a feed whose rule never ends once its deadline passes, and syncs every other group', async () => {
    const NEVER = 'https://calendar.example-azure.org/never.ics';
    const files = memoryFiles({
      'groups/a.yaml': group([MEETUP]),
      'groups/b.yaml': group([NEVER, LUMA]).replace('slug: example', 'slug: b'),
      'groups/c.yaml': group([LUMA]).replace('slug: example', 'slug: c'),
    });
    const parser = threadFeedParser({ start: sourceFeedThread, deadlineMs: 2000 });
    try {
      const outcome = await runSync(options(), {
        feeds: memoryFeeds({
          [MEETUP]: fixture('meetup.ics'),
          [LUMA]: fixture('luma.ics'),
          [NEVER]: fixture('never-matching.ics'),
        }),
        files,
        parser,
      });
      expect(files.writes).toEqual(['groups/a.yaml', 'groups/c.yaml']);
      expect(outcome.errors).toBe(1);
      expect(outcome.groups.map((result) => [result.path, result.changed, result.errors])).toEqual([
        ['groups/a.yaml', true, []],
        [
          'groups/b.yaml',
          false,
          [
            {
              feed: NEVER,
              reason:
                'not read within 2000 ms, so reading it was stopped (a recurrence rule that never ends, or too much to read)',
            },
          ],
        ],
        ['groups/c.yaml', true, []],
      ]);
    } finally {
      await parser.close();
    }
  });
});
