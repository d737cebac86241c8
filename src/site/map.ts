import { geoEqualEarth, geoPath } from 'd3-geo';
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

/** Every country of Natural Earth's 1:110m map (world-atlas), projected once per process. */
function worldShapes(): Shape[] {
  if (shapes) return shapes;
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  const all = feature(topology, topology.objects.countries);
  // Antarctica holds no user group and would take a fifth of the height.
  all.features = all.features.filter((country) => country.id !== '010');
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], all);
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
 * SVG. Countries too small for this scale (Singapore, Malta…) do not show; the list does.
 */
export function renderWorldMap(
  counts: ReadonlyMap<string, number>,
  names: (code: string) => string,
): string {
  const paths = worldShapes()
    .map(({ code, d }) => {
      const count = code === undefined ? 0 : (counts.get(code) ?? 0);
      if (count === 0) return `<path d="${d}"/>`;
      const label = `${names(code ?? '')}: ${count} group${count === 1 ? '' : 's'}`;
      return `<path d="${d}" fill="${shadeOf(count)}"><title>${text(label)}</title></path>`;
    })
    .join('');
  return `<svg class="map" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="World map shaded by the number of groups in each country" fill="${SHADES[0]}" stroke="#fff" stroke-width=".5">${paths}</svg>`;
}
