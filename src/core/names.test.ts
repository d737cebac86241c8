import { createRequire } from 'node:module';
import fc from 'fast-check';
import unhomoglyph from 'unhomoglyph';
import { describe, expect, it } from 'vitest';
import { prototypesOf, slugFromName } from './names.js';

const confusables = Object.keys(
  createRequire(import.meta.url)('unhomoglyph/data.json') as Record<string, string>,
);

describe('prototypesOf', () => {
  it('gives what unhomoglyph gives, a character at a time', () => {
    const units = fc.oneof(
      // Confusable characters (astral ones among them), plain text, and lone surrogates.
      fc.constantFrom(...confusables),
      fc.string({ unit: 'binary', maxLength: 3 }),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
    );
    fc.assert(
      fc.property(fc.array(units, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(prototypesOf(text)).toBe(unhomoglyph(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('maps the ASCII characters confusables.txt lists', () => {
    expect(prototypesOf('Imola 1901 | 100%')).toBe(unhomoglyph('Imola 1901 | 100%'));
    expect(prototypesOf('m')).toBe('rn');
  });
});

describe('slugFromName', () => {
  it.each([
    ['Utrecht Azure User Group', 'utrecht-azure'],
    ['Bengaluru Azure Developers', 'bengaluru-azure'],
    ['Göteborg Azure Meetup', 'goteborg-azure'],
    ['Cloud Native Malmö', 'cloud-native-malmo'],
    ['  São Paulo   Azure ', 'sao-paulo-azure'],
    ['Utr\u0435cht Azure User Gr\u043Eup', 'utrecht-azure'],
    ['Utrecht\u200B Azure', 'utrecht-azure'],
    ['東京', ''],
  ])('makes %j into %j', (name, slug) => {
    expect(slugFromName(name)).toBe(slug);
  });
});
