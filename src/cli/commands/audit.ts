import { formatPlanJson, formatPlanText } from '../../audit/dashboard.js';
import { runAudit } from '../../audit/run-audit.js';
import { gitHubAuditHost } from '../../adapters/github/audit-host.js';
import { createOctokit } from '../../adapters/github/octokit.js';
import { registryDisk } from '../../adapters/fs/registry-disk.js';
import { escapeLogText } from '../../report/escape.js';
import {
  docsUrlOption,
  EXIT,
  langOption,
  parse,
  todayOption,
  UsageError,
  type CliIo,
} from '../options.js';
import { openRegistry } from '../registry-root.js';

/** `tgr audit`: argv and environment → options → runAudit → the plan, printed → exit code. */
export async function auditCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    'dry-run': { type: 'boolean', default: false },
    today: { type: 'string' },
    config: { type: 'string' },
    format: { type: 'string', default: 'text' },
    'max-writes': { type: 'string', default: '100' },
    lang: { type: 'string' },
    'audit-account': { type: 'string' },
    'docs-url': { type: 'string' },
  });
  const format = values.format;
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format must be text or json, not ${JSON.stringify(format)}`);
  const language = langOption(values.lang);
  const rulePages = docsUrlOption(values['docs-url']);
  const today = todayOption(values.today, io);
  const maxWrites = Number(values['max-writes']);
  if (!Number.isInteger(maxWrites) || maxWrites < 0)
    throw new UsageError('--max-writes must be a whole number');
  const dryRun = values['dry-run'];
  if (positionals.length > 0)
    throw new UsageError('tgr audit takes no PATH: it audits every group');
  // The whole registry, found the way tgr validate finds it; the policy from its root.
  const { root, policy } = openRegistry(values.config, io);

  const token = io.env.GITHUB_TOKEN;
  const repository = io.env.GITHUB_REPOSITORY;
  const [owner, repo] = repository?.split('/') ?? [];
  if ((token === undefined || owner === undefined || repo === undefined) && !dryRun) {
    throw new UsageError(
      'writing issues needs GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name); add --dry-run to see the plan',
    );
  }
  const account = accountOption(values['audit-account'], dryRun, token);
  const github =
    token !== undefined && owner !== undefined && repo !== undefined
      ? gitHubAuditHost(
          createOctokit({ token, baseUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com' })
            .octokit,
          { owner, repo },
          { retryDelayMs: 1000, ...(account === undefined ? {} : { account }) },
        )
      : undefined;
  const outcome = await runAudit(
    {
      root,
      disk: registryDisk(),
      today,
      policy,
      dryRun,
      maxWrites,
      fileUrl: undefined,
      rulePages,
    },
    github,
  );
  io.stdout(
    format === 'json'
      ? formatPlanJson(outcome, { today, dryRun }, language)
      : formatPlanText(outcome, dryRun, language),
  );
  if (outcome.notTheAudits.length > 0 && account === undefined) {
    // Most often a personal token: the workflow's issues are not this account's.
    io.stderr(
      `tgr: ${String(outcome.notTheAudits.length)} issue(s) carry the audit's marker but were not opened by this token's account (id ${String(outcome.account)}), so this run leaves them alone. The scheduled audit writes as github-actions[bot] (id ${String(WORKFLOW_BOT_ID)}); to plan as it, use --dry-run --audit-account ${String(WORKFLOW_BOT_ID)}.\n`,
    );
  }
  if (outcome.failure !== undefined) {
    io.stderr(`tgr: a write failed; run again to continue: ${escapeLogText(outcome.failure)}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}

/** GitHub's id for `github-actions[bot]`, the account the workflow token acts as. */
const WORKFLOW_BOT_ID = 41898282;

/** `--audit-account ID`: plan as another account; only for a dry run against GitHub. */
function accountOption(
  value: string | undefined,
  dryRun: boolean,
  token: string | undefined,
): number | undefined {
  if (value === undefined) return undefined;
  const id = Number(value);
  if (!/^[1-9][0-9]*$/.test(value) || !Number.isSafeInteger(id))
    throw new UsageError('--audit-account must be a numeric GitHub account id, such as 41898282');
  if (!dryRun)
    throw new UsageError(
      "--audit-account needs --dry-run: writes are made as the token's own account, and only its issues count as the audit's",
    );
  if (token === undefined)
    throw new UsageError(
      '--audit-account needs GITHUB_TOKEN: without it there are no issues to read',
    );
  return id;
}
