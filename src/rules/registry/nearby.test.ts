import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, resolvePolicy } from '../../core/policy.js';
import type { PlaceContext } from '../../core/places.js';
import { loadPlaceIndex } from '../../adapters/fs/places.js';
import { VALID_GROUP, withField } from '../../../test/support/check.js';
import { ruleTester } from '../../../test/support/rule-tester.js';

const RULE = 'registry/nearby';
const PATH = 'groups/example.yaml';

const index = await loadPlaceIndex();
/** The file under test is one the pull request adds. */
const joining: PlaceContext = { index, joining: new Set([PATH]) };
/** Nothing is added: only an `applying` status makes a group joining. */
const existing: PlaceContext = { index, joining: new Set() };

/** Another group of the registry, in `city`, under its own slug, name and website. */
function other(slug: string, city: string, country = 'NL', status = 'active') {
  let text = withField('slug', slug);
  text = withField('name', `${slug} Azure User Group`, text);
  text = withField('website', `https://${slug}.example.org/`, text);
  text = withField('city', city, text);
  text = withField('country', country, text);
  text = withField('status', status, text);
  return { path: `groups/${slug}.yaml`, text };
}

const at = (city: string, country = 'NL', base = VALID_GROUP): string =>
  withField('country', country, withField('city', city, base));

/** The finding at the value of `city: …` (line 5, column 7). */
const atCity = (message: string, translations: { nl?: string; sv?: string } = {}) => ({
  pointer: '/city',
  line: 5,
  column: 7,
  message,
  ...translations,
});

const TALK =
  'Groups this close share members and speakers: the leaders may want to talk to each other before this group joins.';
const near = (slug: string, city: string, km: string): string =>
  `The active group "${slug} Azure User Group" meets in "${city}", ${km}. ${TALK}`;

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      {
        name: 'says nothing to a group already in the registry',
        text: VALID_GROUP,
        places: existing,
        others: [other('amsterdam', 'Amsterdam')],
      },
      {
        name: 'says nothing where the places are not loaded',
        text: VALID_GROUP,
        others: [other('amsterdam', 'Amsterdam')],
      },
      {
        name: 'leaves out a group 56.3 km away when the policy says 56 km',
        text: VALID_GROUP,
        places: joining,
        nearbyKm: 56,
        others: [other('den-haag', 'Den Haag')],
      },
      {
        name: 'leaves out a group farther than the default 100 km (Groningen)',
        text: VALID_GROUP,
        places: joining,
        others: [other('groningen', 'Groningen')],
      },
      {
        name: 'takes the more populous Hengelo, 116 km away, not the small one 81 km away',
        text: VALID_GROUP,
        places: joining,
        others: [other('hengelo', 'Hengelo')],
      },
      {
        name: 'names only active groups, not applying or leaving ones',
        text: VALID_GROUP,
        places: joining,
        others: [
          other('amsterdam', 'Amsterdam', 'NL', 'applying'),
          other('amersfoort', 'Amersfoort', 'NL', 'leaving'),
        ],
      },
      {
        name: 'says nothing of a group without a place, nor to one',
        text: at('Atlantis'),
        places: joining,
        others: [other('amsterdam', 'Amsterdam'), other('nowhere', 'Nowhere')],
      },
    ],
    invalid: [
      {
        name: 'names a group 56.3 km away when the policy says 57 km, with the distance',
        text: VALID_GROUP,
        places: joining,
        nearbyKm: 57,
        others: [other('den-haag', `"'s-Gravenhage"`)],
        findings: [
          atCity(near('den-haag', "'s-Gravenhage", '56 km from here'), {
            nl: `De actieve groep "den-haag Azure User Group" komt samen in "'s-Gravenhage", 56 km hiervandaan. Groepen zo dicht bij elkaar delen leden en sprekers: de leiders willen misschien met elkaar praten voordat deze groep zich aansluit.`,
          }),
        ],
      },
      {
        name: 'names a group in the same city, written another way, as the same place',
        text: at('Den Haag'),
        places: joining,
        others: [other('the-hague', 'The Hague')],
        findings: [atCity(near('the-hague', 'The Hague', 'the same place as this group'))],
      },
      {
        name: 'names a group across a border: Malmö and Copenhagen (Köpenhamn), in Swedish',
        text: at('Malmö', 'SE', withField('language', 'sv')),
        places: joining,
        others: [other('kopenhamn', 'Köpenhamn', 'DK')],
        findings: [
          atCity(near('kopenhamn', 'Köpenhamn', '28 km from here'), {
            sv: 'Den aktiva gruppen "kopenhamn Azure User Group" håller sina möten i "Köpenhamn", 28 km härifrån. Grupper så nära varandra delar medlemmar och talare: ledarna kanske vill prata med varandra innan den här gruppen går med.',
          }),
        ],
      },
      {
        name: 'names the small Hengelo when that group gives its own location',
        text: VALID_GROUP,
        places: joining,
        others: [
          {
            path: 'groups/hengelo.yaml',
            text: withField(
              'city',
              'Hengelo\nlocation:\n  lat: 52.05083\n  lon: 6.30972',
              other('hengelo', 'Hengelo').text,
            ),
          },
        ],
        findings: [atCity(near('hengelo', 'Hengelo', '81 km from here'))],
      },
      {
        name: 'tells an applying group, even when no pull request adds it',
        text: withField('status', 'applying', withField('joined', undefined)),
        places: existing,
        others: [other('amersfoort', 'Amersfoort')],
        findings: [{ ...atCity(near('amersfoort', 'Amersfoort', '19 km from here')), line: 4 }],
      },
      {
        name: 'names the three nearest, nearest first',
        text: VALID_GROUP,
        places: joining,
        others: [
          other('rotterdam', 'Rotterdam'),
          other('amsterdam', 'Amsterdam'),
          other('eindhoven', 'Eindhoven'),
          other('amersfoort', 'Amersfoort'),
        ],
        findings: [
          atCity(near('amersfoort', 'Amersfoort', '19 km from here')),
          atCity(near('amsterdam', 'Amsterdam', '35 km from here')),
          atCity(near('rotterdam', 'Rotterdam', '48 km from here')),
        ],
      },
    ],
  });

  it('takes its distance from the policy, 100 km unless it says otherwise', () => {
    expect(DEFAULT_POLICY.nearby.km).toBe(100);
    expect(resolvePolicy({}).nearby.km).toBe(100);
    expect(resolvePolicy({ nearby: { km: 40 } }).nearby.km).toBe(40);
  });
});
