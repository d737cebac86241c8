import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceFeedThread } from '../../test/support/feed-thread.js';
import { REPO_ROOT } from '../../test/support/registry.js';
import { parseFeed } from './feed.js';
import { threadFeedParser } from './feed-thread.js';
import { FeedParseError } from './port.js';

const fixture = (name: string): string =>
  readFileSync(path.join(REPO_ROOT, 'test/fixtures/feeds', name), 'utf8');
const OPTIONS = { timeZone: 'Europe/Amsterdam', from: '2025-11-23', to: '2027-11-22' };
/** Far longer than any of these feeds takes; the one that never ends is stopped at it. */
const DEADLINE_MS = 2000;

const parsers: Array<{ close: () => Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(parsers.splice(0).map((parser) => parser.close()));
});

/** A parser on threads started from the sources, counting the threads it starts. */
function parser(deadlineMs = DEADLINE_MS) {
  const started: Worker[] = [];
  const created = threadFeedParser({
    start: () => {
      const worker = sourceFeedThread();
      started.push(worker);
      return worker;
    },
    deadlineMs,
  });
  parsers.push(created);
  return { parser: created, started };
}

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error: unknown) {
    expect(error).toBeInstanceOf(FeedParseError);
    return (error as Error).message;
  }
  throw new Error('the feed was read');
}

describe('threadFeedParser', () => {
  it('reads feeds in one thread, exactly as parseFeed does', async () => {
    const { parser: feeds, started } = parser();
    for (const name of ['meetup.ics', 'luma.ics', 'meetup.ics']) {
      expect(await feeds.parse(fixture(name), OPTIONS)).toEqual(parseFeed(fixture(name), OPTIONS));
    }
    expect(started).toHaveLength(1);
  });

  it('reports a feed that is not iCalendar as the feed’s error', async () => {
    const { parser: feeds } = parser();
    expect(await failure(feeds.parse('<html>Sign in</html>', OPTIONS))).toMatch(
      /^not an iCalendar feed/,
    );
    // The thread is still good for the next feed.
    expect((await feeds.parse(fixture('luma.ics'), OPTIONS)).events.length).toBeGreaterThan(0);
  });

  it('stops a feed whose rule never matches at its deadline, then reads the next in a new thread', async () => {
    const { parser: feeds, started } = parser();
    // ical.js loops forever inside one iterator.next() on FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31.
    expect(await failure(feeds.parse(fixture('never-matching.ics'), OPTIONS))).toBe(
      `not read within ${String(DEADLINE_MS)} ms, so reading it was stopped (a recurrence rule that never ends, or too much to read)`,
    );
    // The thread that ran it is gone (Node gives a stopped thread the id -1).
    expect(started.map((worker) => worker.threadId)).toEqual([-1]);
    expect(await feeds.parse(fixture('meetup.ics'), OPTIONS)).toEqual(
      parseFeed(fixture('meetup.ics'), OPTIONS),
    );
    expect(started).toHaveLength(2);
  });
});
