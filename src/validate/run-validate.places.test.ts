import { loadPlaceIndex } from '../adapters/fs/places.js';
import { afterAll, describe, expect, it } from 'vitest';
import { registryDisk } from '../adapters/fs/registry-disk.js';
import { DEFAULT_POLICY } from '../core/policy.js';
import { VALID_GROUP, withField } from '../../test/support/check.js';
import { tempRegistry } from '../../test/support/registry.js';
import { runValidate } from './run-validate.js';

/**
 * `tgr validate` and the place list: loaded when a joining (applying) group is among the files
 * checked, so `registry/location` and `registry/nearby` speak there; never for existing groups
 * alone, whether one or the whole registry.
 */
const group = (slug: string, fields: Record<string, string | undefined>): string => {
  let text = withField('slug', slug, VALID_GROUP);
  text = withField('name', `${slug} Azure User Group`, text);
  text = withField('website', `https://${slug}.example.org/`, text);
  for (const [name, value] of Object.entries(fields)) text = withField(name, value, text);
  return text;
};

const registry = tempRegistry(
  {
    'groups/atlantis-azure.yaml': group('atlantis-azure', { city: 'Atlantis' }),
    'groups/amersfoort-azure.yaml': group('amersfoort-azure', {
      city: 'Amersfoort',
      status: 'applying',
      joined: undefined,
    }),
  },
  { examples: true },
);
afterAll(() => {
  registry.remove();
});

async function placeFindings(paths: readonly string[]): Promise<string[]> {
  const { results } = await runValidate({
    paths: paths.map((file) => `${registry.root}/${file}`),
    root: registry.root,
    disk: registryDisk(),
    loadPlaces: loadPlaceIndex,
    cwd: registry.root,
    today: '2026-11-22',
    policy: DEFAULT_POLICY,
  });
  return results.flatMap(({ file, findings }) =>
    findings
      .filter(
        (finding) => finding.rule === 'registry/location' || finding.rule === 'registry/nearby',
      )
      .map((finding) => `${file.path} ${finding.rule} ${finding.message.slice(0, 60)}`),
  );
}

describe('tgr validate and places', () => {
  it('checks every group’s place when the registry it checks holds an applying group', async () => {
    expect(await placeFindings([])).toEqual([
      'groups/amersfoort-azure.yaml registry/nearby The active group "Utrecht Azure User Group" meets in "Utrech',
      'groups/atlantis-azure.yaml registry/location The registry cannot place the city "Atlantis" in NL: it is n',
    ]);
  });

  it('tells a named applying group of the active group nearby', async () => {
    expect(await placeFindings(['groups/amersfoort-azure.yaml'])).toEqual([
      'groups/amersfoort-azure.yaml registry/nearby The active group "Utrecht Azure User Group" meets in "Utrech',
    ]);
  });

  it('leaves the place list unloaded for a registry of existing groups alone', async () => {
    const existing = tempRegistry({
      'groups/atlantis-azure.yaml': group('atlantis-azure', { city: 'Atlantis' }),
      'groups/utrecht-azure.yaml': group('utrecht-azure', { city: 'Utrecht' }),
    });
    try {
      let loads = 0;
      const { results } = await runValidate({
        paths: [],
        root: existing.root,
        disk: registryDisk(),
        loadPlaces: () => {
          loads++;
          return loadPlaceIndex();
        },
        cwd: existing.root,
        today: '2026-11-22',
        policy: DEFAULT_POLICY,
      });
      expect(loads).toBe(0);
      expect(results.length).toBeGreaterThan(1);
      expect(
        results.flatMap((result) => result.findings).filter((f) => f.rule.startsWith('registry/')),
      ).not.toContainEqual(expect.objectContaining({ rule: 'registry/location' }));
    } finally {
      existing.remove();
    }
  });

  it('leaves the place list unloaded for one existing group, and says nothing of its place', async () => {
    expect(await placeFindings(['groups/atlantis-azure.yaml'])).toEqual([]);
  });
});
