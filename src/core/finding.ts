/**
 * A finding is plain data: which rule, how bad, where (file, JSON pointer, line, column) and
 * what to do about it. Everything downstream (text, JSON, annotations, comments, issues) is a
 * rendering of these.
 */
/** 1-based line and column, the way editors and GitHub annotations count. */
export interface Position {
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning' | 'notice';

export interface Waiver {
  rule: string;
  reason: string;
  until: string;
  approvedBy: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  file: string;
  pointer: string;
  line: number;
  column: number;
  message: string;
  /** Present when a maintainer's waiver covers the finding; its severity is then `notice`. */
  waiver?: Waiver;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    a.rule.localeCompare(b.rule) ||
    a.message.localeCompare(b.message)
  );
}

export function countBySeverity(findings: Iterable<Finding>): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}

/** What a rule reports; the evaluator adds the rule id, severity, file, line and column. */
export interface Problem {
  /** JSON pointer of the node at fault (a missing field's own pointer: it resolves to its parent). */
  pointer: string;
  message: string;
  /** Point at the field's key instead of its value (an unknown field, a whole block). */
  at?: 'key';
  /** A position found by other means than a pointer (a YAML syntax error). */
  position?: Position;
}
