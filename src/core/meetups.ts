import {
  addDays,
  addMonths,
  dayNumber,
  daysBetween,
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
  asList(field(data, 'meetups')).forEach((entry, index) => {
    const record = asRecord(entry);
    const date = field(record, 'date');
    const title = asText(field(record, 'title'));
    const azure = field(record, 'azure');
    if (!isPlainDate(date) || title === undefined || typeof azure !== 'boolean') return;
    meetups.push({
      index,
      date,
      day: dayNumber(date),
      title,
      azure,
      cancelled: field(record, 'cancelled') === true,
      url: asText(field(record, 'url')),
    });
  });
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
  const seen = new Map<string, Meetup>();
  const duplicates: Array<{ duplicate: Meetup; original: Meetup }> = [];
  for (const meetup of meetups) {
    const byDate = `${meetup.date}|${normaliseTitle(meetup.title)}`;
    const byUrl =
      meetup.url === undefined ? undefined : `url|${meetup.url.replace(/\/+$/, '').toLowerCase()}`;
    // The same date and title first, then the same page.
    const original = seen.get(byDate) ?? (byUrl === undefined ? undefined : seen.get(byUrl));
    if (original) duplicates.push({ duplicate: meetup, original });
    else {
      seen.set(byDate, meetup);
      if (byUrl !== undefined) seen.set(byUrl, meetup);
    }
  }
  return duplicates;
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

/** The first day of the window ending on `today`; every group of a run shares the answer. */
const windowStarts = new Map<string, PlainDate>();

function windowStartOf(today: PlainDate, windowMonths: number): PlainDate {
  const key = `${today}/${windowMonths}`;
  let start = windowStarts.get(key);
  if (start === undefined)
    windowStarts.set(key, (start = addDays(addMonths(today, -windowMonths), 1)));
  return start;
}

/** Azure meetups owed on `today`: the minimum, or a group's share since it joined inside the window. */
function requiredOn(
  today: PlainDate,
  windowStart: PlainDate,
  proRataSince: PlainDate | undefined,
  policy: Policy,
): number {
  const { minimum } = policy.meetups;
  if (proRataSince === undefined) return minimum;
  const windowDays = daysBetween(windowStart, today) + 1;
  return Math.floor((minimum * Math.max(0, daysBetween(proRataSince, today) + 1)) / windowDays);
}

function proRataStart(
  data: Record<string, unknown>,
  windowStart: PlainDate,
  policy: Policy,
): PlainDate | undefined {
  const joined = field(data, 'joined');
  return policy.meetups.proRata && isPlainDate(joined) && joined > windowStart ? joined : undefined;
}

/** Meetups that count whenever they fall in the window: about Azure, not cancelled, not repeats. */
function countable(data: Record<string, unknown>): Meetup[] {
  const meetups = readMeetups(data);
  const duplicates = new Set(findDuplicateMeetups(meetups).map(({ duplicate }) => duplicate));
  return meetups.filter((meetup) => meetup.azure && !meetup.cancelled && !duplicates.has(meetup));
}

function computeCadence(data: Record<string, unknown>, today: PlainDate, policy: Policy): Cadence {
  const { windowMonths, maxGapDays } = policy.meetups;
  const windowStart = windowStartOf(today, windowMonths);
  const meetups = readMeetups(data);
  const duplicates = new Set(findDuplicateMeetups(meetups).map(({ duplicate }) => duplicate));

  const counted: Meetup[] = [];
  const excluded: Array<{ meetup: Meetup; reason: Exclusion }> = [];
  const exclusionOf = (meetup: Meetup): Exclusion | undefined => {
    if (meetup.cancelled) return 'cancelled';
    if (!meetup.azure) return 'not-azure';
    if (meetup.date > today) return 'future';
    if (meetup.date < windowStart) return 'before-window';
    return duplicates.has(meetup) ? 'duplicate' : undefined;
  };
  for (const meetup of meetups) {
    const reason = exclusionOf(meetup);
    if (reason) excluded.push({ meetup, reason });
    else counted.push(meetup);
  }
  counted.sort((a, b) => a.day - b.day || a.index - b.index);

  const proRataSince = proRataStart(data, windowStart, policy);
  const todayDay = dayNumber(today);
  const longGaps: Gap[] = [];
  counted.forEach((meetup, i) => {
    const next = counted[i + 1];
    const days = (next?.day ?? todayDay) - meetup.day;
    if (days > maxGapDays) longGaps.push({ from: meetup, to: next, days });
  });
  const last = counted.at(-1);

  return {
    today,
    windowStart,
    required: requiredOn(today, windowStart, proRataSince, policy),
    proRataSince,
    counted,
    excluded,
    longGaps,
    daysSinceLast: last ? todayDay - last.day : undefined,
    unreadable: unreadableEntries(data, meetups),
  };
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
  const horizon = addDays(today, atRiskDays);
  const candidates = new Set(
    now.counted
      .map((meetup) => addMonths(meetup.date, windowMonths))
      .filter((day) => day > today && day <= horizon),
  );
  candidates.add(horizon);
  if (now.proRataSince !== undefined) {
    // A growing share passes the count on a day of its own: the first day it exceeds it.
    const windowDays = daysBetween(now.windowStart, today) + 1;
    const daysInProgram = Math.ceil(((now.counted.length + 1) * windowDays) / Math.max(minimum, 1));
    const day = addDays(now.proRataSince, daysInProgram - 1);
    if (day > today && day <= horizon) candidates.add(day);
  }
  const eligible = countable(data);
  for (const day of [...candidates].sort()) {
    const windowStart = windowStartOf(day, windowMonths);
    const inWindow = eligible.filter((meetup) => meetup.date >= windowStart && meetup.date <= day);
    const required = requiredOn(day, windowStart, proRataStart(data, windowStart, policy), policy);
    if (inWindow.length < required) {
      const still = new Set(inWindow);
      return {
        on: day,
        counted: inWindow.length,
        required,
        expiring: now.counted.filter((meetup) => !still.has(meetup)),
      };
    }
  }
  return undefined;
}
