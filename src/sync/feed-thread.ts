import type { Worker, WorkerOptions } from 'node:worker_threads';
import type { ParsedFeed, ParseOptions } from './feed.js';
import { FeedParseError, type FeedParser } from './port.js';

/**
 * Feeds are read in a worker thread that is stopped when a feed takes longer than its deadline.
 * ical.js can loop forever inside ONE step of a recurrence rule that never matches (2.2.1 on
 * `FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31`), where no step budget can stop it; only terminating the
 * thread can. One thread is reused from feed to feed (starting one costs about as much as
 * reading a large feed) and replaced after it is stopped.
 *
 * This module loads no parser: the bundled tgr starts its own file as the thread (src/cli/tgr.ts)
 * and tells it apart by FEED_THREAD_OPTIONS' workerData; the thread runs serveFeedParsing
 * (feed-thread-worker.ts).
 */

/** The workerData a feed parser thread starts with. */
export const FEED_THREAD = 'tgr:feed-parser';

/**
 * How a feed parser thread is started. Its heap is bounded too, so a feed that would need more
 * memory than a 5 MB feed ever should is that feed's error, not the end of the sync.
 */
export const FEED_THREAD_OPTIONS = {
  workerData: FEED_THREAD,
  resourceLimits: { maxOldGenerationSizeMb: 512 },
} as const satisfies WorkerOptions;

export function isFeedThread(workerData: unknown): boolean {
  return workerData === FEED_THREAD;
}

/** Default time one feed may take to read, once its thread is running. */
export const DEFAULT_PARSE_DEADLINE_MS = 10_000;

/** What the main thread sends: one feed to read. */
export interface ParseJob {
  id: number;
  text: string;
  options: ParseOptions;
}

/** What the thread answers: ready once, then one answer per job. */
export type ThreadMessage =
  | { kind: 'ready' }
  | { kind: 'parsed'; id: number; feed: ParsedFeed }
  /** `feed`: the feed's fault (a FeedParseError); else a fault of the parser itself. */
  | { kind: 'failed'; id: number; feed: boolean; message: string };

export interface ThreadFeedParserOptions {
  /** Starts a thread that runs serveFeedParsing, with FEED_THREAD_OPTIONS. */
  start: () => Worker;
  /** How long one feed may take to read (default 10 s); then its thread is terminated. */
  deadlineMs?: number;
}

export interface ThreadFeedParser extends FeedParser {
  /** Stops the thread. An idle thread keeps no process alive, but tests end theirs. */
  close(): Promise<void>;
}

interface Thread {
  worker: Worker;
  ready: Promise<void>;
}

export function threadFeedParser(options: ThreadFeedParserOptions): ThreadFeedParser {
  const deadlineMs = options.deadlineMs ?? DEFAULT_PARSE_DEADLINE_MS;
  let current: Thread | undefined;
  let nextId = 0;

  const thread = (): Thread => {
    if (current !== undefined) return current;
    const worker = options.start();
    // Idle, the thread must not keep tgr running once the sync is done.
    worker.unref();
    const ready = new Promise<void>((resolve, reject) => {
      const done = (): void => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const onMessage = (message: ThreadMessage): void => {
        if (message.kind !== 'ready') return;
        done();
        resolve();
      };
      const onError = (error: Error): void => {
        done();
        reject(new Error(`the feed parser thread did not start: ${error.message}`));
      };
      const onExit = (code: number): void => {
        done();
        reject(
          new Error(`the feed parser thread stopped as it started (exit code ${String(code)})`),
        );
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
    });
    const started = { worker, ready };
    current = started;
    return started;
  };

  /** Stops a thread for good; the next feed starts a new one. */
  const discard = async (worker: Worker): Promise<void> => {
    if (current?.worker === worker) current = undefined;
    await worker.terminate();
  };

  return {
    async parse(text, parseOptions) {
      const { worker, ready } = thread();
      try {
        await ready;
      } catch (error: unknown) {
        // Not the feed's fault: tgr itself is broken, and says so.
        await discard(worker);
        throw error;
      }
      const id = ++nextId;
      return new Promise<ParsedFeed>((resolve, reject) => {
        const settle = (): void => {
          clearTimeout(timer);
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
          worker.unref();
        };
        /** The thread is stopped before the feed's error is reported: nothing of it runs on. */
        const stop = (reason: string): void => {
          settle();
          discard(worker).then(
            () => {
              reject(new FeedParseError(reason));
            },
            () => {
              reject(new FeedParseError(reason));
            },
          );
        };
        const onMessage = (message: ThreadMessage): void => {
          if (message.kind === 'ready' || message.id !== id) return;
          settle();
          if (message.kind === 'parsed') resolve(message.feed);
          else if (message.feed) reject(new FeedParseError(message.message));
          else reject(new Error(`the feed parser failed: ${message.message}`));
        };
        // Out of memory, or a stack overflow outside parseFeed's own handling: the feed did it.
        const onError = (error: Error): void => {
          const code = 'code' in error && typeof error.code === 'string' ? ` (${error.code})` : '';
          stop(`the feed could not be read${code}`);
        };
        const onExit = (code: number): void => {
          stop(`the feed could not be read (its reader stopped with exit code ${String(code)})`);
        };
        const timer = setTimeout(() => {
          stop(
            `not read within ${String(deadlineMs)} ms, so reading it was stopped (a recurrence rule that never ends, or too much to read)`,
          );
        }, deadlineMs);
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        // While a feed is read, the thread keeps tgr waiting for its answer.
        worker.ref();
        const job: ParseJob = { id, text, options: parseOptions };
        worker.postMessage(job);
      });
    },
    async close() {
      const open = current;
      current = undefined;
      if (open !== undefined) await open.worker.terminate();
    },
  };
}
