import { loadPlaceIndex } from '../../adapters/fs/places.js';
import { registryDisk } from '../../adapters/fs/registry-disk.js';
import path from 'node:path';
import { listOf, wordsIn, type Language } from '../../i18n/findings/index.js';
import { GROUPS_DIR } from '../../load/registry.js';
import { toAnnotations } from '../../report/annotations.js';
import { escapeLogText } from '../../report/escape.js';
import { formatJson } from '../../report/json.js';
import { formatText, summaryLine } from '../../report/text.js';
import { runValidate } from '../../validate/run-validate.js';
import {
  docsUrlOption,
  EXIT,
  langOption,
  NothingToCheckError,
  parse,
  todayOption,
  UsageError,
  type CliIo,
} from '../options.js';
import { openRegistry } from '../registry-root.js';

type Format = 'text' | 'json' | 'github';

/** `tgr validate [PATH...]`: argv → options → runValidate → report → exit code. */
export async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    today: { type: 'string' },
    config: { type: 'string' },
    format: { type: 'string', default: 'text' },
    lang: { type: 'string' },
    'docs-url': { type: 'string' },
  });
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'github') {
    throw new UsageError(`--format must be text, json or github, not ${JSON.stringify(format)}`);
  }
  const language = langOption(values.lang);
  const rulePages = docsUrlOption(values['docs-url']);
  const today = todayOption(values.today, io);
  // Files named on the command line are the user's, from where they are; the policy is the
  // registry's, from its root (as the Action's `config` input is).
  const { root, policy } = openRegistry(values.config, io);

  const outcome = await runValidate({
    paths: positionals.map((target) => path.resolve(io.cwd, target)),
    root,
    disk: registryDisk(),
    loadPlaces: loadPlaceIndex,
    cwd: io.cwd,
    today,
    policy,
  });
  if (outcome.results.length === 0) {
    const say = wordsIn(language);
    throw new NothingToCheckError(
      positionals.length === 0
        ? say('validate.nothing.registry', {
            dir: `${GROUPS_DIR}/`,
            folder: path.join(root, GROUPS_DIR),
          })
        : say('validate.nothing.paths', {
            paths: listOf(positionals, 'and'),
          }),
    );
  }
  await report(format, outcome.results, language, rulePages, io);
  return outcome.errors > 0 ? EXIT.findings : EXIT.ok;
}

async function report(
  format: Format,
  results: Parameters<typeof formatText>[0],
  language: Language,
  rulePages: string,
  io: CliIo,
): Promise<void> {
  switch (format) {
    case 'text':
      io.stdout(formatText(results, language));
      break;
    case 'json':
      io.stdout(formatJson(results, language));
      break;
    case 'github':
      (await import('../../adapters/github/annotations.js')).writeAnnotations(
        toAnnotations(results, language, rulePages),
      );
      io.stdout(`${escapeLogText(summaryLine(results, language))}\n`);
      break;
  }
}
