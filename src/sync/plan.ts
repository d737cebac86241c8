import { isPlainDate, type PlainDate } from '../core/dates.js';
import { asList, asRecord, asText, field } from '../core/read.js';
export { DEFAULT_AZURE_KEYWORDS } from '../core/policy.js';
import type { FeedEvent } from './feed.js';

/** The schema's limit on a meetup title. */
export const MAX_TITLE_LENGTH = 200;
/** The schema's limit on a meetup page and on a feed id. */
const MAX_URL_LENGTH = 500;

/** A meetup entry of a group file, as far as sync reads it. */
export interface CurrentMeetup {
  index: number;
  date: PlainDate | undefined;
  title: string | undefined;
  url: string | undefined;
  uid: string | undefined;
  cancelled: boolean;
}

export interface NewMeetup {
  date: PlainDate;
  title: string;
  azure: boolean;
  url?: string;
  uid?: string;
}

export type Change =
  | { kind: 'add'; meetup: NewMeetup }
  | {
      kind: 'update';
      index: number;
      uid: string;
      date?: { from: PlainDate; to: PlainDate };
      title?: { from: string; to: string };
    }
  | {
      kind: 'cancel';
      index: number;
      date: PlainDate;
      title: string;
      /** `feed`: the feed marks it STATUS:CANCELLED; `vanished`: gone from a feed that covers its day. */
      reason: 'feed' | 'vanished';
    };

export interface PlanInput {
  /** Every occurrence from the group's feeds, in feed order. */
  events: readonly FeedEvent[];
  /** For each feed, the days it has events on; a feed without events covers nothing. */
  coverage: ReadonlyArray<{ from: PlainDate; to: PlainDate } | undefined>;
  meetups: readonly CurrentMeetup[];
  today: PlainDate;
  /** New meetups are added only when they fall in this window (the policy's, and as far ahead). */
  window: { from: PlainDate; to: PlainDate };
  azureKeywords: readonly string[];
  /**
   * The group's own name, left out before looking for keywords: Meetup starts every description
   * with it, and "Utrecht Azure User Group" says nothing about what one evening covers.
   */
  groupName?: string | undefined;
  /** Most meetups added to one group in one run. */
  maxAdded: number;
}

export interface Plan {
  changes: Change[];
  /** New events left for a later run because of `maxAdded`. */
  deferred: number;
}

/** The meetups of a group file's data, as sync reads them. */
export function currentMeetups(data: Record<string, unknown>): CurrentMeetup[] {
  return asList(field(data, 'meetups')).map((entry, index) => {
    const record = asRecord(entry);
    const date = field(record, 'date');
    return {
      index,
      date: isPlainDate(date) ? date : undefined,
      title: asText(field(record, 'title')),
      url: asText(field(record, 'url')),
      uid: asText(field(record, 'uid')),
      cancelled: field(record, 'cancelled') === true,
    };
  });
}

/**
 * What sync changes in one group, from its feeds' events and its file's meetups. Pure.
 *
 * A feed event is the meetup with its `uid`, else the meetup with its page; never one with the
 * same title or day. Only upcoming meetups (today or later) change, and of those only what a
 * feed wrote: the date and title of a meetup sync added (it has a `uid`), and `cancelled: true`
 * when the feed cancels one. History and what people wrote stay as they are.
 */
export function planSync(input: PlanInput): Plan {
  const byUid = new Map<string, CurrentMeetup>();
  const byUrl = new Map<string, CurrentMeetup>();
  for (const meetup of input.meetups) {
    if (meetup.uid !== undefined && !byUid.has(meetup.uid)) byUid.set(meetup.uid, meetup);
    if (meetup.url !== undefined && !byUrl.has(meetup.url)) byUrl.set(meetup.url, meetup);
  }

  const pageUses = new Map<string, number>();
  for (const event of input.events)
    if (event.url !== undefined) pageUses.set(event.url, (pageUses.get(event.url) ?? 0) + 1);

  const changes: Change[] = [];
  const seen = new Set<CurrentMeetup>();
  const added = new Set<string>();
  const pages = new Set<string>();
  let deferred = 0;
  let addedCount = 0;

  for (const event of input.events) {
    const uid =
      event.uid !== undefined && event.uid.length <= MAX_URL_LENGTH ? event.uid : undefined;
    const url =
      event.url !== undefined && event.url.length <= MAX_URL_LENGTH ? event.url : undefined;
    // By page: an event's own page names one evening, but occurrences of a series share one
    // page, and a meetup a person listed with it is one of them: then only the same day matches.
    const byPage = url === undefined ? undefined : byUrl.get(url);
    const sharedPage = url !== undefined && (pageUses.get(url) ?? 0) > 1;
    const match =
      (uid === undefined ? undefined : byUid.get(uid)) ??
      (byPage !== undefined && (!sharedPage || byPage.date === event.date) ? byPage : undefined);
    if (match !== undefined) {
      if (seen.has(match)) continue;
      seen.add(match);
      const change = changeFor(match, event, input.today);
      if (change !== undefined) changes.push(...change);
      continue;
    }
    // Without an id or a page, a later run could not recognise the event: it is not recorded.
    if (uid === undefined && url === undefined) continue;
    const key = uid ?? url ?? '';
    if (added.has(key) || event.cancelled) continue;
    if (event.date < input.window.from || event.date > input.window.to) continue;
    added.add(key);
    if (addedCount >= input.maxAdded) {
      deferred++;
      continue;
    }
    addedCount++;
    // Occurrences of a recurring event share one page; a page listed twice reads as a repeated
    // meetup (meetups/duplicate), so only the first keeps it and the uid tells the others apart.
    const page = url !== undefined && !byUrl.has(url) && !pages.has(url) ? url : undefined;
    if (page !== undefined) pages.add(page);
    changes.push({
      kind: 'add',
      meetup: {
        date: event.date,
        title: meetupTitle(event.title),
        azure: isAboutAzure(
          withoutName(`${event.title}\n${event.description}`, input.groupName),
          input.azureKeywords,
        ),
        ...(page === undefined ? {} : { url: page }),
        ...(uid === undefined ? {} : { uid }),
      },
    });
  }

  // An upcoming meetup sync added whose event is gone from feeds that all still cover its day was
  // cancelled; elsewhere a missing event proves nothing (feeds are often truncated).
  for (const meetup of input.meetups) {
    if (seen.has(meetup) || meetup.uid === undefined || meetup.cancelled) continue;
    if (meetup.date === undefined || meetup.date < input.today) continue;
    const date = meetup.date;
    const covered =
      input.coverage.length > 0 &&
      input.coverage.every(
        (range) => range !== undefined && range.from <= date && date <= range.to,
      );
    if (covered) {
      changes.push({
        kind: 'cancel',
        index: meetup.index,
        date,
        title: meetup.title ?? '',
        reason: 'vanished',
      });
    }
  }
  return { changes, deferred };
}

function changeFor(
  meetup: CurrentMeetup,
  event: FeedEvent,
  today: PlainDate,
): Change[] | undefined {
  if (meetup.date === undefined || meetup.date < today) return undefined;
  if (event.cancelled) {
    return meetup.cancelled
      ? undefined
      : [
          {
            kind: 'cancel',
            index: meetup.index,
            date: meetup.date,
            title: meetup.title ?? '',
            reason: 'feed',
          },
        ];
  }
  // Only what sync itself wrote is kept up to date: a meetup a person listed keeps their words.
  if (meetup.uid === undefined) return undefined;
  const title = meetupTitle(event.title);
  const dateChanged = event.date !== meetup.date && event.date >= today;
  const titleChanged = meetup.title !== undefined && title !== meetup.title;
  if (!dateChanged && !titleChanged) return undefined;
  return [
    {
      kind: 'update',
      index: meetup.index,
      uid: meetup.uid,
      ...(dateChanged ? { date: { from: meetup.date, to: event.date } } : {}),
      ...(titleChanged && meetup.title !== undefined
        ? { title: { from: meetup.title, to: title } }
        : {}),
    },
  ];
}

/** A feed's summary as a meetup title: one line, at most the schema's length, never empty. */
export function meetupTitle(summary: string): string {
  const text = summary.trim();
  if (text === '') return 'Meetup';
  const characters = Array.from(text);
  if (characters.length <= MAX_TITLE_LENGTH) return text;
  return `${characters
    .slice(0, MAX_TITLE_LENGTH - 1)
    .join('')
    .trimEnd()}…`;
}

function withoutName(text: string, name: string | undefined): string {
  const trimmed = name?.trim() ?? '';
  return trimmed === '' ? text : text.replace(new RegExp(escapeRegExp(trimmed), 'giu'), ' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const keywordPatterns = new Map<string, RegExp>();

export function isAboutAzure(text: string, keywords: readonly string[]): boolean {
  return keywords.some((keyword) => {
    let pattern = keywordPatterns.get(keyword);
    if (!pattern) {
      const words = keyword.trim().split(/\s+/u).map(escapeRegExp).join('\\s+');
      pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${words}(?![\\p{L}\\p{N}_])`, 'iu');
      keywordPatterns.set(keyword, pattern);
    }
    return keyword.trim() !== '' && pattern.test(text);
  });
}
