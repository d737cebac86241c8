import type { PlainDate } from '../core/dates.js';
import { reveal } from './html.js';
import { bySoonest, UID_DOMAIN, type SiteGroup, type SiteModel } from './model.js';
import { SITE_TITLE } from './pages.js';

/** The most entries a feed carries: the newest groups, the soonest meetups. */
export const FEED_ENTRIES = 200;

/**
 * Characters XML 1.0 does not allow at all (most C0 controls, U+FFFE, U+FFFF, lone surrogates)
 * and the C1 controls and line separators, which no title needs: each becomes a space.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Untrusted text for XML element content or a quoted attribute: escaped, controls made spaces. */
export function xml(value: string): string {
  return reveal(value.replace(NOT_XML, ' ')).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** An Atom date-time: the start of a day, UTC. */
function instant(date: PlainDate): string {
  return `${date}T00:00:00Z`;
}

/**
 * Entry and feed ids are tag: URIs (RFC 4151) from the slug or the meetup's iCalendar UID, so an
 * entry keeps its id across builds, and a feed reader shows it once. The date in them is the
 * year the scheme was minted, never the build's.
 */
function tag(specific: string): string {
  return `tag:${UID_DOMAIN},2026:${specific}`;
}

interface Entry {
  id: string;
  title: string;
  updated: PlainDate;
  links: Array<{ rel: string; href: string; type?: string }>;
  summary: string;
}

function renderFeed(options: {
  id: string;
  title: string;
  self: string;
  updated: PlainDate;
  entries: readonly Entry[];
}): string {
  const entries = options.entries
    .map(
      (entry) =>
        `<entry><id>${xml(entry.id)}</id><title type="text">${xml(entry.title)}</title><updated>${instant(entry.updated)}</updated>${entry.links.map((link) => `<link rel="${link.rel}"${link.type === undefined ? '' : ` type="${link.type}"`} href="${xml(link.href)}"/>`).join('')}<summary type="text">${xml(entry.summary)}</summary></entry>\n`,
    )
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><id>${tag(options.id)}</id><title type="text">${xml(options.title)}</title><updated>${instant(options.updated)}</updated><author><name>${SITE_TITLE}</name></author><generator>tgr site</generator><link rel="self" type="application/atom+xml" href="${options.self}"/><link rel="alternate" type="text/html" href="index.html"/>\n${entries}</feed>\n`;
}

function place(group: SiteGroup): string {
  return [group.city, group.countryName].filter((part) => part !== '').join(', ');
}

/**
 * groups.atom: the groups that joined most recently, newest first, each dated by the day it
 * joined. The feed's own date is its newest entry's, so a build that adds no group changes nothing.
 */
export function renderGroupsAtom(model: SiteModel): string {
  const joined = model.groups
    .filter((group): group is SiteGroup & { joined: PlainDate } => group.joined !== undefined)
    .sort((a, b) =>
      a.joined === b.joined ? (a.slug < b.slug ? -1 : 1) : a.joined < b.joined ? 1 : -1,
    )
    .slice(0, FEED_ENTRIES);
  return renderFeed({
    id: 'groups',
    title: `${SITE_TITLE}: new groups`,
    self: 'groups.atom',
    updated: joined[0]?.joined ?? model.today,
    entries: joined.map((group) => ({
      id: tag(`group:${group.slug}`),
      title: group.name,
      updated: group.joined,
      links: [{ rel: 'alternate', type: 'text/html', href: `groups/${group.slug}.html` }],
      summary: `A new group in the program since ${group.joined}: ${group.name}, in ${place(group)} (${group.languageName}).`,
    })),
  });
}

/**
 * meetups.atom: the soonest upcoming Azure meetups of every group. An entry is dated by the
 * meetup's day, not the build's, so it does not come back as updated every day.
 */
export function renderMeetupsAtom(model: SiteModel): string {
  const meetups = model.groups
    .flatMap((group) =>
      group.upcoming.filter((meetup) => meetup.azure).map((meetup) => ({ group, meetup })),
    )
    .sort(bySoonest)
    .slice(0, FEED_ENTRIES);
  return renderFeed({
    id: 'meetups',
    title: `${SITE_TITLE}: upcoming Azure meetups`,
    self: 'meetups.atom',
    updated: model.today,
    entries: meetups.map(({ group, meetup }) => {
      const page = `groups/${group.slug}.html`;
      return {
        id: tag(`meetup:${meetup.uid.replace(`@${UID_DOMAIN}`, '')}`),
        title: `${meetup.date}: ${meetup.title} (${group.name})`,
        updated: meetup.date,
        links:
          meetup.url === undefined
            ? [{ rel: 'alternate', type: 'text/html', href: page }]
            : [
                { rel: 'alternate', href: meetup.url },
                { rel: 'related', type: 'text/html', href: page },
              ],
        summary: `An Azure meetup of ${group.name} in ${place(group)} on ${meetup.date}.`,
      };
    }),
  });
}
