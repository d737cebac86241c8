import { describe, expect, it } from 'vitest';
import {
  annotationsDigest,
  MAX_RECORDED_PULLS,
  readCheckRecord,
  writeCheckRecord,
} from './check-record.js';
import { planPr, toAnnotation, type PrActual, type PrDesired } from './plan.js';
import type { PrLabel } from './report.js';
import { RULE_PAGES } from '../report/rule-links.js';

const annotation = (line: number) =>
  toAnnotation(
    {
      rule: 'schema',
      severity: 'error',
      file: 'groups/x.yaml',
      pointer: '',
      line,
      column: 1,
      message: 'm',
      messageId: 'presence/website.missing',
      params: {},
    },
    'en',
    RULE_PAGES,
  );

const desired = (overrides: Partial<PrDesired> = {}): PrDesired => ({
  commentBody: 'body',
  labels: new Set<PrLabel>(['update', 'passing']),
  checkRun: {
    headSha: 'abc',
    verdicts: new Map([[1, 'pass' as const]]),
    conclusion: 'success',
    title: 't',
    summary: 's',
    annotations: [],
  },
  ...overrides,
});

const actual = (overrides: Partial<PrActual> = {}): PrActual => ({
  comments: [],
  labels: new Set(),
  repoLabels: new Set(['update', 'passing', 'failing']),
  checkRun: undefined,
  ...overrides,
});

/** The record a run with no annotations writes for pull request 1's pass. */
const RECORD = `pr-1:pass#${annotationsDigest([])}`;

describe('planning the pull-request writes', () => {
  it('creates the comment, the labels and the check run on a first run', () => {
    expect(planPr(desired(), actual()).map((action) => action.type)).toEqual([
      'add-labels',
      'create-comment',
      'create-check-run',
    ]);
  });

  it('creates a managed label the repository does not have yet', () => {
    const actions = planPr(desired({ labels: new Set<PrLabel>(['leaving']) }), actual());
    expect(actions[0]).toEqual({
      type: 'create-label',
      name: 'leaving',
      color: 'b60205',
      description: 'A group leaving the program',
    });
  });

  it('edits the same comment when its text changes, and leaves it alone when it does not', () => {
    const changed = planPr(
      desired(),
      actual({ comments: [{ id: 7, body: 'old' }], labels: new Set(['update', 'passing']) }),
    );
    expect(changed).toEqual([
      { type: 'update-comment', id: 7, body: 'body' },
      expect.objectContaining({ type: 'create-check-run' }),
    ]);
    const same = planPr(
      desired(),
      actual({ comments: [{ id: 7, body: 'body' }], labels: new Set(['update', 'passing']) }),
    );
    expect(same.map((action) => action.type)).toEqual(['create-check-run']);
  });

  it('removes only the labels it manages', () => {
    const actions = planPr(
      desired(),
      actual({ labels: new Set(['update', 'failing', 'good first issue']) }),
    );
    expect(
      actions.filter(
        (action) => action.type !== 'create-check-run' && action.type !== 'create-comment',
      ),
    ).toEqual([
      { type: 'add-labels', labels: ['passing'] },
      { type: 'remove-label', label: 'failing' },
    ]);
  });

  it('sends annotations 50 at a time', () => {
    const annotations = Array.from({ length: 120 }, (_, i) => annotation(i + 1));
    const actions = planPr(desired({ checkRun: { ...desired().checkRun, annotations } }), actual());
    const batches = actions.flatMap((action) =>
      action.type === 'create-check-run' || action.type === 'add-annotations'
        ? [action.annotations.length]
        : [],
    );
    expect(batches).toEqual([50, 50, 20]);
    // Only the last batch completes the record, so a run cut short is never updated in place.
    const create = actions.find((action) => action.type === 'create-check-run');
    const last = actions.at(-1);
    expect(readCheckRecord(create?.check.externalId)?.annotations).toBeUndefined();
    expect(last).toMatchObject({
      type: 'add-annotations',
      externalId: `pr-1:pass#${annotationsDigest(annotations)}`,
    });
  });

  it('keeps the oldest of its comments and deletes the copies a lost reply left', () => {
    const actions = planPr(
      desired(),
      actual({
        comments: [
          { id: 7, body: 'body' },
          { id: 9, body: 'body' },
          { id: 12, body: 'other' },
        ],
        labels: new Set(['update', 'passing']),
      }),
    );
    expect(actions.filter((action) => action.type.endsWith('-comment'))).toEqual([
      { type: 'delete-comment', id: 9 },
      { type: 'delete-comment', id: 12 },
    ]);
  });

  it('updates the check run of the commit in place while its annotations still hold', () => {
    const same = planPr(
      desired({ checkRun: { ...desired().checkRun, conclusion: 'action_required' } }),
      actual({ checkRun: { id: 31, externalId: RECORD } }),
    );
    expect(same.filter((action) => action.type.includes('check-run'))).toEqual([
      {
        type: 'update-check-run',
        id: 31,
        check: {
          headSha: 'abc',
          externalId: RECORD,
          conclusion: 'action_required',
          title: 't',
          summary: 's',
        },
      },
    ]);
  });

  it('creates a new check run when the annotations differ, or the newest run has no digest', () => {
    const annotations = [annotation(3)];
    for (const externalId of [RECORD, 'pr-1:pass', undefined]) {
      const actions = planPr(
        desired({ checkRun: { ...desired().checkRun, annotations } }),
        actual({ checkRun: { id: 31, externalId } }),
      );
      expect(actions.filter((action) => action.type.includes('check-run'))).toEqual([
        expect.objectContaining({ type: 'create-check-run', annotations, supersedes: 31 }),
      ]);
    }
  });
});

describe('the record a check run keeps', () => {
  it('reads back the verdicts and digest it wrote, and the older single-verdict form', () => {
    const record = {
      verdicts: new Map([
        [42, 'waiting' as const],
        [7, 'pass' as const],
      ]),
      annotations: '0123456789abcdef',
    };
    expect(writeCheckRecord(record)).toBe('pr-42:waiting,pr-7:pass#0123456789abcdef');
    expect(readCheckRecord(writeCheckRecord(record))).toEqual(record);
    expect(readCheckRecord('pr-42:pass')).toEqual({
      verdicts: new Map([[42, 'pass']]),
      annotations: undefined,
    });
  });

  it('reads nothing from a record it did not write', () => {
    for (const externalId of [
      undefined,
      '',
      'pr-42:green',
      'someone-else',
      'pr-42:pass#XYZ',
      'pr-42:pass#0123456789abcdef#0123456789abcdef',
      'pr-42:pass,,pr-7:fail',
    ])
      expect(readCheckRecord(externalId)).toBeUndefined();
  });

  it('remembers at most MAX_RECORDED_PULLS pull requests, the first ones given', () => {
    const verdicts = new Map(
      Array.from({ length: 15 }, (_, i) => [i + 1, 'fail' as const] as const),
    );
    const read = readCheckRecord(writeCheckRecord({ verdicts, annotations: undefined }));
    expect([...(read?.verdicts.keys() ?? [])]).toEqual(
      Array.from({ length: MAX_RECORDED_PULLS }, (_, i) => i + 1),
    );
  });
});
