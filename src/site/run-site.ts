import siteGroupsSchema from '../../schemas/site-groups.schema.json' with { type: 'json' };
import type { PlainDate } from '../core/dates.js';
import type { Policy } from '../core/policy.js';
import { loadPlaceIndex } from '../evaluate/places.js';
import type { RegistryDisk } from '../load/port.js';
import { readRegistry } from '../load/registry.js';
import { combineCalendars, groupsJson, renderCalendar } from './feeds.js';
import { buildSiteModel } from './model.js';
import { renderGroupPage, renderIndex, SITE_TITLE } from './pages.js';
import type { SiteWriter } from './port.js';

export interface SiteOptions {
  root: string;
  /** The registry's files (the disk, from the entry point). */
  disk: RegistryDisk;
  today: PlainDate;
  policy: Policy;
}

export interface SiteOutcome {
  groups: number;
  files: string[];
}

/** Where groups.json's schema is published inside the site, beside the data it describes. */
export const SCHEMA_PATH = 'schemas/site-groups.v1.schema.json';

/**
 * `tgr site`: the registry's active groups as of `today` → the public directory (index, one page
 * and one calendar per group, groups.json with its schema, meetups.ics), read through `disk` and written through `writer`.
 */
export async function runSite(options: SiteOptions, writer: SiteWriter): Promise<SiteOutcome> {
  const files = await readRegistry(options.disk, options.root);
  const model = buildSiteModel(files, options.today, options.policy, await loadPlaceIndex());
  const written: string[] = [];
  const write = async (file: string, content: string): Promise<void> => {
    await writer.write(file, content);
    written.push(file);
  };
  await write('index.html', renderIndex(model));
  const feeds: string[] = [];
  for (const group of model.groups) {
    await write(`groups/${group.slug}.html`, renderGroupPage(group));
    const feed = renderCalendar(`${group.name}: Azure meetups`, group, model.today);
    feeds.push(feed);
    await write(`groups/${group.slug}.ics`, feed);
  }
  await write('groups.json', `${JSON.stringify(groupsJson(model), null, 2)}\n`);
  await write(SCHEMA_PATH, `${JSON.stringify(siteGroupsSchema, null, 2)}\n`);
  await write('meetups.ics', combineCalendars(`${SITE_TITLE}: Azure meetups`, feeds, model.today));
  return { groups: model.groups.length, files: written };
}
