import { dump } from 'js-yaml';
import { lookAlikeKeys, slugFromName, SLUG } from '../core/names.js';
import { quote } from '../core/read.js';
import { languageOf, say, type Language } from '../i18n/findings/index.js';
import { GROUPS_DIR } from '../load/registry.js';
import { parseYamlMapping } from '../yaml/parse.js';
import { readForm, type Answer, type FormProblem } from './body.js';
import { editFields } from './edit.js';
import type { FormName } from './forms.js';

/** The registry as a form's change needs it: which groups there are, and a group file's text. */
export interface RegistryView {
  /** The slugs of the registry's group files. */
  readonly slugs: readonly string[];
  /** A group file's text, by slug (one of `slugs`). */
  read(slug: string): string;
}

export type FormChange =
  | {
      ok: true;
      form: FormName;
      group: string;
      /** The file's path in the registry: always `groups/<slug>.yaml`. */
      path: string;
      action: 'create' | 'update';
      text: string;
      /** The language to answer the issue's author in. */
      language: Language;
    }
  | {
      ok: false;
      form?: FormName;
      group?: string;
      path?: string;
      action?: 'create' | 'update';
      language: Language;
      problems: FormProblem[];
    };

type Answers = ReadonlyMap<string, Answer>;

const HEADER = '# yaml-language-server: $schema=../schemas/group.schema.json\n';

/**
 * The change an issue form's body asks for: a new group file (join) or a group file edited in
 * place (leave, update, leadership), or the problems that stop it. Plain data in, plain data out:
 * the caller checks the result as `tgr validate` would and writes it.
 */
export function planFromIssue(body: unknown, registry: RegistryView): FormChange {
  const read = readForm(body);
  if (!read.ok) {
    const group = read.form?.name === 'join' ? undefined : text(read.answers, 'group');
    return {
      ok: false,
      ...(read.form ? { form: read.form.name } : {}),
      language: replyLanguage(read.form?.name, read.answers, registry, group),
      problems: read.problems,
    };
  }
  const { form, answers } = read;
  switch (form.name) {
    case 'join':
      return join(answers, registry);
    case 'leave':
      return leave(answers, registry);
    default:
      return { ok: false, form: form.name, language: 'en', problems: [] };
  }
}

/** The reply's language: the group's for a group that exists, the form's answer for `join`. */
function replyLanguage(
  form: FormName | undefined,
  answers: Answers | undefined,
  registry: RegistryView,
  group: string | undefined,
): Language {
  if (form === 'join') return languageOf(text(answers, 'language'));
  if (group === undefined || !registry.slugs.includes(group)) return 'en';
  const data = parseYamlMapping(registry.read(group));
  const language = data.ok ? data.data['language'] : undefined;
  return languageOf(typeof language === 'string' ? language : undefined);
}

function text(answers: Answers | undefined, id: string): string | undefined {
  const answer = answers?.get(id);
  return typeof answer === 'string' ? answer : undefined;
}

function join(answers: Answers, registry: RegistryView): FormChange {
  const language = languageOf(text(answers, 'language'));
  const name = text(answers, 'name') ?? '';
  const slug = slugFromName(name);
  const failed = (problem: FormProblem): FormChange => ({
    ok: false,
    form: 'join',
    ...(slug === '' ? {} : { group: slug, path: pathOf(slug), action: 'create' as const }),
    language,
    problems: [problem],
  });
  if (!SLUG.test(slug))
    return failed({
      field: 'name',
      message: say('issue-form.join.no-slug', { name: quote(name) }),
    });
  if (registry.slugs.includes(slug))
    return failed({
      field: 'name',
      message: say('issue-form.join.taken', { slug, name: quote(name) }),
    });

  const answer = (id: string): string => text(answers, id) ?? '';
  const feeds = lines(text(answers, 'feeds'));
  const passThrough = oneLine(text(answers, 'pass-through'));
  const data = {
    slug,
    name,
    status: 'applying',
    city: answer('city'),
    country: countryCode(answer('country')),
    timezone: answer('timezone'),
    language: answer('language'),
    website: answer('website'),
    ...(feeds.length > 0 ? { feeds } : {}),
    codeOfConduct: answer('code-of-conduct'),
    fees: {
      admission: answer('fees'),
      ...(passThrough === undefined ? {} : { passThrough }),
    },
    leader: person(answers, 'leader'),
    coLeader: person(answers, 'co-leader'),
    meetups: [],
  };
  // Every answer becomes a value through the YAML library, which quotes whatever YAML would read
  // as syntax (`: `, `- `, `{`, `&`, `!!`, `#`): no answer can add a key or change a type.
  const file = `${HEADER}${dump(data, { lineWidth: -1, noRefs: true })}`;
  return {
    ok: true,
    form: 'join',
    group: slug,
    path: pathOf(slug),
    action: 'create',
    text: file,
    language,
  };
}

function leave(answers: Answers, registry: RegistryView): FormChange {
  const found = findGroup(answers, registry);
  if (!found.ok) return { ok: false, form: 'leave', language: 'en', problems: [found.problem] };
  const { slug, source, language } = found;
  const base = {
    form: 'leave' as const,
    group: slug,
    path: pathOf(slug),
    action: 'update' as const,
  };
  const status = found.data['status'];
  if (status === 'leaving' || status === 'applying') {
    const id = status === 'leaving' ? 'issue-form.leave.already' : 'issue-form.leave.applying';
    return { ok: false, ...base, language, problems: [{ message: say(id, { slug }) }] };
  }
  return edited(base, language, source, [{ path: ['status'], value: 'leaving' }]);
}

function edited(
  base: { form: FormName; group: string; path: string; action: 'update' },
  language: Language,
  source: string,
  changes: Parameters<typeof editFields>[1],
): FormChange {
  const result = editFields(source, changes);
  if (!result.ok) {
    return {
      ok: false,
      ...base,
      language,
      problems: [
        { message: say('issue-form.cannot-edit', { path: base.path, reason: result.reason }) },
      ],
    };
  }
  return { ok: true, ...base, text: result.text, language };
}

type FoundGroup =
  | { ok: true; slug: string; source: string; data: Record<string, unknown>; language: Language }
  | { ok: false; problem: FormProblem };

/**
 * The group a form names by its short name, exactly as its file is called (`groups/` and `.yaml`
 * around it are forgiven). A name that only looks like a group's (other letters that look the
 * same, invisible characters) is refused and the real one named: it never stands for it.
 */
function findGroup(answers: Answers, registry: RegistryView): FoundGroup {
  const given = text(answers, 'group') ?? '';
  const slug = given.replace(new RegExp(`^${GROUPS_DIR}/`), '').replace(/\.yaml$/, '');
  if (!SLUG.test(slug) || !registry.slugs.includes(slug)) {
    const [key] = lookAlikeKeys(slug.toLowerCase());
    const like = registry.slugs.find((known) => lookAlikeKeys(known)[0] === key);
    const message =
      like === undefined
        ? say('issue-form.group.unknown', { given: quote(given) })
        : say('issue-form.group.look-alike', { given: quote(given), slug: like });
    return { ok: false, problem: { field: 'group', message } };
  }
  const source = registry.read(slug);
  const parsed = parseYamlMapping(source);
  if (!parsed.ok) {
    return {
      ok: false,
      problem: {
        field: 'group',
        message: say('issue-form.group.unreadable', { path: pathOf(slug) }),
      },
    };
  }
  const language = parsed.data['language'];
  return {
    ok: true,
    slug,
    source,
    data: parsed.data,
    language: languageOf(typeof language === 'string' ? language : undefined),
  };
}

function pathOf(slug: string): string {
  return `${GROUPS_DIR}/${slug}.yaml`;
}

/** A leader or co-leader from the form. `githubId` is left out: it is filled from GitHub's API. */
function person(answers: Answers, prefix: string): Record<string, unknown> {
  const answer = (id: string): string => text(answers, `${prefix}-${id}`) ?? '';
  return {
    name: answer('name'),
    github: answer('github').replace(/^@/, ''),
    techCommunityId: number(answer('tech-community-id')),
    termsAccepted: answer('terms-accepted'),
  };
}

/** Digits as the number the schema asks for; anything else stays text, for the check to explain. */
function number(value: string): number | string {
  return /^[1-9][0-9]{0,14}$/.test(value) ? Number(value) : value;
}

/** Two letters in capitals, as the schema asks (`nl` is `NL`); anything else as written. */
function countryCode(value: string): string {
  return /^[a-z]{2}$/i.test(value) ? value.toUpperCase() : value;
}

/** A text area's non-empty lines. */
function lines(value: string | undefined): string[] {
  return (value ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A text area's answer as one line, for a field that holds one. */
function oneLine(value: string | undefined): string | undefined {
  return value === undefined ? undefined : value.replace(/\s+/g, ' ').trim();
}
