import { RULES } from '../../rules/index.js';
import { EXIT, parse, UsageError, type CliIo } from '../options.js';

/** `tgr rules`: every rule with its default severity and what it checks. */
export function rulesCommand(args: readonly string[], io: CliIo): number {
  if (parse(args, {}).positionals.length > 0) throw new UsageError('tgr rules takes no arguments');
  for (const rule of RULES)
    io.stdout(`${rule.id.padEnd(28)} ${rule.severity.padEnd(8)} ${rule.summary}\n`);
  return EXIT.ok;
}
