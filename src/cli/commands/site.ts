import { loadPlaceIndex } from '../../adapters/fs/places.js';
import path from 'node:path';
import { registryDisk } from '../../adapters/fs/registry-disk.js';
import { refuseOut, stagedFolderWriter } from '../../adapters/fs/site-folder.js';
import { GROUPS_DIR, listRegistry } from '../../load/registry.js';
import { escapeLogText } from '../../report/escape.js';
import { runSite } from '../../site/run-site.js';
import {
  EXIT,
  NothingToCheckError,
  parse,
  todayOption,
  UsageError,
  type CliIo,
} from '../options.js';
import { openRegistry } from '../registry-root.js';

/** `tgr site`: argv → options → runSite into a staged folder → swapped into place → exit code. */
export async function siteCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: 'string', default: '_site' },
    today: { type: 'string' },
    config: { type: 'string' },
  });
  if (positionals.length > 0)
    throw new UsageError('tgr site takes no PATH: it publishes every active group');
  const today = todayOption(values.today, io);
  if (values.out.trim() === '') throw new UsageError('--out needs a folder');
  const { root, policy } = openRegistry(values.config, io);
  const disk = registryDisk();
  if ((await listRegistry(disk, root)).length === 0) {
    throw new NothingToCheckError(
      `nothing to publish: the registry's ${GROUPS_DIR}/ folder (${path.join(root, GROUPS_DIR)}) holds no group file (.yaml)`,
    );
  }
  const out = path.resolve(io.cwd, values.out);
  if (out === root || root.startsWith(out + path.sep) || out === path.join(root, GROUPS_DIR))
    throw new UsageError(`--out ${values.out} would replace the registry itself`);
  const refused = refuseOut(out);
  if (refused !== undefined) throw new UsageError(`--out ${values.out} ${refused}`);
  const writer = stagedFolderWriter(out);
  let outcome;
  try {
    outcome = await runSite({ root, disk, today, policy, loadPlaces: loadPlaceIndex }, writer);
    writer.commit();
  } catch (error: unknown) {
    writer.discard();
    throw error;
  }
  io.stdout(
    `Wrote ${outcome.files.length} files for ${outcome.groups} active group${outcome.groups === 1 ? '' : 's'} to ${escapeLogText(path.relative(io.cwd, out) || '.')}\n`,
  );
  return EXIT.ok;
}
