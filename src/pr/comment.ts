import { en, messagesFor, type Messages } from '../i18n/index.js';
import { findingMessage } from '../i18n/findings/index.js';
import { REQUIREMENTS } from '../core/vocabulary.js';
import { code, fitMarkdown, mention, text } from '../report/markdown.js';
import { leaders } from './authorization.js';
import { monthlyCounts, renderPicture } from '../report/picture.js';
import { ruleLink } from '../report/rule-links.js';
import type { GroupReport, PrReport } from './report.js';

/** Finds this check's own comment again on every run, so it is edited in place. */
export const PR_COMMENT_MARKER = '<!-- tech-groups-registry:pr-check -->';

const MAX_FINDINGS_IN_COMMENT = 20;

/** GitHub refuses a comment over 65,536 characters and a check run summary over 65,535 bytes. */
export const COMMENT_LIMIT = 65_536;
export const CHECK_SUMMARY_LIMIT = 65_535;
/** A job summary may hold 1 MiB; this leaves room for what the Action adds below the report. */
const JOB_SUMMARY_LIMIT = 1_000_000;

/**
 * At most this many people are @mentioned in one comment, and only people who must act: a
 * pull request naming sixty people must not make the bot notify sixty people.
 */
export const MAX_MENTIONS = 5;

/** How a login is written: a mention for the few who must act, plain text for everyone else. */
type Handle = (login: string) => string;

function handlesFor(report: PrReport): Handle {
  const mustAct = [
    ...(report.errors > 0 ? [report.author] : []),
    ...report.needs.flatMap((need) =>
      need.kind === 'consent' && !need.satisfied && need.mention !== false ? [need.login] : [],
    ),
  ];
  const mentioned = new Set([...new Set(mustAct)].slice(0, MAX_MENTIONS));
  return (login) => (mentioned.has(login) ? mention(login) : code(login));
}

const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: '🕊️' } as const;

/**
 * Whether the check had to take people by username for this group: the file that says who
 * leads it (main's, or a new group's own) names someone without an account id.
 */
function knownByUsername(change: GroupReport['change']): boolean {
  const said = change.kind === 'join' ? change.head : change.base;
  return [...leaders(said).values()].some((entry) => entry.githubId === undefined);
}

/**
 * The sticky comment: written in the language of the group the pull request changes, with the
 * English text alongside for maintainers. A pull request touching groups in several languages,
 * or none, is written in English.
 */
export function renderPrComment(report: PrReport, record = ''): string {
  const languages = new Set(report.groups.map((group) => messagesFor(group.language)));
  const primary = languages.size === 1 ? ([...languages][0] ?? en) : en;
  const head = `${PR_COMMENT_MARKER}\n${record}`.trimEnd();
  const main = renderReport(report, primary);
  const english =
    primary === en
      ? ''
      : `\n\n<details><summary>English</summary>\n\n${renderReport(report, en)}\n\n</details>`;
  const full = `${head}\n\n${main}${english}\n`;
  if (Buffer.byteLength(full) <= COMMENT_LIMIT) return full;
  // Too long for GitHub: the group's language first; the English is in the check run.
  return `${fitMarkdown(`${head}\n\n${main}`, COMMENT_LIMIT - 1, primary.cut)}\n`;
}

export function renderReport(report: PrReport, m: Messages): string {
  const handle = handlesFor(report);
  const lines: string[] = ['### Registry check', '', verdictLine(report, m)];
  if (report.notChecked !== undefined)
    lines.push('', m.tooLarge(report.notChecked.count, report.notChecked.what));
  // Who must act comes first: a report cut to fit GitHub's limit loses details, never the asks.
  lines.push('', `#### ${m.act.heading}`, '', ...renderNeeds(report, m, handle));
  lines.push('', m.next[report.verdict]);
  for (const group of report.groups) lines.push('', ...renderGroup(group, m, handle));
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
  if (report.findings.length > 0) lines.push('', ...renderFindings(report, m));
  return lines.join('\n');
}

function verdictLine(report: PrReport, m: Messages): string {
  return report.verdict === 'fail' ? m.verdict.fail(report.errors) : m.verdict[report.verdict];
}

function renderGroup(group: GroupReport, m: Messages, handle: Handle): string[] {
  const { change } = group;
  const title = `#### ${group.name === undefined ? code(change.path) : code(group.name)} · ${code(change.path)} · ${m.kind[change.kind]}`;
  const lines = [title, ''];
  if (change.head !== undefined) {
    lines.push(`| ${m.columns[0]} | ${m.columns[1]} |`, '|---|---|');
    for (const requirement of REQUIREMENTS)
      lines.push(`| ${m.requirement[requirement]} | ${m.status[group.card[requirement]]} |`);
    lines.push('');
  }
  lines.push(`**${m.changes.heading}:** ${describeChanges(group, m, handle)}`);
  if (knownByUsername(change)) lines.push('', `<sub>${m.changes.byUsername}</sub>`);
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

function describeChanges(group: GroupReport, m: Messages, handle: Handle): string {
  const { change } = group;
  const items: string[] = [];
  if (change.kind === 'join') items.push(m.changes.newGroup);
  if (change.kind === 'leave' && change.head === undefined) items.push(m.changes.removedFile);
  const person = (login: string | undefined): string =>
    login === undefined ? m.changes.nobody : handle(login);
  for (const { role, from, to } of change.leadership)
    items.push(m.changes.leadership(role, person(from), person(to)));
  if (change.meetupsAdded > 0 && change.kind !== 'join')
    items.push(m.changes.meetupsAdded(change.meetupsAdded));
  if (change.meetupsRemoved > 0) items.push(m.changes.meetupsRemoved(change.meetupsRemoved));
  for (const waiver of change.waivers)
    items.push(m.changes.waiver(code(waiver.rule), waiver.change, waiver.until ?? ''));
  if (change.fields.length > 0)
    items.push(m.changes.fields(change.fields.map((name) => code(name)).join(', ')));
  return items.length === 0 ? m.changes.none : items.join('; ');
}

function renderNeeds(report: PrReport, m: Messages, handle: Handle): string[] {
  const lines: string[] = [];
  if (report.errors > 0) lines.push(`- [ ] ${m.act.author(handle(report.author))}`);
  for (const need of report.needs) {
    if (need.kind === 'consent' && need.removed !== undefined) {
      const { now, byMaintainer } = need.removed;
      lines.push(
        !need.satisfied
          ? `- [ ] ${m.act.removed(handle(need.login), need.role, now)}`
          : `- [x] ${byMaintainer ? m.act.maintainerDone : m.act.consented(handle(need.login))}`,
      );
    } else if (need.kind === 'consent') {
      lines.push(
        need.satisfied
          ? `- [x] ${m.act.consented(handle(need.login))}`
          : `- [ ] ${m.act.consent(handle(need.login), need.role)}`,
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
      `- ${SEVERITY_ICON[finding.severity]} ${where} ${ruleLink(report.rulePages, finding.rule)} ${text(findingMessage(finding, m.language))}`,
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
        `| ${code(`${finding.file}:${finding.line}:${finding.column}`)} | ${finding.waiver ? 'waived' : finding.severity} | ${ruleLink(report.rulePages, finding.rule)} | ${text(finding.message)} |`,
      );
    }
  }
  return `${fitMarkdown(lines.join('\n'), JOB_SUMMARY_LIMIT, '_…cut to fit the job summary._')}\n`;
}

/** The check run's summary: the English report, within GitHub's limit. */
export function renderCheckSummary(report: PrReport, notes: readonly string[] = []): string {
  const body = [...notes, renderReport(report, en)].join('\n\n');
  return fitMarkdown(
    body,
    CHECK_SUMMARY_LIMIT,
    '_…cut to fit GitHub’s limit on a check run summary: every finding is in the job summary._',
  );
}
