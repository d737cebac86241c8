import { NODE24_ENV, node24 } from './node24.js';

/**
 * Vitest's global setup, run once before any test: finds (on a fresh machine, downloads) the
 * Node 24 binary the end-to-end tests run the Action on, and hands it to the test workers, so
 * neither the download nor npx counts against a test's time.
 */
export default function setup(): void {
  process.env[NODE24_ENV] = node24();
}
