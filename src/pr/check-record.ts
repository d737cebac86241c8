import { createHash } from 'node:crypto';
import type { Annotation } from './plan.js';
import type { Verdict } from './report.js';

/**
 * What a "Registry check" run remembers, in its `external_id` (never shown, set only by apps that
 * may write checks): each pull request's own verdict for this head commit, and a digest of the
 * annotations the run carries. Pull requests into the same branch with the same head commit
 * (twins) merge the same change, so they share the commit's check run; the digest says whether
 * a later run may update that run in place (GitHub appends annotations on every update) or must
 * create a fresh one.
 *
 * Written as `pr-42:pass,pr-57:waiting#0123456789abcdef`; the older `pr-42:pass` still reads.
 */
export interface CheckRecord {
  /** Pull request number → its own verdict, the newest first. */
  verdicts: ReadonlyMap<number, Verdict>;
  /** The digest of the run's annotations; undefined in a record from before digests. */
  annotations: string | undefined;
}

/** At most this many pull requests are remembered per commit, the newest first. */
export const MAX_RECORDED_PULLS = 10;

const ENTRY = /^pr-(\d{1,10}):(pass|fail|waiting)$/;
const DIGEST = /^[0-9a-f]{16}$/;

export function writeCheckRecord(record: CheckRecord): string {
  const entries = [...record.verdicts]
    .slice(0, MAX_RECORDED_PULLS)
    .map(([number, verdict]) => `pr-${String(number)}:${verdict}`);
  return `${entries.join(',')}${record.annotations === undefined ? '' : `#${record.annotations}`}`;
}

/** The record in an `external_id`, or undefined when it is not one this check wrote. */
export function readCheckRecord(externalId: string | undefined): CheckRecord | undefined {
  if (externalId === undefined) return undefined;
  const [list = '', annotations, ...rest] = externalId.split('#');
  if (rest.length > 0 || (annotations !== undefined && !DIGEST.test(annotations))) return undefined;
  const verdicts = new Map<number, Verdict>();
  for (const entry of list.split(',')) {
    const match = ENTRY.exec(entry);
    if (match === null) return undefined;
    const number = Number(match[1]);
    if (!verdicts.has(number)) verdicts.set(number, match[2] as Verdict);
  }
  return { verdicts, annotations };
}

/** A digest of annotations as GitHub would show them: the same findings give the same digest. */
export function annotationsDigest(annotations: readonly Annotation[]): string {
  return createHash('sha256').update(JSON.stringify(annotations)).digest('hex').slice(0, 16);
}
