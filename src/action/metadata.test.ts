import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../test/support/registry.js';

interface ActionMetadata {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const metadata = load(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionMetadata;
const source = ['inputs.ts', 'run.ts']
  .map((file) => readFileSync(path.join(REPO_ROOT, 'src/action', file), 'utf8'))
  .join('\n');

describe('action.yml', () => {
  it('runs the committed bundle on Node 24', () => {
    expect(metadata.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares exactly the inputs the code reads', () => {
    const read = new Set(
      [...source.matchAll(/get(?:Boolean)?Input\('([^']+)'\)|positiveNumber\('([^']+)'/g)].map(
        (m) => m[1] ?? m[2] ?? '',
      ),
    );
    expect([...read].sort()).toEqual(Object.keys(metadata.inputs).sort());
  });

  it('declares exactly the outputs the code sets', () => {
    const set = new Set([...source.matchAll(/setOutput\('([^']+)'/g)].map((m) => m[1] ?? ''));
    expect([...set].sort()).toEqual(Object.keys(metadata.outputs).sort());
  });
});
