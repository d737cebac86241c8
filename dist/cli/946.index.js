export const id = 946;
export const ids = [946];
export const modules = {

/***/ 6791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ diskGroupFiles)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Group files on disk. `files` are absolute paths; the report shows them as `display` says.
 * A write goes to a temporary file beside the target (same folder, so the same file system),
 * keeps the file's mode, and is renamed over it: readers see the old file or the new one.
 */
function diskGroupFiles(files, display) {
    const byShown = new Map(files.map((file) => [display(file), file]));
    const absolute = (shown) => byShown.get(shown) ?? shown;
    return {
        list: () => Promise.resolve([...byShown.keys()]),
        read: async (shown) => new Uint8Array(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(absolute(shown))),
        async write(shown, text) {
            const target = absolute(shown);
            const temporary = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
            const { mode } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(target);
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temporary, text, { flag: 'wx', mode });
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, target);
            }
            catch (error) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(temporary).catch(() => undefined);
                throw error;
            }
        },
        remove: (shown) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(absolute(shown)),
    };
}


/***/ }),

/***/ 1946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fromIssueCommand: () => (/* binding */ fromIssueCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/fs/group-files.ts
var group_files = __webpack_require__(6791);
// EXTERNAL MODULE: ./src/adapters/fs/files.ts
var files = __webpack_require__(869);
// EXTERNAL MODULE: ./src/adapters/fs/places.ts
var places = __webpack_require__(4136);
// EXTERNAL MODULE: ./src/adapters/fs/registry-disk.ts
var registry_disk = __webpack_require__(3301);
// EXTERNAL MODULE: ./src/i18n/findings/index.ts + 29 modules
var i18n_findings = __webpack_require__(7933);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/load/registry.ts
var load_registry = __webpack_require__(9273);
// EXTERNAL MODULE: ./src/validate/run-validate.ts
var run_validate = __webpack_require__(5542);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./src/core/names.ts + 1 modules
var names = __webpack_require__(2889);
// EXTERNAL MODULE: ./src/core/read.ts
var read = __webpack_require__(3455);
// EXTERNAL MODULE: ./src/yaml/parse.ts + 3 modules
var parse = __webpack_require__(1500);
;// CONCATENATED MODULE: ./src/issue-form/forms.ts
/**
 * The registry's issue forms as the code reads them: each field's id, its label (the heading
 * GitHub renders above the answer), its type, whether it must be answered and, for a dropdown or
 * checkboxes, its options. The YAML in .github/ISSUE_TEMPLATE/ is what GitHub shows; forms.test.ts
 * keeps the two in step. The definitions live here rather than being read from the registry at
 * run time because the code must know what each field means anyway (a field added to the YAML
 * alone could not be handled), and because the answers are then read against the forms this
 * version of tgr was built for, whatever the registry's default branch holds.
 */
/** The longest answer a one-line field takes: the schema's longest one-line value is 500. */
const MAX_INPUT = 500;
/** The longest answer a text area takes. */
const MAX_TEXTAREA = 4000;
/** The largest issue body read: a filled form is a few kilobytes. */
const MAX_BODY_BYTES = 64 * 1024;
const input = (id, label, required) => ({
    id,
    label,
    type: 'input',
    required,
});
const forms_textarea = (id, label, required = false) => ({
    id,
    label,
    type: 'textarea',
    required,
});
const FEES = ['none', 'pass-through'];
const ROLES = ['leader', 'co-leader'];
/** The most meetups one update adds. */
const MAX_MEETUPS = 20;
const GROUP = input('group', 'Group short name', true);
/** The fields that describe one person: a leader or co-leader. */
function person(prefix, who) {
    return [
        input(`${prefix}-name`, `${who}'s full name`, true),
        input(`${prefix}-github`, `${who}'s GitHub username`, true),
        input(`${prefix}-tech-community-id`, `${who}'s Tech Community user ID`, true),
        input(`${prefix}-terms-accepted`, `Day the ${who.toLowerCase()} accepted the terms`, true),
    ];
}
const FORMS = [
    {
        name: 'join',
        file: 'join.yml',
        fields: [
            input('name', 'Group name', true),
            input('city', 'City', true),
            input('country', 'Country code', true),
            input('timezone', 'Time zone', true),
            input('language', 'Language', true),
            input('website', 'Website', true),
            input('code-of-conduct', 'Code of conduct', true),
            { id: 'fees', label: 'Admission fee', type: 'dropdown', required: true, options: FEES },
            forms_textarea('pass-through', 'Costs passed through'),
            forms_textarea('feeds', 'Event feeds'),
            ...person('leader', 'Leader'),
            ...person('co-leader', 'Co-leader'),
            {
                id: 'confirm',
                label: 'Confirmation',
                type: 'checkboxes',
                required: true,
                options: ["Both leaders have read the program guide and accepted the program's terms."],
            },
        ],
    },
    {
        name: 'leave',
        file: 'leave.yml',
        fields: [
            GROUP,
            forms_textarea('reason', 'Why the group leaves'),
            {
                id: 'confirm',
                label: 'Confirmation',
                type: 'checkboxes',
                required: true,
                options: ['I lead this group, and the group wants to leave the program.'],
            },
        ],
    },
    {
        name: 'update',
        file: 'update.yml',
        fields: [
            GROUP,
            input('name', 'New group name', false),
            input('city', 'New city', false),
            input('country', 'New country code', false),
            input('timezone', 'New time zone', false),
            input('language', 'New language', false),
            input('website', 'New website', false),
            input('code-of-conduct', 'New code of conduct', false),
            { id: 'fees', label: 'New admission fee', type: 'dropdown', required: false, options: FEES },
            forms_textarea('pass-through', 'New costs passed through'),
            forms_textarea('meetups', 'Meetups to add'),
        ],
    },
    {
        name: 'leadership',
        file: 'leadership.yml',
        fields: [
            GROUP,
            { id: 'role', label: 'Role handed over', type: 'dropdown', required: true, options: ROLES },
            input('steps-down', 'GitHub username of who steps down', true),
            ...person('new', 'Newcomer'),
        ],
    },
];

;// CONCATENATED MODULE: ./src/issue-form/body.ts



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
 * the issue's labels or title, which others can change): they must be exactly one form's labels,
 * each once and in order, with nothing before the first. A `###` line inside an answer is
 * therefore never read as the next field: it makes the headings differ, and the form is refused.
 */
function readForm(body) {
    if (typeof body !== 'string' || body.trim() === '') {
        return { ok: false, problems: [{ message: (0,i18n_findings/* say */.cv)('issue-form.empty') }] };
    }
    if (new TextEncoder().encode(body).length > MAX_BODY_BYTES) {
        return {
            ok: false,
            problems: [{ message: (0,i18n_findings/* say */.cv)('issue-form.too-large', { max: MAX_BODY_BYTES / 1024 }) }],
        };
    }
    const lines = body.replace(/\r\n?/g, '\n').split('\n');
    const headingAt = lines.flatMap((line, index) => (HEADING.test(line) ? [index] : []));
    const headings = headingAt.map((index) => headingText(lines[index] ?? ''));
    const preamble = lines.slice(0, headingAt[0] ?? lines.length).join('\n');
    const form = FORMS.find((candidate) => candidate.fields.length === headings.length &&
        candidate.fields.every((field, index) => field.label === headings[index]));
    if (form === undefined || preamble.trim() !== '')
        return notAForm(headings, preamble);
    const answers = new Map();
    const problems = [];
    form.fields.forEach((field, index) => {
        const from = (headingAt[index] ?? 0) + 1;
        const to = headingAt[index + 1] ?? lines.length;
        const text = lines.slice(from, to).join('\n').trim();
        const read = readAnswer(field, text === NO_RESPONSE ? '' : text);
        if ('problem' in read)
            problems.push({ field: field.id, message: read.problem });
        else
            answers.set(field.id, read.answer);
    });
    return problems.length > 0 ? { ok: false, form, answers, problems } : { ok: true, form, answers };
}
/** A heading line's text, as GitHub compares labels: without the hashes and outer spaces. */
function headingText(line) {
    return line.replace(HEADING, '').trim();
}
/**
 * Why the body is no form: a form's headings with others among them (a `###` line written in an
 * answer, or a heading added), text before the first heading, or no form's headings at all.
 */
function notAForm(headings, preamble) {
    const form = FORMS.find((candidate) => isSubsequence(candidate.fields, headings));
    if (form === undefined)
        return { ok: false, problems: [{ message: (0,i18n_findings/* say */.cv)('issue-form.unknown-form') }] };
    if (preamble.trim() !== '')
        return { ok: false, form, problems: [{ message: (0,i18n_findings/* say */.cv)('issue-form.text-before-form') }] };
    const labels = new Set(form.fields.map((field) => field.label));
    const seen = new Set();
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
                message: (0,i18n_findings/* say */.cv)('issue-form.extra-heading', {
                    headings: (0,i18n_findings/* listOf */.c3)(extra.map((heading) => (0,read/* quote */.hD)(`### ${heading}`)), 'and'),
                }),
            },
        ],
    };
}
/** Every field's label appears among the headings, in order. */
function isSubsequence(fields, headings) {
    let at = 0;
    for (const heading of headings)
        if (fields[at]?.label === heading)
            at++;
    return at === fields.length;
}
function readAnswer(field, text) {
    const label = field.label;
    if (field.type === 'checkboxes') {
        const ticked = new Set();
        for (const line of text.split('\n')) {
            const box = CHECKBOX.exec(line.trim());
            if (box?.[1] !== undefined && box[1] !== ' ' && box[2] !== undefined)
                ticked.add(box[2]);
        }
        const missing = (field.options ?? []).filter((option) => !ticked.has(option));
        if (field.required && missing.length > 0)
            return { problem: (0,i18n_findings/* say */.cv)('issue-form.unticked', { field: (0,read/* quote */.hD)(label) }) };
        return { answer: ticked };
    }
    if (text === '') {
        return field.required
            ? { problem: (0,i18n_findings/* say */.cv)('issue-form.required', { field: (0,read/* quote */.hD)(label) }) }
            : { answer: undefined };
    }
    const max = field.type === 'textarea' ? MAX_TEXTAREA : MAX_INPUT;
    if (text.length > max)
        return { problem: (0,i18n_findings/* say */.cv)('issue-form.too-long', { field: (0,read/* quote */.hD)(label), max }) };
    if (CONTROL.test(text))
        return { problem: (0,i18n_findings/* say */.cv)('issue-form.control', { field: (0,read/* quote */.hD)(label) }) };
    if (field.type !== 'textarea' && text.includes('\n'))
        return { problem: (0,i18n_findings/* say */.cv)('issue-form.one-line', { field: (0,read/* quote */.hD)(label) }) };
    if (field.type === 'dropdown' && !(field.options ?? []).includes(text)) {
        return {
            problem: (0,i18n_findings/* say */.cv)('issue-form.not-an-option', {
                field: (0,read/* quote */.hD)(label),
                options: (0,i18n_findings/* listOf */.c3)((field.options ?? []).map((option) => (0,read/* quote */.hD)(option)), 'or'),
            }),
        };
    }
    return { answer: text };
}

// EXTERNAL MODULE: ./src/core/dates.ts
var dates = __webpack_require__(194);
// EXTERNAL MODULE: ./src/schema/schemas.ts + 2 modules
var schemas = __webpack_require__(3143);
// EXTERNAL MODULE: ./src/sync/yaml-edit.ts
var yaml_edit = __webpack_require__(833);
// EXTERNAL MODULE: ./src/load/checked-edit.ts
var checked_edit = __webpack_require__(5146);
// EXTERNAL MODULE: ./src/yaml/tree.ts
var tree = __webpack_require__(639);
;// CONCATENATED MODULE: ./src/issue-form/edit.ts



/** A value as YAML writes it: js-yaml quotes whatever YAML would otherwise read as syntax. */
function yamlScalar(value) {
    return (0,js_yaml/* dump */.Bh)(value, { lineWidth: -1 }).trimEnd();
}
/**
 * A group file's text with the values a form asks for, every other byte kept (comments, quoting,
 * key order, line endings): a value replaces only its own characters, a missing key is added
 * after its mapping's last line, a key taken out goes with its line. The result must parse to
 * exactly the data intended with no new schema problem (src/load/checked-edit.ts); otherwise the
 * file is left as it is.
 */
function editFields(text, changes) {
    return (0,checked_edit/* editInPlace */.$)(text, {
        edit: (original) => (0,tree/* applyEdits */.ct)(original, changes.map((change) => editOf(original, change))),
        intended: (data) => {
            for (const { path, value } of changes) {
                const [first, second] = path;
                const target = second === undefined ? data : data[first];
                if (target === undefined || typeof target !== 'object')
                    return data;
                const key = second ?? first;
                if (value === undefined)
                    Reflect.deleteProperty(target, key);
                else
                    target[key] = value;
            }
            return data;
        },
        what: 'the answers',
    });
}
function editOf(text, { path, value }) {
    const root = (0,tree/* buildTree */.H6)(text);
    if (root.flow)
        throw new tree/* EditError */.F('the file is written in braces');
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const [first, second] = path;
    let mapping = root;
    if (second !== undefined) {
        const parent = (0,tree/* entryOf */.Ms)(text, root, first);
        if (parent?.value.kind !== 'mapping' || parent.value.flow)
            throw new tree/* EditError */.F(`"${first}" is not a mapping written one key a line`);
        mapping = parent.value;
    }
    const key = second ?? first;
    const entry = (0,tree/* entryOf */.Ms)(text, mapping, key);
    if (entry === undefined) {
        if (value === undefined)
            return { start: 0, end: 0, text: '' };
        return insertion(text, mapping, mapping === root, `${key}: ${yamlScalar(value)}`, eol);
    }
    if (value === undefined)
        return wholeLine(text, entry, key);
    const scalar = oneLineValue(text, entry, key);
    return { ...(0,tree/* scalarRange */.Qw)(scalar.event), text: yamlScalar(value) };
}
/** A new `key: value` line after the mapping's last line, in the indentation of its keys. */
function insertion(text, mapping, isRoot, line, eol) {
    if (isRoot) {
        const lead = text === '' || text.endsWith('\n') ? '' : eol;
        return { start: text.length, end: text.length, text: `${lead}${line}${eol}` };
    }
    const firstKey = mapping.children[0];
    if (firstKey?.kind !== 'scalar')
        throw new tree/* EditError */.F('the mapping has no key to line up with');
    const indent = ' '.repeat((0,tree/* columnOf */.uV)(text, (0,tree/* scalarRange */.Qw)(firstKey.event).start));
    const at = (0,tree/* lineEndAfter */.w_)(text, (0,tree/* nodeEnd */.KJ)(text, mapping));
    return { start: at, end: at, text: `${eol}${indent}${line}` };
}
/** The value of `key: value` when it is one plain or quoted value on the key's line. */
function oneLineValue(text, entry, name) {
    const { value } = entry;
    if (value.kind !== 'scalar' ||
        (value.event.valueStart >= 0 &&
            value.event.style !== js_yaml/* SCALAR_STYLE */.jK.PLAIN &&
            value.event.style !== js_yaml/* SCALAR_STYLE */.jK.SINGLE_QUOTED &&
            value.event.style !== js_yaml/* SCALAR_STYLE */.jK.DOUBLE_QUOTED) ||
        (value.event.valueStart >= 0 &&
            text.slice(entry.key.event.valueEnd, (0,tree/* scalarRange */.Qw)(value.event).end).includes('\n'))) {
        throw new tree/* EditError */.F(`"${name}" is not a single value on one line`);
    }
    if (value.event.valueStart < 0)
        throw new tree/* EditError */.F(`"${name}" has no value to replace`);
    return value;
}
/** The whole line of `key: value` (its comment and line break with it): the key must start it. */
function wholeLine(text, entry, name) {
    const { key, value } = entry;
    if (value.kind !== 'scalar')
        throw new tree/* EditError */.F(`"${name}" is not a single value`);
    const keyStart = (0,tree/* scalarRange */.Qw)(key.event).start;
    const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
    if (text.slice(lineStart, keyStart).trim() !== '')
        throw new tree/* EditError */.F(`"${name}" does not start its own line`);
    const valueEnd = value.event.valueStart < 0 ? key.event.valueEnd : (0,tree/* scalarRange */.Qw)(value.event).end;
    if (text.slice(keyStart, valueEnd).includes('\n'))
        throw new tree/* EditError */.F(`"${name}" is not a single value on one line`);
    let end = (0,tree/* lineEndAfter */.w_)(text, valueEnd);
    if (text.startsWith('\r\n', end))
        end += 2;
    else if (text.startsWith('\n', end))
        end += 1;
    return { start: lineStart, end, text: '' };
}

;// CONCATENATED MODULE: ./src/issue-form/plan.ts












const HEADER = '# yaml-language-server: $schema=../schemas/group.schema.json\n';
/**
 * The change an issue form's body asks for: a new group file (join) or a group file edited in
 * place (leave, update, leadership), or the problems that stop it. Plain data in, plain data out:
 * the caller checks the result as `tgr validate` would and writes it.
 */
function planFromIssue(body, registry) {
    const read = readForm(body);
    if (!read.ok) {
        const group = read.form?.name === 'join' ? undefined : plan_text(read.answers, 'group');
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
function replyLanguage(form, answers, registry, group) {
    if (form === 'join')
        return (0,i18n_findings/* languageOf */.eX)(plan_text(answers, 'language'));
    if (group === undefined || !registry.slugs.includes(group))
        return 'en';
    const data = (0,parse/* parseYamlMapping */.$)(registry.read(group));
    const language = data.ok ? data.data['language'] : undefined;
    return (0,i18n_findings/* languageOf */.eX)(typeof language === 'string' ? language : undefined);
}
function plan_text(answers, id) {
    const answer = answers?.get(id);
    return typeof answer === 'string' ? answer : undefined;
}
function join(answers, registry) {
    const language = (0,i18n_findings/* languageOf */.eX)(plan_text(answers, 'language'));
    const name = plan_text(answers, 'name') ?? '';
    const slug = (0,names/* slugFromName */.DP)(name);
    const failed = (problem) => ({
        ok: false,
        form: 'join',
        ...(slug === '' ? {} : { group: slug, path: pathOf(slug), action: 'create' }),
        language,
        problems: [problem],
    });
    if (!names/* SLUG */.OZ.test(slug))
        return failed({
            field: 'name',
            message: (0,i18n_findings/* say */.cv)('issue-form.join.no-slug', { name: (0,read/* quote */.hD)(name) }),
        });
    if (registry.slugs.includes(slug))
        return failed({
            field: 'name',
            message: (0,i18n_findings/* say */.cv)('issue-form.join.taken', { slug, name: (0,read/* quote */.hD)(name) }),
        });
    const answer = (id) => plan_text(answers, id) ?? '';
    const feeds = lines(plan_text(answers, 'feeds'));
    const passThrough = oneLine(plan_text(answers, 'pass-through'));
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
        leader: plan_person(answers, 'leader'),
        coLeader: plan_person(answers, 'co-leader'),
        meetups: [],
    };
    // Every answer becomes a value through the YAML library, which quotes whatever YAML would read
    // as syntax (`: `, `- `, `{`, `&`, `!!`, `#`): no answer can add a key or change a type.
    const file = `${HEADER}${(0,js_yaml/* dump */.Bh)(data, { lineWidth: -1, noRefs: true })}`;
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
function leave(answers, registry) {
    const found = findGroup(answers, registry);
    if (!found.ok)
        return { ok: false, form: 'leave', language: 'en', problems: [found.problem] };
    const { slug, language } = found;
    const base = {
        form: 'leave',
        group: slug,
        path: pathOf(slug),
        action: 'update',
    };
    const status = found.data['status'];
    if (status === 'leaving' || status === 'applying') {
        const id = status === 'leaving' ? 'issue-form.leave.already' : 'issue-form.leave.applying';
        return { ok: false, ...base, language, problems: [{ message: (0,i18n_findings/* say */.cv)(id, { slug }) }] };
    }
    return edited(base, found, [{ path: ['status'], value: 'leaving' }]);
}
/**
 * The group file with the form's values and meetups, edited in place. An answer that would break
 * the file's format (a country that is not two letters, a date that does not exist) is named by
 * its field, so the author knows which answer to fix.
 */
function edited(base, found, changes, meetups = [], fieldOf = () => undefined) {
    const { language, source } = found;
    const refused = (problems) => ({
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
            return refused(fields.map((field) => ({
                field,
                message: (0,i18n_findings/* say */.cv)('issue-form.invalid-answer', {
                    field: (0,read/* quote */.hD)(form?.fields.find((known) => known.id === field)?.label ?? field),
                }),
            })));
        }
    }
    const scalars = editFields(source, changes);
    const result = scalars.ok && meetups.length > 0
        ? (0,yaml_edit/* applyChanges */.Y)(scalars.text, meetups.map((meetup) => ({ kind: 'add', meetup })))
        : scalars;
    if (!result.ok)
        return refused([{ message: (0,i18n_findings/* say */.cv)('issue-form.cannot-edit', { path: base.path }) }]);
    return { ok: true, ...base, text: result.text, language };
}
/** The schema's complaints about the data after the change that it did not have before. */
function newSchemaIssues(before, changes, meetups) {
    const after = structuredClone(before);
    for (const { path, value } of changes) {
        const [first, second] = path;
        const target = second === undefined ? after : after[first];
        if (typeof target !== 'object' || target === null)
            continue;
        const record = target;
        const key = second ?? first;
        if (value === undefined)
            Reflect.deleteProperty(record, key);
        else
            record[key] = value;
    }
    if (meetups.length > 0)
        after['meetups'] = [
            ...(Array.isArray(after['meetups']) ? after['meetups'] : []),
            ...meetups,
        ];
    const known = new Set((0,schemas/* validateGroup */.el)(before).map((issue) => `${issue.pointer} ${issue.keyword}`));
    return (0,schemas/* validateGroup */.el)(after)
        .filter((issue) => !known.has(`${issue.pointer} ${issue.keyword}`))
        .map((issue) => issue.pointer);
}
/** The fields of `update` and the group file's keys they change. */
const UPDATES = [
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
function update(answers, registry) {
    const found = findGroup(answers, registry);
    if (!found.ok)
        return { ok: false, form: 'update', language: 'en', problems: [found.problem] };
    const base = {
        form: 'update',
        group: found.slug,
        path: pathOf(found.slug),
        action: 'update',
    };
    const changes = [];
    for (const { id, path } of UPDATES) {
        const given = plan_text(answers, id);
        if (given === undefined)
            continue;
        const value = id === 'country' ? countryCode(given) : id === 'pass-through' ? oneLine(given) : given;
        changes.push({ path, value });
    }
    const meetupLines = lines(plan_text(answers, 'meetups'));
    const problems = [];
    if (meetupLines.length > MAX_MEETUPS)
        problems.push({
            field: 'meetups',
            message: (0,i18n_findings/* say */.cv)('issue-form.update.too-many-meetups', { max: MAX_MEETUPS }),
        });
    const meetups = [];
    for (const line of meetupLines.slice(0, MAX_MEETUPS)) {
        const meetup = meetupOf(line);
        if (meetup === undefined)
            problems.push({
                field: 'meetups',
                message: (0,i18n_findings/* say */.cv)('issue-form.update.meetup-line', { line: (0,read/* quote */.hD)(line) }),
            });
        else
            meetups.push(meetup);
    }
    if (problems.length === 0 && changes.length === 0 && meetups.length === 0)
        problems.push({ message: (0,i18n_findings/* say */.cv)('issue-form.update.nothing') });
    if (problems.length > 0)
        return { ok: false, ...base, language: found.language, problems };
    return edited(base, found, changes, meetups, (pointer) => {
        if (pointer.startsWith('/meetups'))
            return 'meetups';
        if (pointer.startsWith('/fees/passThrough'))
            return 'pass-through';
        if (pointer.startsWith('/fees'))
            return 'fees';
        const key = pointer.split('/')[1];
        return UPDATES.find((known) => known.path.length === 1 && known.path[0] === key)?.id;
    });
}
const AZURE = {
    yes: true,
    ja: true,
    true: true,
    no: false,
    nee: false,
    nej: false,
    false: false,
};
/** `date | title | yes or no | link`: a meetup to add, or nothing when the line is not one. */
function meetupOf(line) {
    const [date, title, azure, url, ...rest] = line.split('|').map((part) => part.trim());
    const about = AZURE[(azure ?? '').toLowerCase()];
    if (date === undefined ||
        !(0,dates/* isPlainDate */.JX)(date) ||
        title === undefined ||
        title === '' ||
        about === undefined ||
        rest.length > 0)
        return undefined;
    if (url !== undefined && url !== '' && !/^https?:\/\/\S+$/.test(url))
        return undefined;
    return { date, title, azure: about, ...(url === undefined || url === '' ? {} : { url }) };
}
function leadership(answers, registry) {
    const found = findGroup(answers, registry);
    if (!found.ok)
        return { ok: false, form: 'leadership', language: 'en', problems: [found.problem] };
    const base = {
        form: 'leadership',
        group: found.slug,
        path: pathOf(found.slug),
        action: 'update',
    };
    const role = plan_text(answers, 'role') === 'leader' ? 'leader' : 'coLeader';
    const holder = found.data[role];
    const current = typeof holder === 'object' && holder !== null
        ? holder['github']
        : undefined;
    const given = (plan_text(answers, 'steps-down') ?? '').replace(/^@/, '');
    if (typeof current !== 'string' || current.toLowerCase() !== given.toLowerCase()) {
        return {
            ok: false,
            ...base,
            language: found.language,
            problems: [
                {
                    field: 'steps-down',
                    message: (0,i18n_findings/* say */.cv)('issue-form.leadership.not-current', {
                        given: (0,read/* quote */.hD)(given),
                        role: role === 'leader' ? 'leader' : 'co_leader',
                        current: typeof current === 'string' ? (0,read/* quote */.hD)(`@${current}`) : '""',
                    }),
                },
            ],
        };
    }
    const newcomer = plan_person(answers, 'new');
    const changes = [
        ...['name', 'github', 'techCommunityId', 'termsAccepted'].map((key) => ({
            path: [role, key],
            value: newcomer[key],
        })),
        // The newcomer's account id is filled from GitHub's answer, as for a new group.
        { path: [role, 'githubId'], value: undefined },
    ];
    const FIELD = {
        name: 'new-name',
        github: 'new-github',
        techCommunityId: 'new-tech-community-id',
        termsAccepted: 'new-terms-accepted',
    };
    return edited(base, found, changes, [], (pointer) => FIELD[pointer.split('/')[2] ?? '']);
}
/**
 * The group a form names by its short name, exactly as its file is called (`groups/` and `.yaml`
 * around it are forgiven). A name that only looks like a group's (other letters that look the
 * same, invisible characters) is refused and the real one named: it never stands for it.
 */
function findGroup(answers, registry) {
    const given = plan_text(answers, 'group') ?? '';
    const slug = given.replace(new RegExp(`^${load_registry/* GROUPS_DIR */.hW}/`), '').replace(/\.yaml$/, '');
    if (!names/* SLUG */.OZ.test(slug) || !registry.slugs.includes(slug)) {
        const [key] = (0,names/* lookAlikeKeys */.Wn)(slug.toLowerCase());
        const like = registry.slugs.find((known) => (0,names/* lookAlikeKeys */.Wn)(known)[0] === key);
        const message = like === undefined
            ? (0,i18n_findings/* say */.cv)('issue-form.group.unknown', { given: (0,read/* quote */.hD)(given) })
            : (0,i18n_findings/* say */.cv)('issue-form.group.look-alike', { given: (0,read/* quote */.hD)(given), slug: like });
        return { ok: false, problem: { field: 'group', message } };
    }
    const source = registry.read(slug);
    const parsed = (0,parse/* parseYamlMapping */.$)(source);
    if (!parsed.ok) {
        return {
            ok: false,
            problem: {
                field: 'group',
                message: (0,i18n_findings/* say */.cv)('issue-form.group.unreadable', { path: pathOf(slug) }),
            },
        };
    }
    const language = parsed.data['language'];
    return {
        ok: true,
        slug,
        source,
        data: parsed.data,
        language: (0,i18n_findings/* languageOf */.eX)(typeof language === 'string' ? language : undefined),
    };
}
function pathOf(slug) {
    return `${load_registry/* GROUPS_DIR */.hW}/${slug}.yaml`;
}
/** A leader or co-leader from the form. `githubId` is left out: it is filled from GitHub's API. */
function plan_person(answers, prefix) {
    const answer = (id) => plan_text(answers, `${prefix}-${id}`) ?? '';
    return {
        name: answer('name'),
        github: answer('github').replace(/^@/, ''),
        techCommunityId: number(answer('tech-community-id')),
        termsAccepted: answer('terms-accepted'),
    };
}
/** Digits as the number the schema asks for; anything else stays text, for the check to explain. */
function number(value) {
    return /^[1-9][0-9]{0,14}$/.test(value) ? Number(value) : value;
}
/** Two letters in capitals, as the schema asks (`nl` is `NL`); anything else as written. */
function countryCode(value) {
    return /^[a-z]{2}$/i.test(value) ? value.toUpperCase() : value;
}
/** A text area's non-empty lines. */
function lines(value) {
    return (value ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
}
/** A text area's answer as one line, for a field that holds one. */
function oneLine(value) {
    return value === undefined ? undefined : value.replace(/\s+/g, ' ').trim();
}

;// CONCATENATED MODULE: ./src/issue-form/run-from-issue.ts






/** The payload holds no issue: the workflow ran the command on the wrong event. */
class NotAnIssueEventError extends Error {
    name = 'NotAnIssueEventError';
}
/**
 * `tgr from-issue`: the change an issue form asks for, checked as `tgr validate` checks a group
 * file (every rule, the whole registry around it) while it is still in memory, and written only
 * when the check finds no error. Only `groups/<slug>.yaml` is ever written, the slug being one
 * the registry's own pattern allows.
 */
async function runFromIssue(options, write) {
    const body = issueBody(options.event);
    const bodySha256 = (0,external_node_crypto_.createHash)('sha256')
        .update(typeof body === 'string' ? body : '', 'utf8')
        .digest('hex');
    const groupsFolder = external_node_path_default().join(options.root, load_registry/* GROUPS_DIR */.hW);
    const files = await options.disk.list(groupsFolder);
    const slugOf = new Map(files
        .filter((file) => external_node_path_default().dirname(file) === groupsFolder && file.endsWith('.yaml'))
        .map((file) => [external_node_path_default().basename(file, '.yaml'), file]));
    const view = {
        slugs: [...slugOf.keys()],
        read(slug) {
            const bytes = options.disk.read(slugOf.get(slug) ?? '');
            return typeof bytes === 'string' ? '' : new TextDecoder().decode(bytes);
        },
    };
    const change = planFromIssue(body, view);
    if (!change.ok) {
        const findings = change.problems.map((problem) => ({
            rule: 'issue-form',
            severity: 'error',
            file: change.path ?? '',
            pointer: problem.field === undefined ? '' : `/${problem.field}`,
            line: 0,
            column: 0,
            message: (0,i18n_findings/* renderMessage */.e4)(problem.message, 'en'),
            messageId: problem.message.id,
            params: problem.message.params ?? {},
        }));
        return { change, findings, errors: findings.length, warnings: 0, bodySha256 };
    }
    const target = external_node_path_default().join(options.root, change.path);
    const outcome = await (0,run_validate/* runValidate */.E)({
        paths: [target],
        root: options.root,
        disk: withFile(options.disk, target, change.text),
        cwd: options.root,
        today: options.today,
        policy: options.policy,
        ...(options.loadPlaces ? { loadPlaces: options.loadPlaces } : {}),
    });
    const findings = outcome.results.flatMap((result) => result.findings);
    const result = {
        change,
        findings,
        errors: outcome.errors,
        warnings: outcome.warnings,
        bodySha256,
    };
    if (outcome.errors > 0 || options.dryRun)
        return result;
    await write(target, change.text, change.action);
    return { ...result, written: target };
}
function issueBody(event) {
    const issue = typeof event === 'object' && event !== null
        ? event['issue']
        : undefined;
    if (typeof issue !== 'object' || issue === null)
        throw new NotAnIssueEventError('the event payload holds no issue: run tgr from-issue on an issues event');
    return issue['body'];
}
/** The registry as it would be with `text` at `target`: what the check reads, before any write. */
function withFile(disk, target, text) {
    const bytes = new TextEncoder().encode(text);
    return {
        async list(folder) {
            const listed = await disk.list(folder);
            const inside = target.startsWith(external_node_path_default().resolve(folder) + (external_node_path_default()).sep);
            return inside && !listed.includes(target) ? [...listed, target].sort() : listed;
        },
        async expand(targets) {
            const expanded = [];
            for (const named of targets) {
                if (external_node_path_default().resolve(named) === target)
                    expanded.push(target);
                else
                    expanded.push(...(await disk.expand([named])));
            }
            return expanded;
        },
        read: (absolute) => (external_node_path_default().resolve(absolute) === target ? bytes : disk.read(absolute)),
    };
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/registry-root.ts
var registry_root = __webpack_require__(3084);
;// CONCATENATED MODULE: ./src/cli/commands/from-issue.ts












/** `tgr from-issue EVENT.json`: an issue form's answers → a checked change to groups/ → exit code. */
async function fromIssueCommand(args, io) {
    const { values, positionals } = (0,options/* parse */.qg)(args, {
        'dry-run': { type: 'boolean', default: false },
        today: { type: 'string' },
        config: { type: 'string' },
        format: { type: 'string', default: 'text' },
    });
    const format = values.format;
    if (format !== 'text' && format !== 'json')
        throw new options/* UsageError */.eb(`--format must be text or json, not ${JSON.stringify(format)}`);
    const [eventFile, ...extra] = positionals;
    if (eventFile === undefined || extra.length > 0)
        throw new options/* UsageError */.eb('tgr from-issue takes exactly one EVENT.json');
    const today = (0,options/* todayOption */.RD)(values.today, io);
    const event = readEvent(external_node_path_default().resolve(io.cwd, eventFile), eventFile);
    const { root, policy } = (0,registry_root/* openRegistry */.Me)(values.config, io);
    let outcome;
    try {
        outcome = await runFromIssue({
            event,
            root,
            disk: (0,registry_disk/* registryDisk */.v)(),
            today,
            policy,
            loadPlaces: places/* loadPlaceIndex */.G,
            dryRun: values['dry-run'],
        }, async (target, text, action) => {
            if (action === 'create')
                (0,files/* createFile */.x3)(target, text);
            else
                await (0,group_files/* diskGroupFiles */.s)([target], (absolute) => absolute).write(target, text);
        });
    }
    catch (error) {
        if (error instanceof NotAnIssueEventError)
            throw new options/* UsageError */.eb(error.message);
        throw error;
    }
    const { change, findings } = outcome;
    const language = change.language;
    if (format === 'json') {
        const report = {
            form: change.form ?? null,
            group: change.group ?? null,
            path: change.path ?? null,
            action: change.action ?? null,
            findings: findings.map((finding) => (0,json/* findingJson */.a)(finding, language)),
            bodySha256: outcome.bodySha256,
        };
        io.stdout(`${(0,report_escape/* escapeJsonForLog */.xj)(JSON.stringify(report, null, 2))}\n`);
    }
    else {
        const words = (0,i18n_findings/* wordsIn */.Hn)(language);
        const ok = change.ok && outcome.errors === 0;
        const head = ok
            ? words('issue-form.reply.changed', { action: change.action, path: change.path })
            : words('issue-form.reply.refused');
        const lines = change.ok
            ? (0,report_text/* formatFindings */.eg)(findings, language)
            : findings
                .map((finding) => (0,report_escape/* escapeLogText */.dD)(`- ${(0,i18n_findings/* renderMessage */.e4)({ id: finding.messageId, params: finding.params }, language)}`))
                .join('\n');
        io.stdout(`${(0,report_escape/* escapeLogText */.dD)(head)}\n${lines === '' ? '' : `${lines}\n`}`);
        if (outcome.written !== undefined)
            io.stderr(`tgr: wrote ${(0,report_escape/* escapeLogText */.dD)(external_node_path_default().relative(io.cwd, outcome.written))}\n`);
    }
    return outcome.errors > 0 ? options/* EXIT */.dc.findings : options/* EXIT */.dc.ok;
}
/** The payload GitHub wrote for the workflow: JSON, or a usage problem naming the file. */
function readEvent(absolute, shown) {
    const read = (0,files/* readFileAt */._T)(absolute);
    if (read.kind !== 'bytes')
        throw new options/* UsageError */.eb(`cannot read the event payload ${JSON.stringify(shown)}`);
    try {
        return JSON.parse(new TextDecoder().decode(read.bytes));
    }
    catch {
        throw new options/* UsageError */.eb(`the event payload ${JSON.stringify(shown)} is not JSON`);
    }
}


/***/ }),

/***/ 5146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ editInPlace)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7933);
/* harmony import */ var _schema_schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3143);
/* harmony import */ var _yaml_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1500);
/* harmony import */ var _yaml_tree_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(639);





/**
 * Edits a group file's text in place (tgr sync, identify, lifecycle), and keeps the edit only if
 * the text reads back as exactly the data intended and has no schema problem the file did not
 * have: a bot never writes a file that says more, less or worse than it meant to.
 */
function editInPlace(text, change) {
    const before = (0,_yaml_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYamlMapping */ .$)(text);
    if (!before.ok) {
        return { ok: false, reason: `the file does not parse: ${(0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_1__/* .renderMessage */ .e4)(before.reason, 'en')}` };
    }
    let edited;
    try {
        edited = change.edit(text);
    }
    catch (error) {
        if (error instanceof _yaml_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .EditError */ .F)
            return { ok: false, reason: error.message };
        throw error;
    }
    const after = (0,_yaml_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYamlMapping */ .$)(edited);
    if (!after.ok) {
        return {
            ok: false,
            reason: `the edited file would not parse (${(0,_i18n_findings_index_js__WEBPACK_IMPORTED_MODULE_1__/* .renderMessage */ .e4)(after.reason, 'en')}); left as it is`,
        };
    }
    // Key order is no part of the data (isDeepStrictEqual ignores it): a key added last is the same key.
    if (!(0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(after.data, change.intended(structuredClone(before.data)))) {
        return {
            ok: false,
            reason: `the edit would not give exactly ${change.what} intended; left as it is`,
        };
    }
    if ((0,_schema_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .validateGroup */ .el)(after.data).length > (0,_schema_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .validateGroup */ .el)(before.data).length) {
        return { ok: false, reason: 'the edited file would not pass the schema; left as it is' };
    }
    return { ok: true, text: edited };
}


/***/ }),

/***/ 833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ applyChanges)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _load_checked_edit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5146);
/* harmony import */ var _yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(639);



/**
 * Applies sync's changes to a group file's text without writing the file anew: new meetups are
 * inserted after the last one, in the list's own indentation and style, and a changed value
 * replaces only its own characters (in its own quoting). Comments, key order, quoting, blank
 * lines and line endings elsewhere stay byte for byte. The result must parse to exactly the data
 * the changes describe, with no new schema problem; otherwise nothing is changed.
 */
function applyChanges(text, changes) {
    if (changes.length === 0)
        return { ok: true, text };
    return (0,_load_checked_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .editInPlace */ .$)(text, {
        edit: (original) => edit(original, changes),
        intended: (data) => expectedData(data, changes),
        what: 'the meetups',
    });
}
/** The data the changes describe: what the edited text must parse to. */
function expectedData(data, changes) {
    const copy = structuredClone(data);
    const list = Array.isArray(copy.meetups) ? copy.meetups : [];
    for (const change of changes) {
        if (change.kind === 'add') {
            list.push({ ...change.meetup });
            continue;
        }
        const entry = list[change.index];
        if (change.kind === 'cancel')
            entry.cancelled = true;
        else {
            if (change.date)
                entry.date = change.date.to;
            if (change.title)
                entry.title = change.title.to;
        }
    }
    if (list.length > 0)
        copy.meetups = list;
    return copy;
}
function edit(text, changes) {
    const root = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .buildTree */ .H6)(text);
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const meetupsKey = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .entryOf */ .Ms)(text, root, 'meetups');
    const edits = [];
    for (const change of changes) {
        if (change.kind === 'add')
            continue;
        const list = meetupsKey?.value;
        const item = list?.kind === 'sequence' ? list.children[change.index] : undefined;
        if (item?.kind !== 'mapping')
            throw new _yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .EditError */ .F(`meetup ${String(change.index + 1)} is not a mapping`);
        if (change.kind === 'update') {
            if (change.date)
                edits.push(replaceValue(text, item, 'date', change.date.to, 'date'));
            if (change.title)
                edits.push(replaceValue(text, item, 'title', change.title.to, 'text'));
        }
        else {
            const existing = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .entryOf */ .Ms)(text, item, 'cancelled');
            if (existing)
                edits.push(replaceValue(text, item, 'cancelled', true, 'boolean'));
            else
                edits.push(addField(text, item, 'cancelled: true', eol));
        }
    }
    const added = changes.flatMap((change) => (change.kind === 'add' ? [change.meetup] : []));
    if (added.length > 0)
        edits.push(appendMeetups(text, root, meetupsKey, added, eol));
    return (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .applyEdits */ .ct)(text, edits);
}
function replaceValue(text, mapping, key, value, kind) {
    const entry = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .entryOf */ .Ms)(text, mapping, key);
    if (entry?.value.kind !== 'scalar' || entry.value.event.valueStart < 0) {
        throw new _yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .EditError */ .F(`"${key}" of a meetup is not a single value`);
    }
    const { event } = entry.value;
    const range = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarRange */ .Qw)(event);
    let rendered;
    if (typeof value === 'boolean')
        rendered = String(value);
    else if (kind === 'date')
        rendered = value;
    else if (event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.DOUBLE_QUOTED)
        rendered = JSON.stringify(value);
    else if (event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.SINGLE_QUOTED)
        rendered = `'${value.replaceAll("'", "''")}'`;
    else if (event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.PLAIN)
        rendered = scalar(value, mapping.flow);
    else
        throw new _yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .EditError */ .F(`"${key}" of a meetup is written as a block of text`);
    return { ...range, text: rendered };
}
/** A new `key: value` line at the end of a meetup, in its indentation (or `, key: value` in flow). */
function addField(text, mapping, field, eol) {
    if (mapping.flow) {
        // Right after the last value, so the spacing before the closing brace stays as it was.
        const last = mapping.children.at(-1);
        const after = last === undefined ? -1 : (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeEnd */ .KJ)(text, last);
        if (after < 0)
            throw new _yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .EditError */ .F('a meetup written in braces ends in an empty value');
        return { start: after, end: after, text: `, ${field}` };
    }
    const end = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeEnd */ .KJ)(text, mapping);
    const at = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .lineEndAfter */ .w_)(text, end);
    return { start: at, end: at, text: `${eol}${' '.repeat((0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .columnOf */ .uV)(text, mapping.start))}${field}` };
}
function appendMeetups(text, root, entry, meetups, eol) {
    if (entry === undefined) {
        // No `meetups:` at all: a new block at the end of the file.
        const lines = meetups.map((meetup) => blockItem(meetup, '  ', '    ', eol)).join(eol);
        const lead = text === '' || text.endsWith('\n') ? '' : eol;
        return { start: text.length, end: text.length, text: `${lead}meetups:${eol}${lines}${eol}` };
    }
    const list = entry.value;
    const keyColumn = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .columnOf */ .uV)(text, entry.key.event.valueStart);
    const fresh = () => meetups
        .map((meetup) => blockItem(meetup, ' '.repeat(keyColumn + 2), ' '.repeat(keyColumn + 4), eol))
        .join(eol);
    if (list.kind === 'scalar') {
        // `meetups:` with nothing (or null) after it: the list starts on the next line.
        const { event } = list;
        if (event.valueStart < 0) {
            const at = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .lineEndAfter */ .w_)(text, entry.key.event.valueEnd);
            return { start: at, end: at, text: `${eol}${fresh()}` };
        }
        if (!isNull(text, event))
            throw new _yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .EditError */ .F('"meetups" is not a list');
        const range = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarRange */ .Qw)(event);
        let start = range.start;
        while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t'))
            start--;
        const at = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .lineEndAfter */ .w_)(text, range.end);
        return { start, end: at, text: `${text.slice(range.end, at)}${eol}${fresh()}` };
    }
    if (list.kind !== 'sequence')
        throw new _yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .EditError */ .F('"meetups" is not a list');
    if (list.flow && list.children.length === 0) {
        // `meetups: []`: the brackets give way to a block list; a comment after them stays.
        const close = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .closingBracket */ .uE)(text, list.start + 1, ']');
        let start = list.start;
        while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t'))
            start--;
        const at = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .lineEndAfter */ .w_)(text, close + 1);
        return { start, end: at, text: `${text.slice(close + 1, at)}${eol}${fresh()}` };
    }
    const last = list.children.at(-1);
    if (last === undefined)
        throw new _yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .EditError */ .F('"meetups" is an empty block list');
    if (list.flow) {
        const end = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeEnd */ .KJ)(text, last);
        const items = meetups.map((meetup) => `, ${flowItem(meetup)}`).join('');
        return { start: end, end, text: items };
    }
    // A block list: new items after the last one's last line, in the first item's indentation.
    const dash = ' '.repeat((0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .columnOf */ .uV)(text, list.start));
    const first = list.children[0];
    const inFlow = first?.kind === 'mapping' && first.flow;
    const keyIndent = first?.kind === 'mapping' && !first.flow
        ? ' '.repeat((0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .columnOf */ .uV)(text, first.start))
        : `${dash}  `;
    const at = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .lineEndAfter */ .w_)(text, (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeEnd */ .KJ)(text, last));
    const items = meetups
        .map((meetup) => inFlow ? `${dash}- ${flowItem(meetup)}` : blockItem(meetup, dash, keyIndent, eol))
        .join(eol);
    return { start: at, end: at, text: `${eol}${items}` };
}
function isNull(text, event) {
    return (event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.PLAIN && /^(?:null|Null|NULL|~)$/.test((0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .getScalarValue */ .KE)(text, event)));
}
function fields(meetup, flow) {
    return [
        `date: ${meetup.date}`,
        `title: ${scalar(meetup.title, flow)}`,
        `azure: ${String(meetup.azure)}`,
        ...(meetup.url === undefined ? [] : [`url: ${scalar(meetup.url, flow)}`]),
        ...(meetup.uid === undefined ? [] : [`uid: ${scalar(meetup.uid, flow)}`]),
    ];
}
function blockItem(meetup, dash, keyIndent, eol) {
    const [first = '', ...rest] = fields(meetup, false);
    return [`${dash}- ${first}`, ...rest.map((line) => `${keyIndent}${line}`)].join(eol);
}
function flowItem(meetup) {
    return `{ ${fields(meetup, true).join(', ')} }`;
}
/** A text value as YAML: plain where YAML reads it back as the same text, else double-quoted. */
function scalar(value, flow) {
    const dumped = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .dump */ .Bh)(value, { lineWidth: -1, schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU }).trimEnd();
    if (dumped.includes('\n') || /^[|>'"]/.test(dumped))
        return JSON.stringify(value);
    // Inside `{ }` a comma, bracket or brace would end the value.
    if (flow && /[,[\]{}]/.test(value))
        return JSON.stringify(value);
    return dumped;
}


/***/ }),

/***/ 639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ EditError),
/* harmony export */   H6: () => (/* binding */ buildTree),
/* harmony export */   KJ: () => (/* binding */ nodeEnd),
/* harmony export */   Ms: () => (/* binding */ entryOf),
/* harmony export */   Qw: () => (/* binding */ scalarRange),
/* harmony export */   ct: () => (/* binding */ applyEdits),
/* harmony export */   uE: () => (/* binding */ closingBracket),
/* harmony export */   uV: () => (/* binding */ columnOf),
/* harmony export */   w_: () => (/* binding */ lineEndAfter)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);

/** An edit the caller cannot make exactly: its message says why, and nothing is changed. */
class EditError extends Error {
}
/** The text with every edit made; edits must not overlap. */
function applyEdits(text, edits) {
    let result = text;
    for (const { start, end, text: insert } of [...edits].sort((a, b) => b.start - a.start)) {
        result = result.slice(0, start) + insert + result.slice(end);
    }
    return result;
}
/** The file's root mapping, each node with where its source starts; aliases are refused. */
function buildTree(text) {
    const events = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseEvents */ .PH)(text, { maxDepth: 16 });
    const stack = [];
    let root;
    for (const event of events) {
        if (event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR) {
            stack.at(-1)?.children.push({ kind: 'scalar', event });
        }
        else if (event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING || event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE) {
            const node = {
                kind: event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING ? 'mapping' : 'sequence',
                start: event.start,
                flow: event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .COLLECTION_STYLE */ .Rl.FLOW,
                children: [],
            };
            const parent = stack.at(-1);
            if (parent)
                parent.children.push(node);
            else
                root ??= node;
            stack.push(node);
        }
        else if (event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP) {
            stack.pop();
        }
        else if (event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS) {
            throw new EditError('the file uses aliases');
        }
    }
    if (root?.kind !== 'mapping')
        throw new EditError('the file is not a mapping');
    return root;
}
/** The key and value of `key` in a mapping, if it has that key. */
function entryOf(text, mapping, key) {
    for (let i = 0; i + 1 < mapping.children.length; i += 2) {
        const keyNode = mapping.children[i];
        const value = mapping.children[i + 1];
        if (keyNode?.kind !== 'scalar' || value === undefined)
            continue;
        if ((0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .getScalarValue */ .KE)(text, keyNode.event) === key)
            return { key: keyNode, value };
    }
    return undefined;
}
/** Where a scalar's source starts and ends, its quotes included. */
function scalarRange(event) {
    const quoted = event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.SINGLE_QUOTED || event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.DOUBLE_QUOTED;
    return quoted
        ? { start: event.valueStart - 1, end: event.valueEnd + 1 }
        : { start: event.valueStart, end: event.valueEnd };
}
/** The end of a node's source: its last scalar's end (past a closing quote or bracket in flow). */
function nodeEnd(text, node) {
    if (node.kind === 'scalar') {
        return node.event.valueStart < 0 ? -1 : scalarRange(node.event).end;
    }
    let end = node.start;
    for (const child of node.children)
        end = Math.max(end, nodeEnd(text, child));
    if (node.flow) {
        const close = closingBracket(text, end, node.kind === 'mapping' ? '}' : ']');
        return close + 1;
    }
    return end;
}
/** The closing bracket after `from`, past spaces, commas, line breaks and comments only. */
function closingBracket(text, from, bracket) {
    let i = from;
    while (i < text.length) {
        const ch = text[i];
        if (ch === bracket)
            return i;
        if (ch === '#') {
            while (i < text.length && text[i] !== '\n')
                i++;
            continue;
        }
        if (ch !== ' ' && ch !== '\t' && ch !== '\r' && ch !== '\n' && ch !== ',')
            break;
        i++;
    }
    throw new EditError(`no closing ${bracket} where expected`);
}
/** The offset of the line break ending the line that holds `offset` (before a CR), or the end. */
function lineEndAfter(text, offset) {
    const newline = text.indexOf('\n', Math.max(offset, 0));
    if (newline === -1)
        return text.length;
    return newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline;
}
function columnOf(text, offset) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return offset - lineStart;
}


/***/ })

};
