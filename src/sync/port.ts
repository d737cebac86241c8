/**
 * What `runSync` needs from the world: the text of a feed, and the group files to read and
 * write. The real ones are the HTTP fetcher (http-feed-source.ts) and the disk (disk-files.ts);
 * tests use in-memory ones (test/support/memory-feeds.ts).
 */
export interface SyncPort {
  feeds: FeedSource;
  files: GroupFileStore;
}

export interface FeedSource {
  /** The feed's text; throws FeedFetchError, with a reason a person can read, when it cannot. */
  fetch(url: string): Promise<string>;
}

export interface GroupFileStore {
  /** The group files to sync, as paths shown in the report. */
  list(): Promise<readonly string[]>;
  read(path: string): Promise<Uint8Array>;
  /** Replaces the file at once (a temporary file renamed into place): never half-written. */
  write(path: string, text: string): Promise<void>;
}

export class FeedFetchError extends Error {
  override name = 'FeedFetchError';
}
