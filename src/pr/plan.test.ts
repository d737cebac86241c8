import { describe, expect, it } from 'vitest';
import {
  planPr,
  readVerdict,
  recordVerdict,
  toAnnotation,
  type PrActual,
  type PrDesired,
} from './plan.js';
import { stricter, type PrLabel } from './report.js';

const annotation = (line: number) =>
  toAnnotation({
    rule: 'schema',
    severity: 'error',
    file: 'groups/x.yaml',
    pointer: '',
    line,
    column: 1,
    message: 'm',
    messageId: 'presence/website.missing',
    params: {},
  });

const desired = (overrides: Partial<PrDesired> = {}): PrDesired => ({
  commentBody: 'body',
  labels: new Set<PrLabel>(['update', 'passing']),
  checkRun: {
    headSha: 'abc',
    externalId: 'pr-1:pass',
    conclusion: 'success',
    title: 't',
    summary: 's',
    annotations: [],
  },
  ...overrides,
});

const actual = (overrides: Partial<PrActual> = {}): PrActual => ({
  comment: undefined,
  labels: new Set(),
  repoLabels: new Set(['update', 'passing', 'failing']),
  ...overrides,
});

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
      actual({ comment: { id: 7, body: 'old' }, labels: new Set(['update', 'passing']) }),
    );
    expect(changed).toEqual([
      { type: 'update-comment', id: 7, body: 'body' },
      expect.objectContaining({ type: 'create-check-run' }),
    ]);
    const same = planPr(
      desired(),
      actual({ comment: { id: 7, body: 'body' }, labels: new Set(['update', 'passing']) }),
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
  });
});

describe('the verdict a check run records', () => {
  it('reads back the pull request and verdict it wrote, and nothing else', () => {
    expect(readVerdict(recordVerdict(42, 'waiting'))).toEqual({ number: 42, verdict: 'waiting' });
    expect(readVerdict(undefined)).toBeUndefined();
    expect(readVerdict('pr-42:green')).toBeUndefined();
    expect(readVerdict('someone-else')).toBeUndefined();
  });

  it('combines verdicts to the stricter one', () => {
    expect(stricter('pass', 'waiting')).toBe('waiting');
    expect(stricter('fail', 'waiting')).toBe('fail');
    expect(stricter('pass', 'pass')).toBe('pass');
  });
});
