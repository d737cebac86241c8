import { pointer } from '../core/json-pointer.js';
import { resolvePolicy, type Policy, type PolicyFile } from '../core/policy.js';
import { asRecord, quote } from '../core/read.js';
import programSchema from '../../schemas/program.schema.json' with { type: 'json' };
import { renderMessage, say } from '../i18n/findings/index.js';
import { englishDescriptions, explainSchemaIssue } from '../schema/messages.js';
import { closestName } from '../schema/spelling.js';
import { decodeGroupFile } from '../yaml/text.js';
import { parseYamlMapping } from '../yaml/parse.js';
import { validateProgram, type SchemaIssue } from '../schema/schemas.js';
import type { Position } from '../yaml/positions.js';
import type { ReadFile } from './port.js';

export const DEFAULT_POLICY_PATH = '.github/program.yml';

/** The policy file is the maintainers' own: a mistake in it stops the run with its location. */
export class PolicyError extends Error {
  override name = 'PolicyError';
}

/**
 * Reads the program policy through `readFile` (the disk, from the entry point). A missing file at
 * the default path means the built-in defaults; a path the user named must exist.
 */
export function readPolicy(
  file: string,
  options: { required: boolean; knownRules: ReadonlySet<string> },
  readFile: ReadFile,
): Policy {
  const read = readFile(file);
  switch (read.kind) {
    case 'bytes':
      return parsePolicy(file, read.bytes, options.knownRules);
    case 'missing':
      if (!options.required) return resolvePolicy({});
      throw new PolicyError(`${file}: ${unreadable('ENOENT')}`);
    case 'not-a-file':
      throw new PolicyError(
        `${file}: this is a folder or a special file, not a policy file. Name the program policy file itself (such as ${DEFAULT_POLICY_PATH}).`,
      );
    case 'unreadable':
      throw new PolicyError(`${file}: ${unreadable(read.code)}`);
  }
}

/** Why the file could not be read, in words rather than a system error code. */
function unreadable(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return "there is no program policy file at this path. Check the path given as the policy file (tgr --config, or the Action's config input).";
    case 'EACCES':
    case 'EPERM':
      return 'the program policy file cannot be read: permission denied. Make it readable, or give another path.';
    case 'EISDIR':
      return `this is a folder, not a policy file. Name the program policy file itself (such as ${DEFAULT_POLICY_PATH}).`;
    default:
      return `the program policy file cannot be read${code === undefined ? '' : ` (${code})`}.`;
  }
}

export function parsePolicy(
  file: string,
  bytes: Uint8Array,
  knownRules: ReadonlySet<string>,
): Policy {
  const at = (position: Position): string =>
    `${file}:${String(position.line)}:${String(position.column)}`;
  const text = decodeGroupFile(bytes, 'policy');
  // The maintainers' file: its mistakes are told in English.
  if (!text.ok) throw new PolicyError(`${at(text)}: ${renderMessage(text.reason, 'en')}`);
  const parsed = parseYamlMapping(text.text, 'policy');
  if (!parsed.ok) {
    throw new PolicyError(`${at(parsed.position)}: ${renderMessage(parsed.reason, 'en')}`);
  }

  const { data, map } = parsed;
  const policy = data as PolicyFile;
  // Each mistake with its place in the file; the run stops at the first one in reading order.
  const mistakes: Array<{ position: Position; message: string }> = [];
  const rules = asRecord(policy.rules) ?? {};
  for (const id of Object.keys(rules)) {
    if (knownRules.has(id)) continue;
    const unclaimed = [...knownRules].filter((known) => !Object.hasOwn(rules, known));
    const meant = closestName(id, unclaimed);
    mistakes.push({
      position: map.locate(pointer('rules', id), 'key'),
      message: `In rules, ${quote(id)} is not a rule id.${meant === undefined ? ` Known rules: ${[...knownRules].join(', ')}.` : ` Did you mean ${quote(meant)}?`}`,
    });
  }
  // The policy is the maintainers' file, not a group's: its messages are in English.
  const document = {
    name: say('schema.document.policy'),
    schema: programSchema,
    data,
    describe: englishDescriptions(programSchema),
  };
  for (const issue of validateProgram(data)) {
    // A rule id of the wrong form is not a known rule either, which says it better.
    if (issue.keyword === 'propertyNames' || isRuleNameIssue(issue)) continue;
    mistakes.push({
      position: map.locate(
        issue.pointer,
        issue.keyword === 'additionalProperties' ? 'key' : 'value',
      ),
      message: withSchemaReference(renderMessage(explainSchemaIssue(issue, document), 'en')),
    });
  }
  const [first] = mistakes.sort(
    (a, b) => a.position.line - b.position.line || a.position.column - b.position.column,
  );
  if (first !== undefined) throw new PolicyError(`${at(first.position)}: ${first.message}`);
  return resolvePolicy(policy);
}

/** The `pattern` error ajv adds under `propertyNames` for a rule id of the wrong form. */
function isRuleNameIssue(issue: SchemaIssue): boolean {
  return (
    issue.pointer === '/rules' && issue.keyword === 'pattern' && 'propertyName' in issue.params
  );
}

/** Points maintainers to the policy's schema, unless the message already ends in an example. */
function withSchemaReference(message: string): string {
  return message.includes('For example:')
    ? message
    : `${message} Every field is described in schemas/program.schema.json.`;
}
