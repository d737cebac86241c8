import { describe, expect, it } from 'vitest';
import { PROPOSAL_LABELS, type ProposalLabel } from './proposal-port.js';
import {
  commentMarker,
  modeOf,
  parseProposalMarker,
  planProposals,
  proposalMarker,
  type DesiredProposal,
  type KnownPull,
  type ProposalKey,
  type ProposalState,
} from './proposals.js';

const BOT = 41898282;
const PERSON = 777;
const ALL_LABELS = new Set<ProposalLabel>(Object.values(PROPOSAL_LABELS));
const PATH = 'groups/g.yaml';

const KEY: ProposalKey = { group: 'g', action: 'inactivate', since: '2026-08-01' };

function want(overrides: Partial<DesiredProposal> = {}): DesiredProposal {
  return {
    ...KEY,
    issue: 7,
    files: [{ path: PATH, content: 'edited' }],
    commitMessage: 'Make g inactive (tgr lifecycle)',
    title: 'Inactive: g',
    body: `${proposalMarker(KEY)}\ntext`,
    ...overrides,
  };
}

let numbers = 100; // numbers for pulls made in the tables; a test that names one gives it
function pull(
  overrides: Partial<KnownPull> & { key?: ProposalKey; unread?: boolean } = {},
): KnownPull {
  const { key = KEY, unread = false, ...rest } = overrides;
  const made: KnownPull = {
    number: numbers++,
    state: 'open',
    merged: false,
    headSha: 'head',
    body: `${proposalMarker(key)}\ntext`,
    authorId: BOT,
    url: 'https://github.test/pull',
    commitAuthors: [BOT],
    held: new Map([[PATH, 'edited']]),
    ...rest,
  };
  // Commits not read: the plan must not take them for the bot's.
  if (unread) delete made.commitAuthors;
  return made;
}

function state(pulls: KnownPull[] = [], overrides: Partial<ProposalState> = {}): ProposalState {
  return {
    self: BOT,
    base: { branch: 'main', sha: 'base' },
    labels: ALL_LABELS,
    pulls: new Map([['g', pulls]]),
    comments: new Map([[7, [{ author: BOT, body: `linked\n\n${commentMarker(KEY)}` }]]]),
    ...overrides,
  };
}

/** The plan in short: `type` of each step, `group reason` of each skip. */
function plan(desired: DesiredProposal[], actual: ProposalState, maxPullRequests = 10) {
  const { steps, skipped } = planProposals(desired, actual, { maxPullRequests });
  return {
    steps: steps.map((step) =>
      step.type === 'close'
        ? `close ${step.reason}`
        : step.type === 'comment'
          ? `comment ${String(step.pull)}`
          : step.type,
    ),
    skipped: skipped.map(({ key, reason }) => `${key.group} ${reason}`),
  };
}

describe('planProposals', () => {
  const noComment = { comments: new Map([[7, []]]) };
  it.each([
    [
      'nothing exists: open, then the comment for it',
      [want()],
      state([], noComment),
      ['open', 'comment null'],
      [],
    ],
    ['the same proposal is open already', [want()], state([pull()]), [], ['g unchanged']],
    [
      'the same proposal is open already, its commits not read',
      [want()],
      state([pull({ unread: true })]),
      [],
      ['g unchanged'],
    ],
    [
      'the file it holds differs, its commits not read: never written over',
      [want()],
      state([pull({ held: new Map([[PATH, 'older']]), unread: true })]),
      [],
      ['g foreign-commits'],
    ],
    [
      'open, but its comment is missing',
      [want()],
      state([pull({ number: 42 })], noComment),
      ['comment 42'],
      ['g unchanged'],
    ],
    [
      "a person's comment with the mark does not count",
      [want()],
      state([pull({ number: 42 })], {
        comments: new Map([[7, [{ author: PERSON, body: `x\n\n${commentMarker(KEY)}` }]]]),
      }),
      ['comment 42'],
      ['g unchanged'],
    ],
    [
      'it differs only in the day it was proposed on: left as it is, its approvals kept',
      [want({ files: [{ path: PATH, content: 'status: inactive\ninactiveSince: 2027-03-08\n' }] })],
      state([pull({ held: new Map([[PATH, 'status: inactive\ninactiveSince: 2027-03-01\n']]) })]),
      [],
      ['g unchanged'],
    ],
    [
      'it differs in more than that day',
      [
        want({
          files: [{ path: PATH, content: 'status: inactive\ninactiveSince: 2027-03-08\nx: 1\n' }],
        }),
      ],
      state([pull({ held: new Map([[PATH, 'status: inactive\ninactiveSince: 2027-03-01\n']]) })]),
      ['update'],
      [],
    ],
    [
      'the file it holds differs',
      [want()],
      state([pull({ held: new Map([[PATH, 'older']]) })]),
      ['update'],
      [],
    ],
    [
      'the episode differs',
      [want({ since: '2026-09-01' })],
      state([pull({ number: 43 })], { comments: new Map([[7, []]]) }),
      ['update', 'comment 43'],
      [],
    ],
    [
      'it holds a commit by someone else',
      [want()],
      state([pull({ held: new Map([[PATH, 'older']]), commitAuthors: [BOT, PERSON] })]),
      [],
      ['g foreign-commits'],
    ],
    [
      'it holds a commit linked to no account',
      [want()],
      state([pull({ held: new Map([[PATH, 'older']]), commitAuthors: [null] })]),
      [],
      ['g foreign-commits'],
    ],
    [
      'declined by a person for this episode',
      [want()],
      state([pull({ state: 'closed', closedBy: PERSON })]),
      [],
      ['g declined'],
    ],
    [
      'closed by someone unknown (deleted account): declined too',
      [want()],
      state([pull({ state: 'closed', closedBy: null })]),
      [],
      ['g declined'],
    ],
    [
      'closed by the bot itself: no refusal',
      [want()],
      state([pull({ state: 'closed', closedBy: BOT })], noComment),
      ['open', 'comment null'],
      [],
    ],
    [
      'declined in an earlier episode',
      [want({ since: '2026-09-01' })],
      state([pull({ state: 'closed', closedBy: PERSON })], { comments: new Map([[7, []]]) }),
      ['open', 'comment null'],
      [],
    ],
    [
      'merged already',
      [want()],
      state([pull({ state: 'closed', merged: true, closedBy: PERSON })]),
      [],
      ['g merged'],
    ],
    [
      "a person's closed copy of the marker",
      [want()],
      state([pull({ state: 'closed', closedBy: PERSON, authorId: PERSON })], noComment),
      ['open', 'comment null'],
      [],
    ],
    [
      "a person's open pull request on the branch",
      [want()],
      state([pull({ authorId: PERSON })], noComment),
      [],
      ['g branch-in-use'],
    ],
    [
      'its branch holds a commit the bot did not make, with no open pull request',
      [want()],
      state([], { ...noComment, takenBranches: new Set(['g']) }),
      [],
      ['g branch-taken'],
    ],
    ['no longer decided: closed', [], state([pull()]), ['close no-longer'], []],
    [
      'no longer decided, but holds a foreign commit: left',
      [],
      state([pull({ commitAuthors: [BOT, PERSON] })]),
      [],
      ['g foreign-commits'],
    ],
    [
      "no longer decided, a person's copy: left alone without a word",
      [],
      state([pull({ authorId: PERSON })]),
      [],
      [],
    ],
    [
      'another action decided: closed and replaced',
      [want({ action: 'remove', issue: null })],
      state([pull()]),
      ['close replaced', 'open'],
      [],
    ],
    [
      'another action decided, the old one holds a foreign commit',
      [want({ action: 'remove', issue: null })],
      state([pull({ commitAuthors: [PERSON] })]),
      [],
      ['g foreign-commits', 'g foreign-commits'],
    ],
    [
      'labels missing: made first',
      [want()],
      state([], { ...noComment, labels: new Set<ProposalLabel>(['lifecycle: remove']) }),
      ['create-labels', 'open', 'comment null'],
      [],
    ],
    [
      'a reactivation gets no comment',
      [want({ action: 'reactivate', issue: null })],
      state([], noComment),
      ['open'],
      [],
    ],
  ])('%s', (_name, desired, actual, steps, skipped) => {
    expect(plan(desired, actual)).toEqual({ steps, skipped });
  });

  it('opens at most maxPullRequests, by slug; the rest are over the limit', () => {
    const desired = ['c', 'a', 'b'].map((group) =>
      want({
        group,
        action: 'remove',
        issue: null,
        files: [{ path: `groups/${group}.yaml`, content: null }],
      }),
    );
    expect(plan(desired, state([], { pulls: new Map() }), 2)).toEqual({
      steps: ['open', 'open'],
      skipped: ['c over-limit'],
    });
    const { steps } = planProposals(desired, state([], { pulls: new Map() }), {
      maxPullRequests: 2,
    });
    expect(steps.map((step) => step.type === 'open' && step.desired.group)).toEqual(['a', 'b']);
  });

  it('orders the writes: labels, closes, updates, opens with their comments, other comments', () => {
    const other: ProposalKey = { group: 'h', action: 'inactivate', since: '2026-08-01' };
    const gone: ProposalKey = { group: 'x', action: 'remove', since: '2026-01-01' };
    const actual = state([], {
      labels: new Set(),
      pulls: new Map([
        ['h', [pull({ number: 9, key: other, held: new Map([['groups/h.yaml', 'x']]) })]],
        ['x', [pull({ number: 8, key: gone })]],
        ['g', [pull({ number: 7, held: new Map([[PATH, 'old']]) })]],
      ]),
      comments: new Map([
        [7, []],
        [17, []],
        [27, []],
      ]),
    });
    const desired = [
      want({ group: 'h', issue: 17, files: [{ path: 'groups/h.yaml', content: 'x' }] }),
      want(),
      want({ group: 'f', issue: 27, files: [{ path: 'groups/f.yaml', content: 'x' }] }),
    ];
    expect(plan(desired, actual).steps).toEqual([
      'create-labels',
      'close no-longer',
      'update',
      'open',
      'comment null',
      'comment 7',
      'comment 9',
    ]);
  });
});

describe('the proposal marker', () => {
  it('reads back what it writes, and nothing else', () => {
    expect(parseProposalMarker(`${proposalMarker(KEY)}\nrest`)).toEqual(KEY);
    expect(parseProposalMarker(`text\n${proposalMarker(KEY)}`)).toBeUndefined();
    expect(
      parseProposalMarker(
        '<!-- tech-groups-registry:lifecycle group=g action=delete since=2026-08-01 -->',
      ),
    ).toBeUndefined();
    expect(
      parseProposalMarker(
        '<!-- tech-groups-registry:lifecycle group=g action=remove since=2026-02-31 -->',
      ),
    ).toBeUndefined();
  });
});

describe('modeOf', () => {
  it.each([
    [true, ALL_LABELS, 'dry-run'],
    [true, new Set<ProposalLabel>(), 'dry-run'],
    [false, new Set<ProposalLabel>(), 'act'],
    ['auto', new Set<ProposalLabel>(), 'first-run'],
    ['auto', new Set<ProposalLabel>(['lifecycle: remove']), 'act'],
    ['auto', ALL_LABELS, 'act'],
  ] as const)('dryRun %s with %o labels: %s', (dryRun, labels, mode) => {
    expect(modeOf(dryRun, labels)).toBe(mode);
  });
});
