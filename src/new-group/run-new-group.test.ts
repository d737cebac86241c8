import { describe, expect, it } from 'vitest';
import { AREAS } from '../i18n/findings/index.js';
import { newGroupText, type NewGroupOptions } from './run-new-group.js';

const BASE: NewGroupOptions = { slug: 'example', root: '.', today: '2026-11-22' };

/** The template's comments: what a leader reads, without the editor's schema line. */
function comments(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('# yaml-language-server:'))
    .flatMap((line) => {
      const at = line.startsWith('#') ? 0 : line.indexOf('  # ');
      return at === -1 ? [] : [line.slice(at).replace(/^\s*#\s*/, '')];
    });
}

/** words.md: terms a leader cannot act on without a glossary, unless in parentheses after plain words. */
const JARGON = /\b(slug|BCP 47|IANA|UTF-8|U\+|tag|anker|escapecode|push|branch|job)\b/i;

const outsideParentheses = (comment: string): string => comment.replace(/\([^()]*\)/g, '()');

describe('newGroupText', () => {
  it('writes the English template as before, with plain words for country and time zone', () => {
    // Byte for byte what tgr new wrote before, except the country and timezone comments,
    // which said "ISO 3166-1 alpha-2 code" and "IANA time zone" (jargon, words.md).
    expect(newGroupText(BASE)).toBe(`# yaml-language-server: $schema=../schemas/group.schema.json
# A new Azure Tech Groups entry. Fill in every empty field, then run:
#   npx tgr validate groups/example.yaml
slug: example
name:  # your place first, e.g. "Utrecht Azure User Group"; not "Azure …" or "Microsoft …"
status: applying  # a maintainer sets active, and the joined date, when the program admits the group
city:
country:  # two-letter country code, such as NL, SE or US (ISO 3166-1 alpha-2)
timezone:  # time zone, such as Europe/Amsterdam (IANA name)
language: en  # the language the registry writes to you in: en, nl or sv
website:  # https link to a public page non-members can read
feeds: []  # optional: your events' public iCalendar feeds, read by tgr sync (on Meetup: https://www.meetup.com/<your-group>/events/ical/)
codeOfConduct:  # https link to your published code of conduct, reachable from your homepage
fees:
  admission: none  # none, or pass-through (and then say which costs in passThrough:)
leader:
  name:
  github:  # your GitHub username, without @
  githubId:  # your GitHub account's number, which stays yours if you rename: the "id" at https://api.github.com/users/<username>
  techCommunityId:  # the number at the end of your Tech Community profile URL
  termsAccepted:  # the date you accepted the program's terms, YYYY-MM-DD (2026-11-22 if today)
coLeader:
  name:
  github:
  githubId:
  techCommunityId:
  termsAccepted:
meetups: []  # add each meetup as:  - { date: YYYY-MM-DD, title: ..., azure: true }
`);
  });

  it('writes a Swedish template for a Swedish group: Swedish words, places and settings', () => {
    for (const language of ['sv', 'sv-FI', 'SV']) {
      const text = newGroupText({ ...BASE, language });
      expect(text).toContain(`\nlanguage: ${language}  # `);
      expect(text).toContain('Göteborg');
      expect(text).toContain('Europe/Stockholm');
      expect(text).toMatch(/^country: {2}#.*\bSE\b/m);
      expect(text).toContain('ÅÅÅÅ-MM-DD');
      expect(text).toContain('#   npx tgr validate groups/example.yaml --lang sv\n');
      for (const foreign of ['Utrecht', 'Amsterdam', 'language: nl', 'language: en', 'NL,'])
        expect(text).not.toContain(foreign);
    }
  });

  it('writes a Dutch template for a Dutch group: Dutch words, places and settings', () => {
    for (const language of ['nl', 'nl-BE']) {
      const text = newGroupText({ ...BASE, language });
      expect(text).toContain(`\nlanguage: ${language}  # `);
      expect(text).toContain('Utrecht');
      expect(text).toContain('Europe/Amsterdam');
      expect(text).toContain('JJJJ-MM-DD');
      expect(text).toContain('#   npx tgr validate groups/example.yaml --lang nl\n');
      for (const foreign of ['Stockholm', 'Göteborg', 'language: sv', 'language: en'])
        expect(text).not.toContain(foreign);
    }
  });

  it('writes the English template for a language the registry does not speak', () => {
    const text = newGroupText({ ...BASE, language: 'de' });
    expect(text).toBe(newGroupText(BASE).replace('\nlanguage: en  #', '\nlanguage: de  #'));
  });

  it('keeps what the leader gave over the examples, quoted where YAML needs it', () => {
    const text = newGroupText({
      ...BASE,
      language: 'sv',
      name: 'Malmö Azure: "Användargrupp"',
      city: 'Malmö',
      country: 'SE',
      timezone: 'Europe/Stockholm',
      website: 'https://malmo-azure.se/',
    });
    expect(text).toContain('\nname: \'Malmö Azure: "Användargrupp"\'  # ');
    expect(text).toContain('\ncity: Malmö\n');
    expect(text).toContain('\ncountry: SE  # ');
    expect(text).toContain('\ntimezone: Europe/Stockholm  # ');
    expect(text).toContain('\nwebsite: https://malmo-azure.se/  # ');
  });

  it.each(['en', 'nl', 'sv'])('says nothing in %s a leader needs a glossary for', (language) => {
    const said = comments(newGroupText({ ...BASE, language }));
    expect(said.length).toBeGreaterThan(10);
    expect(said.filter((comment) => JARGON.test(outsideParentheses(comment)))).toEqual([]);
  });

  it.each(['nl', 'sv'] as const)('puts no English word in the %s comments', (language) => {
    // The English template area's own words, after taking out from both sides what stays as
    // it is in every language: web addresses, the YAML example, time zone names, the standard's
    // name, product names, field names and values, and the loanwords the program guide itself
    // writes in Dutch and Swedish (URL, meetup).
    const words = (text: string) =>
      text
        .replace(/https?:\/\/\S+|\{[^}]*\}|\b\w+\/\w+\b|\(ISO [^)]*\)/g, ' ')
        .replace(
          /Azure Tech Groups|Tech Community|GitHub|Meetup|Microsoft|Azure|iCalendar|tgr sync/g,
          ' ',
        )
        .replace(/\b(passThrough|joined|active|none|pass-through|URL|meetup)\b/gi, ' ')
        .toLowerCase()
        .split(/[^\p{L}-]+/u)
        .filter((word) => word.length > 2);
    const english = new Set(Object.values(AREAS.template.en).flatMap(words));
    const said = comments(newGroupText({ ...BASE, language })).join('\n');
    expect(english).toContain('your');
    expect(words(said).filter((word) => english.has(word))).toEqual([]);
  });
});
