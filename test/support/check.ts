import type { IdentityContext } from '../../src/core/accounts.js';
import type { PlaceContext } from '../../src/core/places.js';
import { DEFAULT_POLICY, type Policy } from '../../src/core/policy.js';
import type { Finding } from '../../src/core/finding.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { loadGroupFile, type GroupFile } from '../../src/load/group-file.js';
import { userId } from '../fake-github/state.js';

/**
 * Test helpers that run the real pipeline (decode, parse, schema, rules, locate) on YAML
 * written inline in a test, so a test reads like the file a leader would write.
 */

/** Strips the common indentation of a template literal and its first newline. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce(
    (text, part, i) => `${text}${part}${i < values.length ? String(values[i]) : ''}`,
    '',
  );
  const lines = raw
    .replace(/^\n/, '')
    .replace(/\n[ \t]*$/, '\n')
    .split('\n');
  const indent = Math.min(
    ...lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)?.[0].length ?? 0),
  );
  return lines.map((line) => line.slice(indent)).join('\n');
}

export function fileFrom(
  text: string | Uint8Array,
  registryPath = 'groups/example.yaml',
): GroupFile {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return loadGroupFile(registryPath, registryPath, bytes);
}

export interface CheckOptions {
  path?: string;
  today?: string;
  policy?: Partial<Policy['meetups']>;
  rules?: Policy['rules'];
  /** Other files in the registry, for cross-file rules. */
  others?: ReadonlyArray<{ path: string; text: string }>;
  /** What GitHub said of the leaders' accounts, as the pull-request check passes it. */
  identity?: IdentityContext;
  /** The place index and joining files, as the orchestrators pass them when they load places. */
  places?: PlaceContext;
  /** The policy's `nearby.km`. */
  nearbyKm?: number;
}

/** Every finding for one file, after the whole registry was evaluated. */
export function check(text: string | Uint8Array, options: CheckOptions = {}): Finding[] {
  const file = fileFrom(text, options.path);
  const others = (options.others ?? []).map((other) => fileFrom(other.text, other.path));
  const policy: Policy = {
    ...DEFAULT_POLICY,
    meetups: { ...DEFAULT_POLICY.meetups, ...options.policy },
    rules: options.rules ?? {},
    ...(options.nearbyKm === undefined ? {} : { nearby: { km: options.nearbyKm } }),
  };
  const [result] = evaluate([file, ...others], {
    today: options.today ?? '2026-11-22',
    policy,
    reportOn: (candidate) => candidate === file,
    ...(options.identity === undefined ? {} : { identity: options.identity }),
    ...(options.places === undefined ? {} : { places: options.places }),
  });
  return result?.findings ?? [];
}

/** The findings of one rule only, as `line:column message` for compact assertions. */
export function findingsOf(
  rule: string,
  text: string | Uint8Array,
  options: CheckOptions = {},
): Finding[] {
  return check(text, options).filter((finding) => finding.rule === rule);
}

/** A complete group file that passes every rule on 2026-11-22: the base most tests edit. */
export const VALID_GROUP = yaml`
  slug: example
  name: Example Azure User Group
  status: active
  joined: 2023-05-01
  city: Utrecht
  country: NL
  timezone: Europe/Amsterdam
  language: en
  website: https://example-azure.org/
  codeOfConduct: https://example-azure.org/code-of-conduct
  fees:
    admission: none
  leader:
    name: Anna de Vries
    github: annadevries
    githubId: 48213907
    techCommunityId: 1234567
    termsAccepted: 2024-02-20
  coLeader:
    name: Pieter Jansen
    github: pjansen
    githubId: 61852340
    techCommunityId: 2345678
    termsAccepted: 2024-02-21
  meetups:
    - date: 2026-01-29
      title: Container Apps in practice
      azure: true
    - date: 2026-02-12
      title: Bicep for beginners
      azure: true
    - date: 2026-04-16
      title: Azure OpenAI on your own data
      azure: true
    - date: 2026-06-11
      title: Functions flex consumption
      azure: true
    - date: 2026-08-27
      title: Landing zones
      azure: true
    - date: 2026-10-22
      title: AKS automatic
      azure: true
`;

/** VALID_GROUP with one top-level line replaced (`field: value`) or removed (value undefined). */
export function withField(field: string, value: string | undefined, base = VALID_GROUP): string {
  const lines = base.split('\n');
  const index = lines.findIndex((line) => line.startsWith(`${field}:`));
  if (index === -1) throw new Error(`no top-level field ${field}`);
  let end = index + 1;
  while (end < lines.length && /^\s/.test(lines[end] ?? '')) end++;
  const replacement =
    value === undefined ? [] : `${field}:${value.startsWith('\n') ? '' : ' '}${value}`.split('\n');
  return [...lines.slice(0, index), ...replacement, ...lines.slice(end)].join('\n');
}

/**
 * VALID_GROUP in `language`, broken in many ways at once (a trademark name, a fee, a plain-http
 * code of conduct, a Tech Community ID as text, terms accepted in the future, an unknown field,
 * too few meetups): each finding is a sentence for a leader to read.
 */
export function brokenInManyWays(language: string, base = VALID_GROUP): string {
  return base
    .replace('language: en', `language: ${language}`)
    .replace('name: Example Azure User Group', 'name: Microsoft Azure Utrecht')
    .replace('admission: none', 'admission: €5 per person')
    .replace('https://example-azure.org/code-of-conduct', 'http://example-azure.org/coc')
    .replace('techCommunityId: 2345678', 'techCommunityId: "abc"')
    .replace('termsAccepted: 2024-02-21', 'termsAccepted: 2027-01-05')
    .replace('city: Utrecht', 'city: Utrecht\nvenue: De Bieb')
    .replace(/ {2}- date: 2026-0[1-6][\s\S]*?azure: true\n/g, '');
}

/** The account id GitHub (the fake GitHub, and the in-memory hosts) gives a login's account. */
export const accountIdOf = userId;

/**
 * Names another person where `from` stood: their login and their own account id (`githubId`),
 * as a leader writes a handover. Replacing the login alone would keep `from`'s id, which names
 * `from`'s account under a new username: a rename, not a new person.
 */
export function swapPerson(text: string, from: string, to: string, id = userId(to)): string {
  const entry = new RegExp(`github: ${from}\\n(\\s+)githubId: \\d+`);
  if (!entry.test(text)) throw new Error(`no entry for ${from} with a githubId`);
  return text.replace(entry, `github: ${to}\n$1githubId: ${String(id)}`);
}
