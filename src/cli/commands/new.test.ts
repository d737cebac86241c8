import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempRegistry } from '../../../test/support/registry.js';
import { tgr } from '../../../test/support/tgr.js';

const registries: Array<{ remove: () => void }> = [];
afterEach(() => {
  for (const registry of registries.splice(0)) registry.remove();
});

function registry() {
  const created = tempRegistry();
  registries.push(created);
  return created;
}

interface Report {
  files: Array<{ path: string; findings: Array<{ rule: string; pointer: string }> }>;
}

/** `tgr new` then `tgr validate` on what it wrote: the findings, by rule and place. */
async function newThenValidate(...args: string[]) {
  const { root } = registry();
  const created = await tgr(root, ['new', 'example', ...args]);
  const text = readFileSync(path.join(root, 'groups/example.yaml'), 'utf8');
  const checked = await tgr(root, ['validate', '--format', 'json']);
  const findings = (JSON.parse(checked.stdout) as Report).files.flatMap((file) =>
    file.findings.map((finding) => `${finding.rule} ${finding.pointer}`),
  );
  return { created, text, checked, findings };
}

const UNFILLED = [
  'schema /name',
  'schema /city',
  'schema /country',
  'schema /timezone',
  'presence/website /website',
  'conduct/code-of-conduct /codeOfConduct',
  'leaders/leader /leader/name',
  'leaders/leader /leader/github',
  'leaders/tech-community-id /leader/techCommunityId',
  'leaders/terms /leader/termsAccepted',
  'leaders/co-leader /coLeader/name',
  'leaders/co-leader /coLeader/github',
  'leaders/tech-community-id /coLeader/techCommunityId',
  'leaders/terms /coLeader/termsAccepted',
  'meetups/minimum /meetups',
];

describe('tgr new --language', () => {
  it.each(['nl', 'sv', 'nl-BE', 'sv-FI'])(
    'writes a %s template that the real loader and rules read as the English one: only the empty fields are findings',
    async (language) => {
      const english = await newThenValidate();
      const translated = await newThenValidate('--language', language);
      expect(translated.created.code).toBe(0);
      expect(translated.checked.code).toBe(english.checked.code);
      expect(translated.findings).toEqual(english.findings);
      // What an unfilled template gets, as the English one always has: each empty field, and
      // no meetups yet; nothing about the YAML, the file or the fields the template fills in.
      expect(english.findings).toEqual(UNFILLED);
      expect(translated.text).toContain(`\nlanguage: ${language}  # `);
    },
  );

  it('writes Swedish comments and Swedish examples, and says to check in Swedish', async () => {
    const { created, text } = await newThenValidate('--language', 'sv');
    expect(created.stdout).toBe(
      'Created groups/example.yaml. Fill in every empty field, then run: npx tgr validate groups/example.yaml --lang sv\n',
    );
    expect(text).toContain('Fyll i alla tomma fält');
    expect(text).toContain('Europe/Stockholm');
    expect(text).not.toMatch(/Utrecht|Amsterdam|language: nl/);
  });

  it('writes Dutch comments and Dutch examples, and says to check in Dutch', async () => {
    const { created, text } = await newThenValidate('--language', 'nl-BE');
    expect(created.stdout).toBe(
      'Created groups/example.yaml. Fill in every empty field, then run: npx tgr validate groups/example.yaml --lang nl\n',
    );
    expect(text).toContain('Vul alle lege velden in');
    expect(text).toContain('Europe/Amsterdam');
    expect(text).not.toMatch(/Stockholm|Göteborg/);
  });

  it('keeps the values given over the examples', async () => {
    const { text, findings } = await newThenValidate(
      '--language',
      'sv',
      '--city',
      'Malmö',
      '--country',
      'SE',
      '--timezone',
      'Europe/Stockholm',
    );
    expect(text).toContain('\ncity: Malmö\n');
    expect(text).toContain('\ncountry: SE  # ');
    expect(text).toContain('\ntimezone: Europe/Stockholm  # ');
    expect(findings.filter((finding) => /\/(city|country|timezone)$/.test(finding))).toEqual([]);
  });

  it('says the short name in plain words when it cannot be a file name', async () => {
    const { root } = registry();
    const result = await tgr(root, ['new', 'Göteborg Azure']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'tgr: the short name (slug) "Göteborg Azure" may only hold lowercase letters, digits and single hyphens, such as utrecht-azure',
    );
  });
});

describe('tgr help new', () => {
  it('explains --language and the short name in plain words, the terms in parentheses', async () => {
    const { root } = registry();
    const help = await tgr(root, ['help', 'new']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('[--language CODE]');
    expect(help.stdout).toMatch(/--language CODE\s+the language the registry writes/);
    expect(help.stdout).toContain('such as nl-BE or sv-FI (language code)');
    expect(help.stdout).toContain("SLUG is the group's short name (slug)");
    const plain = help.stdout.replace(/\([^()]*\)/g, '()');
    expect(plain).not.toMatch(/\b(BCP 47|IANA|ISO 3166|TAG|tag)\b/);
    for (const command of ['validate', 'audit']) {
      const lang = (await tgr(root, ['help', command])).stdout;
      expect(lang).toMatch(/--lang LANG\s+en \(default\), nl or sv/);
      expect(lang).toContain("never taken from the computer's language settings");
    }
  });
});
