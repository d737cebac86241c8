import { createHash } from 'node:crypto';
import { renderMonthChart } from './chart.js';
import { link, shortUrl, text } from './html.js';
import { countryName, type SiteGroup, type SiteMeetup, type SiteModel } from './model.js';
import { MAP_STYLE, renderWorldMap, SHADES, type MapMarker } from './map.js';

export const SITE_TITLE = 'Azure Tech Groups';

const STYLE = `*{box-sizing:border-box}body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:0 1rem;color:#1a1a1a;background:#fff}a{color:#0a4f9e}a:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #c25400;outline-offset:2px}[hidden]{display:none!important}header,footer{padding:1rem 0}figure{margin:1rem 0}footer{border-top:1px solid #ccc;margin-top:2rem;font-size:.9rem}.map,.chart{width:100%;height:auto}.chart{max-width:32rem}form{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;margin:1rem 0}form label{display:flex;flex-direction:column;font-size:.9rem}input,select{font:inherit;padding:.3rem}ul.g{padding:0;list-style:none}ul.g li{padding:.3rem 0;border-bottom:1px solid #eee}.legend{display:flex;flex-wrap:wrap;gap:.2rem 1rem;padding:0;list-style:none;font-size:.9rem}.legend span{display:inline-block;width:1em;height:1em;margin-right:.3em;vertical-align:-.1em;border:1px solid #999}${SHADES.map((shade, i) => `.s${i}{background:${shade}}`).join('')}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}${MAP_STYLE}`;

/**
 * The index's only script: it enhances the list that is already there (search as you type, and
 * the country and language filters). Without it the page shows every group.
 */
const SCRIPT = `(()=>{const f=document.getElementById('f'),q=document.getElementById('q'),c=document.getElementById('c'),l=document.getElementById('l'),n=document.getElementById('n'),s=[...document.querySelectorAll('section[data-c]')],r=s.flatMap(e=>[...e.querySelectorAll('li')].map(i=>({e,i,t:(i.textContent+' '+e.querySelector('h3').textContent).toLowerCase()})));f.hidden=false;const go=()=>{const w=q.value.toLowerCase().split(/\\s+/).filter(Boolean),v=new Set;let k=0;for(const x of r){const ok=(!c.value||x.e.dataset.c===c.value)&&(!l.value||x.i.dataset.l===l.value)&&w.every(y=>x.t.includes(y));x.i.hidden=!ok;if(ok){k++;v.add(x.e)}}for(const e of s)e.hidden=!v.has(e);n.textContent=k===r.length?r.length+' groups':k+' of '+r.length+' groups shown'};f.addEventListener('input',go);f.addEventListener('submit',e=>e.preventDefault());go()})();`;

function sha256(source: string): string {
  return `'sha256-${createHash('sha256').update(source).digest('base64')}'`;
}

/**
 * Nothing loads from anywhere: no other origin, not even this one. The inline style and script
 * are allowed by their hashes, so markup that slipped through escaping could still run nothing.
 */
const CSP = `default-src 'none'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`;

function page(options: { title: string; body: string; home: string; script: boolean }): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta http-equiv="Content-Security-Policy" content="${CSP}"><meta name="referrer" content="no-referrer"><title>${text(options.title)}</title><style>${STYLE}</style></head><body><header><a href="${options.home}">${SITE_TITLE}</a></header>${options.body}<footer><p>Generated from the Azure Tech Groups registry. Data: <a href="${options.home.replace('index.html', 'groups.json')}">groups.json</a>; calendar: <a href="${options.home.replace('index.html', 'meetups.ics')}">meetups.ics</a>.</p></footer>${options.script ? `<script>${SCRIPT}</script>` : ''}</body></html>\n`;
}

function time(date: string): string {
  return `<time>${text(date)}</time>`;
}

function nextMeetup(group: SiteGroup): SiteMeetup | undefined {
  return group.upcoming[0];
}

function indexRow(group: SiteGroup): string {
  const next = nextMeetup(group);
  const website = group.website === undefined ? '' : ` · ${link(group.website, 'website')}`;
  return `<li data-l="${text(group.language)}">${link(`groups/${group.slug}.html`, group.name)} · ${text(group.city)} · ${text(group.languageName)}${website}${next === undefined ? '' : ` · next ${text(next.date)}`}</li>`;
}

function options(values: ReadonlyMap<string, string>, all: string): string {
  return [`<option value="">${all}</option>`]
    .concat(
      [...values].map(([value, label]) => `<option value="${text(value)}">${text(label)}</option>`),
    )
    .join('');
}

/** A marker for each group the model could place, linking to its page. */
function markersOf(model: SiteModel): MapMarker[] {
  return model.groups.flatMap(({ place, slug, name, city }) =>
    place === undefined
      ? []
      : [{ ...place, href: `groups/${slug}.html`, label: `${name} · ${city}` }],
  );
}

/** The directory: the map, the filters, and every group by country then city. */
export function renderIndex(model: SiteModel): string {
  const byCountry = new Map<string, SiteGroup[]>();
  for (const group of model.groups) {
    const list = byCountry.get(group.country) ?? [];
    list.push(group);
    byCountry.set(group.country, list);
  }
  const counts = new Map([...byCountry].map(([code, groups]) => [code, groups.length]));
  const countryNames = new Map(
    [...byCountry].map(([code, groups]) => [code, groups[0]?.countryName ?? code]),
  );
  const languages = new Map(
    model.groups
      .map((group) => [group.language, group.languageName] as const)
      .sort((a, b) => a[1].localeCompare(b[1], 'en')),
  );
  const sections = [...byCountry]
    .map(
      ([code, groups]) =>
        `<section data-c="${text(code)}"><h3>${text(countryNames.get(code) ?? code)}</h3><ul class="g">${groups.map(indexRow).join('')}</ul></section>`,
    )
    .join('');
  const legend = ['none', '1', '2–3', '4–9', '10 or more']
    .map((label, i) => `<li><span class="s${i}"></span>${label}</li>`)
    .join('');
  const total = model.groups.length;
  const body = `<main><h1>${SITE_TITLE}: the directory</h1><p>Local Azure user groups in the Azure Tech Groups program: ${total} active group${total === 1 ? '' : 's'} in ${byCountry.size} countr${byCountry.size === 1 ? 'y' : 'ies'}, as of ${time(model.today)}.</p><figure><h2>Where the groups are</h2>${renderWorldMap(counts, (code) => countryNames.get(code) ?? countryName(code), markersOf(model))}<figcaption>Groups per country:<ul class="legend">${legend}</ul></figcaption></figure><h2>Groups</h2><form id="f" role="search" hidden><label>Search<input type="search" id="q" autocomplete="off"></label><label>Country<select id="c">${options(countryNames, 'All countries')}</select></label><label>Language<select id="l">${options(languages, 'All languages')}</select></label></form><p id="n" role="status">${total} groups</p>${sections}</main>`;
  return page({ title: `${SITE_TITLE} directory`, body, home: 'index.html', script: true });
}

function meetupItem(meetup: SiteMeetup): string {
  const title = meetup.url === undefined ? text(meetup.title) : link(meetup.url, meetup.title);
  return `<li>${time(meetup.date)} ${title}${meetup.azure ? '' : ' (not about Azure)'}</li>`;
}

function meetupList(meetups: readonly SiteMeetup[], none: string): string {
  return meetups.length === 0 ? `<p>${none}</p>` : `<ul>${meetups.map(meetupItem).join('')}</ul>`;
}

function detail(term: string, value: string | undefined): string {
  return value === undefined || value === '' ? '' : `<dt>${term}</dt><dd>${value}</dd>`;
}

/** One group's page: its details, upcoming meetups, and the last twelve months of Azure meetups. */
export function renderGroupPage(group: SiteGroup): string {
  const counted = group.recent.length;
  const body = `<main><h1>${text(group.name)}</h1><dl>${detail('City', text(group.city))}${detail('Country', text(group.countryName))}${detail('Language', text(group.languageName))}${detail('Time zone', group.timezone === undefined ? undefined : text(group.timezone))}${detail('In the program since', group.joined === undefined ? undefined : time(group.joined))}${detail('Website', group.website === undefined ? undefined : link(group.website, shortUrl(group.website)))}${detail('Code of conduct', group.codeOfConduct === undefined ? undefined : link(group.codeOfConduct, shortUrl(group.codeOfConduct)))}</dl><h2>Upcoming meetups</h2>${meetupList(group.upcoming, 'No meetups planned yet.')}<p>${link(`${group.slug}.ics`, 'Subscribe to this group’s Azure meetups (iCalendar)')}</p><h2>Azure meetups in the last 12 months</h2><p>${counted} Azure meetup${counted === 1 ? '' : 's'} held.</p>${renderMonthChart(group.months)}${meetupList([...group.recent].reverse(), 'None in the last 12 months.')}<p><a href="../index.html">All groups</a></p></main>`;
  return page({
    title: `${group.name}: ${SITE_TITLE}`,
    body,
    home: '../index.html',
    script: false,
  });
}
