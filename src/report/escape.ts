/**
 * Untrusted text (anything from a group file or a pull request) is escaped for the place it is
 * written to. In a GitHub Actions log, a line that starts with `::` or holds `##[` is a workflow
 * command the runner obeys; a newline inside a value would start such a line.
 */

/** Control, bidirectional and invisible formatting characters, shown as \u{…} instead. */
const HIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/gu;

function showHidden(text: string): string {
  return text.replace(
    HIDDEN,
    (char) => `\\u{${char.codePointAt(0)?.toString(16).toUpperCase() ?? ''}}`,
  );
}

/**
 * For one line of plain text output (terminal or Actions log): newlines and tabs become visible
 * escapes, hidden characters are shown, and the `::` and `##[` that start workflow commands are
 * broken with a backslash. A backslash already there stays single: the values messages quote
 * are JSON-escaped once by quote(), and doubling it again printed `"C:\\\\Users"`.
 */
export function escapeLogText(text: string): string {
  return showHidden(text)
    .replaceAll('\r', '\\r')
    .replaceAll('\n', '\\n')
    .replaceAll('\t', '\\t')
    .replaceAll('::', ':\\:')
    .replaceAll('##[', '#\\#[');
}

/**
 * For JSON printed to a log: the same data once parsed, but `::` and `##[` written with JSON's
 * own \u escapes, so no line of the output can be read as a workflow command.
 */
export function escapeJsonForLog(json: string): string {
  return json
    .replaceAll('::', ':\\u003a')
    .replaceAll('##[', '#\\u0023[')
    .replace(/[\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16)}`);
}

/**
 * For the message of an annotation written through @actions/core: core escapes newlines and
 * `%`, and the runner reads the line as one v2 command; breaking `##[` as well means no runner
 * version can ever find a v1 command inside the text.
 */
export function escapeAnnotationText(text: string): string {
  return text.replaceAll('##[', '#\\#[');
}
