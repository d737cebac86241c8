import { describe, expect, it } from 'vitest';
import { VALID_GROUP } from '../../test/support/check.js';
import { renderMessage, renderPhrase, type Language } from '../i18n/findings/index.js';
import { fieldInWords, type FieldWordsOptions } from './field-words.js';
import { parseYamlMapping } from '../yaml/parse.js';

const words = (pointer: string, options?: FieldWordsOptions, language: Language = 'en'): string =>
  renderPhrase(fieldInWords(pointer, options), language);

describe('a place in a file, in words', () => {
  it.each([
    ['', 'the file', 'het bestand', 'filen'],
    ['/city', '"city"', '"city"', '"city"'],
    [
      '/leader/github',
      '"github" under "leader"',
      '"github" onder "leader"',
      '"github" under "leader"',
    ],
    [
      '/fees/passThrough',
      '"passThrough" under "fees"',
      '"passThrough" onder "fees"',
      '"passThrough" under "fees"',
    ],
    ['/meetups', '"meetups"', '"meetups"', '"meetups"'],
    ['/meetups/0', 'the 1st meetup', 'de 1e meetup', 'det 1:a mötet'],
    ['/meetups/7', 'the 8th meetup', 'de 8e meetup', 'det 8:e mötet'],
    [
      '/meetups/7/date',
      '"date" of the 8th meetup',
      '"date" van de 8e meetup',
      '"date" i det 8:e mötet',
    ],
    [
      '/meetups/21/title',
      '"title" of the 22nd meetup',
      '"title" van de 22e meetup',
      '"title" i det 22:a mötet',
    ],
    ['/waivers/0', 'the 1st waiver', 'de 1e vrijstelling', 'det 1:a undantaget'],
    [
      '/waivers/2/rule',
      '"rule" of the 3rd waiver',
      '"rule" van de 3e vrijstelling',
      '"rule" i det 3:e undantaget',
    ],
    ['/tags/1', 'the 2nd entry of "tags"', 'het 2e item van "tags"', 'den 2:a posten i "tags"'],
    [
      '/meetups/1/speakers/0',
      'the 1st entry of "speakers" of the 2nd meetup',
      'het 1e item van "speakers" van de 2e meetup',
      'den 1:a posten i "speakers" i det 2:a mötet',
    ],
    [
      '/meetups/1/venue/city',
      '"city" under "venue" of the 2nd meetup',
      '"city" onder "venue" van de 2e meetup',
      '"city" under "venue" i det 2:a mötet',
    ],
    [
      '/events/meetups/0',
      'the 1st meetup under "events"',
      'de 1e meetup onder "events"',
      'det 1:a mötet under "events"',
    ],
    [
      '/rules/trademark~1name',
      'rule "trademark/name" in rules',
      'programmaregel "trademark/name" in rules',
      'regeln "trademark/name" i rules',
    ],
    [
      '/meetups/minimum',
      '"minimum" under "meetups"',
      '"minimum" onder "meetups"',
      '"minimum" under "meetups"',
    ],
    ['/a~1b~0c', '"a/b~c"', '"a/b~c"', '"a/b~c"'],
    ['/na\nme', '"na\\nme"', '"na\\nme"', '"na\\nme"'],
    [
      '/constructor/0',
      'the 1st entry of "constructor"',
      'het 1e item van "constructor"',
      'den 1:a posten i "constructor"',
    ],
  ])('%j is %s', (pointer, en, nl, sv) => {
    expect(words(pointer)).toBe(en);
    expect(words(pointer, {}, 'nl')).toBe(nl);
    expect(words(pointer, {}, 'sv')).toBe(sv);
  });

  it('tells a field named with digits from a list item when given the data', () => {
    const data = { fees: { '2026': 'x' }, meetups: [{}, {}] };
    expect(words('/fees/2026', { data })).toBe('"2026" under "fees"');
    expect(words('/meetups/1', { data })).toBe('the 2nd meetup');
    expect(words('/fees/2026')).toBe('the 2,027th entry of "fees"');
  });

  it('gives the line of a place that is in the file, and none for one that is not', () => {
    const parsed = parseYamlMapping(VALID_GROUP);
    if (!parsed.ok) throw new Error(renderMessage(parsed.reason, 'en'));
    const options = { map: parsed.map, data: parsed.data };
    expect(words('/meetups/1', options)).toBe('the 2nd meetup (line 29)');
    expect(words('/meetups/1', options, 'nl')).toBe('de 2e meetup (regel 29)');
    expect(words('/meetups/1', options, 'sv')).toBe('det 2:a mötet (rad 29)');
    expect(words('/meetups/1/title', options)).toBe('"title" of the 2nd meetup (line 30)');
    expect(words('/leader', options)).toBe('"leader" (line 13)');
    expect(words('/meetups/9', options)).toBe('the 10th meetup');
    expect(words('/waivers/0/rule', options)).toBe('"rule" of the 1st waiver');
  });

  it.each([
    [1, '1st', '1e', '1:a'],
    [2, '2nd', '2e', '2:a'],
    [3, '3rd', '3e', '3:e'],
    [4, '4th', '4e', '4:e'],
    [11, '11th', '11e', '11:e'],
    [12, '12th', '12e', '12:e'],
    [13, '13th', '13e', '13:e'],
    [21, '21st', '21e', '21:a'],
    [22, '22nd', '22e', '22:a'],
    [23, '23rd', '23e', '23:e'],
    [101, '101st', '101e', '101:a'],
    [111, '111th', '111e', '111:e'],
    [112, '112th', '112e', '112:e'],
  ])('counts %i as %s, %s and %s', (n, en, nl, sv) => {
    const pointer = `/meetups/${String(n - 1)}`;
    expect(words(pointer)).toBe(`the ${en} meetup`);
    expect(words(pointer, {}, 'nl')).toBe(`de ${nl} meetup`);
    expect(words(pointer, {}, 'sv')).toBe(`det ${sv} mötet`);
  });

  it('is a phrase that starts a sentence with a capital, and stays lower case inside one', () => {
    const parsed = parseYamlMapping(VALID_GROUP);
    if (!parsed.ok) throw new Error(renderMessage(parsed.reason, 'en'));
    // A message that opens with the place: the schema check's "is empty".
    const opening = { id: 'schema.empty-value', params: { described: 'no' } };
    const at = (pointer: string, language: Language, options: FieldWordsOptions = {}): string =>
      renderMessage(
        { ...opening, params: { ...opening.params, subject: fieldInWords(pointer, options) } },
        language,
      );
    expect(at('/meetups/7', 'en')).toBe('The 8th meetup is empty: fill it in.');
    expect(at('/meetups/7', 'nl')).toBe('De 8e meetup is leeg: vul een waarde in.');
    expect(at('/meetups/7', 'sv')).toBe('Det 8:e mötet saknar värde: fyll i ett värde.');
    expect(at('/meetups/7/date', 'en')).toBe('"date" of the 8th meetup is empty: fill it in.');
    expect(at('/meetups/1', 'en', { map: parsed.map })).toBe(
      'The 2nd meetup (line 29) is empty: fill it in.',
    );
    // Inside a sentence, a place with its line is not capitalized.
    const inside = renderMessage(
      {
        id: 'place.entry',
        params: { n: 1, list: fieldInWords('/meetups/1', { map: parsed.map }) },
      },
      'en',
    );
    expect(inside).toBe('the 1st entry of the 2nd meetup (line 29)');
  });
});
