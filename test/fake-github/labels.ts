import { type Context, type Reply, field, intParam, notFound, paginate, text } from './http.js';
import { issueLabelsJson, labelJson } from './shapes.js';
import { type Label, type State, findLabel, nextId } from './state.js';

const NAME_MAX = 50;
const DESCRIPTION_MAX = 100;
const COLOR = /^[0-9a-fA-F]{6}$/;

/** Label names from a body's `labels`: GitHub takes names or {name} objects. */
export function labelNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const name = typeof item === 'string' ? item : text(item, 'name');
    return name === undefined ? [] : [name];
  });
}

/** Why GitHub would refuse these label names, or undefined. */
export function badLabelName(names: readonly string[]): string | undefined {
  const bad = names.find((name) => name.trim() === '' || name.length > NAME_MAX);
  return bad === undefined
    ? undefined
    : `label name ${JSON.stringify(bad)} is blank or longer than ${String(NAME_MAX)} characters`;
}

/** The repository label of that name (any case); GitHub creates missing ones when applied. */
export function ensureLabel(state: State, name: string): Label {
  const existing = findLabel(state, name);
  if (existing !== undefined) return existing;
  const label: Label = { id: nextId(state), name, color: 'ededed', description: null };
  state.labels.push(label);
  return label;
}

/** Puts labels on an issue: the repository's spelling, no duplicates, in the order applied. */
export function applyLabels(state: State, number: number, names: readonly string[]): void {
  const current = state.issueLabels[number] ?? [];
  for (const name of names) {
    const label = ensureLabel(state, name);
    if (!current.some((n) => n.toLowerCase() === label.name.toLowerCase()))
      current.push(label.name);
  }
  state.issueLabels[number] = current;
}

function issueOrMissing(context: Context): { number: number } | Reply {
  const number = intParam(context, 'issue_number');
  const issue = context.state.issues.find((i) => i.number === number);
  return issue === undefined ? notFound() : { number };
}

function touch(context: Context, number: number): void {
  const issue = context.state.issues.find((i) => i.number === number);
  if (issue !== undefined) issue.updated_at = context.now();
}

export function listIssueLabels(context: Context): Reply {
  const found = issueOrMissing(context);
  if ('status' in found) return found;
  return paginate(context, issueLabelsJson(context.state, context.api, found.number));
}

export function addLabels(context: Context): Reply {
  const found = issueOrMissing(context);
  if ('status' in found) return found;
  const names = labelNames(field(context.body, 'labels'));
  const bad = badLabelName(names);
  if (bad !== undefined) return context.reject(bad);
  applyLabels(context.state, found.number, names);
  touch(context, found.number);
  return { status: 200, body: issueLabelsJson(context.state, context.api, found.number) };
}

export function setLabels(context: Context): Reply {
  const found = issueOrMissing(context);
  if ('status' in found) return found;
  const names = labelNames(field(context.body, 'labels'));
  const bad = badLabelName(names);
  if (bad !== undefined) return context.reject(bad);
  context.state.issueLabels[found.number] = [];
  applyLabels(context.state, found.number, names);
  touch(context, found.number);
  return { status: 200, body: issueLabelsJson(context.state, context.api, found.number) };
}

/** GitHub answers 200 with the labels left, and 404 when the label is not on the issue. */
export function removeLabel(context: Context): Reply {
  const found = issueOrMissing(context);
  if ('status' in found) return found;
  const wanted = (context.params.name ?? '').toLowerCase();
  const current = context.state.issueLabels[found.number] ?? [];
  const index = current.findIndex((name) => name.toLowerCase() === wanted);
  if (index === -1) return notFound('Label does not exist');
  current.splice(index, 1);
  touch(context, found.number);
  return { status: 200, body: issueLabelsJson(context.state, context.api, found.number) };
}

export function listRepoLabels(context: Context): Reply {
  const { state, api } = context;
  return paginate(
    context,
    state.labels.map((label) => labelJson(state, api, label)),
  );
}

export function createLabel(context: Context): Reply {
  const { state, api, body } = context;
  const name = text(body, 'name') ?? '';
  const color = text(body, 'color') ?? 'ededed';
  const bad = badLabelName([name]);
  if (bad !== undefined) return context.reject(bad);
  // The docs ask for the hex code without a leading #.
  if (!COLOR.test(color))
    return context.reject(`label color ${JSON.stringify(color)} is not six hex digits`);
  const description = text(body, 'description') ?? null;
  if (description !== null && description.length > DESCRIPTION_MAX)
    return context.reject(`label description is longer than ${String(DESCRIPTION_MAX)} characters`);
  // A duplicate is a state conflict a careful client handles, not a malformed request.
  if (findLabel(state, name) !== undefined)
    return {
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
        documentation_url: 'https://docs.github.com/rest/issues/labels#create-a-label',
      },
    };
  const label: Label = { id: nextId(state), name, color: color.toLowerCase(), description };
  state.labels.push(label);
  return { status: 201, body: labelJson(state, api, label) };
}
