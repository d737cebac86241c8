export const id = 523;
export const ids = [523];
export const modules = {

/***/ 523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  siteCommand: () => (/* binding */ siteCommand)
});

// EXTERNAL MODULE: ./src/adapters/fs/places.ts
var places = __webpack_require__(4136);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/fs/registry-disk.ts
var registry_disk = __webpack_require__(3301);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/adapters/fs/site-folder.ts


/**
 * Marks a folder tgr site wrote: only such a folder (or an empty one) is ever replaced, so no
 * `--out`, however it is spelled or linked, can delete the registry, `.git` or anything else.
 * GitHub's Pages artifact leaves dot-files out.
 */
const SITE_MARKER = '.tgr-site';
const MARKER_TEXT = 'Written by tgr site: the whole folder is replaced by its next build.\n';
/** Why `out` may not be replaced, or undefined when it may (absent, empty, or a site). */
function refuseOut(out) {
    let stat;
    try {
        stat = (0,external_node_fs_.lstatSync)(out);
    }
    catch {
        return undefined;
    }
    if (stat.isSymbolicLink())
        return 'is a symbolic link; name the folder itself';
    if (!stat.isDirectory())
        return 'is a file, not a folder';
    const entries = (0,external_node_fs_.readdirSync)(out);
    if (entries.length === 0 || entries.includes(SITE_MARKER))
        return undefined;
    return `holds files tgr site did not write (it has no ${SITE_MARKER}); name a new or empty folder`;
}
/**
 * Writes into a new folder beside `out`; `commit` then puts it in place of `out` (the old site is
 * removed only after the new one is complete), and `discard` removes it after a failure. A failed
 * build never leaves a half-written site.
 */
function stagedFolderWriter(out) {
    const parent = external_node_path_default().dirname(out);
    (0,external_node_fs_.mkdirSync)(parent, { recursive: true });
    const staging = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(parent, `.${external_node_path_default().basename(out)}-new-`));
    // mkdtemp makes the folder its owner's alone; a site is for everyone to read.
    (0,external_node_fs_.chmodSync)(staging, 0o755);
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(staging, SITE_MARKER), MARKER_TEXT);
    const made = new Set([staging]);
    return {
        write: (file, content) => {
            const target = external_node_path_default().resolve(staging, file);
            if (!target.startsWith(staging + (external_node_path_default()).sep))
                return Promise.reject(new Error(`not inside the site: ${file}`));
            // Folders made once each: 10,000 groups' cards would otherwise ask for groups/ 30,000 times.
            const folder = external_node_path_default().dirname(target);
            if (!made.has(folder)) {
                (0,external_node_fs_.mkdirSync)(folder, { recursive: true });
                made.add(folder);
            }
            (0,external_node_fs_.writeFileSync)(target, content);
            return Promise.resolve();
        },
        commit: () => {
            const old = `${staging}-old`;
            const had = (0,external_node_fs_.existsSync)(out);
            if (had)
                (0,external_node_fs_.renameSync)(out, old);
            (0,external_node_fs_.renameSync)(staging, out);
            if (had)
                (0,external_node_fs_.rmSync)(old, { recursive: true, force: true });
        },
        discard: () => {
            (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
        },
    };
}

// EXTERNAL MODULE: ./src/load/registry.ts
var registry = __webpack_require__(9273);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./schemas/site-groups.schema.json
const site_groups_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:azure-tech-groups:site:groups:v1","title":"Azure Tech Groups directory: groups.json, version 1","description":"The active groups of the Azure Tech Groups registry as the public directory publishes them (groups.json, written by `tgr site`). Version 1: fields may be added in a compatible way; a change that removes or redefines a field gets a new $id (…:v2) and a new file, so readers of v1 keep working. Leaders\' names, GitHub handles, Tech Community IDs and terms dates are never part of it.","type":"object","required":["$schema","generated","groups"],"additionalProperties":false,"properties":{"$schema":{"description":"The $id of the schema this file follows.","const":"urn:azure-tech-groups:site:groups:v1"},"generated":{"description":"The day the directory describes (YYYY-MM-DD): meetups on or after it are upcoming, and the last 12 months end on it.","type":"string","format":"date"},"groups":{"description":"Every active group, sorted by country name, then city, then name.","type":"array","items":{"$ref":"#/$defs/group"}}},"$defs":{"url":{"description":"An absolute http or https link, normalised; null when the group file gives none that can be linked safely.","type":["string","null"],"pattern":"^https?://","format":"uri"},"date":{"type":"string","format":"date"},"group":{"type":"object","additionalProperties":false,"required":["slug","name","city","country","countryName","language","timezone","joined","website","codeOfConduct","page","calendar","azureMeetupsLast12Months","upcomingMeetups"],"properties":{"slug":{"description":"The group\'s identifier: its file name in the registry, without .yaml.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"name":{"description":"The group\'s name, as text (never HTML).","type":"string"},"city":{"type":"string"},"country":{"description":"ISO 3166-1 alpha-2 code, as the group file gives it.","type":"string"},"countryName":{"description":"The country\'s English short name (ISO 3166-1, from i18n-iso-countries); the code when unknown.","type":"string"},"language":{"description":"BCP 47 language tag of the group.","type":"string"},"timezone":{"description":"IANA time zone.","type":["string","null"]},"joined":{"description":"When the program admitted the group.","type":["string","null"],"format":"date"},"website":{"$ref":"#/$defs/url"},"codeOfConduct":{"$ref":"#/$defs/url"},"page":{"description":"The group\'s page, relative to groups.json.","type":"string","pattern":"^groups/[a-z0-9-]+\\\\.html$"},"calendar":{"description":"The group\'s iCalendar feed, relative to groups.json.","type":"string","pattern":"^groups/[a-z0-9-]+\\\\.ics$"},"azureMeetupsLast12Months":{"description":"Azure meetups held in the 12 months ending on `generated` that count for the program (not cancelled, not repeated).","type":"integer","minimum":0},"upcomingMeetups":{"description":"Meetups on or after `generated`, not cancelled, by date.","type":"array","items":{"type":"object","additionalProperties":false,"required":["date","title","azure","url","uid"],"properties":{"date":{"$ref":"#/$defs/date"},"title":{"type":"string"},"azure":{"description":"Whether it covers Azure.","type":"boolean"},"url":{"$ref":"#/$defs/url"},"uid":{"description":"The event\'s UID in the iCalendar feeds: stable across builds.","type":"string"}}}}}}}}');
;// CONCATENATED MODULE: ./schemas/site-groups.v2.schema.json
const site_groups_v2_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:azure-tech-groups:site:groups:v2","title":"Azure Tech Groups directory: groups.v2.json, version 2","description":"The active groups of the Azure Tech Groups registry as the public directory publishes them (groups.v2.json, written by `tgr site` beside groups.json). Version 2 carries every field of version 1, with the same meaning, and fields version 1\'s schema cannot take (it refuses unknown fields): the country page, the embeddable card and the month-by-month count. groups.json (version 1) is still published, unchanged. Leaders\' names, GitHub handles, Tech Community IDs and terms dates are never part of it.","type":"object","required":["$schema","generated","groups"],"additionalProperties":false,"properties":{"$schema":{"description":"The $id of the schema this file follows.","const":"urn:azure-tech-groups:site:groups:v2"},"generated":{"description":"The day the directory describes (YYYY-MM-DD): meetups on or after it are upcoming, and the last 12 months end on it.","type":"string","format":"date"},"groups":{"description":"Every active group, sorted by country name, then city, then name.","type":"array","items":{"$ref":"#/$defs/group"}}},"$defs":{"url":{"description":"An absolute http or https link, normalised; null when the group file gives none that can be linked safely.","type":["string","null"],"pattern":"^https?://","format":"uri"},"date":{"type":"string","format":"date"},"group":{"type":"object","additionalProperties":false,"required":["slug","name","city","country","countryName","language","timezone","joined","website","codeOfConduct","page","calendar","azureMeetupsLast12Months","upcomingMeetups","countryPage","card","azureMeetupsByMonth"],"properties":{"slug":{"description":"The group\'s identifier: its file name in the registry, without .yaml.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"name":{"description":"The group\'s name, as text (never HTML).","type":"string"},"city":{"type":"string"},"country":{"description":"ISO 3166-1 alpha-2 code, as the group file gives it.","type":"string"},"countryName":{"description":"The country\'s English short name (ISO 3166-1, from i18n-iso-countries); the code when unknown.","type":"string"},"language":{"description":"BCP 47 language tag of the group.","type":"string"},"timezone":{"description":"IANA time zone.","type":["string","null"]},"joined":{"description":"When the program admitted the group.","type":["string","null"],"format":"date"},"website":{"$ref":"#/$defs/url"},"codeOfConduct":{"$ref":"#/$defs/url"},"page":{"description":"The group\'s page, relative to groups.json.","type":"string","pattern":"^groups/[a-z0-9-]+\\\\.html$"},"calendar":{"description":"The group\'s iCalendar feed, relative to groups.json.","type":"string","pattern":"^groups/[a-z0-9-]+\\\\.ics$"},"azureMeetupsLast12Months":{"description":"Azure meetups held in the 12 months ending on `generated` that count for the program (not cancelled, not repeated).","type":"integer","minimum":0},"upcomingMeetups":{"description":"Meetups on or after `generated`, not cancelled, by date.","type":"array","items":{"type":"object","additionalProperties":false,"required":["date","title","azure","url","uid"],"properties":{"date":{"$ref":"#/$defs/date"},"title":{"type":"string"},"azure":{"description":"Whether it covers Azure.","type":"boolean"},"url":{"$ref":"#/$defs/url"},"uid":{"description":"The event\'s UID in the iCalendar feeds: stable across builds.","type":"string"}}}},"countryPage":{"description":"The country\'s page, relative to groups.v2.json; null when the country code is not a valid ISO 3166-1 alpha-2 code.","type":["string","null"],"pattern":"^countries/[a-z]{2}\\\\.html$"},"card":{"description":"The group\'s embeddable card (for an iframe), relative to groups.v2.json.","type":"string","pattern":"^groups/[a-z0-9-]+/card\\\\.html$"},"azureMeetupsByMonth":{"description":"Azure meetups that count for the program, per month, the 12 months ending with the month of `generated`, oldest first.","type":"array","minItems":12,"maxItems":12,"items":{"type":"object","additionalProperties":false,"required":["month","meetups"],"properties":{"month":{"type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])$"},"meetups":{"type":"integer","minimum":0}}}}}}}}');
;// CONCATENATED MODULE: ./schemas/site-stats.schema.json
const site_stats_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:azure-tech-groups:site:stats:v1","title":"Azure Tech Groups directory: stats.json, version 1","description":"The program\'s numbers as the public directory publishes them (stats.json, written by `tgr site`). They count current (active) groups only: groups that have left, and their meetups, are not counted.","type":"object","additionalProperties":false,"required":["$schema","generated","groups","groupsByJoinedYear","groupsByCountry","azureMeetupsByMonth","groupsAtRisk","medianAzureMeetupsPerGroup"],"properties":{"$schema":{"description":"The $id of the schema this file follows.","const":"urn:azure-tech-groups:site:stats:v1"},"generated":{"description":"The day the figures describe (YYYY-MM-DD).","type":"string","format":"date"},"groups":{"description":"Active groups.","type":"integer","minimum":0},"groupsByJoinedYear":{"description":"Active groups by the year they joined the program, oldest first; year null for groups whose file gives no date, last.","type":"array","items":{"type":"object","additionalProperties":false,"required":["year","groups"],"properties":{"year":{"type":["integer","null"]},"groups":{"type":"integer","minimum":1}}}},"groupsByCountry":{"description":"Active groups per country (ISO 3166-1 alpha-2 code as the group files give it, and its English name), most groups first.","type":"array","items":{"type":"object","additionalProperties":false,"required":["country","countryName","groups"],"properties":{"country":{"type":"string"},"countryName":{"type":"string"},"groups":{"type":"integer","minimum":1}}}},"azureMeetupsByMonth":{"description":"Azure meetups held by active groups (not cancelled, not repeated), per month, the 24 months ending with the month of `generated` (until that day), oldest first.","type":"array","minItems":24,"maxItems":24,"items":{"type":"object","additionalProperties":false,"required":["month","meetups"],"properties":{"month":{"type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])$"},"meetups":{"type":"integer","minimum":0}}}},"groupsAtRisk":{"description":"Active groups below the program\'s minimum of Azure meetups, or that will fall below it within the policy\'s at-risk days unless they hold another (the audit\'s reckoning).","type":"integer","minimum":0},"medianAzureMeetupsPerGroup":{"description":"The median over active groups of the Azure meetups that count for the program in the 12 months ending on `generated`.","type":"number","minimum":0}}}');
;// CONCATENATED MODULE: ./src/site/html.ts
/**
 * The one way text reaches the site's HTML: every value from a group file goes through `text`
 * (element content and attribute values alike), and every link through `href`, which takes only
 * the URLs `safeUrl` in model.ts let through.
 */
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/**
 * Characters that would reorder or hide the text around them (bidirectional controls, zero-width
 * spaces, other controls, the byte-order mark): shown as a visible `\u{…}` escape instead, so a
 * name reads as written, byte for byte. Joiners (U+200C, U+200D) stay: scripts such as Kannada,
 * Devanagari and Persian need them.
 */
const TRICKS = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u180E\u200B\u200E\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/gu;
/** Untrusted text, escaped for HTML content or a quoted attribute value. */
function html_text(value) {
    return reveal(value.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char));
}
/** Shows the characters of TRICKS as visible escapes (the Atom feeds use it too). */
function reveal(value) {
    return value.replace(TRICKS, (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`);
}
/** A link built only from a URL `safeUrl` accepted (or a relative path the site itself made). */
function html_link(url, label, attributes = '') {
    return `<a href="${html_text(url)}"${attributes}>${html_text(label)}</a>`;
}
/** A URL shown as a short label: its host and path, without the scheme or a trailing slash. */
function shortUrl(url) {
    return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/i18n-iso-countries/entry-node.js
var entry_node = __webpack_require__(204);
var entry_node_default = /*#__PURE__*/__webpack_require__.n(entry_node);
// EXTERNAL MODULE: ./node_modules/i18n-iso-countries/langs/en.json
var en = __webpack_require__(1038);
// EXTERNAL MODULE: ./src/core/dates.ts
var dates = __webpack_require__(194);
// EXTERNAL MODULE: ./src/core/meetups.ts
var core_meetups = __webpack_require__(9280);
// EXTERNAL MODULE: ./src/core/names.ts + 1 modules
var names = __webpack_require__(2889);
// EXTERNAL MODULE: ./src/core/places.ts + 1 modules
var core_places = __webpack_require__(6022);
// EXTERNAL MODULE: ./src/core/read.ts
var read = __webpack_require__(3455);
// EXTERNAL MODULE: ./src/report/picture.ts
var picture = __webpack_require__(1152);
;// CONCATENATED MODULE: ./src/site/model.ts









entry_node_default().registerLocale(en);
/** Builds the model from the parsed registry. Pure: no I/O; unreadable and inactive files are left out. */
function buildSiteModel(files, today, policy, 
/** Without it no group is placed on the map. */
places) {
    const groups = [];
    const slugs = new Set();
    for (const file of files) {
        const group = siteGroup(file, today, policy, places);
        if (group === undefined || slugs.has(group.slug))
            continue;
        slugs.add(group.slug);
        groups.push(group);
    }
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    groups.sort((a, b) => collator.compare(a.countryName, b.countryName) ||
        collator.compare(a.city, b.city) ||
        collator.compare(a.name, b.name) ||
        (a.slug < b.slug ? -1 : 1));
    return { today, groups };
}
function slugOf(file) {
    const base = (file.registryPath ?? file.path).split('/').pop() ?? '';
    const slug = base.replace(/\.ya?ml$/, '');
    return names/* SLUG */.OZ.test(slug) ? slug : undefined;
}
function siteGroup(file, today, policy, places) {
    if (!file.content.ok)
        return undefined;
    const data = file.content.data;
    const slug = slugOf(file);
    const name = (0,read/* asText */.e1)((0,read/* field */.ZZ)(data, 'name'));
    if ((0,read/* field */.ZZ)(data, 'status') !== 'active' || slug === undefined || name === undefined)
        return undefined;
    const country = ((0,read/* asText */.e1)((0,read/* field */.ZZ)(data, 'country')) ?? '').trim().toUpperCase();
    const language = ((0,read/* asText */.e1)((0,read/* field */.ZZ)(data, 'language')) ?? '').trim();
    const joined = (0,read/* field */.ZZ)(data, 'joined');
    const meetups = (0,core_meetups/* readMeetups */.aC)(data);
    const uids = meetupUids(slug, meetups);
    const toSite = (meetup) => ({
        date: meetup.date,
        title: meetup.title,
        azure: meetup.azure,
        url: safeUrl(meetup.url),
        uid: uids.get(meetup) ?? '',
    });
    const cadence = (0,core_meetups/* assessCadence */.g4)(data, today, policy);
    return {
        slug,
        name,
        city: (0,read/* asText */.e1)((0,read/* field */.ZZ)(data, 'city')) ?? '',
        country,
        countryName: countryName(country),
        language,
        languageName: languageName(language),
        timezone: (0,read/* asText */.e1)((0,read/* field */.ZZ)(data, 'timezone')),
        joined: (0,dates/* isPlainDate */.JX)(joined) ? joined : undefined,
        website: safeUrl((0,read/* field */.ZZ)(data, 'website')),
        codeOfConduct: safeUrl((0,read/* field */.ZZ)(data, 'codeOfConduct')),
        upcoming: meetups
            .filter((meetup) => !meetup.cancelled && meetup.date >= today)
            .sort(byDate)
            .map(toSite),
        recent: [...cadence.counted].sort(byDate).map(toSite),
        months: (0,picture/* monthlyCounts */.Ov)(cadence),
        held: heldSince(meetups, `${(0,dates/* addMonths */.PS)(today, -23).slice(0, 7)}-01`, today),
        atRisk: cadence.counted.length < cadence.required ||
            (0,core_meetups/* projectShortfall */.BS)(data, today, policy) !== undefined,
        ...placeAt(places === undefined ? undefined : (0,core_places/* placeOf */.$t)(data, places)),
    };
}
function heldSince(meetups, from, today) {
    const repeated = new Set((0,core_meetups/* findDuplicateMeetups */.oM)(meetups).map(({ duplicate }) => duplicate));
    return meetups
        .filter((meetup) => meetup.azure &&
        !meetup.cancelled &&
        !repeated.has(meetup) &&
        meetup.date >= from &&
        meetup.date <= today)
        .map((meetup) => meetup.date)
        .sort();
}
/** Only the coordinates: a place's dataset name is not the group's to show. */
function placeAt(place) {
    return place === undefined ? {} : { place: { lat: place.lat, lon: place.lon } };
}
function byDate(a, b) {
    return a.day - b.day || a.index - b.index;
}
/** The English name of an ISO 3166-1 alpha-2 code, or the code itself when there is none. */
function countryName(code) {
    return (/^[A-Z]{2}$/.test(code) ? entry_node_default().getName(code, 'en') : undefined) ?? code;
}
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
const languageCache = new Map();
function languageName(tag) {
    let name = languageCache.get(tag);
    if (name === undefined) {
        try {
            name = languageNames.of(tag) ?? tag;
        }
        catch {
            name = tag;
        }
        languageCache.set(tag, name);
    }
    return name;
}
/**
 * A link the site may publish: an absolute http or https URL that parses, with no credentials
 * and no white space or control characters; its normalised form (`URL.href`, percent-encoded).
 * Anything else (a `javascript:` or `data:` URL, a relative path) is not linked at all.
 */
function safeUrl(value) {
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim();
    // eslint-disable-next-line no-control-regex
    if (/[\s\u0000-\u001F\u007F-\u009F]/.test(text) || !URL.canParse(text))
        return undefined;
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return undefined;
    if (url.username !== '' || url.password !== '' || url.hostname === '')
        return undefined;
    // The WHATWG URL keeps a few characters RFC 3986 forbids (`|`, `^`, `{`, `}`, `[`, `]`, a
    // backquote) in the path, query and fragment: encode them, so groups.json meets its own
    // schema's `uri` format.
    return `${url.origin}${encodeUnsafe(url.pathname)}${encodeUnsafe(url.search)}${encodeUnsafe(url.hash)}`;
}
function encodeUnsafe(part) {
    return part.replace(/[|^{}[\]`]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** The domain part of every UID the site writes. */
const UID_DOMAIN = 'azure-tech-groups.registry';
/**
 * Stable iCalendar UIDs, so a subscribed calendar updates an event instead of adding a second
 * one. A meetup with a page is `<slug>-<first 16 hex digits of SHA-256 of its URL>@…`: it keeps
 * its UID when its date or title changes. One without is `<slug>-<date>@…`, with `-2`, `-3`… for
 * further meetups without a page on that day, in file order. (When meetups carry a `uid` of their
 * own, from a feed they were synced from, that will be preferred.)
 */
function meetupUids(slug, meetups) {
    const uids = new Map();
    const perDay = new Map();
    const taken = new Set();
    for (const meetup of meetups) {
        const page = safeUrl(meetup.url);
        let local;
        if (page !== undefined) {
            local = `${slug}-${(0,external_node_crypto_.createHash)('sha256').update(page).digest('hex').slice(0, 16)}`;
        }
        else {
            const n = (perDay.get(meetup.date) ?? 0) + 1;
            perDay.set(meetup.date, n);
            local = `${slug}-${meetup.date}${n === 1 ? '' : `-${n}`}`;
        }
        // Two entries for one page (a duplicate the rules report) still get distinct UIDs.
        let uid = `${local}@${UID_DOMAIN}`;
        for (let i = 2; taken.has(uid); i++)
            uid = `${local}-${i}@${UID_DOMAIN}`;
        taken.add(uid);
        uids.set(meetup, uid);
    }
    return uids;
}
/** Meetups soonest first, then by uid: one order for every list and feed of upcoming meetups. */
function bySoonest(a, b) {
    if (a.meetup.date !== b.meetup.date)
        return a.meetup.date < b.meetup.date ? -1 : 1;
    return a.meetup.uid < b.meetup.uid ? -1 : 1;
}

;// CONCATENATED MODULE: ./src/site/chart.ts

const MONTH = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' });
const MONTH_YEAR = new Intl.DateTimeFormat('en', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
});
function date(month) {
    return new Date(`${month}-01T00:00:00Z`);
}
/**
 * The month-by-month picture as an inline SVG bar chart: one bar per month, its count above it,
 * the month below. Screen readers get every month and count from the label.
 */
function renderMonthChart(months) {
    const width = 40;
    const top = 18;
    const plot = 80;
    const max = Math.max(3, ...months.map(({ count }) => count));
    const label = months
        .map(({ month, count }) => `${MONTH_YEAR.format(date(month))}: ${count}`)
        .join(', ');
    const bars = months
        .map(({ month, count }, i) => {
        const x = i * width;
        const height = Math.round((count / max) * plot);
        const bar = count > 0
            ? `<rect x="${x + 8}" y="${top + plot - height}" width="${width - 16}" height="${height}" fill="#0b5cad"/><text x="${x + width / 2}" y="${top + plot - height - 4}">${count}</text>`
            : '';
        return `${bar}<text x="${x + width / 2}" y="${top + plot + 16}">${MONTH.format(date(month))}</text>`;
    })
        .join('');
    return `<svg class="chart" viewBox="0 0 ${months.length * width} ${top + plot + 22}" role="img" aria-label="${html_text(`Azure meetups per month: ${label}`)}" font-size="12" text-anchor="middle" fill="#1a1a1a"><line x1="0" x2="${months.length * width}" y1="${top + plot}" y2="${top + plot}" stroke="#555"/>${bars}</svg>`;
}
/**
 * A vertical bar chart of a few dozen bars at most, drawn at build time. It is decoration for
 * sighted readers (`aria-hidden`): the page puts the same figures in a table beside it.
 */
function renderBarChart(bars) {
    const width = 40;
    const top = 18;
    const plot = 100;
    const max = Math.max(1, ...bars.map(({ value }) => value));
    const drawn = bars
        .map(({ label, value }, i) => {
        const x = i * width;
        const height = Math.round((value / max) * plot);
        const bar = value > 0
            ? `<rect x="${x + 8}" y="${top + plot - height}" width="${width - 16}" height="${height}" fill="#0b5cad"/><text x="${x + width / 2}" y="${top + plot - height - 4}">${value}</text>`
            : '';
        return `${bar}<text x="${x + width / 2}" y="${top + plot + 16}">${html_text(label)}</text>`;
    })
        .join('');
    return `<svg class="chart" viewBox="0 0 ${Math.max(bars.length, 1) * width} ${top + plot + 22}" aria-hidden="true" focusable="false" font-size="11" text-anchor="middle" fill="#1a1a1a"><line x1="0" x2="${bars.length * width}" y1="${top + plot}" y2="${top + plot}" stroke="#555"/>${drawn}</svg>`;
}
/** Horizontal bars, one row per item (countries): as many rows as needed, hidden from screen readers likewise. */
function renderRowChart(bars) {
    const row = 18;
    const labels = 150;
    const plot = 250;
    const max = Math.max(1, ...bars.map(({ value }) => value));
    const drawn = bars
        .map(({ label, value }, i) => {
        const y = i * row;
        const length = Math.max(1, Math.round((value / max) * plot));
        return `<text x="${labels - 6}" y="${y + 13}" text-anchor="end">${html_text(label.length > 22 ? `${label.slice(0, 21)}…` : label)}</text><rect x="${labels}" y="${y + 3}" width="${length}" height="${row - 6}" fill="#0b5cad"/><text x="${labels + length + 4}" y="${y + 13}">${value}</text>`;
    })
        .join('');
    return `<svg class="chart" viewBox="0 0 ${labels + plot + 40} ${Math.max(bars.length, 1) * row}" aria-hidden="true" focusable="false" font-size="12" fill="#1a1a1a">${drawn}</svg>`;
}

// EXTERNAL MODULE: ./node_modules/d3-geo/dist/d3-geo.mjs + 1 modules
var d3_geo = __webpack_require__(970);
// EXTERNAL MODULE: ./node_modules/topojson-client/dist/topojson-client.js
var topojson_client = __webpack_require__(6361);
// EXTERNAL MODULE: ./node_modules/world-atlas/countries-110m.json
var countries_110m = __webpack_require__(98);
;// CONCATENATED MODULE: ./src/site/map.ts





const WIDTH = 800;
const HEIGHT = 390;
/** Fill for no group, then for 1, 2–3, 4–9 and 10 or more groups. */
const SHADES = ['#e4e4e4', '#b9d3ee', '#7fb0e0', '#3f86c9', '#0b4f94'];
const BOUNDS = [1, 2, 4, 10];
function shadeOf(count) {
    let shade = 0;
    for (const bound of BOUNDS)
        if (count >= bound)
            shade++;
    return SHADES[shade] ?? SHADES[0];
}
/**
 * Path data with whole-pixel, relative coordinates (an `l` followed by every further point of the
 * ring), dropping points that round onto the previous one: at this size the map looks the same
 * and weighs about 40 KB instead of 110 KB.
 */
class CompactPath {
    out = '';
    x = 0;
    y = 0;
    inLine = false;
    moveTo(px, py) {
        const x = Math.round(px);
        const y = Math.round(py);
        this.out += `M${x} ${y}`.replace(' -', '-');
        this.x = x;
        this.y = y;
        this.inLine = false;
    }
    lineTo(px, py) {
        const x = Math.round(px);
        const y = Math.round(py);
        const dx = x - this.x;
        const dy = y - this.y;
        if (dx === 0 && dy === 0)
            return;
        const pair = `${dx}${dy < 0 ? '' : ' '}${dy}`;
        this.out += this.inLine ? (dx < 0 ? pair : ` ${pair}`) : `l${pair}`;
        this.inLine = true;
        this.x = x;
        this.y = y;
    }
    closePath() {
        this.out += 'z';
        this.inLine = false;
    }
    beginPath() {
        // Every ring starts with moveTo, which is all the path data needs.
    }
    arc() {
        // Only point geometries draw arcs; the world's countries are polygons.
    }
    take() {
        const out = this.out;
        this.out = '';
        return out;
    }
}
let shapes;
let projected;
/** Every country of Natural Earth's 1:110m map (world-atlas), projected once per process. */
function worldShapes() {
    if (shapes)
        return shapes;
    const topology = countries_110m;
    const all = (0,topojson_client.feature)(topology, topology.objects.countries);
    // Antarctica holds no user group and would take a fifth of the height.
    all.features = all.features.filter((country) => country.id !== '010');
    const projection = (0,d3_geo/* geoEqualEarth */.om)().fitSize([WIDTH, HEIGHT], all);
    projected = projection;
    const context = new CompactPath();
    const path = (0,d3_geo/* geoPath */.zF)(projection, context);
    shapes = all.features.map((country) => {
        path(country);
        const numeric = typeof country.id === 'string' ? country.id : undefined;
        return {
            code: numeric === undefined ? undefined : entry_node_default().numericToAlpha2(numeric),
            d: context.take(),
        };
    });
    return shapes;
}
/**
 * The world map, shaded by the number of groups per country (alpha-2 code → count), as inline
 * SVG. Countries too small for this scale (Singapore, Malta…) do not show; the list does. With
 * `dots`, it holds an empty layer the index's script fills with one link per placed group (see
 * `placeDots`).
 */
function renderWorldMap(counts, names, dots = false) {
    const paths = worldShapes()
        .map(({ code, d }) => {
        const count = code === undefined ? 0 : (counts.get(code) ?? 0);
        if (count === 0)
            return `<path d="${d}"/>`;
        const label = `${names(code ?? '')}: ${count} group${count === 1 ? '' : 's'}`;
        return `<path d="${d}" fill="${shadeOf(count)}"><title>${html_text(label)}</title></path>`;
    })
        .join('');
    // With dots the map holds links, so it is a group of them, not one image.
    const role = dots
        ? 'role="group" aria-label="World map of the groups: each dot is a group, a link to its page"'
        : 'role="img" aria-label="World map shaded by the number of groups in each country"';
    return `<svg class="map" viewBox="0 0 ${WIDTH} ${HEIGHT}" ${role} fill="${SHADES[0]}" stroke="#fff" stroke-width=".5"><g>${paths}</g>${dots ? '<g class="m" stroke="none"></g>' : ''}</svg>`;
}
/**
 * The markers' look, for the page's style sheet (the page's Content-Security-Policy allows only
 * its own inline style, by hash). A label shows while its marker is hovered or focused; it stays
 * in the page, transparent, so the link's accessible name is the label. A label that would run
 * off the right edge (past `LABEL_FLIP_X`) reads leftwards from its dot (class e).
 */
const MAP_STYLE = '.map a circle{fill:#c25400;stroke:#fff;stroke-width:.6}.map a text{opacity:0;fill:#1a1a1a;stroke:#fff;stroke-width:3px;paint-order:stroke;font-size:12px;pointer-events:none;transform:translate(6px,4px)}.map a .e{text-anchor:end;transform:translate(-6px,4px)}.map a:hover text,.map a:focus text{opacity:1}.map a:focus{outline:none}.map a:focus circle{stroke:#1a1a1a;stroke-width:1.5}';
const LABEL_FLIP_X = WIDTH * 0.7;
/** Marker radius. */
const DOT_RADIUS = 3;
/** Markers within one cell of this many pixels share a spot and are spread around it. */
const CELL = 8;
/** The most a crowded spot spreads its markers. */
const MAX_SPREAD = 18;
/** The golden angle: a sunflower's seeds, evenly spread at any count. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/**
 * Where each group's dot goes, by key. Groups whose cities fall in one cell are laid out around it
 * as a sunflower, spaced so a few stay apart and thousands form a disc no wider than MAX_SPREAD
 * (they overlap then, and the disc's size tells how many): each is still a link of its own.
 *
 * Only the positions are in the page, on the list entries (`data-xy`): the index's script draws
 * each dot as a link with the entry's own address and name. A server-drawn link per group cost
 * about 136 bytes each (68 KB at 500 groups, against an index budget of 150 KB); a position costs
 * about 16.
 */
function placeDots(places) {
    const dots = new Map();
    if (places.length === 0)
        return dots;
    worldShapes();
    const projection = projected;
    if (projection === undefined)
        return dots;
    const cells = new Map();
    for (const place of places) {
        const point = projection([place.lon, place.lat]);
        if (point === null)
            continue;
        const [x, y] = point;
        const cell = `${Math.round(x / CELL)},${Math.round(y / CELL)}`;
        const members = cells.get(cell) ?? [];
        members.push({ key: place.key, x, y });
        cells.set(cell, members);
    }
    for (const members of cells.values()) {
        const cx = members.reduce((sum, item) => sum + item.x, 0) / members.length;
        const cy = members.reduce((sum, item) => sum + item.y, 0) / members.length;
        const step = Math.min(2 * DOT_RADIUS, MAX_SPREAD / Math.sqrt(members.length));
        members.forEach(({ key }, i) => {
            const r = members.length === 1 ? 0 : step * Math.sqrt(i + 0.5);
            dots.set(key, {
                x: round(cx + r * Math.cos(i * GOLDEN_ANGLE)),
                y: round(cy + r * Math.sin(i * GOLDEN_ANGLE)),
            });
        });
    }
    return dots;
}
function round(value) {
    return Math.round(value * 10) / 10;
}

;// CONCATENATED MODULE: ./src/site/pages.ts





const SITE_TITLE = 'Azure Tech Groups';
const STYLE = `*{box-sizing:border-box}body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:0 1rem;color:#1a1a1a;background:#fff}a{color:#0a4f9e}a:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #c25400;outline-offset:2px}[hidden]{display:none!important}header,footer{padding:1rem 0}figure{margin:1rem 0}footer{border-top:1px solid #ccc;margin-top:2rem;font-size:.9rem}.map,.chart{width:100%;height:auto}.chart{max-width:32rem}form{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;margin:1rem 0}form label{display:flex;flex-direction:column;font-size:.9rem}input,select{font:inherit;padding:.3rem}ul.g{padding:0;list-style:none}ul.g li{padding:.3rem 0;border-bottom:1px solid #eee}.legend{display:flex;flex-wrap:wrap;gap:.2rem 1rem;padding:0;list-style:none;font-size:.9rem}.legend span{display:inline-block;width:1em;height:1em;margin-right:.3em;vertical-align:-.1em;border:1px solid #999}${SHADES.map((shade, i) => `.s${i}{background:${shade}}`).join('')}table{border-collapse:collapse;margin:.5rem 0}caption{text-align:left;font-weight:600}th,td{text-align:left;padding:.1rem .8rem .1rem 0;border-bottom:1px solid #eee}td{text-align:right}pre{white-space:pre-wrap;word-break:break-all;background:#f4f4f4;padding:.5rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}${MAP_STYLE}`;
/**
 * The index's only script: it enhances the list that is already there (search as you type, and
 * the country and language filters). Without it the page shows every group.
 */
/**
 * The map's dots, drawn by the index's script: for each list entry with a position (`data-xy`),
 * a link in the map's dot layer with the entry's own address, and its name as the label (set as
 * text, never as markup). The list entry keeps its dot, so filtering hides both.
 */
const DRAW_DOTS = `const g=document.querySelector('svg.map g.m'),N='http://www.w3.org/2000/svg',E=(n,a)=>{const e=document.createElementNS(N,n);for(const k in a)e.setAttribute(k,a[k]);return e};if(g)for(const i of document.querySelectorAll('li[data-xy]')){const[x,y]=i.dataset.xy.split(','),o=i.querySelector('a'),a=E('a',{href:o.getAttribute('href'),transform:'translate('+x+' '+y+')'}),t=E('text',+x>${String(LABEL_FLIP_X)}?{class:'e'}:{});t.textContent=o.textContent;a.append(E('circle',{r:'${String(DOT_RADIUS)}'}),t);g.append(a);i.m=a}`;
const SCRIPT = `(()=>{${DRAW_DOTS}const f=document.getElementById('f'),q=document.getElementById('q'),c=document.getElementById('c'),l=document.getElementById('l'),n=document.getElementById('n'),s=[...document.querySelectorAll('section[data-c]')],r=s.flatMap(e=>[...e.querySelectorAll('li')].map(i=>({e,i,t:(i.textContent+' '+e.querySelector('h3').textContent).toLowerCase()})));f.hidden=false;const go=()=>{const w=q.value.toLowerCase().split(/\\s+/).filter(Boolean),v=new Set;let k=0;for(const x of r){const ok=(!c.value||x.e.dataset.c===c.value)&&(!l.value||x.i.dataset.l===l.value)&&w.every(y=>x.t.includes(y));x.i.hidden=!ok;x.i.m?.toggleAttribute('hidden',!ok);if(ok){k++;v.add(x.e)}}for(const e of s)e.hidden=!v.has(e);n.textContent=k===r.length?r.length+' groups':k+' of '+r.length+' groups shown'};f.addEventListener('input',go);f.addEventListener('submit',e=>e.preventDefault());go()})();`;
function sha256(source) {
    return `'sha256-${(0,external_node_crypto_.createHash)('sha256').update(source).digest('base64')}'`;
}
/**
 * Nothing loads from anywhere: no other origin, not even this one. The inline style and script
 * are allowed by their hashes, so markup that slipped through escaping could still run nothing.
 */
const CSP = `default-src 'none'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
/** Every page's alternates: the feeds people subscribe to. */
function alternates(root) {
    return `<link rel="alternate" type="application/atom+xml" title="New groups" href="${root}groups.atom"><link rel="alternate" type="application/atom+xml" title="Upcoming Azure meetups" href="${root}meetups.atom">`;
}
/** `root` leads from the page back to the site's root: '' or '../'. */
function page(options) {
    const root = options.root;
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta http-equiv="Content-Security-Policy" content="${CSP}"><meta name="referrer" content="no-referrer"><title>${html_text(options.title)}</title>${alternates(root)}<style>${STYLE}</style></head><body><header><a href="${root}index.html">${SITE_TITLE}</a> · <a href="${root}stats.html">The program’s numbers</a></header>${options.body}<footer><p>Generated from the Azure Tech Groups registry. Data: <a href="${root}groups.json">groups.json</a>, <a href="${root}groups.v2.json">groups.v2.json</a>, <a href="${root}stats.json">stats.json</a>; calendar: <a href="${root}meetups.ics">meetups.ics</a>; feeds: <a href="${root}groups.atom">groups as they join</a>, <a href="${root}meetups.atom">upcoming Azure meetups</a> (Atom). Places of cities: <a href="https://www.geonames.org/">GeoNames</a>, under <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.</p></footer>${options.script ? `<script>${SCRIPT}</script>` : ''}</body></html>\n`;
}
function time(date) {
    return `<time>${html_text(date)}</time>`;
}
function nextMeetup(group) {
    return group.upcoming[0];
}
/** Countries with a page of their own: a valid ISO 3166-1 alpha-2 code, nothing else. */
function hasCountryPage(code) {
    return /^[A-Z]{2}$/.test(code);
}
function indexRow(group, root = '', dot) {
    const next = nextMeetup(group);
    const website = group.website === undefined ? '' : ` · ${html_link(group.website, 'website')}`;
    // Numbers only: where the index's script draws this group's dot on the map.
    const xy = dot === undefined ? '' : ` data-xy="${String(dot.x)},${String(dot.y)}"`;
    return `<li data-l="${html_text(group.language)}"${xy}>${html_link(`${root}groups/${group.slug}.html`, group.name)} · ${html_text(group.city)} · ${html_text(group.languageName)}${website}${next === undefined ? '' : ` · next ${html_text(next.date)}`}</li>`;
}
function options(values, all) {
    return [`<option value="">${all}</option>`]
        .concat([...values].map(([value, label]) => `<option value="${html_text(value)}">${html_text(label)}</option>`))
        .join('');
}
/** A marker for each group the model could place, linking to its page. */
/** Each placeable group's dot, by slug. */
function dotsOf(model) {
    return placeDots(model.groups.flatMap(({ place, slug }) => place === undefined ? [] : [{ key: slug, ...place }]));
}
/** The directory: the map, the filters, and every group by country then city. */
function renderIndex(model) {
    const byCountry = new Map();
    for (const group of model.groups) {
        const list = byCountry.get(group.country) ?? [];
        list.push(group);
        byCountry.set(group.country, list);
    }
    const counts = new Map([...byCountry].map(([code, groups]) => [code, groups.length]));
    const dots = dotsOf(model);
    const countryNames = new Map([...byCountry].map(([code, groups]) => [code, groups[0]?.countryName ?? code]));
    const languages = new Map(model.groups
        .map((group) => [group.language, group.languageName])
        .sort((a, b) => a[1].localeCompare(b[1], 'en')));
    const sections = [...byCountry]
        .map(([code, groups]) => `<section data-c="${html_text(code)}"><h3>${hasCountryPage(code) ? html_link(`countries/${code.toLowerCase()}.html`, countryNames.get(code) ?? code) : html_text(countryNames.get(code) ?? code)}</h3><ul class="g">${groups.map((group) => indexRow(group, '', dots.get(group.slug))).join('')}</ul></section>`)
        .join('');
    const legend = ['none', '1', '2–3', '4–9', '10 or more']
        .map((label, i) => `<li><span class="s${i}"></span>${label}</li>`)
        .join('');
    const total = model.groups.length;
    const body = `<main><h1>${SITE_TITLE}: the directory</h1><p>Local Azure user groups in the Azure Tech Groups program: ${total} active group${total === 1 ? '' : 's'} in ${byCountry.size} countr${byCountry.size === 1 ? 'y' : 'ies'}, as of ${time(model.today)}.</p><figure><h2>Where the groups are</h2>${renderWorldMap(counts, (code) => countryNames.get(code) ?? countryName(code), dots.size > 0)}<figcaption>Groups per country:<ul class="legend">${legend}</ul></figcaption></figure><h2>Groups</h2><form id="f" role="search" hidden><label>Search<input type="search" id="q" autocomplete="off"></label><label>Country<select id="c">${options(countryNames, 'All countries')}</select></label><label>Language<select id="l">${options(languages, 'All languages')}</select></label></form><p id="n" role="status">${total} groups</p>${sections}</main>`;
    return page({ title: `${SITE_TITLE} directory`, body, root: '', script: true });
}
function meetupItem(meetup) {
    const title = meetup.url === undefined ? html_text(meetup.title) : html_link(meetup.url, meetup.title);
    return `<li>${time(meetup.date)} ${title}${meetup.azure ? '' : ' (not about Azure)'}</li>`;
}
function meetupList(meetups, none) {
    return meetups.length === 0 ? `<p>${none}</p>` : `<ul>${meetups.map(meetupItem).join('')}</ul>`;
}
function detail(term, value) {
    return value === undefined || value === '' ? '' : `<dt>${term}</dt><dd>${value}</dd>`;
}
/** One group's page: its details, upcoming meetups, and the last twelve months of Azure meetups. */
function renderGroupPage(group) {
    const counted = group.recent.length;
    const body = `<main><h1>${html_text(group.name)}</h1><dl>${detail('City', html_text(group.city))}${detail('Country', hasCountryPage(group.country) ? html_link(`../countries/${group.country.toLowerCase()}.html`, group.countryName) : html_text(group.countryName))}${detail('Language', html_text(group.languageName))}${detail('Time zone', group.timezone === undefined ? undefined : html_text(group.timezone))}${detail('In the program since', group.joined === undefined ? undefined : time(group.joined))}${detail('Website', group.website === undefined ? undefined : html_link(group.website, shortUrl(group.website)))}${detail('Code of conduct', group.codeOfConduct === undefined ? undefined : html_link(group.codeOfConduct, shortUrl(group.codeOfConduct)))}</dl><h2>Upcoming meetups</h2>${meetupList(group.upcoming, 'No meetups planned yet.')}<p>${html_link(`${group.slug}.ics`, 'Subscribe to this group’s Azure meetups (iCalendar)')}</p><h2>Azure meetups in the last 12 months</h2><p>${counted} Azure meetup${counted === 1 ? '' : 's'} held.</p>${renderMonthChart(group.months)}${meetupList([...group.recent].reverse(), 'None in the last 12 months.')}${cardSnippet(group)}<p><a href="../index.html">All groups</a></p></main>`;
    return page({
        title: `${group.name}: ${SITE_TITLE}`,
        body,
        root: '../',
        script: false,
    });
}
/** The card's own style: the card is a document of its own, shown in other sites' iframes. */
const CARD_STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:0;padding:.6rem;color:#1a1a1a;background:#fff}h1{font-size:1rem;margin:0 0 .3rem}ul{margin:.3rem 0;padding-left:1.1rem}p{margin:.3rem 0}a{color:#0a4f9e}`;
const CARD_CSP = `default-src 'none'; style-src ${sha256(CARD_STYLE)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
/** How many upcoming meetups a card shows. */
const CARD_MEETUPS = 3;
/**
 * groups/<slug>/card.html: the group's name, its next meetups and a link to its page, for other
 * sites to embed. No script; links open outside the frame, without a referrer.
 */
function renderCard(group) {
    const out = (url, label) => html_link(url, label, ' target="_blank" rel="noopener noreferrer"');
    const next = group.upcoming.slice(0, CARD_MEETUPS);
    const meetups = next.length === 0
        ? '<p>No meetups planned yet.</p>'
        : `<ul>${next.map((meetup) => `<li>${time(meetup.date)} ${meetup.url === undefined ? html_text(meetup.title) : out(meetup.url, meetup.title)}</li>`).join('')}</ul>`;
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CARD_CSP}"><meta name="referrer" content="no-referrer"><title>${html_text(`${group.name}: next meetups`)}</title><style>${CARD_STYLE}</style></head><body><main><h1>${html_text(group.name)}</h1><p>${html_text([group.city, group.countryName].filter((part) => part !== '').join(', '))}</p>${meetups}<p>${out(`../${group.slug}.html`, `About ${group.name} on ${SITE_TITLE}`)}</p></main></body></html>\n`;
}
/**
 * The snippet for embedding the card. The site does not know its own address, so the snippet
 * says where to put it.
 */
function cardSnippet(group) {
    // The name is escaped once for the snippet's own attribute (it will be pasted into someone's
    // page as HTML), and the whole snippet once more for showing it here.
    const snippet = `<iframe src="https://SITE-ADDRESS/groups/${group.slug}/card.html" title="${html_text(group.name)}: next meetups" width="320" height="220" style="border:1px solid #ccc" loading="lazy" sandbox="allow-popups allow-popups-to-escape-sandbox"></iframe>`;
    return `<h2>Show this group on your site</h2><p>Paste this into your page, with this site’s address instead of SITE-ADDRESS. It shows ${html_link(`${group.slug}/card.html`, 'this card')}: the group’s name, its next meetups and a link here.</p><pre><code>${html_text(snippet)}</code></pre>`;
}
function countryMeetup(group, meetup) {
    const title = meetup.url === undefined ? html_text(meetup.title) : html_link(meetup.url, meetup.title);
    return `<li>${time(meetup.date)} ${title} · ${html_link(`../groups/${group.slug}.html`, group.name)}${meetup.azure ? '' : ' (not about Azure)'}</li>`;
}
/** countries/<cc>.html: one country's groups and their upcoming meetups. */
function renderCountryPage(code, groups) {
    const name = groups[0]?.countryName ?? countryName(code);
    const upcoming = groups
        .flatMap((group) => group.upcoming.map((meetup) => ({ group, meetup })))
        .sort(bySoonest);
    const cc = code.toLowerCase();
    const body = `<main><h1>Azure Tech Groups in ${html_text(name)}</h1><p>${groups.length} active group${groups.length === 1 ? '' : 's'}. ${html_link(`${cc}.ics`, `Subscribe to the Azure meetups in ${name} (iCalendar)`)}</p><h2>Groups</h2><ul class="g">${groups.map((group) => indexRow(group, '../')).join('')}</ul><h2>Upcoming meetups</h2>${upcoming.length === 0 ? '<p>No meetups planned yet.</p>' : `<ul>${upcoming.map(({ group, meetup }) => countryMeetup(group, meetup)).join('')}</ul>`}<p><a href="../index.html">All groups</a></p></main>`;
    return page({ title: `${name}: ${SITE_TITLE}`, body, root: '../', script: false });
}
function table(caption, head, rows) {
    return `<table><caption>${caption}</caption><thead><tr><th scope="col">${head[0]}</th><th scope="col">${head[1]}</th></tr></thead><tbody>${rows.map(([label, value]) => `<tr><th scope="row">${html_text(label)}</th><td>${value}</td></tr>`).join('')}</tbody></table>`;
}
/** stats.html: the program's numbers, each chart followed by its figures as a table. */
function renderStatsPage(stats) {
    const years = stats.groupsByJoinedYear.map(({ year, groups }) => [year === null ? 'Not known' : String(year), groups]);
    const months = stats.azureMeetupsByMonth.map(({ month, meetups }) => [pages_MONTH_YEAR.format(new Date(`${month}-01T00:00:00Z`)), meetups]);
    const countries = stats.groupsByCountry.map(({ countryName: name, groups }) => [name, groups]);
    const body = `<main><h1>${SITE_TITLE}: the program’s numbers</h1><p>As of ${time(stats.generated)}. These figures count current groups only: the ${stats.groups} active group${stats.groups === 1 ? '' : 's'} in the registry. Groups that have left are not counted, nor are their meetups. The same figures as data: <a href="stats.json">stats.json</a>.</p><dl><dt>Active groups</dt><dd>${stats.groups}</dd><dt>Groups at risk</dt><dd>${stats.groupsAtRisk} (below the program’s minimum of Azure meetups, or due to fall below it soon unless they hold another)</dd><dt>Median Azure meetups per group</dt><dd>${stats.medianAzureMeetupsPerGroup} in the last 12 months</dd></dl><h2>Groups by the year they joined</h2><figure>${renderBarChart(years.map(([label, value]) => ({ label: label === 'Not known' ? '?' : label, value })))}<figcaption>${table('Current groups by the year they joined', ['Year', 'Groups'], years)}</figcaption></figure><h2>Azure meetups per month</h2><figure>${renderBarChart(stats.azureMeetupsByMonth.map(({ month, meetups }) => ({ label: pages_MONTH.format(new Date(`${month}-01T00:00:00Z`)), value: meetups })))}<figcaption>${table(`Azure meetups held by current groups, the last ${stats.azureMeetupsByMonth.length} months`, ['Month', 'Meetups'], months)}</figcaption></figure><h2>Groups per country</h2><figure>${renderRowChart(countries.map(([label, value]) => ({ label, value })))}<figcaption>${table('Current groups per country', ['Country', 'Groups'], countries)}</figcaption></figure></main>`;
    return page({ title: `The program’s numbers: ${SITE_TITLE}`, body, root: '', script: false });
}
const pages_MONTH = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' });
const pages_MONTH_YEAR = new Intl.DateTimeFormat('en', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
});

;// CONCATENATED MODULE: ./src/site/atom.ts



/** The most entries a feed carries: the newest groups, the soonest meetups. */
const FEED_ENTRIES = 200;
/**
 * Characters XML 1.0 does not allow at all (most C0 controls, U+FFFE, U+FFFF, lone surrogates)
 * and the C1 controls and line separators, which no title needs: each becomes a space.
 */
const NOT_XML = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const atom_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;',
};
/** Untrusted text for XML element content or a quoted attribute: escaped, controls made spaces. */
function xml(value) {
    return reveal(value.replace(NOT_XML, ' ')).replace(/[&<>"']/g, (char) => atom_ENTITIES[char] ?? char);
}
/** An Atom date-time: the start of a day, UTC. */
function instant(date) {
    return `${date}T00:00:00Z`;
}
/**
 * Entry and feed ids are tag: URIs (RFC 4151) from the slug or the meetup's iCalendar UID, so an
 * entry keeps its id across builds, and a feed reader shows it once. The date in them is the
 * year the scheme was minted, never the build's.
 */
function tag(specific) {
    return `tag:${UID_DOMAIN},2026:${specific}`;
}
function renderFeed(options) {
    const entries = options.entries
        .map((entry) => `<entry><id>${xml(entry.id)}</id><title type="text">${xml(entry.title)}</title><updated>${instant(entry.updated)}</updated>${entry.links.map((link) => `<link rel="${link.rel}"${link.type === undefined ? '' : ` type="${link.type}"`} href="${xml(link.href)}"/>`).join('')}<summary type="text">${xml(entry.summary)}</summary></entry>\n`)
        .join('');
    return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><id>${tag(options.id)}</id><title type="text">${xml(options.title)}</title><updated>${instant(options.updated)}</updated><author><name>${SITE_TITLE}</name></author><generator>tgr site</generator><link rel="self" type="application/atom+xml" href="${options.self}"/><link rel="alternate" type="text/html" href="index.html"/>\n${entries}</feed>\n`;
}
function place(group) {
    return [group.city, group.countryName].filter((part) => part !== '').join(', ');
}
/**
 * groups.atom: the groups that joined most recently, newest first, each dated by the day it
 * joined. The feed's own date is its newest entry's, so a build that adds no group changes nothing.
 */
function renderGroupsAtom(model) {
    const joined = model.groups
        .filter((group) => group.joined !== undefined)
        .sort((a, b) => a.joined === b.joined ? (a.slug < b.slug ? -1 : 1) : a.joined < b.joined ? 1 : -1)
        .slice(0, FEED_ENTRIES);
    return renderFeed({
        id: 'groups',
        title: `${SITE_TITLE}: new groups`,
        self: 'groups.atom',
        updated: joined[0]?.joined ?? model.today,
        entries: joined.map((group) => ({
            id: tag(`group:${group.slug}`),
            title: group.name,
            updated: group.joined,
            links: [{ rel: 'alternate', type: 'text/html', href: `groups/${group.slug}.html` }],
            summary: `A new group in the program since ${group.joined}: ${group.name}, in ${place(group)} (${group.languageName}).`,
        })),
    });
}
/**
 * meetups.atom: the soonest upcoming Azure meetups of every group. An entry is dated by the
 * meetup's day, not the build's, so it does not come back as updated every day.
 */
function renderMeetupsAtom(model) {
    const meetups = model.groups
        .flatMap((group) => group.upcoming.filter((meetup) => meetup.azure).map((meetup) => ({ group, meetup })))
        .sort(bySoonest)
        .slice(0, FEED_ENTRIES);
    return renderFeed({
        id: 'meetups',
        title: `${SITE_TITLE}: upcoming Azure meetups`,
        self: 'meetups.atom',
        updated: model.today,
        entries: meetups.map(({ group, meetup }) => {
            const page = `groups/${group.slug}.html`;
            return {
                id: tag(`meetup:${meetup.uid.replace(`@${UID_DOMAIN}`, '')}`),
                title: `${meetup.date}: ${meetup.title} (${group.name})`,
                updated: meetup.date,
                links: meetup.url === undefined
                    ? [{ rel: 'alternate', type: 'text/html', href: page }]
                    : [
                        { rel: 'alternate', href: meetup.url },
                        { rel: 'related', type: 'text/html', href: page },
                    ],
                summary: `An Azure meetup of ${group.name} in ${place(group)} on ${meetup.date}.`,
            };
        }),
    });
}

// EXTERNAL MODULE: ./node_modules/ical-generator/dist/index.mjs
var dist = __webpack_require__(6182);
;// CONCATENATED MODULE: ./src/site/feeds.ts


/** The `$id` of schemas/site-groups.schema.json: the version of groups.json's format. */
const GROUPS_JSON_SCHEMA_ID = 'urn:azure-tech-groups:site:groups:v1';
/** groups.json: the active groups as data, in the site's order (schemas/site-groups.schema.json). */
function groupsJson(model) {
    return {
        $schema: GROUPS_JSON_SCHEMA_ID,
        generated: model.today,
        groups: model.groups.map((group) => ({
            slug: group.slug,
            name: group.name,
            city: group.city,
            country: group.country,
            countryName: group.countryName,
            language: group.language,
            timezone: group.timezone ?? null,
            joined: group.joined ?? null,
            website: group.website ?? null,
            codeOfConduct: group.codeOfConduct ?? null,
            page: `groups/${group.slug}.html`,
            calendar: `groups/${group.slug}.ics`,
            azureMeetupsLast12Months: group.recent.length,
            upcomingMeetups: group.upcoming.map((meetup) => ({
                date: meetup.date,
                title: meetup.title,
                azure: meetup.azure,
                url: meetup.url ?? null,
                uid: meetup.uid,
            })),
        })),
    };
}
/** Control characters have no place in iCalendar TEXT (RFC 5545 §3.3.11); line breaks become spaces. */
function plain(value) {
    // eslint-disable-next-line no-control-regex
    return value.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ');
}
/** TEXT as RFC 5545 §3.3.11 writes it: backslash, semicolon and comma escaped. */
function escapeText(value) {
    return value.replace(/[\\;,]/g, (char) => `\\${char}`);
}
function utcDay(date) {
    return new Date((0,dates/* dayNumber */.U$)(date) * 86_400_000);
}
const CALENDAR_END = 'END:VCALENDAR';
/**
 * An iCalendar feed (RFC 5545) of one group's upcoming Azure meetups, as all-day events with
 * stable UIDs. DTSTAMP is the build day, so one registry and one day give the same bytes.
 */
function renderCalendar(name, group, today) {
    const calendar = (0,dist/* default */.Ay)({
        // ical-generator writes a calendar's NAME and X-WR-CALNAME as they are (events' text it
        // escapes): without this, a line break in a group's name would start events of its own.
        name: escapeText(plain(name)),
        prodId: { company: 'Azure Tech Groups', product: 'registry site', language: 'EN' },
    });
    const stamp = utcDay(today);
    for (const meetup of group?.upcoming.filter((entry) => entry.azure) ?? []) {
        calendar.createEvent({
            id: meetup.uid,
            allDay: true,
            start: utcDay(meetup.date),
            end: new Date(utcDay(meetup.date).valueOf() + 86_400_000),
            stamp,
            summary: plain(`${meetup.title} (${group?.name ?? ''})`),
            location: plain([group?.city, group?.countryName]
                .filter((part) => part !== '' && part !== undefined)
                .join(', ')),
            description: plain(`An Azure meetup of ${group?.name ?? ''}.`),
            ...(meetup.url === undefined ? {} : { url: meetup.url }),
        });
    }
    return calendar.toString();
}
/**
 * The feed of every group's upcoming Azure meetups: the events of the groups' own feeds (as
 * ical-generator wrote them, already folded) inside a calendar of its own. ical-generator folds a
 * whole calendar character by character, which for tens of thousands of events in one string
 * grows faster than the number of events; this keeps the build linear, and the events identical
 * to those in the groups' feeds.
 */
function combineCalendars(name, feeds, today) {
    const events = feeds.map((feed) => {
        // The first event starts a line: never a match inside a property's value.
        const start = feed.indexOf('\r\nBEGIN:VEVENT\r\n') + 2;
        if (start === 1)
            return '';
        return feed.slice(start, feed.lastIndexOf(CALENDAR_END));
    });
    const envelope = renderCalendar(name, undefined, today);
    const end = envelope.lastIndexOf(CALENDAR_END);
    return `${envelope.slice(0, end)}${events.join('')}${envelope.slice(end)}`;
}
/** The `$id` of schemas/site-groups.v2.schema.json: groups.v2.json's format. */
const GROUPS_V2_JSON_SCHEMA_ID = 'urn:azure-tech-groups:site:groups:v2';
/**
 * groups.v2.json (schemas/site-groups.v2.schema.json). groups.json (v1) stays as it was: its
 * schema refuses unknown fields, so new ones go here.
 */
function groupsV2Json(model, v1 = groupsJson(model)) {
    return {
        $schema: GROUPS_V2_JSON_SCHEMA_ID,
        generated: v1.generated,
        groups: v1.groups.map((group, i) => {
            const site = model.groups[i];
            return {
                ...group,
                countryPage: /^[A-Z]{2}$/.test(group.country)
                    ? `countries/${group.country.toLowerCase()}.html`
                    : null,
                card: `groups/${group.slug}/card.html`,
                azureMeetupsByMonth: (site?.months ?? []).map(({ month, count }) => ({
                    month,
                    meetups: count,
                })),
            };
        }),
    };
}

;// CONCATENATED MODULE: ./src/site/stats.ts

/** The `$id` of schemas/site-stats.schema.json: the version of stats.json's format. */
const STATS_JSON_SCHEMA_ID = 'urn:azure-tech-groups:site:stats:v1';
/** How many months the meetups-per-month figure covers, ending with the current one. */
const STATS_MONTHS = 24;
/** The numbers from the model. Pure. */
function siteStats(model) {
    const years = new Map();
    const countries = new Map();
    const first = (0,dates/* addMonths */.PS)(model.today, 1 - STATS_MONTHS).slice(0, 7);
    const months = new Map(Array.from({ length: STATS_MONTHS }, (_, i) => [(0,dates/* addMonths */.PS)(`${first}-01`, i).slice(0, 7), 0]));
    let atRisk = 0;
    for (const group of model.groups) {
        const year = group.joined === undefined ? null : Number(group.joined.slice(0, 4));
        years.set(year, (years.get(year) ?? 0) + 1);
        const country = countries.get(group.country) ?? { countryName: group.countryName, groups: 0 };
        country.groups++;
        countries.set(group.country, country);
        for (const day of group.held) {
            const month = day.slice(0, 7);
            const count = months.get(month);
            if (count !== undefined)
                months.set(month, count + 1);
        }
        if (group.atRisk)
            atRisk++;
    }
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    return {
        $schema: STATS_JSON_SCHEMA_ID,
        generated: model.today,
        groups: model.groups.length,
        groupsByJoinedYear: [...years]
            .sort(([a], [b]) => (a ?? Infinity) - (b ?? Infinity))
            .map(([year, groups]) => ({ year, groups })),
        groupsByCountry: [...countries]
            .map(([country, { countryName, groups }]) => ({ country, countryName, groups }))
            .sort((a, b) => b.groups - a.groups || collator.compare(a.countryName, b.countryName)),
        azureMeetupsByMonth: [...months].map(([month, meetups]) => ({ month, meetups })),
        groupsAtRisk: atRisk,
        medianAzureMeetupsPerGroup: median(model.groups.map((group) => group.recent.length)),
    };
}
function median(values) {
    if (values.length === 0)
        return 0;
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1
        ? (sorted[middle] ?? 0)
        : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

;// CONCATENATED MODULE: ./src/site/run-site.ts









/** Where groups.json's schema is published inside the site, beside the data it describes. */
const SCHEMA_PATH = 'schemas/site-groups.v1.schema.json';
/** groups.v2.json's schema and stats.json's, published likewise. */
const SCHEMA_V2_PATH = 'schemas/site-groups.v2.schema.json';
const STATS_SCHEMA_PATH = 'schemas/site-stats.v1.schema.json';
/**
 * `tgr site`: the registry's active groups as of `today` → the public directory (index, one page,
 * card and calendar per group, one page and calendar per country, the stats, groups.json and
 * groups.v2.json with their schemas, meetups.ics and the Atom feeds), read through `disk` and
 * written through `writer`.
 */
async function runSite(options, writer) {
    const files = await (0,registry/* readRegistry */._5)(options.disk, options.root);
    const model = buildSiteModel(files, options.today, options.policy, options.loadPlaces === undefined ? undefined : await options.loadPlaces());
    const written = [];
    const write = async (file, content) => {
        await writer.write(file, content);
        written.push(file);
    };
    await write('index.html', renderIndex(model));
    const feeds = [];
    const countries = new Map();
    for (const group of model.groups) {
        await write(`groups/${group.slug}.html`, renderGroupPage(group));
        await write(`groups/${group.slug}/card.html`, renderCard(group));
        const feed = renderCalendar(`${group.name}: Azure meetups`, group, model.today);
        feeds.push(feed);
        await write(`groups/${group.slug}.ics`, feed);
        if (hasCountryPage(group.country)) {
            const list = countries.get(group.country) ?? [];
            list.push({ group, feed });
            countries.set(group.country, list);
        }
    }
    for (const [code, list] of countries) {
        const groups = list.map(({ group }) => group);
        const cc = code.toLowerCase();
        await write(`countries/${cc}.html`, renderCountryPage(code, groups));
        const name = `${SITE_TITLE}: Azure meetups in ${groups[0]?.countryName ?? code}`;
        await write(`countries/${cc}.ics`, combineCalendars(name, list.map(({ feed }) => feed), model.today));
    }
    const v1 = groupsJson(model);
    await write('groups.json', `${JSON.stringify(v1, null, 2)}\n`);
    await write(SCHEMA_PATH, `${JSON.stringify(site_groups_schema_namespaceObject, null, 2)}\n`);
    await write('groups.v2.json', `${JSON.stringify(groupsV2Json(model, v1), null, 2)}\n`);
    await write(SCHEMA_V2_PATH, `${JSON.stringify(site_groups_v2_schema_namespaceObject, null, 2)}\n`);
    const stats = siteStats(model);
    await write('stats.html', renderStatsPage(stats));
    await write('stats.json', `${JSON.stringify(stats, null, 2)}\n`);
    await write(STATS_SCHEMA_PATH, `${JSON.stringify(site_stats_schema_namespaceObject, null, 2)}\n`);
    await write('meetups.ics', combineCalendars(`${SITE_TITLE}: Azure meetups`, feeds, model.today));
    await write('groups.atom', renderGroupsAtom(model));
    await write('meetups.atom', renderMeetupsAtom(model));
    return { groups: model.groups.length, files: written };
}

// EXTERNAL MODULE: ./src/cli/options.ts
var cli_options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/registry-root.ts
var registry_root = __webpack_require__(3084);
;// CONCATENATED MODULE: ./src/cli/commands/site.ts









/** `tgr site`: argv → options → runSite into a staged folder → swapped into place → exit code. */
async function siteCommand(args, io) {
    const { values, positionals } = (0,cli_options/* parse */.qg)(args, {
        out: { type: 'string', default: '_site' },
        today: { type: 'string' },
        config: { type: 'string' },
    });
    if (positionals.length > 0)
        throw new cli_options/* UsageError */.eb('tgr site takes no PATH: it publishes every active group');
    const today = (0,cli_options/* todayOption */.RD)(values.today, io);
    if (values.out.trim() === '')
        throw new cli_options/* UsageError */.eb('--out needs a folder');
    const { root, policy } = (0,registry_root/* openRegistry */.Me)(values.config, io);
    const disk = (0,registry_disk/* registryDisk */.v)();
    if ((await (0,registry/* listRegistry */.Iw)(disk, root)).length === 0) {
        throw new cli_options/* NothingToCheckError */.Pz(`nothing to publish: the registry's ${registry/* GROUPS_DIR */.hW}/ folder (${external_node_path_default().join(root, registry/* GROUPS_DIR */.hW)}) holds no group file (.yaml)`);
    }
    const out = external_node_path_default().resolve(io.cwd, values.out);
    if (out === root || root.startsWith(out + (external_node_path_default()).sep) || out === external_node_path_default().join(root, registry/* GROUPS_DIR */.hW))
        throw new cli_options/* UsageError */.eb(`--out ${values.out} would replace the registry itself`);
    const refused = refuseOut(out);
    if (refused !== undefined)
        throw new cli_options/* UsageError */.eb(`--out ${values.out} ${refused}`);
    const writer = stagedFolderWriter(out);
    let outcome;
    try {
        outcome = await runSite({ root, disk, today, policy, loadPlaces: places/* loadPlaceIndex */.G }, writer);
        writer.commit();
    }
    catch (error) {
        writer.discard();
        throw error;
    }
    io.stdout(`Wrote ${outcome.files.length} files for ${outcome.groups} active group${outcome.groups === 1 ? '' : 's'} to ${(0,report_escape/* escapeLogText */.dD)(external_node_path_default().relative(io.cwd, out) || '.')}\n`);
    return cli_options/* EXIT */.dc.ok;
}


/***/ }),

/***/ 1152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ov: () => (/* binding */ monthlyCounts)
/* harmony export */ });
/* unused harmony exports renderPicture, renderSparkline */
/* harmony import */ var _core_dates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(194);

/** Counted Azure meetups per month, for the twelve months that end with the month of `today`. */
function monthlyCounts(cadence) {
    const months = Array.from({ length: 12 }, (_, i) => (0,_core_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .monthOf */ .GS)((0,_core_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .addMonths */ .PS)(firstOfMonth(cadence.today), i - 11)));
    const counts = new Map(months.map((month) => [month, 0]));
    for (const meetup of cadence.counted) {
        const month = (0,_core_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .monthOf */ .GS)(meetup.date);
        const count = counts.get(month);
        if (count !== undefined)
            counts.set(month, count + 1);
    }
    return months.map((month) => ({ month, count: counts.get(month) ?? 0 }));
}
function firstOfMonth(date) {
    return `${(0,_core_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .monthOf */ .GS)(date)}-01`;
}
/** A two-row Markdown table: month names in the reader's language over the counts (· for none). */
function renderPicture(counts, locale) {
    const names = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
    const header = counts.map(({ month }) => names.format(new Date(`${month}-01T00:00:00Z`)).replace(/\.$/, ''));
    const cells = counts.map(({ count }) => count === 0 ? '·' : '█'.repeat(Math.min(count, 4)) + (count > 4 ? `${count}` : ''));
    return [
        `| ${header.join(' | ')} |`,
        `|${counts.map(() => ':-:').join('|')}|`,
        `| ${cells.join(' | ')} |`,
    ].join('\n');
}
/** The same picture on one line of plain text, for logs and the text dashboard. */
function renderSparkline(counts) {
    const bars = ' ▁▃▅▇█';
    return counts.map(({ count }) => bars[Math.min(count, bars.length - 1)] ?? '█').join('');
}


/***/ })

};
