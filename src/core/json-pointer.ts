/** RFC 6901 JSON pointers, the address every finding carries. */

export function escapeSegment(segment: string | number): string {
  return String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
}

/** `pointer('leader', 'github')` is `/leader/github`; no segments is the whole document, ``. */
export function pointer(...segments: ReadonlyArray<string | number>): string {
  return segments.map((segment) => `/${escapeSegment(segment)}`).join('');
}

export function unescapeSegment(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** The last segment, unescaped: the field name or array index a pointer ends in. */
export function lastSegment(path: string): string {
  return unescapeSegment(path.slice(path.lastIndexOf('/') + 1));
}

export function parentPointer(path: string): string {
  return path.slice(0, Math.max(path.lastIndexOf('/'), 0));
}
