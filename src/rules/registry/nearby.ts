import { distanceKm, placeOf, type Place } from '../../core/places.js';
import { field, quote } from '../../core/read.js';
import { say } from '../../i18n/findings/index.js';
import type { Group, RegistryProblem, RegistryRule } from '../rule.js';

/** The nearest groups named to a joining group; more would bury the advice in a crowded city. */
const MOST = 3;

export const rule: RegistryRule = {
  id: 'registry/nearby',
  scope: 'registry',
  summary:
    "A joining group (new, or applying) hears of the active groups within the policy's distance (nearby.km, default 100 km), so the leaders can talk. Advice only.",
  severity: 'warning',
  waivable: true,
  check(groups, { places, policy }) {
    if (places === undefined) return [];
    const located = new Map<Group, Place>();
    for (const group of groups) {
      const place = placeOf(group.data, places.index);
      if (place) located.set(group, place);
    }
    const joining = (group: Group): boolean =>
      field(group.data, 'status') === 'applying' || places.joining.has(group.file.path);
    const active = [...located].filter(
      ([group]) => field(group.data, 'status') === 'active' && !joining(group),
    );
    const problems: RegistryProblem[] = [];
    for (const [group, here] of located) {
      if (!joining(group)) continue;
      const near = active
        .map(([other, there]) => ({ other, km: distanceKm(here, there) }))
        .filter(({ km }) => km <= policy.nearby.km)
        .sort((a, b) => a.km - b.km || a.other.file.path.localeCompare(b.other.file.path))
        .slice(0, MOST);
      for (const { other, km } of near) {
        problems.push({
          file: group.file,
          pointer: '/city',
          message: say('registry/nearby.group', {
            name: quote(field(other.data, 'name')),
            city: quote(field(other.data, 'city')),
            km: Math.round(km),
          }),
        });
      }
    }
    return problems;
  },
};
