import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  isPoundElement,
  isSelectElement,
  parse,
  TYPE,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './catalogue.js';
import { RULES, summaryId } from '../../rules/index.js';
import { AREAS, CATALOGUES } from './index.js';

/** A message's parameters as `name: type` (and a choice's options), sorted: what must match. */
function parametersOf(source: string): string[] {
  const found = new Set<string>();
  const walk = (elements: readonly MessageFormatElement[]): void => {
    for (const element of elements) {
      if (element.type === TYPE.literal || isPoundElement(element)) continue;
      found.add(`${element.value}: ${TYPE[element.type]}`);
      if (isSelectElement(element)) {
        found.add(`${element.value} options: ${Object.keys(element.options).sort().join(' ')}`);
      }
      if ('options' in element)
        for (const option of Object.values(element.options)) walk(option.value);
      if ('children' in element) walk(element.children);
    }
  };
  walk(parse(source));
  return [...found].sort();
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter(
      (entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'),
    )
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the findings catalogue', () => {
  const english = Object.keys(CATALOGUES.en).sort();

  it.each(LANGUAGES)('has every id in %s, and no other', (language) => {
    expect(Object.keys(CATALOGUES[language]).sort()).toEqual(english);
  });

  it('gives no id to two areas', () => {
    const ids = Object.values(AREAS).flatMap((area) => Object.keys(area.en));
    expect(ids.length).toBe(new Set(ids).size);
  });

  it.each(english)('%s takes the same parameters in every language', (id) => {
    const expected = parametersOf(CATALOGUES.en[id] ?? '');
    for (const language of LANGUAGES) {
      expect(parametersOf(CATALOGUES[language][id] ?? ''), `${id} in ${language}`).toEqual(
        expected,
      );
    }
  });

  it('names only ids that exist, and every id is used by the code', () => {
    const source = sourceFiles(join(import.meta.dirname, '../..'))
      .filter((file) => !file.includes(join('i18n', 'findings')))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    // `say('id', …)` is type-checked; core, below the catalogue, writes `{ id: '…' }`.
    const named = [...source.matchAll(/(?:say\(\s*|\{ id: )'([^']+)'/g)].map((match) => match[1]);
    const known = new Set(english);
    expect(named.filter((id) => id !== undefined && !known.has(id) && /[./]/.test(id))).toEqual([]);
    const quoted = new Set([...source.matchAll(/'([a-z][\w./$-]*)'/g)].map((match) => match[1]));
    // A rule's summary id is made from its id by `summaryId`, for every registered rule.
    for (const rule of RULES) quoted.add(summaryId(rule));
    expect(
      english.filter((id) => !quoted.has(id)),
      'ids no code names',
    ).toEqual([]);
  });
});
