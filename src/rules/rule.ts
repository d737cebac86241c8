export type { Problem } from '../core/finding.js';
import type { IdentityContext } from '../core/accounts.js';
import type { PlainDate } from '../core/dates.js';
import type { PlaceContext } from '../core/places.js';
import type { Policy } from '../core/policy.js';
import type { GroupFile } from '../load/group-file.js';
import type { Problem } from '../core/finding.js';
import type { SchemaIssue } from '../schema/schemas.js';

export interface RegistryProblem extends Problem {
  file: GroupFile;
}

export interface RuleContext {
  today: PlainDate;
  policy: Policy;
  /** What GitHub said of the leaders' accounts, when the caller asked it (the pull-request check). */
  identity?: IdentityContext;
  /** Where groups meet, when the caller loaded the places (a check of a joining group, the site). */
  places?: PlaceContext;
}

/** A group file whose content parsed: what group and registry rules look at. */
export interface Group {
  file: GroupFile;
  data: Record<string, unknown>;
  /** Schema violations that no named rule claims (see `owns`): the `schema` rule's to report. */
  unclaimedSchemaIssues: readonly SchemaIssue[];
}

interface RuleInfo {
  /** Stable id: maintainers filter, configure and waive by it. It is also the module's path. */
  id: string;
  /** One line saying what the rule checks, for listings. */
  summary: string;
  /** Default severity; the program policy can change it per rule. */
  severity: 'error' | 'warning';
  /** Whether a maintainer's waiver in the group file can silence it. */
  waivable: boolean;
  /**
   * Pointers (`*` matches one segment) whose schema violations this rule reports itself, in
   * plainer words than the generic `schema` rule can.
   */
  owns?: readonly string[];
}

/** Looks at a file before it is data: only `yaml`. */
export interface SourceRule extends RuleInfo {
  scope: 'source';
  check(file: GroupFile, context: RuleContext): Problem[];
}

export interface GroupRule extends RuleInfo {
  scope: 'group';
  check(group: Group, context: RuleContext): Problem[];
}

/** Compares groups with each other; sees the whole registry. */
export interface RegistryRule extends RuleInfo {
  scope: 'registry';
  check(groups: readonly Group[], context: RuleContext): RegistryProblem[];
}

export type Rule = SourceRule | GroupRule | RegistryRule;
