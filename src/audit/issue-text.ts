import type { PlainDate } from '../core/dates.js';
import type { Policy } from '../core/policy.js';
import {
  findingMessage,
  languageOf,
  option,
  wordsIn,
  type FindingMessageId,
  type Language,
  type Words,
} from '../i18n/findings/index.js';
import { code, mention, text } from '../report/markdown.js';
import { ruleLink } from '../report/rule-links.js';
import { PROBLEM_KINDS, type ProblemKind } from '../core/vocabulary.js';
import { counts, issueDate, lastActiveDay } from '../core/stages.js';
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
  const primary = languageOf(problem.group.language);
  const sections = [
    marker({ slug: problem.group.slug, kind: problem.kind }, since),
    renderSection(problem, since, primary, context),
  ];
  if (primary !== 'en')
    sections.push(
      `<details><summary>English</summary>\n\n${renderSection(problem, since, 'en', context)}\n\n</details>`,
    );
  return {
    title: titleOf(problem, primary),
    body: `${sections.join('\n\n')}\n`,
    labels: [AUDIT_LABEL, LABEL_OF_KIND[problem.kind]],
  };
}

/** Each problem's messages: the issue's title, what is wrong, what to do, what solved it. */
const MESSAGES: Record<
  ProblemKind,
  {
    title: FindingMessageId;
    wrong: FindingMessageId;
    todo: FindingMessageId;
    resolved: FindingMessageId;
  }
> = {
  'meetups-minimum': {
    title: 'issue.title.meetups-minimum',
    wrong: 'issue.wrong.meetups-minimum',
    todo: 'issue.todo.meetups-minimum',
    resolved: 'issue.resolved.meetups-minimum',
  },
  'meetups-at-risk': {
    title: 'issue.title.meetups-at-risk',
    wrong: 'issue.wrong.meetups-at-risk',
    todo: 'issue.todo.meetups-at-risk',
    resolved: 'issue.resolved.meetups-at-risk',
  },
  leader: {
    title: 'issue.title.leader',
    wrong: 'issue.wrong.leader',
    todo: 'issue.todo.leader',
    resolved: 'issue.resolved.leader',
  },
  'co-leader': {
    title: 'issue.title.co-leader',
    wrong: 'issue.wrong.co-leader',
    todo: 'issue.todo.co-leader',
    resolved: 'issue.resolved.co-leader',
  },
  'leader-renamed': {
    title: 'issue.title.leader-renamed',
    wrong: 'issue.wrong.leader-renamed',
    todo: 'issue.todo.leader-renamed',
    resolved: 'issue.resolved.leader-renamed',
  },
  terms: {
    title: 'issue.title.terms',
    wrong: 'issue.wrong.terms',
    todo: 'issue.todo.terms',
    resolved: 'issue.resolved.terms',
  },
  'waiver-expired': {
    title: 'issue.title.waiver-expired',
    wrong: 'issue.wrong.waiver-expired',
    todo: 'issue.todo.waiver-expired',
    resolved: 'issue.resolved.waiver-expired',
  },
};

/** The title in the group's language: a leader reads it in their list of issues and email. */
function titleOf({ kind, group }: AuditProblem, language: Language): string {
  const { cadence, shortfall } = group;
  return wordsIn(language)(MESSAGES[kind].title, {
    slug: group.slug,
    counted: cadence.counted.length,
    required:
      kind === 'meetups-at-risk' ? (shortfall?.required ?? cadence.required) : cadence.required,
    on: shortfall?.on ?? '',
  });
}

function renderSection(
  problem: AuditProblem,
  since: PlainDate,
  language: Language,
  context: TextContext,
): string {
  const say = wordsIn(language);
  const { group, kind } = problem;
  const who = addressees(group).join(' ');
  const file = context.fileUrl
    ? `[${code(group.path)}](${context.fileUrl(group.path)})`
    : code(group.path);
  const months = context.policy.meetups.windowMonths;
  const wrong = (() => {
    switch (kind) {
      case 'meetups-minimum':
        return say(MESSAGES[kind].wrong, {
          held: group.cadence.counted.length,
          required: group.cadence.required,
          months,
        });
      case 'meetups-at-risk':
        // Nothing leaves the window when only a new group's growing share outruns its count.
        return group.shortfall === undefined
          ? ''
          : say(
              group.shortfall.expiring.length === 0
                ? 'issue.wrong.meetups-share'
                : MESSAGES[kind].wrong,
              {
                on: group.shortfall.on,
                counted: group.shortfall.counted,
                required: group.shortfall.required,
                months,
              },
            );
      case 'co-leader':
        // Named twice over, the same person: nothing was lost. A file like that never passed the
        // check (leaders/distinct is an error), so it has been so since before the registry.
        return say(
          problem.findings.every((finding) => finding.rule === 'leaders/distinct')
            ? 'issue.wrong.co-leader-never'
            : MESSAGES[kind].wrong,
        );
      case 'leader-renamed':
        return renamedLines(group, say).join('\n\n');
      default:
        return say(MESSAGES[kind].wrong);
    }
  })();
  return [
    say('issue.intro', { who: who === '' ? code(group.name) : who }),
    '',
    `**${code(group.name)}** · ${file}`,
    '',
    `#### ${say('issue.heading.wrong')}`,
    '',
    wrong,
    '',
    `#### ${say('issue.heading.evidence')}`,
    '',
    ...evidence(problem, language, context.rulePages),
    '',
    `#### ${say('issue.heading.todo')}`,
    '',
    say(MESSAGES[kind].todo, { file }),
    '',
    `#### ${say('issue.heading.deadline')}`,
    '',
    say('issue.deadline', { date: deadline(problem, since, context.policy) }),
    // Only while the stages are on: with them off the text stays as it was, and costs no edit.
    ...(context.policy.lifecycle.enabled && counts(kind)
      ? ['', say('issue.inactive-after', { date: lastActiveDay(since, context.policy) })]
      : []),
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
function renamedLines(group: GroupSnapshot, say: Words): string[] {
  return (['leader', 'coLeader'] as const).flatMap((role) => {
    const check = group.accounts[role];
    const old = group.leaders[role];
    if (check?.status !== 'renamed' || old === undefined) return [];
    const name = group.people[role]?.name;
    return [
      say('issue.wrong.leader-renamed', {
        role,
        named: name === undefined ? 'no' : 'yes',
        name: name === undefined ? '' : code(name),
        old: code(old),
        now: mention(check.login),
      }),
    ];
  });
}

function deadline(problem: AuditProblem, since: PlainDate, policy: Policy): PlainDate {
  const due = issueDate(since, policy);
  // A group at risk must act before it falls below the minimum, not weeks after.
  const { shortfall } = problem.group;
  return problem.kind === 'meetups-at-risk' && shortfall !== undefined && shortfall.on < due
    ? shortfall.on
    : due;
}

function meetupLine(meetup: { date: string; title: string }, note?: string): string {
  return `- ${meetup.date} ${code(meetup.title, 80)}${note === undefined ? '' : ` (${note})`}`;
}

function evidence(problem: AuditProblem, language: Language, rulePages: string): string[] {
  const say = wordsIn(language);
  const { cadence, shortfall } = problem.group;
  if (problem.kind === 'meetups-minimum' || problem.kind === 'meetups-at-risk') {
    const lines = [`${say('issue.counted')} (${cadence.counted.length}):`, ''];
    lines.push(
      ...(cadence.counted.length === 0
        ? [`- ${say('issue.none')}`]
        : cadence.counted.map((meetup) => meetupLine(meetup))),
    );
    if (problem.kind === 'meetups-at-risk' && shortfall && shortfall.expiring.length > 0) {
      lines.push(
        '',
        `${say('issue.expiring')}:`,
        '',
        ...shortfall.expiring.map((meetup) => meetupLine(meetup)),
      );
    }
    // Meetups older than the window are history, not evidence; the rest say why they do not count.
    const notCounted = cadence.excluded.filter(({ reason }) => reason !== 'before-window');
    if (notCounted.length > 0) {
      lines.push(
        '',
        `${say('issue.not-counted')}:`,
        '',
        ...notCounted.map(({ meetup, reason }) =>
          meetupLine(meetup, say('issue.exclusion', { reason: option(reason) })),
        ),
      );
    }
    return lines;
  }
  return problem.findings.map((finding) => {
    const where =
      finding.line > 0 ? `${finding.file}:${finding.line}:${finding.column}` : finding.file;
    return `- ${code(where)} ${ruleLink(rulePages, finding.rule)} ${text(findingMessage(finding, language))}`;
  });
}

export type Resolution = 'solved' | 'inactive' | 'superseded';

/** The comment that closes an issue: what solved it, in the group's language and English. */
export function renderResolution(
  kind: ProblemKind,
  resolution: Resolution,
  group: GroupSnapshot | undefined,
): string {
  const id: FindingMessageId =
    resolution === 'solved'
      ? MESSAGES[kind].resolved
      : resolution === 'inactive'
        ? 'issue.inactive'
        : 'issue.superseded';
  return inBoth(languageOf(group?.language), (say) => say(id));
}

export function renderDuplicate(number: number, language: string | undefined): string {
  return inBoth(languageOf(language), (say) => say('issue.duplicate', { number }));
}

/** A comment in the group's language, then in English for maintainers (once, for English). */
function inBoth(language: Language, write: (say: Words) => string): string {
  const english = write(wordsIn('en'));
  return language === 'en' ? english : `${write(wordsIn(language))}\n\n${english}`;
}
