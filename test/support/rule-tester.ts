import { expect, it } from 'vitest';
import {
  compareFindings,
  type Finding,
  type Severity,
  type Waiver,
} from '../../src/core/finding.js';
import { findingMessage } from '../../src/i18n/findings/index.js';
import { RULES, type Rule } from '../../src/rules/index.js';
import { check, type CheckOptions } from './check.js';

/**
 * Rule tests as tables, after typescript-eslint's RuleTester: a rule's `valid` cases must
 * draw no finding from it, and each `invalid` case lists the rule's findings exactly (pointer,
 * line, column, message, severity), not a subset and not a piece of a message. Every case runs
 * the real pipeline (`check`) and becomes one vitest `it`.
 *
 * In every case the generic `schema` rule must not repeat the rule: no schema finding at a
 * pointer the rule reports, nor at or under a pointer the rule `owns`. A case that shows a
 * hand-off to the schema rule lists that schema finding in `also`.
 *
 * A finding may also give its message in Dutch (`nl`) and Swedish (`sv`), rendered from the
 * finding's `messageId` and `params`; every table gives at least one of each.
 */

/** The path `check` gives a file when the case names none. */
const DEFAULT_PATH = 'groups/example.yaml';

/** A finding the case expects of the rule under test; `rule` is implied. */
export interface ExpectedFinding {
  pointer: string;
  line: number;
  column: number;
  /** In English. */
  message: string;
  /** The message in Dutch, as a group with `language: nl` reads it. */
  nl?: string;
  /** The message in Swedish, as a group with `language: sv` reads it. */
  sv?: string;
  /** Default: `notice` under a waiver, else the rule's severity after the case's `rules`. */
  severity?: Severity;
  /** Default: the case's `path`. */
  file?: string;
  /** The waiver that covers the finding (its severity is then `notice`). None by default. */
  waiver?: Waiver;
}

/**
 * A finding on VALID_GROUP's `meetups:` key (line 25), where the cadence rules report, with its
 * Dutch and Swedish renderings when the case gives them.
 */
export function onMeetups(
  message: string,
  translations: Pick<ExpectedFinding, 'nl' | 'sv'> = {},
): ExpectedFinding {
  return { pointer: '/meetups', line: 25, column: 1, message, ...translations };
}

/** A finding of another rule in the same file; its translations are that rule's table's to check. */
export interface OtherFinding extends Omit<ExpectedFinding, 'nl' | 'sv'> {
  rule: string;
}

interface CaseBase extends CheckOptions {
  /** What the case shows, written as the test's name. Unique within the table. */
  name: string;
  /** The group file as its author wrote it (bytes, to test decoding). */
  text: string | Uint8Array;
  /**
   * The findings of other rules in the file. When given (`[]` included), the file must have
   * exactly these and the rule's own, nothing else. A schema finding listed here may be at a
   * pointer the rule owns: that is the hand-off the case shows.
   */
  also?: readonly OtherFinding[];
}

/** A case on which the rule finds nothing. */
export interface ValidCase extends CaseBase {
  findings?: never;
}

/** A case with the rule's every finding, in any order. */
export interface InvalidCase extends CaseBase {
  findings: readonly [ExpectedFinding, ...ExpectedFinding[]];
}

export type RuleCase = ValidCase | InvalidCase;

export interface RuleTables {
  valid?: readonly ValidCase[];
  invalid?: readonly InvalidCase[];
}

/** Registers one `it` per case, in the `describe` it is called in. */
export function ruleTester(ruleId: string, tables: RuleTables): void {
  ruleById(ruleId);
  const cases: readonly RuleCase[] = [...(tables.valid ?? []), ...(tables.invalid ?? [])];
  const names = new Set<string>();
  for (const testCase of cases) {
    if (names.has(testCase.name))
      throw new Error(`two cases of ${ruleId} are named "${testCase.name}"`);
    names.add(testCase.name);
  }
  for (const testCase of cases) {
    it(testCase.name, () => {
      verifyCase(ruleId, testCase, check(testCase.text, checkOptions(testCase)));
    });
  }
  const expected = (tables.invalid ?? []).flatMap((testCase) => testCase.findings);
  it('renders its findings in Dutch and Swedish too', () => {
    expect(
      expected.some((finding) => finding.nl !== undefined),
      `an invalid case of ${ruleId} that gives a finding's message in Dutch (nl)`,
    ).toBe(true);
    expect(
      expected.some((finding) => finding.sv !== undefined),
      `an invalid case of ${ruleId} that gives a finding's message in Swedish (sv)`,
    ).toBe(true);
  });
}

/** The options a case passes to `check`. */
export function checkOptions(testCase: RuleCase): CheckOptions {
  const { path, today, policy, rules, others, identity, places, nearbyKm } = testCase;
  return {
    ...(path === undefined ? {} : { path }),
    ...(today === undefined ? {} : { today }),
    ...(policy === undefined ? {} : { policy }),
    ...(rules === undefined ? {} : { rules }),
    ...(others === undefined ? {} : { others }),
    ...(identity === undefined ? {} : { identity }),
    ...(places === undefined ? {} : { places }),
    ...(nearbyKm === undefined ? {} : { nearbyKm }),
  };
}

/**
 * Asserts that `findings`, every finding the pipeline made for the case's file, are what the
 * case expects of the rule. Throws vitest's assertion error, with a diff, when they are not.
 */
export function verifyCase(ruleId: string, testCase: RuleCase, findings: readonly Finding[]): void {
  const rule = ruleById(ruleId);
  const listed = (testCase.findings ?? [])
    .map((finding) => ({ finding, complete: complete(rule, finding, testCase) }))
    .sort((a, b) => compareFindings(a.complete, b.complete));
  const expected = listed.map((entry) => entry.complete);
  const actual = findings.filter((finding) => finding.rule === ruleId);
  expect(actual.map(located), `the findings of ${ruleId}`).toStrictEqual(expected);
  // The lists are equal and sorted alike: each listed finding is the one at its index.
  listed.forEach(({ finding }, index) => {
    const found = actual[index];
    if (found === undefined) return;
    if (finding.nl !== undefined) {
      expect(findingMessage(found, 'nl'), `the Dutch message of ${ruleId}`).toBe(finding.nl);
    }
    if (finding.sv !== undefined) {
      expect(findingMessage(found, 'sv'), `the Swedish message of ${ruleId}`).toBe(finding.sv);
    }
  });

  const also = (testCase.also ?? []).map((finding) =>
    complete(ruleById(finding.rule), finding, testCase),
  );
  if (testCase.also !== undefined) {
    expect(
      findings.map(located).sort(compareFindings),
      `every finding in the file: those of ${ruleId} and \`also\``,
    ).toStrictEqual([...expected, ...also].sort(compareFindings));
  }

  if (ruleId === 'schema') return;
  const pointers = new Set([...actual, ...expected].map((finding) => finding.pointer));
  const repeats = findings.filter(
    (finding) =>
      finding.rule === 'schema' &&
      (pointers.has(finding.pointer) || owns(rule, finding.pointer)) &&
      !also.some((listed) => sameFinding(listed, finding)),
  );
  expect(
    repeats,
    `schema findings that repeat ${ruleId} (list a hand-off to the schema rule in \`also\`)`,
  ).toStrictEqual([]);
}

/** Whether the rule owns `pointer`, or a field it lies under. */
export function owns(rule: Rule, pointer: string): boolean {
  const segments = pointer.split('/');
  return (rule.owns ?? []).some((owned) => {
    const pattern = owned.split('/');
    return (
      pattern.length <= segments.length &&
      pattern.every((part, i) => part === '*' || part === segments[i])
    );
  });
}

function ruleById(ruleId: string): Rule {
  const rule = RULES.find((candidate) => candidate.id === ruleId);
  if (rule === undefined) throw new Error(`no rule "${ruleId}" in src/rules/index.ts`);
  return rule;
}

/** What a table compares: the finding without the message's id and parameters. */
type Located = Omit<Finding, 'messageId' | 'params'>;

function located(finding: Finding): Located {
  const rest: Partial<Finding> = { ...finding };
  delete rest.messageId;
  delete rest.params;
  return rest as Located;
}

/** The finding as the pipeline writes it, with the defaults filled in. */
function complete(rule: Rule, finding: ExpectedFinding, testCase: RuleCase): Located {
  const setting = testCase.rules?.[rule.id];
  const { pointer, line, column, message, waiver } = finding;
  return {
    rule: rule.id,
    severity:
      finding.severity ??
      (waiver !== undefined
        ? 'notice'
        : setting === 'error' || setting === 'warning'
          ? setting
          : rule.severity),
    file: finding.file ?? testCase.path ?? DEFAULT_PATH,
    pointer,
    line,
    column,
    message,
    ...(waiver === undefined ? {} : { waiver }),
  };
}

function sameFinding(a: Located, b: Located): boolean {
  return (
    a.rule === b.rule &&
    a.severity === b.severity &&
    a.file === b.file &&
    a.pointer === b.pointer &&
    a.line === b.line &&
    a.column === b.column &&
    a.message === b.message
  );
}
