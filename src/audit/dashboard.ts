import { REQUIREMENTS } from '../core/vocabulary.js';
import {
  findingMessage,
  option,
  wordsIn,
  type Language,
  type Words,
} from '../i18n/findings/index.js';
import { formatFindings } from '../report/text.js';
import { code, text } from '../report/markdown.js';
import { monthlyCounts, renderSparkline } from '../report/picture.js';
import { escapeJsonForLog, escapeLogText } from '../report/escape.js';
import type { AuditAction } from './plan.js';
import type { AuditOutcome } from './run-audit.js';
import { STAGE_NAMES, type Stage, type StageName } from './stages.js';

/** GitHub caps a job summary at 1 MiB; beyond this many groups only those with problems are listed. */
const FULL_TABLE_LIMIT = 1000;

const STATUS_ICON = { pass: '✅', fail: '❌', warning: '⚠️', waived: '🕊️' } as const;

/** The dashboard is the program team's, in the job summary: in English. */
const EN = wordsIn('en');

/** How many actions of each type, in the order they were first taken: `2 opened, 1 updated`. */
function counts(actions: readonly AuditAction[], say: Words): string {
  const tally = new Map<AuditAction['type'], number>();
  for (const action of actions) tally.set(action.type, (tally.get(action.type) ?? 0) + 1);
  return tally.size === 0
    ? say('audit.no-changes')
    : [...tally]
        .map(([type, count]) => say('audit.tally', { type: option(type), count }))
        .join(', ');
}

function issueRef(action: AuditAction, say: Words): string {
  return action.type === 'open' ? say('audit.new-issue') : `#${action.number}`;
}

/** A group's stage in its table cell; days a marker or file gave are dates, checked as such. */
function stageCell(stage: Stage, say: Words): string {
  const none = (day: string | undefined): string => day ?? 'none';
  switch (stage.stage) {
    case 'problem':
      return say('dashboard.stage', { stage: 'problem', date: none(stage.date) });
    case 'past-date':
      return say('dashboard.stage', {
        stage: 'past_date',
        date: stage.date,
        inactiveOn: none(stage.inactiveOn),
      });
    case 'inactive':
      return say('dashboard.stage', {
        stage: 'inactive',
        since: none(stage.since),
        removalOn: none(stage.removalOn),
      });
    case 'removal-due':
      return say('dashboard.stage', { stage: 'removal_due', since: stage.since });
    case 'other':
      // The file's own word: untrusted, so a code span that cannot break the table.
      return say('dashboard.stage', { stage: 'other', status: code(stage.status, 40) });
    default:
      return say('dashboard.stage', { stage: option(stage.stage) });
  }
}

/** How many groups are at each stage. */
function stageTotals(stages: readonly Stage[]): Record<StageName, number> {
  const totals = Object.fromEntries(STAGE_NAMES.map((name) => [name, 0])) as Record<
    StageName,
    number
  >;
  for (const { stage } of stages) totals[stage]++;
  return totals;
}

/** The program dashboard: every group's standing, and what this run did. */
export function renderDashboard(
  outcome: AuditOutcome,
  meta: { today: string; dryRun: boolean; requests: number; writes: number },
): string {
  const active = outcome.groups.filter((group) => group.status === 'active');
  const lines = [
    EN('dashboard.heading', { today: meta.today }),
    '',
    EN('dashboard.totals', {
      active: active.length,
      groups: outcome.groups.length,
      problems: outcome.problems.length,
      issues: outcome.existing.length,
    }),
    '',
    stagesLine(outcome.stages, EN),
    '',
    meta.dryRun
      ? EN('dashboard.dry-run', { plan: counts(outcome.planned, EN) })
      : EN('dashboard.this-run', {
          done: counts(outcome.done, EN),
          deferred: outcome.deferred.length,
          failed: outcome.failure === undefined ? 'no' : 'yes',
        }),
    '',
    [
      EN('run.api', { requests: meta.requests, writes: meta.writes }),
      ...(outcome.accountsChecked ? [] : [EN('dashboard.no-token')]),
    ].join(' '),
  ];
  if (outcome.failure !== undefined)
    lines.push('', EN('dashboard.write-failed', { reason: text(outcome.failure) }));
  const notMigrated = notMigratedLine(outcome, EN);
  if (notMigrated !== undefined)
    lines.push('', EN('dashboard.not-migrated', { leaders: notMigrated }));
  if (outcome.notTheAudits.length > 0) {
    // Someone copied the marker: the program team may want to look, the audit leaves them be.
    const shown = outcome.notTheAudits.slice(0, 20).map((number) => `#${String(number)}`);
    lines.push(
      '',
      EN('dashboard.not-the-audits', {
        issues: shown.join(', '),
        more: outcome.notTheAudits.length - shown.length,
      }),
    );
  }
  const shown = meta.dryRun ? outcome.planned : outcome.done;
  if (shown.length > 0) {
    lines.push(
      '',
      `### ${EN('dashboard.actions', { dryRun: meta.dryRun ? 'yes' : 'no' })}`,
      '',
      EN('dashboard.actions.columns'),
      '|---|---|---|---|',
    );
    for (const action of shown.slice(0, 500)) {
      lines.push(
        `| ${EN('audit.verb', { type: option(action.type) })} | ${code(action.key.slug)} | ${action.key.kind} | ${issueRef(action, EN)} |`,
      );
    }
    if (shown.length > 500) lines.push('', EN('dashboard.more', { count: shown.length - 500 }));
  }
  // A set, not a search of the problems per group: thousands of each in a large registry.
  const withProblems = new Set(outcome.problems.map((problem) => problem.group));
  const rows = outcome.groups.map((group, at) => ({
    group,
    stage: outcome.stages[at] ?? { stage: 'other', status: group.status },
  }));
  const listed =
    outcome.groups.length <= FULL_TABLE_LIMIT
      ? rows
      : rows.filter(
          ({ group, stage }) =>
            withProblems.has(group) || stage.stage === 'inactive' || stage.stage === 'removal-due',
        );
  lines.push('', `### ${EN('dashboard.groups')}`, '');
  if (listed.length < outcome.groups.length)
    lines.push(
      EN('dashboard.groups.only-problems', {
        listed: listed.length,
        groups: outcome.groups.length,
      }),
      '',
    );
  const header = [
    EN('dashboard.column.group'),
    EN('dashboard.column.stage'),
    ...REQUIREMENTS.map((requirement) => EN('comment.requirement', { requirement })),
    EN('dashboard.column.meetups'),
    EN('dashboard.column.months'),
    EN('dashboard.column.days'),
  ];
  lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
  for (const { group, stage } of listed) {
    const cells = [
      code(group.slug),
      stageCell(stage, EN),
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
 * registry, all in the issues already); then a summary, in that language too (`--lang`). Action
 * types, short names and problem kinds stay as they are: scripts match them.
 */
export function formatPlanText(
  outcome: AuditOutcome,
  dryRun: boolean,
  findingsIn?: Language,
): string {
  const say = wordsIn(findingsIn ?? 'en');
  const actions = dryRun ? outcome.planned : outcome.done;
  const lines = actions.map((action) =>
    escapeLogText(
      `${action.type.padEnd(15)} ${issueRef(action, say).padEnd(6)} ${action.key.slug} ${action.key.kind}${'issue' in action ? `  ${action.issue.title}` : ''}`,
    ),
  );
  // Each problem with the findings behind it, as the issue states them.
  for (const problem of findingsIn === undefined ? [] : outcome.problems) {
    lines.push(escapeLogText(`problem ${problem.group.slug} ${problem.kind}`));
    if (problem.findings.length > 0)
      lines.push(indent(formatFindings(problem.findings, findingsIn)));
  }
  const active = outcome.groups.filter((group) => group.status === 'active').length;
  const notMigrated = notMigratedLine(outcome, say);
  if (notMigrated !== undefined)
    lines.push(say('audit.text.not-migrated', { leaders: notMigrated.replaceAll('`', '') }));
  lines.push(
    say('audit.text.summary', {
      dryRun: dryRun ? 'yes' : 'no',
      actions: actions.length,
      problems: outcome.problems.length,
      active,
      deferred: outcome.deferred.length,
    }),
  );
  return `${lines.join('\n')}\n`;
}

/** The totals by stage, for the top of the dashboard. */
function stagesLine(stages: readonly Stage[], say: Words): string {
  const totals = stageTotals(stages);
  return say('dashboard.stages', {
    active: totals.active,
    atRisk: totals['at-risk'],
    problem: totals.problem,
    pastDate: totals['past-date'],
    inactive: totals.inactive,
    removalDue: totals['removal-due'],
    other: totals.other,
  });
}

/** Leaders known by login only, said once a run rather than in an issue per group. */
function notMigratedLine({ notMigrated }: AuditOutcome, say: Words): string | undefined {
  if (notMigrated.people === 0) return undefined;
  return say('audit.not-migrated', { people: notMigrated.people, groups: notMigrated.groups });
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
    groups: outcome.groups.map((group, at) => ({
      slug: group.slug,
      status: group.status,
      // Where the program's stages have it; days not known yet are left out.
      stage: outcome.stages[at],
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
