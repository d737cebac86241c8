import type { EntryKind } from './group-file.js';

/**
 * The registry's folder as the disk holds it: what `tgr validate`, the audit, the site and the
 * pull-request check (for the base branch's files) read. The adapter is
 * src/adapters/fs/registry-disk.ts; it never follows a link and never waits on a pipe.
 */
export interface RegistryDisk {
  /**
   * Every entry under `folder` (recursively) named like a group file, sorted by path; none when
   * the folder does not exist. Entries that are not regular files are listed too: `read` says
   * what they are, so a group file turned into a link becomes a finding rather than vanishing.
   */
  list(folder: string): Promise<string[]>;
  /**
   * Command-line paths expanded: a folder means the group files inside it; a named symbolic link
   * is not followed. A path that cannot be looked at throws `UnreadablePathError`.
   */
  expand(targets: readonly string[]): Promise<string[]>;
  /** A regular file's bytes, or what the entry is instead. Throws when it cannot be read. */
  read(absolute: string): Uint8Array | EntryKind;
}

/** One file's bytes, or why there are none, in words the caller can explain to a person. */
export type FileRead =
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'missing' }
  | { kind: 'not-a-file' }
  | { kind: 'unreadable'; code: string | undefined };

/** Reads one file that is not a group file (the program policy); the disk adapter implements it. */
export type ReadFile = (path: string) => FileRead;

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
  /** Deletes the file (tgr lifecycle's removal; git keeps its history). */
  remove(path: string): Promise<void>;
}
