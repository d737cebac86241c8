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
    stdout: quietWhenClosed(process.stdout),
    stderr: quietWhenClosed(process.stderr),
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

/**
 * Writes to `stream` until its reader goes away (`tgr rules | head -1`), then writes nothing
 * more: a closed pipe ends the output, not the command, which finishes its work and exits with
 * its own code (what a reader that stopped early does not change: the audit's writes, the
 * findings' verdict). Without this, Node throws the EPIPE as an unhandled 'error' event.
 */
function quietWhenClosed(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: unknown) => {
    if (!isClosedPipe(error)) throw error;
    closed = true;
  });
  return (text) => {
    if (!closed && !stream.destroyed) stream.write(text);
  };
}

function isClosedPipe(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}
