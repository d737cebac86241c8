export const id = 824;
export const ids = [824];
export const modules = {

/***/ 5824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  siteCommand: () => (/* binding */ siteCommand)
});

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
    return {
        write: (file, content) => {
            const target = external_node_path_default().resolve(staging, file);
            if (!target.startsWith(staging + (external_node_path_default()).sep))
                return Promise.reject(new Error(`not inside the site: ${file}`));
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(target), { recursive: true });
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
// EXTERNAL MODULE: ./node_modules/ical-generator/dist/index.mjs
var dist = __webpack_require__(6182);
// EXTERNAL MODULE: ./src/core/dates.ts
var dates = __webpack_require__(194);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/i18n-iso-countries/entry-node.js
var entry_node = __webpack_require__(204);
var entry_node_default = /*#__PURE__*/__webpack_require__.n(entry_node);
// EXTERNAL MODULE: ./node_modules/i18n-iso-countries/langs/en.json
var en = __webpack_require__(1038);
// EXTERNAL MODULE: ./src/core/meetups.ts
var core_meetups = __webpack_require__(9280);
// EXTERNAL MODULE: ./src/core/names.ts + 1 modules
var names = __webpack_require__(2889);
// EXTERNAL MODULE: ./src/core/read.ts
var read = __webpack_require__(3455);
// EXTERNAL MODULE: ./src/report/picture.ts
var picture = __webpack_require__(1152);
;// CONCATENATED MODULE: ./src/site/model.ts








entry_node_default().registerLocale(en);
/** Builds the model from the parsed registry. Pure: no I/O; unreadable and inactive files are left out. */
function buildSiteModel(files, today, policy) {
    const groups = [];
    const slugs = new Set();
    for (const file of files) {
        const group = siteGroup(file, today, policy);
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
function siteGroup(file, today, policy) {
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
    };
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
    return value
        .replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char)
        .replace(TRICKS, (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`);
}
/** A link built only from a URL `safeUrl` accepted (or a relative path the site itself made). */
function html_link(url, label, attributes = '') {
    return `<a href="${html_text(url)}"${attributes}>${html_text(label)}</a>`;
}
/** A URL shown as a short label: its host and path, without the scheme or a trailing slash. */
function shortUrl(url) {
    return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
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
/** Every country of Natural Earth's 1:110m map (world-atlas), projected once per process. */
function worldShapes() {
    if (shapes)
        return shapes;
    const topology = countries_110m;
    const all = (0,topojson_client.feature)(topology, topology.objects.countries);
    // Antarctica holds no user group and would take a fifth of the height.
    all.features = all.features.filter((country) => country.id !== '010');
    const projection = (0,d3_geo/* geoEqualEarth */.om)().fitSize([WIDTH, HEIGHT], all);
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
 * SVG. Countries too small for this scale (Singapore, Malta…) do not show; the list does.
 */
function renderWorldMap(counts, names) {
    const paths = worldShapes()
        .map(({ code, d }) => {
        const count = code === undefined ? 0 : (counts.get(code) ?? 0);
        if (count === 0)
            return `<path d="${d}"/>`;
        const label = `${names(code ?? '')}: ${count} group${count === 1 ? '' : 's'}`;
        return `<path d="${d}" fill="${shadeOf(count)}"><title>${html_text(label)}</title></path>`;
    })
        .join('');
    return `<svg class="map" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="World map shaded by the number of groups in each country" fill="${SHADES[0]}" stroke="#fff" stroke-width=".5">${paths}</svg>`;
}

;// CONCATENATED MODULE: ./src/site/pages.ts





const SITE_TITLE = 'Azure Tech Groups';
const STYLE = `*{box-sizing:border-box}body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:0 1rem;color:#1a1a1a;background:#fff}a{color:#0a4f9e}a:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #c25400;outline-offset:2px}[hidden]{display:none!important}header,footer{padding:1rem 0}figure{margin:1rem 0}footer{border-top:1px solid #ccc;margin-top:2rem;font-size:.9rem}.map,.chart{width:100%;height:auto}.chart{max-width:32rem}form{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;margin:1rem 0}form label{display:flex;flex-direction:column;font-size:.9rem}input,select{font:inherit;padding:.3rem}ul.g{padding:0;list-style:none}ul.g li{padding:.3rem 0;border-bottom:1px solid #eee}.legend{display:flex;flex-wrap:wrap;gap:.2rem 1rem;padding:0;list-style:none;font-size:.9rem}.legend span{display:inline-block;width:1em;height:1em;margin-right:.3em;vertical-align:-.1em;border:1px solid #999}${SHADES.map((shade, i) => `.s${i}{background:${shade}}`).join('')}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}`;
/**
 * The index's only script: it enhances the list that is already there (search as you type, and
 * the country and language filters). Without it the page shows every group.
 */
const SCRIPT = `(()=>{const f=document.getElementById('f'),q=document.getElementById('q'),c=document.getElementById('c'),l=document.getElementById('l'),n=document.getElementById('n'),s=[...document.querySelectorAll('section[data-c]')],r=s.flatMap(e=>[...e.querySelectorAll('li')].map(i=>({e,i,t:(i.textContent+' '+e.querySelector('h3').textContent).toLowerCase()})));f.hidden=false;const go=()=>{const w=q.value.toLowerCase().split(/\\s+/).filter(Boolean),v=new Set;let k=0;for(const x of r){const ok=(!c.value||x.e.dataset.c===c.value)&&(!l.value||x.i.dataset.l===l.value)&&w.every(y=>x.t.includes(y));x.i.hidden=!ok;if(ok){k++;v.add(x.e)}}for(const e of s)e.hidden=!v.has(e);n.textContent=k===r.length?r.length+' groups':k+' of '+r.length+' groups shown'};f.addEventListener('input',go);f.addEventListener('submit',e=>e.preventDefault());go()})();`;
function sha256(source) {
    return `'sha256-${(0,external_node_crypto_.createHash)('sha256').update(source).digest('base64')}'`;
}
/**
 * Nothing loads from anywhere: no other origin, not even this one. The inline style and script
 * are allowed by their hashes, so markup that slipped through escaping could still run nothing.
 */
const CSP = `default-src 'none'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
function page(options) {
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta http-equiv="Content-Security-Policy" content="${CSP}"><meta name="referrer" content="no-referrer"><title>${html_text(options.title)}</title><style>${STYLE}</style></head><body><header><a href="${options.home}">${SITE_TITLE}</a></header>${options.body}<footer><p>Generated from the Azure Tech Groups registry. Data: <a href="${options.home.replace('index.html', 'groups.json')}">groups.json</a>; calendar: <a href="${options.home.replace('index.html', 'meetups.ics')}">meetups.ics</a>.</p></footer>${options.script ? `<script>${SCRIPT}</script>` : ''}</body></html>\n`;
}
function time(date) {
    return `<time>${html_text(date)}</time>`;
}
function nextMeetup(group) {
    return group.upcoming[0];
}
function indexRow(group) {
    const next = nextMeetup(group);
    const website = group.website === undefined ? '' : ` · ${html_link(group.website, 'website')}`;
    return `<li data-l="${html_text(group.language)}">${html_link(`groups/${group.slug}.html`, group.name)} · ${html_text(group.city)} · ${html_text(group.languageName)}${website}${next === undefined ? '' : ` · next ${html_text(next.date)}`}</li>`;
}
function options(values, all) {
    return [`<option value="">${all}</option>`]
        .concat([...values].map(([value, label]) => `<option value="${html_text(value)}">${html_text(label)}</option>`))
        .join('');
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
    const countryNames = new Map([...byCountry].map(([code, groups]) => [code, groups[0]?.countryName ?? code]));
    const languages = new Map(model.groups
        .map((group) => [group.language, group.languageName])
        .sort((a, b) => a[1].localeCompare(b[1], 'en')));
    const sections = [...byCountry]
        .map(([code, groups]) => `<section data-c="${html_text(code)}"><h3>${html_text(countryNames.get(code) ?? code)}</h3><ul class="g">${groups.map(indexRow).join('')}</ul></section>`)
        .join('');
    const legend = ['none', '1', '2–3', '4–9', '10 or more']
        .map((label, i) => `<li><span class="s${i}"></span>${label}</li>`)
        .join('');
    const total = model.groups.length;
    const body = `<main><h1>${SITE_TITLE}: the directory</h1><p>Local Azure user groups in the Azure Tech Groups program: ${total} active group${total === 1 ? '' : 's'} in ${byCountry.size} countr${byCountry.size === 1 ? 'y' : 'ies'}, as of ${time(model.today)}.</p><figure><h2>Where the groups are</h2>${renderWorldMap(counts, (code) => countryNames.get(code) ?? countryName(code))}<figcaption>Groups per country:<ul class="legend">${legend}</ul></figcaption></figure><h2>Groups</h2><form id="f" role="search" hidden><label>Search<input type="search" id="q" autocomplete="off"></label><label>Country<select id="c">${options(countryNames, 'All countries')}</select></label><label>Language<select id="l">${options(languages, 'All languages')}</select></label></form><p id="n" role="status">${total} groups</p>${sections}</main>`;
    return page({ title: `${SITE_TITLE} directory`, body, home: 'index.html', script: true });
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
    const body = `<main><h1>${html_text(group.name)}</h1><dl>${detail('City', html_text(group.city))}${detail('Country', html_text(group.countryName))}${detail('Language', html_text(group.languageName))}${detail('Time zone', group.timezone === undefined ? undefined : html_text(group.timezone))}${detail('In the program since', group.joined === undefined ? undefined : time(group.joined))}${detail('Website', group.website === undefined ? undefined : html_link(group.website, shortUrl(group.website)))}${detail('Code of conduct', group.codeOfConduct === undefined ? undefined : html_link(group.codeOfConduct, shortUrl(group.codeOfConduct)))}</dl><h2>Upcoming meetups</h2>${meetupList(group.upcoming, 'No meetups planned yet.')}<p>${html_link(`${group.slug}.ics`, 'Subscribe to this group’s Azure meetups (iCalendar)')}</p><h2>Azure meetups in the last 12 months</h2><p>${counted} Azure meetup${counted === 1 ? '' : 's'} held.</p>${renderMonthChart(group.months)}${meetupList([...group.recent].reverse(), 'None in the last 12 months.')}<p><a href="../index.html">All groups</a></p></main>`;
    return page({
        title: `${group.name}: ${SITE_TITLE}`,
        body,
        home: '../index.html',
        script: false,
    });
}

;// CONCATENATED MODULE: ./src/site/run-site.ts





/** Where groups.json's schema is published inside the site, beside the data it describes. */
const SCHEMA_PATH = 'schemas/site-groups.v1.schema.json';
/**
 * `tgr site`: the registry's active groups as of `today` → the public directory (index, one page
 * and one calendar per group, groups.json with its schema, meetups.ics), read through `disk` and written through `writer`.
 */
async function runSite(options, writer) {
    const files = await (0,registry/* readRegistry */._5)(options.disk, options.root);
    const model = buildSiteModel(files, options.today, options.policy);
    const written = [];
    const write = async (file, content) => {
        await writer.write(file, content);
        written.push(file);
    };
    await write('index.html', renderIndex(model));
    const feeds = [];
    for (const group of model.groups) {
        await write(`groups/${group.slug}.html`, renderGroupPage(group));
        const feed = renderCalendar(`${group.name}: Azure meetups`, group, model.today);
        feeds.push(feed);
        await write(`groups/${group.slug}.ics`, feed);
    }
    await write('groups.json', `${JSON.stringify(groupsJson(model), null, 2)}\n`);
    await write(SCHEMA_PATH, `${JSON.stringify(site_groups_schema_namespaceObject, null, 2)}\n`);
    await write('meetups.ics', combineCalendars(`${SITE_TITLE}: Azure meetups`, feeds, model.today));
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
        outcome = await runSite({ root, disk, today, policy }, writer);
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
