import { dump, SCALAR_STYLE } from 'js-yaml';
import { editInPlace, type EditResult } from '../load/checked-edit.js';
import {
  applyEdits,
  buildTree,
  columnOf,
  EditError,
  entryOf,
  lineEndAfter,
  nodeEnd,
  scalarRange,
  type Collection,
  type Edit,
  type Node,
  type Scalar,
} from '../yaml/tree.js';

/** One value to set (or, `undefined`, to take out) at a key of the file or of one of its mappings. */
export interface FieldChange {
  readonly path: readonly [string] | readonly [string, string];
  readonly value: string | number | undefined;
}

/** A value as YAML writes it: js-yaml quotes whatever YAML would otherwise read as syntax. */
export function yamlScalar(value: string | number): string {
  return dump(value, { lineWidth: -1 }).trimEnd();
}

/**
 * A group file's text with the values a form asks for, every other byte kept (comments, quoting,
 * key order, line endings): a value replaces only its own characters, a missing key is added
 * after its mapping's last line, a key taken out goes with its line. The result must parse to
 * exactly the data intended with no new schema problem (src/load/checked-edit.ts); otherwise the
 * file is left as it is.
 */
export function editFields(text: string, changes: readonly FieldChange[]): EditResult {
  return editInPlace(text, {
    edit: (original) =>
      applyEdits(
        original,
        changes.map((change) => editOf(original, change)),
      ),
    intended: (data) => {
      for (const { path, value } of changes) {
        const [first, second] = path;
        const target =
          second === undefined ? data : (data[first] as Record<string, unknown> | undefined);
        if (target === undefined || typeof target !== 'object') return data;
        const key = second ?? first;
        if (value === undefined) Reflect.deleteProperty(target, key);
        else target[key] = value;
      }
      return data;
    },
    what: 'the answers',
  });
}

function editOf(text: string, { path, value }: FieldChange): Edit {
  const root = buildTree(text);
  if (root.flow) throw new EditError('the file is written in braces');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const [first, second] = path;
  let mapping = root;
  if (second !== undefined) {
    const parent = entryOf(text, root, first);
    if (parent?.value.kind !== 'mapping' || parent.value.flow)
      throw new EditError(`"${first}" is not a mapping written one key a line`);
    mapping = parent.value;
  }
  const key = second ?? first;
  const entry = entryOf(text, mapping, key);
  if (entry === undefined) {
    if (value === undefined) return { start: 0, end: 0, text: '' };
    return insertion(text, mapping, mapping === root, `${key}: ${yamlScalar(value)}`, eol);
  }
  if (value === undefined) return wholeLine(text, entry, key);
  const scalar = oneLineValue(text, entry, key);
  return { ...scalarRange(scalar.event), text: yamlScalar(value) };
}

/** A new `key: value` line after the mapping's last line, in the indentation of its keys. */
function insertion(
  text: string,
  mapping: Collection,
  isRoot: boolean,
  line: string,
  eol: string,
): Edit {
  if (isRoot) {
    const lead = text === '' || text.endsWith('\n') ? '' : eol;
    return { start: text.length, end: text.length, text: `${lead}${line}${eol}` };
  }
  const firstKey = mapping.children[0];
  if (firstKey?.kind !== 'scalar') throw new EditError('the mapping has no key to line up with');
  const indent = ' '.repeat(columnOf(text, scalarRange(firstKey.event).start));
  const at = lineEndAfter(text, nodeEnd(text, mapping));
  return { start: at, end: at, text: `${eol}${indent}${line}` };
}

/** The value of `key: value` when it is one plain or quoted value on the key's line. */
function oneLineValue(text: string, entry: { key: Scalar; value: Node }, name: string): Scalar {
  const { value } = entry;
  if (
    value.kind !== 'scalar' ||
    (value.event.valueStart >= 0 &&
      value.event.style !== SCALAR_STYLE.PLAIN &&
      value.event.style !== SCALAR_STYLE.SINGLE_QUOTED &&
      value.event.style !== SCALAR_STYLE.DOUBLE_QUOTED) ||
    (value.event.valueStart >= 0 &&
      text.slice(entry.key.event.valueEnd, scalarRange(value.event).end).includes('\n'))
  ) {
    throw new EditError(`"${name}" is not a single value on one line`);
  }
  if (value.event.valueStart < 0) throw new EditError(`"${name}" has no value to replace`);
  return value;
}

/** The whole line of `key: value` (its comment and line break with it): the key must start it. */
function wholeLine(text: string, entry: { key: Scalar; value: Node }, name: string): Edit {
  const { key, value } = entry;
  if (value.kind !== 'scalar') throw new EditError(`"${name}" is not a single value`);
  const keyStart = scalarRange(key.event).start;
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  if (text.slice(lineStart, keyStart).trim() !== '')
    throw new EditError(`"${name}" does not start its own line`);
  const valueEnd = value.event.valueStart < 0 ? key.event.valueEnd : scalarRange(value.event).end;
  if (text.slice(keyStart, valueEnd).includes('\n'))
    throw new EditError(`"${name}" is not a single value on one line`);
  let end = lineEndAfter(text, valueEnd);
  if (text.startsWith('\r\n', end)) end += 2;
  else if (text.startsWith('\n', end)) end += 1;
  return { start: lineStart, end, text: '' };
}
