import { createFile } from '../../adapters/fs/files.js';
import path from 'node:path';
import { todayUtc } from '../../core/dates.js';
import { SLUG } from '../../core/names.js';
import { escapeLogText } from '../../report/escape.js';
import { langOption, runNewGroup } from '../../new-group/run-new-group.js';
import { EXIT, parse, UsageError, type CliIo } from '../options.js';
import { findRegistryRoot } from '../registry-root.js';

/** `tgr new SLUG`: argv → options → runNewGroup → exit code. */
export function newCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parse(args, {
    name: { type: 'string' },
    city: { type: 'string' },
    country: { type: 'string' },
    timezone: { type: 'string' },
    language: { type: 'string' },
    website: { type: 'string' },
  });
  const [slug, ...extra] = positionals;
  if (slug === undefined || extra.length > 0)
    throw new UsageError('tgr new takes exactly one SLUG');
  if (!SLUG.test(slug)) {
    throw new UsageError(
      `the short name (slug) ${JSON.stringify(slug)} may only hold lowercase letters, digits and single hyphens, such as utrecht-azure`,
    );
  }
  const root = findRegistryRoot(io.cwd);
  const written = runNewGroup({ ...values, slug, root, today: todayUtc(io.now()) }, createFile);
  const shown = path.relative(io.cwd, written);
  io.stdout(
    `Created ${escapeLogText(shown)}. Fill in every empty field, then run: npx tgr validate ${escapeLogText(shown)}${langOption(values.language)}\n`,
  );
  return EXIT.ok;
}
