import type { Finding } from '../core/finding.js';
import type { Language } from '../i18n/findings/index.js';
import { annotationText } from '../report/annotations.js';
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
  /** Which pull request this run judged, and its own verdict: see `recordVerdict`. */
  externalId: string;
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
  /** This check's own comment, found by its marker. */
  comment: { id: number; body: string } | undefined;
  labels: ReadonlySet<string>;
  repoLabels: ReadonlySet<string>;
}

export type PrAction =
  | { type: 'create-label'; name: PrLabel; color: string; description: string }
  | { type: 'add-labels'; labels: PrLabel[] }
  | { type: 'remove-label'; label: PrLabel }
  | { type: 'create-comment'; body: string }
  | { type: 'update-comment'; id: number; body: string }
  | {
      type: 'create-check-run';
      check: Omit<CheckRunDesired, 'annotations'>;
      annotations: Annotation[];
    }
  | { type: 'add-annotations'; annotations: Annotation[] };

/**
 * The writes that turn `actual` into `desired`, and no others: an unchanged comment is not
 * rewritten, labels this check does not manage are left alone, and a check run's annotations go
 * out in batches GitHub accepts. Pure, so every decision is tested without a network.
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

  if (!actual.comment) actions.push({ type: 'create-comment', body: desired.commentBody });
  else if (actual.comment.body !== desired.commentBody) {
    actions.push({ type: 'update-comment', id: actual.comment.id, body: desired.commentBody });
  }

  const { annotations, ...check } = desired.checkRun;
  actions.push({
    type: 'create-check-run',
    check,
    annotations: annotations.slice(0, ANNOTATIONS_PER_REQUEST),
  });
  for (
    let start = ANNOTATIONS_PER_REQUEST;
    start < annotations.length;
    start += ANNOTATIONS_PER_REQUEST
  ) {
    actions.push({
      type: 'add-annotations',
      annotations: annotations.slice(start, start + ANNOTATIONS_PER_REQUEST),
    });
  }
  return actions;
}

const LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' } as const;

/** A finding as a check-run annotation on the pull request's head commit, in `language`. */
export function toAnnotation(finding: Finding, language: Language = 'en'): Annotation {
  return {
    path: finding.file,
    start_line: finding.line,
    end_line: finding.line,
    start_column: finding.column,
    end_column: finding.column,
    annotation_level: LEVEL[finding.severity],
    title: finding.rule,
    message: annotationText(finding, language),
  };
}

/**
 * A check run's `external_id`: the pull request it judged and that pull request's own verdict,
 * so a run for another pull request with the same head commit can take both into account.
 */
export function recordVerdict(number: number, verdict: Verdict): string {
  return `pr-${String(number)}:${verdict}`;
}

export function readVerdict(
  externalId: string | undefined,
): { number: number; verdict: Verdict } | undefined {
  const match = /^pr-(\d+):(pass|fail|waiting)$/.exec(externalId ?? '');
  return match === null ? undefined : { number: Number(match[1]), verdict: match[2] as Verdict };
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
