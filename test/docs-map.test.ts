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
    'join, update and leave the program with an issue form or a pull request',
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
 * The old README's rules, in its order: its "## Rules" section went to `docs/rules/README.md` (the
 * index) and each rule's `###` section to `docs/rules/<rule-id>.md`.
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

  // Each rule's README section moved to its page under docs/rules/, opening sentence and all.
  const RULE_WITNESSES: ReadonlyArray<readonly [id: string, witness: string]> = [
    [
      'yaml',
      'The file is readable: a regular file, not a symbolic link, UTF-8 text under 1 MB, valid YA',
    ],
    [
      'schema',
      'Every field is one the format knows, of the right type and form, and every required field ',
    ],
    [
      'registry/file-name',
      'The file is `groups/<slug>.yaml` (not `.yml`, not in a subfolder), and its `slug` is lower',
    ],
    [
      'registry/duplicate',
      'No two groups share a slug, a name or a website; and one person keeps one identity across ',
    ],
    [
      'registry/joined',
      '`joined` is the date the program admitted the group, and only the program team sets it:',
    ],
    ['registry/language', '`language` names a language the automation writes in:'],
    [
      'registry/location',
      "The group's `city` in its `country` is a place the registry knows, so it can be on the map",
    ],
    ['registry/nearby', 'A joining group (one a pull request adds, or any group with `status:'],
    [
      'leaders/leader',
      'The group has a leader (the primary contact) with a name and a valid GitHub username.',
    ],
    [
      'leaders/co-leader',
      'The group has a designated co-leader (the secondary contact, so the group is never orphane',
    ],
    [
      'leaders/distinct',
      'The leader and the co-leader are two different people (different GitHub usernames, compare',
    ],
    ['leaders/terms', "Both leaders have accepted the program's terms and conditions:"],
    [
      'leaders/tech-community-id',
      "Each leader's Microsoft Tech Community user ID is given as a positive whole number.",
    ],
    [
      'leaders/github-id',
      "Each leader's GitHub account id (`githubId`, the `id` at `https://api.github.com/users/<us",
    ],
    [
      'fees/admission',
      'Members pay no admission fee: `fees.admission` is `none`, or `pass-through` with `passThro',
    ],
    ['conduct/code-of-conduct', 'The group links its published code of conduct:'],
    ['presence/website', 'The group has a public-facing website or online presence:'],
    ['feeds/url', "Each entry of `feeds:` (optional; the group's public iCalendar feeds"],
    ['trademark/name', "The name follows Microsoft's trademark guidelines:"],
    [
      'meetups/minimum',
      "At least the policy's minimum (6) Azure meetups in the trailing window (12 months ending o",
    ],
    [
      'meetups/at-risk',
      "A group that meets the minimum today, but would fall below it within the policy's `atRiskD",
    ],
    ['meetups/spread', 'Azure meetups are spread through the year:'],
    [
      'meetups/duplicate',
      'No meetup is listed twice: the same date and title (ignoring case and spacing), or the sam',
    ],
    ['meetups/url', "A meetup's `url`, when it is there, is its page:"],
    [
      'waivers/expired',
      'A waiver whose `until` date has passed no longer silences its rule; remove it once the pro',
    ],
    [
      'waivers/duplicate',
      'A rule is waived at most once: a second waiver for the same rule (for instance with a late',
    ],
  ];

  it('maps every rule of the old README, and only those, to a page', () => {
    expect(RULE_WITNESSES.map(([id]) => id)).toEqual([...RULES]);
    expect(sections('docs/rules/README.md').has('rules')).toBe(true);
  });

  it.each(RULE_WITNESSES)('`%s` → docs/rules/<id>.md, with its text', (id, witness) => {
    const page = path.join(REPO_ROOT, 'docs/rules', `${id}.md`);
    expect(existsSync(page), `${page} exists`).toBe(true);
    expect(flat(readFileSync(page, 'utf8'))).toContain(flat(witness));
    expect(sections('README.md').has(id.replaceAll('/', '')), 'no longer in the README').toBe(
      false,
    );
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
