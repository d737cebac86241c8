import {
  addDays,
  addMonths,
  dayNumber,
  fromDayNumber,
  isPlainDate,
  type PlainDate,
} from './dates.js';
import type { Policy } from './policy.js';
import { asList, asRecord, asText, field } from './read.js';

/** A meetup entry that is well-formed enough to count (the schema reports the others). */
export interface Meetup {
  /** Position in the group file's `meetups` list, from 0. */
  index: number;
  date: PlainDate;
  /** The date as a day number, for arithmetic. */
  day: number;
  title: string;
  azure: boolean;
  cancelled: boolean;
  url: string | undefined;
}

export type Exclusion = 'cancelled' | 'future' | 'not-azure' | 'before-window' | 'duplicate';

export interface Gap {
  /** The counted meetup before the gap. */
  from: Meetup;
  /** The counted meetup after it; undefined for the time since the last meetup until today. */
  to: Meetup | undefined;
  days: number;
}

/**
 * Whether a group with this status is asked to keep meeting: a group leaving the program is not,
 * nor one the program team made inactive (it may still list meetups, and owes none until it
 * is active again).
 */
export function owesMeetups(status: unknown): boolean {
  return status !== 'leaving' && status !== 'inactive';
}

/** How a group stands against the meeting-cadence requirement on a given day. */
export interface Cadence {
  today: PlainDate;
  /** First day of the trailing window (inclusive); the window ends today. */
  windowStart: PlainDate;
  /** Azure meetups the group must have held in the window. */
  required: number;
  /** Set when the group joined inside the window and is held to a share of the minimum. */
  proRataSince: PlainDate | undefined;
  counted: readonly Meetup[];
  excluded: ReadonlyArray<{ meetup: Meetup; reason: Exclusion }>;
  /** Gaps between counted meetups, and from the last one to today, longer than the policy allows. */
  longGaps: readonly Gap[];
  daysSinceLast: number | undefined;
  /**
   * Positions (from 0) of entries that could not be read as a meetup (a date that does not exist,
   * a missing title…) and that could count once fixed: neither cancelled nor marked not Azure.
   * They are not counted; the schema reports what is wrong with each, and the cadence rules do not
   * report a shortfall that fixing them could make up.
   */
  unreadable: readonly number[];
}

/*
 * Several rules read the same group's meetups on the same day; group data is never changed once
 * parsed, so each answer is computed once per data object (and policy and day) and kept.
 */
const meetupsOf = new WeakMap<object, readonly Meetup[]>();
const duplicatesOf = new WeakMap<
  readonly Meetup[],
  Array<{ duplicate: Meetup; original: Meetup }>
>();
const cadenceOf = new WeakMap<Policy, WeakMap<object, Map<PlainDate, Cadence>>>();

export function readMeetups(data: Record<string, unknown>): readonly Meetup[] {
  const known = meetupsOf.get(data);
  if (known) return known;
  const meetups = parseMeetups(data);
  meetupsOf.set(data, meetups);
  return meetups;
}

function parseMeetups(data: Record<string, unknown>): Meetup[] {
  const meetups: Meetup[] = [];
  const entries = asList(field(data, 'meetups'));
  for (let index = 0; index < entries.length; index++) {
    const record = asRecord(entries[index]);
    const date = field(record, 'date');
    const title = asText(field(record, 'title'));
    const azure = field(record, 'azure');
    if (!isPlainDate(date) || title === undefined || typeof azure !== 'boolean') continue;
    meetups.push({
      index,
      date,
      day: dayNumber(date),
      title,
      azure,
      cancelled: field(record, 'cancelled') === true,
      url: asText(field(record, 'url')),
    });
  }
  return meetups;
}

/** Entries of `meetups` that `readMeetups` skips but that might count once their error is fixed. */
function unreadableEntries(data: Record<string, unknown>, meetups: readonly Meetup[]): number[] {
  const entries = asList(field(data, 'meetups'));
  if (entries.length === meetups.length) return [];
  const read = new Set(meetups.map((meetup) => meetup.index));
  const unreadable: number[] = [];
  entries.forEach((entry, index) => {
    if (read.has(index) || entry === null || entry === undefined) return;
    const record = asRecord(entry);
    if (field(record, 'azure') === false || field(record, 'cancelled') === true) return;
    unreadable.push(index);
  });
  return unreadable;
}

/** Later entries that repeat an earlier one: same date and title, or the same page. */
export function findDuplicateMeetups(
  meetups: readonly Meetup[],
): Array<{ duplicate: Meetup; original: Meetup }> {
  const known = duplicatesOf.get(meetups);
  if (known) return known;
  const found = pairDuplicates(meetups);
  duplicatesOf.set(meetups, found);
  return found;
}

function pairDuplicates(
  meetups: readonly Meetup[],
): Array<{ duplicate: Meetup; original: Meetup }> {
  // Earlier entries by day number and by page: a title is normalised only when another entry
  // falls on the same day, which most never do.
  const byDay = new Map<number, Meetup[]>();
  const byUrl = new Map<string, Meetup>();
  const titles = new Map<Meetup, string>();
  const titleOf = (meetup: Meetup): string => {
    let title = titles.get(meetup);
    if (title === undefined) titles.set(meetup, (title = normaliseTitle(meetup.title)));
    return title;
  };
  const duplicates: Array<{ duplicate: Meetup; original: Meetup }> = [];
  for (const meetup of meetups) {
    const page = meetup.url === undefined ? undefined : pageKey(meetup.url);
    const sameDay = byDay.get(meetup.day);
    // The same date and title first, then the same page.
    const original =
      sameDay?.find(
        (earlier) => earlier.date === meetup.date && titleOf(earlier) === titleOf(meetup),
      ) ?? (page === undefined ? undefined : byUrl.get(page));
    if (original) duplicates.push({ duplicate: meetup, original });
    else {
      if (sameDay) sameDay.push(meetup);
      else byDay.set(meetup.day, [meetup]);
      if (page !== undefined) byUrl.set(page, meetup);
    }
  }
  return duplicates;
}

function pageKey(url: string): string {
  // Most links end without a slash: no regex for them.
  return (url.endsWith('/') ? url.replace(/\/+$/, '') : url).toLowerCase();
}

function normaliseTitle(title: string): string {
  // NFKC only matters outside printable ASCII, where most titles never go.
  const folded = /^[\x20-\x7E]*$/.test(title) ? title : title.normalize('NFKC');
  return folded.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function assessCadence(
  data: Record<string, unknown>,
  today: PlainDate,
  policy: Policy,
): Cadence {
  let byData = cadenceOf.get(policy);
  if (!byData) cadenceOf.set(policy, (byData = new WeakMap<object, Map<PlainDate, Cadence>>()));
  let byDay = byData.get(data);
  if (!byDay) byData.set(data, (byDay = new Map<PlainDate, Cadence>()));
  let cadence = byDay.get(today);
  if (!cadence) byDay.set(today, (cadence = computeCadence(data, today, policy)));
  return cadence;
}

/*
 * The window's first day for a given last day, as a day number: every group of a run asks it for
 * the same few days, so the answers are kept (bounded, per window length).
 */
const WINDOW_MEMO_LIMIT = 10_000;
const windowStarts = new Map<number, Map<number, number>>();

function windowStartDay(day: number, windowMonths: number): number {
  let byDay = windowStarts.get(windowMonths);
  if (!byDay) windowStarts.set(windowMonths, (byDay = new Map<number, number>()));
  let start = byDay.get(day);
  if (start === undefined) {
    start = dayNumber(addDays(addMonths(fromDayNumber(day), -windowMonths), 1));
    if (byDay.size < WINDOW_MEMO_LIMIT) byDay.set(day, start);
  }
  return start;
}

/** The window's first day written out, the same for every group of a run. */
let lastWindowStart: { day: number; date: PlainDate } | undefined;

function dateOfDay(day: number): PlainDate {
  if (lastWindowStart?.day !== day) lastWindowStart = { day, date: fromDayNumber(day) };
  return lastWindowStart.date;
}

/** The day a meetup leaves the window: its date plus the window's months. Kept like the above. */
const expiries = new Map<number, Map<PlainDate, number>>();

function expiryDay(date: PlainDate, windowMonths: number): number {
  let byDate = expiries.get(windowMonths);
  if (!byDate) expiries.set(windowMonths, (byDate = new Map<PlainDate, number>()));
  let day = byDate.get(date);
  if (day === undefined) {
    day = dayNumber(addMonths(date, windowMonths));
    if (byDate.size < WINDOW_MEMO_LIMIT) byDate.set(date, day);
  }
  return day;
}

/**
 * Azure meetups owed on day `day`: the minimum, or a group's share since it joined (`joinedDay`,
 * undefined when it joined before the window) inside the window.
 */
function requiredOn(
  day: number,
  windowStart: number,
  joinedDay: number | undefined,
  policy: Policy,
): number {
  const { minimum } = policy.meetups;
  if (joinedDay === undefined) return minimum;
  const windowDays = day - windowStart + 1;
  return Math.floor((minimum * Math.max(0, day - joinedDay + 1)) / windowDays);
}

/** The day a group joined, when the policy holds new groups to a share; else undefined. */
function joinedDayOf(data: Record<string, unknown>, policy: Policy): PlainDate | undefined {
  const joined = field(data, 'joined');
  return policy.meetups.proRata && isPlainDate(joined) ? joined : undefined;
}

/**
 * What projectShortfall needs besides the Cadence, found in the same pass: the meetups that count
 * whenever they fall in the window (about Azure, not cancelled, not repeats), in file order.
 */
const eligibleOf = new WeakMap<Cadence, readonly Meetup[]>();

function computeCadence(data: Record<string, unknown>, today: PlainDate, policy: Policy): Cadence {
  const { windowMonths, maxGapDays } = policy.meetups;
  // Compared and stepped as day numbers; dates are written out only where a caller reads them.
  const todayDay = dayNumber(today);
  const startDay = windowStartDay(todayDay, windowMonths);
  const windowStart = dateOfDay(startDay);
  const meetups = readMeetups(data);
  const repeats = findDuplicateMeetups(meetups);
  const duplicates =
    repeats.length === 0 ? undefined : new Set(repeats.map(({ duplicate }) => duplicate));

  const counted: Meetup[] = [];
  const excluded: Array<{ meetup: Meetup; reason: Exclusion }> = [];
  const eligible: Meetup[] = [];
  for (const meetup of meetups) {
    const duplicate = duplicates?.has(meetup) === true;
    let reason: Exclusion | undefined;
    if (meetup.cancelled) reason = 'cancelled';
    else if (!meetup.azure) reason = 'not-azure';
    else {
      if (!duplicate) eligible.push(meetup);
      if (meetup.day > todayDay) reason = 'future';
      else if (meetup.day < startDay) reason = 'before-window';
      else if (duplicate) reason = 'duplicate';
    }
    if (reason) excluded.push({ meetup, reason });
    else counted.push(meetup);
  }
  counted.sort((a, b) => a.day - b.day || a.index - b.index);

  const joined = joinedDayOf(data, policy);
  const proRataSince = joined !== undefined && joined > windowStart ? joined : undefined;
  const longGaps: Gap[] = [];
  for (let i = 0; i < counted.length; i++) {
    const meetup = counted[i] as Meetup;
    const next = counted[i + 1];
    const days = (next?.day ?? todayDay) - meetup.day;
    if (days > maxGapDays) longGaps.push({ from: meetup, to: next, days });
  }
  const last = counted.at(-1);

  const cadence: Cadence = {
    today,
    windowStart,
    required: requiredOn(
      todayDay,
      startDay,
      proRataSince === undefined ? undefined : dayNumber(proRataSince),
      policy,
    ),
    proRataSince,
    counted,
    excluded,
    longGaps,
    daysSinceLast: last ? todayDay - last.day : undefined,
    unreadable: unreadableEntries(data, meetups),
  };
  eligibleOf.set(cadence, eligible);
  return cadence;
}

/** A group that meets the minimum today but will not, on `on`, unless it holds another meetup. */
export interface Shortfall {
  on: PlainDate;
  /** Azure meetups that will count on that day (held ones still in the window, and planned ones). */
  counted: number;
  required: number;
  /** The counted meetups that will have left the window by then. */
  expiring: readonly Meetup[];
}

/**
 * Looks ahead `policy.meetups.atRiskDays`: the first day a group that meets the minimum now would
 * fall below it, counting the meetups it has planned as held. Only days when a meetup leaves the
 * window (and the last day, for a pro-rata share that grows) can change the outcome, so only
 * those are tried.
 */
export function projectShortfall(
  data: Record<string, unknown>,
  today: PlainDate,
  policy: Policy,
): Shortfall | undefined {
  const now = assessCadence(data, today, policy);
  if (now.counted.length < now.required) return undefined;
  const { windowMonths, atRiskDays, minimum } = policy.meetups;
  // On day numbers: the same days the dates name, compared and stepped as integers.
  const todayDay = dayNumber(today);
  const horizon = todayDay + atRiskDays;
  const candidates = new Set<number>();
  for (const meetup of now.counted) {
    const day = expiryDay(meetup.date, windowMonths);
    if (day > todayDay && day <= horizon) candidates.add(day);
  }
  candidates.add(horizon);
  if (now.proRataSince !== undefined) {
    // A growing share passes the count on a day of its own: the first day it exceeds it.
    const windowDays = todayDay - dayNumber(now.windowStart) + 1;
    const daysInProgram = Math.ceil(((now.counted.length + 1) * windowDays) / Math.max(minimum, 1));
    const day = dayNumber(now.proRataSince) + daysInProgram - 1;
    if (day > todayDay && day <= horizon) candidates.add(day);
  }
  const eligible = eligibleOf.get(now) ?? [];
  const joined = joinedDayOf(data, policy);
  const joinedDay = joined === undefined ? undefined : dayNumber(joined);
  for (const day of [...candidates].sort((a, b) => a - b)) {
    const windowStart = windowStartDay(day, windowMonths);
    let inWindow = 0;
    for (const meetup of eligible) if (meetup.day >= windowStart && meetup.day <= day) inWindow++;
    const proRata = joinedDay !== undefined && joinedDay > windowStart ? joinedDay : undefined;
    const required = requiredOn(day, windowStart, proRata, policy);
    if (inWindow < required) {
      return {
        on: fromDayNumber(day),
        counted: inWindow,
        required,
        // The counted meetups that are no longer in the window on that day.
        expiring: now.counted.filter((meetup) => meetup.day < windowStart || meetup.day > day),
      };
    }
  }
  return undefined;
}
