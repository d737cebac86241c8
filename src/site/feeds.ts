import ical from 'ical-generator';
import { dayNumber, type PlainDate } from '../core/dates.js';
import type { SiteGroup, SiteMeetup, SiteModel } from './model.js';

/** The `$id` of schemas/site-groups.schema.json: the version of groups.json's format. */
export const GROUPS_JSON_SCHEMA_ID = 'urn:azure-tech-groups:site:groups:v1';

export interface GroupsJson {
  $schema: string;
  generated: PlainDate;
  groups: GroupJson[];
}

export interface GroupJson {
  slug: string;
  name: string;
  city: string;
  country: string;
  countryName: string;
  language: string;
  timezone: string | null;
  joined: PlainDate | null;
  website: string | null;
  codeOfConduct: string | null;
  page: string;
  calendar: string;
  azureMeetupsLast12Months: number;
  upcomingMeetups: Array<{
    date: PlainDate;
    title: string;
    azure: boolean;
    url: string | null;
    uid: string;
  }>;
}

/** groups.json: the active groups as data, in the site's order (schemas/site-groups.schema.json). */
export function groupsJson(model: SiteModel): GroupsJson {
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
function plain(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ');
}

/** TEXT as RFC 5545 §3.3.11 writes it: backslash, semicolon and comma escaped. */
function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (char) => `\\${char}`);
}

function utcDay(date: PlainDate): Date {
  return new Date(dayNumber(date) * 86_400_000);
}

const CALENDAR_END = 'END:VCALENDAR';

/**
 * An iCalendar feed (RFC 5545) of one group's upcoming Azure meetups, as all-day events with
 * stable UIDs. DTSTAMP is the build day, so one registry and one day give the same bytes.
 */
export function renderCalendar(
  name: string,
  group: SiteGroup | undefined,
  today: PlainDate,
): string {
  const calendar = ical({
    // ical-generator writes a calendar's NAME and X-WR-CALNAME as they are (events' text it
    // escapes): without this, a line break in a group's name would start events of its own.
    name: escapeText(plain(name)),
    prodId: { company: 'Azure Tech Groups', product: 'registry site', language: 'EN' },
  });
  const stamp = utcDay(today);
  for (const meetup of group?.upcoming.filter((entry: SiteMeetup) => entry.azure) ?? []) {
    calendar.createEvent({
      id: meetup.uid,
      allDay: true,
      start: utcDay(meetup.date),
      end: new Date(utcDay(meetup.date).valueOf() + 86_400_000),
      stamp,
      summary: plain(`${meetup.title} (${group?.name ?? ''})`),
      location: plain(
        [group?.city, group?.countryName]
          .filter((part) => part !== '' && part !== undefined)
          .join(', '),
      ),
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
export function combineCalendars(name: string, feeds: readonly string[], today: PlainDate): string {
  const events = feeds.map((feed) => {
    // The first event starts a line: never a match inside a property's value.
    const start = feed.indexOf('\r\nBEGIN:VEVENT\r\n') + 2;
    if (start === 1) return '';
    return feed.slice(start, feed.lastIndexOf(CALENDAR_END));
  });
  const envelope = renderCalendar(name, undefined, today);
  const end = envelope.lastIndexOf(CALENDAR_END);
  return `${envelope.slice(0, end)}${events.join('')}${envelope.slice(end)}`;
}

/** The `$id` of schemas/site-groups.v2.schema.json: groups.v2.json's format. */
export const GROUPS_V2_JSON_SCHEMA_ID = 'urn:azure-tech-groups:site:groups:v2';

export interface GroupsV2Json {
  $schema: string;
  generated: PlainDate;
  groups: GroupV2Json[];
}

/** Version 2: every field of version 1, as it is there, and the fields v1's schema cannot take. */
export interface GroupV2Json extends GroupJson {
  /** The country's page, relative to the file; null when the country code is not a valid one. */
  countryPage: string | null;
  card: string;
  azureMeetupsByMonth: Array<{ month: string; meetups: number }>;
}

/**
 * groups.v2.json (schemas/site-groups.v2.schema.json). groups.json (v1) stays as it was: its
 * schema refuses unknown fields, so new ones go here.
 */
export function groupsV2Json(model: SiteModel, v1: GroupsJson = groupsJson(model)): GroupsV2Json {
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
