import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { validate } from '../commands/validate.js';
import { FileExistsError, SLUG, writeNewGroup } from '../commands/new-group.js';
import { isPlainDate, todayUtc } from '../core/dates.js';
import { DEFAULT_POLICY_PATH, PolicyError, readPolicy } from '../load/policy-file.js';
import { UnreadablePathError } from '../load/registry.js';
import { writeAnnotations } from '../report/annotations.js';
import { escapeLogText } from '../report/escape.js';
import { formatJson } from '../report/json.js';
import { formatText, summaryLine } from '../report/text.js';
import { RULE_IDS, RULES } from '../rules/index.js';
import { formatPlanJson, formatPlanText } from '../audit/dashboard.js';
import { runAudit } from '../audit/run-audit.js';
import { auditGitHub } from '../github/audit.js';
import { createOctokit } from '../github/octokit.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  now: () => Date;
  /** GITHUB_TOKEN, GITHUB_REPOSITORY and GITHUB_API_URL connect `tgr audit` to GitHub. */
  env: Readonly<Record<string, string | undefined>>;
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

const USAGE = `Usage:
  tgr validate [PATH...] [--today YYYY-MM-DD] [--config FILE] [--format text|json|github]
  tgr new SLUG [--name NAME] [--city CITY] [--country CC] [--timezone ZONE] [--language TAG] [--website URL]
  tgr audit [--dry-run] [--today YYYY-MM-DD] [--config FILE] [--format text|json] [--max-writes N]
  tgr rules

Run from the registry's root folder (the one holding groups/).
Exit status: 0 no errors, 1 errors found, 2 usage problem or unreadable file.
`;

class UsageError extends Error {
  override name = 'UsageError';
}

type Format = 'text' | 'json' | 'github';

/** Turns argv into one typed options object per command, runs it, and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'validate':
        return await runValidate(rest, io);
      case 'new':
        return runNew(rest, io);
      case 'audit':
        return await runAuditCommand(rest, io);
      case 'rules':
        for (const rule of RULES)
          io.stdout(`${rule.id.padEnd(28)} ${rule.severity.padEnd(8)} ${rule.summary}\n`);
        return EXIT.ok;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE);
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    }
  } catch (error: unknown) {
    if (error instanceof UsageError) {
      io.stderr(`tgr: ${escapeLogText(error.message)}\n\n${USAGE}`);
      return EXIT.usage;
    }
    if (
      error instanceof PolicyError ||
      error instanceof UnreadablePathError ||
      error instanceof FileExistsError
    ) {
      io.stderr(`tgr: ${escapeLogText(error.message)}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

function parse<T extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: T,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true }>> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error: unknown) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
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
  const root = io.cwd;
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
  report(format, outcome.results, io);
  return outcome.errors > 0 ? EXIT.findings : EXIT.ok;
}

function report(format: Format, results: Parameters<typeof formatText>[0], io: CliIo): void {
  switch (format) {
    case 'text':
      io.stdout(formatText(results));
      break;
    case 'json':
      io.stdout(formatJson(results));
      break;
    case 'github':
      writeAnnotations(results);
      io.stdout(`${escapeLogText(summaryLine(results))}\n`);
      break;
  }
}

async function runAuditCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parse(args, {
    'dry-run': { type: 'boolean', default: false },
    today: { type: 'string' },
    config: { type: 'string' },
    format: { type: 'string', default: 'text' },
    'max-writes': { type: 'string', default: '100' },
  });
  const format = values.format;
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format must be text or json, not ${JSON.stringify(format)}`);
  const today = values.today ?? todayUtc(io.now());
  if (!isPlainDate(today))
    throw new UsageError(`--today must be a date written YYYY-MM-DD, not ${JSON.stringify(today)}`);
  const maxWrites = Number(values['max-writes']);
  if (!Number.isInteger(maxWrites) || maxWrites < 0)
    throw new UsageError('--max-writes must be a whole number');
  const dryRun = values['dry-run'];
  const policy = readPolicy(path.resolve(io.cwd, values.config ?? DEFAULT_POLICY_PATH), {
    required: values.config !== undefined,
    knownRules: RULE_IDS,
  });

  const token = io.env.GITHUB_TOKEN;
  const repository = io.env.GITHUB_REPOSITORY;
  const [owner, repo] = repository?.split('/') ?? [];
  if ((token === undefined || owner === undefined || repo === undefined) && !dryRun) {
    throw new UsageError(
      'writing issues needs GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name); add --dry-run to see the plan',
    );
  }
  const github =
    token !== undefined && owner !== undefined && repo !== undefined
      ? auditGitHub(
          createOctokit({ token, baseUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com' })
            .octokit,
          { owner, repo },
          { retryDelayMs: 1000 },
        )
      : undefined;
  const outcome = await runAudit(
    { root: io.cwd, today, policy, dryRun, maxWrites, fileUrl: undefined },
    github,
  );
  io.stdout(
    format === 'json'
      ? formatPlanJson(outcome, { today, dryRun })
      : formatPlanText(outcome, dryRun),
  );
  if (outcome.failure !== undefined) {
    io.stderr(`tgr: a write failed; run again to continue: ${escapeLogText(outcome.failure)}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
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
  const written = writeNewGroup({ ...values, slug, root: io.cwd, today: todayUtc(io.now()) });
  const shown = path.relative(io.cwd, written);
  io.stdout(
    `Created ${escapeLogText(shown)}. Fill in every empty field, then run: npx tgr validate ${escapeLogText(shown)}\n`,
  );
  return EXIT.ok;
}
