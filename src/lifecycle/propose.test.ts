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
import { MemoryProposalHost } from '../../test/support/memory-proposal-host.js';
import { memoryRegistry } from '../../test/support/memory-registry.js';
import { editLifecycle } from './edit.js';
import { formatProposalsMarkdown, formatProposalsText } from './proposal-report.js';
import { commentMarker, proposalMarker } from './proposals.js';
import { runLifecycleProposals, type ProposalsOptions } from './propose.js';

const ROOT = path.resolve('/registry');
const TODAY = '2026-11-22';
const NEXT_WEEK = '2026-11-29';
const POLICY: Policy = {
  ...DEFAULT_POLICY,
  lifecycle: { enabled: true, inactiveAfterDays: 30, removeAfterDays: 180 },
};
const PERSON = 777;
const LABELS = ['lifecycle: inactivate', 'lifecycle: reactivate', 'lifecycle: remove'];

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

function openIssue(
  audit: MemoryAuditHost,
  number: number,
  slug: string,
  kind: ProblemKind,
  since: string,
  author = AUDIT_ACCOUNT,
): void {
  audit.issues.push({
    number,
    title: `${slug}: ${kind}`,
    body: `${marker({ slug, kind }, since)}\nThe audit's text.`,
    state: 'open',
    labels: ['audit'],
    author,
    comments: [],
  });
}

const TOO_FEW = { meetups: TOO_FEW_MEETUPS };
const ENOUGH = { meetups: ENOUGH_MEETUPS };

/** A registry, its audit issues and its pull requests; the stages armed (labels exist). */
function world(groups: ReadonlyArray<{ path: string; text: string }>, armed = true) {
  const texts = Object.fromEntries(groups.map((group) => [group.path, group.text]));
  const files = memoryFiles(texts);
  const audit = new MemoryAuditHost();
  const prs = new MemoryProposalHost(audit, texts);
  if (armed) for (const label of LABELS) prs.labels.add(label);
  return { files, audit, prs };
}

async function run(
  { files, audit, prs }: ReturnType<typeof world>,
  options: Partial<ProposalsOptions> = {},
) {
  const disk = memoryRegistry(
    Object.fromEntries([...files.files].map(([file, bytes]) => [path.join(ROOT, file), bytes])),
  );
  return runLifecycleProposals(
    { root: ROOT, today: TODAY, policy: POLICY, dryRun: false, maxWrites: 100, ...options },
    { disk, files, host: audit, proposals: prs },
  );
}

/** The world's group file changed on disk (a merge or a leader's pull request landed). */
function setFile(w: ReturnType<typeof world>, at: string, content: string | null): void {
  if (content === null) w.files.files.delete(at);
  else w.files.files.set(at, new TextEncoder().encode(content));
  w.prs.advance({ [at]: content });
}

const inactivated = (source: string, day: string): string => {
  const edited = editLifecycle(source, 'inactivate', day);
  if (!edited.ok) throw new Error(edited.reason);
  return edited.text;
};

describe('runLifecycleProposals', () => {
  it('opens one inactivate pull request with the file tgr lifecycle writes, and links it once on the audit issue', async () => {
    const group = file(1, 'too-few', TOO_FEW);
    const w = world([group]);
    openIssue(w.audit, 7, 'too-few', 'meetups-minimum', '2026-08-01');
    const outcome = await run(w);

    expect(outcome.failure).toBeUndefined();
    expect(w.prs.applied.map((write) => write.type)).toEqual(['open', 'comment']);
    const [pull] = w.prs.pulls;
    expect(pull).toMatchObject({
      state: 'open',
      branch: 'tgr/lifecycle/too-few',
      authorId: AUDIT_ACCOUNT,
      labels: ['lifecycle: inactivate'],
      title: 'Inactive: `Testville 1 Azure User Group`',
    });
    expect(
      pull?.body.startsWith(
        proposalMarker({ group: 'too-few', action: 'inactivate', since: '2026-08-01' }),
      ),
    ).toBe(true);
    expect(pull?.body).toContain('#7');
    // Exactly the edit tgr lifecycle makes, in one commit on the default branch's head.
    expect(w.prs.fileOn('tgr/lifecycle/too-few', group.path)).toBe(inactivated(group.text, TODAY));
    expect(pull?.commits).toHaveLength(1);
    // The disk is untouched: the edit lives only in the proposal.
    expect(w.files.writes).toEqual([]);
    expect(text(w.files.files.get(group.path))).toBe(group.text);
    const comments = w.audit.issues[0]?.comments ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.author).toBe(AUDIT_ACCOUNT);
    expect(comments[0]?.body).toContain(`#${String(pull?.number)}`);
    expect(
      comments[0]?.body.endsWith(commentMarker({ group: 'too-few', since: '2026-08-01' })),
    ).toBe(true);
    expect(outcome.done.map((step) => step.type)).toEqual(['open', 'comment']);
  });

  it('changes nothing on a second run the same day', async () => {
    const w = world([
      file(1, 'too-few', TOO_FEW),
      file(3, 'back', { ...ENOUGH, inactiveSince: '2026-06-01' }),
      file(4, 'gone', { ...TOO_FEW, inactiveSince: '2026-04-01' }),
    ]);
    openIssue(w.audit, 7, 'too-few', 'meetups-minimum', '2026-08-01');
    await run(w);
    expect(w.prs.applied).toHaveLength(4);
    const second = await run(w);
    expect(w.prs.applied).toHaveLength(4);
    expect(second.planned).toEqual([]);
    expect(second.skipped.map(({ key, reason }) => `${key.group} ${reason}`)).toEqual([
      'back unchanged',
      'gone unchanged',
      'too-few unchanged',
    ]);
    expect(w.audit.issues[0]?.comments).toHaveLength(1);
    // A steady proposal costs no read of its commits: only a write needs to know them.
    w.prs.reads.length = 0;
    await run(w);
    expect(w.prs.reads.filter((read) => read.startsWith('commitAuthorIds'))).toEqual([]);
  });

  it('updates the bot’s proposal to one new commit on the current head when the file it holds differs', async () => {
    const group = file(1, 'too-few', TOO_FEW);
    const w = world([group]);
    openIssue(w.audit, 7, 'too-few', 'meetups-minimum', '2026-08-01');
    await run(w);
    const number = w.prs.pulls[0]?.number ?? 0;
    // A week later only the day it would write differs: left as it is, its approval kept.
    w.prs.advance({ 'README.md': 'news' });
    const steady = await run(w, { today: NEXT_WEEK });
    expect(steady.done).toEqual([]);
    expect(steady.skipped.map(({ reason }) => reason)).toEqual(['unchanged']);
    // The group's file changes on the default branch: the proposal follows it.
    const changed = `${group.text}# a leader's note\n`;
    setFile(w, group.path, changed);
    const head = w.prs.advance({});
    const next = await run(w, { today: NEXT_WEEK });
    expect(next.done.map((step) => step.type)).toEqual(['update']);
    expect(w.prs.fileOn('tgr/lifecycle/too-few', group.path)).toBe(inactivated(changed, NEXT_WEEK));
    expect(w.prs.fileOn('tgr/lifecycle/too-few', 'README.md')).toBe('news');
    expect(w.prs.pull(number).commits).toHaveLength(1);
    expect(w.prs.applied.at(-1)).toMatchObject({ type: 'update', number, baseSha: head });
    // One comment per episode, not one per run.
    expect(w.audit.issues[0]?.comments).toHaveLength(1);
  });

  it('a dry run plans but writes nothing at all', async () => {
    const w = world([file(1, 'too-few', TOO_FEW)], false);
    openIssue(w.audit, 7, 'too-few', 'meetups-minimum', '2026-08-01');
    const outcome = await run(w, { dryRun: true });
    expect(outcome.mode).toBe('dry-run');
    expect(outcome.planned.map((step) => step.type)).toEqual(['create-labels', 'open', 'comment']);
    expect(outcome.done).toEqual([]);
    expect(w.prs.applied).toEqual([]);
    expect(w.prs.labels.size).toBe(0);
    expect(w.audit.issues[0]?.comments).toEqual([]);
    expect(formatProposalsText(outcome)).toContain('Dry run: nothing was written.');
  });

  it("'auto' on the first run writes only the labels, and the next run acts", async () => {
    const w = world([file(1, 'too-few', TOO_FEW)], false);
    openIssue(w.audit, 7, 'too-few', 'meetups-minimum', '2026-08-01');
    const first = await run(w, { dryRun: 'auto' });
    expect(first.mode).toBe('first-run');
    expect(w.prs.applied).toEqual([{ type: 'create-labels', labels: LABELS }]);
    expect(w.prs.pulls).toEqual([]);
    expect(formatProposalsText(first)).toContain('the next run opens the pull requests');
    const second = await run(w, { dryRun: 'auto' });
    expect(second.mode).toBe('act');
    expect(second.done.map((step) => step.type)).toEqual(['open', 'comment']);
  });

  it('does not open again a proposal a person declined for the same episode', async () => {
    const w = world([file(1, 'too-few', TOO_FEW)]);
    openIssue(w.audit, 7, 'too-few', 'meetups-minimum', '2026-08-01');
    await run(w);
    const number = w.prs.pulls[0]?.number ?? 0;
    w.prs.closeAs(number, PERSON);
    const next = await run(w, { today: NEXT_WEEK });
    expect(w.prs.applied.map((write) => write.type)).toEqual(['open', 'comment']);
    expect(next.skipped).toEqual([
      {
        key: { group: 'too-few', action: 'inactivate', since: '2026-08-01' },
        reason: 'declined',
        number,
      },
    ]);
    // The decision stays in the report.
    expect(next.changes.map(({ group, action }) => `${action} ${group}`)).toEqual([
      'inactivate too-few',
    ]);
    expect(formatProposalsText(next)).toContain('Declined (pull request #');
  });

  it('closes its proposal when the group qualifies again, and that close is no refusal', async () => {
    const group = file(1, 'too-few', TOO_FEW);
    const w = world([group]);
    openIssue(w.audit, 7, 'too-few', 'meetups-minimum', '2026-08-01');
    await run(w);
    const number = w.prs.pulls[0]?.number ?? 0;
    // The leaders add their meetups: nothing to decide, so the bot closes its proposal.
    const enough = file(1, 'too-few', ENOUGH);
    setFile(w, group.path, enough.text);
    const closing = await run(w);
    expect(closing.done).toEqual([
      {
        type: 'close',
        key: { group: 'too-few', action: 'inactivate', since: '2026-08-01' },
        number,
        branch: 'tgr/lifecycle/too-few',
        reason: 'no-longer',
      },
    ]);
    expect(w.prs.pull(number)).toMatchObject({ state: 'closed', closedBy: AUDIT_ACCOUNT });
    expect(w.prs.pull(number).comments[0]?.body).toContain('This is not a refusal.');
    expect(w.prs.branches.has('tgr/lifecycle/too-few')).toBe(false);
    // The meetups turn out not to count after all; the audit issue (same episode) is still open.
    setFile(w, group.path, group.text);
    const again = await run(w);
    expect(again.done.map((step) => step.type)).toEqual(['open']);
    expect(w.prs.pulls.filter((pull) => pull.state === 'open')).toHaveLength(1);
  });

  it("counts a person's copy of the marker, or a fork's branch of the same name, for nothing", async () => {
    const w = world([file(1, 'too-few', TOO_FEW), file(2, 'fine', ENOUGH)]);
    openIssue(w.audit, 7, 'too-few', 'meetups-minimum', '2026-08-01');
    const key = { group: 'too-few', action: 'inactivate' as const, since: '2026-08-01' };
    // A person's pull request with the marker, closed: not a refusal of the bot's.
    w.prs.openAs({
      author: PERSON,
      branch: 'tgr/lifecycle/too-few',
      body: proposalMarker(key),
      state: 'closed',
      closedBy: PERSON,
    });
    // Its branch deleted when it was closed (one left behind holds the person's commit, and
    // nothing is opened over it: see the branch-taken test).
    w.prs.branches.delete('tgr/lifecycle/too-few');
    // A fork's branch of that name, with the bot's marker, open: not in this repository.
    w.prs.openAs({
      author: PERSON,
      branch: 'tgr/lifecycle/too-few',
      body: proposalMarker(key),
      headRepo: 'fork',
    });
    // A person's open pull request claiming to be the bot's proposal for a group not decided.
    const copy = w.prs.openAs({
      author: PERSON,
      branch: 'tgr/lifecycle/fine',
      body: proposalMarker({ group: 'fine', action: 'inactivate', since: '2026-08-01' }),
    });
    // A comment on the audit issue with the bot's comment mark, by a person.
    w.audit.issues[0]?.comments.push({ author: PERSON, body: `copied\n\n${commentMarker(key)}` });
    const outcome = await run(w);
    expect(outcome.done.map((step) => step.type)).toEqual(['open', 'comment']);
    expect(w.prs.pull(copy.number).state).toBe('open');
    expect(outcome.skipped).toEqual([]);
  });

  it("leaves someone else's open pull request on the branch alone and opens nothing over it", async () => {
    const w = world([file(1, 'too-few', TOO_FEW)]);
    openIssue(w.audit, 7, 'too-few', 'meetups-minimum', '2026-08-01');
    const theirs = w.prs.openAs({ author: PERSON, branch: 'tgr/lifecycle/too-few', body: 'mine' });
    const outcome = await run(w);
    expect(outcome.skipped.map(({ reason, number }) => ({ reason, number }))).toEqual([
      { reason: 'branch-in-use', number: theirs.number },
    ]);
    expect(w.prs.applied).toEqual([]);
  });

  it('opens nothing over a branch someone else pushed, and goes on with the other groups', async () => {
    const w = world([file(1, 'aaa', TOO_FEW), file(2, 'zzz', TOO_FEW)]);
    openIssue(w.audit, 7, 'aaa', 'meetups-minimum', '2026-08-01');
    openIssue(w.audit, 8, 'zzz', 'meetups-minimum', '2026-08-01');
    const theirs = w.prs.pushBranch('tgr/lifecycle/aaa', PERSON, { 'NOTES.md': 'mine' });
    const outcome = await run(w);
    expect(outcome.skipped).toEqual([
      {
        key: { group: 'aaa', action: 'inactivate', since: '2026-08-01' },
        reason: 'branch-taken',
        number: null,
      },
    ]);
    expect(outcome.done.map((step) => step.type)).toEqual(['open', 'comment']);
    expect(w.prs.branches.get('tgr/lifecycle/aaa')).toBe(theirs);
    expect(formatProposalsText(outcome)).toContain(
      'its branch holds a commit the registry did not make',
    );
    // The bot's own leftover branch (a pull request GitHub refused) is no obstacle.
    w.prs.branches.set('tgr/lifecycle/aaa', w.prs.branches.get('tgr/lifecycle/zzz') ?? '');
    const next = await run(w);
    expect(next.done.map((step) => step.type)).toEqual(['open', 'comment']);
  });

  it('never overwrites or closes a proposal that holds a commit the bot did not make', async () => {
    const group = file(1, 'too-few', TOO_FEW);
    const w = world([group]);
    openIssue(w.audit, 7, 'too-few', 'meetups-minimum', '2026-08-01');
    await run(w);
    const number = w.prs.pulls[0]?.number ?? 0;
    w.prs.pushAs(number, PERSON, { 'groups/too-few.yaml': 'a maintainer’s fix' });
    // Next week the bot would update the file: it does not.
    const next = await run(w, { today: NEXT_WEEK });
    expect(next.skipped.map(({ reason }) => reason)).toEqual(['foreign-commits']);
    expect(w.prs.applied.map((write) => write.type)).toEqual(['open', 'comment']);
    // A commit linked to no account is not the bot's either; nor does the bot close it.
    w.prs.pushAs(number, null, {});
    setFile(w, group.path, file(1, 'too-few', ENOUGH).text);
    const qualified = await run(w);
    expect(qualified.skipped.map(({ reason }) => reason)).toEqual(['foreign-commits']);
    expect(w.prs.pull(number).state).toBe('open');
    expect(formatProposalsText(qualified)).toContain('holds commits the registry did not make');
  });

  it('opens at most maxPullRequests a run; the next run opens the rest', async () => {
    const w = world([
      file(3, 'back', { ...ENOUGH, inactiveSince: '2026-06-01' }),
      file(4, 'gone', { ...TOO_FEW, inactiveSince: '2026-04-01' }),
      file(5, 'also-gone', { ...TOO_FEW, inactiveSince: '2026-03-01' }),
    ]);
    const first = await run(w, { maxPullRequests: 2 });
    expect(first.done.map((step) => step.type === 'open' && step.desired.group)).toEqual([
      'also-gone',
      'back',
    ]);
    expect(first.skipped.map(({ key, reason }) => `${key.group} ${reason}`)).toEqual([
      'gone over-limit',
    ]);
    const second = await run(w, { maxPullRequests: 2 });
    expect(second.done.map((step) => step.type === 'open' && step.desired.group)).toEqual(['gone']);
  });

  it('leaves what does not fit in the write budget for the next run', async () => {
    const w = world([
      file(3, 'back', { ...ENOUGH, inactiveSince: '2026-06-01' }),
      file(4, 'gone', { ...TOO_FEW, inactiveSince: '2026-04-01' }),
    ]);
    // One open costs 5 writes: the second does not fit in 8.
    const first = await run(w, { maxWrites: 8 });
    expect(first.done.map((step) => step.type)).toEqual(['open']);
    expect(first.deferred.map((step) => step.type)).toEqual(['open']);
    expect(formatProposalsText(first)).toContain('Left for the next run');
    const second = await run(w, { maxWrites: 8 });
    expect(second.done.map((step) => step.type)).toEqual(['open']);
    expect(w.prs.pulls).toHaveLength(2);
  });

  it('stops at a failed write, and the next run carries on without doubling anything', async () => {
    const w = world([file(1, 'too-few', TOO_FEW)]);
    openIssue(w.audit, 7, 'too-few', 'meetups-minimum', '2026-08-01');
    w.prs.failAt = 2;
    const first = await run(w);
    expect(first.failure).toBe('Server Error: the write was lost');
    expect(first.done.map((step) => step.type)).toEqual(['open']);
    expect(first.deferred.map((step) => step.type)).toEqual(['comment']);
    w.prs.failAt = undefined;
    const second = await run(w);
    // The comment the first run lost, now with the pull request it opened.
    expect(second.done.map((step) => step.type)).toEqual(['comment']);
    expect(w.audit.issues[0]?.comments[0]?.body).toContain(`#${String(w.prs.pulls[0]?.number)}`);
    expect(w.prs.pulls).toHaveLength(1);
  });

  it('proposes to reactivate a group once its meetups are added, with the meetups counted', async () => {
    const group = file(3, 'back', { ...TOO_FEW, inactiveSince: '2026-09-01' });
    const w = world([group]);
    expect((await run(w)).planned).toEqual([]);
    const added = file(3, 'back', { ...ENOUGH, inactiveSince: '2026-09-01' });
    setFile(w, group.path, added.text);
    const outcome = await run(w);
    expect(outcome.done.map((step) => step.type)).toEqual(['open']);
    const [pull] = w.prs.pulls;
    expect(pull?.labels).toEqual(['lifecycle: reactivate']);
    expect(pull?.title).toBe('Active again: `Testville 3 Azure User Group`');
    expect(pull?.body).toContain('the group has held 6 Azure meetups that count');
    expect(w.prs.fileOn('tgr/lifecycle/back', group.path)).toBe(
      added.text.replace('status: inactive\ninactiveSince: 2026-09-01', 'status: active'),
    );
  });

  it('proposes removal after the period: the commit deletes the file', async () => {
    const group = file(4, 'gone', { ...TOO_FEW, inactiveSince: '2026-05-26' });
    const w = world([group]);
    // 180 days after 2026-05-26 is 2026-11-22: not yet more than the period.
    expect((await run(w)).planned).toEqual([]);
    const outcome = await run(w, { today: '2026-11-23' });
    expect(outcome.done.map((step) => step.type)).toEqual(['open']);
    expect(w.prs.fileOn('tgr/lifecycle/gone', group.path)).toBeNull();
    expect(w.prs.pulls[0]?.body).toContain(
      'more than 180 days. Its file is removed from the registry; the history keeps it, and the group can apply again at any time. That period ended on 22 November 2026.',
    );
    expect(w.files.removed).toEqual([]);
  });

  it('replaces a proposal when the action changes: the old one closed, the new one opened', async () => {
    const group = file(3, 'back', { ...ENOUGH, inactiveSince: '2026-04-01' });
    const w = world([group]);
    await run(w);
    const number = w.prs.pulls[0]?.number ?? 0;
    // Before anyone merges, the meetups drop out again: past the period, removal is decided.
    setFile(w, group.path, file(3, 'back', { ...TOO_FEW, inactiveSince: '2026-04-01' }).text);
    const outcome = await run(w);
    expect(outcome.done.map((step) => step.type)).toEqual(['close', 'open']);
    expect(outcome.done[0]).toMatchObject({ type: 'close', number, reason: 'replaced' });
    expect(w.prs.pulls.at(-1)?.labels).toEqual(['lifecycle: remove']);
  });

  it('a rename or reopen of the audit issue does not move the episode', async () => {
    const w = world([file(1, 'too-few', TOO_FEW)]);
    openIssue(w.audit, 7, 'too-few', 'meetups-minimum', '2026-08-01');
    await run(w);
    const issue = w.audit.issues[0];
    if (issue === undefined) throw new Error('no issue');
    // Renamed, closed by a person and reopened: the marker, and so the episode, stay.
    issue.title = 'Renamed by a leader';
    issue.state = 'closed';
    issue.state = 'open';
    // Someone else's issue with an earlier day counts for nothing.
    openIssue(w.audit, 9, 'too-few', 'meetups-minimum', '2026-01-01', PERSON);
    const next = await run(w);
    expect(next.skipped.map(({ key, reason }) => `${key.since} ${reason}`)).toEqual([
      '2026-08-01 unchanged',
    ]);
    expect(w.prs.applied.map((write) => write.type)).toEqual(['open', 'comment']);
  });

  it('leaves the proposal of a group whose file cannot be edited as it is, and says why', async () => {
    const group = file(1, 'too-few', TOO_FEW);
    const w = world([group]);
    openIssue(w.audit, 7, 'too-few', 'meetups-minimum', '2026-08-01');
    await run(w);
    // Still decided, but the file's status is no longer one value on one line.
    setFile(w, group.path, group.text.replace('status: active', 'status: |-\n  active'));
    const next = await run(w);
    expect(next.errors.map(({ group: slug }) => slug)).toEqual(['too-few']);
    expect(next.planned).toEqual([]);
    expect(w.prs.pulls[0]?.state).toBe('open');
    // The program team reads why in the job summary, with the decision itself.
    const summary = formatProposalsText(next);
    expect(summary).toContain('Decided today: inactivate too-few');
    expect(summary).toContain('Not proposed, its file could not be edited (groups/too-few.yaml)');
  });

  it('does nothing at all while the stages are off', async () => {
    const w = world([file(1, 'too-few', TOO_FEW)]);
    openIssue(w.audit, 7, 'too-few', 'meetups-minimum', '2026-08-01');
    await run(w);
    const outcome = await run(w, { policy: DEFAULT_POLICY });
    expect(outcome).toMatchObject({ enabled: false, planned: [], done: [] });
    expect(w.prs.pulls[0]?.state).toBe('open');
    expect(formatProposalsText(outcome)).toContain('The stages are off');
  });

  it("writes the body in the group's language with English after it, the name escaped", async () => {
    const group = file(1, 'too-few', {
      ...TOO_FEW,
      language: 'nl',
      name: '@everyone [click](https://evil.example) #1 <b>',
    });
    const w = world([group]);
    openIssue(w.audit, 7, 'too-few', 'meetups-minimum', '2026-08-01');
    await run(w);
    const [pull] = w.prs.pulls;
    expect(pull?.title).toBe('Inactief: `@everyone [click](https://evil.example) #1 <b>`');
    const body = pull?.body ?? '';
    expect(body).toContain('Het register stelt voor om de groep');
    expect(body).toContain('<details><summary>English</summary>');
    expect(body).toContain('The registry proposes to make the group');
    expect(body.indexOf('Het register')).toBeLessThan(body.indexOf('The registry proposes'));
    // The name only ever appears inside a code span.
    expect(body.replaceAll('`@everyone [click](https://evil.example) #1 <b>`', '')).not.toContain(
      '@everyone',
    );
    const comment = w.audit.issues[0]?.comments[0]?.body ?? '';
    expect(comment).toContain('Het register stelt voor');
    expect(comment).toContain('The registry proposes');
  });

  it('renders its outcome for the job summary, escaped', async () => {
    const w = world([file(1, 'too-few', TOO_FEW)]);
    openIssue(w.audit, 7, 'too-few', 'meetups-minimum', '2026-08-01');
    w.prs.failAt = 1;
    const outcome = await run(w);
    outcome.failure = 'boom @someone <script>';
    const markdown = formatProposalsMarkdown(outcome);
    expect(markdown).toContain('The pull requests were brought up to date.');
    expect(markdown).toContain('- Left for the next run');
    expect(markdown).toContain('`inactivate too-few (2026-08-01)`');
    expect(markdown).not.toContain('@someone');
    expect(markdown).not.toContain('<script>');
  });
});
