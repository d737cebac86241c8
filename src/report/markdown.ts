import { GITHUB_LOGIN } from '../core/names.js';

/**
 * Untrusted text in a GitHub comment, issue or job summary (all GitHub-flavoured Markdown).
 * Written as an inline code span it cannot become a mention, a link or autolink, an image, an
 * emoji, HTML or a heading; line breaks are folded so it cannot end a table row or a paragraph,
 * and `|` is escaped so it cannot split a table cell.
 */
const HIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/gu;

const MAX_LENGTH = 200;

export function code(text: string, max = MAX_LENGTH): string {
  const visible = shorten(
    text.replace(/\r\n?|\n/g, ' ').replace(HIDDEN, (char) => `\\u{${hex(char)}}`),
    max,
  );
  const longestRun = Math.max(0, ...(visible.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = visible.startsWith('`') || visible.endsWith('`') || visible.trim() === '' ? ' ' : '';
  return `${fence}${pad}${visible.replaceAll('|', '\\|')}${pad}${fence}`;
}

/** U+200B ZERO WIDTH SPACE: splits a pattern GitHub would act on without changing what people read. */
const BREAK = '\u200B';

/**
 * Prose that may quote untrusted values (finding messages quote group fields), as Markdown text.
 * Every ASCII punctuation mark is backslash-escaped (no emphasis, links, images, HTML, headings,
 * tables), and the patterns GitHub links after rendering are split with a zero-width space:
 * `@login` and `@org/team` mentions, `#123` references, `www.` and `scheme://` autolinks.
 */
export function text(value: string, max = 1000): string {
  return (
    shorten(value.replace(/\r\n?|\n/g, ' '), max)
      .replace(HIDDEN, (char) => `\\u{${hex(char)}}`)
      .replace(/[!-/:-@[-`{-~]/g, (char) => `\\${char}`)
      .replace(/@(?=[A-Za-z0-9])/g, `@${BREAK}`)
      .replace(/#(?=[A-Za-z0-9])/g, `#${BREAK}`)
      .replace(/\b(www)(?=\\\.)/gi, (word) => `${word.charAt(0)}${BREAK}${word.slice(1)}`)
      // Right before `://`, so no scheme survives, whatever letters come before it.
      .replace(/\\:(?=\\\/)/g, `${BREAK}\\:`)
  );
}

/** A GitHub handle that is meant to notify its owner: only a syntactically valid login. */
export function mention(login: string): string {
  return GITHUB_LOGIN.test(login) ? `@${login}` : code(login);
}

function hex(char: string): string {
  return (char.codePointAt(0) ?? 0).toString(16).toUpperCase();
}

function shorten(value: string, max: number): string {
  const chars = Array.from(value);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : value;
}

/**
 * Markdown cut to at most `limit` UTF-8 bytes at a line break, with `note` saying where the rest
 * is; text that fits is returned as it is. GitHub measures some limits in characters and some in
 * bytes; bytes are never fewer, so a text within `limit` bytes fits either. Cutting between lines
 * never splits a code span, so no untrusted text escapes its escaping.
 */
export function fitMarkdown(markdown: string, limit: number, note: string): string {
  const bytes = Buffer.from(markdown, 'utf8');
  if (bytes.length <= limit) return markdown;
  const room = Math.max(0, limit - Buffer.byteLength(note) - 2);
  const kept = bytes.subarray(0, room).toString('utf8');
  const cut = kept.lastIndexOf('\n');
  return `${kept.slice(0, Math.max(0, cut))}\n\n${note}`;
}
