import path from 'node:path';
import { diskGroupFiles } from '../../adapters/fs/group-files.js';
import { registryDisk } from '../../adapters/fs/registry-disk.js';
import { gitHubAuditHost } from '../../adapters/github/audit-host.js';
import { createOctokit } from '../../adapters/github/octokit.js';
import { formatLifecycleJson, formatLifecycleText } from '../../lifecycle/report.js';
import { runLifecycle } from '../../lifecycle/run-lifecycle.js';
import { GROUPS_DIR, listRegistry, registryPathOf } from '../../load/registry.js';
import { escapeLogText } from '../../report/escape.js';
import {
  EXIT,
  NothingToCheckError,
  parse,
  todayOption,
  UsageError,
  type CliIo,
} from '../options.js';
import { openRegistry } from '../registry-root.js';

/** `tgr lifecycle [PATH...]`: argv and environment → runLifecycle (disk, GitHub) → the changes. */
export async function lifecycleCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    'dry-run': { type: 'boolean', default: false },
    today: { type: 'string' },
    format: { type: 'string', default: 'text' },
  });
  const format = values.format;
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format must be text or json, not ${JSON.stringify(format)}`);
  const today = todayOption(values.today, io);
  const dryRun = values['dry-run'];
  const { root, policy } = openRegistry(undefined, io);
  const disk = registryDisk();
  const files = await listRegistry(disk, root);
  if (files.length === 0)
    throw new NothingToCheckError(
      `nothing to do: no group file (.yaml) in ${path.join(root, GROUPS_DIR)}`,
    );

  let only: Set<string> | undefined;
  if (positionals.length > 0) {
    only = new Set();
    for (const file of await disk.expand(
      positionals.map((target) => path.resolve(io.cwd, target)),
    )) {
      const inRegistry = registryPathOf(path.resolve(file), root);
      if (inRegistry === undefined || !inRegistry.startsWith(`${GROUPS_DIR}/`))
        throw new UsageError(`${path.relative(io.cwd, file)} is not a group file of this registry`);
      only.add(inRegistry);
    }
    if (only.size === 0)
      throw new NothingToCheckError('nothing to do: no group file (.yaml) in the paths given');
  }

  const token = io.env.GITHUB_TOKEN;
  const [owner, repo] = io.env.GITHUB_REPOSITORY?.split('/') ?? [];
  const host =
    token !== undefined && token !== '' && owner !== undefined && repo !== undefined
      ? gitHubAuditHost(
          createOctokit({ token, baseUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com' })
            .octokit,
          { owner, repo },
          { retryDelayMs: 1000 },
        )
      : undefined;
  if (host === undefined) {
    io.stderr(
      'tgr: without GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name) no audit issue is read, so no group is made inactive (none becomes inactive without having been told); reactivations and removals are still decided.\n',
    );
  }
  const outcome = await runLifecycle(
    { root, today, policy, dryRun, ...(only === undefined ? {} : { only }) },
    {
      disk,
      files: diskGroupFiles(files, (absolute) => registryPathOf(absolute, root) ?? absolute),
      host,
    },
  );
  io.stdout(format === 'json' ? formatLifecycleJson(outcome) : formatLifecycleText(outcome));
  for (const error of outcome.errors) {
    io.stderr(
      `tgr: ${error.group} (${escapeLogText(error.path)}) was left as it was: ${escapeLogText(error.reason)}\n`,
    );
  }
  return outcome.errors.length > 0 ? EXIT.findings : EXIT.ok;
}
