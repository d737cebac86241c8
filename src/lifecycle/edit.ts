import { SCALAR_STYLE } from 'js-yaml';
import type { PlainDate } from '../core/dates.js';
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
  type Scalar,
} from '../yaml/tree.js';

/**
 * A group file's text with the stage `tgr lifecycle` gives it, every other byte kept (comments,
 * quoting, line endings): `inactivate` sets `status: inactive` and `inactiveSince: <today>`
 * (on the line after the status); `reactivate` sets `status: active` and takes the
 * `inactiveSince` line out. The result must parse to exactly that data with no new schema
 * problem; otherwise the file is left as it is.
 */
export function editLifecycle(
  text: string,
  action: 'inactivate' | 'reactivate',
  today: PlainDate,
): EditResult {
  return editInPlace(text, {
    edit: (original) => edit(original, action, today),
    intended: (data) => {
      if (action === 'inactivate') return { ...data, status: 'inactive', inactiveSince: today };
      const reactivated: Record<string, unknown> = { ...data, status: 'active' };
      delete reactivated.inactiveSince;
      return reactivated;
    },
    what: 'the stage',
  });
}

function edit(text: string, action: 'inactivate' | 'reactivate', today: PlainDate): string {
  const root = buildTree(text);
  if (root.flow) throw new EditError('the file is written in braces');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const status = entryOf(text, root, 'status');
  const since = entryOf(text, root, 'inactiveSince');
  const word = action === 'inactivate' ? 'inactive' : 'active';
  const edits: Edit[] = [];

  if (status === undefined) {
    // No status at all (active by default): the lines go at the end of the file.
    const lead = text === '' || text.endsWith('\n') ? '' : eol;
    const lines = [
      `status: ${word}`,
      ...(action === 'inactivate' && !since ? [`inactiveSince: ${today}`] : []),
    ];
    edits.push({
      start: text.length,
      end: text.length,
      text: `${lead}${lines.map((line) => `${line}${eol}`).join('')}`,
    });
  } else {
    const value = oneLineValue(text, status, 'status');
    edits.push(replaceText(value, word));
    if (action === 'inactivate' && since === undefined) {
      // On the line after the status, in its indentation.
      const at = lineEndAfter(text, scalarRange(value.event).end);
      const indent = ' '.repeat(columnOf(text, scalarRange(status.key.event).start));
      edits.push({ start: at, end: at, text: `${eol}${indent}inactiveSince: ${today}` });
    }
  }
  if (since !== undefined) {
    const value = oneLineValue(text, since, 'inactiveSince');
    if (action === 'inactivate') edits.push({ ...scalarRange(value.event), text: today });
    else edits.push(wholeLine(text, since.key, value));
  }
  return applyEdits(text, edits);
}

/** The value of `key: value` when it is one plain or quoted value on the key's line. */
function oneLineValue(
  text: string,
  entry: { key: Scalar; value: Collection | Scalar },
  name: string,
): Scalar {
  const { value } = entry;
  if (
    value.kind !== 'scalar' ||
    value.event.valueStart < 0 ||
    (value.event.style !== SCALAR_STYLE.PLAIN &&
      value.event.style !== SCALAR_STYLE.SINGLE_QUOTED &&
      value.event.style !== SCALAR_STYLE.DOUBLE_QUOTED) ||
    text.slice(entry.key.event.valueEnd, scalarRange(value.event).end).includes('\n')
  ) {
    throw new EditError(`"${name}" is not a single value on one line`);
  }
  return value;
}

/** The value's characters replaced by `word`, in the value's own quotes. */
function replaceText(value: Scalar, word: string): Edit {
  const range = scalarRange(value.event);
  const quote =
    value.event.style === SCALAR_STYLE.DOUBLE_QUOTED
      ? '"'
      : value.event.style === SCALAR_STYLE.SINGLE_QUOTED
        ? "'"
        : '';
  return { ...range, text: `${quote}${word}${quote}` };
}

/** The whole line of `key: value` (its comment and line break with it): the key must start it. */
function wholeLine(text: string, key: Scalar, value: Scalar): Edit {
  const keyStart = scalarRange(key.event).start;
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  if (text.slice(lineStart, keyStart).trim() !== '') {
    throw new EditError('"inactiveSince" does not start its own line');
  }
  let end = lineEndAfter(text, scalarRange(value.event).end);
  if (text.startsWith('\r\n', end)) end += 2;
  else if (text.startsWith('\n', end)) end += 1;
  return { start: lineStart, end, text: '' };
}
