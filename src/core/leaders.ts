import { GITHUB_LOGIN } from './names.js';
import type { Role } from './people.js';
import { asRecord, asText, field, quote, valueKind } from './read.js';
import type { MessageParams, Problem } from './finding.js';

/** What can be wrong with a leader's or co-leader's block, name or GitHub username. */
export type PresenceFlaw =
  /** No block at all, or an empty one. */
  | 'missing'
  /** Params: `kind`, what the value is instead (a phrase). */
  | 'not-a-block'
  /** Params: `kind`; `fix`, `line` for a list or block, else `quotes`. */
  | 'name-not-text'
  | 'name-missing'
  | 'github-number'
  /** Params: `kind`. */
  | 'github-not-text'
  | 'github-missing'
  /** Params: `value`, the username as written (quoted). */
  | 'github-invalid'
  /** Params: `value`, as written (quoted); `username`, the valid username found in it. */
  | 'github-just-username';

/** The catalogue id each flaw is reported with: each rule says them in its own words. */
export type PresenceMessages = Readonly<Record<PresenceFlaw, string>>;

/**
 * What `leaders/leader` and `leaders/co-leader` both check for their role: the person is there,
 * and has a name and a usable GitHub username. Each rule passes the ids of its own messages.
 */
export function checkPersonPresence(
  data: Record<string, unknown>,
  role: Role,
  messages: PresenceMessages,
): Problem[] {
  const problem = (pointer: string, flaw: PresenceFlaw, params?: MessageParams): Problem => ({
    pointer,
    message: params === undefined ? { id: messages[flaw] } : { id: messages[flaw], params },
  });
  const value = field(data, role);
  if (value === undefined || value === null) return [problem(`/${role}`, 'missing')];
  const person = asRecord(value);
  if (!person) return [problem(`/${role}`, 'not-a-block', { kind: valueKind(value) })];
  const problems: Problem[] = [];
  const name = field(person, 'name');
  if (name !== undefined && name !== null && typeof name !== 'string') {
    problems.push(
      problem(`/${role}/name`, 'name-not-text', {
        kind: valueKind(name),
        fix: typeof name === 'object' ? 'line' : 'quotes',
      }),
    );
  } else if (asText(name) === undefined) {
    problems.push(problem(`/${role}/name`, 'name-missing'));
  }
  const github = field(person, 'github');
  const pointer = `/${role}/github`;
  if (typeof github === 'number') {
    problems.push(problem(pointer, 'github-number'));
  } else if (github !== undefined && github !== null && typeof github !== 'string') {
    problems.push(problem(pointer, 'github-not-text', { kind: valueKind(github) }));
  } else if (asText(github) === undefined) {
    problems.push(problem(pointer, 'github-missing'));
  } else if (typeof github === 'string' && !GITHUB_LOGIN.test(github)) {
    const username = bareUsername(github);
    problems.push(
      username === undefined
        ? problem(pointer, 'github-invalid', { value: quote(github) })
        : problem(pointer, 'github-just-username', { value: quote(github), username }),
    );
  }
  return problems;
}

/** The valid username in one written with @ or as a github.com address, if there is one. */
function bareUsername(value: string): string | undefined {
  const text = value.trim();
  const fromUrl = /^(?:https?:\/\/)?(?:www\.)?github\.com\/([^/?#\s]+)/i.exec(text)?.[1];
  const candidate = fromUrl ?? text.replace(/^@/, '');
  return GITHUB_LOGIN.test(candidate) ? candidate : undefined;
}
