import { createHash } from 'node:crypto';
import path from 'node:path';
import type { PlainDate } from '../core/dates.js';
import type { Finding } from '../core/finding.js';
import type { LoadPlaces } from '../core/places.js';
import type { Policy } from '../core/policy.js';
import type { FileResult } from '../evaluate/evaluate.js';
import { renderMessage } from '../i18n/findings/index.js';
import type { RegistryDisk } from '../load/port.js';
import { GROUPS_DIR } from '../load/registry.js';
import { runValidate } from '../validate/run-validate.js';
import { planFromIssue, type FormChange, type RegistryView } from './plan.js';

/** Where the change goes: the disk adapter creates a new file or replaces one whole. */
export type WriteGroupFile = (
  absolute: string,
  text: string,
  action: 'create' | 'update',
) => Promise<void>;

export interface FromIssueOptions {
  /** The `issues` event's payload, as GitHub delivers it to a workflow. */
  event: unknown;
  root: string;
  disk: RegistryDisk;
  today: PlainDate;
  policy: Policy;
  loadPlaces?: LoadPlaces;
  /** Check and report only: nothing is written. */
  dryRun: boolean;
}

export interface FromIssueOutcome {
  change: FormChange;
  /** The form's problems as findings (rule `issue-form`), or the checked file's findings. */
  findings: Finding[];
  errors: number;
  warnings: number;
  /** The file written, when one was. */
  written?: string;
  /** The hex SHA-256 of the payload's issue body (UTF-8): the body this change was read from. */
  bodySha256: string;
}

/** The payload holds no issue: the workflow ran the command on the wrong event. */
export class NotAnIssueEventError extends Error {
  override name = 'NotAnIssueEventError';
}

/**
 * `tgr from-issue`: the change an issue form asks for, checked as `tgr validate` checks a group
 * file (every rule, the whole registry around it) while it is still in memory, and written only
 * when the check finds no error. Only `groups/<slug>.yaml` is ever written, the slug being one
 * the registry's own pattern allows.
 */
export async function runFromIssue(
  options: FromIssueOptions,
  write: WriteGroupFile,
): Promise<FromIssueOutcome> {
  const body = issueBody(options.event);
  const bodySha256 = createHash('sha256')
    .update(typeof body === 'string' ? body : '', 'utf8')
    .digest('hex');
  const groupsFolder = path.join(options.root, GROUPS_DIR);
  const files = await options.disk.list(groupsFolder);
  const slugOf = new Map(
    files
      .filter((file) => path.dirname(file) === groupsFolder && file.endsWith('.yaml'))
      .map((file) => [path.basename(file, '.yaml'), file]),
  );
  const view: RegistryView = {
    slugs: [...slugOf.keys()],
    read(slug) {
      const bytes = options.disk.read(slugOf.get(slug) ?? '');
      return typeof bytes === 'string' ? '' : new TextDecoder().decode(bytes);
    },
  };
  const change = planFromIssue(body, view);
  if (!change.ok) {
    const findings = change.problems.map((problem): Finding => ({
      rule: 'issue-form',
      severity: 'error',
      file: change.path ?? '',
      pointer: problem.field === undefined ? '' : `/${problem.field}`,
      line: 0,
      column: 0,
      message: renderMessage(problem.message, 'en'),
      messageId: problem.message.id,
      params: problem.message.params ?? {},
    }));
    return { change, findings, errors: findings.length, warnings: 0, bodySha256 };
  }

  const target = path.join(options.root, change.path);
  const outcome = await runValidate({
    paths: [target],
    root: options.root,
    disk: withFile(options.disk, target, change.text),
    cwd: options.root,
    today: options.today,
    policy: options.policy,
    ...(options.loadPlaces ? { loadPlaces: options.loadPlaces } : {}),
  });
  const findings = outcome.results.flatMap((result: FileResult) => result.findings);
  const result = {
    change,
    findings,
    errors: outcome.errors,
    warnings: outcome.warnings,
    bodySha256,
  };
  if (outcome.errors > 0 || options.dryRun) return result;
  await write(target, change.text, change.action);
  return { ...result, written: target };
}

function issueBody(event: unknown): unknown {
  const issue =
    typeof event === 'object' && event !== null
      ? (event as Record<string, unknown>)['issue']
      : undefined;
  if (typeof issue !== 'object' || issue === null)
    throw new NotAnIssueEventError(
      'the event payload holds no issue: run tgr from-issue on an issues event',
    );
  return (issue as Record<string, unknown>)['body'];
}

/** The registry as it would be with `text` at `target`: what the check reads, before any write. */
function withFile(disk: RegistryDisk, target: string, text: string): RegistryDisk {
  const bytes = new TextEncoder().encode(text);
  return {
    async list(folder) {
      const listed = await disk.list(folder);
      const inside = target.startsWith(path.resolve(folder) + path.sep);
      return inside && !listed.includes(target) ? [...listed, target].sort() : listed;
    },
    async expand(targets) {
      const expanded: string[] = [];
      for (const named of targets) {
        if (path.resolve(named) === target) expanded.push(target);
        else expanded.push(...(await disk.expand([named])));
      }
      return expanded;
    },
    read: (absolute) => (path.resolve(absolute) === target ? bytes : disk.read(absolute)),
  };
}
