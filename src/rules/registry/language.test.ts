import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, messagesFor } from '../../i18n/index.js';
import { check, findingsOf, VALID_GROUP, withField } from '../../../test/support/check.js';
import { REPO_ROOT } from '../../../test/support/registry.js';
import { WRITTEN_IN } from './language.js';

const RULE = 'registry/language';

/** The finding for `language: <value>` (line 8, value at column 11). */
const warning = (message: string) => [
  {
    rule: RULE,
    severity: 'warning',
    file: 'groups/example.yaml',
    pointer: '/language',
    line: 8,
    column: 11,
    message,
  },
];

const WRITES =
  'the automation writes to groups in English, Dutch or Swedish only, so this group will get English.';

describe('registry/language', () => {
  it('passes a tag whose language the automation writes in, whatever its region or case', () => {
    for (const tag of ['en', 'nl', 'sv', 'en-GB', 'nl-BE', 'sv-FI', 'NL', 'eng']) {
      expect(check(withField('language', tag)), tag).toEqual([]);
    }
  });

  it('warns that a group in another language gets English, at the value', () => {
    expect(check(withField('language', 'fr'))).toEqual(
      warning(
        `"language" is "fr": ${WRITES} To choose, write "language: en", "language: nl" or "language: sv".`,
      ),
    );
    for (const tag of ['pt-BR', 'zh-Hant-TW', 'und']) {
      expect(findingsOf(RULE, withField('language', tag)), tag).toHaveLength(1);
    }
  });

  it('offers the code when the language is written as a name or a three-letter code', () => {
    for (const [tag, code] of [
      ['dutch', 'nl'],
      ['Swedish', 'sv'],
      ['nld', 'nl'],
      ['svenska', 'sv'],
      ['swe', 'sv'],
    ] as const) {
      expect(check(withField('language', tag)), tag).toEqual(
        warning(
          `"language" is "${tag}": ${WRITES} To get ${code === 'nl' ? 'Dutch' : 'Swedish'}, write "language: ${code}".`,
        ),
      );
    }
    // English is what such a group gets: nothing to warn about.
    expect(check(withField('language', 'english'))).toEqual([]);
  });

  it('leaves a tag that is not BCP 47 at all, and a missing one, to the schema rule', () => {
    expect(check(withField('language', 'nl_NL')).map((f) => `${f.rule} ${f.pointer}`)).toEqual([
      'schema /language',
    ]);
    // Ten letters are too many for a BCP 47 language subtag: "Nederlands" is not a tag either.
    expect(check(withField('language', 'Nederlands')).map((f) => `${f.rule} ${f.pointer}`)).toEqual(
      ['schema /language'],
    );
    expect(check(withField('language', '5')).map((f) => `${f.rule} ${f.pointer}`)).toEqual([
      'schema /language',
    ]);
    expect(check(withField('language', undefined)).map((f) => `${f.rule} ${f.pointer}`)).toEqual([
      'schema /language',
    ]);
  });

  it('names exactly the languages the automation has messages in, mapped as it maps them', () => {
    // The catalogs are src/i18n/<code>.ts; messagesFor picks one by a tag's primary language.
    const catalogs = readdirSync(path.join(REPO_ROOT, 'src/i18n'))
      .filter((file) => /^[a-z]{2,3}\.ts$/.test(file))
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    expect([...WRITTEN_IN].sort()).toEqual(catalogs);
    for (const code of WRITTEN_IN) expect(messagesFor(code).locale).toBe(code);
    expect(messagesFor('fr')).toBe(en);
  });

  it('can be turned off by the policy', () => {
    expect(findingsOf(RULE, withField('language', 'fr'), { rules: { [RULE]: 'off' } })).toEqual([]);
    expect(findingsOf(RULE, VALID_GROUP)).toEqual([]);
  });
});
