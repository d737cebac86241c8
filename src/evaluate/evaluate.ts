import type { IdentityContext } from '../core/accounts.js';
import { isPlainDate, type PlainDate } from '../core/dates.js';
import { escapeSegment } from '../core/json-pointer.js';
import type { Finding, Problem, Waiver } from '../core/finding.js';
import { compareFindings } from '../core/finding.js';
import type { PlaceContext } from '../core/places.js';
import type { Policy } from '../core/policy.js';
import { asList, asRecord, asText, field } from '../core/read.js';
import type { GroupFile } from '../load/group-file.js';
import type { SchemaIssue } from '../schema/schemas.js';
import { RULES, type Rule } from '../rules/index.js';
import { renderMessage } from '../i18n/findings/index.js';
import type { Group, RuleContext } from '../rules/rule.js';

export interface EvaluateOptions {
  today: PlainDate;
  policy: Policy;
  /** Which files to report on; cross-file rules still see every file. Default: all. */
  reportOn?: (file: GroupFile) => boolean;
  /** The rules to run; default every rule. */
  rules?: readonly Rule[];
  /** The leaders' GitHub accounts as looked up online; offline runs give none. */
  identity?: IdentityContext;
  /** The place index and the joining groups; without it the place rules stay silent. */
  places?: PlaceContext;
}

export interface FileResult {
  file: GroupFile;
  findings: Finding[];
}

/**
 * Runs the program rules over a registry and turns their problems into located findings, with
 * the policy's severities and the groups' own waivers applied. Pure: no I/O.
 */
export function evaluate(files: readonly GroupFile[], options: EvaluateOptions): FileResult[] {
  const { today, policy, reportOn = () => true } = options;
  const rules = (options.rules ?? RULES).filter((rule) => policy.rules[rule.id] !== 'off');
  const context: RuleContext = {
    today,
    policy,
    ...(options.identity === undefined ? {} : { identity: options.identity }),
    ...(options.places === undefined ? {} : { places: options.places }),
  };
  const isClaimed = claimedBy(options.rules ?? RULES);

  const groups = new Map<GroupFile, Group>();
  for (const file of files) {
    const content = file.content;
    if (!content.ok) continue;
    // On first use, like the schema check itself: registry rules never read it.
    let unclaimed: readonly SchemaIssue[] | undefined;
    groups.set(file, {
      file,
      data: content.data,
      get unclaimedSchemaIssues() {
        return (unclaimed ??= content.schemaIssues.filter((issue) => !isClaimed(issue)));
      },
    });
  }

  const problems = new Map<GroupFile, Array<{ rule: Rule; problem: Problem }>>();
  // A field written under a misspelt key is reported once, at that key, with the name it was
  // meant to have: rules that would call the intended field missing stay quiet about it.
  const misspelt = new Map<GroupFile, string[]>();
  const meantFields = (file: GroupFile): string[] => {
    let fields = misspelt.get(file);
    if (fields === undefined) misspelt.set(file, (fields = misspeltFields(file)));
    return fields;
  };
  const add = (file: GroupFile, rule: Rule, found: readonly Problem[]): void => {
    if (found.length === 0) return;
    const list = problems.get(file) ?? [];
    const meant = rule.scope === 'source' ? [] : meantFields(file);
    for (const problem of found) {
      if (meant.some((field) => covers(field, problem.pointer))) continue;
      list.push({ rule, problem });
    }
    problems.set(file, list);
  };

  const reported = files.filter(reportOn);
  // Looked up once, not once per rule: every rule visits every file.
  const reportedGroups = reported.map((file) => groups.get(file));
  const allGroups = [...groups.values()];
  for (const rule of rules) {
    if (rule.scope === 'registry') {
      for (const { file, ...problem } of rule.check(allGroups, context)) {
        if (reportOn(file)) add(file, rule, [problem]);
      }
      continue;
    }
    for (let i = 0; i < reported.length; i++) {
      const file = reported[i] as GroupFile;
      if (rule.scope === 'source') add(file, rule, rule.check(file, context));
      else {
        const group = reportedGroups[i];
        if (group) add(file, rule, rule.check(group, context));
      }
    }
  }

  return reported.map((file) => ({
    file,
    findings: (problems.get(file) ?? [])
      .map(({ rule, problem }) => locate(file, rule, problem, policy, today))
      .sort(compareFindings),
  }));
}

function locate(
  file: GroupFile,
  rule: Rule,
  problem: Problem,
  policy: Policy,
  today: PlainDate,
): Finding {
  const position =
    problem.position ??
    (file.content.ok
      ? file.content.map.locate(problem.pointer, problem.at)
      : { line: 1, column: 1 });
  // Precedence: a policy's `off` never runs the rule at all; then a waiver makes it a notice;
  // then a problem the rule raised to an error is one, whatever severity the policy gives the
  // rule; else the policy's severity, else the rule's default.
  const setting = policy.rules[rule.id];
  const severity =
    problem.severity ?? (setting === 'error' || setting === 'warning' ? setting : rule.severity);
  const waiver =
    rule.waivable && file.content.ok ? activeWaiver(file.content.data, rule.id, today) : undefined;
  return {
    rule: rule.id,
    severity: waiver ? 'notice' : severity,
    file: file.path,
    pointer: problem.pointer,
    line: position.line,
    column: position.column,
    ...words(problem.message),
    ...(waiver ? { waiver } : {}),
  };
}

/**
 * The waiver in force for a rule. A file may list one rule twice (`waivers/duplicate` reports
 * it); the entry that ends first decides, so a second entry can never extend the first.
 */
function activeWaiver(
  data: Record<string, unknown>,
  ruleId: string,
  today: PlainDate,
): Waiver | undefined {
  let earliest: { waiver: Record<string, unknown> | undefined; until: PlainDate } | undefined;
  for (const entry of asList(field(data, 'waivers'))) {
    const waiver = asRecord(entry);
    const until = field(waiver, 'until');
    if (field(waiver, 'rule') !== ruleId || !isPlainDate(until)) continue;
    if (earliest === undefined || until < earliest.until) earliest = { waiver, until };
  }
  if (earliest === undefined || earliest.until < today) return undefined;
  const { waiver, until } = earliest;
  return {
    rule: ruleId,
    until,
    reason: asText(field(waiver, 'reason')) ?? '',
    approvedBy: asText(field(waiver, 'approvedBy')) ?? '',
  };
}

/**
 * A schema issue is claimed when a named rule owns its pointer (`*` matching any one segment).
 * Length limits stay with the schema rule: no named rule repeats them.
 */
function claimedBy(rules: readonly Rule[]): (issue: SchemaIssue) => boolean {
  const patterns = rules.flatMap((rule) => rule.owns ?? []).map((owned) => owned.split('/'));
  return (issue) => {
    if (issue.keyword === 'maxLength') return false;
    const segments = issue.pointer.split('/');
    return patterns.some(
      (pattern) =>
        pattern.length === segments.length &&
        pattern.every((part, i) => part === '*' || part === segments[i]),
    );
  };
}

/** Pointers of the fields a file meant to write under misspelt keys (`/coLeader` for `coleader`). */
function misspeltFields(file: GroupFile): string[] {
  if (!file.content.ok) return [];
  return file.content.schemaIssues.flatMap((issue) =>
    issue.suggestion === undefined
      ? []
      : [
          `${issue.pointer.slice(0, issue.pointer.lastIndexOf('/'))}/${escapeSegment(issue.suggestion)}`,
        ],
  );
}

function covers(field: string, pointer: string): boolean {
  return pointer === field || pointer.startsWith(`${field}/`);
}

/** The finding's English message, with the id and parameters that say it in other languages. */
function words(message: Problem['message']): Pick<Finding, 'message' | 'messageId' | 'params'> {
  return {
    message: renderMessage(message, 'en'),
    messageId: message.id,
    params: message.params ?? {},
  };
}
