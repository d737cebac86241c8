import { isDeepStrictEqual } from 'node:util';
import { SCALAR_STYLE } from 'js-yaml';
import type { Role } from '../core/people.js';
import { renderMessage } from '../i18n/findings/index.js';
import { validateGroup } from '../schema/schemas.js';
import { parseYamlMapping } from '../yaml/parse.js';
import {
  applyEdits,
  buildTree,
  columnOf,
  EditError,
  entryOf,
  lineEndAfter,
  scalarRange,
  type Collection,
  type Edit,
} from '../yaml/tree.js';

export type EditResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Adds `githubId: <id>` right after the `github:` line of each named entry (after the username,
 * inside braces), in that line's indentation and line ending. Every other byte stays. The result
 * must parse to exactly the data with those ids added and no new schema problem; otherwise the
 * file is left as it is.
 */
export function addAccountIds(
  text: string,
  ids: ReadonlyArray<{ role: Role; githubId: number }>,
): EditResult {
  if (ids.length === 0) return { ok: true, text };
  const before = parseYamlMapping(text);
  if (!before.ok) {
    return { ok: false, reason: `the file does not parse: ${renderMessage(before.reason, 'en')}` };
  }
  let edited: string;
  try {
    const root = buildTree(text);
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    edited = applyEdits(
      text,
      ids.map(({ role, githubId }) => idAfterUsername(text, root, role, githubId, eol)),
    );
  } catch (error: unknown) {
    if (error instanceof EditError) return { ok: false, reason: error.message };
    throw error;
  }
  const after = parseYamlMapping(edited);
  const expected = structuredClone(before.data);
  for (const { role, githubId } of ids)
    (expected[role] as Record<string, unknown>).githubId = githubId;
  if (!after.ok || !isDeepStrictEqual(after.data, expected)) {
    return { ok: false, reason: 'the edit would not give exactly the ids intended; left as it is' };
  }
  if (validateGroup(after.data).length > validateGroup(before.data).length) {
    return { ok: false, reason: 'the edited file would not pass the schema; left as it is' };
  }
  return { ok: true, text: edited };
}

function idAfterUsername(
  text: string,
  root: Collection,
  role: Role,
  id: number,
  eol: string,
): Edit {
  const person = entryOf(text, root, role)?.value;
  if (person?.kind !== 'mapping') throw new EditError(`"${role}" is not a block of fields`);
  if (entryOf(text, person, 'githubId') !== undefined) {
    throw new EditError(`"${role}" has githubId already`);
  }
  const github = entryOf(text, person, 'github');
  const value = github?.value;
  if (
    github === undefined ||
    value?.kind !== 'scalar' ||
    value.event.valueStart < 0 ||
    (value.event.style !== SCALAR_STYLE.PLAIN &&
      value.event.style !== SCALAR_STYLE.SINGLE_QUOTED &&
      value.event.style !== SCALAR_STYLE.DOUBLE_QUOTED)
  ) {
    throw new EditError(`"github" of "${role}" is not a username on one line`);
  }
  const end = scalarRange(value.event).end;
  const line = `githubId: ${String(id)}`;
  if (person.flow) return { start: end, end, text: `, ${line}` };
  const indent = ' '.repeat(columnOf(text, scalarRange(github.key.event).start));
  const at = lineEndAfter(text, end);
  return { start: at, end: at, text: `${eol}${indent}${line}` };
}
