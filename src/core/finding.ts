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
  /** In English; `messageId` and `params` say it in any language (see `src/i18n/findings/`). */
  message: string;
  /** The catalogue id of the message: stable, for scripts and translations. */
  messageId: string;
  /** What the message quotes or counts, as JSON data; a nested message is a phrase of its own. */
  params: MessageParams;
  /** Present when a maintainer's waiver covers the finding; its severity is then `notice`. */
  waiver?: Waiver;
}

type Sortable = Pick<Finding, 'file' | 'line' | 'column' | 'rule' | 'message'>;

export function compareFindings(a: Sortable, b: Sortable): number {
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

/**
 * A message before it is put into words: an id in the findings catalogue and its parameters.
 * Rules and the loader say what is wrong with these; rendering picks the language.
 */
export interface MessageRef {
  readonly id: string;
  readonly params?: MessageParams;
}

/**
 * Items a message lists: each language joins them by its own rules ("a, b and c", "a, b en c",
 * "a, b och c"; with `or`, "a, b or c"), never with a hard-coded word. See `listOf`. An item may
 * be a phrase ("the 3rd of March", "a.yaml's name"), put into words in the same language first.
 */
export interface MessageList {
  readonly items: readonly (string | MessageRef)[];
  readonly join: 'and' | 'or';
}

/**
 * Text (already quoted when it comes from a group file), a number (for plurals), a date written
 * YYYY-MM-DD (formatted where the message asks for a date), a phrase in the same language, or
 * a list of items.
 */
export type MessageParam = string | number | MessageRef | MessageList;

export type MessageParams = Readonly<Record<string, MessageParam>>;

/** What a rule reports; the evaluator adds the rule id, severity, file, line and column. */
export interface Problem {
  /** JSON pointer of the node at fault (a missing field's own pointer: it resolves to its parent). */
  pointer: string;
  message: MessageRef;
  /** Point at the field's key instead of its value (an unknown field, a whole block). */
  at?: 'key';
  /** A position found by other means than a pointer (a YAML syntax error). */
  position?: Position;
  /**
   * Raises this one problem to an error above the rule's severity (a leader's GitHub account id
   * is a warning offline, an error where a pull request must prove it). See `evaluate` for what
   * still wins over it.
   */
  severity?: 'error';
}
