import { validateGroup, type SchemaIssue } from './schemas.js';
import type { Position } from './positions.js';
import type { SourceMap } from './source-map.js';
import { decodeGroupFile } from './text.js';
import { parseYamlMapping } from './yaml.js';

/** A group file parsed and checked against the schema: everything the rules need, as data. */
export interface ParsedGroup {
  ok: true;
  data: Record<string, unknown>;
  map: SourceMap;
  schemaIssues: readonly SchemaIssue[];
}

/** A file that never became data: not a regular file, not text, not YAML, or not a mapping. */
export interface UnreadableGroup {
  ok: false;
  reason: string;
  position: Position;
}

export interface GroupFile {
  /** The path as people see it: as given on the command line, or relative to the working directory. */
  path: string;
  /** POSIX path from the registry root (`groups/utrecht-azure.yaml`); undefined outside the registry. */
  registryPath: string | undefined;
  content: ParsedGroup | UnreadableGroup;
}

export function loadGroupFile(
  path: string,
  registryPath: string | undefined,
  bytes: Uint8Array,
): GroupFile {
  const decoded = decodeGroupFile(bytes);
  if (!decoded.ok) {
    const { reason, line, column } = decoded;
    return { path, registryPath, content: { ok: false, reason, position: { line, column } } };
  }
  const parsed = parseYamlMapping(decoded.text, GROUP_FILE_HINT);
  if (!parsed.ok) {
    return {
      path,
      registryPath,
      content: { ok: false, reason: parsed.reason, position: parsed.position },
    };
  }
  const { data, map } = parsed;
  let schemaIssues: readonly SchemaIssue[] | undefined;
  return {
    path,
    registryPath,
    content: {
      ok: true,
      data,
      map,
      // Checked on first use: a file that is only compared with others (a leader's single-file
      // check reads the whole registry) needs no schema check.
      get schemaIssues() {
        return (schemaIssues ??= validateGroup(data));
      },
    },
  };
}

/** What a group-file entry is when it is not a regular file (from the disk, or a Git tree's mode). */
export type EntryKind = 'symlink' | 'submodule' | 'other';

const NOT_REGULAR: Record<EntryKind, { is: string; fix: string }> = {
  symlink: { is: 'is a symbolic link', fix: 'replace the link with the file itself' },
  submodule: { is: 'is a Git submodule', fix: 'replace the submodule with the file itself' },
  other: {
    is: 'is a folder or a special file (a named pipe, socket or device)',
    fix: 'put the group file itself at this path',
  },
};

/** A group-file entry that is not a regular file: never read, always an error finding. */
export function nonRegularGroupFile(
  path: string,
  registryPath: string | undefined,
  kind: EntryKind,
): GroupFile {
  // Never followed or read: a link could point anywhere, and a pipe or device could block or
  // never end. Skipping it instead would make the group vanish from the registry unnoticed.
  const { is, fix } = NOT_REGULAR[kind];
  return {
    path,
    registryPath,
    content: {
      ok: false,
      reason: `${path} ${is}; a group file must be a regular file (${fix}).`,
      position: { line: 1, column: 1 },
    },
  };
}

const GROUP_FILE_HINT =
  'Start from an example in groups/, or run `npx tgr new <slug>` to create a complete group file.';
