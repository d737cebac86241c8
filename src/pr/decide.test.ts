import { describe, expect, it } from 'vitest';
import {
  accountIdOf,
  check,
  fileFrom,
  swapPerson,
  VALID_GROUP,
  withField,
} from '../../test/support/check.js';
import { DEFAULT_POLICY } from '../core/policy.js';
import type { GroupFile } from '../load/group-file.js';
import { askKey, type Need } from './authorization.js';
import { renderAsks } from './asks.js';
import { describeChange, type Side } from './changes.js';
import { MAX_RECORDED_PULLS, readCheckRecord } from './check-record.js';
import { PR_COMMENT_MARKER } from './comment.js';
import {
  assess,
  checkTitle,
  desiredState,
  groupPathsChanged,
  MAX_TWIN_LOOKUPS,
  mayHaveBeenAsked,
  mentionOnlyAccounts,
  participantsOf,
  recordedVerdicts,
  touchesChanged,
  twinCandidates,
  twinsOutcome,
} from './decide.js';
import type { FilesRead, Gathered, PeopleRead } from './gather.js';
import { MAX_ANNOTATIONS } from './plan.js';
import type { GroupTree, IssueComment, PullRequestInfo } from './port.js';
import { buildPrReport, type Verdict } from './report.js';
import { RULE_PAGES } from '../report/rule-links.js';

/**
 * The check's decisions on plain data, as `gather.ts` would hand them over: no host, no
 * network, no clock.
 */
const PATH = 'groups/example.yaml';
const NOW = '2026-11-22T12:00:00.000Z';
const CONTEXT = { today: '2026-11-22', policy: DEFAULT_POLICY, rulePages: RULE_PAGES } as const;
const ANNA = 48213907;

const pull = (author: string, id: number | undefined = accountIdOf(author)): PullRequestInfo => ({
  number: 42,
  author,
  authorId: id,
  authorIsUser: true,
  headSha: 'sha-1',
  headRef: 'topic',
  headInBase: true,
  baseRef: 'main',
  state: 'open',
  changedFiles: 1,
  body: '',
});

const people = (extra: Partial<PeopleRead> = {}): PeopleRead => ({
  comments: [],
  own: [],
  approvers: [],
  maintainerApproved: false,
  authorIsMaintainer: false,
  now: NOW,
  ...extra,
});

const sideOf = (file: GroupFile | undefined): Side =>
  file === undefined ? 'absent' : file.content.ok ? file.content.data : 'unreadable';

/** Main holds `base` (VALID_GROUP at PATH unless given), the head changes `head`, by path. */
function filesRead(
  head: Record<string, string | undefined>,
  options: {
    base?: Record<string, string>;
    renamedFrom?: string;
    accounts?: Map<string, { id: number; login: string; type: 'User' } | null>;
  } = {},
): FilesRead {
  const base = new Map(
    Object.entries(options.base ?? { [PATH]: VALID_GROUP }).map(([at, text]) => [
      at,
      fileFrom(text, at),
    ]),
  );
  const heads = new Map<string, GroupFile>();
  for (const [at, text] of Object.entries(head))
    if (text !== undefined) heads.set(at, fileFrom(text, at));
  const changes = Object.keys(head).map((at) =>
    describeChange(
      at,
      sideOf(base.get(options.renamedFrom ?? at)),
      sideOf(heads.get(at)),
      options.renamedFrom,
    ),
  );
  return {
    read: true,
    outside: [],
    changes,
    heads,
    base,
    identity: { accounts: options.accounts ?? new Map(), required: new Set() },
  };
}

const gathered = (
  pr: PullRequestInfo,
  files: FilesRead,
  extra: Partial<PeopleRead> = {},
): Gathered => ({ pr, files, people: people(extra), lending: { kind: 'own' }, runs: [] });

const comment = (author: string, body: string, extra: Partial<IssueComment> = {}) =>
  ({
    id: 1,
    body,
    author,
    authorId: accountIdOf(author),
    authorIsBot: false,
    authorIsUser: true,
    updatedAt: NOW,
    ...extra,
  }) satisfies IssueComment;

const AMERSFOORT = VALID_GROUP.replace('city: Utrecht', 'city: Amersfoort');

describe('assess: the report on what was read', () => {
  it('passes a leader’s own update, judging the head and not main’s copy of the same file', () => {
    const report = assess(
      gathered(pull('annadevries', ANNA), filesRead({ [PATH]: AMERSFOORT })),
      CONTEXT,
    );
    // Main's copy stays out of the registry: beside the head it would be a duplicate group.
    expect(report.findings).toEqual([]);
    expect(report).toMatchObject({ verdict: 'pass', needs: [], notChecked: undefined });
    expect(report.groups.map((group) => group.change.kind)).toEqual(['update']);
  });

  it('leaves a renamed file’s old path out, and judges the head against the rest of main', () => {
    const moved = 'groups/example-moved.yaml';
    const other = 'groups/other.yaml';
    const report = assess(
      gathered(
        pull('annadevries', ANNA),
        filesRead(
          { [moved]: VALID_GROUP },
          { base: { [PATH]: VALID_GROUP, [other]: VALID_GROUP }, renamedFrom: PATH },
        ),
      ),
      CONTEXT,
    );
    // The old path is gone; the other group on main with the same slug is the only duplicate,
    // and only the changed file is reported on.
    const duplicates = report.findings.filter((finding) => finding.rule === 'registry/duplicate');
    expect(duplicates.length).toBeGreaterThan(0);
    expect(new Set(report.findings.map((finding) => finding.file))).toEqual(new Set([moved]));
    expect(report.needs).toEqual([
      { kind: 'maintainer', reason: 'rename', path: moved, satisfied: false },
    ]);
  });

  it('asks a maintainer for someone else’s change, and counts a maintainer’s approval', () => {
    const files = filesRead({ [PATH]: AMERSFOORT });
    const waiting = assess(gathered(pull('stranger'), files), CONTEXT);
    expect(waiting.verdict).toBe('waiting');
    expect(waiting.needs).toEqual([
      { kind: 'maintainer', reason: 'not-a-leader', path: PATH, satisfied: false },
    ]);
    const approved = assess(
      gathered(pull('stranger'), files, { maintainerApproved: true }),
      CONTEXT,
    );
    expect(approved.verdict).toBe('pass');
    const byMaintainer = assess(
      gathered(pull('stranger'), files, { authorIsMaintainer: true }),
      CONTEXT,
    );
    expect(byMaintainer.needs).toEqual([]);
  });

  it('waits for a maintainer’s approval of a commit too large to read file by file', () => {
    const files: FilesRead = {
      read: false,
      notChecked: { count: 101, what: 'group-files' },
      outside: ['README.md'],
    };
    const waiting = assess(gathered(pull('annadevries', ANNA), files), CONTEXT);
    expect(waiting).toMatchObject({
      verdict: 'waiting',
      groups: [],
      outside: ['README.md'],
      notChecked: { count: 101, what: 'group-files' },
      needs: [{ kind: 'maintainer', reason: 'too-large', path: undefined, satisfied: false }],
    });
    // Even a maintainer's own pull request: nobody has read the files.
    const own = assess(gathered(pull('maintainer'), files, { authorIsMaintainer: true }), CONTEXT);
    expect(own.verdict).toBe('waiting');
    const approved = assess(
      gathered(pull('annadevries', ANNA), files, { maintainerApproved: true }),
      CONTEXT,
    );
    expect(approved.verdict).toBe('pass');
  });

  it('mentions a newcomer only while the login is still the account the file names', () => {
    const head = swapPerson(VALID_GROUP, 'pjansen', 'newperson');
    const id = accountIdOf('newperson');
    const askOf = (accounts: Map<string, { id: number; login: string; type: 'User' } | null>) =>
      assess(
        gathered(pull('annadevries', ANNA), filesRead({ [PATH]: head }, { accounts })),
        CONTEXT,
      ).needs.find((need) => need.kind === 'consent');
    const theirs = askOf(new Map([['newperson', { id, login: 'newperson', type: 'User' }]]));
    expect(theirs).toMatchObject({ login: 'newperson', satisfied: false, askedAt: NOW });
    expect(theirs).not.toHaveProperty('mention');
    const taken = askOf(new Map([['newperson', { id: id + 1, login: 'newperson', type: 'User' }]]));
    expect(taken).toMatchObject({ login: 'newperson', mention: false });
  });
});

describe('participantsOf: who took part, as plain data', () => {
  it('counts /consent from Users when written, and approvals of the head commit always', () => {
    const approver = { login: 'pjansen', id: accountIdOf('pjansen'), isUser: true };
    const participants = participantsOf(
      pull('annadevries', ANNA),
      people({
        comments: [
          comment('newperson', 'Happy to.\n/consent', { updatedAt: '2026-11-21T10:00:00Z' }),
          comment('somebot', '/consent', { authorIsBot: true, authorIsUser: false }),
          comment('stranger', 'I /consent to nothing'),
        ],
        approvers: [approver],
        maintainerApproved: true,
        authorIsMaintainer: true,
      }),
    );
    expect(participants).toMatchObject({
      author: { login: 'annadevries', id: ANNA, isUser: true },
      authorIsMaintainer: true,
      maintainerApproved: true,
      now: NOW,
      consents: [
        {
          actor: { login: 'newperson', id: accountIdOf('newperson'), isUser: true },
          at: '2026-11-21T10:00:00Z',
        },
        { actor: approver, at: undefined },
      ],
    });
  });

  it('takes each ask’s earliest time across copies of the check’s own comment', () => {
    const ask = (askedAt: string): Need => ({
      kind: 'consent',
      login: 'newperson',
      role: 'coLeader',
      path: PATH,
      askedAt,
      satisfied: false,
      githubId: undefined,
    });
    const own = ['2026-11-20T09:00:00Z', '2026-11-19T09:00:00Z', '2026-11-21T09:00:00Z'].map(
      (at, index) =>
        comment('github-actions[bot]', `${PR_COMMENT_MARKER}\n${renderAsks([ask(at)])}`, {
          id: index + 1,
        }),
    );
    const { askedAt } = participantsOf(pull('annadevries', ANNA), people({ own }));
    expect([...askedAt]).toEqual([
      [askKey({ path: PATH, role: 'coLeader', login: 'newperson' }), '2026-11-19T09:00:00Z'],
    ]);
  });
});

describe('mentionOnlyAccounts', () => {
  const consent = (githubId: number | undefined): Need => ({
    kind: 'consent',
    login: 'newperson',
    role: 'leader',
    path: PATH,
    askedAt: NOW,
    satisfied: false,
    githubId,
  });

  it('writes a login in plain text once it is another account’s, or nobody’s', () => {
    const accounts = new Map([['newperson', { id: 7, login: 'newperson', type: 'User' as const }]]);
    expect(mentionOnlyAccounts([consent(7)], accounts)).toEqual([consent(7)]);
    expect(mentionOnlyAccounts([consent(8)], accounts)).toEqual([
      { ...consent(8), mention: false },
    ]);
    expect(mentionOnlyAccounts([consent(8)], new Map([['newperson', null]]))).toEqual([
      { ...consent(8), mention: false },
    ]);
    // A file without ids gives nothing to compare: the mention stays.
    expect(mentionOnlyAccounts([consent(undefined)], new Map())).toEqual([consent(undefined)]);
  });
});

describe('twins', () => {
  const run = (externalId: string | undefined, id = 1) => ({ id, externalId });

  it('reads the verdicts recorded for other pull requests, the newest run’s first', () => {
    const runs = [
      run('pr-7:pass,pr-42:waiting', 1),
      run('pr-8:fail,pr-7:waiting', 2),
      run('not a record', 3),
      run(undefined, 4),
    ];
    expect([...recordedVerdicts(42, runs)]).toEqual([
      [8, 'fail'],
      [7, 'waiting'],
    ]);
  });

  it('looks up only more permissive verdicts, the most permissive first, at most a few', () => {
    const recorded = new Map<number, Verdict>([
      [1, 'fail'],
      [2, 'waiting'],
      ...Array.from({ length: 8 }, (_, i): [number, Verdict] => [10 + i, 'pass']),
    ]);
    expect(twinCandidates(recorded, 'pass')).toEqual([]);
    expect(twinCandidates(recorded, 'waiting')).toEqual([10, 11, 12, 13, 14]);
    expect(
      twinCandidates(
        new Map([
          [2, 'waiting'],
          [3, 'pass'],
        ]),
        'fail',
      ),
    ).toEqual([3, 2]);
    expect(twinCandidates(recorded, 'fail')).toHaveLength(MAX_TWIN_LOOKUPS);
  });

  it('shows the twin’s verdict, and records this one first without those that are no twin', () => {
    const recorded = new Map<number, Verdict>([
      [7, 'pass'],
      [8, 'pass'],
      [9, 'fail'],
    ]);
    const outcome = twinsOutcome(42, 'waiting', recorded, { twin: 8, forgotten: [7] });
    expect(outcome.best).toEqual({ number: 8, verdict: 'pass' });
    expect([...outcome.record]).toEqual([
      [42, 'waiting'],
      [8, 'pass'],
      [9, 'fail'],
    ]);
    const alone = twinsOutcome(42, 'fail', recorded, { twin: undefined, forgotten: [7, 8] });
    expect(alone.best).toBeUndefined();
    expect([...alone.record]).toEqual([
      [42, 'fail'],
      [9, 'fail'],
    ]);
  });

  it('remembers at most MAX_RECORDED_PULLS pull requests, this one included', () => {
    const recorded = new Map<number, Verdict>(
      Array.from({ length: 20 }, (_, i): [number, Verdict] => [100 + i, 'fail']),
    );
    const { record } = twinsOutcome(42, 'fail', recorded, { twin: undefined, forgotten: [100] });
    expect([...record.keys()]).toEqual([
      42,
      ...Array.from({ length: MAX_RECORDED_PULLS - 1 }, (_, i) => 101 + i),
    ]);
  });
});

describe('desiredState: the comment, labels and check run', () => {
  const report = (findings = check(withField('website', undefined))) =>
    buildPrReport({
      author: 'annadevries',
      changes: [
        {
          change: describeChange(PATH, sideOf(fileFrom(VALID_GROUP)), sideOf(fileFrom(AMERSFOORT))),
          findings,
        },
      ],
      outside: [],
      needs: [],
      ...CONTEXT,
    });
  const alone = { record: new Map<number, Verdict>([[42, 'fail']]), best: undefined };

  it('writes this pull request’s own verdict when no twin lends a better one', () => {
    const desired = desiredState(pull('annadevries', ANNA), report(), alone);
    expect(desired.checkRun).toMatchObject({
      headSha: 'sha-1',
      conclusion: 'failure',
      title: '1 error, 0 warnings',
    });
    expect([...desired.labels].sort()).toEqual(['failing', 'update']);
    expect(desired.commentBody.startsWith(PR_COMMENT_MARKER)).toBe(true);
    expect(desired.checkRun.annotations).toMatchObject([
      { path: PATH, annotation_level: 'failure', title: 'presence/website' },
    ]);
  });

  it('shows a twin’s more permissive verdict, and says so', () => {
    const desired = desiredState(pull('stranger'), report(), {
      record: new Map<number, Verdict>([
        [42, 'fail'],
        [7, 'pass'],
      ]),
      best: { number: 7, verdict: 'pass' },
    });
    expect(desired.checkRun.conclusion).toBe('success');
    expect(desired.checkRun.title).toBe('1 error, 0 warnings');
    expect(desired.checkRun.summary).toContain('Pull request #7 has this same head commit');
    expect(readCheckRecord(`pr-42:fail,pr-7:pass`)?.verdicts).toEqual(desired.checkRun.verdicts);
  });

  it(`annotates at most ${String(MAX_ANNOTATIONS)} findings, and the summary says how many more`, () => {
    const [finding] = check(withField('website', undefined));
    if (finding === undefined) throw new Error('no finding');
    const many = Array.from({ length: MAX_ANNOTATIONS + 3 }, () => finding);
    const desired = desiredState(pull('annadevries', ANNA), report(many), alone);
    expect(desired.checkRun.annotations).toHaveLength(MAX_ANNOTATIONS);
    expect(desired.checkRun.summary).toContain('3 more findings are not annotated here');
  });
});

describe('checkTitle', () => {
  const titled = (
    verdict: Verdict,
    extra: { errors?: number; warnings?: number; notChecked?: boolean } = {},
  ) =>
    checkTitle({
      ...buildPrReport({ author: 'a', changes: [], outside: [], needs: [], ...CONTEXT }),
      verdict,
      errors: extra.errors ?? 0,
      warnings: extra.warnings ?? 0,
      notChecked: extra.notChecked === true ? { count: 3001, what: 'files' } : undefined,
    });

  it('names the verdict, with counts', () => {
    expect(titled('pass')).toBe('Passing');
    expect(titled('pass', { warnings: 1 })).toBe('Passing, 1 warning');
    expect(titled('fail', { errors: 2, warnings: 1 })).toBe('2 errors, 1 warning');
    expect(titled('waiting')).toBe('Waiting for consent or a maintainer');
    expect(titled('waiting', { notChecked: true })).toBe(
      'Too large to check file by file: a maintainer must review',
    );
    expect(titled('pass', { notChecked: true })).toBe(
      'Too large to check file by file: a maintainer approved this commit',
    );
  });
});

describe('mayHaveBeenAsked', () => {
  const asked: Need = {
    kind: 'consent',
    login: 'newperson',
    role: 'coLeader',
    path: PATH,
    askedAt: NOW,
    satisfied: false,
    githubId: undefined,
  };
  const record = comment('github-actions[bot]', `${PR_COMMENT_MARKER}\n${renderAsks([asked])}`, {
    authorIsBot: true,
    authorIsUser: false,
  });

  it('lets a run go ahead only for someone a record asked, or when the page proves nothing', () => {
    expect(mayHaveBeenAsked({ comments: [record], complete: true }, 'newperson')).toBe(true);
    expect(mayHaveBeenAsked({ comments: [record], complete: true }, 'stranger')).toBe(false);
    expect(mayHaveBeenAsked({ comments: [], complete: true }, 'newperson')).toBe(false);
    expect(mayHaveBeenAsked({ comments: [], complete: false }, 'newperson')).toBe(true);
    // A record written by a User is no record at all.
    const forged = { ...record, authorIsBot: false, authorIsUser: true };
    expect(mayHaveBeenAsked({ comments: [forged], complete: true }, 'newperson')).toBe(false);
  });
});

describe('after a push: which group files changed', () => {
  const tree = (entries: Record<string, [string, string]>, truncated = false): GroupTree => ({
    entries: new Map(
      Object.entries(entries).map(([at, [mode, sha]]) => [at, { path: at, mode, sha }]),
    ),
    truncated,
  });
  const before = tree({ 'groups/a.yaml': ['100644', 'a1'], 'groups/b.yaml': ['100644', 'b1'] });

  it('compares content and mode by path, and knows nothing when a side is missing or cut', () => {
    const after = tree({
      'groups/a.yaml': ['100755', 'a1'],
      'groups/b.yaml': ['100644', 'b1'],
      'groups/c.yaml': ['100644', 'c1'],
    });
    expect(groupPathsChanged({ before, after })).toEqual(
      new Set(['groups/a.yaml', 'groups/c.yaml']),
    );
    expect(groupPathsChanged({ before, after: before })).toEqual(new Set());
    expect(groupPathsChanged({ before: after, after: before })).toEqual(
      new Set(['groups/a.yaml', 'groups/c.yaml']),
    );
    expect(groupPathsChanged(undefined)).toBe('unknown');
    expect(groupPathsChanged({ before, after: tree({}, true) })).toBe('unknown');
  });

  it('finds a pull request touching a changed file at its path or its old path', () => {
    const changed = new Set(['groups/a.yaml']);
    expect(touchesChanged([{ path: 'groups/a.yaml', status: 'modified' }], changed)).toBe(true);
    expect(
      touchesChanged(
        [{ path: 'groups/z.yaml', status: 'renamed', previousPath: 'groups/a.yaml' }],
        changed,
      ),
    ).toBe(true);
    expect(touchesChanged([{ path: 'groups/b.yaml', status: 'modified' }], changed)).toBe(false);
  });
});
