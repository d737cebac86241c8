import { mkdirSync, writeFileSync } from 'node:fs';
import { accountId } from '../test/support/audit-fixtures.js';
import path from 'node:path';
import { addDays, type PlainDate } from '../src/core/dates.js';
import { mulberry32 } from '../test/fake-github/index.js';

const CITIES = [
  ['Utrecht', 'NL', 'Europe/Amsterdam', 'nl'],
  ['Stockholm', 'SE', 'Europe/Stockholm', 'sv'],
  ['Seattle', 'US', 'America/Los_Angeles', 'en'],
  ['Lagos', 'NG', 'Africa/Lagos', 'en'],
  ['Bengaluru', 'IN', 'Asia/Kolkata', 'en'],
  ['Gent', 'BE', 'Europe/Brussels', 'nl'],
  ['Göteborg', 'SE', 'Europe/Stockholm', 'sv'],
  ['São Paulo', 'BR', 'America/Sao_Paulo', 'pt-BR'],
] as const;

const TOPICS = [
  'Bicep for beginners',
  'Azure Functions deep dive',
  'AKS automatic',
  'Azure OpenAI on your data',
  'Landing zones',
  'Cosmos DB vector search',
  'Container Apps',
  'Entra ID for developers',
];

export interface GeneratedRegistry {
  root: string;
  groups: number;
  /** Groups generated with a problem the audit raises (too few meetups, no co-leader…). */
  failing: number;
}

/**
 * The registry's shape. `mixed`: like the example groups, mostly compliant, with the mix of
 * languages, cancelled, non-Azure and planned meetups, waivers, and a share of groups that fall
 * short (few meetups, a missing co-leader, an impossible date) as real registries do. `small`:
 * every group compliant, about 1 KB, 7 Azure meetups every two months, no waivers, no fees text:
 * the shape of the independent measurement in issue #20.
 */
export type Shape = 'mixed' | 'small';

export function generateRegistry(
  root: string,
  count: number,
  seed: number,
  today: PlainDate,
  shape: Shape = 'mixed',
): GeneratedRegistry {
  if (shape === 'small') return generateSmall(root, count, seed, today);
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  mkdirSync(path.join(root, 'groups'), { recursive: true });
  let failing = 0;
  for (let i = 0; i < count; i++) {
    const [city, country, timezone, language] = pick(CITIES);
    const slug = `g${i}-${city
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]/g, '')}`;
    const roll = random();
    const fewMeetups = roll < 0.08;
    const noCoLeader = roll >= 0.08 && roll < 0.1;
    const badDate = roll >= 0.1 && roll < 0.11;
    if (fewMeetups || noCoLeader || badDate) failing++;
    const meetupCount = fewMeetups ? 1 + Math.floor(random() * 4) : 6 + Math.floor(random() * 18);
    const meetups: string[] = [];
    const span = 360;
    for (let m = 0; m < meetupCount; m++) {
      const date = addDays(
        today,
        -Math.floor((span * (m + random())) / meetupCount) + (m === 0 ? 40 : 0),
      );
      const flags = random();
      meetups.push(
        [
          `  - date: ${badDate && m === 1 ? '2026-02-30' : date}`,
          `    title: ${pick(TOPICS)} ${m}`,
          `    azure: ${flags < 0.9 ? 'true' : 'false'}`,
          ...(flags > 0.97 ? ['    cancelled: true'] : []),
          ...(flags < 0.3
            ? [`    url: https://www.meetup.com/${slug}/events/${3000000 + m}/`]
            : []),
        ].join('\n'),
      );
    }
    const person = (role: string, id: number) =>
      `${role}:\n  name: Person ${id}\n  github: user-${id}\n  githubId: ${accountId(`user-${id}`)}\n  techCommunityId: ${1000000 + id}\n  termsAccepted: 2024-0${1 + (id % 9)}-1${id % 10}`;
    const text = [
      '# yaml-language-server: $schema=../schemas/group.schema.json',
      `slug: ${slug}`,
      `name: ${city} Azure Group ${i}`,
      'status: active',
      `joined: 20${18 + (i % 7)}-0${1 + (i % 9)}-01`,
      `city: ${city}`,
      `country: ${country}`,
      `timezone: ${timezone}`,
      `language: ${language}`,
      `website: https://${slug}.example-groups.org/`,
      `codeOfConduct: https://${slug}.example-groups.org/code-of-conduct`,
      'fees:',
      ...(random() < 0.3
        ? ['  admission: pass-through', '  passThrough: Venue and pizza, shared at cost']
        : ['  admission: none']),
      person('leader', 2 * i),
      ...(noCoLeader ? [] : [person('coLeader', 2 * i + 1)]),
      'meetups:',
      ...meetups,
      ...(random() < 0.02
        ? [
            'waivers:',
            '  - rule: meetups/spread',
            '    reason: Summer break agreed with the program team',
            '    until: 2027-01-31',
            '    approvedBy: program-maintainer',
          ]
        : []),
      '',
    ].join('\n');
    writeFileSync(path.join(root, 'groups', `${slug}.yaml`), text);
  }
  return { root, groups: count, failing };
}

function generateSmall(
  root: string,
  count: number,
  seed: number,
  today: PlainDate,
): GeneratedRegistry {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  mkdirSync(path.join(root, 'groups'), { recursive: true });
  for (let i = 0; i < count; i++) {
    const [city, country, timezone, language] = pick(CITIES);
    const slug = `g${i}-${city
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]/g, '')}`;
    const meetups: string[] = [];
    // One planned in the coming weeks and six behind it about eight weeks apart: compliant now
    // and over the at-risk rule's horizon.
    for (let m = 0; m < 7; m++) {
      const date =
        m === 0
          ? addDays(today, 20 + Math.floor(random() * 20))
          : addDays(today, -(5 + 55 * (m - 1) + Math.floor(random() * 10)));
      meetups.push(`  - date: ${date}\n    title: ${pick(TOPICS)} ${m}\n    azure: true`);
    }
    const person = (role: string, id: number) =>
      `${role}:\n  name: Person ${id}\n  github: user-${id}\n  githubId: ${accountId(`user-${id}`)}\n  techCommunityId: ${1000000 + id}\n  termsAccepted: 2024-0${1 + (id % 9)}-1${id % 10}`;
    const text = [
      `slug: ${slug}`,
      `name: ${city} Azure Group ${i}`,
      'status: active',
      `joined: 20${18 + (i % 7)}-0${1 + (i % 9)}-01`,
      `city: ${city}`,
      `country: ${country}`,
      `timezone: ${timezone}`,
      // A language the automation writes in, so no registry/language warning.
      `language: ${language === 'pt-BR' ? 'en' : language}`,
      `website: https://${slug}.example.org/`,
      `codeOfConduct: https://${slug}.example.org/coc`,
      'fees:',
      '  admission: none',
      person('leader', 2 * i),
      person('coLeader', 2 * i + 1),
      'meetups:',
      ...meetups,
      '',
    ].join('\n');
    writeFileSync(path.join(root, 'groups', `${slug}.yaml`), text);
  }
  return { root, groups: count, failing: 0 };
}
