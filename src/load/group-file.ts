import type { MessageRef } from '../core/finding.js';
import { say } from '../i18n/findings/index.js';
import { validateGroup, type SchemaIssue } from '../schema/schemas.js';
import type { Position } from '../yaml/positions.js';
import type { SourceMap } from '../yaml/source-map.js';
import { decodeGroupFile } from '../yaml/text.js';
import { parseYamlMapping } from '../yaml/parse.js';

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
  /** Why, and what to do about it: the `yaml` rule's message. */
  reason: MessageRef;
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
  const parsed = parseYamlMapping(decoded.text, 'group');
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

/** A group-file entry that is not a regular file: never read, always an error finding. */
export function nonRegularGroupFile(
  path: string,
  registryPath: string | undefined,
  kind: EntryKind,
): GroupFile {
  // Never followed or read: a link could point anywhere, and a pipe or device could block or
  // never end. Skipping it instead would make the group vanish from the registry unnoticed.
  return {
    path,
    registryPath,
    content: {
      ok: false,
      reason: say('yaml.not-regular-file', { path, kind }),
      position: { line: 1, column: 1 },
    },
  };
}
