import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FEED_THREAD_OPTIONS } from '../../src/sync/feed-thread.js';

const require = createRequire(import.meta.url);
/** tsx's ESM API: it loads the TypeScript sources in a thread vitest does not transform. */
const TSX = pathToFileURL(require.resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
const WORKER = new URL('../../src/sync/feed-thread-worker.ts', import.meta.url).href;

/**
 * The feed parser's thread, started from the sources: what the bundled tgr starts from its own
 * file (src/cli/tgr.ts), for tests that run tgr in process. The bundle is tested on its own
 * (test/e2e/sync.dist.test.ts).
 */
export function sourceFeedThread(): Worker {
  const code = `import(${JSON.stringify(TSX)})
    .then(({ tsImport }) => tsImport(${JSON.stringify(WORKER)}, ${JSON.stringify(WORKER)}))
    .then((module) => module.serveFeedParsing())`;
  return new Worker(code, { ...FEED_THREAD_OPTIONS, eval: true });
}
