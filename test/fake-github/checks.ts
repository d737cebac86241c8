import { type Context, type Reply, field, intParam, notFound, paginate, text } from './http.js';
import { ACTIONS_APP_ID, checkRunJson } from './shapes.js';
import {
  type Annotation,
  type CheckConclusion,
  type CheckRun,
  type CheckStatus,
  knownCommits,
  nextId,
  resolveCommit,
} from './state.js';

/** Documented limits the REST description leaves to prose. */
const ANNOTATION_TITLE_MAX = 255;
const ANNOTATION_TEXT_MAX = 64 * 1024;

const STATUSES: readonly CheckStatus[] = [
  'queued',
  'in_progress',
  'completed',
  'waiting',
  'requested',
  'pending',
];
const CONCLUSIONS: readonly CheckConclusion[] = [
  'action_required',
  'cancelled',
  'failure',
  'neutral',
  'success',
  'skipped',
  'stale',
  'timed_out',
];

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return values.find((v) => v === value);
}

function integer(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/** An annotation from a schema-checked body item, or why GitHub would refuse it. */
function toAnnotation(item: unknown, index: number): Annotation | string {
  const where = `output.annotations[${String(index)}]`;
  const level = oneOf(['notice', 'warning', 'failure'] as const, field(item, 'annotation_level'));
  const annotation: Annotation = {
    path: text(item, 'path') ?? '',
    start_line: integer(field(item, 'start_line')) ?? 0,
    end_line: integer(field(item, 'end_line')) ?? 0,
    annotation_level: level ?? 'notice',
    message: text(item, 'message') ?? '',
  };
  const startColumn = integer(field(item, 'start_column'));
  const endColumn = integer(field(item, 'end_column'));
  const title = text(item, 'title');
  const rawDetails = text(item, 'raw_details');
  if (startColumn !== undefined) annotation.start_column = startColumn;
  if (endColumn !== undefined) annotation.end_column = endColumn;
  if (title !== undefined) annotation.title = title;
  if (rawDetails !== undefined) annotation.raw_details = rawDetails;

  if (annotation.start_line < 1) return `${where}: start_line must be 1 or more`;
  if (annotation.end_line < annotation.start_line) return `${where}: end_line is before start_line`;
  if (
    (startColumn !== undefined || endColumn !== undefined) &&
    annotation.start_line !== annotation.end_line
  )
    return `${where}: start_column and end_column need start_line equal to end_line`;
  if (title !== undefined && title.length > ANNOTATION_TITLE_MAX)
    return `${where}: title is longer than ${String(ANNOTATION_TITLE_MAX)} characters`;
  if (Buffer.byteLength(annotation.message) > ANNOTATION_TEXT_MAX)
    return `${where}: message is larger than 64 KB`;
  if (rawDetails !== undefined && Buffer.byteLength(rawDetails) > ANNOTATION_TEXT_MAX)
    return `${where}: raw_details is larger than 64 KB`;
  return annotation;
}

/**
 * Past 65535 bytes of UTF-8 GitHub refuses an output summary or text, though within the 65535
 * characters the schema allows (its answer names the byte size).
 */
const OUTPUT_TEXT_MAX = 65_535;

function badOutputText(output: unknown, key: 'summary' | 'text'): string | undefined {
  const value = text(output, key);
  return value !== undefined && Buffer.byteLength(value) > OUTPUT_TEXT_MAX
    ? `${key} exceeds a maximum bytesize of ${String(OUTPUT_TEXT_MAX)}`
    : undefined;
}

/** Applies a create or update body to a run; returns why GitHub would refuse it, if it would. */
function apply(context: Context, run: CheckRun): string | undefined {
  const { body } = context;
  const status = oneOf(STATUSES, field(body, 'status'));
  const conclusion = oneOf(CONCLUSIONS, field(body, 'conclusion'));
  const completedAt = text(body, 'completed_at');
  if (conclusion === 'stale') return 'only GitHub can set the conclusion stale';
  if (status === 'completed' && conclusion === undefined && run.conclusion === null)
    return 'conclusion is required when status is completed';
  if (completedAt !== undefined && conclusion === undefined && run.conclusion === null)
    return 'conclusion is required with completed_at';

  const output = field(body, 'output');
  // The update schema leaves the title out; the docs mark it required with output.
  if (output !== undefined && text(output, 'title') === undefined)
    return 'output.title is required when output is given';
  const tooLong = badOutputText(output, 'summary') ?? badOutputText(output, 'text');
  if (tooLong !== undefined) return tooLong;
  const items = field(output, 'annotations');
  const annotations: Annotation[] = [];
  if (Array.isArray(items))
    for (const [index, item] of items.entries()) {
      const annotation = toAnnotation(item, index);
      if (typeof annotation === 'string') return annotation;
      annotations.push(annotation);
    }

  const name = text(body, 'name');
  if (name !== undefined) run.name = name;
  const detailsUrl = text(body, 'details_url');
  if (detailsUrl !== undefined) run.details_url = detailsUrl;
  const externalId = text(body, 'external_id');
  if (externalId !== undefined) run.external_id = externalId;
  const startedAt = text(body, 'started_at');
  if (startedAt !== undefined) run.started_at = startedAt;
  if (status !== undefined) run.status = status;
  // Giving a conclusion completes the run, per the docs.
  if (conclusion !== undefined) {
    run.conclusion = conclusion;
    run.status = 'completed';
  }
  if (run.status === 'completed')
    run.completed_at = completedAt ?? run.completed_at ?? context.now();
  if (output !== undefined) {
    run.output.title = text(output, 'title') ?? run.output.title;
    run.output.summary = text(output, 'summary') ?? run.output.summary;
    run.output.text = text(output, 'text') ?? run.output.text;
    // GitHub appends each request's annotations to those already on the run.
    run.output.annotations.push(...annotations);
  }
  return undefined;
}

export function createCheckRun(context: Context): Reply {
  const { state } = context;
  const headSha = text(context.body, 'head_sha') ?? '';
  const name = text(context.body, 'name') ?? '';
  if (name.trim() === '') return context.reject("name can't be blank");
  if (!knownCommits(state).has(headSha))
    return context.reject(`No commit found for SHA: ${headSha}`);
  const run: CheckRun = {
    id: nextId(state),
    name,
    head_sha: headSha,
    status: 'queued',
    conclusion: null,
    started_at: context.now(),
    completed_at: null,
    details_url: null,
    external_id: null,
    output: { title: null, summary: null, text: null, annotations: [] },
  };
  const problem = apply(context, run);
  if (problem !== undefined) return context.reject(problem);
  state.checkRuns.push(run);
  return { status: 201, body: checkRunJson(state, context.api, run) };
}

export function updateCheckRun(context: Context): Reply {
  const id = intParam(context, 'check_run_id');
  const found = context.state.checkRuns.find((run) => run.id === id);
  if (found === undefined) return notFound();
  // Work on a copy so a refused update leaves the run as it was.
  const run = structuredClone(found);
  const problem = apply(context, run);
  if (problem !== undefined) return context.reject(problem);
  Object.assign(found, run);
  return { status: 200, body: checkRunJson(context.state, context.api, found) };
}

/**
 * The check runs on the commit a ref names, newest first. `filter=latest` (the default) keeps the
 * newest run of each name, chosen before the status filter applies.
 */
export function listCheckRunsForRef(context: Context): Reply {
  const { state, query } = context;
  const ref = context.params.ref ?? '';
  const sha = resolveCommit(state, ref);
  if (sha === undefined) return context.reject(`No commit found for SHA: ${ref}`);
  const name = query.get('check_name');
  const appId = query.get('app_id');
  // Every run the fake holds is GitHub Actions'.
  const onCommit =
    appId !== null && appId !== String(ACTIONS_APP_ID)
      ? []
      : state.checkRuns
          .filter((run) => run.head_sha === sha && (name === null || run.name === name))
          .sort((a, b) => b.id - a.id);
  const latest =
    query.get('filter') === 'all'
      ? onCommit
      : onCommit.filter((run, index) => onCommit.findIndex((r) => r.name === run.name) === index);
  const status = query.get('status');
  const listed = latest.filter((run) => status === null || run.status === status);
  const page = paginate(
    context,
    listed.map((run) => checkRunJson(state, context.api, run)),
  );
  return { ...page, body: { total_count: listed.length, check_runs: page.body } };
}
