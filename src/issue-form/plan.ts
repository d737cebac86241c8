import { dump } from 'js-yaml';
import { lookAlikeKeys, slugFromName, SLUG } from '../core/names.js';
import { quote } from '../core/read.js';
import { languageOf, say, type Language } from '../i18n/findings/index.js';
import { GROUPS_DIR } from '../load/registry.js';
import { parseYamlMapping } from '../yaml/parse.js';
import { readForm, type Answer, type FormProblem } from './body.js';
import { isPlainDate } from '../core/dates.js';
import { validateGroup } from '../schema/schemas.js';
import { applyChanges } from '../sync/yaml-edit.js';
import type { NewMeetup } from '../sync/plan.js';
import { editFields, type FieldChange } from './edit.js';
import { FORMS, MAX_MEETUPS, type FormName } from './forms.js';

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
    case 'update':
      return update(answers, registry);
    case 'leadership':
      return leadership(answers, registry);
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
  const { slug, language } = found;
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
  return edited(base, found, [{ path: ['status'], value: 'leaving' }]);
}

/** What a change to an existing group needs: where it goes and whom to answer in which language. */
interface Base {
  form: FormName;
  group: string;
  path: string;
  action: 'update';
}

/**
 * The group file with the form's values and meetups, edited in place. An answer that would break
 * the file's format (a country that is not two letters, a date that does not exist) is named by
 * its field, so the author knows which answer to fix.
 */
function edited(
  base: Base,
  found: Extract<FoundGroup, { ok: true }>,
  changes: readonly FieldChange[],
  meetups: readonly NewMeetup[] = [],
  fieldOf: (pointer: string) => string | undefined = () => undefined,
): FormChange {
  const { language, source } = found;
  const refused = (problems: FormProblem[]): FormChange => ({
    ok: false,
    ...base,
    language,
    problems,
  });
  const broken = newSchemaIssues(found.data, changes, meetups);
  if (broken.length > 0) {
    const fields = [...new Set(broken.map(fieldOf))];
    if (fields.every((field) => field !== undefined)) {
      const form = FORMS.find((candidate) => candidate.name === base.form);
      return refused(
        fields.map((field) => ({
          field,
          message: say('issue-form.invalid-answer', {
            field: quote(form?.fields.find((known) => known.id === field)?.label ?? field),
          }),
        })),
      );
    }
  }
  const scalars = editFields(source, changes);
  const result =
    scalars.ok && meetups.length > 0
      ? applyChanges(
          scalars.text,
          meetups.map((meetup) => ({ kind: 'add' as const, meetup })),
        )
      : scalars;
  if (!result.ok) return refused([{ message: say('issue-form.cannot-edit', { path: base.path }) }]);
  return { ok: true, ...base, text: result.text, language };
}

/** The schema's complaints about the data after the change that it did not have before. */
function newSchemaIssues(
  before: Record<string, unknown>,
  changes: readonly FieldChange[],
  meetups: readonly NewMeetup[],
): string[] {
  const after = structuredClone(before);
  for (const { path, value } of changes) {
    const [first, second] = path;
    const target = second === undefined ? after : after[first];
    if (typeof target !== 'object' || target === null) continue;
    const record = target as Record<string, unknown>;
    const key = second ?? first;
    if (value === undefined) Reflect.deleteProperty(record, key);
    else record[key] = value;
  }
  if (meetups.length > 0)
    after['meetups'] = [
      ...(Array.isArray(after['meetups']) ? (after['meetups'] as unknown[]) : []),
      ...meetups,
    ];
  const known = new Set(validateGroup(before).map((issue) => `${issue.pointer} ${issue.keyword}`));
  return validateGroup(after)
    .filter((issue) => !known.has(`${issue.pointer} ${issue.keyword}`))
    .map((issue) => issue.pointer);
}

/** The fields of `update` and the group file's keys they change. */
const UPDATES: readonly { id: string; path: FieldChange['path'] }[] = [
  { id: 'name', path: ['name'] },
  { id: 'city', path: ['city'] },
  { id: 'country', path: ['country'] },
  { id: 'timezone', path: ['timezone'] },
  { id: 'language', path: ['language'] },
  { id: 'website', path: ['website'] },
  { id: 'code-of-conduct', path: ['codeOfConduct'] },
  { id: 'fees', path: ['fees', 'admission'] },
  { id: 'pass-through', path: ['fees', 'passThrough'] },
];

function update(answers: Answers, registry: RegistryView): FormChange {
  const found = findGroup(answers, registry);
  if (!found.ok) return { ok: false, form: 'update', language: 'en', problems: [found.problem] };
  const base = {
    form: 'update' as const,
    group: found.slug,
    path: pathOf(found.slug),
    action: 'update' as const,
  };
  const changes: FieldChange[] = [];
  for (const { id, path } of UPDATES) {
    const given = text(answers, id);
    if (given === undefined) continue;
    const value =
      id === 'country' ? countryCode(given) : id === 'pass-through' ? oneLine(given) : given;
    changes.push({ path, value });
  }
  const meetupLines = lines(text(answers, 'meetups'));
  const problems: FormProblem[] = [];
  if (meetupLines.length > MAX_MEETUPS)
    problems.push({
      field: 'meetups',
      message: say('issue-form.update.too-many-meetups', { max: MAX_MEETUPS }),
    });
  const meetups: NewMeetup[] = [];
  for (const line of meetupLines.slice(0, MAX_MEETUPS)) {
    const meetup = meetupOf(line);
    if (meetup === undefined)
      problems.push({
        field: 'meetups',
        message: say('issue-form.update.meetup-line', { line: quote(line) }),
      });
    else meetups.push(meetup);
  }
  if (problems.length === 0 && changes.length === 0 && meetups.length === 0)
    problems.push({ message: say('issue-form.update.nothing') });
  if (problems.length > 0) return { ok: false, ...base, language: found.language, problems };
  return edited(base, found, changes, meetups, (pointer) => {
    if (pointer.startsWith('/meetups')) return 'meetups';
    if (pointer.startsWith('/fees/passThrough')) return 'pass-through';
    if (pointer.startsWith('/fees')) return 'fees';
    const key = pointer.split('/')[1];
    return UPDATES.find((known) => known.path.length === 1 && known.path[0] === key)?.id;
  });
}

const AZURE: Readonly<Record<string, boolean>> = {
  yes: true,
  ja: true,
  true: true,
  no: false,
  nee: false,
  nej: false,
  false: false,
};

/** `date | title | yes or no | link`: a meetup to add, or nothing when the line is not one. */
function meetupOf(line: string): NewMeetup | undefined {
  const [date, title, azure, url, ...rest] = line.split('|').map((part) => part.trim());
  const about = AZURE[(azure ?? '').toLowerCase()];
  if (
    date === undefined ||
    !isPlainDate(date) ||
    title === undefined ||
    title === '' ||
    about === undefined ||
    rest.length > 0
  )
    return undefined;
  if (url !== undefined && url !== '' && !/^https?:\/\/\S+$/.test(url)) return undefined;
  return { date, title, azure: about, ...(url === undefined || url === '' ? {} : { url }) };
}

function leadership(answers: Answers, registry: RegistryView): FormChange {
  const found = findGroup(answers, registry);
  if (!found.ok)
    return { ok: false, form: 'leadership', language: 'en', problems: [found.problem] };
  const base = {
    form: 'leadership' as const,
    group: found.slug,
    path: pathOf(found.slug),
    action: 'update' as const,
  };
  const role = text(answers, 'role') === 'leader' ? 'leader' : 'coLeader';
  const holder = found.data[role];
  const current =
    typeof holder === 'object' && holder !== null
      ? (holder as Record<string, unknown>)['github']
      : undefined;
  const given = (text(answers, 'steps-down') ?? '').replace(/^@/, '');
  if (typeof current !== 'string' || current.toLowerCase() !== given.toLowerCase()) {
    return {
      ok: false,
      ...base,
      language: found.language,
      problems: [
        {
          field: 'steps-down',
          message: say('issue-form.leadership.not-current', {
            given: quote(given),
            role: role === 'leader' ? 'leader' : 'co_leader',
            current: typeof current === 'string' ? quote(`@${current}`) : '""',
          }),
        },
      ],
    };
  }
  const newcomer = person(answers, 'new');
  const changes: FieldChange[] = [
    ...(['name', 'github', 'techCommunityId', 'termsAccepted'] as const).map((key) => ({
      path: [role, key] as const,
      value: newcomer[key] as string | number,
    })),
    // The newcomer's account id is filled from GitHub's answer, as for a new group.
    { path: [role, 'githubId'], value: undefined },
  ];
  const FIELD: Readonly<Record<string, string>> = {
    name: 'new-name',
    github: 'new-github',
    techCommunityId: 'new-tech-community-id',
    termsAccepted: 'new-terms-accepted',
  };
  return edited(base, found, changes, [], (pointer) => FIELD[pointer.split('/')[2] ?? '']);
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
