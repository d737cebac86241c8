import type { MessageRef } from '../core/finding.js';
import { quote } from '../core/read.js';
import { listOf, say } from '../i18n/findings/index.js';
import {
  FORMS,
  MAX_BODY_BYTES,
  MAX_INPUT,
  MAX_TEXTAREA,
  type FormDefinition,
  type FormField,
} from './forms.js';

/** An answer as the code reads it: the text (absent when left empty), or the ticked boxes. */
export type Answer = string | undefined | ReadonlySet<string>;

/** A problem with the form as filled in, and the field it is about (if one). */
export interface FormProblem {
  field?: string;
  message: MessageRef;
}

export type ReadForm =
  | { ok: true; form: FormDefinition; answers: ReadonlyMap<string, Answer> }
  | {
      ok: false;
      form?: FormDefinition;
      /** The answers that could be read, for the reply's language. */
      answers?: ReadonlyMap<string, Answer>;
      problems: FormProblem[];
    };

/** What GitHub writes for an optional field left empty. */
const NO_RESPONSE = '_No response_';
/** A line GitHub's rendering (or anyone's edit) makes a heading at the level of the form's. */
const HEADING = /^###(?!#)/;
const CHECKBOX = /^- \[([ xX])\] (.*)$/;
// eslint-disable-next-line no-control-regex -- the control characters an answer may not hold
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

/**
 * Reads an issue body as GitHub renders a filled issue form: `### <label>`, a blank line, the
 * answer, a blank line, the next `### <label>`… The form is known by its headings alone (never
 * the labels or title, which others can change): they must be exactly one form's labels,
 * each once and in order, with nothing before the first. A `###` line inside an answer is
 * therefore never read as the next field: it makes the headings differ, and the form is refused.
 */
export function readForm(body: unknown): ReadForm {
  if (typeof body !== 'string' || body.trim() === '') {
    return { ok: false, problems: [{ message: say('issue-form.empty') }] };
  }
  if (new TextEncoder().encode(body).length > MAX_BODY_BYTES) {
    return {
      ok: false,
      problems: [{ message: say('issue-form.too-large', { max: MAX_BODY_BYTES / 1024 }) }],
    };
  }
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const headingAt = lines.flatMap((line, index) => (HEADING.test(line) ? [index] : []));
  const headings = headingAt.map((index) => headingText(lines[index] ?? ''));
  const preamble = lines.slice(0, headingAt[0] ?? lines.length).join('\n');

  const form = FORMS.find(
    (candidate) =>
      candidate.fields.length === headings.length &&
      candidate.fields.every((field, index) => field.label === headings[index]),
  );
  if (form === undefined || preamble.trim() !== '') return notAForm(headings, preamble);

  const answers = new Map<string, Answer>();
  const problems: FormProblem[] = [];
  form.fields.forEach((field, index) => {
    const from = (headingAt[index] ?? 0) + 1;
    const to = headingAt[index + 1] ?? lines.length;
    const text = lines.slice(from, to).join('\n').trim();
    const read = readAnswer(field, text === NO_RESPONSE ? '' : text);
    if ('problem' in read) problems.push({ field: field.id, message: read.problem });
    else answers.set(field.id, read.answer);
  });
  return problems.length > 0 ? { ok: false, form, answers, problems } : { ok: true, form, answers };
}

/** A heading line's text, as GitHub compares labels: without the hashes and outer spaces. */
function headingText(line: string): string {
  return line.replace(HEADING, '').trim();
}

/**
 * Why the body is no form: a form's headings with others among them (a `###` line written in an
 * answer, or a heading added), text before the first heading, or no form's headings at all.
 */
function notAForm(headings: readonly string[], preamble: string): ReadForm {
  const form = FORMS.find((candidate) => isSubsequence(candidate.fields, headings));
  if (form === undefined)
    return { ok: false, problems: [{ message: say('issue-form.unknown-form') }] };
  if (preamble.trim() !== '')
    return { ok: false, form, problems: [{ message: say('issue-form.text-before-form') }] };
  const labels = new Set(form.fields.map((field) => field.label));
  const seen = new Set<string>();
  const extra = headings.filter((heading) => {
    const expected = labels.has(heading) && !seen.has(heading);
    seen.add(heading);
    return !expected;
  });
  return {
    ok: false,
    form,
    problems: [
      {
        message: say('issue-form.extra-heading', {
          headings: listOf(
            extra.map((heading) => quote(`### ${heading}`)),
            'and',
          ),
        }),
      },
    ],
  };
}

/** Every field's label appears among the headings, in order. */
function isSubsequence(fields: readonly FormField[], headings: readonly string[]): boolean {
  let at = 0;
  for (const heading of headings) if (fields[at]?.label === heading) at++;
  return at === fields.length;
}

function readAnswer(field: FormField, text: string): { answer: Answer } | { problem: MessageRef } {
  const label = field.label;
  if (field.type === 'checkboxes') {
    const ticked = new Set<string>();
    for (const line of text.split('\n')) {
      const box = CHECKBOX.exec(line.trim());
      if (box?.[1] !== undefined && box[1] !== ' ' && box[2] !== undefined) ticked.add(box[2]);
    }
    const missing = (field.options ?? []).filter((option) => !ticked.has(option));
    if (field.required && missing.length > 0)
      return { problem: say('issue-form.unticked', { field: quote(label) }) };
    return { answer: ticked };
  }
  if (text === '') {
    return field.required
      ? { problem: say('issue-form.required', { field: quote(label) }) }
      : { answer: undefined };
  }
  const max = field.type === 'textarea' ? MAX_TEXTAREA : MAX_INPUT;
  if (text.length > max)
    return { problem: say('issue-form.too-long', { field: quote(label), max }) };
  if (CONTROL.test(text)) return { problem: say('issue-form.control', { field: quote(label) }) };
  if (field.type !== 'textarea' && text.includes('\n'))
    return { problem: say('issue-form.one-line', { field: quote(label) }) };
  if (field.type === 'dropdown' && !(field.options ?? []).includes(text)) {
    return {
      problem: say('issue-form.not-an-option', {
        field: quote(label),
        options: listOf(
          (field.options ?? []).map((option) => quote(option)),
          'or',
        ),
      }),
    };
  }
  return { answer: text };
}
