import { describe, expect, it } from 'vitest';
import { findingsOf, VALID_GROUP, withField, yaml } from '../../../test/support/check.js';

const RULE = 'registry/duplicate';

/** A second group that shares nothing with VALID_GROUP. */
const OTHER = yaml`
  slug: other
  name: Amersfoort Azure Meetup
  status: active
  joined: 2023-05-01
  city: Amersfoort
  country: NL
  timezone: Europe/Amsterdam
  language: nl
  website: https://amersfoort-azure.nl/
  codeOfConduct: https://amersfoort-azure.nl/code-of-conduct
  fees:
    admission: none
  leader:
    name: Karin Bakker
    github: kbakker
    techCommunityId: 3456789
    termsAccepted: 2024-03-01
  coLeader:
    name: Sven Visser
    github: svisser
    techCommunityId: 4567890
    termsAccepted: 2024-03-02
  meetups: []
`;

const OTHER_PATH = 'groups/other.yaml';

/** Findings of this rule on VALID_GROUP (as groups/example.yaml) and on `other`, each seeing the other. */
function bothWays(other: string): {
  example: ReturnType<typeof findingsOf>;
  other: ReturnType<typeof findingsOf>;
} {
  return {
    example: findingsOf(RULE, VALID_GROUP, { others: [{ path: OTHER_PATH, text: other }] }),
    other: findingsOf(RULE, other, {
      path: OTHER_PATH,
      others: [{ path: 'groups/example.yaml', text: VALID_GROUP }],
    }),
  };
}

describe('registry/duplicate', () => {
  it('passes groups that share nothing', () => {
    expect(bothWays(OTHER)).toEqual({ example: [], other: [] });
    expect(findingsOf(RULE, VALID_GROUP)).toEqual([]);
  });

  it('reports a shared slug on both files', () => {
    const { example, other } = bothWays(withField('slug', 'example', OTHER));
    expect(example).toEqual([
      {
        rule: RULE,
        severity: 'error',
        file: 'groups/example.yaml',
        pointer: '/slug',
        line: 1,
        column: 7,
        message:
          'The slug "example" is already used by groups/other.yaml. Each group needs its own slug.',
      },
    ]);
    expect(other).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: OTHER_PATH,
        pointer: '/slug',
        line: 1,
        column: 7,
        message:
          'The slug "example" is already used by groups/example.yaml. Each group needs its own slug.',
      }),
    ]);
  });

  it('reports a shared name whose case and spacing differ, on both files', () => {
    const { example, other } = bothWays(withField('name', 'example   AZURE user Group', OTHER));
    expect(example).toEqual([
      expect.objectContaining({ severity: 'error', pointer: '/name', line: 2, column: 7 }),
    ]);
    expect(example[0]?.message).toContain(
      'The name "Example Azure User Group" is already used by groups/other.yaml',
    );
    expect(example[0]?.message).toContain('Each group needs its own name.');
    expect(other).toEqual([
      expect.objectContaining({ severity: 'error', pointer: '/name', line: 2, column: 7 }),
    ]);
    expect(other[0]?.message).toContain(
      'The name "example   AZURE user Group" is already used by groups/example.yaml',
    );
  });

  it('reports a shared website written with www. and without the trailing slash, on both files', () => {
    const { example, other } = bothWays(
      withField('website', 'https://www.example-azure.org', OTHER),
    );
    expect(example).toEqual([
      expect.objectContaining({ severity: 'error', pointer: '/website', line: 9, column: 10 }),
    ]);
    expect(example[0]?.message).toContain(
      'The website "https://example-azure.org/" is already used by groups/other.yaml',
    );
    expect(other).toEqual([
      expect.objectContaining({ severity: 'error', pointer: '/website', line: 9, column: 10 }),
    ]);
    expect(other[0]?.message).toContain(
      'already used by groups/example.yaml. Each group needs its own website.',
    );
  });

  describe('names that look alike (UTS #39 skeletons of the lowercased and the written name)', () => {
    const ALIKE = "Each group needs a name that cannot be mistaken for another group's.";

    // Look-alike letters are written as escapes so that the test shows which ones they are.
    it.each([
      { what: 'a real different letter', name: 'Exemple Azure User Group' },
      { what: 'a letter with an accent', name: 'Ex\u00E4mple Azure User Group' },
      { what: '"i" for "l", which do not look alike', name: 'Exampie Azure User Group' },
      { what: 'one more word', name: 'Example Azure User Group Utrecht' },
    ])('passes $what', ({ name }) => {
      expect(bothWays(withField('name', name, OTHER))).toEqual({ example: [], other: [] });
    });

    it.each([
      {
        what: 'Cyrillic letters',
        name: '\u0415\u0445\u0430mple Azure User Group',
        example:
          'The name "Example Azure User Group" looks like "\u0415\u0445\u0430mple Azure User Group" in groups/other.yaml. ' +
          ALIKE,
        other:
          'The name "\u0415\u0445\u0430mple Azure User Group" looks like "Example Azure User Group" in groups/example.yaml. ' +
          'Look-alike characters in it: "\u0415" (U+0415), "\u0445" (U+0445), "\u0430" (U+0430). ' +
          ALIKE,
      },
      {
        what: 'Greek capitals',
        name: '\u0395xample \u0391zure User Group',
        example:
          'The name "Example Azure User Group" looks like "\u0395xample \u0391zure User Group" in groups/other.yaml. ' +
          ALIKE,
        other:
          'The name "\u0395xample \u0391zure User Group" looks like "Example Azure User Group" in groups/example.yaml. ' +
          'Look-alike characters in it: "\u0395" (U+0395), "\u0391" (U+0391). ' +
          ALIKE,
      },
      {
        what: 'Latin, Cyrillic and Greek mixed',
        name: 'Example \u0410zure Us\u0435r Gr\u03BFup',
        example:
          'The name "Example Azure User Group" looks like "Example \u0410zure Us\u0435r Gr\u03BFup" in groups/other.yaml. ' +
          ALIKE,
        other:
          'The name "Example \u0410zure Us\u0435r Gr\u03BFup" looks like "Example Azure User Group" in groups/example.yaml. ' +
          'Look-alike characters in it: "\u0410" (U+0410), "\u0435" (U+0435), "\u03BF" (U+03BF). ' +
          ALIKE,
      },
      {
        what: 'Cyrillic capitals, whose small letters look different',
        name: '\u0415\u0425\u0410\u041C\u0420L\u0415 \u0410ZUR\u0415 US\u0415R GR\u041EU\u0420',
        example:
          'The name "Example Azure User Group" looks like "\u0415\u0425\u0410\u041C\u0420L\u0415 \u0410ZUR\u0415 US\u0415R GR\u041EU\u0420" in groups/other.yaml. ' +
          ALIKE,
        other:
          'The name "\u0415\u0425\u0410\u041C\u0420L\u0415 \u0410ZUR\u0415 US\u0415R GR\u041EU\u0420" looks like "Example Azure User Group" in groups/example.yaml. ' +
          'Look-alike characters in it: "\u0415" (U+0415), "\u0425" (U+0425), "\u0410" (U+0410), "\u041C" (U+041C), "\u0420" (U+0420), \u2026. ' +
          ALIKE,
      },
      {
        what: '"rn" for "m" and the digit 1 for "l"',
        name: 'Exarnp1e Azure User Group',
        example:
          'The name "Example Azure User Group" looks like "Exarnp1e Azure User Group" in groups/other.yaml. ' +
          ALIKE,
        other:
          'The name "Exarnp1e Azure User Group" looks like "Example Azure User Group" in groups/example.yaml. ' +
          ALIKE,
      },
      {
        what: 'an invisible character',
        name: 'Example\u200B Azure User Group',
        example:
          'The name "Example Azure User Group" looks like "Example\u200B Azure User Group" in groups/other.yaml. ' +
          ALIKE,
        other:
          'The name "Example\u200B Azure User Group" looks like "Example Azure User Group" in groups/example.yaml. ' +
          'Look-alike or invisible characters in it: "\u200B" (U+200B). ' +
          ALIKE,
      },
    ])('reports $what on both files', ({ name, example, other }) => {
      const at = { rule: RULE, severity: 'error', pointer: '/name', line: 2, column: 7 };
      expect(bothWays(withField('name', name, OTHER))).toEqual({
        example: [{ ...at, file: 'groups/example.yaml', message: example }],
        other: [{ ...at, file: OTHER_PATH, message: other }],
      });
    });

    it('names each look-alike with its file, the same name written otherwise among them', () => {
      const findings = findingsOf(RULE, VALID_GROUP, {
        others: [
          { path: OTHER_PATH, text: withField('name', 'Exampl\u0435 Azure User Group', OTHER) },
          {
            path: 'groups/third.yaml',
            text: withField('slug', 'third', withField('name', 'EXAMPLE AZURE USER GROUP', OTHER)),
          },
        ],
      });
      expect(findings.map((finding) => finding.message)).toEqual([
        'The name "Example Azure User Group" looks like "Exampl\u0435 Azure User Group" in groups/other.yaml, "EXAMPLE AZURE USER GROUP" in groups/third.yaml. ' +
          ALIKE,
      ]);
    });
  });

  it('names every other file that shares the value', () => {
    const findings = findingsOf(RULE, VALID_GROUP, {
      others: [
        { path: 'groups/other.yaml', text: withField('name', 'Example Azure User Group', OTHER) },
        {
          path: 'groups/third.yaml',
          text: withField('slug', 'third', withField('name', 'EXAMPLE AZURE USER GROUP', OTHER)),
        },
      ],
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain(
      'is already used by groups/other.yaml, groups/third.yaml.',
    );
  });

  describe('websites, compared by host after IDNA (UTS #46), without www., a trailing dot or the default port', () => {
    it.each([
      { what: 'another host', example: undefined, other: 'https://example-azure.com/' },
      { what: 'another port', example: undefined, other: 'https://example-azure.org:8443/' },
      { what: 'another page', example: undefined, other: 'https://example-azure.org/utrecht' },
      {
        what: 'another Unicode host',
        example: 'https://m\u00FCnchen-azure.de/',
        other: 'https://munchen-azure.de/',
      },
    ])('passes $what', ({ example, other }) => {
      const mine = example === undefined ? VALID_GROUP : withField('website', example);
      expect(
        findingsOf(RULE, mine, {
          others: [{ path: OTHER_PATH, text: withField('website', other, OTHER) }],
        }),
      ).toEqual([]);
    });

    it.each([
      { what: 'a trailing dot', example: undefined, other: 'https://example-azure.org./' },
      { what: 'an uppercase host', example: undefined, other: 'https://EXAMPLE-Azure.ORG/' },
      { what: 'the default port', example: undefined, other: 'https://example-azure.org:443/' },
      {
        what: 'www., uppercase, a trailing dot and the port at once',
        example: undefined,
        other: 'https://WWW.Example-Azure.org.:443',
      },
      {
        what: 'punycode for a Unicode host',
        example: 'https://m\u00FCnchen-azure.de/',
        other: 'https://xn--mnchen-azure-dlb.de/',
      },
      {
        what: 'a Unicode host in capitals with a trailing dot',
        example: 'https://xn--mnchen-azure-dlb.de/',
        other: 'https://M\u00DCNCHEN-AZURE.DE./',
      },
    ])('reports $what on both files', ({ example, other }) => {
      const mine = example ?? 'https://example-azure.org/';
      const at = { rule: RULE, severity: 'error', pointer: '/website', line: 9, column: 10 };
      const text = example === undefined ? VALID_GROUP : withField('website', example);
      expect({
        example: findingsOf(RULE, text, {
          others: [{ path: OTHER_PATH, text: withField('website', other, OTHER) }],
        }),
        other: findingsOf(RULE, withField('website', other, OTHER), {
          path: OTHER_PATH,
          others: [{ path: 'groups/example.yaml', text }],
        }),
      }).toEqual({
        example: [
          {
            ...at,
            file: 'groups/example.yaml',
            message: `The website "${mine}" is already used by groups/other.yaml. Each group needs its own website.`,
          },
        ],
        other: [
          {
            ...at,
            file: OTHER_PATH,
            message: `The website "${other}" is already used by groups/example.yaml. Each group needs its own website.`,
          },
        ],
      });
    });
  });

  it('reports one GitHub login with two Tech Community IDs across groups, on the ID', () => {
    const other = OTHER.replace('github: kbakker', 'github: AnnaDeVries').replace(
      'techCommunityId: 3456789',
      'techCommunityId: 7654321',
    );
    const { example, other: theirs } = bothWays(other);
    expect(example).toEqual([
      expect.objectContaining({
        severity: 'error',
        pointer: '/leader/techCommunityId',
        line: 16,
        column: 20,
      }),
    ]);
    expect(example[0]?.message).toContain(
      '@annadevries has Tech Community ID 1234567 here but 7654321 as leader in groups/other.yaml.',
    );
    expect(example[0]?.message).toContain('correct the one that is wrong');
    expect(theirs).toEqual([
      expect.objectContaining({
        severity: 'error',
        pointer: '/leader/techCommunityId',
        line: 16,
        column: 20,
      }),
    ]);
    expect(theirs[0]?.message).toContain(
      '@AnnaDeVries has Tech Community ID 7654321 here but 1234567 as leader in groups/example.yaml.',
    );
  });

  it('reports one Tech Community ID with two GitHub logins across groups, on the login', () => {
    const other = OTHER.replace('github: svisser', 'github: anna-dv').replace(
      'techCommunityId: 4567890',
      'techCommunityId: 1234567',
    );
    const { example, other: theirs } = bothWays(other);
    expect(example).toEqual([
      expect.objectContaining({
        severity: 'error',
        pointer: '/leader/github',
        line: 15,
        column: 11,
      }),
    ]);
    expect(example[0]?.message).toContain(
      'Tech Community ID 1234567 belongs to @annadevries here but to @anna-dv in groups/other.yaml.',
    );
    expect(example[0]?.message).toContain('check which one is right');
    expect(theirs).toEqual([
      expect.objectContaining({
        severity: 'error',
        pointer: '/coLeader/github',
        line: 20,
        column: 11,
      }),
    ]);
    expect(theirs[0]?.message).toContain(
      'belongs to @anna-dv here but to @annadevries in groups/example.yaml.',
    );
  });

  it('accepts one person leading two groups with the same login and ID', () => {
    const other = OTHER.replace('github: svisser', 'github: AnnaDeVries').replace(
      'techCommunityId: 4567890',
      'techCommunityId: 1234567',
    );
    expect(bothWays(other)).toEqual({ example: [], other: [] });
  });

  it('leaves a leader who is also the co-leader of the same group to leaders/distinct', () => {
    const text = VALID_GROUP.replace('github: pjansen', 'github: annadevries');
    expect(findingsOf(RULE, text)).toEqual([]);
    expect(findingsOf('leaders/distinct', text)).toHaveLength(1);
  });

  it('ignores files that could not be read', () => {
    expect(
      findingsOf(RULE, VALID_GROUP, { others: [{ path: OTHER_PATH, text: '- not: a group\n' }] }),
    ).toEqual([]);
  });
});
