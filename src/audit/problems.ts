import { SLUG } from '../core/names.js';
import type { PlainDate } from '../core/dates.js';
import type { Finding } from '../core/finding.js';
import { assessCadence, projectShortfall, type Cadence, type Shortfall } from '../core/meetups.js';
import { readPerson, type Role } from '../core/people.js';
import type { Policy } from '../core/policy.js';
import { asText, field } from '../core/read.js';
import type { FileResult } from '../evaluate/evaluate.js';
import { renderMessage, say } from '../i18n/findings/index.js';
import { scorecard, type Scorecard } from '../evaluate/scorecard.js';
import { PROBLEM_KINDS, type ProblemKind } from '../core/vocabulary.js';
import { RULES_OF_KIND } from './kinds.js';

/** One group as the audit sees it on the day it runs. */
export interface GroupSnapshot {
  slug: string;
  path: string;
  name: string;
  status: string;
  language: string | undefined;
  leaders: Partial<Record<Role, string>>;
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
    for (const role of ['leader', 'coLeader'] as const) {
      const login = readPerson(data, role)?.github;
      if (login !== undefined) leaders[role] = login;
    }
    groups.push({
      slug,
      path: file.registryPath ?? file.path,
      name: asText(field(data, 'name')) ?? slug,
      status: asText(field(data, 'status')) ?? 'active',
      language: asText(field(data, 'language')),
      leaders,
      findings,
      card: scorecard(findings),
      cadence: assessCadence(data, today, policy),
      shortfall: projectShortfall(data, today, policy),
    });
  }
  return groups;
}

/**
 * Adds a finding for each leader whose GitHub account no longer exists: a group whose co-leader
 * deleted their account has lost its co-leader as surely as one whose file names none.
 */
export function withMissingAccounts(
  group: GroupSnapshot,
  missing: ReadonlySet<string>,
): GroupSnapshot {
  const extra: Finding[] = [];
  for (const role of ['leader', 'coLeader'] as const) {
    const login = group.leaders[role];
    if (login === undefined || !missing.has(login.toLowerCase())) continue;
    const ref = say('leaders/account-gone', { role, account: `@${login}` });
    extra.push({
      rule: role === 'leader' ? 'leaders/leader' : 'leaders/co-leader',
      severity: 'error',
      file: group.path,
      pointer: `/${role}/github`,
      line: 0,
      column: 0,
      message: renderMessage(ref, 'en'),
      messageId: ref.id,
      params: ref.params ?? {},
    });
  }
  if (extra.length === 0) return group;
  const findings = [...group.findings, ...extra];
  return { ...group, findings, card: scorecard(findings) };
}

/** The problems of active groups, one per group and kind; waived findings raise none. */
export function findProblems(groups: readonly GroupSnapshot[]): AuditProblem[] {
  const problems: AuditProblem[] = [];
  for (const group of groups) {
    if (group.status !== 'active') continue;
    for (const kind of PROBLEM_KINDS) {
      const findings = group.findings.filter(
        (finding) =>
          RULES_OF_KIND[kind].includes(finding.rule) &&
          finding.waiver === undefined &&
          finding.severity !== 'notice',
      );
      if (findings.length > 0) problems.push({ kind, group, findings });
    }
  }
  return problems;
}
