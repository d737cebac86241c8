/**
 * Names people write in English, Dutch and Swedish for places the dataset (GeoNames) spells
 * another way, by country: alias → the dataset's name. Case, accents and hyphens need no entry
 * ("Malmo", "Zurich" match already). A test checks that every target is in the dataset.
 */
export const CITY_ALIASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  NL: {
    'Den Haag': 'The Hague',
    "'s-Gravenhage": 'The Hague',
    'Den Bosch': "'s-Hertogenbosch",
  },
  SE: {
    Gothenburg: 'Göteborg',
    Gotenburg: 'Göteborg',
  },
  BE: {
    Brussel: 'Brussels',
    Bruxelles: 'Brussels',
    Antwerp: 'Antwerpen',
    Ghent: 'Gent',
    Luik: 'Liège',
    Louvain: 'Leuven',
  },
  DE: {
    München: 'Munich',
    Cologne: 'Köln',
    Keulen: 'Köln',
    Aken: 'Aachen',
  },
  DK: {
    København: 'Copenhagen',
    Kopenhagen: 'Copenhagen',
    Köpenhamn: 'Copenhagen',
    Aarhus: 'Århus',
  },
  FI: {
    Helsingfors: 'Helsinki',
    Åbo: 'Turku',
  },
  CH: {
    Geneva: 'Genève',
    Genf: 'Genève',
  },
  FR: {
    Parijs: 'Paris',
  },
  GB: {
    Londen: 'London',
  },
};
