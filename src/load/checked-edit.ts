import { isDeepStrictEqual } from 'node:util';
import { renderMessage } from '../i18n/findings/index.js';
import { validateGroup } from '../schema/schemas.js';
import { parseYamlMapping } from '../yaml/parse.js';
import { EditError } from '../yaml/tree.js';

/** A group file's text after an edit in place, or why it was left as it is. */
export type EditResult = { ok: true; text: string } | { ok: false; reason: string };

export interface InPlaceEdit {
  /** The edited text, every byte not edited kept; an EditError says why it cannot be done. */
  edit: (text: string) => string;
  /** The data the edited text must parse to, made from (a copy of) the data before. */
  intended: (before: Record<string, unknown>) => Record<string, unknown>;
  /** What the edit is meant to give, for the reason it is refused ("the ids", "the stage"). */
  what: string;
}

/**
 * Edits a group file's text in place (tgr sync, identify, lifecycle), and keeps the edit only if
 * the text reads back as exactly the data intended and has no schema problem the file did not
 * have: a bot never writes a file that says more, less or worse than it meant to.
 */
export function editInPlace(text: string, change: InPlaceEdit): EditResult {
  const before = parseYamlMapping(text);
  if (!before.ok) {
    return { ok: false, reason: `the file does not parse: ${renderMessage(before.reason, 'en')}` };
  }
  let edited: string;
  try {
    edited = change.edit(text);
  } catch (error: unknown) {
    if (error instanceof EditError) return { ok: false, reason: error.message };
    throw error;
  }
  const after = parseYamlMapping(edited);
  if (!after.ok) {
    return {
      ok: false,
      reason: `the edited file would not parse (${renderMessage(after.reason, 'en')}); left as it is`,
    };
  }
  // Key order is no part of the data (isDeepStrictEqual ignores it): a key added last is the same key.
  if (!isDeepStrictEqual(after.data, change.intended(structuredClone(before.data)))) {
    return {
      ok: false,
      reason: `the edit would not give exactly ${change.what} intended; left as it is`,
    };
  }
  if (validateGroup(after.data).length > validateGroup(before.data).length) {
    return { ok: false, reason: 'the edited file would not pass the schema; left as it is' };
  }
  return { ok: true, text: edited };
}
