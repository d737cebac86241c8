import type { PlainDate } from '../core/dates.js';
import { isPlainDate } from '../core/dates.js';
import type { Policy } from '../core/policy.js';
import { asText, field } from '../core/read.js';
import { parseMarker } from '../audit/issue-text.js';
import type { ExistingIssue } from '../audit/plan.js';
import type { AuditHost } from '../audit/port.js';
import { findProblems, snapshotGroups } from '../audit/problems.js';
import { checkLeaderAccounts } from '../audit/run-audit.js';
import { evaluate } from '../evaluate/evaluate.js';
import type { GroupFile } from '../load/group-file.js';
import type { GroupFileStore, RegistryDisk } from '../load/port.js';
import { readRegistry } from '../load/registry.js';
import { decodeGroupFile } from '../yaml/text.js';
import { decideLifecycle, type LifecycleChange, type LifecycleGroup } from './decide.js';
import { editLifecycle } from './edit.js';

/** What the lifecycle reads from the code host: the audit's issues, who the audit is, accounts. */
export type LifecycleHost = Pick<AuditHost, 'auditIssues' | 'ownAccountId' | 'accounts'>;

export interface LifecycleOptions {
  root: string;
  today: PlainDate;
  policy: Policy;
  /** Decide and report; write and delete nothing. */
  dryRun: boolean;
  /** The registry paths (`groups/x.yaml`) to decide for; undefined for every group. */
  only?: ReadonlySet<string>;
}

export interface LifecyclePort {
  /** The registry, read as tgr validate and the audit read it. */
  disk: RegistryDisk;
  /** The group files to rewrite or delete, by registry path (`groups/x.yaml`). */
  files: GroupFileStore;
  /**
   * The audit's issues and account; undefined without a connection: then no issue is read and
   * nobody is made inactive (nobody becomes inactive without having been told).
   */
  host: LifecycleHost | undefined;
}

/** One decided change and the file it applies to. */
export type PlannedChange = LifecycleChange & { path: string };

export interface LifecycleOutcome {
  /** Every change decided, in the decision's order (by slug). */
  changes: PlannedChange[];
  /** The changes carried out (none in a dry run). */
  applied: PlannedChange[];
  /** Changes that could not be made: the file is left as it was. */
  errors: Array<{ group: string; path: string; reason: string }>;
  /** Whether the audit's issues were read (not without a connection). */
  issuesRead: boolean;
}

/**
 * `tgr lifecycle`: the registry's groups counted as the audit counts them (an inactive group's
 * file as if it were active, as `decideLifecycle` asks), the audit's issues, the decision, and
 * each change made in its file: inactivate and reactivate edit the file in place, remove
 * deletes it.
 */
export async function runLifecycle(
  options: LifecycleOptions,
  port: LifecyclePort,
): Promise<LifecycleOutcome> {
  const { today, policy } = options;
  const files = await readRegistry(port.disk, options.root);
  const asIs = snapshotGroups(evaluate(files, { today, policy }), today, policy);
  // Two evaluations, so a group counted as active for the decision never changes what the
  // registry's other groups are counted as; the second only when some group is inactive.
  const asActive = asIs.some((group) => group.status === 'inactive')
    ? snapshotGroups(evaluate(files.map(asIfActive), { today, policy }), today, policy)
    : asIs;
  const asActiveByPath = new Map(asActive.map((group) => [group.path, group]));
  let counted = asIs.map((group) =>
    group.status === 'inactive' ? (asActiveByPath.get(group.path) ?? group) : group,
  );
  if (port.host) counted = await checkLeaderAccounts(counted, port.host);

  const problems = findProblems(counted);
  const dataByPath = new Map(
    files.flatMap((file) => (file.content.ok ? [[pathOf(file), file.content.data] as const] : [])),
  );
  // Two files with one slug are registry/duplicate's error: neither changes stage.
  const seen = new Map<string, number>();
  for (const { slug } of counted) seen.set(slug, (seen.get(slug) ?? 0) + 1);
  const pathBySlug = new Map<string, string>();
  const groups: LifecycleGroup[] = [];
  for (const group of counted) {
    if (options.only !== undefined && !options.only.has(group.path)) continue;
    if (seen.get(group.slug) !== 1) continue;
    pathBySlug.set(group.slug, group.path);
    const data = dataByPath.get(group.path) ?? {};
    const since = asText(field(data, 'inactiveSince'));
    groups.push({
      slug: group.slug,
      status: asText(field(data, 'status')) ?? 'active',
      inactiveSince: since !== undefined && isPlainDate(since) ? since : undefined,
      problems: problems.filter((problem) => problem.group === group).map(({ kind }) => kind),
    });
  }

  const issues: ExistingIssue[] = port.host ? await port.host.auditIssues() : [];
  // Who the audit is matters only once some issue carries its marker: one query, asked lazily.
  const self =
    port.host && issues.some((issue) => parseMarker(issue.body) !== undefined)
      ? await port.host.ownAccountId()
      : undefined;
  const changes = decideLifecycle(groups, issues, policy, today, self).map((change) => ({
    ...change,
    path: pathBySlug.get(change.group) ?? '',
  }));

  const outcome: LifecycleOutcome = {
    changes,
    applied: [],
    errors: [],
    issuesRead: port.host !== undefined,
  };
  if (options.dryRun) return outcome;
  for (const change of changes) {
    const reason = await apply(change, today, port.files);
    if (reason === undefined) outcome.applied.push(change);
    else outcome.errors.push({ group: change.group, path: change.path, reason });
  }
  return outcome;
}

/** Makes one change; undefined when done, else why the file was left as it was. */
async function apply(
  change: PlannedChange,
  today: PlainDate,
  files: GroupFileStore,
): Promise<string | undefined> {
  if (change.action === 'remove') {
    try {
      await files.remove(change.path);
      return undefined;
    } catch {
      return 'the file could not be deleted';
    }
  }
  let bytes: Uint8Array;
  try {
    bytes = await files.read(change.path);
  } catch {
    return 'the file cannot be read';
  }
  const decoded = decodeGroupFile(bytes);
  if (!decoded.ok) return 'the file cannot be read as a group file (run tgr validate on it)';
  const edited = editLifecycle(decoded.text, change.action, today);
  if (!edited.ok) return `the file was not changed: ${edited.reason}`;
  // The byte-order mark the decoder dropped goes back, so only the stage's lines differ.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\ufeff' : '';
  try {
    await files.write(change.path, `${bom}${edited.text}`);
    return undefined;
  } catch {
    return 'the file could not be written';
  }
}

function pathOf(file: GroupFile): string {
  return file.registryPath ?? file.path;
}

/**
 * An inactive group's file as if it were active, for counting its problems the way the audit
 * counts an active group's (its `inactiveSince` goes too, or registry/inactive would object).
 */
function asIfActive(file: GroupFile): GroupFile {
  const { content } = file;
  if (!content.ok || field(content.data, 'status') !== 'inactive') return file;
  const data: Record<string, unknown> = { ...content.data, status: 'active' };
  delete data.inactiveSince;
  return { ...file, content: { ...content, data } };
}
