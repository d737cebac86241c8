import { registryDisk } from '../../adapters/fs/registry-disk.js';
import path from 'node:path';
import { createOctokit } from '../../adapters/github/octokit.js';
import { gitHubAccountDirectory } from '../../adapters/github/account-directory.js';
import {
  formatIdentifyJson,
  formatIdentifyMarkdown,
  formatIdentifyText,
} from '../../identify/report.js';
import { runIdentify } from '../../identify/run-identify.js';
import { diskGroupFiles } from '../../adapters/fs/group-files.js';
import { GROUPS_DIR, listRegistry } from '../../load/registry.js';
import { escapeLogText } from '../../report/escape.js';
import { EXIT, NothingToCheckError, parse, UsageError, type CliIo } from '../options.js';
import { openRegistry } from '../registry-root.js';

/** `tgr identify [PATH...]`: argv and GITHUB_TOKEN → runIdentify (GitHub, files on disk) → report. */
export async function identifyCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    'dry-run': { type: 'boolean', default: false },
    format: { type: 'string', default: 'text' },
    'max-files': { type: 'string', default: '100' },
  });
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'markdown') {
    throw new UsageError(`--format must be text, json or markdown, not ${JSON.stringify(format)}`);
  }
  const limit = values['max-files'];
  if (!/^[1-9][0-9]{0,5}$/.test(limit)) {
    throw new UsageError(`--max-files must be a whole number from 1, not ${JSON.stringify(limit)}`);
  }
  const token = io.env.GITHUB_TOKEN;
  if (token === undefined || token === '') {
    throw new UsageError(
      'tgr identify looks usernames up on GitHub and needs GITHUB_TOKEN (any token that can read public profiles; GITHUB_API_URL for GitHub Enterprise)',
    );
  }
  const { root } = openRegistry(undefined, io);
  const disk = registryDisk();
  const files =
    positionals.length === 0
      ? await listRegistry(disk, root)
      : await disk.expand(positionals.map((target) => path.resolve(io.cwd, target)));
  if (files.length === 0) {
    throw new NothingToCheckError(
      `nothing to identify: no group file (.yaml) in ${positionals.length === 0 ? path.join(root, GROUPS_DIR) : 'the paths given'}`,
    );
  }
  const dryRun = values['dry-run'];
  const { octokit } = createOctokit({
    token,
    baseUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com',
  });
  const outcome = await runIdentify(
    { dryRun, maxFiles: Number(limit) },
    {
      accounts: gitHubAccountDirectory(octokit),
      files: diskGroupFiles(
        files.map((file) => path.resolve(file)),
        (absolute) => path.relative(io.cwd, absolute),
      ),
    },
  );
  io.stdout(
    format === 'json'
      ? formatIdentifyJson(outcome, dryRun)
      : format === 'markdown'
        ? formatIdentifyMarkdown(outcome)
        : formatIdentifyText(outcome, dryRun),
  );
  if (outcome.lookupFailure !== undefined) {
    io.stderr(`tgr: nothing was written: ${escapeLogText(outcome.lookupFailure)}\n`);
    return EXIT.findings;
  }
  return outcome.errors.length > 0 ? EXIT.findings : EXIT.ok;
}
