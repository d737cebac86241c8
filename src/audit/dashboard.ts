import { REQUIREMENTS } from '../core/vocabulary.js';
import { findingMessage, type Language } from '../i18n/findings/index.js';
import { en } from '../i18n/index.js';
import { formatFindings } from '../report/text.js';
import { code, text } from '../report/markdown.js';
import { monthlyCounts, renderSparkline } from '../report/picture.js';
import { escapeJsonForLog, escapeLogText } from '../report/escape.js';
import type { AuditAction } from './plan.js';
import type { AuditOutcome } from './run-audit.js';

/** GitHub caps a job summary at 1 MiB; beyond this many groups only those with problems are listed. */
const FULL_TABLE_LIMIT = 1000;

const STATUS_ICON = { pass: '✅', fail: '❌', warning: '⚠️', waived: '🕊️' } as const;

const VERB: Record<AuditAction['type'], string> = {
  open: 'opened',
  reopen: 'reopened',
  update: 'updated',
  close: 'closed (solved)',
  'close-duplicate': 'closed (duplicate)',
  end: 'marked ended (closed already)',
};

function counts(actions: readonly AuditAction[]): string {
  const tally = new Map<string, number>();
  for (const action of actions)
    tally.set(VERB[action.type], (tally.get(VERB[action.type]) ?? 0) + 1);
  return tally.size === 0
    ? 'no changes'
    : [...tally].map(([verb, count]) => `${count} ${verb}`).join(', ');
}

function issueRef(action: AuditAction): string {
  return action.type === 'open' ? 'new' : `#${action.number}`;
}

/** The program dashboard: every group's standing, and what this run did. */
export function renderDashboard(
  outcome: AuditOutcome,
  meta: { today: string; dryRun: boolean; requests: number; writes: number },
): string {
  const active = outcome.groups.filter((group) => group.status === 'active');
  const lines = [
    `## Registry audit, ${meta.today}`,
    '',
    `${active.length} active groups of ${outcome.groups.length} · ${outcome.problems.length} open problems · ${outcome.existing.length} audit issues found.`,
    '',
    meta.dryRun
      ? `**Dry run:** nothing was written. The plan: ${counts(outcome.planned)}.`
      : `**This run:** ${counts(outcome.done)}.${outcome.deferred.length > 0 ? ` **${outcome.deferred.length} actions are left for the next run** (the write cap was reached${outcome.failure === undefined ? '' : ', or a write failed'}).` : ''}`,
    '',
    `GitHub API: ${meta.requests} requests, ${meta.writes} writes.${outcome.accountsChecked ? '' : ' GitHub accounts were not checked (no token).'}`,
  ];
  if (outcome.failure !== undefined) lines.push('', `**A write failed:** ${text(outcome.failure)}`);
  const notMigrated = notMigratedLine(outcome);
  if (notMigrated !== undefined) lines.push('', `**Not migrated:** ${notMigrated}`);
  if (outcome.notTheAudits.length > 0) {
    // Someone copied the marker: the program team may want to look, the audit leaves them be.
    const shown = outcome.notTheAudits.slice(0, 20).map((number) => `#${String(number)}`);
    const more = outcome.notTheAudits.length - shown.length;
    lines.push(
      '',
      `**Not the audit's:** ${shown.join(', ')}${more > 0 ? ` and ${String(more)} more` : ''} carry its marker but were not opened by its account; they are left alone.`,
    );
  }
  const shown = meta.dryRun ? outcome.planned : outcome.done;
  if (shown.length > 0) {
    lines.push(
      '',
      meta.dryRun ? '### Planned actions' : '### Actions this run',
      '',
      '| Action | Group | Problem | Issue |',
      '|---|---|---|---|',
    );
    for (const action of shown.slice(0, 500)) {
      lines.push(
        `| ${VERB[action.type]} | ${code(action.key.slug)} | ${action.key.kind} | ${issueRef(action)} |`,
      );
    }
    if (shown.length > 500) lines.push('', `…and ${shown.length - 500} more.`);
  }
  // A set, not a search of the problems per group: thousands of each in a large registry.
  const withProblems = new Set(outcome.problems.map((problem) => problem.group));
  const listed =
    outcome.groups.length <= FULL_TABLE_LIMIT
      ? outcome.groups
      : outcome.groups.filter((group) => withProblems.has(group));
  lines.push('', '### Groups', '');
  if (listed.length < outcome.groups.length)
    lines.push(
      `Only the ${listed.length} groups with problems are listed (of ${outcome.groups.length}).`,
      '',
    );
  const header = [
    'Group',
    'Status',
    ...REQUIREMENTS.map((requirement) => en.requirement[requirement]),
    'Azure meetups',
    'Last 12 months',
    'Days since last',
  ];
  lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
  for (const group of listed) {
    const cells = [
      code(group.slug),
      group.status,
      ...REQUIREMENTS.map((requirement) => STATUS_ICON[group.card[requirement]]),
      `${group.cadence.counted.length}/${group.cadence.required}`,
      `\`${renderSparkline(monthlyCounts(group.cadence))}\``,
      group.cadence.daysSinceLast === undefined ? '–' : String(group.cadence.daysSinceLast),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `tgr audit --format text`: one line per planned action; with `findingsIn`, each problem and its
 * findings in that language (the Action's log leaves them out: thousands of lines in a large
 * registry, all in the issues already); then a summary.
 */
export function formatPlanText(
  outcome: AuditOutcome,
  dryRun: boolean,
  findingsIn?: Language,
): string {
  const actions = dryRun ? outcome.planned : outcome.done;
  const lines = actions.map((action) =>
    escapeLogText(
      `${action.type.padEnd(15)} ${issueRef(action).padEnd(6)} ${action.key.slug} ${action.key.kind}${'issue' in action ? `  ${action.issue.title}` : ''}`,
    ),
  );
  // Each problem with the findings behind it, as the issue states them.
  for (const problem of findingsIn === undefined ? [] : outcome.problems) {
    lines.push(escapeLogText(`problem ${problem.group.slug} ${problem.kind}`));
    if (problem.findings.length > 0)
      lines.push(indent(formatFindings(problem.findings, findingsIn)));
  }
  const active = outcome.groups.filter((group) => group.status === 'active').length;
  const notMigrated = notMigratedLine(outcome);
  if (notMigrated !== undefined) lines.push(`Not migrated: ${notMigrated.replaceAll('`', '')}`);
  lines.push(
    `${dryRun ? 'Dry run: would make' : 'Made'} ${actions.length} change${actions.length === 1 ? '' : 's'} for ${outcome.problems.length} problem${outcome.problems.length === 1 ? '' : 's'} in ${active} active groups${outcome.deferred.length > 0 ? `; ${outcome.deferred.length} left for the next run` : ''}.`,
  );
  return `${lines.join('\n')}\n`;
}

/** Leaders known by login only, said once a run rather than in an issue per group. */
function notMigratedLine({ notMigrated }: AuditOutcome): string | undefined {
  if (notMigrated.people === 0) return undefined;
  const people = `${String(notMigrated.people)} leader${notMigrated.people === 1 ? '' : 's'}`;
  const groups = `${String(notMigrated.groups)} group${notMigrated.groups === 1 ? '' : 's'}`;
  const have = notMigrated.people === 1 ? 'has' : 'have';
  return `${people} in ${groups} ${have} no \`githubId\` in their file: the audit knows them by username only, so it cannot tell whether the account behind a username changed hands.`;
}

function indent(text: string): string {
  return text.replace(/^/gm, '  ');
}

/** `tgr audit --format json`: the plan as data. */
export function formatPlanJson(
  outcome: AuditOutcome,
  meta: { today: string; dryRun: boolean },
  language: Language = 'en',
): string {
  const actions = (meta.dryRun ? outcome.planned : outcome.done).map((action) => ({
    action: action.type,
    group: action.key.slug,
    problem: action.key.kind,
    ...(action.type === 'open' ? {} : { issue: action.number }),
    ...('issue' in action ? { title: action.issue.title, labels: action.issue.labels } : {}),
    ...(action.type === 'close-duplicate' ? { duplicateOf: action.duplicateOf } : {}),
  }));
  const report = {
    today: meta.today,
    dryRun: meta.dryRun,
    groups: outcome.groups.map((group) => ({
      slug: group.slug,
      status: group.status,
      azureMeetups: group.cadence.counted.length,
      required: group.cadence.required,
      daysSinceLast: group.cadence.daysSinceLast ?? null,
      requirements: group.card,
    })),
    problems: outcome.problems.map((problem) => ({
      group: problem.group.slug,
      problem: problem.kind,
      findings: problem.findings.map((finding) => ({
        file: finding.file,
        line: finding.line,
        column: finding.column,
        rule: finding.rule,
        severity: finding.severity,
        message: findingMessage(finding, language),
        messageId: finding.messageId,
        params: finding.params,
      })),
    })),
    actions,
    deferred: outcome.deferred.length,
    notTheAudits: outcome.notTheAudits,
    accountsChecked: outcome.accountsChecked,
    notMigrated: outcome.notMigrated,
  };
  return `${escapeJsonForLog(JSON.stringify(report, null, 2))}\n`;
}
