import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tgr } from '../../../test/support/tgr.js';
import { tempRegistry } from '../../../test/support/registry.js';

const registries: Array<{ remove: () => void }> = [];
afterEach(() => {
  for (const registry of registries.splice(0)) registry.remove();
});

describe('tgr validate --lang', () => {
  it.each([
    [
      'en',
      "tgr: nothing to check: the registry's groups/ folder (ROOT) holds no group file (.yaml). Create one with: npx tgr new SLUG\n",
      'tgr: nothing to check: no group file (.yaml) in docs and notes\n',
    ],
    [
      'nl',
      'tgr: niets te controleren: de map groups/ van het register (ROOT) bevat geen groepsbestand (.yaml). Maak er een met: npx tgr new KORTE-NAAM\n',
      'tgr: niets te controleren: geen groepsbestand (.yaml) in docs en notes\n',
    ],
    [
      'sv',
      'tgr: inget att kontrollera: registrets mapp groups/ (ROOT) innehåller ingen gruppfil (.yaml). Skapa en med: npx tgr new KORTNAMN\n',
      'tgr: inget att kontrollera: ingen gruppfil (.yaml) i docs och notes\n',
    ],
  ] as const)(
    'says there is nothing to check in the language asked (%s)',
    async (language, empty, folders) => {
      const registry = tempRegistry();
      registries.push(registry);
      const { root } = registry;
      const none = await tgr(root, ['validate', '--lang', language]);
      expect(none.code).toBe(2);
      expect(none.stderr).toBe(empty.replace('ROOT', path.join(root, 'groups')));
      mkdirSync(path.join(root, 'docs'));
      mkdirSync(path.join(root, 'notes'));
      const named = await tgr(root, ['validate', '--lang', language, 'docs', 'notes']);
      expect(named.code).toBe(2);
      expect(named.stderr).toBe(folders);
    },
  );
});
