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
