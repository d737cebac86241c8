import type { Area, Catalogue } from './catalogue.js';

/**
 * `tgr validate`'s own sentences around the findings (src/cli/commands/validate.ts), in `--lang`'s
 * language. Paths and commands are given as they are.
 */
const en = {
  'validate.nothing.registry':
    "nothing to check: the registry's {dir} folder ({folder}) holds no group file (.yaml). Create one with: npx tgr new SLUG",
  'validate.nothing.paths': 'nothing to check: no group file (.yaml) in {paths}',
} as const satisfies Catalogue;

export const validate = {
  en,
  nl: {
    'validate.nothing.registry':
      'niets te controleren: de map {dir} van het register ({folder}) bevat geen groepsbestand (.yaml). Maak er een met: npx tgr new KORTE-NAAM',
    'validate.nothing.paths': 'niets te controleren: geen groepsbestand (.yaml) in {paths}',
  },
  sv: {
    'validate.nothing.registry':
      'inget att kontrollera: registrets mapp {dir} ({folder}) innehåller ingen gruppfil (.yaml). Skapa en med: npx tgr new KORTNAMN',
    'validate.nothing.paths': 'inget att kontrollera: ingen gruppfil (.yaml) i {paths}',
  },
} satisfies Area<typeof en>;
