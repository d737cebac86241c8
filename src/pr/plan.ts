import type { Finding } from '../core/finding.js';
import type { Language } from '../i18n/findings/index.js';
import { annotationText } from '../report/annotations.js';
import { annotationsDigest, readCheckRecord, writeCheckRecord } from './check-record.js';
import { PR_LABELS, type PrLabel, type Verdict } from './report.js';

/** GitHub allows 50 annotations per check-run request. */
export const ANNOTATIONS_PER_REQUEST = 50;

/** At most this many annotations per run (ten requests); the summary says how many were left out. */
export const MAX_ANNOTATIONS = 500;

export const CHECK_RUN_NAME = 'Registry check';

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column: number;
  end_column: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

export interface CheckRunDesired {
  headSha: string;
  /** Each pull request's own verdict for this commit, this one first: see `check-record.ts`. */
  verdicts: ReadonlyMap<number, Verdict>;
  conclusion: 'success' | 'failure' | 'action_required';
  title: string;
  summary: string;
  annotations: Annotation[];
}

/** What the pull request should look like after this run. */
export interface PrDesired {
  commentBody: string;
  labels: ReadonlySet<PrLabel>;
  checkRun: CheckRunDesired;
}

/** What it looks like now, read from GitHub once. */
export interface PrActual {
  /**
   * This check's own comments (its marker, written by this run's own account), oldest first:
   * one, unless a lost reply or two runs at once posted another.
   */
  comments: ReadonlyArray<{ id: number; body: string }>;
  labels: ReadonlySet<string>;
  repoLabels: ReadonlySet<string>;
  /** The newest "Registry check" run on the head commit: the one GitHub shows and protection reads. */
  checkRun: { id: number; externalId: string | undefined } | undefined;
}

/** A check run as written: what it says, and the record in its `external_id`. */
export type CheckRunWrite = Omit<CheckRunDesired, 'annotations' | 'verdicts'> & {
  externalId: string;
};

export type PrAction =
  | { type: 'create-label'; name: PrLabel; color: string; description: string }
  | { type: 'add-labels'; labels: PrLabel[] }
  | { type: 'remove-label'; label: PrLabel }
  | { type: 'create-comment'; body: string }
  | { type: 'update-comment'; id: number; body: string }
  | { type: 'delete-comment'; id: number }
  | {
      type: 'create-check-run';
      check: CheckRunWrite;
      annotations: Annotation[];
      /** The newest run on the commit before this one, if any: a lost reply's run is newer. */
      supersedes: number | undefined;
    }
  | { type: 'update-check-run'; id: number; check: CheckRunWrite }
  /** More of a new run's annotations; the last batch completes the run's record. */
  | { type: 'add-annotations'; annotations: Annotation[]; externalId?: string };

/**
 * The writes that turn `actual` into `desired`, and no others: an unchanged comment is not
 * rewritten, copies of it are deleted, labels this check does not manage are left alone, the
 * commit's check run is updated in place while its annotations still hold (so a thousand
 * `/consent` runs leave one run, not a thousand), and a new run's annotations go out in batches
 * GitHub accepts. Pure, so every decision is tested without a network.
 */
export function planPr(desired: PrDesired, actual: PrActual): PrAction[] {
  const actions: PrAction[] = [];
  for (const name of desired.labels) {
    if (!actual.repoLabels.has(name))
      actions.push({ type: 'create-label', name, ...PR_LABELS[name] });
  }
  const missing = [...desired.labels].filter((label) => !actual.labels.has(label));
  if (missing.length > 0) actions.push({ type: 'add-labels', labels: missing });
  for (const label of Object.keys(PR_LABELS) as PrLabel[]) {
    if (actual.labels.has(label) && !desired.labels.has(label))
      actions.push({ type: 'remove-label', label });
  }

  const [kept, ...copies] = actual.comments;
  if (kept === undefined) actions.push({ type: 'create-comment', body: desired.commentBody });
  else if (kept.body !== desired.commentBody)
    actions.push({ type: 'update-comment', id: kept.id, body: desired.commentBody });
  for (const copy of copies) actions.push({ type: 'delete-comment', id: copy.id });

  const { annotations, verdicts, ...rest } = desired.checkRun;
  const digest = annotationsDigest(annotations);
  const check: CheckRunWrite = {
    ...rest,
    externalId: writeCheckRecord({ verdicts, annotations: digest }),
  };
  const current = actual.checkRun;
  if (current !== undefined && readCheckRecord(current.externalId)?.annotations === digest) {
    actions.push({ type: 'update-check-run', id: current.id, check });
    return actions;
  }
  // The digest goes into the record only with the last batch, so a run whose later batches
  // failed is never taken for complete and updated in place.
  const batches: Annotation[][] = [];
  for (let start = 0; start < annotations.length; start += ANNOTATIONS_PER_REQUEST)
    batches.push(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST));
  const [first = [], ...later] = batches;
  const partial = writeCheckRecord({ verdicts, annotations: undefined });
  actions.push({
    type: 'create-check-run',
    check: later.length === 0 ? check : { ...check, externalId: partial },
    annotations: first,
    supersedes: current?.id,
  });
  later.forEach((batch, index) => {
    actions.push({
      type: 'add-annotations',
      annotations: batch,
      ...(index === later.length - 1 ? { externalId: check.externalId } : {}),
    });
  });
  return actions;
}

const LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' } as const;

/** A finding as a check-run annotation on the pull request's head commit, in `language`. */
export function toAnnotation(finding: Finding, language: Language, rulePages: string): Annotation {
  return {
    path: finding.file,
    start_line: finding.line,
    end_line: finding.line,
    start_column: finding.column,
    end_column: finding.column,
    annotation_level: LEVEL[finding.severity],
    title: finding.rule,
    message: annotationText(finding, language, rulePages),
  };
}

const CONCLUSION: Record<Verdict, CheckRunDesired['conclusion']> = {
  pass: 'success',
  fail: 'failure',
  // Waiting for a consent or a maintainer must block a merge, which `neutral` would not.
  waiting: 'action_required',
};

export function conclusionOf(verdict: Verdict): CheckRunDesired['conclusion'] {
  return CONCLUSION[verdict];
}
