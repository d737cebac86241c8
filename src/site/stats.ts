import { addMonths, type PlainDate } from '../core/dates.js';
import type { SiteModel } from './model.js';

/** The `$id` of schemas/site-stats.schema.json: the version of stats.json's format. */
export const STATS_JSON_SCHEMA_ID = 'urn:azure-tech-groups:site:stats:v1';

/** How many months the meetups-per-month figure covers, ending with the current one. */
export const STATS_MONTHS = 24;

/** The program's numbers, over the current (active) groups only: stats.json and stats.html. */
export interface SiteStats {
  $schema: string;
  generated: PlainDate;
  groups: number;
  /** By the year they joined, oldest first; `year` null for groups whose file gives no date. */
  groupsByJoinedYear: Array<{ year: number | null; groups: number }>;
  /** Most groups first, then by country name. */
  groupsByCountry: Array<{ country: string; countryName: string; groups: number }>;
  /** Azure meetups held, the 24 months ending with the current one (to today), oldest first. */
  azureMeetupsByMonth: Array<{ month: string; meetups: number }>;
  groupsAtRisk: number;
  /** The median of each group's counted Azure meetups in the last 12 months. */
  medianAzureMeetupsPerGroup: number;
}

/** The numbers from the model. Pure. */
export function siteStats(model: SiteModel): SiteStats {
  const years = new Map<number | null, number>();
  const countries = new Map<string, { countryName: string; groups: number }>();
  const first = addMonths(model.today, 1 - STATS_MONTHS).slice(0, 7);
  const months = new Map(
    Array.from({ length: STATS_MONTHS }, (_, i) => [addMonths(`${first}-01`, i).slice(0, 7), 0]),
  );
  let atRisk = 0;
  for (const group of model.groups) {
    const year = group.joined === undefined ? null : Number(group.joined.slice(0, 4));
    years.set(year, (years.get(year) ?? 0) + 1);
    const country = countries.get(group.country) ?? { countryName: group.countryName, groups: 0 };
    country.groups++;
    countries.set(group.country, country);
    for (const day of group.held) {
      const month = day.slice(0, 7);
      const count = months.get(month);
      if (count !== undefined) months.set(month, count + 1);
    }
    if (group.atRisk) atRisk++;
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  return {
    $schema: STATS_JSON_SCHEMA_ID,
    generated: model.today,
    groups: model.groups.length,
    groupsByJoinedYear: [...years]
      .sort(([a], [b]) => (a ?? Infinity) - (b ?? Infinity))
      .map(([year, groups]) => ({ year, groups })),
    groupsByCountry: [...countries]
      .map(([country, { countryName, groups }]) => ({ country, countryName, groups }))
      .sort((a, b) => b.groups - a.groups || collator.compare(a.countryName, b.countryName)),
    azureMeetupsByMonth: [...months].map(([month, meetups]) => ({ month, meetups })),
    groupsAtRisk: atRisk,
    medianAzureMeetupsPerGroup: median(model.groups.map((group) => group.recent.length)),
  };
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
