/** What every `tgr` command shares: its I/O, exit codes and argument parsing. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Worker } from 'node:worker_threads';
import { isPlainDate, todayUtc, type PlainDate } from '../core/dates.js';
import { LANGUAGES, type Language } from '../i18n/findings/index.js';
import { parseRulePages, RULE_PAGES, RULE_PAGES_EXPECTED } from '../report/rule-links.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  now: () => Date;
  /** GITHUB_TOKEN, GITHUB_REPOSITORY and GITHUB_API_URL connect `tgr audit` to GitHub. */
  env: Readonly<Record<string, string | undefined>>;
  /**
   * Starts the thread `tgr sync` reads feeds in (the bin starts its own file, see tgr.ts), so a
   * feed that never ends can be stopped. Only `tgr sync` needs it.
   */
  startFeedThread?: () => Worker;
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export class UsageError extends Error {
  override name = 'UsageError';
}

/** The registry or the paths named hold no group file: never a pass for checking nothing. */
export class NothingToCheckError extends Error {
  override name = 'NothingToCheckError';
}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: T,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true }>> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    // Node's own wording goes on to explain `--`, which is no help for a mistyped option.
    const unknown = /^Unknown option '([^']*)'/.exec(message);
    throw new UsageError(unknown ? `unknown option ${unknown[1] ?? ''}` : message);
  }
}

/** `--today`: the day a command works as of, by default today in UTC. */
export function todayOption(value: string | undefined, io: Pick<CliIo, 'now'>): PlainDate {
  const today = value ?? todayUtc(io.now());
  if (!isPlainDate(today))
    throw new UsageError(`--today must be a date written YYYY-MM-DD, not ${JSON.stringify(today)}`);
  return today;
}

/** `--lang`: the language findings are written in; English unless asked. */
export function langOption(value: string | undefined): Language {
  const language = LANGUAGES.find((known) => known === (value ?? 'en'));
  if (language === undefined)
    throw new UsageError(`--lang must be ${LANGUAGES.join(', ')}, not ${JSON.stringify(value)}`);
  return language;
}

/**
 * `--docs-url`: the folder of rule pages the findings link to, where `tgr` writes links (workflow
 * annotations, audit issues); by default the pages of this version in the project's repository.
 */
export function docsUrlOption(value: string | undefined): string {
  if (value === undefined) return RULE_PAGES;
  const base = parseRulePages(value);
  if (base === undefined)
    throw new UsageError(`--docs-url ${RULE_PAGES_EXPECTED}, not ${JSON.stringify(value)}`);
  return base;
}
