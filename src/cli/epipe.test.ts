import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { VALID_GROUP, withField } from '../../test/support/check.js';
import { REPO_ROOT, tempRegistry } from '../../test/support/registry.js';

/** The bin from its sources, as a process of its own: what a shell pipes into `head`. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const TGR = path.join(REPO_ROOT, 'src/cli/tgr.ts');

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** Bytes read before the reader went away. */
  read: number;
}

/**
 * Runs `tgr ARGS` with its stdout a pipe whose reader goes away: before tgr starts (`closed:
 * 'before'`: a shell holds tgr back until the pipe is closed, so no write can get through), or
 * after the first chunk it reads (`'after-first-chunk'`: for output longer than a pipe holds).
 */
function tgrIntoClosedPipe(
  cwd: string,
  args: readonly string[],
  closed: 'before' | 'after-first-chunk',
): Promise<Ended> {
  const child = spawn(
    'sh',
    ['-c', 'read go && exec "$0" "$@"', process.execPath, '--import', TSX, TGR, ...args],
    { cwd, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  let read = 0;
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const go = () => child.stdin.end('go\n');
  if (closed === 'before') {
    child.stdout.once('close', go);
    child.stdout.destroy();
  } else {
    child.stdout.once('data', (chunk: Buffer) => {
      read += chunk.length;
      child.stdout.destroy();
    });
    go();
  }
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      resolve({ code, signal, stderr, read });
    });
  });
}

describe('tgr writing into a closed pipe (tgr rules | head -1)', () => {
  const registry = tempRegistry();
  // Enough findings that the report is far longer than a pipe holds (64 KiB on Linux).
  for (let index = 0; index < 120; index += 1) {
    registry.write(
      `groups/group-${index}.yaml`,
      withField('coLeader', undefined, withField('slug', `wrong-${index}`, VALID_GROUP)),
    );
  }
  afterAll(() => {
    registry.remove();
  });

  it('ends tgr rules quietly, with its own exit code 0', async () => {
    const ended = await tgrIntoClosedPipe(registry.root, ['rules'], 'before');
    expect(ended.stderr).toBe('');
    expect(ended.signal).toBeNull();
    expect(ended.code).toBe(0);
  });

  it('ends a long tgr validate quietly, with its own exit code 1 (errors found)', async () => {
    const ended = await tgrIntoClosedPipe(
      registry.root,
      ['validate', '--today', '2026-11-22'],
      'after-first-chunk',
    );
    expect(ended.read).toBeGreaterThan(0);
    expect(ended.stderr).toBe('');
    expect(ended.signal).toBeNull();
    expect(ended.code).toBe(1);
  });

  it('ends a usage problem quietly, with its own exit code 2, when stdout and stderr are both closed', async () => {
    const child = spawn(
      'sh',
      [
        '-c',
        'read go && exec "$0" "$@"',
        process.execPath,
        '--import',
        TSX,
        TGR,
        'validate',
        '--nope',
      ],
      { cwd: registry.root, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let closed = 0;
    const go = () => {
      closed += 1;
      if (closed === 2) child.stdin.end('go\n');
    };
    child.stdout.once('close', go).destroy();
    child.stderr.once('close', go).destroy();
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', resolve);
    });
    // A usage problem keeps its own exit code; with stderr closed there is nothing to print.
    expect(code).toBe(2);
  });
});
