import {
  findingMessage,
  languageOf,
  option,
  wordsIn,
  type Language,
  type Words,
} from '../i18n/findings/index.js';
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
  const languages = new Set(report.groups.map((group) => languageOf(group.language)));
  const primary: Language = languages.size === 1 ? ([...languages][0] ?? 'en') : 'en';
  const head = `${PR_COMMENT_MARKER}\n${record}`.trimEnd();
  const main = renderReport(report, primary);
  const english =
    primary === 'en'
      ? ''
      : `\n\n<details><summary>English</summary>\n\n${renderReport(report, 'en')}\n\n</details>`;
  const full = `${head}\n\n${main}${english}\n`;
  if (Buffer.byteLength(full) <= COMMENT_LIMIT) return full;
  // Too long for GitHub: the group's language first; the English is in the check run.
  return `${fitMarkdown(`${head}\n\n${main}`, COMMENT_LIMIT - 1, wordsIn(primary)('comment.cut'))}\n`;
}

/** The report in `language`: the comment's body, and (in English) the check run's summary. */
export function renderReport(report: PrReport, language: Language): string {
  const m = { say: wordsIn(language), language };
  const handle = handlesFor(report);
  const lines: string[] = ['### Registry check', '', verdictLine(report, m)];
  const { lending } = report;
  if (lending.kind === 'lent')
    lines.push(
      '',
      m.say('comment.form.lent', { issue: lending.issue, who: handle(lending.author.login) }),
    );
  else if (lending.kind === 'edited')
    lines.push('', m.say('comment.form.edited', { issue: lending.issue }));
  else if (lending.kind === 'stale')
    lines.push('', m.say('comment.form.stale', { issue: lending.issue }));
  else if (lending.kind === 'pushed')
    lines.push('', m.say('comment.form.pushed', { issue: lending.issue }));
  if (report.notChecked !== undefined)
    lines.push(
      '',
      m.say('comment.too-large', {
        count: report.notChecked.count,
        what: report.notChecked.what,
      }),
    );
  // Who must act comes first: a report cut to fit GitHub's limit loses details, never the asks.
  lines.push('', `#### ${m.say('comment.act.heading')}`, '', ...renderNeeds(report, m, handle));
  lines.push('', m.say('comment.next', { verdict: report.verdict }));
  for (const group of report.groups) lines.push('', ...renderGroup(group, m, handle));
  if (report.outside.length > 0) {
    lines.push(
      '',
      `- ${m.say('comment.changes.outside', {
        files: report.outside
          .slice(0, 10)
          .map((path) => code(path))
          .join(', '),
      })}`,
    );
  }
  if (report.findings.length > 0) lines.push('', ...renderFindings(report, m));
  return lines.join('\n');
}

/** The frame's words in one language, and which language (the findings are rendered in it). */
interface In {
  say: Words;
  language: Language;
}

function verdictLine(report: PrReport, m: In): string {
  switch (report.verdict) {
    case 'pass':
      return m.say('comment.verdict.pass');
    case 'fail':
      return m.say('comment.verdict.fail', { errors: report.errors });
    case 'waiting':
      return m.say('comment.verdict.waiting');
  }
}

function renderGroup(group: GroupReport, m: In, handle: Handle): string[] {
  const { change } = group;
  const title = `#### ${group.name === undefined ? code(change.path) : code(group.name)} · ${code(change.path)} · ${m.say('comment.kind', { kind: change.kind })}`;
  const lines = [title, ''];
  if (change.head !== undefined) {
    lines.push(
      `| ${m.say('comment.column.requirement')} | ${m.say('comment.column.status')} |`,
      '|---|---|',
    );
    for (const requirement of REQUIREMENTS)
      lines.push(
        `| ${m.say('comment.requirement', { requirement })} | ${m.say('comment.status', { status: group.card[requirement] })} |`,
      );
    lines.push('');
  }
  lines.push(`**${m.say('comment.changes.heading')}:** ${describeChanges(group, m, handle)}`);
  if (knownByUsername(change)) lines.push('', `<sub>${m.say('comment.changes.by-username')}</sub>`);
  if (group.cadence) {
    const held = group.cadence.counted.length;
    lines.push(
      '',
      `**${m.say('comment.picture.heading')}** (${m.say('comment.picture.counted', { held, required: group.cadence.required })})`,
      '',
      renderPicture(monthlyCounts(group.cadence), m.language),
      '',
      `<sub>${m.say('comment.picture.legend')}</sub>`,
    );
  }
  return lines;
}

function describeChanges(group: GroupReport, m: In, handle: Handle): string {
  const { change } = group;
  const items: string[] = [];
  if (change.kind === 'join') items.push(m.say('comment.changes.new-group'));
  if (change.kind === 'leave' && change.head === undefined)
    items.push(m.say('comment.changes.removed-file'));
  const person = (login: string | undefined): string =>
    login === undefined ? m.say('comment.changes.nobody') : handle(login);
  for (const { role, from, to } of change.leadership)
    items.push(m.say('comment.changes.leadership', { role, from: person(from), to: person(to) }));
  if (change.meetupsAdded > 0 && change.kind !== 'join')
    items.push(m.say('comment.changes.meetups-added', { count: change.meetupsAdded }));
  if (change.meetupsRemoved > 0)
    items.push(m.say('comment.changes.meetups-removed', { count: change.meetupsRemoved }));
  for (const waiver of change.waivers)
    items.push(
      m.say('comment.changes.waiver', {
        rule: code(waiver.rule),
        change: waiver.change,
        limited: waiver.until ? 'yes' : 'no',
        until: waiver.until ?? '',
      }),
    );
  if (change.fields.length > 0)
    items.push(
      m.say('comment.changes.fields', {
        fields: change.fields.map((name) => code(name)).join(', '),
      }),
    );
  return items.length === 0 ? m.say('comment.changes.none') : items.join('; ');
}

function renderNeeds(report: PrReport, m: In, handle: Handle): string[] {
  const lines: string[] = [];
  const done = m.say('comment.act.maintainer-done');
  const consented = (login: string): string =>
    m.say('comment.act.consented', { who: handle(login) });
  if (report.errors > 0)
    lines.push(`- [ ] ${m.say('comment.act.author', { who: handle(report.author) })}`);
  for (const need of report.needs) {
    if (need.kind === 'consent' && need.removed !== undefined) {
      const { now, byMaintainer } = need.removed;
      lines.push(
        !need.satisfied
          ? `- [ ] ${m.say('comment.act.removed', { who: handle(need.login), role: need.role, now: now ?? 'none' })}`
          : `- [x] ${byMaintainer ? done : consented(need.login)}`,
      );
    } else if (need.kind === 'consent') {
      lines.push(
        need.satisfied
          ? `- [x] ${consented(need.login)}`
          : `- [ ] ${m.say('comment.act.consent', { who: handle(need.login), role: need.role })}`,
      );
    } else {
      lines.push(
        need.satisfied
          ? `- [x] ${done}`
          : `- [ ] ${m.say('comment.act.maintainer', { reason: option(need.reason) })}`,
      );
    }
  }
  if (lines.length === 0) lines.push(`- ${m.say('comment.act.nobody')}`);
  return lines;
}

function renderFindings(report: PrReport, m: In): string[] {
  const shown = report.findings.slice(0, MAX_FINDINGS_IN_COMMENT);
  const lines = [
    `#### ${m.say('comment.findings.heading', { count: report.findings.length })}`,
    '',
  ];
  for (const finding of shown) {
    const where = code(`${finding.file}:${finding.line}:${finding.column}`);
    lines.push(
      `- ${SEVERITY_ICON[finding.severity]} ${where} ${ruleLink(report.rulePages, finding.rule)} ${text(findingMessage(finding, m.language))}`,
    );
  }
  const hidden = report.findings.length - shown.length;
  if (hidden > 0) lines.push('', m.say('comment.findings.more', { count: hidden }));
  return lines;
}

/** The job summary: the English report and every finding, for maintainers reading the run. */
export function renderPrSummary(report: PrReport): string {
  const say = wordsIn('en');
  const lines = [renderReport(report, 'en'), ''];
  if (report.findings.length > 0) {
    lines.push(
      `#### ${say('check.job.all-findings')}`,
      '',
      say('check.job.columns'),
      '|---|---|---|---|',
    );
    for (const finding of report.findings) {
      lines.push(
        `| ${code(`${finding.file}:${finding.line}:${finding.column}`)} | ${finding.waiver ? 'waived' : finding.severity} | ${ruleLink(report.rulePages, finding.rule)} | ${text(finding.message)} |`,
      );
    }
  }
  return `${fitMarkdown(lines.join('\n'), JOB_SUMMARY_LIMIT, say('check.job.cut'))}\n`;
}

/** The check run's summary: the English report, within GitHub's limit. */
export function renderCheckSummary(report: PrReport, notes: readonly string[] = []): string {
  const body = [...notes, renderReport(report, 'en')].join('\n\n');
  return fitMarkdown(body, CHECK_SUMMARY_LIMIT, wordsIn('en')('check.summary.cut'));
}
