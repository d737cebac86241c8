import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BOT, memoryIssueOpsHost } from '../../test/support/memory-issue-ops-host.js';
import type { FormIssue } from './port.js';
import { readReport } from './report.js';
import { runIssueOps, type IssueOpsRun } from './run-issue-ops.js';

const ANNA = 501;
const PIET = 502;
const STRANGER = 503;
const MAINTAINER = 504;
const PEOPLE = { anna: ANNA, piet: PIET, stranger: STRANGER, maintainer: MAINTAINER };
const NOW = new Date('2026-12-05T12:00:00Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const BODY = sha256('### Group name\n\nTestville Azure');

const ISSUE: FormIssue = {
  number: 7,
  state: 'open',
  authorId: ANNA,
  authorLogin: 'anna',
  authorType: 'User',
  isPullRequest: false,
  bodySha256: BODY,
};

const GROUP = `slug: testville-azure
name: Testville Azure
language: sv
leader:
  name: Anna
  github: anna
coLeader:
  name: Piet
  github: Piet
`;

const REPORT = {
  form: 'join',
  group: 'testville-azure',
  path: 'groups/testville-azure.yaml',
  action: 'create',
  findings: [],
  bodySha256: BODY,
};

const ERRORS = {
  form: 'join',
  group: null,
  path: null,
  action: null,
  findings: [{ severity: 'error', message: 'Fill in [the name](https://x.example) @team' }],
  bodySha256: BODY,
};

function run(overrides: Partial<IssueOpsRun> = {}): IssueOpsRun {
  return {
    issue: 7,
    trigger: { kind: 'issues' },
    report: REPORT,
    readFile: (file) => (file === 'groups/testville-azure.yaml' ? GROUP : undefined),
    now: NOW,
    maxRunsPerHour: 10,
    ...overrides,
  };
}

const sticky = (times: string[], text = 'earlier') =>
  `<!-- tgr-issue-ops ${times.join(' ')} -->\n\n${text}`;

describe('runIssueOps', () => {
  it('opens one pull request on the bot branch with the ids from GitHub and one comment in the group language', async () => {
    const memory = memoryIssueOpsHost({ issues: [ISSUE], people: PEOPLE });
    const outcome = await runIssueOps(run(), memory.host);
    // The run is counted in the comment first (id 1000), then the pull request opened.
    expect(outcome).toEqual({ outcome: 'opened', pull: 1001 });
    expect(memory.writes.map((write) => write.type)).toEqual(['sticky', 'open', 'sticky']);
    const [, open, reply] = memory.writes;
    expect(open).toMatchObject({ type: 'open', branch: 'tgr/issue-7', baseBranch: 'main' });
    if (open?.type !== 'open') throw new Error('no open');
    expect(open.body).toMatch(/^Closes #7\n/);
    expect(open.files[0]?.content).toContain(`github: anna\n  githubId: ${String(ANNA)}`);
    expect(open.files[0]?.content).toContain(`github: Piet\n  githubId: ${String(PIET)}`);
    expect(reply).toMatchObject({ type: 'sticky', issue: 7, commentId: 1000 });
    expect(reply?.type === 'sticky' && reply.body).toMatch(
      /^<!-- tgr-issue-ops 2026-12-05T12:00:00\.000Z -->/,
    );
    expect(reply?.type === 'sticky' && reply.body).toContain('Tack!');
  });

  it('leaves a login nobody holds without an id, for the check to name', async () => {
    const memory = memoryIssueOpsHost({ issues: [ISSUE], people: { anna: ANNA } });
    await runIssueOps(run(), memory.host);
    const open = memory.writes.find((write) => write.type === 'open');
    expect(open?.type === 'open' && open.files[0]?.content).toContain('github: Piet\n');
    expect(open?.type === 'open' && open.files[0]?.content).not.toContain(
      `githubId: ${String(PIET)}`,
    );
  });

  it('moves its own pull request to a new commit, and leaves one holding another commit alone', async () => {
    const pull = {
      number: 40,
      state: 'open' as const,
      headSha: 'h',
      body: '',
      authorId: BOT,
      branch: 'tgr/issue-7',
    };
    const ours = memoryIssueOpsHost({ issues: [ISSUE], people: PEOPLE, pulls: [{ ...pull }] });
    expect(await runIssueOps(run(), ours.host)).toEqual({ outcome: 'updated', pull: 40 });
    expect(ours.writes[1]).toMatchObject({ type: 'update', number: 40, branch: 'tgr/issue-7' });

    const foreign = memoryIssueOpsHost({
      issues: [ISSUE],
      people: PEOPLE,
      pulls: [{ ...pull }],
      commits: { 40: [BOT, STRANGER] },
    });
    expect(await runIssueOps(run(), foreign.host)).toEqual({ outcome: 'foreign', pull: 40 });
    expect(foreign.writes.map((write) => write.type)).toEqual(['sticky']);

    // A pull request of the same name opened by someone else is not the bot's.
    const theirs = memoryIssueOpsHost({
      issues: [ISSUE],
      people: PEOPLE,
      pulls: [{ ...pull, authorId: STRANGER }],
    });
    expect(await runIssueOps(run(), theirs.host)).toMatchObject({ outcome: 'opened' });
  });

  it('closes the pull request of a closed issue, deleting the branch only when every commit is the bot’s', async () => {
    const pull = {
      number: 40,
      state: 'open' as const,
      headSha: 'h',
      body: '',
      authorId: BOT,
      branch: 'tgr/issue-7',
    };
    const closed = { ...ISSUE, state: 'closed' as const };
    const clean = memoryIssueOpsHost({ issues: [closed], pulls: [{ ...pull }] });
    expect(await runIssueOps(run({ report: undefined }), clean.host)).toEqual({
      outcome: 'closed',
    });
    expect(clean.writes).toEqual([
      { type: 'close', number: 40, branch: 'tgr/issue-7', deleteBranch: true },
    ]);
    const mixed = memoryIssueOpsHost({
      issues: [closed],
      pulls: [{ ...pull }],
      commits: { 40: [BOT, null] },
    });
    await runIssueOps(run({ report: undefined }), mixed.host);
    expect(mixed.writes).toEqual([
      { type: 'close', number: 40, branch: 'tgr/issue-7', deleteBranch: false },
    ]);
  });

  it('takes /retry only as GitHub holds it, from the author or a maintainer', async () => {
    const comments = {
      7: [
        { id: 1, authorId: STRANGER, body: '/retry' },
        { id: 2, authorId: ANNA, body: '/retry now' },
        { id: 3, authorId: ANNA, body: '/retry' },
        { id: 4, authorId: MAINTAINER, body: '/retry' },
      ],
    };
    const outcome = async (commentId: number) => {
      const memory = memoryIssueOpsHost({
        issues: [ISSUE],
        people: PEOPLE,
        maintainers: [MAINTAINER],
        comments: structuredClone(comments),
      });
      const result = await runIssueOps(run({ trigger: { kind: 'retry', commentId } }), memory.host);
      return { result: result.outcome, writes: memory.writes.length };
    };
    expect(await outcome(1)).toEqual({ result: 'ignored', writes: 0 });
    expect(await outcome(2)).toEqual({ result: 'ignored', writes: 0 });
    expect(await outcome(99)).toEqual({ result: 'ignored', writes: 0 });
    expect((await outcome(3)).result).toBe('opened');
    expect((await outcome(4)).result).toBe('opened');
  });

  it('leaves an issue that is no form alone, and a pull request ignored', async () => {
    const memory = memoryIssueOpsHost({
      issues: [ISSUE, { ...ISSUE, number: 8, isPullRequest: true }],
    });
    const none = { ...ERRORS, form: null };
    expect((await runIssueOps(run({ report: none }), memory.host)).outcome).toBe('ignored');
    expect((await runIssueOps(run({ issue: 8 }), memory.host)).outcome).toBe('ignored');
    expect(memory.writes).toEqual([]);
  });

  it('answers errors with the findings as plain text, closes an earlier pull request and opens none', async () => {
    const pull = {
      number: 40,
      state: 'open' as const,
      headSha: 'h',
      body: '',
      authorId: BOT,
      branch: 'tgr/issue-7',
    };
    const memory = memoryIssueOpsHost({ issues: [ISSUE], pulls: [pull] });
    expect(await runIssueOps(run({ report: ERRORS }), memory.host)).toEqual({ outcome: 'errors' });
    expect(memory.writes.map((write) => write.type)).toEqual(['sticky', 'close', 'sticky']);
    const reply = memory.writes[2];
    const body = reply?.type === 'sticky' ? reply.body : '';
    expect(body).toContain('Edit this issue');
    expect(body).toContain('Pull request #40');
    expect(body).not.toContain('](https://');
    expect(body).not.toMatch(/@team/);
  });

  it('gives a second open form of the same author for the same group a reply and no pull request', async () => {
    const mark = (issue: number, author: number) =>
      `Closes #${String(issue)}\n\n<!-- tgr-issue-ops issue=${String(issue)} group=testville-azure author=${String(author)} -->`;
    const other = (author: number) => ({
      number: 50,
      state: 'open' as const,
      headSha: 'h',
      body: mark(3, author),
      authorId: BOT,
      branch: 'tgr/issue-3',
    });
    const same = memoryIssueOpsHost({ issues: [ISSUE], people: PEOPLE, pulls: [other(ANNA)] });
    expect(await runIssueOps(run(), same.host)).toEqual({ outcome: 'duplicate' });
    expect(same.writes.map((write) => write.type)).toEqual(['sticky']);
    expect(same.writes[0]?.type === 'sticky' && same.writes[0].body).toContain('#3');
    // Another author's form for the group is theirs to finish.
    const another = memoryIssueOpsHost({ issues: [ISSUE], people: PEOPLE, pulls: [other(PIET)] });
    expect((await runIssueOps(run(), another.host)).outcome).toBe('opened');
  });

  it('reads at most the limit of forms an author an hour over all their issues; older runs do not count', async () => {
    const recent = Array.from({ length: 6 }, (_, i) => minutesAgo(5 + i));
    const older = Array.from({ length: 20 }, (_, i) => minutesAgo(61 + i));
    const limited = memoryIssueOpsHost({
      issues: [ISSUE],
      people: PEOPLE,
      comments: {
        7: [{ id: 1, authorId: BOT, body: sticky([...older, ...recent.slice(0, 4)]) }],
        9: [{ id: 2, authorId: BOT, body: sticky(recent.slice(4)) }],
        // Someone else's comment in the same shape counts for nothing.
        11: [{ id: 3, authorId: STRANGER, body: sticky(recent) }],
      },
      recent: { anna: [9, 11] },
    });
    expect(await runIssueOps(run({ maxRunsPerHour: 6 }), limited.host)).toEqual({
      outcome: 'limited',
    });
    expect(limited.writes).toHaveLength(1);
    const reply = limited.writes[0];
    // The refused run is not counted, and the comment is the same one, edited.
    expect(reply).toMatchObject({ type: 'sticky', commentId: 1 });
    expect(reply?.type === 'sticky' && reply.body.split('\n')[0]?.match(/Z/g)).toHaveLength(4);

    const under = memoryIssueOpsHost({
      issues: [ISSUE],
      people: PEOPLE,
      comments: { 7: [{ id: 1, authorId: BOT, body: sticky([...older, ...recent.slice(0, 4)]) }] },
      recent: { anna: [] },
    });
    expect((await runIssueOps(run({ maxRunsPerHour: 6 }), under.host)).outcome).toBe('opened');
  });
});

describe('runIssueOps against lost and stale runs (review of issue 24)', () => {
  const pull = (number: number, branch: string, body = '') => ({
    number,
    state: 'open' as const,
    headSha: 'h',
    body,
    authorId: BOT,
    branch,
  });

  it('writes nothing when the issue now holds a newer body than the form was read from, and marks the body it built from', async () => {
    const memory = memoryIssueOpsHost({
      issues: [{ ...ISSUE, bodySha256: sha256('a newer edit') }],
      people: PEOPLE,
      pulls: [pull(40, 'tgr/issue-7')],
    });
    expect(await runIssueOps(run(), memory.host)).toMatchObject({ outcome: 'ignored' });
    expect(memory.writes).toEqual([]);
    // A report without the hash is not taken as any body's either.
    const unbound: Record<string, unknown> = { ...REPORT };
    delete unbound.bodySha256;
    expect(await runIssueOps(run({ report: unbound }), memory.host)).toMatchObject({
      outcome: 'ignored',
    });
    expect(memory.writes).toEqual([]);

    const current = memoryIssueOpsHost({ issues: [ISSUE], people: PEOPLE });
    await runIssueOps(run(), current.host);
    const open = current.writes.find((write) => write.type === 'open');
    expect(open?.type === 'open' && open.body).toContain(
      `<!-- tgr-issue-ops issue=7 group=testville-azure author=${String(ANNA)} body=${BODY} -->`,
    );
  });

  it('closes its open pull request of the issue on a limited run, and says so once', async () => {
    const recent = Array.from({ length: 3 }, (_, i) => minutesAgo(5 + i));
    const memory = memoryIssueOpsHost({
      issues: [ISSUE],
      people: PEOPLE,
      pulls: [pull(40, 'tgr/issue-7')],
      comments: { 7: [{ id: 1, authorId: BOT, body: sticky(recent) }] },
    });
    expect(await runIssueOps(run({ maxRunsPerHour: 3 }), memory.host)).toEqual({
      outcome: 'limited',
    });
    expect(memory.writes.map((write) => write.type)).toEqual(['close', 'sticky']);
    const reply = memory.writes[1];
    expect(reply?.type === 'sticky' && reply.body).toContain('Pull request #40');
    expect(memory.pulls[0]?.state).toBe('closed');
    // The comment already says it: the next run over the limit writes nothing at all.
    const again = await runIssueOps(run({ maxRunsPerHour: 3 }), memory.host);
    expect(again).toEqual({ outcome: 'limited' });
    expect(memory.writes).toHaveLength(2);
  });

  it('closes its open pull request of the issue on a duplicate run, and says so', async () => {
    const mark = `Closes #3\n\n<!-- tgr-issue-ops issue=3 group=testville-azure author=${String(ANNA)} body=${BODY} -->`;
    const memory = memoryIssueOpsHost({
      issues: [ISSUE],
      people: PEOPLE,
      pulls: [pull(50, 'tgr/issue-3', mark), pull(40, 'tgr/issue-7')],
    });
    expect(await runIssueOps(run(), memory.host)).toEqual({ outcome: 'duplicate' });
    expect(memory.writes.filter((write) => write.type === 'close')).toEqual([
      { type: 'close', number: 40, branch: 'tgr/issue-7', deleteBranch: true },
    ]);
    const reply = memory.writes.at(-1);
    expect(reply?.type === 'sticky' && reply.body).toContain('#3');
    expect(reply?.type === 'sticky' && reply.body).toContain('Pull request #40');
  });

  it('counts a run before its writes, so a run that fails halfway still counts', async () => {
    const memory = memoryIssueOpsHost({ issues: [ISSUE], people: PEOPLE });
    const apply = memory.host.apply.bind(memory.host);
    memory.host.apply = (write) =>
      write.type === 'open' ? Promise.reject(new Error('GitHub is down')) : apply(write);
    await expect(runIssueOps(run(), memory.host)).rejects.toThrow('GitHub is down');
    expect(memory.comments[7]?.[0]?.body.split('\n')[0]).toBe(
      '<!-- tgr-issue-ops 2026-12-05T12:00:00.000Z -->',
    );
    memory.host.apply = apply;
    expect(await runIssueOps(run(), memory.host)).toMatchObject({ outcome: 'opened' });
    // One comment, holding both runs.
    expect(memory.comments[7]).toHaveLength(1);
    expect(memory.comments[7]?.[0]?.body.split('\n')[0]?.match(/Z/g)).toHaveLength(2);
  });

  it('checks the limit before listing any pull request', async () => {
    const recent = Array.from({ length: 3 }, (_, i) => minutesAgo(5 + i));
    const memory = memoryIssueOpsHost({
      issues: [ISSUE],
      people: PEOPLE,
      comments: {
        7: [{ id: 1, authorId: BOT, body: sticky(recent, 'You have sent 3 forms') }],
      },
    });
    const listed: string[] = [];
    const pullsFrom = memory.host.pullsFrom.bind(memory.host);
    const openPullsUnder = memory.host.openPullsUnder.bind(memory.host);
    memory.host.pullsFrom = (branch) => (listed.push(branch), pullsFrom(branch));
    memory.host.openPullsUnder = (prefix) => (listed.push(prefix), openPullsUnder(prefix));
    await runIssueOps(run({ maxRunsPerHour: 3 }), memory.host);
    // Said once (the pull requests listed to close them); said already: nothing listed again.
    expect(listed).toEqual(['tgr/issue-7']);
    await runIssueOps(run({ maxRunsPerHour: 3 }), memory.host);
    expect(listed).toEqual(['tgr/issue-7']);
    expect(memory.writes).toHaveLength(1);
  });

  it('writes an id for the author only when the author is a person, and takes the ghost for nobody', async () => {
    for (const author of [
      { authorType: 'Bot', authorId: ANNA },
      { authorType: 'Organization', authorId: ANNA },
      { authorType: 'User', authorId: 10137, authorLogin: 'ghost' },
    ]) {
      const memory = memoryIssueOpsHost({ issues: [{ ...ISSUE, ...author }], people: PEOPLE });
      const asked: string[] = [];
      const issuesBy = memory.host.issuesBy.bind(memory.host);
      memory.host.issuesBy = (login, since) => (asked.push(login), issuesBy(login, since));
      const group = GROUP.replace('github: anna', `github: ${author.authorLogin ?? 'anna'}`);
      await runIssueOps(run({ readFile: () => group }), memory.host);
      const open = memory.writes.find((write) => write.type === 'open');
      if (open?.type !== 'open') throw new Error('no pull request');
      expect(open.files[0]?.content).not.toContain(`githubId: ${String(author.authorId)}`);
      expect(open.files[0]?.content).toContain(`githubId: ${String(PIET)}`);
      // No id in the pull request's mark either: it is nobody's duplicate.
      expect(open.body).toContain('author=null');
      if (author.authorLogin === 'ghost') expect(asked).toEqual([]);
    }
    // Two forms of deleted accounts for one group are not one person's duplicates.
    const ghostMark = `<!-- tgr-issue-ops issue=3 group=testville-azure author=10137 body=${BODY} -->`;
    const ghosts = memoryIssueOpsHost({
      issues: [{ ...ISSUE, authorId: 10137, authorLogin: 'ghost' }],
      people: PEOPLE,
      pulls: [pull(50, 'tgr/issue-3', ghostMark)],
    });
    expect((await runIssueOps(run(), ghosts.host)).outcome).toBe('opened');
  });
});

describe('readReport', () => {
  it('takes a change only with a form, a group file path of its group and no error', () => {
    expect(readReport(REPORT)).toMatchObject({ ok: true, path: 'groups/testville-azure.yaml' });
    expect(readReport({ ...REPORT, path: '.github/workflows/x.yaml' }).ok).toBe(false);
    expect(readReport({ ...REPORT, path: 'groups/other.yaml' }).ok).toBe(false);
    expect(readReport({ ...REPORT, group: '../x', path: 'groups/../x.yaml' }).ok).toBe(false);
    expect(readReport({ ...REPORT, action: 'delete' }).ok).toBe(false);
    expect(readReport({ ...REPORT, form: 'bug' })).toMatchObject({ ok: false, form: null });
    expect(readReport({ ...REPORT, findings: [{ severity: 'warning', message: 'w' }] }).ok).toBe(
      true,
    );
    expect(readReport({ ...REPORT, findings: [{ severity: 'odd', message: 'e' }] }).ok).toBe(false);
    expect(readReport(undefined)).toMatchObject({ ok: false, form: null });
  });
});
