/**
 * Group files to read and rewrite in place, for the features that edit them (tgr sync, tgr
 * identify). The disk adapter is src/adapters/fs/group-files.ts; tests use an in-memory one
 * (test/support/memory-feeds.ts).
 */
export interface GroupFileStore {
  /** The group files to work on, as paths shown in the report. */
  list(): Promise<readonly string[]>;
  read(path: string): Promise<Uint8Array>;
  /** Replaces the file at once (a temporary file renamed into place): never half-written. */
  write(path: string, text: string): Promise<void>;
}
