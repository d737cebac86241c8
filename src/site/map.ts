import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { text } from './html.js';

const WIDTH = 800;
const HEIGHT = 390;

/** Fill for no group, then for 1, 2–3, 4–9 and 10 or more groups. */
export const SHADES = ['#e4e4e4', '#b9d3ee', '#7fb0e0', '#3f86c9', '#0b4f94'] as const;
const BOUNDS = [1, 2, 4, 10];

export function shadeOf(count: number): string {
  let shade = 0;
  for (const bound of BOUNDS) if (count >= bound) shade++;
  return SHADES[shade] ?? SHADES[0];
}

/**
 * Path data with whole-pixel, relative coordinates (an `l` followed by every further point of the
 * ring), dropping points that round onto the previous one: at this size the map looks the same
 * and weighs about 40 KB instead of 110 KB.
 */
class CompactPath {
  private out = '';
  private x = 0;
  private y = 0;
  private inLine = false;

  moveTo(px: number, py: number): void {
    const x = Math.round(px);
    const y = Math.round(py);
    this.out += `M${x} ${y}`.replace(' -', '-');
    this.x = x;
    this.y = y;
    this.inLine = false;
  }

  lineTo(px: number, py: number): void {
    const x = Math.round(px);
    const y = Math.round(py);
    const dx = x - this.x;
    const dy = y - this.y;
    if (dx === 0 && dy === 0) return;
    const pair = `${dx}${dy < 0 ? '' : ' '}${dy}`;
    this.out += this.inLine ? (dx < 0 ? pair : ` ${pair}`) : `l${pair}`;
    this.inLine = true;
    this.x = x;
    this.y = y;
  }

  closePath(): void {
    this.out += 'z';
    this.inLine = false;
  }

  beginPath(): void {
    // Every ring starts with moveTo, which is all the path data needs.
  }

  arc(): void {
    // Only point geometries draw arcs; the world's countries are polygons.
  }

  take(): string {
    const out = this.out;
    this.out = '';
    return out;
  }
}

interface Shape {
  /** ISO 3166-1 alpha-2, or undefined for areas without one (Kosovo, northern Cyprus…). */
  code: string | undefined;
  d: string;
}

let shapes: Shape[] | undefined;
let projected: GeoProjection | undefined;

/** Every country of Natural Earth's 1:110m map (world-atlas), projected once per process. */
function worldShapes(): Shape[] {
  if (shapes) return shapes;
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  const all = feature(topology, topology.objects.countries);
  // Antarctica holds no user group and would take a fifth of the height.
  all.features = all.features.filter((country) => country.id !== '010');
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], all);
  projected = projection;
  const context = new CompactPath();
  const path = geoPath(projection, context);
  shapes = all.features.map((country) => {
    path(country);
    const numeric = typeof country.id === 'string' ? country.id : undefined;
    return {
      code: numeric === undefined ? undefined : countries.numericToAlpha2(numeric),
      d: context.take(),
    };
  });
  return shapes;
}

/**
 * The world map, shaded by the number of groups per country (alpha-2 code → count), as inline
 * SVG. Countries too small for this scale (Singapore, Malta…) do not show; the list does. With
 * `dots`, it holds an empty layer the index's script fills with one link per placed group (see
 * `placeDots`).
 */
export function renderWorldMap(
  counts: ReadonlyMap<string, number>,
  names: (code: string) => string,
  dots = false,
): string {
  const paths = worldShapes()
    .map(({ code, d }) => {
      const count = code === undefined ? 0 : (counts.get(code) ?? 0);
      if (count === 0) return `<path d="${d}"/>`;
      const label = `${names(code ?? '')}: ${count} group${count === 1 ? '' : 's'}`;
      return `<path d="${d}" fill="${shadeOf(count)}"><title>${text(label)}</title></path>`;
    })
    .join('');
  // With dots the map holds links, so it is a group of them, not one image.
  const role = dots
    ? 'role="group" aria-label="World map of the groups: each dot is a group, a link to its page"'
    : 'role="img" aria-label="World map shaded by the number of groups in each country"';
  return `<svg class="map" viewBox="0 0 ${WIDTH} ${HEIGHT}" ${role} fill="${SHADES[0]}" stroke="#fff" stroke-width=".5"><g>${paths}</g>${dots ? '<g class="m" stroke="none"></g>' : ''}</svg>`;
}

/** A group to place on the map: the key its list entry carries, and where it meets. */
export interface MapPlace {
  key: string;
  lat: number;
  lon: number;
}

/** Where a dot goes, in the map's coordinates. */
export interface MapDot {
  x: number;
  y: number;
}

/**
 * The markers' look, for the page's style sheet (the page's Content-Security-Policy allows only
 * its own inline style, by hash). A label shows while its marker is hovered or focused; it stays
 * in the page, transparent, so the link's accessible name is the label. A label that would run
 * off the right edge (past `LABEL_FLIP_X`) reads leftwards from its dot (class e).
 */
export const MAP_STYLE =
  '.map a circle{fill:#c25400;stroke:#fff;stroke-width:.6}.map a text{opacity:0;fill:#1a1a1a;stroke:#fff;stroke-width:3px;paint-order:stroke;font-size:12px;pointer-events:none;transform:translate(6px,4px)}.map a .e{text-anchor:end;transform:translate(-6px,4px)}.map a:hover text,.map a:focus text{opacity:1}.map a:focus{outline:none}.map a:focus circle{stroke:#1a1a1a;stroke-width:1.5}';
export const LABEL_FLIP_X = WIDTH * 0.7;
/** Marker radius. */
export const DOT_RADIUS = 3;

/** Markers within one cell of this many pixels share a spot and are spread around it. */
const CELL = 8;
/** The most a crowded spot spreads its markers. */
const MAX_SPREAD = 18;
/** The golden angle: a sunflower's seeds, evenly spread at any count. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Where each group's dot goes, by key. Groups whose cities fall in one cell are laid out around it
 * as a sunflower, spaced so a few stay apart and thousands form a disc no wider than MAX_SPREAD
 * (they overlap then, and the disc's size tells how many): each is still a link of its own.
 *
 * Only the positions are in the page, on the list entries (`data-xy`): the index's script draws
 * each dot as a link with the entry's own address and name. A server-drawn link per group cost
 * about 136 bytes each (68 KB at 500 groups, against an index budget of 150 KB); a position costs
 * about 16.
 */
export function placeDots(places: readonly MapPlace[]): Map<string, MapDot> {
  const dots = new Map<string, MapDot>();
  if (places.length === 0) return dots;
  worldShapes();
  const projection = projected;
  if (projection === undefined) return dots;
  const cells = new Map<string, Array<{ key: string; x: number; y: number }>>();
  for (const place of places) {
    const point = projection([place.lon, place.lat]);
    if (point === null) continue;
    const [x, y] = point;
    const cell = `${Math.round(x / CELL)},${Math.round(y / CELL)}`;
    const members = cells.get(cell) ?? [];
    members.push({ key: place.key, x, y });
    cells.set(cell, members);
  }
  for (const members of cells.values()) {
    const cx = members.reduce((sum, item) => sum + item.x, 0) / members.length;
    const cy = members.reduce((sum, item) => sum + item.y, 0) / members.length;
    const step = Math.min(2 * DOT_RADIUS, MAX_SPREAD / Math.sqrt(members.length));
    members.forEach(({ key }, i) => {
      const r = members.length === 1 ? 0 : step * Math.sqrt(i + 0.5);
      dots.set(key, {
        x: round(cx + r * Math.cos(i * GOLDEN_ANGLE)),
        y: round(cy + r * Math.sin(i * GOLDEN_ANGLE)),
      });
    });
  }
  return dots;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
