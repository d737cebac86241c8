import { readFileSync } from 'node:fs';
import { pointer } from '../core/json-pointer.js';
import { resolvePolicy, type Policy, type PolicyFile } from '../core/policy.js';
import { decodeGroupFile } from './text.js';
import { parseYamlMapping } from './yaml.js';
import { validateProgram } from './schemas.js';

export const DEFAULT_POLICY_PATH = '.github/program.yml';

/** The policy file is the maintainers' own: a mistake in it stops the run with its location. */
export class PolicyError extends Error {
  override name = 'PolicyError';
}

/**
 * Reads the program policy. A missing file at the default path means the built-in defaults; a
 * path the user named must exist.
 */
export function readPolicy(
  file: string,
  options: { required: boolean; knownRules: ReadonlySet<string> },
): Policy {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error: unknown) {
    if (!options.required && error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      return resolvePolicy({});
    }
    throw new PolicyError(`${file}: cannot read the program policy: ${String(error)}`);
  }
  return parsePolicy(file, bytes, options.knownRules);
}

export function parsePolicy(
  file: string,
  bytes: Uint8Array,
  knownRules: ReadonlySet<string>,
): Policy {
  const text = decodeGroupFile(bytes);
  if (!text.ok) throw new PolicyError(`${file}:${text.line}:${text.column}: ${text.reason}`);
  const parsed = parseYamlMapping(
    text.text,
    'Remove it to use the defaults, or set the fields to change.',
  );
  if (!parsed.ok) {
    throw new PolicyError(
      `${file}:${parsed.position.line}:${parsed.position.column}: ${parsed.reason}`,
    );
  }
  const [issue] = validateProgram(parsed.data);
  if (issue) {
    const { line, column } = parsed.map.locate(issue.pointer);
    const detail = Object.entries(issue.params)
      .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
      .join(', ');
    throw new PolicyError(
      `${file}:${line}:${column}: "${issue.pointer}" breaks the policy schema (${issue.keyword}${detail ? `; ${detail}` : ''}). See schemas/program.schema.json.`,
    );
  }
  const policy = parsed.data as PolicyFile;
  for (const id of Object.keys(policy.rules ?? {})) {
    if (!knownRules.has(id)) {
      const { line, column } = parsed.map.locate(pointer('rules', id), 'key');
      throw new PolicyError(
        `${file}:${line}:${column}: "${id}" is not a rule id. Known rules: ${[...knownRules].join(', ')}.`,
      );
    }
  }
  return resolvePolicy(policy);
}
