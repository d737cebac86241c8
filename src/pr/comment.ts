import { en, messagesFor, type Messages } from '../i18n/index.js';
import { REQUIREMENTS } from '../evaluate/scorecard.js';
import { code, mention, text } from '../report/markdown.js';
import { monthlyCounts, renderPicture } from '../report/picture.js';
import type { GroupReport, PrReport } from './report.js';

/** Finds this check's own comment again on every run, so it is edited in place. */
export const PR_COMMENT_MARKER = '<!-- tech-groups-registry:pr-check -->';

const MAX_FINDINGS_IN_COMMENT = 20;

const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: '🕊️' } as const;

/**
 * The sticky comment: written in the language of the group the pull request changes, with the
 * English text alongside for maintainers. A pull request touching groups in several languages,
 * or none, is written in English.
 */
export function renderPrComment(report: PrReport): string {
  const languages = new Set(report.groups.map((group) => messagesFor(group.language)));
  const primary = languages.size === 1 ? ([...languages][0] ?? en) : en;
  const parts = [PR_COMMENT_MARKER, renderReport(report, primary)];
  if (primary !== en) {
    parts.push(`<details><summary>English</summary>\n\n${renderReport(report, en)}\n\n</details>`);
  }
  return `${parts.join('\n\n')}\n`;
}

export function renderReport(report: PrReport, m: Messages): string {
  const lines: string[] = ['### Registry check', '', verdictLine(report, m)];
  for (const group of report.groups) lines.push('', ...renderGroup(group, m));
  if (report.outside.length > 0) {
    lines.push(
      '',
      `- ${m.changes.outside(
        report.outside
          .slice(0, 10)
          .map((path) => code(path))
          .join(', '),
      )}`,
    );
  }
  lines.push('', `#### ${m.act.heading}`, '', ...renderNeeds(report, m));
  if (report.findings.length > 0) lines.push('', ...renderFindings(report, m));
  lines.push('', m.next[report.verdict]);
  return lines.join('\n');
}

function verdictLine(report: PrReport, m: Messages): string {
  return report.verdict === 'fail' ? m.verdict.fail(report.errors) : m.verdict[report.verdict];
}

function renderGroup(group: GroupReport, m: Messages): string[] {
  const { change } = group;
  const title = `#### ${group.name === undefined ? code(change.path) : code(group.name)} · ${code(change.path)} · ${m.kind[change.kind]}`;
  const lines = [title, ''];
  if (change.head !== undefined) {
    lines.push(`| ${m.columns[0]} | ${m.columns[1]} |`, '|---|---|');
    for (const requirement of REQUIREMENTS)
      lines.push(`| ${m.requirement[requirement]} | ${m.status[group.card[requirement]]} |`);
    lines.push('');
  }
  lines.push(`**${m.changes.heading}:** ${describeChanges(group, m)}`);
  if (group.cadence) {
    const held = group.cadence.counted.length;
    lines.push(
      '',
      `**${m.picture.heading}** (${m.picture.counted(held, group.cadence.required)})`,
      '',
      renderPicture(monthlyCounts(group.cadence), m.locale),
      '',
      `<sub>${m.picture.legend}</sub>`,
    );
  }
  return lines;
}

function describeChanges(group: GroupReport, m: Messages): string {
  const { change } = group;
  const items: string[] = [];
  if (change.kind === 'join') items.push(m.changes.newGroup);
  if (change.kind === 'leave' && change.head === undefined) items.push(m.changes.removedFile);
  const handle = (login: string | undefined): string =>
    login === undefined ? m.changes.nobody : mention(login);
  for (const { role, from, to } of change.leadership)
    items.push(m.changes.leadership(role, handle(from), handle(to)));
  if (change.meetupsAdded > 0 && change.kind !== 'join')
    items.push(m.changes.meetupsAdded(change.meetupsAdded));
  if (change.meetupsRemoved > 0) items.push(m.changes.meetupsRemoved(change.meetupsRemoved));
  for (const waiver of change.waivers)
    items.push(m.changes.waiver(code(waiver.rule), waiver.change, waiver.until ?? ''));
  if (change.fields.length > 0)
    items.push(m.changes.fields(change.fields.map((name) => code(name)).join(', ')));
  return items.length === 0 ? m.changes.none : items.join('; ');
}

function renderNeeds(report: PrReport, m: Messages): string[] {
  const lines: string[] = [];
  if (report.errors > 0) lines.push(`- [ ] ${m.act.author(mention(report.author))}`);
  for (const need of report.needs) {
    if (need.kind === 'consent') {
      lines.push(
        need.satisfied
          ? `- [x] ${m.act.consented(mention(need.login))}`
          : `- [ ] ${m.act.consent(mention(need.login), need.role)}`,
      );
    } else {
      lines.push(
        need.satisfied ? `- [x] ${m.act.maintainerDone}` : `- [ ] ${m.act.maintainer[need.reason]}`,
      );
    }
  }
  if (lines.length === 0) lines.push(`- ${m.act.nobody}`);
  return lines;
}

function renderFindings(report: PrReport, m: Messages): string[] {
  const shown = report.findings.slice(0, MAX_FINDINGS_IN_COMMENT);
  const lines = [`#### ${m.findings.heading(report.findings.length)}`, ''];
  for (const finding of shown) {
    const where = code(`${finding.file}:${finding.line}:${finding.column}`);
    lines.push(
      `- ${SEVERITY_ICON[finding.severity]} ${where} ${code(finding.rule)} ${text(finding.message)}`,
    );
  }
  const hidden = report.findings.length - shown.length;
  if (hidden > 0) lines.push('', m.findings.more(hidden));
  return lines;
}

/** The job summary: the English report and every finding, for maintainers reading the run. */
export function renderPrSummary(report: PrReport): string {
  const lines = [renderReport(report, en), ''];
  if (report.findings.length > 0) {
    lines.push(
      '#### All findings',
      '',
      '| Where | Severity | Rule | Message |',
      '|---|---|---|---|',
    );
    for (const finding of report.findings) {
      lines.push(
        `| ${code(`${finding.file}:${finding.line}:${finding.column}`)} | ${finding.waiver ? 'waived' : finding.severity} | ${code(finding.rule)} | ${text(finding.message)} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
