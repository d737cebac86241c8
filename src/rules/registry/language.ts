import { quote, field } from '../../core/read.js';
import { LANGUAGES, languageOf, say, type Language } from '../../i18n/findings/index.js';
import type { GroupRule } from '../rule.js';

/** The languages src/i18n writes in; a test keeps them and the catalogs in step. */
export const WRITTEN_IN = LANGUAGES;
type Written = Language;

/**
 * A language's name in English and in itself ("dutch", "nederlands"), written for its code. Built
 * on first use: the four display-name tables cost several milliseconds at start-up, and only a tag
 * that is no language code needs them.
 */
let byName: ReadonlyMap<string, Written> | undefined;
function languageNamed(name: string): Written | undefined {
  byName ??= new Map(
    WRITTEN_IN.flatMap((code) => [
      [(new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code).toLowerCase(), code],
      [(new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code).toLowerCase(), code],
    ]),
  );
  return byName.get(name);
}

const isWritten = (code: string): code is Written =>
  (WRITTEN_IN as readonly string[]).includes(code);

export const rule: GroupRule = {
  id: 'registry/language',
  scope: 'group',
  summary:
    'The language tag names a language the automation writes in (English, Dutch, Swedish); other groups get English.',
  severity: 'warning',
  waivable: false,
  check({ data, unclaimedSchemaIssues }) {
    const language = field(data, 'language');
    // A tag that is missing or not BCP 47 at all is the schema rule's one finding.
    if (
      typeof language !== 'string' ||
      unclaimedSchemaIssues.some((issue) => issue.pointer === '/language')
    ) {
      return [];
    }
    // The same choice as the comments and issues make: a language by the tag's primary subtag.
    if (languageOf(language) !== 'en') return [];
    const meant = intendedLanguage(language);
    // English is what the group gets, and what it asked for ("en-GB", "eng", "English").
    if (meant === 'en') return [];
    const value = quote(language);
    return [
      {
        pointer: '/language',
        message:
          meant === undefined
            ? say('registry/language.unsupported', { value })
            : say('registry/language.written-otherwise', { value, meant }),
      },
    ];
  },
};

/** The written language a tag means, when it is one: by its canonical code (nld → nl), or by name. */
function intendedLanguage(tag: string): Written | undefined {
  let canonical: string | undefined;
  try {
    canonical = new Intl.Locale(tag).language;
  } catch {
    canonical = undefined;
  }
  if (canonical !== undefined && isWritten(canonical)) return canonical;
  return languageNamed(tag.trim().toLowerCase());
}
