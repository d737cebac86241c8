import { describe, expect, it } from 'vitest';
import { VALID_GROUP } from '../../test/support/check.js';
import { fieldInWords, ordinal, sentenceStart } from './field-words.js';
import { renderMessage } from '../i18n/findings/index.js';
import { parseYamlMapping } from './yaml.js';

describe('a place in a file, in words', () => {
  it.each([
    ['', 'the file'],
    ['/city', '"city"'],
    ['/leader/github', '"github" under "leader"'],
    ['/fees/passThrough', '"passThrough" under "fees"'],
    ['/meetups', '"meetups"'],
    ['/meetups/0', 'the 1st meetup'],
    ['/meetups/7', 'the 8th meetup'],
    ['/meetups/7/date', '"date" of the 8th meetup'],
    ['/meetups/21/title', '"title" of the 22nd meetup'],
    ['/waivers/0', 'the 1st waiver'],
    ['/waivers/2/rule', '"rule" of the 3rd waiver'],
    ['/tags/1', 'the 2nd entry of "tags"'],
    ['/meetups/1/speakers/0', 'the 1st entry of "speakers" of the 2nd meetup'],
    ['/meetups/1/venue/city', '"city" under "venue" of the 2nd meetup'],
    ['/rules/trademark~1name', 'rule "trademark/name" in rules'],
    ['/meetups/minimum', '"minimum" under "meetups"'],
    ['/a~1b~0c', '"a/b~c"'],
    ['/na\nme', '"na\\nme"'],
  ])('%j is %s', (pointer, words) => {
    expect(fieldInWords(pointer)).toBe(words);
  });

  it('tells a field named with digits from a list item when given the data', () => {
    const data = { fees: { '2026': 'x' }, meetups: [{}, {}] };
    expect(fieldInWords('/fees/2026', { data })).toBe('"2026" under "fees"');
    expect(fieldInWords('/meetups/1', { data })).toBe('the 2nd meetup');
    expect(fieldInWords('/fees/2026')).toBe('the 2027th entry of "fees"');
  });

  it('gives the line of a place that is in the file, and none for one that is not', () => {
    const parsed = parseYamlMapping(VALID_GROUP);
    if (!parsed.ok) throw new Error(renderMessage(parsed.reason, 'en'));
    const options = { map: parsed.map, data: parsed.data };
    expect(fieldInWords('/meetups/1', options)).toBe('the 2nd meetup (line 27)');
    expect(fieldInWords('/meetups/1/title', options)).toBe('"title" of the 2nd meetup (line 28)');
    expect(fieldInWords('/leader', options)).toBe('"leader" (line 13)');
    expect(fieldInWords('/meetups/9', options)).toBe('the 10th meetup');
    expect(fieldInWords('/waivers/0/rule', options)).toBe('"rule" of the 1st waiver');
  });

  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [101, '101st'],
    [111, '111th'],
    [112, '112th'],
  ])('counts %i as %s', (n, words) => {
    expect(ordinal(n)).toBe(words);
  });

  it('starts a sentence with a capital, and leaves a quoted field as it is', () => {
    expect(sentenceStart('the 8th meetup')).toBe('The 8th meetup');
    expect(sentenceStart('"date" of the 8th meetup')).toBe('"date" of the 8th meetup');
  });
});
