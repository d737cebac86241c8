import { createHash } from 'node:crypto';
import { renderBarChart, renderMonthChart, renderRowChart } from './chart.js';
import { link, shortUrl, text } from './html.js';
import {
  bySoonest,
  countryName,
  type SiteGroup,
  type SiteMeetup,
  type SiteModel,
} from './model.js';
import {
  DOT_RADIUS,
  LABEL_FLIP_X,
  MAP_STYLE,
  placeDots,
  renderWorldMap,
  SHADES,
  type MapDot,
} from './map.js';
import type { SiteStats } from './stats.js';

export const SITE_TITLE = 'Azure Tech Groups';

const STYLE = `*{box-sizing:border-box}body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:0 1rem;color:#1a1a1a;background:#fff}a{color:#0a4f9e}a:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #c25400;outline-offset:2px}[hidden]{display:none!important}header,footer{padding:1rem 0}figure{margin:1rem 0}footer{border-top:1px solid #ccc;margin-top:2rem;font-size:.9rem}.map,.chart{width:100%;height:auto}.chart{max-width:32rem}form{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;margin:1rem 0}form label{display:flex;flex-direction:column;font-size:.9rem}input,select{font:inherit;padding:.3rem}ul.g{padding:0;list-style:none}ul.g li{padding:.3rem 0;border-bottom:1px solid #eee}.legend{display:flex;flex-wrap:wrap;gap:.2rem 1rem;padding:0;list-style:none;font-size:.9rem}.legend span{display:inline-block;width:1em;height:1em;margin-right:.3em;vertical-align:-.1em;border:1px solid #999}${SHADES.map((shade, i) => `.s${i}{background:${shade}}`).join('')}table{border-collapse:collapse;margin:.5rem 0}caption{text-align:left;font-weight:600}th,td{text-align:left;padding:.1rem .8rem .1rem 0;border-bottom:1px solid #eee}td{text-align:right}pre{white-space:pre-wrap;word-break:break-all;background:#f4f4f4;padding:.5rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}${MAP_STYLE}`;

/**
 * The index's only script: it enhances the list that is already there (search as you type, and
 * the country and language filters). Without it the page shows every group.
 */
/**
 * The map's dots, drawn by the index's script: for each list entry with a position (`data-xy`),
 * a link in the map's dot layer with the entry's own address, and its name as the label (set as
 * text, never as markup). The list entry keeps its dot, so filtering hides both.
 */
const DRAW_DOTS = `const g=document.querySelector('svg.map g.m'),N='http://www.w3.org/2000/svg',E=(n,a)=>{const e=document.createElementNS(N,n);for(const k in a)e.setAttribute(k,a[k]);return e};if(g)for(const i of document.querySelectorAll('li[data-xy]')){const[x,y]=i.dataset.xy.split(','),o=i.querySelector('a'),a=E('a',{href:o.getAttribute('href'),transform:'translate('+x+' '+y+')'}),t=E('text',+x>${String(LABEL_FLIP_X)}?{class:'e'}:{});t.textContent=o.textContent;a.append(E('circle',{r:'${String(DOT_RADIUS)}'}),t);g.append(a);i.m=a}`;
const SCRIPT = `(()=>{${DRAW_DOTS}const f=document.getElementById('f'),q=document.getElementById('q'),c=document.getElementById('c'),l=document.getElementById('l'),n=document.getElementById('n'),s=[...document.querySelectorAll('section[data-c]')],r=s.flatMap(e=>[...e.querySelectorAll('li')].map(i=>({e,i,t:(i.textContent+' '+e.querySelector('h3').textContent).toLowerCase()})));f.hidden=false;const go=()=>{const w=q.value.toLowerCase().split(/\\s+/).filter(Boolean),v=new Set;let k=0;for(const x of r){const ok=(!c.value||x.e.dataset.c===c.value)&&(!l.value||x.i.dataset.l===l.value)&&w.every(y=>x.t.includes(y));x.i.hidden=!ok;x.i.m?.toggleAttribute('hidden',!ok);if(ok){k++;v.add(x.e)}}for(const e of s)e.hidden=!v.has(e);n.textContent=k===r.length?r.length+' groups':k+' of '+r.length+' groups shown'};f.addEventListener('input',go);f.addEventListener('submit',e=>e.preventDefault());go()})();`;

function sha256(source: string): string {
  return `'sha256-${createHash('sha256').update(source).digest('base64')}'`;
}

/**
 * Nothing loads from anywhere: no other origin, not even this one. The inline style and script
 * are allowed by their hashes, so markup that slipped through escaping could still run nothing.
 */
const CSP = `default-src 'none'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`;

/** Every page's alternates: the feeds people subscribe to. */
function alternates(root: string): string {
  return `<link rel="alternate" type="application/atom+xml" title="New groups" href="${root}groups.atom"><link rel="alternate" type="application/atom+xml" title="Upcoming Azure meetups" href="${root}meetups.atom">`;
}

/** `root` leads from the page back to the site's root: '' or '../'. */
function page(options: { title: string; body: string; root: string; script: boolean }): string {
  const root = options.root;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta http-equiv="Content-Security-Policy" content="${CSP}"><meta name="referrer" content="no-referrer"><title>${text(options.title)}</title>${alternates(root)}<style>${STYLE}</style></head><body><header><a href="${root}index.html">${SITE_TITLE}</a> · <a href="${root}stats.html">The program’s numbers</a></header>${options.body}<footer><p>Generated from the Azure Tech Groups registry. Data: <a href="${root}groups.json">groups.json</a>, <a href="${root}groups.v2.json">groups.v2.json</a>, <a href="${root}stats.json">stats.json</a>; calendar: <a href="${root}meetups.ics">meetups.ics</a>; feeds: <a href="${root}groups.atom">groups as they join</a>, <a href="${root}meetups.atom">upcoming Azure meetups</a> (Atom). Places of cities: <a href="https://www.geonames.org/">GeoNames</a>, under <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.</p></footer>${options.script ? `<script>${SCRIPT}</script>` : ''}</body></html>\n`;
}

function time(date: string): string {
  return `<time>${text(date)}</time>`;
}

function nextMeetup(group: SiteGroup): SiteMeetup | undefined {
  return group.upcoming[0];
}

/** Countries with a page of their own: a valid ISO 3166-1 alpha-2 code, nothing else. */
export function hasCountryPage(code: string): boolean {
  return /^[A-Z]{2}$/.test(code);
}

function indexRow(group: SiteGroup, root = '', dot?: MapDot): string {
  const next = nextMeetup(group);
  const website = group.website === undefined ? '' : ` · ${link(group.website, 'website')}`;
  // Numbers only: where the index's script draws this group's dot on the map.
  const xy = dot === undefined ? '' : ` data-xy="${String(dot.x)},${String(dot.y)}"`;
  return `<li data-l="${text(group.language)}"${xy}>${link(`${root}groups/${group.slug}.html`, group.name)} · ${text(group.city)} · ${text(group.languageName)}${website}${next === undefined ? '' : ` · next ${text(next.date)}`}</li>`;
}

function options(values: ReadonlyMap<string, string>, all: string): string {
  return [`<option value="">${all}</option>`]
    .concat(
      [...values].map(([value, label]) => `<option value="${text(value)}">${text(label)}</option>`),
    )
    .join('');
}

/** A marker for each group the model could place, linking to its page. */
/** Each placeable group's dot, by slug. */
function dotsOf(model: SiteModel): Map<string, MapDot> {
  return placeDots(
    model.groups.flatMap(({ place, slug }) =>
      place === undefined ? [] : [{ key: slug, ...place }],
    ),
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
  const dots = dotsOf(model);
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
        `<section data-c="${text(code)}"><h3>${hasCountryPage(code) ? link(`countries/${code.toLowerCase()}.html`, countryNames.get(code) ?? code) : text(countryNames.get(code) ?? code)}</h3><ul class="g">${groups.map((group) => indexRow(group, '', dots.get(group.slug))).join('')}</ul></section>`,
    )
    .join('');
  const legend = ['none', '1', '2–3', '4–9', '10 or more']
    .map((label, i) => `<li><span class="s${i}"></span>${label}</li>`)
    .join('');
  const total = model.groups.length;
  const body = `<main><h1>${SITE_TITLE}: the directory</h1><p>Local Azure user groups in the Azure Tech Groups program: ${total} active group${total === 1 ? '' : 's'} in ${byCountry.size} countr${byCountry.size === 1 ? 'y' : 'ies'}, as of ${time(model.today)}.</p><figure><h2>Where the groups are</h2>${renderWorldMap(counts, (code) => countryNames.get(code) ?? countryName(code), dots.size > 0)}<figcaption>Groups per country:<ul class="legend">${legend}</ul></figcaption></figure><h2>Groups</h2><form id="f" role="search" hidden><label>Search<input type="search" id="q" autocomplete="off"></label><label>Country<select id="c">${options(countryNames, 'All countries')}</select></label><label>Language<select id="l">${options(languages, 'All languages')}</select></label></form><p id="n" role="status">${total} groups</p>${sections}</main>`;
  return page({ title: `${SITE_TITLE} directory`, body, root: '', script: true });
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
  const body = `<main><h1>${text(group.name)}</h1><dl>${detail('City', text(group.city))}${detail('Country', hasCountryPage(group.country) ? link(`../countries/${group.country.toLowerCase()}.html`, group.countryName) : text(group.countryName))}${detail('Language', text(group.languageName))}${detail('Time zone', group.timezone === undefined ? undefined : text(group.timezone))}${detail('In the program since', group.joined === undefined ? undefined : time(group.joined))}${detail('Website', group.website === undefined ? undefined : link(group.website, shortUrl(group.website)))}${detail('Code of conduct', group.codeOfConduct === undefined ? undefined : link(group.codeOfConduct, shortUrl(group.codeOfConduct)))}</dl><h2>Upcoming meetups</h2>${meetupList(group.upcoming, 'No meetups planned yet.')}<p>${link(`${group.slug}.ics`, 'Subscribe to this group’s Azure meetups (iCalendar)')}</p><h2>Azure meetups in the last 12 months</h2><p>${counted} Azure meetup${counted === 1 ? '' : 's'} held.</p>${renderMonthChart(group.months)}${meetupList([...group.recent].reverse(), 'None in the last 12 months.')}${cardSnippet(group)}<p><a href="../index.html">All groups</a></p></main>`;
  return page({
    title: `${group.name}: ${SITE_TITLE}`,
    body,
    root: '../',
    script: false,
  });
}

/** The card's own style: the card is a document of its own, shown in other sites' iframes. */
const CARD_STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:0;padding:.6rem;color:#1a1a1a;background:#fff}h1{font-size:1rem;margin:0 0 .3rem}ul{margin:.3rem 0;padding-left:1.1rem}p{margin:.3rem 0}a{color:#0a4f9e}`;
const CARD_CSP = `default-src 'none'; style-src ${sha256(CARD_STYLE)}; img-src 'none'; base-uri 'none'; form-action 'none'`;

/** How many upcoming meetups a card shows. */
export const CARD_MEETUPS = 3;

/**
 * groups/<slug>/card.html: the group's name, its next meetups and a link to its page, for other
 * sites to embed. No script; links open outside the frame, without a referrer.
 */
export function renderCard(group: SiteGroup): string {
  const out = (url: string, label: string): string =>
    link(url, label, ' target="_blank" rel="noopener noreferrer"');
  const next = group.upcoming.slice(0, CARD_MEETUPS);
  const meetups =
    next.length === 0
      ? '<p>No meetups planned yet.</p>'
      : `<ul>${next.map((meetup) => `<li>${time(meetup.date)} ${meetup.url === undefined ? text(meetup.title) : out(meetup.url, meetup.title)}</li>`).join('')}</ul>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CARD_CSP}"><meta name="referrer" content="no-referrer"><title>${text(`${group.name}: next meetups`)}</title><style>${CARD_STYLE}</style></head><body><main><h1>${text(group.name)}</h1><p>${text([group.city, group.countryName].filter((part) => part !== '').join(', '))}</p>${meetups}<p>${out(`../${group.slug}.html`, `About ${group.name} on ${SITE_TITLE}`)}</p></main></body></html>\n`;
}

/**
 * The snippet for embedding the card. The site does not know its own address, so the snippet
 * says where to put it.
 */
function cardSnippet(group: SiteGroup): string {
  // The name is escaped once for the snippet's own attribute (it will be pasted into someone's
  // page as HTML), and the whole snippet once more for showing it here.
  const snippet = `<iframe src="https://SITE-ADDRESS/groups/${group.slug}/card.html" title="${text(group.name)}: next meetups" width="320" height="220" style="border:1px solid #ccc" loading="lazy" sandbox="allow-popups allow-popups-to-escape-sandbox"></iframe>`;
  return `<h2>Show this group on your site</h2><p>Paste this into your page, with this site’s address instead of SITE-ADDRESS. It shows ${link(`${group.slug}/card.html`, 'this card')}: the group’s name, its next meetups and a link here.</p><pre><code>${text(snippet)}</code></pre>`;
}

function countryMeetup(group: SiteGroup, meetup: SiteMeetup): string {
  const title = meetup.url === undefined ? text(meetup.title) : link(meetup.url, meetup.title);
  return `<li>${time(meetup.date)} ${title} · ${link(`../groups/${group.slug}.html`, group.name)}${meetup.azure ? '' : ' (not about Azure)'}</li>`;
}

/** countries/<cc>.html: one country's groups and their upcoming meetups. */
export function renderCountryPage(code: string, groups: readonly SiteGroup[]): string {
  const name = groups[0]?.countryName ?? countryName(code);
  const upcoming = groups
    .flatMap((group) => group.upcoming.map((meetup) => ({ group, meetup })))
    .sort(bySoonest);
  const cc = code.toLowerCase();
  const body = `<main><h1>Azure Tech Groups in ${text(name)}</h1><p>${groups.length} active group${groups.length === 1 ? '' : 's'}. ${link(`${cc}.ics`, `Subscribe to the Azure meetups in ${name} (iCalendar)`)}</p><h2>Groups</h2><ul class="g">${groups.map((group) => indexRow(group, '../')).join('')}</ul><h2>Upcoming meetups</h2>${upcoming.length === 0 ? '<p>No meetups planned yet.</p>' : `<ul>${upcoming.map(({ group, meetup }) => countryMeetup(group, meetup)).join('')}</ul>`}<p><a href="../index.html">All groups</a></p></main>`;
  return page({ title: `${name}: ${SITE_TITLE}`, body, root: '../', script: false });
}

function table(
  caption: string,
  head: [string, string],
  rows: ReadonlyArray<[string, number]>,
): string {
  return `<table><caption>${caption}</caption><thead><tr><th scope="col">${head[0]}</th><th scope="col">${head[1]}</th></tr></thead><tbody>${rows.map(([label, value]) => `<tr><th scope="row">${text(label)}</th><td>${value}</td></tr>`).join('')}</tbody></table>`;
}

/** stats.html: the program's numbers, each chart followed by its figures as a table. */
export function renderStatsPage(stats: SiteStats): string {
  const years = stats.groupsByJoinedYear.map(
    ({ year, groups }) => [year === null ? 'Not known' : String(year), groups] as [string, number],
  );
  const months = stats.azureMeetupsByMonth.map(
    ({ month, meetups }) =>
      [MONTH_YEAR.format(new Date(`${month}-01T00:00:00Z`)), meetups] as [string, number],
  );
  const countries = stats.groupsByCountry.map(
    ({ countryName: name, groups }) => [name, groups] as [string, number],
  );
  const body = `<main><h1>${SITE_TITLE}: the program’s numbers</h1><p>As of ${time(stats.generated)}. These figures count current groups only: the ${stats.groups} active group${stats.groups === 1 ? '' : 's'} in the registry. Groups that have left are not counted, nor are their meetups. The same figures as data: <a href="stats.json">stats.json</a>.</p><dl><dt>Active groups</dt><dd>${stats.groups}</dd><dt>Groups at risk</dt><dd>${stats.groupsAtRisk} (below the program’s minimum of Azure meetups, or due to fall below it soon unless they hold another)</dd><dt>Median Azure meetups per group</dt><dd>${stats.medianAzureMeetupsPerGroup} in the last 12 months</dd></dl><h2>Groups by the year they joined</h2><figure>${renderBarChart(years.map(([label, value]) => ({ label: label === 'Not known' ? '?' : label, value })))}<figcaption>${table('Current groups by the year they joined', ['Year', 'Groups'], years)}</figcaption></figure><h2>Azure meetups per month</h2><figure>${renderBarChart(stats.azureMeetupsByMonth.map(({ month, meetups }) => ({ label: MONTH.format(new Date(`${month}-01T00:00:00Z`)), value: meetups })))}<figcaption>${table(`Azure meetups held by current groups, the last ${stats.azureMeetupsByMonth.length} months`, ['Month', 'Meetups'], months)}</figcaption></figure><h2>Groups per country</h2><figure>${renderRowChart(countries.map(([label, value]) => ({ label, value })))}<figcaption>${table('Current groups per country', ['Country', 'Groups'], countries)}</figcaption></figure></main>`;
  return page({ title: `The program’s numbers: ${SITE_TITLE}`, body, root: '', script: false });
}

const MONTH = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' });
const MONTH_YEAR = new Intl.DateTimeFormat('en', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
