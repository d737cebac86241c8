import type { LoadPlaces } from '../core/places.js';
import siteGroupsSchema from '../../schemas/site-groups.schema.json' with { type: 'json' };
import siteGroupsV2Schema from '../../schemas/site-groups.v2.schema.json' with { type: 'json' };
import siteStatsSchema from '../../schemas/site-stats.schema.json' with { type: 'json' };
import { renderGroupsAtom, renderMeetupsAtom } from './atom.js';
import type { PlainDate } from '../core/dates.js';
import type { Policy } from '../core/policy.js';
import type { RegistryDisk } from '../load/port.js';
import { readRegistry } from '../load/registry.js';
import { combineCalendars, groupsJson, groupsV2Json, renderCalendar } from './feeds.js';
import { buildSiteModel, type SiteGroup } from './model.js';
import {
  hasCountryPage,
  renderCard,
  renderCountryPage,
  renderGroupPage,
  renderIndex,
  renderStatsPage,
  SITE_TITLE,
} from './pages.js';
import { siteStats } from './stats.js';
import type { SiteWriter } from './port.js';

export interface SiteOptions {
  root: string;
  /** The registry's files (the disk, from the entry point). */
  disk: RegistryDisk;
  today: PlainDate;
  policy: Policy;
  /** The place index (the disk, from the entry point), for the map's markers. */
  loadPlaces?: LoadPlaces;
}

export interface SiteOutcome {
  groups: number;
  files: string[];
}

/** Where groups.json's schema is published inside the site, beside the data it describes. */
export const SCHEMA_PATH = 'schemas/site-groups.v1.schema.json';
/** groups.v2.json's schema and stats.json's, published likewise. */
export const SCHEMA_V2_PATH = 'schemas/site-groups.v2.schema.json';
export const STATS_SCHEMA_PATH = 'schemas/site-stats.v1.schema.json';

/**
 * `tgr site`: the registry's active groups as of `today` → the public directory (index, one page,
 * card and calendar per group, one page and calendar per country, the stats, groups.json and
 * groups.v2.json with their schemas, meetups.ics and the Atom feeds), read through `disk` and
 * written through `writer`.
 */
export async function runSite(options: SiteOptions, writer: SiteWriter): Promise<SiteOutcome> {
  const files = await readRegistry(options.disk, options.root);
  const model = buildSiteModel(
    files,
    options.today,
    options.policy,
    options.loadPlaces === undefined ? undefined : await options.loadPlaces(),
  );
  const written: string[] = [];
  const write = async (file: string, content: string): Promise<void> => {
    await writer.write(file, content);
    written.push(file);
  };
  await write('index.html', renderIndex(model));
  const feeds: string[] = [];
  const countries = new Map<string, Array<{ group: SiteGroup; feed: string }>>();
  for (const group of model.groups) {
    await write(`groups/${group.slug}.html`, renderGroupPage(group));
    await write(`groups/${group.slug}/card.html`, renderCard(group));
    const feed = renderCalendar(`${group.name}: Azure meetups`, group, model.today);
    feeds.push(feed);
    await write(`groups/${group.slug}.ics`, feed);
    if (hasCountryPage(group.country)) {
      const list = countries.get(group.country) ?? [];
      list.push({ group, feed });
      countries.set(group.country, list);
    }
  }
  for (const [code, list] of countries) {
    const groups = list.map(({ group }) => group);
    const cc = code.toLowerCase();
    await write(`countries/${cc}.html`, renderCountryPage(code, groups));
    const name = `${SITE_TITLE}: Azure meetups in ${groups[0]?.countryName ?? code}`;
    await write(
      `countries/${cc}.ics`,
      combineCalendars(
        name,
        list.map(({ feed }) => feed),
        model.today,
      ),
    );
  }
  const v1 = groupsJson(model);
  await write('groups.json', `${JSON.stringify(v1, null, 2)}\n`);
  await write(SCHEMA_PATH, `${JSON.stringify(siteGroupsSchema, null, 2)}\n`);
  await write('groups.v2.json', `${JSON.stringify(groupsV2Json(model, v1), null, 2)}\n`);
  await write(SCHEMA_V2_PATH, `${JSON.stringify(siteGroupsV2Schema, null, 2)}\n`);
  const stats = siteStats(model);
  await write('stats.html', renderStatsPage(stats));
  await write('stats.json', `${JSON.stringify(stats, null, 2)}\n`);
  await write(STATS_SCHEMA_PATH, `${JSON.stringify(siteStatsSchema, null, 2)}\n`);
  await write('meetups.ics', combineCalendars(`${SITE_TITLE}: Azure meetups`, feeds, model.today));
  await write('groups.atom', renderGroupsAtom(model));
  await write('meetups.atom', renderMeetupsAtom(model));
  return { groups: model.groups.length, files: written };
}
