import { registryDisk } from '../../adapters/fs/registry-disk.js';
import path from 'node:path';
import { diskGroupFiles } from '../../adapters/fs/group-files.js';
import { listRegistry } from '../../load/registry.js';
import { DEFAULT_PARSE_DEADLINE_MS, threadFeedParser } from '../../sync/feed-thread.js';
import { httpFeedSource } from '../../adapters/http/feed-source.js';
import { formatSyncJson, formatSyncMarkdown, formatSyncText } from '../../sync/report.js';
import { runSync } from '../../sync/run-sync.js';
import { EXIT, parse, todayOption, UsageError, type CliIo } from '../options.js';
import { openRegistry } from '../registry-root.js';

/** `tgr sync [PATH...]`: argv → options → runSync (real feeds, files on disk) → report → exit code. */
export async function syncCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    today: { type: 'string' },
    config: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    format: { type: 'string', default: 'text' },
  });
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'markdown') {
    throw new UsageError(`--format must be text, json or markdown, not ${JSON.stringify(format)}`);
  }
  const today = todayOption(values.today, io);
  const { root, policy } = openRegistry(values.config, io);
  const disk = registryDisk();
  const files =
    positionals.length === 0
      ? await listRegistry(disk, root)
      : await disk.expand(positionals.map((target) => path.resolve(io.cwd, target)));
  const deadlineMs = parseDeadline(io.env.TGR_SYNC_PARSE_DEADLINE_MS);
  const dryRun = values['dry-run'];
  if (io.startFeedThread === undefined)
    throw new Error('tgr sync was started without a feed thread');
  const parser = threadFeedParser({ start: io.startFeedThread, deadlineMs });
  let outcome;
  try {
    outcome = await runSync(
      { today, policy, dryRun },
      {
        feeds: httpFeedSource({ env: io.env }),
        parser,
        files: diskGroupFiles(
          files.map((file) => path.resolve(file)),
          (absolute) => path.relative(io.cwd, absolute),
        ),
      },
    );
  } finally {
    await parser.close();
  }
  io.stdout(
    format === 'json'
      ? formatSyncJson(outcome, dryRun)
      : format === 'markdown'
        ? formatSyncMarkdown(outcome, today)
        : formatSyncText(outcome, dryRun),
  );
  return outcome.errors > 0 ? EXIT.findings : EXIT.ok;
}

/** TGR_SYNC_PARSE_DEADLINE_MS: how long one feed may take to read (tests shorten it). */
function parseDeadline(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PARSE_DEADLINE_MS;
  if (!/^[1-9][0-9]{0,8}$/.test(value)) {
    throw new UsageError(
      `TGR_SYNC_PARSE_DEADLINE_MS must be a whole number of milliseconds above 0, not ${JSON.stringify(value)}`,
    );
  }
  return Number(value);
}
