import { en } from './en.js';
import { languageOf, type Language } from './findings/catalogue.js';
import type { Messages } from './messages.js';
import { nl } from './nl.js';
import { sv } from './sv.js';

export type { Messages } from './messages.js';
export { en };

const CATALOGS: Readonly<Record<Language, Messages>> = { en, nl, sv };

/** The catalog for a BCP 47 tag by its primary language (nl-BE → nl); English when there is none. */
export function messagesFor(language: unknown): Messages {
  return CATALOGS[languageOf(language)];
}
