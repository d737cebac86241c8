import { describe, expect, it } from 'vitest';
import { buildPlaceIndex, cityKey, distanceKm, placeOf } from './places.js';

const city = (name: string, population: number, lat = 0, lon = 0, country = 'NL') => ({
  name,
  country,
  population,
  lat,
  lon,
});

describe('the place index', () => {
  it('takes the most populous of a name in a country, whatever the order', () => {
    const small = city('Hengelo', 4510, 52.05, 6.31);
    const large = city('Hengelo', 80809, 52.27, 6.79);
    for (const order of [
      [small, large],
      [large, small],
    ]) {
      expect(buildPlaceIndex(order).find('Hengelo', 'NL')).toEqual({
        name: 'Hengelo',
        lat: 52.27,
        lon: 6.79,
      });
    }
  });

  it('matches on the country', () => {
    const index = buildPlaceIndex([city('Utrecht', 3575, -27.7, 30.3, 'ZA')]);
    expect(index.find('Utrecht', 'NL')).toBeUndefined();
    expect(index.find('Utrecht', 'ZA')).toBeDefined();
  });

  it('ignores case, accents, apostrophes and hyphens, and reads the alias table', () => {
    expect(cityKey("'s-Gravenhage")).toBe(cityKey('S Gravenhage'));
    expect(cityKey('MALMÖ')).toBe('malmo');
    const index = buildPlaceIndex([city('The Hague', 474292, 52.08, 4.3)]);
    expect(index.find('den haag', 'NL')).toMatchObject({ name: 'The Hague' });
  });

  it('prefers a group’s own location, and ignores one out of range', () => {
    const index = buildPlaceIndex([city('Utrecht', 290529, 52.09, 5.12)]);
    const data = { city: 'Utrecht', country: 'NL', location: { lat: 1, lon: 2 } };
    expect(placeOf(data, index)).toEqual({ name: 'Utrecht', lat: 1, lon: 2 });
    expect(placeOf({ ...data, location: { lat: 91, lon: 2 } }, index)).toMatchObject({
      lat: 52.09,
    });
  });

  it('measures great-circle distances', () => {
    // One degree of longitude on the equator, and half the globe.
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo(111.2, 1);
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(20015.1, 0);
    expect(distanceKm({ lat: 52, lon: 5 }, { lat: 52, lon: 5 })).toBe(0);
  });
});
