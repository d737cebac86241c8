import { distance } from 'fastest-levenshtein';

/**
 * The name a misspelt one was most likely meant to be, for "did you mean": equal but for case,
 * spaces, hyphens and underscores (`coleader`, `co-leader`, `tech_community_id`), or a few typing
 * mistakes away (`meetup`, `techComunityId`, `nmae`). Undefined when nothing is that close, so a
 * message can list what is allowed instead of guessing. Ties go to the earlier candidate.
 */
export function closestName(typed: string, candidates: Iterable<string>): string | undefined {
  const wanted = comparable(typed);
  if (wanted === '') return undefined;
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const other = comparable(name);
    const found = distance(wanted, other);
    if (found > allowedDistance(other) || found >= Math.max(wanted.length, other.length)) continue;
    if (best === undefined || found < best.distance) best = { name, distance: found };
  }
  return best?.name;
}

/** How many typing mistakes a name of this length may hold and still be recognised. */
function allowedDistance(name: string): number {
  if (name.length <= 3) return 1;
  if (name.length <= 7) return 2;
  return 3;
}

/** Case, spacing, separators and invisible characters never tell two field names apart. */
function comparable(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-\u200B-\u200D\u2060\uFEFF]/g, '');
}
