import { fullFormats } from 'ajv-formats/dist/formats.js';

/**
 * Calendar dates are plain `YYYY-MM-DD` strings everywhere in this project: a meetup on
 * 2026-01-15 happened on that date wherever the group is, so no time zone may shift it.
 * Arithmetic goes through whole UTC day numbers and comes straight back to strings.
 */
export type PlainDate = string;

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

// The schema's `format: date` check, so that the rules and the schema agree on every date.
const rfc3339Date = fullFormats.date as { validate: (text: string) => boolean };

/*
 * A registry's dates are few and repeated (every meetup of every group is checked by several
 * rules), so answers are kept: dates known to exist, and day numbers. Both are bounded, so a
 * hostile file of a million distinct dates cannot grow them without end.
 */
const MEMO_LIMIT = 50_000;
const validDates = new Set<string>();
const dayNumbers = new Map<string, number>();

/** True for a date that exists on the calendar (2026-02-30 does not). */
export function isPlainDate(value: unknown): value is PlainDate {
  if (typeof value !== 'string') return false;
  if (validDates.has(value)) return true;
  if (!rfc3339Date.validate(value)) return false;
  if (validDates.size < MEMO_LIMIT) validDates.add(value);
  return true;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Arithmetic takes dates already checked with isPlainDate (every date from a group file is, before
 * any rule computes with it), so this only guards the shape: it runs for every meetup of every
 * group and must stay cheap.
 */
function fields(date: PlainDate): [number, number, number] {
  if (!SHAPE.test(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

export function dayNumber(date: PlainDate): number {
  let days = dayNumbers.get(date);
  if (days === undefined) {
    const [year, month, day] = fields(date);
    days = Date.UTC(year, month - 1, day) / MS_PER_DAY;
    if (dayNumbers.size < MEMO_LIMIT) dayNumbers.set(date, days);
  }
  return days;
}

export function fromDayNumber(days: number): PlainDate {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Moves by whole months, clamping the day: 2024-02-29 minus 12 months is 2023-02-28. */
export function addMonths(date: PlainDate, months: number): PlainDate {
  const [year, month, day] = fields(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}`;
}

export function daysBetween(from: PlainDate, to: PlainDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function todayUtc(now: Date = new Date()): PlainDate {
  return now.toISOString().slice(0, 10);
}

/** `YYYY-MM` of a date, for month-by-month pictures. */
export function monthOf(date: PlainDate): string {
  return date.slice(0, 7);
}
