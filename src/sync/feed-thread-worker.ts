import { parentPort } from 'node:worker_threads';
import { parseFeed } from './feed.js';
import type { ParseJob, ThreadMessage } from './feed-thread.js';
import { FeedParseError } from './port.js';

/**
 * The feed parser thread's side (see feed-thread.ts): reads each feed it is sent with parseFeed
 * and answers with the result or the feed's error. It stays until the main thread stops it.
 */
export function serveFeedParsing(): void {
  const port = parentPort;
  if (port === null) throw new Error('serveFeedParsing runs only in a worker thread');
  port.on('message', (job: ParseJob) => {
    let answer: ThreadMessage;
    try {
      answer = { kind: 'parsed', id: job.id, feed: parseFeed(job.text, job.options) };
    } catch (error: unknown) {
      answer = {
        kind: 'failed',
        id: job.id,
        feed: error instanceof FeedParseError,
        message: error instanceof Error ? error.message : String(error),
      };
    }
    port.postMessage(answer);
  });
  const ready: ThreadMessage = { kind: 'ready' };
  port.postMessage(ready);
}
