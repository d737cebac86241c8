import { describe, expect, it } from 'vitest';
import { LANGUAGES, languageOf, renderMessage } from '../../i18n/findings/index.js';
import { VALID_GROUP, withField } from '../../../test/support/check.js';
import { ruleTester, type InvalidCase, type ValidCase } from '../../../test/support/rule-tester.js';
import { WRITTEN_IN } from './language.js';

const RULE = 'registry/language';

/** The warning at the value of `language: …`, line 8, column 11, in English (and Dutch, Swedish). */
const atValue = (message: string, translations: { nl?: string; sv?: string } = {}) => ({
  pointer: '/language',
  line: 8,
  column: 11,
  message,
  ...translations,
});

const WRITES =
  'the registry writes to groups only in English, Dutch or Swedish, so this group gets its messages in English.';
const WRITES_NL =
  'berichten aan groepen zijn er alleen in het Engels, Nederlands en Zweeds, dus deze groep krijgt ze in het Engels.';
const WRITES_SV =
  'registret skriver till grupper bara på engelska, nederländska eller svenska, så den här gruppen får sina meddelanden på engelska.';

/** A tag the schema refuses: the schema rule reports it, this rule says nothing. */
const toSchema = (
  what: string,
  value: string | undefined,
  [line, column]: readonly [number, number],
  message: string,
): ValidCase => ({
  name: `leaves a tag that is not BCP 47 at all, or a missing one, to the schema rule: ${what}`,
  text: withField('language', value),
  also: [{ rule: 'schema', pointer: '/language', line, column, message }],
});

const NOT_A_CODE = (value: string) =>
  `"language" must be a language code such as en, nl or sv; it is "${value}".`;

const ABOUT =
  "The language the registry's automation writes to this group in, as a language code such as en, nl or sv (English, Dutch and Swedish are supported; others get English).";

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      ...['en', 'nl', 'sv', 'en-GB', 'nl-BE', 'sv-FI', 'NL', 'eng'].map((tag): ValidCase => ({
        name: `passes a tag whose language the automation writes in, whatever its region or case: ${tag}`,
        text: withField('language', tag),
        also: [],
      })),
      {
        // English is what such a group gets: nothing to warn about.
        name: 'passes English written as a name',
        text: withField('language', 'english'),
        also: [],
      },
      {
        name: 'can be turned off by the policy',
        text: withField('language', 'fr'),
        rules: { [RULE]: 'off' },
      },
      { name: 'passes the base group', text: VALID_GROUP },
      toSchema('nl_NL', 'nl_NL', [8, 11], NOT_A_CODE('nl_NL')),
      // Ten letters are too many for a BCP 47 language subtag: "Nederlands" is not a tag either.
      toSchema('Nederlands', 'Nederlands', [8, 11], NOT_A_CODE('Nederlands')),
      toSchema(
        'a number',
        '5',
        [8, 11],
        `"language" must be text, but it is a whole number. ${ABOUT}`,
      ),
      toSchema(
        'missing',
        undefined,
        [1, 1],
        `The file is missing the field "language". ${ABOUT} For example: language: nl`,
      ),
    ],
    invalid: [
      {
        name: 'warns that a group in another language gets English, at the value',
        text: withField('language', 'fr'),
        findings: [
          atValue(
            `"language" is "fr": ${WRITES} To choose, write "language: en", "language: nl" or "language: sv".`,
            {
              nl: `"language" is "fr": ${WRITES_NL} Schrijf "language: en", "language: nl" of "language: sv" om te kiezen.`,
              sv: `"language" är "fr": ${WRITES_SV} Välj genom att skriva "language: en", "language: nl" eller "language: sv".`,
            },
          ),
        ],
        also: [],
      },
      {
        name: 'warns about a language with a region',
        text: withField('language', 'pt-BR'),
        findings: [
          atValue(
            '"language" is "pt-BR": the registry writes to groups only in English, Dutch or Swedish, so this group gets its messages in English. To choose, write "language: en", "language: nl" or "language: sv".',
          ),
        ],
      },
      {
        name: 'warns about a language with a script and a region',
        text: withField('language', 'zh-Hant-TW'),
        findings: [
          atValue(
            '"language" is "zh-Hant-TW": the registry writes to groups only in English, Dutch or Swedish, so this group gets its messages in English. To choose, write "language: en", "language: nl" or "language: sv".',
          ),
        ],
      },
      {
        name: 'warns about an undetermined language',
        text: withField('language', 'und'),
        findings: [
          atValue(
            '"language" is "und": the registry writes to groups only in English, Dutch or Swedish, so this group gets its messages in English. To choose, write "language: en", "language: nl" or "language: sv".',
          ),
        ],
      },
      ...(
        [
          ['dutch', 'nl'],
          ['Swedish', 'sv'],
          ['nld', 'nl'],
          ['svenska', 'sv'],
          ['swe', 'sv'],
        ] as const
      ).map(([tag, code]): InvalidCase => ({
        name: `offers the code when the language is written as a name or a three-letter code: ${tag}`,
        text: withField('language', tag),
        findings: [
          atValue(
            `"language" is "${tag}": ${WRITES} To get ${code === 'nl' ? 'Dutch' : 'Swedish'}, write "language: ${code}".`,
            {
              nl: `"language" is "${tag}": ${WRITES_NL} Schrijf "language: ${code}" om ${code === 'nl' ? 'Nederlands' : 'Zweeds'} te krijgen.`,
              sv: `"language" är "${tag}": ${WRITES_SV} Skriv "language: ${code}" för att få ${code === 'nl' ? 'nederländska' : 'svenska'}.`,
            },
          ),
        ],
        also: [],
      })),
    ],
  });

  it('names exactly the languages the automation has messages in, mapped as it maps them', () => {
    // The catalogue has every message in each of LANGUAGES (its test checks that); languageOf
    // picks one by a tag's primary language.
    expect([...WRITTEN_IN].sort()).toEqual([...LANGUAGES].sort());
    for (const code of WRITTEN_IN) expect(languageOf(code)).toBe(code);
    expect(languageOf('fr')).toBe('en');
  });

  it('offers, in every language of the findings, exactly the languages the automation writes in', () => {
    for (const language of LANGUAGES) {
      const offered = renderMessage(
        { id: 'registry/language.unsupported', params: { value: '"fr"' } },
        language,
      );
      expect([...offered.matchAll(/"language: ([a-z]+)"/g)].map((match) => match[1])).toEqual([
        ...WRITTEN_IN,
      ]);
      for (const code of WRITTEN_IN.filter((written) => written !== 'en')) {
        const named = renderMessage(
          { id: 'registry/language.written-otherwise', params: { value: '"x"', meant: code } },
          language,
        );
        // The language is named, not left to the select's fallback, which repeats the code.
        expect(named.replaceAll(`"language: ${code}"`, ''), `${code} in ${language}`).not.toMatch(
          new RegExp(`\\b${code}\\b`),
        );
      }
    }
  });
});
