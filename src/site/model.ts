import { createHash } from 'node:crypto';
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { addMonths, isPlainDate, type PlainDate } from '../core/dates.js';
import {
  assessCadence,
  findDuplicateMeetups,
  projectShortfall,
  readMeetups,
  type Meetup,
} from '../core/meetups.js';
import { SLUG } from '../core/names.js';
import { placeOf, type PlaceIndex } from '../core/places.js';
import type { Policy } from '../core/policy.js';
import { asText, field } from '../core/read.js';
import type { GroupFile } from '../load/group-file.js';
import { monthlyCounts, type MonthCount } from '../report/picture.js';

countries.registerLocale(english);

/**
 * What the public site shows: the registry's active groups as of one day, reduced to what a
 * visitor may see. Leaders (their names, GitHub handles, Tech Community IDs and terms dates),
 * waivers and fees never enter the model, so no renderer can leak them.
 */
export interface SiteModel {
  /** The day the site describes: meetups on or after it are upcoming. */
  today: PlainDate;
  /** Sorted by country name, then city, then name. */
  groups: SiteGroup[];
}

export interface SiteGroup {
  /** From the file name (which the registry keeps unique): lowercase letters, digits, hyphens. */
  slug: string;
  name: string;
  city: string;
  /** ISO 3166-1 alpha-2, upper case, as the file gives it. */
  country: string;
  /** The country's English short name from i18n-iso-countries; the code when it knows none. */
  countryName: string;
  language: string;
  /** The language's English name (Intl.DisplayNames); the tag when it has none. */
  languageName: string;
  timezone: string | undefined;
  joined: PlainDate | undefined;
  /** Only http(s) links that parse, without credentials; undefined otherwise (shown unlinked). */
  website: string | undefined;
  codeOfConduct: string | undefined;
  /** Meetups on or after `today`, not cancelled, Azure or not, by date. */
  upcoming: SiteMeetup[];
  /** The Azure meetups that count for the last 12 months (the audit's own count), by date. */
  recent: SiteMeetup[];
  /** Counted Azure meetups per month, the twelve months ending with this one. */
  months: MonthCount[];
  /**
   * Days of the Azure meetups held (not cancelled, not repeated) from the first day of the month
   * 23 months back until today: the stats' 24 months.
   */
  held: PlainDate[];
  /**
   * Below the program's minimum today, or will be within `policy.meetups.atRiskDays` unless it
   * holds another Azure meetup (the audit's own reckoning). Only the stats show it, as a count.
   */
  atRisk: boolean;
  /** Where the group meets (its own `location`, else its city), when it can be placed. */
  place?: { lat: number; lon: number };
}

export interface SiteMeetup {
  date: PlainDate;
  title: string;
  azure: boolean;
  url: string | undefined;
  /** The event's iCalendar UID: see `meetupUid`. */
  uid: string;
}

/** Builds the model from the parsed registry. Pure: no I/O; unreadable and inactive files are left out. */
export function buildSiteModel(
  files: readonly GroupFile[],
  today: PlainDate,
  policy: Policy,
  /** Without it no group is placed on the map. */
  places?: PlaceIndex,
): SiteModel {
  const groups: SiteGroup[] = [];
  const slugs = new Set<string>();
  for (const file of files) {
    const group = siteGroup(file, today, policy, places);
    if (group === undefined || slugs.has(group.slug)) continue;
    slugs.add(group.slug);
    groups.push(group);
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  groups.sort(
    (a, b) =>
      collator.compare(a.countryName, b.countryName) ||
      collator.compare(a.city, b.city) ||
      collator.compare(a.name, b.name) ||
      (a.slug < b.slug ? -1 : 1),
  );
  return { today, groups };
}

function slugOf(file: GroupFile): string | undefined {
  const base = (file.registryPath ?? file.path).split('/').pop() ?? '';
  const slug = base.replace(/\.ya?ml$/, '');
  return SLUG.test(slug) ? slug : undefined;
}

function siteGroup(
  file: GroupFile,
  today: PlainDate,
  policy: Policy,
  places: PlaceIndex | undefined,
): SiteGroup | undefined {
  if (!file.content.ok) return undefined;
  const data = file.content.data;
  const slug = slugOf(file);
  const name = asText(field(data, 'name'));
  if (field(data, 'status') !== 'active' || slug === undefined || name === undefined)
    return undefined;
  const country = (asText(field(data, 'country')) ?? '').trim().toUpperCase();
  const language = (asText(field(data, 'language')) ?? '').trim();
  const joined = field(data, 'joined');
  const meetups = readMeetups(data);
  const uids = meetupUids(slug, meetups);
  const toSite = (meetup: Meetup): SiteMeetup => ({
    date: meetup.date,
    title: meetup.title,
    azure: meetup.azure,
    url: safeUrl(meetup.url),
    uid: uids.get(meetup) ?? '',
  });
  const cadence = assessCadence(data, today, policy);
  return {
    slug,
    name,
    city: asText(field(data, 'city')) ?? '',
    country,
    countryName: countryName(country),
    language,
    languageName: languageName(language),
    timezone: asText(field(data, 'timezone')),
    joined: isPlainDate(joined) ? joined : undefined,
    website: safeUrl(field(data, 'website')),
    codeOfConduct: safeUrl(field(data, 'codeOfConduct')),
    upcoming: meetups
      .filter((meetup) => !meetup.cancelled && meetup.date >= today)
      .sort(byDate)
      .map(toSite),
    recent: [...cadence.counted].sort(byDate).map(toSite),
    months: monthlyCounts(cadence),
    held: heldSince(meetups, `${addMonths(today, -23).slice(0, 7)}-01`, today),
    atRisk:
      cadence.counted.length < cadence.required ||
      projectShortfall(data, today, policy) !== undefined,
    ...placeAt(places === undefined ? undefined : placeOf(data, places)),
  };
}

function heldSince(meetups: readonly Meetup[], from: PlainDate, today: PlainDate): PlainDate[] {
  const repeated = new Set(findDuplicateMeetups(meetups).map(({ duplicate }) => duplicate));
  return meetups
    .filter(
      (meetup) =>
        meetup.azure &&
        !meetup.cancelled &&
        !repeated.has(meetup) &&
        meetup.date >= from &&
        meetup.date <= today,
    )
    .map((meetup) => meetup.date)
    .sort();
}

/** Only the coordinates: a place's dataset name is not the group's to show. */
function placeAt(place: { lat: number; lon: number } | undefined): Pick<SiteGroup, 'place'> {
  return place === undefined ? {} : { place: { lat: place.lat, lon: place.lon } };
}

function byDate(a: Meetup, b: Meetup): number {
  return a.day - b.day || a.index - b.index;
}

/** The English name of an ISO 3166-1 alpha-2 code, or the code itself when there is none. */
export function countryName(code: string): string {
  return (/^[A-Z]{2}$/.test(code) ? countries.getName(code, 'en') : undefined) ?? code;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
const languageCache = new Map<string, string>();

export function languageName(tag: string): string {
  let name = languageCache.get(tag);
  if (name === undefined) {
    try {
      name = languageNames.of(tag) ?? tag;
    } catch {
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
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001F\u007F-\u009F]/.test(text) || !URL.canParse(text)) return undefined;
  const url = new URL(text);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return undefined;
  // The WHATWG URL keeps a few characters RFC 3986 forbids (`|`, `^`, `{`, `}`, `[`, `]`, a
  // backquote) in the path, query and fragment: encode them, so groups.json meets its own
  // schema's `uri` format.
  return `${url.origin}${encodeUnsafe(url.pathname)}${encodeUnsafe(url.search)}${encodeUnsafe(url.hash)}`;
}

function encodeUnsafe(part: string): string {
  return part.replace(/[|^{}[\]`]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The domain part of every UID the site writes. */
export const UID_DOMAIN = 'azure-tech-groups.registry';

/**
 * Stable iCalendar UIDs, so a subscribed calendar updates an event instead of adding a second
 * one. A meetup with a page is `<slug>-<first 16 hex digits of SHA-256 of its URL>@…`: it keeps
 * its UID when its date or title changes. One without is `<slug>-<date>@…`, with `-2`, `-3`… for
 * further meetups without a page on that day, in file order. (When meetups carry a `uid` of their
 * own, from a feed they were synced from, that will be preferred.)
 */
export function meetupUids(slug: string, meetups: readonly Meetup[]): Map<Meetup, string> {
  const uids = new Map<Meetup, string>();
  const perDay = new Map<string, number>();
  const taken = new Set<string>();
  for (const meetup of meetups) {
    const page = safeUrl(meetup.url);
    let local: string;
    if (page !== undefined) {
      local = `${slug}-${createHash('sha256').update(page).digest('hex').slice(0, 16)}`;
    } else {
      const n = (perDay.get(meetup.date) ?? 0) + 1;
      perDay.set(meetup.date, n);
      local = `${slug}-${meetup.date}${n === 1 ? '' : `-${n}`}`;
    }
    // Two entries for one page (a duplicate the rules report) still get distinct UIDs.
    let uid = `${local}@${UID_DOMAIN}`;
    for (let i = 2; taken.has(uid); i++) uid = `${local}-${i}@${UID_DOMAIN}`;
    taken.add(uid);
    uids.set(meetup, uid);
  }
  return uids;
}

/** Meetups soonest first, then by uid: one order for every list and feed of upcoming meetups. */
export function bySoonest(a: { meetup: SiteMeetup }, b: { meetup: SiteMeetup }): number {
  if (a.meetup.date !== b.meetup.date) return a.meetup.date < b.meetup.date ? -1 : 1;
  return a.meetup.uid < b.meetup.uid ? -1 : 1;
}
