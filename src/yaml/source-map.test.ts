import { describe, expect, it } from 'vitest';
import { yaml } from '../../test/support/check.js';
import { renderMessage } from '../i18n/findings/index.js';
import { parseYamlMapping } from './parse.js';

function mapOf(text: string) {
  const parsed = parseYamlMapping(text);
  if (!parsed.ok) throw new Error(renderMessage(parsed.reason, 'en'));
  return parsed.map;
}

describe('locating JSON pointers in YAML source', () => {
  const text = yaml`
    slug: utrecht-azure
    leader:
      name: "Anna"
      github: annadevries
    meetups:
      - date: 2026-01-15
        title: One
      - { date: 2026-02-12, title: 'Two' }
    a/b~c: escaped
    empty:
  `;
  const map = mapOf(text);

  it('finds scalar values and their keys', () => {
    expect(map.locate('/slug')).toEqual({ line: 1, column: 7 });
    expect(map.locate('/slug', 'key')).toEqual({ line: 1, column: 1 });
    expect(map.locate('/leader/github')).toEqual({ line: 4, column: 11 });
  });

  it('points at the opening quote of a quoted value, double or single', () => {
    // `  name: "Anna"`: the double quote is column 9.
    expect(map.locate('/leader/name')).toEqual({ line: 3, column: 9 });
    // `  - { date: 2026-02-12, title: 'Two' }`: the single quote is column 32.
    expect(map.locate('/meetups/1/title')).toEqual({ line: 8, column: 32 });
  });

  it('finds sequence items, block and flow', () => {
    expect(map.locate('/meetups/0')).toEqual({ line: 6, column: 5 });
    expect(map.locate('/meetups/0/title')).toEqual({ line: 7, column: 12 });
    expect(map.locate('/meetups/1/date')).toEqual({ line: 8, column: 13 });
    expect(map.locate('/meetups/1/title').line).toBe(8);
  });

  it('unescapes ~0 and ~1 in pointer segments', () => {
    expect(map.locate('/a~1b~0c')).toEqual({ line: 9, column: 8 });
  });

  it('places an empty value on its key', () => {
    expect(map.locate('/empty')).toEqual({ line: 10, column: 1 });
  });

  it('resolves a missing field to the key of its nearest existing parent', () => {
    expect(map.locate('/leader/termsAccepted')).toEqual({ line: 2, column: 1 });
    expect(map.locate('/meetups/0/azure')).toEqual({ line: 6, column: 5 });
    expect(map.locate('/nothing/here')).toEqual({ line: 1, column: 1 });
  });

  it('gives the line of a node that exists, and none for one that does not', () => {
    expect(map.lineOf('/leader/github')).toBe(4);
    expect(map.lineOf('/meetups/1')).toBe(8);
    expect(map.lineOf('/meetups/0/title')).toBe(7);
    expect(map.lineOf('/leader/termsAccepted')).toBeUndefined();
    expect(map.lineOf('/meetups/2')).toBeUndefined();
  });

  it('counts lines the same with CRLF line endings', () => {
    const crlf = mapOf(text.replaceAll('\n', '\r\n'));
    expect(crlf.locate('/leader/github')).toEqual({ line: 4, column: 11 });
    expect(crlf.locate('/meetups/0/title')).toEqual({ line: 7, column: 12 });
  });
});
