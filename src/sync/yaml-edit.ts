import { CORE_SCHEMA, dump, getScalarValue, SCALAR_STYLE, type ScalarEvent } from 'js-yaml';
import { editInPlace, type EditResult } from '../load/checked-edit.js';
import {
  applyEdits,
  buildTree,
  closingBracket,
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
import type { Change, NewMeetup } from './plan.js';

/**
 * Applies sync's changes to a group file's text without writing the file anew: new meetups are
 * inserted after the last one, in the list's own indentation and style, and a changed value
 * replaces only its own characters (in its own quoting). Comments, key order, quoting, blank
 * lines and line endings elsewhere stay byte for byte. The result must parse to exactly the data
 * the changes describe, with no new schema problem; otherwise nothing is changed.
 */
export function applyChanges(text: string, changes: readonly Change[]): EditResult {
  if (changes.length === 0) return { ok: true, text };
  return editInPlace(text, {
    edit: (original) => edit(original, changes),
    intended: (data) => expectedData(data, changes),
    what: 'the meetups',
  });
}

/** The data the changes describe: what the edited text must parse to. */
function expectedData(
  data: Record<string, unknown>,
  changes: readonly Change[],
): Record<string, unknown> {
  const copy = structuredClone(data);
  const list = Array.isArray(copy.meetups) ? (copy.meetups as unknown[]) : [];
  for (const change of changes) {
    if (change.kind === 'add') {
      list.push({ ...change.meetup });
      continue;
    }
    const entry = list[change.index] as Record<string, unknown>;
    if (change.kind === 'cancel') entry.cancelled = true;
    else {
      if (change.date) entry.date = change.date.to;
      if (change.title) entry.title = change.title.to;
    }
  }
  if (list.length > 0) copy.meetups = list;
  return copy;
}

function edit(text: string, changes: readonly Change[]): string {
  const root = buildTree(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const meetupsKey = entryOf(text, root, 'meetups');
  const edits: Edit[] = [];

  for (const change of changes) {
    if (change.kind === 'add') continue;
    const list = meetupsKey?.value;
    const item = list?.kind === 'sequence' ? list.children[change.index] : undefined;
    if (item?.kind !== 'mapping')
      throw new EditError(`meetup ${String(change.index + 1)} is not a mapping`);
    if (change.kind === 'update') {
      if (change.date) edits.push(replaceValue(text, item, 'date', change.date.to, 'date'));
      if (change.title) edits.push(replaceValue(text, item, 'title', change.title.to, 'text'));
    } else {
      const existing = entryOf(text, item, 'cancelled');
      if (existing) edits.push(replaceValue(text, item, 'cancelled', true, 'boolean'));
      else edits.push(addField(text, item, 'cancelled: true', eol));
    }
  }

  const added = changes.flatMap((change) => (change.kind === 'add' ? [change.meetup] : []));
  if (added.length > 0) edits.push(appendMeetups(text, root, meetupsKey, added, eol));

  return applyEdits(text, edits);
}

function replaceValue(
  text: string,
  mapping: Collection,
  key: string,
  value: string | boolean,
  kind: 'date' | 'text' | 'boolean',
): Edit {
  const entry = entryOf(text, mapping, key);
  if (entry?.value.kind !== 'scalar' || entry.value.event.valueStart < 0) {
    throw new EditError(`"${key}" of a meetup is not a single value`);
  }
  const { event } = entry.value;
  const range = scalarRange(event);
  let rendered: string;
  if (typeof value === 'boolean') rendered = String(value);
  else if (kind === 'date') rendered = value;
  else if (event.style === SCALAR_STYLE.DOUBLE_QUOTED) rendered = JSON.stringify(value);
  else if (event.style === SCALAR_STYLE.SINGLE_QUOTED)
    rendered = `'${value.replaceAll("'", "''")}'`;
  else if (event.style === SCALAR_STYLE.PLAIN) rendered = scalar(value, mapping.flow);
  else throw new EditError(`"${key}" of a meetup is written as a block of text`);
  return { ...range, text: rendered };
}

/** A new `key: value` line at the end of a meetup, in its indentation (or `, key: value` in flow). */
function addField(text: string, mapping: Collection, field: string, eol: string): Edit {
  if (mapping.flow) {
    // Right after the last value, so the spacing before the closing brace stays as it was.
    const last = mapping.children.at(-1);
    const after = last === undefined ? -1 : nodeEnd(text, last);
    if (after < 0) throw new EditError('a meetup written in braces ends in an empty value');
    return { start: after, end: after, text: `, ${field}` };
  }
  const end = nodeEnd(text, mapping);
  const at = lineEndAfter(text, end);
  return { start: at, end: at, text: `${eol}${' '.repeat(columnOf(text, mapping.start))}${field}` };
}

function appendMeetups(
  text: string,
  root: Collection,
  entry: { key: Scalar; value: Node } | undefined,
  meetups: readonly NewMeetup[],
  eol: string,
): Edit {
  if (entry === undefined) {
    // No `meetups:` at all: a new block at the end of the file.
    const lines = meetups.map((meetup) => blockItem(meetup, '  ', '    ', eol)).join(eol);
    const lead = text === '' || text.endsWith('\n') ? '' : eol;
    return { start: text.length, end: text.length, text: `${lead}meetups:${eol}${lines}${eol}` };
  }
  const list = entry.value;
  const keyColumn = columnOf(text, entry.key.event.valueStart);
  const fresh = (): string =>
    meetups
      .map((meetup) => blockItem(meetup, ' '.repeat(keyColumn + 2), ' '.repeat(keyColumn + 4), eol))
      .join(eol);

  if (list.kind === 'scalar') {
    // `meetups:` with nothing (or null) after it: the list starts on the next line.
    const { event } = list;
    if (event.valueStart < 0) {
      const at = lineEndAfter(text, entry.key.event.valueEnd);
      return { start: at, end: at, text: `${eol}${fresh()}` };
    }
    if (!isNull(text, event)) throw new EditError('"meetups" is not a list');
    const range = scalarRange(event);
    let start = range.start;
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    const at = lineEndAfter(text, range.end);
    return { start, end: at, text: `${text.slice(range.end, at)}${eol}${fresh()}` };
  }
  if (list.kind !== 'sequence') throw new EditError('"meetups" is not a list');

  if (list.flow && list.children.length === 0) {
    // `meetups: []`: the brackets give way to a block list; a comment after them stays.
    const close = closingBracket(text, list.start + 1, ']');
    let start = list.start;
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    const at = lineEndAfter(text, close + 1);
    return { start, end: at, text: `${text.slice(close + 1, at)}${eol}${fresh()}` };
  }
  const last = list.children.at(-1);
  if (last === undefined) throw new EditError('"meetups" is an empty block list');
  if (list.flow) {
    const end = nodeEnd(text, last);
    const items = meetups.map((meetup) => `, ${flowItem(meetup)}`).join('');
    return { start: end, end, text: items };
  }
  // A block list: new items after the last one's last line, in the first item's indentation.
  const dash = ' '.repeat(columnOf(text, list.start));
  const first = list.children[0];
  const inFlow = first?.kind === 'mapping' && first.flow;
  const keyIndent =
    first?.kind === 'mapping' && !first.flow
      ? ' '.repeat(columnOf(text, first.start))
      : `${dash}  `;
  const at = lineEndAfter(text, nodeEnd(text, last));
  const items = meetups
    .map((meetup) =>
      inFlow ? `${dash}- ${flowItem(meetup)}` : blockItem(meetup, dash, keyIndent, eol),
    )
    .join(eol);
  return { start: at, end: at, text: `${eol}${items}` };
}

function isNull(text: string, event: ScalarEvent): boolean {
  return (
    event.style === SCALAR_STYLE.PLAIN && /^(?:null|Null|NULL|~)$/.test(getScalarValue(text, event))
  );
}

function fields(meetup: NewMeetup, flow: boolean): string[] {
  return [
    `date: ${meetup.date}`,
    `title: ${scalar(meetup.title, flow)}`,
    `azure: ${String(meetup.azure)}`,
    ...(meetup.url === undefined ? [] : [`url: ${scalar(meetup.url, flow)}`]),
    ...(meetup.uid === undefined ? [] : [`uid: ${scalar(meetup.uid, flow)}`]),
  ];
}

function blockItem(meetup: NewMeetup, dash: string, keyIndent: string, eol: string): string {
  const [first = '', ...rest] = fields(meetup, false);
  return [`${dash}- ${first}`, ...rest.map((line) => `${keyIndent}${line}`)].join(eol);
}

function flowItem(meetup: NewMeetup): string {
  return `{ ${fields(meetup, true).join(', ')} }`;
}

/** A text value as YAML: plain where YAML reads it back as the same text, else double-quoted. */
function scalar(value: string, flow: boolean): string {
  const dumped = dump(value, { lineWidth: -1, schema: CORE_SCHEMA }).trimEnd();
  if (dumped.includes('\n') || /^[|>'"]/.test(dumped)) return JSON.stringify(value);
  // Inside `{ }` a comma, bracket or brace would end the value.
  if (flow && /[,[\]{}]/.test(value)) return JSON.stringify(value);
  return dumped;
}
