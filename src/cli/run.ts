import { PolicyError } from '../load/policy-file.js';
import { UnreadablePathError } from '../load/registry.js';
import { escapeLogText } from '../report/escape.js';
import { rulesCommand } from './commands/rules.js';
import { validateCommand } from './commands/validate.js';
import {
  asksForHelp,
  commandHelp,
  commandHint,
  COMMANDS,
  isCommand,
  OVERVIEW,
  VERSION,
} from './help.js';
import { EXIT, NothingToCheckError, UsageError, type CliIo } from './options.js';
import { NoRegistryError } from './registry-root.js';

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
        return await validateCommand(rest, io);
      case 'new':
        // Loaded only when asked for, like the commands below: `tgr validate` starts sooner.
        return (await import('./commands/new.js')).newCommand(rest, io);
      case 'audit':
        // Loaded only when asked for, so `tgr validate` never loads the GitHub client.
        return await (await import('./commands/audit.js')).auditCommand(rest, io);
      case 'site':
        return await (await import('./commands/site.js')).siteCommand(rest, io);
      case 'rules':
        return rulesCommand(rest, io);
      case 'check-patch':
        return await (await import('./commands/check-patch.js')).checkPatchCommand(rest, io);
      case 'identify':
        return await (await import('./commands/identify.js')).identifyCommand(rest, io);
      case 'lifecycle':
        return await (await import('./commands/lifecycle.js')).lifecycleCommand(rest, io);
      case 'from-issue':
        return await (await import('./commands/from-issue.js')).fromIssueCommand(rest, io);
      case 'sync':
        // Loaded only when asked for, so other commands never load the iCalendar parser.
        return await (await import('./commands/sync.js')).syncCommand(rest, io);
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
      error instanceof NothingToCheckError ||
      (error instanceof Error && (await isCommandError(command, error)))
    ) {
      io.stderr(`tgr: ${escapeLogText(error.message)}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

/**
 * The errors only `tgr new` and `tgr audit` throw, told apart without loading either command
 * for the others: when one of them threw, its module is already loaded.
 */
async function isCommandError(command: string | undefined, error: Error): Promise<boolean> {
  if (command === 'new')
    return error instanceof (await import('../new-group/run-new-group.js')).FileExistsError;
  if (command === 'audit')
    return error instanceof (await import('../audit/run-audit.js')).EmptyRegistryError;
  return false;
}
