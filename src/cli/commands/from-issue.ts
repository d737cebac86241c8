import path from 'node:path';
import { diskGroupFiles } from '../../adapters/fs/group-files.js';
import { createFile, readFileAt } from '../../adapters/fs/files.js';
import { loadPlaceIndex } from '../../adapters/fs/places.js';
import { registryDisk } from '../../adapters/fs/registry-disk.js';
import { renderMessage, wordsIn } from '../../i18n/findings/index.js';
import { NotAnIssueEventError, runFromIssue } from '../../issue-form/run-from-issue.js';
import { escapeJsonForLog, escapeLogText } from '../../report/escape.js';
import { findingJson } from '../../report/json.js';
import { formatFindings } from '../../report/text.js';
import { EXIT, parse, todayOption, UsageError, type CliIo } from '../options.js';
import { openRegistry } from '../registry-root.js';

/** `tgr from-issue EVENT.json`: an issue form's answers → a checked change to groups/ → exit code. */
export async function fromIssueCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    'dry-run': { type: 'boolean', default: false },
    today: { type: 'string' },
    config: { type: 'string' },
    format: { type: 'string', default: 'text' },
  });
  const format = values.format;
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format must be text or json, not ${JSON.stringify(format)}`);
  const [eventFile, ...extra] = positionals;
  if (eventFile === undefined || extra.length > 0)
    throw new UsageError('tgr from-issue takes exactly one EVENT.json');
  const today = todayOption(values.today, io);
  const event = readEvent(path.resolve(io.cwd, eventFile), eventFile);
  const { root, policy } = openRegistry(values.config, io);

  let outcome;
  try {
    outcome = await runFromIssue(
      {
        event,
        root,
        disk: registryDisk(),
        today,
        policy,
        loadPlaces: loadPlaceIndex,
        dryRun: values['dry-run'],
      },
      async (target, text, action) => {
        if (action === 'create') createFile(target, text);
        else await diskGroupFiles([target], (absolute) => absolute).write(target, text);
      },
    );
  } catch (error: unknown) {
    if (error instanceof NotAnIssueEventError) throw new UsageError(error.message);
    throw error;
  }
  const { change, findings } = outcome;
  const language = change.language;
  if (format === 'json') {
    const report = {
      form: change.form ?? null,
      group: change.group ?? null,
      path: change.path ?? null,
      action: change.action ?? null,
      findings: findings.map((finding) => findingJson(finding, language)),
      bodySha256: outcome.bodySha256,
    };
    io.stdout(`${escapeJsonForLog(JSON.stringify(report, null, 2))}\n`);
  } else {
    const words = wordsIn(language);
    const ok = change.ok && outcome.errors === 0;
    const head = ok
      ? words('issue-form.reply.changed', { action: change.action, path: change.path })
      : words('issue-form.reply.refused');
    const lines = change.ok
      ? formatFindings(findings, language)
      : findings
          .map((finding) =>
            escapeLogText(
              `- ${renderMessage({ id: finding.messageId, params: finding.params }, language)}`,
            ),
          )
          .join('\n');
    io.stdout(`${escapeLogText(head)}\n${lines === '' ? '' : `${lines}\n`}`);
    if (outcome.written !== undefined)
      io.stderr(`tgr: wrote ${escapeLogText(path.relative(io.cwd, outcome.written))}\n`);
  }
  return outcome.errors > 0 ? EXIT.findings : EXIT.ok;
}

/** The payload GitHub wrote for the workflow: JSON, or a usage problem naming the file. */
function readEvent(absolute: string, shown: string): unknown {
  const read = readFileAt(absolute);
  if (read.kind !== 'bytes')
    throw new UsageError(`cannot read the event payload ${JSON.stringify(shown)}`);
  try {
    return JSON.parse(new TextDecoder().decode(read.bytes)) as unknown;
  } catch {
    throw new UsageError(`the event payload ${JSON.stringify(shown)} is not JSON`);
  }
}
