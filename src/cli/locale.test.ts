import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { withField } from '../../test/support/check.js';
import { REPO_ROOT, tempRegistry } from '../../test/support/registry.js';
import { tgr } from '../../test/support/tgr.js';

const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const TGR = path.join(REPO_ROOT, 'src/cli/tgr.ts');

const DUTCH = { LANG: 'nl_NL.UTF-8', LC_ALL: 'nl_NL.UTF-8', LC_MESSAGES: 'nl_NL', LANGUAGE: 'nl' };
const SWEDISH = {
  LANG: 'sv_SE.UTF-8',
  LC_ALL: 'sv_SE.UTF-8',
  LC_MESSAGES: 'sv_SE',
  LANGUAGE: 'sv',
};
const NEUTRAL = { LANG: 'C', LC_ALL: 'C' };

describe('tgr validate and tgr audit speak English whatever the terminal or locale', () => {
  // The examples (Dutch and Swedish groups among them), one Dutch group with findings, and a
  // Swedish one: what a Dutch or Swedish leader checks on their own machine.
  const registry = tempRegistry({}, { examples: true });
  const utrecht = path.join(REPO_ROOT, 'groups/utrecht-azure.yaml');
  const stockholm = path.join(REPO_ROOT, 'groups/stockholm-azure.yaml');
  registry.write(
    'groups/utrecht-azure.yaml',
    withField('coLeader', undefined, readFileSync(utrecht, 'utf8')),
  );
  registry.write(
    'groups/stockholm-azure.yaml',
    readFileSync(stockholm, 'utf8').replace(
      /termsAccepted: 2023-08-15/,
      'termsAccepted: 2027-08-15',
    ),
  );
  afterAll(() => {
    registry.remove();
  });

  const run = (env: Readonly<Record<string, string>>, args: readonly string[]) =>
    spawnSync(process.execPath, ['--import', TSX, TGR, ...args, '--today', '2026-11-22'], {
      cwd: registry.root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', ...env },
    });

  it.each([
    ['validate', 'text'],
    ['validate', 'json'],
    ['audit', 'text'],
    ['audit', 'json'],
  ])('%s --format %s: the same English under a Dutch or Swedish locale', (command, format) => {
    const args = command === 'audit' ? ['audit', '--dry-run'] : ['validate'];
    const neutral = run(NEUTRAL, [...args, '--format', format]);
    expect(neutral.stderr).toBe('');
    expect(neutral.stdout).toMatch(
      command === 'validate' ? /The group has no co-leader\./ : /no co-leader/i,
    );
    for (const locale of [DUTCH, SWEDISH]) {
      const localized = run(locale, [...args, '--format', format]);
      expect(localized.stderr).toBe('');
      expect(localized.status).toBe(neutral.status);
      expect(localized.stdout).toBe(neutral.stdout);
    }
    if (command === 'validate' && format === 'text') {
      expect(neutral.stdout).toMatch(/group files checked: 2 errors, 0 warnings, 2 waived\.\n$/);
      // The date in the terms finding is English, day first, in the English month.
      expect(neutral.stdout).toContain('15 August 2027');
    }
  });

  it('in process too: LANG and LC_ALL in the environment tgr is given change nothing', async () => {
    const english = await tgr(registry.root, ['validate', '--today', '2026-11-22']);
    const dutch = await tgr(registry.root, ['validate', '--today', '2026-11-22'], DUTCH);
    expect(dutch).toEqual(english);
    expect(english.stdout).toContain('The group has no co-leader.');
    // Asked for with --lang, the findings are Dutch.
    const asked = await tgr(registry.root, ['validate', '--today', '2026-11-22', '--lang', 'nl']);
    expect(asked.stdout).not.toContain('The group has no co-leader.');
    expect(asked.stdout).toContain('leaders/co-leader');
  });
});
