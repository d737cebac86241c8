#!/usr/bin/env node
import { FEED_THREAD_OPTIONS, isFeedThread } from '../sync/feed-thread.js';
import { runCli } from './run.js';

/**
 * node:worker_threads is loaded only where a thread is involved: by the feed thread, which starts
 * with this argument (its workerData still decides, so typing the argument changes nothing), and
 * by `tgr sync`, which starts it. Every other command starts without it.
 */
const FEED_THREAD_ARG = '--tgr-feed-parser-thread';
const argv = process.argv.slice(2);
const threads =
  argv.includes(FEED_THREAD_ARG) || argv[0] === 'sync'
    ? await import('node:worker_threads')
    : undefined;

if (threads && !threads.isMainThread && isFeedThread(threads.workerData)) {
  // This file started again as `tgr sync`'s feed parser thread: the bundle has no other file to
  // start it from. Only the parser is loaded.
  (await import('../sync/feed-thread-worker.js')).serveFeedParsing();
} else {
  // The bin entry: real process I/O in, exit code out.
  process.exitCode = await runCli(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    now: () => new Date(),
    env: process.env,
    startFeedThread: () => {
      if (!threads) throw new Error('the feed thread is started only by tgr sync');
      return new threads.Worker(new URL(import.meta.url), {
        ...FEED_THREAD_OPTIONS,
        argv: [FEED_THREAD_ARG],
      });
    },
  });
}
