import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import groupSchema from '../../schemas/group.schema.json' with { type: 'json' };
import { CATALOGUES, type Language } from '../../src/i18n/findings/index.js';

/**
 * The words only English uses, taken from the catalogue itself: every word of the English
 * messages' prose that no Dutch or Swedish message uses and that is not a field name. A word in
 * this set found in a Dutch or Swedish text is English that reached a leader.
 */
export function englishOnlyWords(): ReadonlySet<string> {
  const others = new Set([...proseWords('nl'), ...proseWords('sv')]);
  const fields = new Set(fieldNames().map((name) => name.toLowerCase()));
  return new Set([...proseWords('en')].filter((word) => !others.has(word) && !fields.has(word)));
}

/**
 * What a leader reads as prose in a rendered text: code spans, quoted values, mentions, links,
 * file paths, rule ids and HTML comments taken out, since those stay as they are in every
 * language.
 */
export function prose(text: string): string {
  return text
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\u200B/g, '')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/(`+)[\s\S]*?\1/g, ' ')
    .replace(/\\?"(?:[^"\\\n]|\\.)*?\\?"/g, ' ')
    .replace(/[“„«»][^“”„«»\n]*[”«»]/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/@[\w-]+/g, ' ')
    .replace(/[\w.…-]*\/[\w./…-]+/gu, ' ');
}

/** The words of `text` (lower case), as `proseWords` cuts them. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}[\p{L}’']*/gu) ?? [];
}

/** The English-only words in what a leader reads of `text`, in order, with repeats. */
export function englishIn(text: string, vocabulary: ReadonlySet<string>): string[] {
  return wordsOf(prose(text)).filter((word) => vocabulary.has(word));
}

function proseWords(language: Language): Set<string> {
  const words = new Set<string>();
  for (const source of Object.values(CATALOGUES[language])) {
    for (const word of wordsOf(prose(literals(parse(source)).join(' ')))) words.add(word);
  }
  return words;
}

/** The literal text of a message, in every branch of its plurals and choices. */
function literals(elements: readonly MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.literal) return [element.value];
    if ('options' in element)
      return Object.values(element.options).flatMap((option) => literals(option.value));
    if ('children' in element) return literals(element.children);
    return [];
  });
}

/** Every property name the group schema defines, at any depth. */
function fieldNames(): string[] {
  const names: string[] = [];
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (key === 'properties' && value !== null && typeof value === 'object')
        names.push(...Object.keys(value));
      walk(value);
    }
  };
  walk(groupSchema);
  return names;
}
