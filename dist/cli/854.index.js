export const id = 854;
export const ids = [854];
export const modules = {

/***/ 4854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  serveFeedParsing: () => (/* binding */ serveFeedParsing)
});

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./node_modules/ical.js/dist/ical.js
var ical = __webpack_require__(9571);
// EXTERNAL MODULE: ./src/sync/port.ts
var sync_port = __webpack_require__(5172);
;// CONCATENATED MODULE: ./src/sync/feed.ts


/** Steps through one recurring event at most this often, so a daily rule from 1970 cannot spin. */
const MAX_RECURRENCE_STEPS = 5000;
/**
 * Steps through all the recurring events of one feed at most this often: a small feed of many
 * endless rules must not keep the sync of every other group waiting.
 */
const MAX_FEED_STEPS = 20_000;
const DEFAULT_MAX_EVENTS = 5000;
/** Reads an iCalendar feed with ical.js. Throws FeedParseError when it is not iCalendar. */
function parseFeed(text, options) {
    let calendar;
    try {
        const parsed = ical/* default */.A.parse(text);
        // A feed is one VCALENDAR; some servers send several, which ical.js returns as a list.
        const first = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed;
        calendar = new ical/* default */.A.Component(first);
    }
    catch (error) {
        throw new sync_port/* FeedParseError */.u(`not an iCalendar feed (${messageOf(error)})`);
    }
    if (calendar.name !== 'vcalendar')
        throw new sync_port/* FeedParseError */.u('not an iCalendar feed (no VCALENDAR)');
    const zones = new Map();
    for (const component of calendar.getAllSubcomponents('vtimezone')) {
        const tzid = component.getFirstPropertyValue('tzid');
        if (typeof tzid === 'string')
            zones.set(tzid, new ical/* default */.A.Timezone(component));
    }
    const context = {
        ...options,
        zones,
        maxEvents: options.maxEvents ?? DEFAULT_MAX_EVENTS,
        stepsLeft: MAX_FEED_STEPS,
        partial: false,
    };
    // Masters and their exceptions (same UID, with RECURRENCE-ID) belong together.
    const masters = new Map();
    const exceptions = new Map();
    const loose = [];
    for (const component of calendar.getAllSubcomponents('vevent')) {
        // Written into the group file: no control, format or line-separator character (a direction
        // override, U+0085, U+2028) may come with it.
        const uid = textOf(component.getFirstPropertyValue('uid')).replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '');
        if (uid === '')
            loose.push(component);
        else if (component.hasProperty('recurrence-id')) {
            exceptions.set(uid, [...(exceptions.get(uid) ?? []), component]);
        }
        else if (!masters.has(uid))
            masters.set(uid, component);
    }
    const events = [];
    const days = [];
    const add = (event) => {
        if (events.length >= context.maxEvents) {
            context.partial = true;
            return;
        }
        days.push(event.date);
        events.push(event);
    };
    try {
        for (const [uid, master] of masters) {
            const own = exceptions.get(uid) ?? [];
            exceptions.delete(uid);
            readEvent(new ical/* default */.A.Event(master, { exceptions: own }), uid, context, add);
        }
        // Exceptions whose master is not in the feed (a truncated feed): each is its own occurrence.
        for (const [uid, list] of exceptions) {
            for (const component of list)
                single(new ical/* default */.A.Event(component), uid, context, add, true);
        }
        for (const component of loose)
            single(new ical/* default */.A.Event(component), undefined, context, add, false);
    }
    catch (error) {
        throw new sync_port/* FeedParseError */.u(`an event could not be read (${messageOf(error)})`);
    }
    days.sort();
    const [from] = days;
    const to = days.at(-1);
    const covers = from === undefined || to === undefined || context.partial ? undefined : { from, to };
    return { events, covers };
}
function readEvent(event, uid, context, add) {
    if (!event.isRecurring()) {
        single(event, uid, context, add, false);
        return;
    }
    const iterator = event.iterator();
    for (let step = 0;; step++) {
        if (step >= MAX_RECURRENCE_STEPS || context.stepsLeft <= 0) {
            context.partial = true;
            return;
        }
        context.stepsLeft--;
        // ical.js ends a finite rule with undefined, though its types say Time.
        const next = iterator.next();
        if (!next)
            return;
        // Its declared type refers to a name ical.js does not export.
        const details = event.getOccurrenceDetails(next);
        const date = localDate(details.startDate, details.item.component, context);
        if (date === undefined)
            continue;
        // Expansion follows the original start; a moved occurrence still ends the loop by its slot.
        const slot = localDate(next, event.component, context);
        if (slot !== undefined && slot > context.to && date > context.to)
            return;
        if (date < context.from || date > context.to)
            continue;
        add(occurrence(details.item, `${uid}#${next.toString()}`, date));
    }
}
function single(event, uid, context, add, exception) {
    const date = localDate(event.startDate, event.component, context);
    if (date === undefined)
        return;
    const id = uid !== undefined && exception && event.component.hasProperty('recurrence-id')
        ? `${uid}#${event.recurrenceId.toString()}`
        : uid;
    add(occurrence(event, id, date));
}
function occurrence(event, uid, date) {
    const status = textOf(event.component.getFirstPropertyValue('status')).toUpperCase();
    const url = textOf(event.component.getFirstPropertyValue('url')).trim();
    return {
        uid,
        date,
        title: cleanText(textOf(event.summary)),
        description: cleanText(textOf(event.description)).slice(0, 20_000),
        url: meetupPage(url),
        cancelled: status === 'CANCELLED',
    };
}
/**
 * The day an event starts on in the group's time zone. All-day events keep their date; UTC times
 * and times with a TZID are placed on the time line first (the TZID by the IANA database when it
 * names an IANA zone, else by the feed's VTIMEZONE); floating times are the group's local time.
 */
function localDate(time, component, context) {
    if (!time)
        return undefined;
    const wall = plainDate(time.year, time.month, time.day);
    if (time.isDate)
        return wall;
    if (time.zone === ical/* default */.A.Timezone.utcTimezone || time.zone.tzid === 'UTC') {
        return dateIn(Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second), context.timeZone);
    }
    const tzid = tzidOf(component);
    if (tzid === undefined)
        return wall;
    const zoneName = ianaName(tzid);
    if (zoneName !== undefined) {
        return dateIn(wallClockInstant(time, zoneName), context.timeZone);
    }
    const vtimezone = context.zones.get(tzid);
    if (vtimezone !== undefined) {
        const placed = ical/* default */.A.Time.fromData({
            year: time.year,
            month: time.month,
            day: time.day,
            hour: time.hour,
            minute: time.minute,
            second: time.second,
            isDate: false,
        }, vtimezone);
        return dateIn(placed.toUnixTime() * 1000, context.timeZone);
    }
    // A TZID nobody defines: read as the group's own local time, the likeliest meaning.
    return wall;
}
function tzidOf(component) {
    const parameter = component.getFirstProperty('dtstart')?.getParameter('tzid');
    const value = Array.isArray(parameter) ? parameter[0] : parameter;
    return typeof value === 'string' && value !== '' ? value : undefined;
}
const ianaNames = new Map();
/** The IANA name behind a TZID (Outlook writes `/Europe/Amsterdam` or quotes it), if Node knows it. */
function ianaName(tzid) {
    if (ianaNames.has(tzid))
        return ianaNames.get(tzid);
    const name = tzid.replace(/^\/+/, '').replace(/^"|"$/g, '');
    let found;
    try {
        found = new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
    }
    catch {
        found = undefined;
    }
    // Bounded: a feed may name any number of made-up zones.
    if (ianaNames.size < 1000)
        ianaNames.set(tzid, found);
    return found;
}
/** Characters RFC 3986 allows in a URI: the schema's `uri` format accepts nothing else. */
const URI_CHARACTERS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;
/**
 * An event's page as a meetup may carry it: a full http(s) address the schema accepts, in the
 * URL's normal form (`HTTPS://X` is `https://x/`). Anything else is dropped, and the uid alone
 * identifies the event: one odd link must not keep a group's file from being synced.
 */
function meetupPage(value) {
    if (!URL.canParse(value))
        return undefined;
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return undefined;
    if (url.username !== '' || url.password !== '' || url.hostname === '')
        return undefined;
    return URI_CHARACTERS.test(url.href) ? url.href : undefined;
}
/** The instant of a wall-clock time in an IANA zone (a time skipped by a DST change moves forward). */
function wallClockInstant(time, zone) {
    const guess = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
    const first = guess - offsetAt(guess, zone);
    const second = guess - offsetAt(first, zone);
    return second;
}
const formatters = new Map();
function formatter(zone) {
    let found = formatters.get(zone);
    if (!found) {
        found = new Intl.DateTimeFormat('en-US', {
            timeZone: zone,
            hourCycle: 'h23',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
        });
        formatters.set(zone, found);
    }
    return found;
}
function partsAt(instant, zone) {
    const parts = {};
    for (const part of formatter(zone).formatToParts(instant)) {
        if (part.type !== 'literal')
            parts[part.type] = Number(part.value);
    }
    return parts;
}
function offsetAt(instant, zone) {
    const p = partsAt(instant, zone);
    const asUtc = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
    return asUtc - (instant - (instant % 1000));
}
/** The calendar day of an instant in a zone. */
function dateIn(instant, zone) {
    const p = partsAt(instant, zone);
    return plainDate(p.year ?? 0, p.month ?? 1, p.day ?? 1);
}
function plainDate(year, month, day) {
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
function textOf(value) {
    return typeof value === 'string' ? value : '';
}
/** Text from the internet as one line: no control, format or bidi characters, single spaces. */
function cleanText(text) {
    return (text
        .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
        .normalize('NFC')
        // Joiners stay (they hold emoji and some scripts together); direction marks and controls go.
        .replace(/[\p{Cc}\p{Zl}\p{Zp}\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]+/gu, ' ')
        .replace(/\s+/gu, ' ')
        .trim());
}
function messageOf(error) {
    const text = error instanceof Error ? error.message : String(error);
    return cleanText(text).slice(0, 200);
}

;// CONCATENATED MODULE: ./src/sync/feed-thread-worker.ts



/**
 * The feed parser thread's side (see feed-thread.ts): reads each feed it is sent with parseFeed
 * and answers with the result or the feed's error. It stays until the main thread stops it.
 */
function serveFeedParsing() {
    const port = external_node_worker_threads_.parentPort;
    if (port === null)
        throw new Error('serveFeedParsing runs only in a worker thread');
    port.on('message', (job) => {
        let answer;
        try {
            answer = { kind: 'parsed', id: job.id, feed: parseFeed(job.text, job.options) };
        }
        catch (error) {
            answer = {
                kind: 'failed',
                id: job.id,
                feed: error instanceof sync_port/* FeedParseError */.u,
                message: error instanceof Error ? error.message : String(error),
            };
        }
        port.postMessage(answer);
    });
    const ready = { kind: 'ready' };
    port.postMessage(ready);
}


/***/ })

};
