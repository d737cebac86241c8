import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentationFiles, headingSections } from './support/markdown-links.js';
import { REPO_ROOT } from './support/registry.js';

/**
 * Nothing lost when the README was split into docs/ (issue 22): every `##` and `###` heading of
 * the README as it was (`git show aca709c:README.md`, 1,604 lines) has a new home, and that home
 * holds a sentence of the old section's text, so a heading cannot survive without its content.
 */
const MOVED: readonly (readonly [heading: string, home: string, witness: string])[] = [
  ['Set up', 'README.md#set-up', 'npm ci && npx tgr validate'],
  [
    'The program in one paragraph',
    'README.md#the-program-in-one-paragraph',
    'at least six Azure meetups a year',
  ],
  [
    'For group leaders',
    'docs/leaders.md#for-group-leaders',
    'join, update and leave the program with a pull request',
  ],
  ['Joining', 'docs/leaders.md#joining', 'Fork this repository and run `npm ci`'],
  [
    'Adding meetups',
    'docs/leaders.md#adding-meetups',
    'Mark a meetup that did not happen with `cancelled: true`',
  ],
  [
    'Keeping meetups up to date from your event feeds',
    'docs/leaders.md#keeping-meetups-up-to-date-from-your-event-feeds',
    'What sync never does',
  ],
  [
    'Changing leaders',
    'docs/leaders.md#changing-leaders',
    'Replace the `leader:` or `coLeader:` block',
  ],
  ['Leaving', 'docs/leaders.md#leaving', 'Set `status: leaving`'],
  ['For maintainers', 'docs/maintainers.md#for-maintainers', 'Cross-file rules'],
  [
    'Reviewing pull requests',
    'docs/maintainers.md#reviewing-pull-requests',
    'reviews every pull request into `main`',
  ],
  [
    'Registry check',
    'docs/maintainers.md#registry-check',
    'The files pass; some people still need to act',
  ],
  [
    'Reviewing meetup sync pull requests',
    'docs/maintainers.md#reviewing-meetup-sync-pull-requests',
    'runs `tgr sync` every day',
  ],
  ['People are accounts', 'docs/maintainers.md#people-are-accounts', 'The migration.'],
  [
    'Setting up a registry repository',
    'docs/maintainers.md#setting-up-a-registry-repository',
    'Copy four workflows',
  ],
  [
    'Threat model: what a green check means',
    'docs/maintainers.md#threat-model-what-a-green-check-means',
    'A green "Registry check" on a commit guarantees',
  ],
  [
    'For the program team: the compliance audit',
    'docs/program-team.md#for-the-program-team-the-compliance-audit',
    'exactly one issue open per group and problem',
  ],
  [
    'Public directory',
    'docs/directory.md#public-directory',
    'builds a static website of the registry',
  ],
  ['The group file', 'docs/leaders.md#the-group-file', 'Files are YAML 1.2 (core schema)'],
  ['`tgr` reference', 'docs/tgr.md#tgr-reference', 'tgr check-patch PATCHFILE'],
  ['How it works', 'docs/development.md#how-it-works', 'Data flows one way'],
  [
    "Findings in the group's language",
    'docs/development.md#every-sentence-in-the-groups-language',
    'rendered by **intl-messageformat**',
  ],
  ['Performance', 'docs/performance.md#performance', 'Issue #20 part 3'],
  ['Libraries, and why', 'docs/development.md#libraries-and-why', 'js-yaml 5'],
  ['Development', 'docs/development.md#development', 'npm run test:load'],
];

/**
 * The "## Rules" section and one `###` per rule go to the rule pages, which another change adds:
 * `docs/rules/README.md` (the index) and `docs/rules/<rule-id>.md`. Until a page exists, its
 * section must still be in the README, so each rule is documented in one place or the other;
 * once the page exists, it is the home.
 */
const RULES = [
  'yaml',
  'schema',
  'registry/file-name',
  'registry/duplicate',
  'registry/joined',
  'registry/language',
  'registry/location',
  'registry/nearby',
  'leaders/leader',
  'leaders/co-leader',
  'leaders/distinct',
  'leaders/terms',
  'leaders/tech-community-id',
  'leaders/github-id',
  'fees/admission',
  'conduct/code-of-conduct',
  'presence/website',
  'feeds/url',
  'trademark/name',
  'meetups/minimum',
  'meetups/at-risk',
  'meetups/spread',
  'meetups/duplicate',
  'meetups/url',
  'waivers/expired',
  'waivers/duplicate',
] as const;

const sectionsOf = new Map<string, Map<string, string>>();
function sections(file: string): Map<string, string> {
  let found = sectionsOf.get(file);
  if (found === undefined) {
    found = headingSections(readFileSync(path.join(REPO_ROOT, file), 'utf8'));
    sectionsOf.set(file, found);
  }
  return found;
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('every section of the old README has a new home', () => {
  it.each(MOVED)('%s → %s', (_heading, home, witness) => {
    const [file = '', anchor = ''] = home.split('#');
    expect(existsSync(path.join(REPO_ROOT, file)), `${file} exists`).toBe(true);
    const section = sections(file).get(anchor);
    expect(section, `${file} has a heading #${anchor}`).toBeDefined();
    expect(flat(section ?? '')).toContain(flat(witness));
  });

  it.each<readonly [heading: string, page: string, anchor: string]>([
    ['Rules', 'docs/rules/README.md', 'rules'],
    ...RULES.map((id) => [`\`${id}\``, `docs/rules/${id}.md`, id.replaceAll('/', '')] as const),
  ])('%s → %s (or still in the README until that page exists)', (_heading, page, anchor) => {
    if (existsSync(path.join(REPO_ROOT, page))) return;
    expect(sections('README.md').has(anchor), `README.md still has #${anchor}`).toBe(true);
  });
});

describe('the README', () => {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

  it('is under 250 lines, not counting the Rules section the rule pages replace', () => {
    const withoutRules = readme.replace(/^## Rules\n[\s\S]*?(?=^## |(?![\s\S]))/m, '');
    expect(withoutRules.split('\n').length).toBeLessThan(250);
  });

  it('keeps the two set-up commands', () => {
    const setUp = sections('README.md').get('set-up') ?? '';
    expect(setUp).toContain('```sh\nnpm ci && npx tgr validate\n```');
    expect(setUp).toContain('```sh\nnpm test\n```');
  });

  it('maps each reader to each page under docs/ that is not a rule page', () => {
    const pages = documentationFiles(REPO_ROOT).filter(
      (file) => file.startsWith('docs/') && !file.startsWith('docs/rules/'),
    );
    const map = sections('README.md').get('the-documentation') ?? '';
    for (const page of pages) expect(map).toContain(`](${page})`);
  });
});
