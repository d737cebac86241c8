import type { GroupFileStore } from '../load/port.js';
import type { ParsedFeed, ParseOptions } from './feed.js';

/**
 * What `runSync` needs from the world: the text of a feed, a place to read it where it cannot
 * outrun its deadline, and the group files to read and write. The real ones are the HTTP fetcher
 * (src/adapters/http/feed-source.ts), a thread stopped at its deadline (feed-thread.ts) and the disk
 * (src/adapters/fs/group-files.ts); tests use in-memory ones (test/support/memory-feeds.ts).
 */
export interface SyncPort {
  feeds: FeedSource;
  parser: FeedParser;
  files: GroupFileStore;
}

export interface FeedParser {
  /** parseFeed's reading of a feed; throws FeedParseError, with a reason, when it cannot. */
  parse(text: string, options: ParseOptions): Promise<ParsedFeed>;
}

export interface FeedSource {
  /** The feed's text; throws FeedFetchError, with a reason a person can read, when it cannot. */
  fetch(url: string): Promise<string>;
}

/** Shared with tgr identify, which edits group files the same way. */
export type { GroupFileStore } from '../load/port.js';

export class FeedFetchError extends Error {
  override name = 'FeedFetchError';
}

export class FeedParseError extends Error {
  override name = 'FeedParseError';
}
