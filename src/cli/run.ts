import path from 'node:path';
import { EXIT, NothingToCheckError, parse, UsageError, type CliIo } from './options.js';
import { validate } from '../commands/validate.js';
import { FileExistsError, writeNewGroup } from '../commands/new-group.js';
import { SLUG } from '../core/names.js';
import { isPlainDate, todayUtc } from '../core/dates.js';
import { DEFAULT_POLICY_PATH, PolicyError, readPolicy } from '../load/policy-file.js';
import { GROUPS_DIR, UnreadablePathError } from '../load/registry.js';
import { escapeLogText } from '../report/escape.js';
import { formatJson } from '../report/json.js';
import { formatText, summaryLine } from '../report/text.js';
import { RULE_IDS, RULES } from '../rules/index.js';
import {
  asksForHelp,
  commandHelp,
  commandHint,
  COMMANDS,
  isCommand,
  OVERVIEW,
  VERSION,
} from './help.js';
import { NoRegistryError, findRegistryRoot } from './registry-root.js';

type Format = 'text' | 'json' | 'github';

/** Turns argv into one typed options object per command, runs it, and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'help' || command === '--help' || command === '-h') {
      const [topic, ...extra] = rest;
      if (command === 'help' && topic !== undefined) {
        if (!isCommand(topic) || extra.length > 0)
          throw new UsageError(`tgr help takes one command: ${COMMANDS.join(', ')}`);
        io.stdout(commandHelp(topic));
      } else io.stdout(OVERVIEW);
      return EXIT.ok;
    }
    if (command === '--version') {
      io.stdout(`tgr ${VERSION}\n`);
      return EXIT.ok;
    }
    if (isCommand(command) && asksForHelp(rest)) {
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
    switch (command) {
      case 'validate':
        return await runValidate(rest, io);
      case 'new':
        return runNew(rest, io);
      case 'audit':
        return await (await import('./audit-command.js')).runAuditCommand(rest, io);
      case 'rules':
        if (parse(rest, {}).positionals.length > 0)
          throw new UsageError('tgr rules takes no arguments');
        for (const rule of RULES)
          io.stdout(`${rule.id.padEnd(28)} ${rule.severity.padEnd(8)} ${rule.summary}\n`);
        return EXIT.ok;
      case undefined:
        throw new UsageError('no command given');
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    }
  } catch (error: unknown) {
    if (error instanceof UsageError) {
      const hint = isCommand(command) ? commandHint(command) : OVERVIEW;
      io.stderr(`tgr: ${escapeLogText(error.message)}\n\n${hint}`);
      return EXIT.usage;
    }
    if (error instanceof NoRegistryError) {
      io.stderr(`tgr: ${escapeLogText(error.message)}\n${error.advice}\n`);
      return EXIT.usage;
    }
    if (
      error instanceof PolicyError ||
      error instanceof UnreadablePathError ||
      error instanceof FileExistsError ||
      error instanceof NothingToCheckError
    ) {
      io.stderr(`tgr: ${escapeLogText(error.message)}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

async function runValidate(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    today: { type: 'string' },
    config: { type: 'string' },
    format: { type: 'string', default: 'text' },
  });
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'github') {
    throw new UsageError(`--format must be text, json or github, not ${JSON.stringify(format)}`);
  }
  const today = values.today ?? todayUtc(io.now());
  if (!isPlainDate(today))
    throw new UsageError(`--today must be a date written YYYY-MM-DD, not ${JSON.stringify(today)}`);
  // Files named on the command line are the user's, from where they are; the policy is the
  // registry's, from its root (as the Action's `config` input is).
  const root = findRegistryRoot(io.cwd);
  const policy = readPolicy(path.resolve(root, values.config ?? DEFAULT_POLICY_PATH), {
    required: values.config !== undefined,
    knownRules: RULE_IDS,
  });

  const outcome = await validate({
    paths: positionals.map((target) => path.resolve(io.cwd, target)),
    root,
    cwd: io.cwd,
    today,
    policy,
  });
  if (outcome.results.length === 0) {
    throw new NothingToCheckError(
      positionals.length === 0
        ? `nothing to check: the registry's ${GROUPS_DIR}/ folder (${path.join(root, GROUPS_DIR)}) holds no group file (.yaml). Create one with: npx tgr new SLUG`
        : `nothing to check: no group file (.yaml) in ${positionals.join(', ')}`,
    );
  }
  await report(format, outcome.results, io);
  return outcome.errors > 0 ? EXIT.findings : EXIT.ok;
}

async function report(
  format: Format,
  results: Parameters<typeof formatText>[0],
  io: CliIo,
): Promise<void> {
  switch (format) {
    case 'text':
      io.stdout(formatText(results));
      break;
    case 'json':
      io.stdout(formatJson(results));
      break;
    case 'github':
      (await import('../report/annotations.js')).writeAnnotations(results);
      io.stdout(`${escapeLogText(summaryLine(results))}\n`);
      break;
  }
}

function runNew(args: readonly string[], io: CliIo): number {
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
      `the slug ${JSON.stringify(slug)} may only hold lowercase letters, digits and single hyphens, such as utrecht-azure`,
    );
  }
  const root = findRegistryRoot(io.cwd);
  const written = writeNewGroup({ ...values, slug, root, today: todayUtc(io.now()) });
  const shown = path.relative(io.cwd, written);
  io.stdout(
    `Created ${escapeLogText(shown)}. Fill in every empty field, then run: npx tgr validate ${escapeLogText(shown)}\n`,
  );
  return EXIT.ok;
}
