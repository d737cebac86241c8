import { loadPlaceIndex } from '../../src/adapters/fs/places.js';
import { registryDisk } from '../../src/adapters/fs/registry-disk.js';
import { DEFAULT_POLICY } from '../../src/core/policy.js';
import type { SiteWriter } from '../../src/site/port.js';
import { runSite, type SiteOutcome } from '../../src/site/run-site.js';
import { tempRegistry } from './registry.js';

/** The site's files in memory: the port `runSite` writes through, for tests. */
export function memorySiteWriter(): SiteWriter & { files: Map<string, string> } {
  const files = new Map<string, string>();
  return {
    files,
    write: (file, content) => {
      if (files.has(file)) throw new Error(`${file} written twice`);
      files.set(file, content);
      return Promise.resolve();
    },
  };
}

/** Builds the site in memory from a throwaway registry holding the given group files. */
export async function buildSite(
  groups: Readonly<Record<string, string>>,
  today = '2026-11-22',
): Promise<{ files: Map<string, string>; outcome: SiteOutcome }> {
  const registry = tempRegistry(groups);
  try {
    const writer = memorySiteWriter();
    const outcome = await runSite(
      {
        root: registry.root,
        disk: registryDisk(),
        loadPlaces: loadPlaceIndex,
        today,
        policy: DEFAULT_POLICY,
      },
      writer,
    );
    return { files: writer.files, outcome };
  } finally {
    registry.remove();
  }
}

/** A generated group file, active, with one upcoming Azure meetup and one held last month. */
export function siteGroupYaml(options: {
  slug: string;
  name?: string;
  city?: string;
  country?: string;
  language?: string;
  status?: string;
  website?: string;
  /** The day it joined; null leaves `joined` out. */
  joined?: string | null;
  extraMeetups?: string;
}): string {
  return [
    `slug: ${options.slug}`,
    `name: ${JSON.stringify(options.name ?? `${options.slug} Azure User Group`)}`,
    `status: ${options.status ?? 'active'}`,
    ...(options.joined === null ? [] : [`joined: ${options.joined ?? '2023-05-01'}`]),
    `city: ${JSON.stringify(options.city ?? 'Utrecht')}`,
    `country: ${options.country ?? 'NL'}`,
    'timezone: Europe/Amsterdam',
    `language: ${options.language ?? 'en'}`,
    `website: ${JSON.stringify(options.website ?? `https://${options.slug}.example-groups.org/`)}`,
    `codeOfConduct: https://${options.slug}.example-groups.org/conduct`,
    'fees:',
    '  admission: none',
    'leader:',
    '  name: Secret Leader',
    '  github: secret-leader',
    '  githubId: 59201836',
    '  techCommunityId: 7654321',
    '  termsAccepted: 2024-02-20',
    'coLeader:',
    '  name: Secret Coleader',
    '  github: secret-coleader',
    '  githubId: 60312947',
    '  techCommunityId: 8765432',
    '  termsAccepted: 2024-02-21',
    'meetups:',
    '  - date: 2026-10-22',
    '    title: AKS automatic',
    '    azure: true',
    '  - date: 2026-12-10',
    '    title: Bicep for beginners',
    '    azure: true',
    `    url: https://www.meetup.com/${options.slug}/events/1/`,
    ...(options.extraMeetups === undefined ? [] : [options.extraMeetups]),
    '',
  ].join('\n');
}
