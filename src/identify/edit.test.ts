import { describe, expect, it } from 'vitest';
import { addAccountIds } from './edit.js';

function edited(text: string, ids: Parameters<typeof addAccountIds>[1]): string {
  const result = addAccountIds(text, ids);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

const HEAD = `# yaml-language-server: $schema=../schemas/group.schema.json
slug: example # the file name
name: 'Example Azure User Group'
`;

describe('addAccountIds', () => {
  it('adds githubId right after the github line, in its indentation, and nothing else', () => {
    const text = `${HEAD}leader:
    name: Anna de Vries   # founder
    github: "AnnaDeVries"    # her own account
    # accepted at the kick-off
    termsAccepted: 2024-02-20
coLeader: # since 2025
  name: Pieter
  github: pjansen
  termsAccepted: 2024-02-21
`;
    expect(
      edited(text, [
        { role: 'coLeader', githubId: 61852340 },
        { role: 'leader', githubId: 48213907 },
      ]),
    ).toBe(`${HEAD}leader:
    name: Anna de Vries   # founder
    github: "AnnaDeVries"    # her own account
    githubId: 48213907
    # accepted at the kick-off
    termsAccepted: 2024-02-20
coLeader: # since 2025
  name: Pieter
  github: pjansen
  githubId: 61852340
  termsAccepted: 2024-02-21
`);
  });

  it('keeps CRLF line endings, writes its line with them, and adds at the end of a file without a final line break', () => {
    const text = `${HEAD}leader:\n  name: A\n  github: anna`.replaceAll('\n', '\r\n');
    expect(edited(text, [{ role: 'leader', githubId: 5 }])).toBe(
      `${HEAD}leader:\n  name: A\n  github: anna\n  githubId: 5`.replaceAll('\n', '\r\n'),
    );
  });

  it('adds the id inside braces, right after the username', () => {
    const text = `${HEAD}leader: { name: A, github: 'anna' , termsAccepted: 2024-02-20 } # flow\n`;
    expect(edited(text, [{ role: 'leader', githubId: 7 }])).toBe(
      `${HEAD}leader: { name: A, github: 'anna', githubId: 7 , termsAccepted: 2024-02-20 } # flow\n`,
    );
  });

  it('adds the line after a username written on the line below its key', () => {
    const text = `${HEAD}leader:\n  github:\n    anna\n  name: A\n`;
    expect(edited(text, [{ role: 'leader', githubId: 7 }])).toBe(
      `${HEAD}leader:\n  github:\n    anna\n  githubId: 7\n  name: A\n`,
    );
  });

  it.each([
    [
      'an entry that has githubId already',
      `${HEAD}leader:\n  github: anna\n  githubId:\n`,
      /githubId/,
    ],
    ['an entry that is no block', `${HEAD}leader: anna\n`, /not a block/],
    ['an entry without github', `${HEAD}leader:\n  name: A\n`, /github/],
    ['a username written as a block of text', `${HEAD}leader:\n  github: |\n    anna\n`, /github/],
    ['a file with aliases', `${HEAD}x: &a 1\nleader:\n  github: anna\n  n: *a\n`, /\(an alias\)/],
    ['a file that does not parse', `${HEAD}leader:\n  github: [anna\n`, /does not parse/],
  ])('leaves alone %s', (_name, text, reason) => {
    const result = addAccountIds(text, [{ role: 'leader', githubId: 7 }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
