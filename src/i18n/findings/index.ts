import type { Finding, MessageList, MessageParams, MessageRef } from '../../core/finding.js';
import { LANGUAGES, type Catalogue, type Language } from './catalogue.js';
import { common } from './common.js';
import { conduct } from './conduct.js';
import { feeds } from './feeds.js';
import { fees } from './fees.js';
import { leaders } from './leaders.js';
import { meetups } from './meetups.js';
import { presence } from './presence.js';
import { createRenderer } from './render.js';
import { registry } from './registry.js';
import { schema } from './schema.js';
import { summaries } from './summaries.js';
import { template } from './template.js';
import { trademark } from './trademark.js';
import { waivers } from './waivers.js';
import { yaml } from './yaml.js';

export { LANGUAGES, languageOf, type Language } from './catalogue.js';

/**
 * The findings catalogue: every message a rule, the loader or the schema check can write, in
 * every language, one area per rule folder (plus the loader's and the shared phrases).
 */
export const AREAS = {
  common,
  conduct,
  feeds,
  fees,
  leaders,
  meetups,
  presence,
  registry,
  schema,
  summaries,
  template,
  trademark,
  waivers,
  yaml,
} as const;

type IdsOf<A> = A extends { en: infer English } ? keyof English & string : never;

/** Every message id; stable, so scripts may rely on it (`--format json` prints it). */
export type FindingMessageId = IdsOf<(typeof AREAS)[keyof typeof AREAS]>;

/** Each language's whole catalogue. */
export const CATALOGUES: Readonly<Record<Language, Catalogue>> = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    Object.assign({}, ...Object.values(AREAS).map((area) => area[language])) as Catalogue,
  ]),
) as Record<Language, Catalogue>;

/** A message with its parameters, to be put into words in whichever language is asked. */
export function say(id: FindingMessageId, params?: MessageParams): MessageRef {
  return params === undefined ? { id } : { id, params };
}

/**
 * Items for a message to list, joined in each language by its own rules: `and` for all of them
 * ("name, github and githubId"), `or` for one of them ("applying, active or leaving"). An item
 * may be a phrase (`say(…)`): each is put into words in the message's language, then joined.
 */
export function listOf(items: readonly (string | MessageRef)[], join: 'and' | 'or'): MessageList {
  return { items: [...items], join };
}

const renderer = createRenderer(CATALOGUES);

/** Puts a message into words in `language`: a sentence, so an opening phrase gets a capital. */
export const renderMessage: (ref: MessageRef, language: Language) => string = renderer.render;

/** Puts a phrase ("the 2nd meetup (line 27)") into words in `language`, as it is. */
export const renderPhrase: (ref: MessageRef, language: Language) => string = renderer.phrase;

/** A finding's message in `language` (its `message` is the English). */
export function findingMessage(finding: Finding, language: Language): string {
  return language === 'en'
    ? finding.message
    : renderMessage({ id: finding.messageId, params: finding.params }, language);
}
