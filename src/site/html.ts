/**
 * The one way text reaches the site's HTML: every value from a group file goes through `text`
 * (element content and attribute values alike), and every link through `href`, which takes only
 * the URLs `safeUrl` in model.ts let through.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Characters that would reorder or hide the text around them (bidirectional controls, zero-width
 * spaces, other controls, the byte-order mark): shown as a visible `\u{…}` escape instead, so a
 * name reads as written, byte for byte. Joiners (U+200C, U+200D) stay: scripts such as Kannada,
 * Devanagari and Persian need them.
 */
const TRICKS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u180E\u200B\u200E\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/gu;

/** Untrusted text, escaped for HTML content or a quoted attribute value. */
export function text(value: string): string {
  return reveal(value.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char));
}

/** Shows the characters of TRICKS as visible escapes (the Atom feeds use it too). */
export function reveal(value: string): string {
  return value.replace(
    TRICKS,
    (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`,
  );
}

/** A link built only from a URL `safeUrl` accepted (or a relative path the site itself made). */
export function link(url: string, label: string, attributes = ''): string {
  return `<a href="${text(url)}"${attributes}>${text(label)}</a>`;
}

/** A URL shown as a short label: its host and path, without the scheme or a trailing slash. */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
