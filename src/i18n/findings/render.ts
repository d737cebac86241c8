import {
  isArgumentElement,
  isDateElement,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageList, MessageParam, MessageRef } from '../../core/finding.js';
import { isPlainDate } from '../../core/dates.js';
import type { Catalogue, Language } from './catalogue.js';

/** Locales for Intl: British English writes dates day first, as Dutch and Swedish do. */
const LOCALES: Record<Language, string> = { en: 'en-GB', nl: 'nl-NL', sv: 'sv-SE' };

/** Dates in messages are calendar days: formatted in UTC so no time zone shifts them. */
const FORMATS = {
  date: { long: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } },
} as const;

interface Compiled {
  format: IntlMessageFormat;
  /** Parameters the message formats as dates: given as YYYY-MM-DD, they become Dates. */
  dates: ReadonlySet<string>;
  /** The parameter the message opens with, if any: a phrase there starts the sentence. */
  opening: string | undefined;
}

type Catalogues = Readonly<Record<Language, Catalogue>>;

/** Renders messages from catalogues, compiling each message once per language. */
export function createRenderer(catalogues: Catalogues): {
  render: (ref: MessageRef, language: Language) => string;
  phrase: (ref: MessageRef, language: Language) => string;
} {
  const compiled = new Map<string, Compiled>();

  const compile = (id: string, language: Language): Compiled => {
    const key = `${language}\u0000${id}`;
    let entry = compiled.get(key);
    if (entry !== undefined) return entry;
    const source = Object.hasOwn(catalogues[language], id) ? catalogues[language][id] : undefined;
    if (source === undefined)
      throw new Error(`No message "${id}" in the ${language} findings catalogue.`);
    const format = new IntlMessageFormat(source, LOCALES[language], FORMATS);
    const elements = format.getAst();
    const dates = new Set<string>();
    const walk = (nodes: readonly MessageFormatElement[]): void => {
      for (const node of nodes) {
        if (isDateElement(node)) dates.add(node.value);
        if ('options' in node) for (const option of Object.values(node.options)) walk(option.value);
      }
    };
    walk(elements);
    const first = elements[0];
    entry = {
      format,
      dates,
      opening: first !== undefined && isArgumentElement(first) ? first.value : undefined,
    };
    compiled.set(key, entry);
    return entry;
  };

  /** A phrase's own text; only a whole message's opening phrase gets a capital (see below). */
  const phrase = (ref: MessageRef, language: Language): string => {
    const { format, dates } = compile(ref.id, language);
    const values: Record<string, string | number | Date> = {};
    for (const [name, value] of Object.entries(ref.params ?? {})) {
      if (isList(value)) {
        const items = value.items.map((item) =>
          typeof item === 'string' ? item : phrase(item, language),
        );
        values[name] = listFormat(language, value.join).format(items);
      } else if (typeof value === 'object') values[name] = phrase(value, language);
      else values[name] = dates.has(name) ? calendarDay(value, ref.id) : value;
    }
    return String(format.format(values));
  };

  const render = (ref: MessageRef, language: Language): string => {
    const text = phrase(ref, language);
    // "the leader @anna has not…" starts a sentence: a phrase that opens a message is capitalized.
    const { opening } = compile(ref.id, language);
    const first = opening === undefined ? undefined : ref.params?.[opening];
    return typeof first === 'object' && !isList(first) ? capitalize(text) : text;
  };
  return { render, phrase };
}

function isList(value: MessageParam): value is MessageList {
  return typeof value === 'object' && 'items' in value;
}

const listFormats = new Map<string, Intl.ListFormat>();

/** Joins a list by the language's rules: "a, b and c", "a, b en c", "a, b eller c". */
function listFormat(language: Language, join: MessageList['join']): Intl.ListFormat {
  const key = `${language} ${join}`;
  let format = listFormats.get(key);
  if (format === undefined) {
    format = new Intl.ListFormat(LOCALES[language], {
      style: 'long',
      type: join === 'or' ? 'disjunction' : 'conjunction',
    });
    listFormats.set(key, format);
  }
  return format;
}

function calendarDay(value: string | number, id: string): Date {
  // isPlainDate, not Date alone: Date reads 2026-02-30 as 2 March, a different real day.
  const day = isPlainDate(value) ? new Date(`${value}T00:00:00Z`) : new Date(Number.NaN);
  if (Number.isNaN(day.getTime())) {
    throw new Error(`Message "${id}" formats ${JSON.stringify(value)} as a date; pass YYYY-MM-DD.`);
  }
  return day;
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
