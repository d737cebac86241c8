import { addMonths, monthOf, type PlainDate } from '../core/dates.js';
import type { Cadence } from '../core/meetups.js';

export interface MonthCount {
  /** `YYYY-MM`. */
  month: string;
  count: number;
}

/** Counted Azure meetups per month, for the twelve months that end with the month of `today`. */
export function monthlyCounts(cadence: Cadence): MonthCount[] {
  const months = Array.from({ length: 12 }, (_, i) =>
    monthOf(addMonths(firstOfMonth(cadence.today), i - 11)),
  );
  const counts = new Map(months.map((month) => [month, 0]));
  for (const meetup of cadence.counted) {
    const month = monthOf(meetup.date);
    const count = counts.get(month);
    if (count !== undefined) counts.set(month, count + 1);
  }
  return months.map((month) => ({ month, count: counts.get(month) ?? 0 }));
}

function firstOfMonth(date: PlainDate): PlainDate {
  return `${monthOf(date)}-01`;
}

/** A two-row Markdown table: month names in the reader's language over the counts (· for none). */
export function renderPicture(counts: readonly MonthCount[], locale: string): string {
  const names = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const header = counts.map(({ month }) =>
    names.format(new Date(`${month}-01T00:00:00Z`)).replace(/\.$/, ''),
  );
  const cells = counts.map(({ count }) =>
    count === 0 ? '·' : '█'.repeat(Math.min(count, 4)) + (count > 4 ? `${count}` : ''),
  );
  return [
    `| ${header.join(' | ')} |`,
    `|${counts.map(() => ':-:').join('|')}|`,
    `| ${cells.join(' | ')} |`,
  ].join('\n');
}

/** The same picture on one line of plain text, for logs and the text dashboard. */
export function renderSparkline(counts: readonly MonthCount[]): string {
  const bars = ' ▁▃▅▇█';
  return counts.map(({ count }) => bars[Math.min(count, bars.length - 1)] ?? '█').join('');
}
