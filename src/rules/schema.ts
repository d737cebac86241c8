import groupSchema from '../../schemas/group.schema.json' with { type: 'json' };
import { say } from '../i18n/findings/index.js';
import { groupDescription } from '../schema/descriptions.js';
import { explainSchemaIssue, type SchemaDocument } from '../schema/messages.js';
import type { SchemaIssue } from '../schema/schemas.js';
import type { GroupRule } from './rule.js';

export const rule: GroupRule = {
  id: 'schema',
  scope: 'group',
  summary:
    'Every field is one the format knows, of the right type and form, and every required field is there.',
  severity: 'error',
  waivable: false,
  check(group) {
    const document: SchemaDocument = {
      name: say('schema.document.group'),
      schema: groupSchema,
      data: group.data,
      describe: groupDescription,
    };
    return onePerField(group.unclaimedSchemaIssues).map((issue) => ({
      pointer: issue.pointer,
      message: explainSchemaIssue(issue, document),
      ...(issue.keyword === 'additionalProperties' ? { at: 'key' as const } : {}),
    }));
  },
};

/**
 * One finding per field: a value can break several constraints at once (a meetup's `url: x` is
 * neither a URI nor `https://…`), and one sentence about it is enough. The most basic wins:
 * the wrong type before the wrong form, the form before the length.
 */
function onePerField(issues: readonly SchemaIssue[]): SchemaIssue[] {
  const kept = new Map<string, SchemaIssue>();
  for (const issue of issues) {
    const held = kept.get(issue.pointer);
    if (held === undefined || rank(issue) < rank(held)) kept.set(issue.pointer, issue);
  }
  return issues.filter((issue) => kept.get(issue.pointer) === issue);
}

const RANK = ['required', 'additionalProperties', 'type', 'enum', 'format', 'pattern'];

function rank(issue: SchemaIssue): number {
  const found = RANK.indexOf(issue.keyword);
  return found === -1 ? RANK.length : found;
}
