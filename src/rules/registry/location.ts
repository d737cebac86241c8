import { ownLocation } from '../../core/places.js';
import { field, quote } from '../../core/read.js';
import { say } from '../../i18n/findings/index.js';
import type { GroupRule } from '../rule.js';

/** A country code the schema accepts; anything else is the schema's to report. */
const COUNTRY = /^[A-Z]{2}$/;

export const rule: GroupRule = {
  id: 'registry/location',
  scope: 'group',
  summary:
    "A group's city is one the registry can place on the map (GeoNames places of 1,000+ people, with English, Dutch and Swedish names), or the group gives its own location.",
  severity: 'warning',
  waivable: true,
  check({ data }, { places }) {
    // Without the places loaded (a check of existing groups only), nothing can be said.
    if (places === undefined || ownLocation(data) !== undefined) return [];
    const city = field(data, 'city');
    const country = field(data, 'country');
    if (typeof city !== 'string' || city.trim() === '') return [];
    if (typeof country !== 'string' || !COUNTRY.test(country)) return [];
    if (places.index.find(city, country) !== undefined) return [];
    return [
      {
        pointer: '/city',
        message: say('registry/location.unknown', { city: quote(city), country }),
      },
    ];
  },
};
