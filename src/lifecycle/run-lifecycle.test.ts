import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { marker } from '../audit/issue-text.js';
import { DEFAULT_POLICY, type Policy } from '../core/policy.js';
import type { ProblemKind } from '../core/vocabulary.js';
import {
  auditGroup,
  ENOUGH_MEETUPS,
  TOO_FEW_MEETUPS,
  type AuditGroupOptions,
} from '../../test/support/audit-fixtures.js';
import { AUDIT_ACCOUNT, MemoryAuditHost } from '../../test/support/memory-audit-host.js';
import { memoryFiles, text } from '../../test/support/memory-feeds.js';
import { memoryRegistry } from '../../test/support/memory-registry.js';
import { runLifecycle, type LifecycleOptions } from './run-lifecycle.js';

const ROOT = path.resolve('/registry');
const TODAY = '2026-11-22';
/** Stages on: 60 days to fix a problem, 30 days' grace, removal 180 days after inactiveSince. */
const POLICY: Policy = {
  ...DEFAULT_POLICY,
  lifecycle: { enabled: true, inactiveAfterDays: 30, removeAfterDays: 180 },
};

/** A group file; `inactiveSince` makes it inactive since that day. */
function file(n: number, slug: string, options: AuditGroupOptions & { inactiveSince?: string }) {
  const { inactiveSince, ...rest } = options;
  const group = auditGroup(n, {
    slug,
    ...rest,
    ...(inactiveSince === undefined ? {} : { status: 'inactive' }),
  });
  const body =
    inactiveSince === undefined
      ? group.text
      : group.text.replace('status: inactive', `status: inactive\ninactiveSince: ${inactiveSince}`);
  return { ...group, text: body };
}

/** An open audit issue for a group's problem, first seen on `since`, created by `author`. */
function openIssue(
  host: MemoryAuditHost,
  number: number,
  slug: string,
  kind: ProblemKind,
  since: string,
  author = AUDIT_ACCOUNT,
): void {
  host.issues.push({
    number,
    title: `${slug}: ${kind}`,
    body: `${marker({ slug, kind }, since)}\nThe audit's text.`,
    state: 'open',
    labels: ['audit'],
    author,
    comments: [],
  });
}

/** A registry of these files, on a disk and in the store the orchestrator edits. */
function registry(groups: ReadonlyArray<{ path: string; text: string }>) {
  const texts = Object.fromEntries(groups.map((group) => [group.path, group.text]));
  return memoryFiles(texts);
}

async function run(
  files: ReturnType<typeof memoryFiles>,
  host: MemoryAuditHost | undefined,
  options: Partial<LifecycleOptions> = {},
) {
  // The disk the run reads is the store as it is now, so a second run sees the first's edits.
  const disk = memoryRegistry(
    Object.fromEntries([...files.files].map(([file, bytes]) => [path.join(ROOT, file), bytes])),
  );
  return runLifecycle(
    { root: ROOT, today: TODAY, policy: POLICY, dryRun: false, ...options },
    { disk, files, host },
  );
}

const TOO_FEW = { meetups: TOO_FEW_MEETUPS };
const ENOUGH = { meetups: ENOUGH_MEETUPS };

describe('runLifecycle', () => {
  it('inactivates a group past its date and grace, in place, with today as inactiveSince', async () => {
    const group = file(1, 'too-few', TOO_FEW);
    const files = registry([group]);
    const host = new MemoryAuditHost();
    // First seen 2026-08-01: due 2026-09-30, plus 30 days is 2026-10-30, before today.
    openIssue(host, 7, 'too-few', 'meetups-minimum', '2026-08-01');
    const outcome = await run(files, host);
    const change = {
      group: 'too-few',
      path: 'groups/too-few.yaml',
      action: 'inactivate',
      since: '2026-08-01',
      messageId: 'lifecycle/inactivate',
      params: {
        problem: 'meetups_minimum',
        since: '2026-08-01',
        deadline: '2026-09-30',
        grace: 30,
      },
      issue: 7,
    };
    expect(outcome).toEqual({ changes: [change], applied: [change], errors: [], issuesRead: true });
    expect(text(files.files.get(group.path))).toBe(
      group.text.replace('status: active', `status: inactive\ninactiveSince: ${TODAY}`),
    );
  });

  it("counts a leader's deleted account as the audit does, and inactivates for it", async () => {
    const group = file(2, 'lost-leader', ENOUGH);
    const files = registry([group]);
    const host = new MemoryAuditHost();
    host.delete(group.leader);
    openIssue(host, 3, 'lost-leader', 'leader', '2026-07-01');
    const outcome = await run(files, host);
    expect(
      outcome.applied.map(({ group: slug, action, issue }) => ({ slug, action, issue })),
    ).toEqual([{ slug: 'lost-leader', action: 'inactivate', issue: 3 }]);
  });

  it('reactivates an inactive group that meets every requirement again', async () => {
    const group = file(3, 'back', { ...ENOUGH, inactiveSince: '2026-06-01' });
    const files = registry([group]);
    const outcome = await run(files, new MemoryAuditHost());
    expect(outcome.applied).toEqual([
      {
        group: 'back',
        path: 'groups/back.yaml',
        action: 'reactivate',
        since: '2026-06-01',
        messageId: 'lifecycle/reactivate',
        params: { since: '2026-06-01' },
        issue: null,
      },
    ]);
    expect(text(files.files.get(group.path))).toBe(
      group.text.replace('status: inactive\ninactiveSince: 2026-06-01', 'status: active'),
    );
  });

  it('removes an inactive group still short long after inactiveSince: its file is deleted', async () => {
    const group = file(4, 'gone', { ...TOO_FEW, inactiveSince: '2026-04-01' });
    const files = registry([group]);
    const outcome = await run(files, new MemoryAuditHost());
    expect(outcome.applied).toEqual([
      {
        group: 'gone',
        path: 'groups/gone.yaml',
        action: 'remove',
        since: '2026-04-01',
        messageId: 'lifecycle/remove',
        params: { since: '2026-04-01', days: 180 },
        issue: null,
      },
    ]);
    expect(files.removed).toEqual(['groups/gone.yaml']);
    expect(files.files.has('groups/gone.yaml')).toBe(false);
  });

  it('changes nothing for a compliant group, one not yet past its grace, or one inactive for a short while', async () => {
    const groups = [
      file(5, 'fine', ENOUGH),
      file(6, 'in-grace', TOO_FEW),
      file(7, 'still-short', { ...TOO_FEW, inactiveSince: '2026-09-01' }),
      file(8, 'copied', TOO_FEW),
    ];
    const files = registry(groups);
    const host = new MemoryAuditHost();
    // Due 2026-10-24, plus 30 days is 2026-11-23: not before today.
    openIssue(host, 1, 'in-grace', 'meetups-minimum', '2026-08-25');
    // Someone else's copy of the marker cannot make a group inactive.
    openIssue(host, 2, 'copied', 'meetups-minimum', '2026-01-01', 1234);
    const outcome = await run(files, host);
    expect(outcome).toEqual({ changes: [], applied: [], errors: [], issuesRead: true });
    expect(files.writes).toEqual([]);
    expect(files.removed).toEqual([]);
  });

  it('writes nothing in a dry run, yet says what it would do', async () => {
    const groups = [
      file(1, 'too-few', TOO_FEW),
      file(3, 'back', { ...ENOUGH, inactiveSince: '2026-06-01' }),
      file(4, 'gone', { ...TOO_FEW, inactiveSince: '2026-04-01' }),
    ];
    const files = registry(groups);
    const host = new MemoryAuditHost();
    openIssue(host, 7, 'too-few', 'meetups-minimum', '2026-08-01');
    const outcome = await run(files, host, { dryRun: true });
    expect(outcome.changes.map(({ group, action }) => `${action} ${group}`)).toEqual([
      'reactivate back',
      'remove gone',
      'inactivate too-few',
    ]);
    expect(outcome.applied).toEqual([]);
    expect(files.writes).toEqual([]);
    expect(files.removed).toEqual([]);
    for (const group of groups) expect(text(files.files.get(group.path))).toBe(group.text);
  });

  it('changes nothing on a second run the same day', async () => {
    const files = registry([
      file(1, 'too-few', TOO_FEW),
      file(3, 'back', { ...ENOUGH, inactiveSince: '2026-06-01' }),
      file(4, 'gone', { ...TOO_FEW, inactiveSince: '2026-04-01' }),
    ]);
    const host = new MemoryAuditHost();
    openIssue(host, 7, 'too-few', 'meetups-minimum', '2026-08-01');
    const first = await run(files, host);
    expect(first.applied).toHaveLength(3);
    const after = new Map(files.files);
    const second = await run(files, host);
    expect(second.changes).toEqual([]);
    expect(files.files).toEqual(after);
    expect(files.writes).toHaveLength(2);
    expect(files.removed).toHaveLength(1);
  });

  it('without a connection reads no issue, so inactivates nobody, but still reactivates and removes', async () => {
    const files = registry([
      file(1, 'too-few', TOO_FEW),
      file(3, 'back', { ...ENOUGH, inactiveSince: '2026-06-01' }),
      file(4, 'gone', { ...TOO_FEW, inactiveSince: '2026-04-01' }),
    ]);
    const outcome = await run(files, undefined);
    expect(outcome.issuesRead).toBe(false);
    expect(outcome.applied.map(({ group, action }) => `${action} ${group}`)).toEqual([
      'reactivate back',
      'remove gone',
    ]);
  });

  it('decides only for the files named, when some are', async () => {
    const files = registry([
      file(3, 'back', { ...ENOUGH, inactiveSince: '2026-06-01' }),
      file(4, 'gone', { ...TOO_FEW, inactiveSince: '2026-04-01' }),
    ]);
    const outcome = await run(files, undefined, { only: new Set(['groups/gone.yaml']) });
    expect(outcome.applied.map(({ group }) => group)).toEqual(['gone']);
    expect(files.writes).toEqual([]);
  });

  it('leaves a file it cannot edit as it was, and says so', async () => {
    const group = file(3, 'back', { ...ENOUGH, inactiveSince: '2026-06-01' });
    const flowStatus = group.text.replace('status: inactive', 'status: |-\n  inactive');
    const files = registry([{ ...group, text: flowStatus }]);
    const outcome = await run(files, undefined);
    expect(outcome.applied).toEqual([]);
    expect(outcome.errors).toEqual([
      {
        group: 'back',
        path: 'groups/back.yaml',
        reason: 'the file was not changed: "status" is not a single value on one line',
      },
    ]);
    expect(text(files.files.get(group.path))).toBe(flowStatus);
  });
});
