import { parseFeed } from '../../src/sync/feed.js';
import {
  FeedFetchError,
  type FeedParser,
  type FeedSource,
  type GroupFileStore,
} from '../../src/sync/port.js';

/** Feeds by URL: a text is served, an Error is thrown as the fetch's failure. */
export function memoryFeeds(feeds: Record<string, string | Error>): FeedSource & {
  fetched: string[];
} {
  const fetched: string[] = [];
  return {
    fetched,
    fetch(url) {
      fetched.push(url);
      const feed = feeds[url];
      if (feed === undefined)
        return Promise.reject(new FeedFetchError('the server answered HTTP 404'));
      return feed instanceof Error ? Promise.reject(feed) : Promise.resolve(feed);
    },
  };
}

/**
 * parseFeed in the test's own thread, with no deadline: for orchestrator tests whose feeds all
 * end. The deadline is tested with the real thread (src/sync/feed-thread.test.ts).
 */
export const inThreadParser: FeedParser = {
  parse: async (text, options) => {
    await Promise.resolve();
    return parseFeed(text, options);
  },
};

/** Group files in memory, by path; `writes` counts each write, `removed` each deletion. */
export function memoryFiles(files: Record<string, string | Uint8Array>): GroupFileStore & {
  files: Map<string, Uint8Array>;
  writes: string[];
  removed: string[];
} {
  const store = new Map(
    Object.entries(files).map(([path, text]) => [
      path,
      typeof text === 'string' ? new TextEncoder().encode(text) : text,
    ]),
  );
  const writes: string[] = [];
  const removed: string[] = [];
  return {
    files: store,
    writes,
    removed,
    list: () => Promise.resolve([...store.keys()]),
    read(path) {
      const bytes = store.get(path);
      return bytes === undefined ? Promise.reject(new Error('ENOENT')) : Promise.resolve(bytes);
    },
    write(path, text) {
      writes.push(path);
      store.set(path, new TextEncoder().encode(text));
      return Promise.resolve();
    },
    remove(path) {
      if (!store.delete(path)) return Promise.reject(new Error('ENOENT'));
      removed.push(path);
      return Promise.resolve();
    },
  };
}

export const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);
