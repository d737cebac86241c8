import type { MonthCount } from '../report/picture.js';
import { text } from './html.js';

const MONTH = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' });
const MONTH_YEAR = new Intl.DateTimeFormat('en', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

function date(month: string): Date {
  return new Date(`${month}-01T00:00:00Z`);
}

/**
 * The month-by-month picture as an inline SVG bar chart: one bar per month, its count above it,
 * the month below. Screen readers get every month and count from the label.
 */
export function renderMonthChart(months: readonly MonthCount[]): string {
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
      const bar =
        count > 0
          ? `<rect x="${x + 8}" y="${top + plot - height}" width="${width - 16}" height="${height}" fill="#0b5cad"/><text x="${x + width / 2}" y="${top + plot - height - 4}">${count}</text>`
          : '';
      return `${bar}<text x="${x + width / 2}" y="${top + plot + 16}">${MONTH.format(date(month))}</text>`;
    })
    .join('');
  return `<svg class="chart" viewBox="0 0 ${months.length * width} ${top + plot + 22}" role="img" aria-label="${text(`Azure meetups per month: ${label}`)}" font-size="12" text-anchor="middle" fill="#1a1a1a"><line x1="0" x2="${months.length * width}" y1="${top + plot}" y2="${top + plot}" stroke="#555"/>${bars}</svg>`;
}

export interface Bar {
  /** Under the bar (short). */
  label: string;
  value: number;
}

/**
 * A vertical bar chart of a few dozen bars at most, drawn at build time. It is decoration for
 * sighted readers (`aria-hidden`): the page puts the same figures in a table beside it.
 */
export function renderBarChart(bars: readonly Bar[]): string {
  const width = 40;
  const top = 18;
  const plot = 100;
  const max = Math.max(1, ...bars.map(({ value }) => value));
  const drawn = bars
    .map(({ label, value }, i) => {
      const x = i * width;
      const height = Math.round((value / max) * plot);
      const bar =
        value > 0
          ? `<rect x="${x + 8}" y="${top + plot - height}" width="${width - 16}" height="${height}" fill="#0b5cad"/><text x="${x + width / 2}" y="${top + plot - height - 4}">${value}</text>`
          : '';
      return `${bar}<text x="${x + width / 2}" y="${top + plot + 16}">${text(label)}</text>`;
    })
    .join('');
  return `<svg class="chart" viewBox="0 0 ${Math.max(bars.length, 1) * width} ${top + plot + 22}" aria-hidden="true" focusable="false" font-size="11" text-anchor="middle" fill="#1a1a1a"><line x1="0" x2="${bars.length * width}" y1="${top + plot}" y2="${top + plot}" stroke="#555"/>${drawn}</svg>`;
}

/** Horizontal bars, one row per item (countries): as many rows as needed, hidden from screen readers likewise. */
export function renderRowChart(bars: readonly Bar[]): string {
  const row = 18;
  const labels = 150;
  const plot = 250;
  const max = Math.max(1, ...bars.map(({ value }) => value));
  const drawn = bars
    .map(({ label, value }, i) => {
      const y = i * row;
      const length = Math.max(1, Math.round((value / max) * plot));
      return `<text x="${labels - 6}" y="${y + 13}" text-anchor="end">${text(label.length > 22 ? `${label.slice(0, 21)}…` : label)}</text><rect x="${labels}" y="${y + 3}" width="${length}" height="${row - 6}" fill="#0b5cad"/><text x="${labels + length + 4}" y="${y + 13}">${value}</text>`;
    })
    .join('');
  return `<svg class="chart" viewBox="0 0 ${labels + plot + 40} ${Math.max(bars.length, 1) * row}" aria-hidden="true" focusable="false" font-size="12" fill="#1a1a1a">${drawn}</svg>`;
}
