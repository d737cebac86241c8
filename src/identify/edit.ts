import { SCALAR_STYLE } from 'js-yaml';
import type { Role } from '../core/people.js';
import { editInPlace, type EditResult } from '../load/checked-edit.js';
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
  return editInPlace(text, {
    edit: (original) => {
      const root = buildTree(original);
      const eol = original.includes('\r\n') ? '\r\n' : '\n';
      return applyEdits(
        original,
        ids.map(({ role, githubId }) => idAfterUsername(original, root, role, githubId, eol)),
      );
    },
    intended: (data) => {
      for (const { role, githubId } of ids)
        (data[role] as Record<string, unknown>).githubId = githubId;
      return data;
    },
    what: 'the ids',
  });
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
