#!/usr/bin/env node
import { isMainThread, Worker, workerData } from 'node:worker_threads';
import { FEED_THREAD_OPTIONS, isFeedThread } from '../sync/feed-thread.js';
import { runCli } from './run.js';

if (!isMainThread && isFeedThread(workerData)) {
  // This file started again as `tgr sync`'s feed parser thread: the bundle has no other file to
  // start it from. Only the parser is loaded.
  (await import('../sync/feed-thread-worker.js')).serveFeedParsing();
} else {
  // The bin entry: real process I/O in, exit code out.
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    now: () => new Date(),
    env: process.env,
    startFeedThread: () => new Worker(new URL(import.meta.url), FEED_THREAD_OPTIONS),
  });
}
