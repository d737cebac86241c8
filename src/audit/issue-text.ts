import { addDays, type PlainDate } from '../core/dates.js';
import type { Policy } from '../core/policy.js';
import { findingMessage } from '../i18n/findings/index.js';
import { en, messagesFor, type Messages } from '../i18n/index.js';
import { code, mention, text } from '../report/markdown.js';
import { ruleLink } from '../report/rule-links.js';
import { PROBLEM_KINDS, type ProblemKind } from '../core/vocabulary.js';
import { AUDIT_LABEL, LABEL_OF_KIND } from './kinds.js';
import type { GroupSnapshot, AuditProblem } from './problems.js';

/** Identifies an audit issue: the group, the problem, and the day the problem was first seen. */
export interface IssueKey {
  slug: string;
  kind: ProblemKind;
}

// `ended=` came later: a marker without it (every open issue, and issues closed before it) reads
// as an episode the audit has not ended.
const MARKER =
  /^<!-- tech-groups-registry:audit group=([a-z0-9-]+) problem=([a-z-]+) since=(\d{4}-\d{2}-\d{2})(?: ended=(\d{4}-\d{2}-\d{2}))? -->/;

export function keyOf({ slug, kind }: IssueKey): string {
  return `${slug}/${kind}`;
}

/**
 * The hidden first line of an audit issue: its group, its problem, the day this episode of the
 * problem was first seen and, once the audit closed the issue as solved, the day it did.
 */
export function marker(key: IssueKey, since: PlainDate, ended?: PlainDate): string {
  const end = ended === undefined ? '' : ` ended=${ended}`;
  return `<!-- tech-groups-registry:audit group=${key.slug} problem=${key.kind} since=${since}${end} -->`;
}

/**
 * The body of an audit issue with its marker saying the audit ended the episode on `day`, sent in
 * the same write that closes it: a later reopen then starts a new episode. Any other close (by a
 * person, by a merged "Fixes #N") leaves the marker as it was, and a reopen keeps the date.
 */
export function markEnded(body: string, day: PlainDate): string {
  const parsed = parseMarker(body);
  if (parsed === undefined) return body;
  return body.replace(MARKER, () => marker(parsed, parsed.since, day));
}

/**
 * Ends a closing comment: which occurrence of the problem it closes. A run that posted the comment
 * but could not close the issue must not post it again; after a relapse the issue carries a new
 * first-seen day, so its next closing comment is a new one.
 */
export function resolutionMarker(since: PlainDate): string {
  return `<!-- tech-groups-registry:audit-resolved since=${since} -->`;
}

/** The key, first-seen day and end (if the audit ended it) of an issue, from its marker. */
export function parseMarker(
  body: string,
): (IssueKey & { since: PlainDate; ended: PlainDate | undefined }) | undefined {
  const match = MARKER.exec(body);
  const kind = PROBLEM_KINDS.find((candidate) => candidate === match?.[2]);
  if (!match || kind === undefined) return undefined;
  return { slug: match[1] ?? '', kind, since: match[3] ?? '', ended: match[4] };
}

export interface IssueText {
  title: string;
  body: string;
  labels: string[];
}

export interface TextContext {
  policy: Policy;
  /** A link to a group file on the default branch, or undefined where no repository is known. */
  fileUrl: ((path: string) => string) | undefined;
  /** The folder of rule pages each finding links to. */
  rulePages: string;
}

/**
 * An audit issue: addressed to the group's leaders, in the group's language with English
 * alongside, saying what is wrong with the evidence, what to do, and by when. Nothing in it
 * depends on the day of the run except through the problem itself, so an unchanged problem
 * renders the same text and costs no write.
 */
export function renderIssue(
  problem: AuditProblem,
  since: PlainDate,
  context: TextContext,
): IssueText {
  const primary = messagesFor(problem.group.language);
  const sections = [
    marker({ slug: problem.group.slug, kind: problem.kind }, since),
    renderSection(problem, since, primary, context),
  ];
  if (primary !== en)
    sections.push(
      `<details><summary>English</summary>\n\n${renderSection(problem, since, en, context)}\n\n</details>`,
    );
  return {
    title: titleOf(problem),
    body: `${sections.join('\n\n')}\n`,
    labels: [AUDIT_LABEL, LABEL_OF_KIND[problem.kind]],
  };
}

function titleOf({ kind, group }: AuditProblem): string {
  const prefix = `[${group.slug}]`;
  const { cadence, shortfall } = group;
  switch (kind) {
    case 'meetups-minimum':
      return `${prefix} ${cadence.counted.length} of ${cadence.required} Azure meetups in the last 12 months`;
    case 'meetups-at-risk':
      return `${prefix} at risk of falling below ${shortfall?.required ?? cadence.required} Azure meetups on ${shortfall?.on ?? ''}`;
    case 'leader':
      return `${prefix} no valid group leader`;
    case 'co-leader':
      return `${prefix} no valid co-leader`;
    case 'leader-renamed':
      return `${prefix} a leader's GitHub username has changed`;
    case 'terms':
      return `${prefix} terms and conditions not accepted`;
    case 'waiver-expired':
      return `${prefix} a waiver has expired`;
  }
}

function renderSection(
  problem: AuditProblem,
  since: PlainDate,
  m: Messages,
  context: TextContext,
): string {
  const { group, kind } = problem;
  const who = addressees(group).join(' ');
  const file = context.fileUrl
    ? `[${code(group.path)}](${context.fileUrl(group.path)})`
    : code(group.path);
  const months = context.policy.meetups.windowMonths;
  const wrong = (() => {
    switch (kind) {
      case 'meetups-minimum':
        return m.audit.wrong[kind](group.cadence.counted.length, group.cadence.required, months);
      case 'meetups-at-risk':
        return m.audit.wrong[kind](
          group.shortfall?.on ?? '',
          group.shortfall?.counted ?? 0,
          group.shortfall?.required ?? 0,
          months,
        );
      case 'leader-renamed':
        return renamedLines(group, m).join('\n\n');
      default:
        return m.audit.wrong[kind];
    }
  })();
  return [
    m.audit.intro(who === '' ? code(group.name) : who),
    '',
    `**${code(group.name)}** · ${file}`,
    '',
    `#### ${m.audit.headings.wrong}`,
    '',
    wrong,
    '',
    `#### ${m.audit.headings.evidence}`,
    '',
    ...evidence(problem, m, context.rulePages),
    '',
    `#### ${m.audit.headings.todo}`,
    '',
    m.audit.todo[kind](file),
    '',
    `#### ${m.audit.headings.deadline}`,
    '',
    m.audit.deadline(deadline(problem, since, context.policy)),
  ].join('\n');
}

/**
 * Who an issue is addressed to. A mention notifies whoever holds the login now, so a leader is
 * mentioned only where their login's account is the file's id (or, in a file that gives no id
 * yet, where the login resolves: there is nothing to verify it against), and one who renamed
 * their account by the new login, which is theirs. A leader whose account is gone is named, as
 * plain text: the login may be a stranger's by now.
 */
function addressees(group: GroupSnapshot): string[] {
  const seen = new Set<string>();
  const who: string[] = [];
  for (const role of ['leader', 'coLeader'] as const) {
    const login = group.leaders[role];
    const check = group.accounts[role];
    const name = group.people[role]?.name;
    const [key, address] =
      check === undefined || check.status === 'same'
        ? login === undefined
          ? []
          : [login.toLowerCase(), mention(login)]
        : check.status === 'renamed'
          ? [check.login.toLowerCase(), mention(check.login)]
          : name === undefined
            ? []
            : [`name:${name}`, code(name)];
    // A leader who is also named co-leader is one person, addressed once.
    if (key === undefined || address === undefined || seen.has(key)) continue;
    seen.add(key);
    who.push(address);
  }
  return who;
}

/** Each renamed account: the old username as plain text, the new one mentioned (the same person). */
function renamedLines(group: GroupSnapshot, m: Messages): string[] {
  return (['leader', 'coLeader'] as const).flatMap((role) => {
    const check = group.accounts[role];
    const old = group.leaders[role];
    if (check?.status !== 'renamed' || old === undefined) return [];
    const name = group.people[role]?.name;
    return [
      m.audit.wrong['leader-renamed'](
        role,
        name === undefined ? '' : code(name),
        code(old),
        mention(check.login),
      ),
    ];
  });
}

function deadline(problem: AuditProblem, since: PlainDate, policy: Policy): PlainDate {
  const due = addDays(since, policy.audit.deadlineDays);
  // A group at risk must act before it falls below the minimum, not weeks after.
  const { shortfall } = problem.group;
  return problem.kind === 'meetups-at-risk' && shortfall !== undefined && shortfall.on < due
    ? shortfall.on
    : due;
}

function meetupLine(meetup: { date: string; title: string }, note?: string): string {
  return `- ${meetup.date} ${code(meetup.title, 80)}${note === undefined ? '' : ` (${note})`}`;
}

function evidence(problem: AuditProblem, m: Messages, rulePages: string): string[] {
  const { cadence, shortfall } = problem.group;
  if (problem.kind === 'meetups-minimum' || problem.kind === 'meetups-at-risk') {
    const lines = [`${m.audit.counted} (${cadence.counted.length}):`, ''];
    lines.push(
      ...(cadence.counted.length === 0
        ? [`- ${m.audit.none}`]
        : cadence.counted.map((meetup) => meetupLine(meetup))),
    );
    if (problem.kind === 'meetups-at-risk' && shortfall) {
      lines.push(
        '',
        `${m.audit.expiring}:`,
        '',
        ...shortfall.expiring.map((meetup) => meetupLine(meetup)),
      );
    }
    // Meetups older than the window are history, not evidence; the rest say why they do not count.
    const notCounted = cadence.excluded.filter(({ reason }) => reason !== 'before-window');
    if (notCounted.length > 0) {
      lines.push(
        '',
        `${m.audit.notCounted}:`,
        '',
        ...notCounted.map(({ meetup, reason }) => meetupLine(meetup, m.audit.exclusion[reason])),
      );
    }
    return lines;
  }
  return problem.findings.map((finding) => {
    const where =
      finding.line > 0 ? `${finding.file}:${finding.line}:${finding.column}` : finding.file;
    return `- ${code(where)} ${ruleLink(rulePages, finding.rule)} ${text(findingMessage(finding, m.language))}`;
  });
}

export type Resolution = 'solved' | 'inactive' | 'superseded';

/** The comment that closes an issue: what solved it, in the group's language and English. */
export function renderResolution(
  kind: ProblemKind,
  resolution: Resolution,
  group: GroupSnapshot | undefined,
): string {
  const say = (m: Messages): string =>
    resolution === 'solved'
      ? m.audit.resolved[kind]
      : resolution === 'inactive'
        ? m.audit.inactive
        : m.audit.superseded;
  const primary = messagesFor(group?.language);
  return primary === en ? say(en) : `${say(primary)}\n\n${say(en)}`;
}

export function renderDuplicate(number: number, language: string | undefined): string {
  const primary = messagesFor(language);
  return primary === en
    ? en.audit.duplicate(number)
    : `${primary.audit.duplicate(number)}\n\n${en.audit.duplicate(number)}`;
}
