/** The languages the registry speaks: a group's `language` picks one, English is the default. */
export const LANGUAGES = ['en', 'nl', 'sv'] as const;

export type Language = (typeof LANGUAGES)[number];

/** The language for a BCP 47 tag, by its primary subtag (nl-BE → nl); English when unknown. */
export function languageOf(tag: unknown): Language {
  const primary = typeof tag === 'string' ? (tag.toLowerCase().split('-')[0] ?? '') : '';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : 'en';
}

/**
 * Messages by id, each an ICU MessageFormat string: `{name}` for a parameter,
 * `{count, plural, one {# meetup} other {# meetups}}` for a count, `{day, date, long}` for a
 * date, `{role, select, leader {…} other {…}}` for a choice.
 */
export type Catalogue = Readonly<Record<string, string>>;

/** A translation has exactly the English catalogue's ids: no more, no fewer. */
export type Translation<English extends Catalogue> = { readonly [Id in keyof English]: string };

/** The messages of one part of the registry (a rule folder, the loader) in every language. */
export interface Area<English extends Catalogue> {
  en: English;
  nl: Translation<English>;
  sv: Translation<English>;
}
