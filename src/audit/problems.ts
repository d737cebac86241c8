import { SLUG } from '../core/names.js';
import { isPlainDate, type PlainDate } from '../core/dates.js';
import type { Finding } from '../core/finding.js';
import { assessCadence, projectShortfall, type Cadence, type Shortfall } from '../core/meetups.js';
import { readPerson, type Role } from '../core/people.js';
import type { Policy } from '../core/policy.js';
import { asText, field } from '../core/read.js';
import type { FileResult } from '../evaluate/evaluate.js';
import { renderMessage, say } from '../i18n/findings/index.js';
import { scorecard, type Scorecard } from '../evaluate/scorecard.js';
import { PROBLEM_KINDS, type ProblemKind } from '../core/vocabulary.js';
import type { AccountCheck } from './accounts.js';
import { ofKind, RENAMED_MESSAGE } from './kinds.js';

/** One group as the audit sees it on the day it runs. */
export interface GroupSnapshot {
  slug: string;
  path: string;
  name: string;
  status: string;
  /** The file's `inactiveSince`, when it is a date (the stages' day). */
  inactiveSince?: PlainDate;
  language: string | undefined;
  leaders: Partial<Record<Role, string>>;
  /** Each leader's name and account id as the file gives them. */
  people: Partial<Record<Role, { name: string | undefined; githubId: number | undefined }>>;
  /** What GitHub says became of each leader's account; empty where nothing was looked up. */
  accounts: Partial<Record<Role, AccountCheck>>;
  findings: Finding[];
  card: Scorecard;
  cadence: Cadence;
  shortfall: Shortfall | undefined;
}

/** One problem the audit keeps an issue open for: a group, a kind, and the findings behind it. */
export interface AuditProblem {
  kind: ProblemKind;
  group: GroupSnapshot;
  /** The findings that make up the problem, with their messages. */
  findings: Finding[];
}

/** Every parsed group with a usable slug; groups whose file does not parse are the PR check's. */
export function snapshotGroups(
  results: readonly FileResult[],
  today: PlainDate,
  policy: Policy,
): GroupSnapshot[] {
  const groups: GroupSnapshot[] = [];
  for (const { file, findings } of results) {
    if (!file.content.ok) continue;
    const { data } = file.content;
    const slug = field(data, 'slug');
    if (typeof slug !== 'string' || !SLUG.test(slug)) continue;
    const leaders: Partial<Record<Role, string>> = {};
    const people: GroupSnapshot['people'] = {};
    for (const role of ['leader', 'coLeader'] as const) {
      const person = readPerson(data, role);
      if (person?.github !== undefined) leaders[role] = person.github;
      if (person !== undefined) people[role] = { name: person.name, githubId: person.githubId };
    }
    groups.push({
      slug,
      path: file.registryPath ?? file.path,
      name: asText(field(data, 'name')) ?? slug,
      status: asText(field(data, 'status')) ?? 'active',
      ...inactiveSinceOf(data),
      language: asText(field(data, 'language')),
      leaders,
      people,
      accounts: {},
      findings,
      card: scorecard(findings),
      cadence: assessCadence(data, today, policy),
      shortfall: projectShortfall(data, today, policy),
    });
  }
  return groups;
}

function inactiveSinceOf(data: Record<string, unknown>): { inactiveSince?: PlainDate } {
  const since = asText(field(data, 'inactiveSince'));
  return since !== undefined && isPlainDate(since) ? { inactiveSince: since } : {};
}

/**
 * The group with what GitHub says of its leaders' accounts, and a finding for each that changed:
 * a leader whose account is gone (deleted, or its login now someone else's) is lost as surely as
 * one the file does not name; one who renamed their account is the same person under a new
 * username, whose file needs the new one. The findings name accounts by id and logins as plain
 * words, never as mentions: a freed login may belong to a stranger by now.
 */
export function withAccounts(
  group: GroupSnapshot,
  accounts: Partial<Record<Role, AccountCheck>>,
): GroupSnapshot {
  const extra: Finding[] = [];
  for (const role of ['leader', 'coLeader'] as const) {
    const check = accounts[role];
    const login = group.leaders[role];
    if (check === undefined || login === undefined || check.status === 'same') continue;
    const id = String(group.people[role]?.githubId ?? '');
    const ref =
      check.status === 'renamed'
        ? say(RENAMED_MESSAGE, { role, id, login: check.login })
        : check.status === 'recycled'
          ? say('leaders/account-recycled', { role, id })
          : check.notMigrated
            ? say('leaders/account-gone', { role, account: login })
            : say('leaders/account-deleted', { role, account: login, id });
    extra.push({
      // A rename loses nobody: it is the account id's business, and warns.
      rule:
        check.status === 'renamed'
          ? 'leaders/github-id'
          : role === 'leader'
            ? 'leaders/leader'
            : 'leaders/co-leader',
      severity: check.status === 'renamed' ? 'warning' : 'error',
      file: group.path,
      pointer: `/${role}/github`,
      line: 0,
      column: 0,
      message: renderMessage(ref, 'en'),
      messageId: ref.id,
      params: ref.params ?? {},
    });
  }
  const findings = [...group.findings, ...extra];
  return { ...group, accounts, findings, card: scorecard(findings) };
}

/** The problems of active groups, one per group and kind; waived findings raise none. */
export function findProblems(groups: readonly GroupSnapshot[]): AuditProblem[] {
  const problems: AuditProblem[] = [];
  for (const group of groups) {
    if (group.status !== 'active') continue;
    for (const kind of PROBLEM_KINDS) {
      const findings = group.findings.filter(
        (finding) =>
          ofKind(kind, finding) && finding.waiver === undefined && finding.severity !== 'notice',
      );
      if (findings.length > 0) problems.push({ kind, group, findings });
    }
  }
  return problems;
}
