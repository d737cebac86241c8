import { describe, expect, it } from 'vitest';
import { CITY_ALIASES } from '../../core/place-aliases.js';
import { cityKey, type PlaceContext } from '../../core/places.js';
import { loadPlaceIndex } from '../../adapters/fs/places.js';
import { VALID_GROUP, withField } from '../../../test/support/check.js';
import { ruleTester } from '../../../test/support/rule-tester.js';

const RULE = 'registry/location';

// The real dataset, loaded once: the aliases and homonyms are about its spellings.
const index = await loadPlaceIndex();
const places: PlaceContext = { index, joining: new Set() };

const at = (city: string, country = 'NL'): string =>
  withField('country', country, withField('city', city));

/** The finding at the value of `city: …` (line 5, column 7). */
const atCity = (message: string, translations: { nl?: string; sv?: string } = {}) => ({
  pointer: '/city',
  line: 5,
  column: 7,
  message,
  ...translations,
});

const unknown = (city: string, country: string): string =>
  `The registry cannot place the city "${city}" in ${country}: it is not among the places of 1,000 people or more whose English, Dutch or Swedish names it knows (GeoNames). Check the spelling and the country; if both are right, add "location" with the place's "lat" and "lon" in degrees (for Utrecht: lat 52.09, lon 5.12). Until then the group is not on the map.`;

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      { name: 'places a city in its country', text: VALID_GROUP, places },
      ...[
        ['Den Haag', 'NL'],
        ["'s-Gravenhage", 'NL'],
        ['The Hague', 'NL'],
        ['Gothenburg', 'SE'],
        ['Göteborg', 'SE'],
        ['Goteborg', 'SE'],
        ['malmö', 'SE'],
        ['Köpenhamn', 'DK'],
        ['Brussel', 'BE'],
      ].map(([city = '', country = '']) => ({
        name: `places ${city} in ${country}, as people write it`,
        text: at(city, country),
        places,
      })),
      {
        name: 'takes a group’s own location for a place the dataset lacks',
        text: withField('city', 'Atlantis\nlocation:\n  lat: 52.1\n  lon: 5.1'),
        places,
        also: [],
      },
      {
        name: 'says nothing where the places are not loaded (the check of an existing group)',
        text: at('Atlantis'),
      },
      {
        name: 'leaves a missing city to the schema rule',
        text: withField('city', undefined),
        places,
      },
    ],
    invalid: [
      {
        name: 'warns of a city the dataset does not know, asking for a location',
        text: at('Atlantis'),
        places,
        findings: [
          atCity(unknown('Atlantis', 'NL'), {
            nl: 'Het register kan de plaats "Atlantis" in NL niet vinden: die staat niet bij de plaatsen met 1.000 inwoners of meer waarvan het de Engelse, Nederlandse of Zweedse naam kent (GeoNames). Controleer de spelling en het land. Kloppen beide, voeg dan "location" toe met de "lat" en "lon" van de plaats in graden (voor Utrecht: lat 52.09, lon 5.12). Tot dan staat de groep niet op de kaart.',
            sv: 'Registret kan inte hitta orten "Atlantis" i NL: den finns inte bland de orter med minst 1 000 invånare vars engelska, nederländska eller svenska namn registret känner till (GeoNames). Kontrollera stavningen och landet. Om båda stämmer lägger du till "location" med ortens "lat" och "lon" i grader (för Uppsala: lat 59.86, lon 17.64). Till dess syns gruppen inte på kartan.',
          }),
        ],
      },
      {
        name: 'matches on the country too: Göteborg is not in the Netherlands',
        text: at('Göteborg', 'NL'),
        places,
        findings: [atCity(unknown('Göteborg', 'NL'))],
      },
      {
        name: 'reads an alias only in its own country: Den Haag is not in Sweden',
        text: at('Den Haag', 'SE'),
        places,
        findings: [atCity(unknown('Den Haag', 'SE'))],
      },
    ],
  });

  it('takes the most populous of two places with one name in a country', () => {
    // Hengelo (Overijssel, ~80,000 people) and Hengelo (Gelderland, ~4,500).
    expect(index.find('Hengelo', 'NL')).toMatchObject({ lat: 52.26583, lon: 6.79306 });
  });

  it('maps every alias to a place the dataset has', () => {
    for (const [country, names] of Object.entries(CITY_ALIASES)) {
      for (const [alias, name] of Object.entries(names)) {
        expect(index.find(alias, country), `${alias} (${country})`).toMatchObject({ name });
        // An alias that already matches by key would be a dead entry.
        expect(cityKey(alias), `${alias} (${country})`).not.toBe(cityKey(name));
      }
    }
  });
});
