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

/** A file that never became data: not text, not YAML, or not a mapping. */
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
  return {
    path,
    registryPath,
    content: {
      ok: true,
      data: parsed.data,
      map: parsed.map,
      schemaIssues: validateGroup(parsed.data),
    },
  };
}

const GROUP_FILE_HINT =
  'Start from an example in groups/, or run `npx tgr new <slug>` to create a complete group file.';

export type EntryKind = 'symlink' | 'submodule' | 'other';

const ENTRY_NAMES: Record<EntryKind, string> = {
  symlink: 'a symbolic link',
  submodule: 'a submodule',
  other: 'not a regular file',
};

/** A group-file entry that is not a regular file: never read, always an error finding. */
export function nonRegularGroupFile(
  path: string,
  registryPath: string | undefined,
  kind: EntryKind,
): GroupFile {
  return {
    path,
    registryPath,
    content: {
      ok: false,
      reason: `${path} is ${ENTRY_NAMES[kind]}; a group file must be a regular file (replace it with the file itself).`,
      position: { line: 1, column: 1 },
    },
  };
}
