/**
 * Where the site goes: the feature owns this port. The CLI implements it with a folder that
 * becomes the output only once every file is written; the tests implement it in memory.
 */
export interface SiteWriter {
  /** Writes one file; `path` is relative to the site's root, with `/` separators. */
  write(path: string, content: string): Promise<void>;
}
