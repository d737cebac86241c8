import { isPlainDate } from '../core/dates.js';
import { readMeetups } from '../core/meetups.js';
import { readPerson, type Role } from '../core/people.js';
import { asList, asRecord, asText, field } from '../core/read.js';

/** A file as the pull request's file list reports it. */
export interface ChangedFile {
  path: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  previousPath?: string;
}

export type ChangeKind = 'join' | 'update' | 'leave';

export interface LeadershipChange {
  role: Role;
  /** GitHub login as the base branch lists it. */
  from: string | undefined;
  to: string | undefined;
}

export interface WaiverChange {
  rule: string;
  change: 'added' | 'extended' | 'changed' | 'removed';
  until: string | undefined;
}

/** What one pull request does to one group, in the terms a reviewer thinks in. */
export interface GroupChange {
  kind: ChangeKind;
  /** The group file at the head (or at the base, for a removed file). */
  path: string;
  base: Record<string, unknown> | undefined;
  head: Record<string, unknown> | undefined;
  leadership: LeadershipChange[];
  meetupsAdded: number;
  meetupsRemoved: number;
  waivers: WaiverChange[];
  /** Other top-level fields whose value changed. */
  fields: string[];
}

export const GROUP_FILE = /^groups\/.+/;

/** Splits a pull request's files into group files and everything else. */
export function partitionFiles<File extends ChangedFile>(
  files: readonly File[],
): { groups: File[]; outside: string[] } {
  const groups: File[] = [];
  const outside: string[] = [];
  for (const file of files) {
    const touched = [file.path, ...(file.previousPath === undefined ? [] : [file.previousPath])];
    if (touched.some((path) => !GROUP_FILE.test(path))) outside.push(file.path);
    else groups.push(file);
  }
  return { groups, outside };
}

/**
 * Compares a group's data at the base and at the head. Data is undefined where the file does not
 * exist on that side or could not be parsed; `removed` tells the two apart at the head.
 */
export function describeChange(
  path: string,
  base: Record<string, unknown> | undefined,
  head: Record<string, unknown> | undefined,
  removed: boolean,
): GroupChange {
  return {
    kind: kindOf(base, head, removed),
    path,
    base,
    head,
    leadership: head === undefined ? [] : leadershipChanges(base, head),
    ...meetupDelta(base, head),
    waivers: head === undefined ? [] : waiverChanges(base, head),
    fields: changedFields(base, head),
  };
}

function kindOf(
  base: Record<string, unknown> | undefined,
  head: Record<string, unknown> | undefined,
  removed: boolean,
): ChangeKind {
  if (removed) return 'leave';
  if (base === undefined) return 'join';
  return field(head, 'status') === 'leaving' && field(base, 'status') !== 'leaving'
    ? 'leave'
    : 'update';
}

function login(data: Record<string, unknown> | undefined, role: Role): string | undefined {
  return data === undefined ? undefined : readPerson(data, role)?.login;
}

function leadershipChanges(
  base: Record<string, unknown> | undefined,
  head: Record<string, unknown>,
): LeadershipChange[] {
  if (base === undefined) return [];
  return (['leader', 'coLeader'] as const)
    .map((role) => ({ role, from: login(base, role), to: login(head, role) }))
    .filter(({ from, to }) => from !== to);
}

function meetupKey(meetup: { date: string; title: string }): string {
  return `${meetup.date}|${meetup.title.trim().toLowerCase()}`;
}

function meetupDelta(
  base: Record<string, unknown> | undefined,
  head: Record<string, unknown> | undefined,
): { meetupsAdded: number; meetupsRemoved: number } {
  const before = new Set((base ? readMeetups(base) : []).map(meetupKey));
  const after = new Set((head ? readMeetups(head) : []).map(meetupKey));
  return {
    meetupsAdded: [...after].filter((key) => !before.has(key)).length,
    meetupsRemoved: base && head ? [...before].filter((key) => !after.has(key)).length : 0,
  };
}

function waiversOf(
  data: Record<string, unknown> | undefined,
): Map<string, { until: string | undefined; text: string }> {
  const waivers = new Map<string, { until: string | undefined; text: string }>();
  for (const entry of asList(field(data, 'waivers'))) {
    const waiver = asRecord(entry);
    const rule = asText(field(waiver, 'rule'));
    if (rule === undefined) continue;
    const until = field(waiver, 'until');
    waivers.set(rule, {
      until: isPlainDate(until) ? until : undefined,
      text: JSON.stringify(waiver),
    });
  }
  return waivers;
}

function waiverChanges(
  base: Record<string, unknown> | undefined,
  head: Record<string, unknown>,
): WaiverChange[] {
  const before = waiversOf(base);
  const after = waiversOf(head);
  const changes: WaiverChange[] = [];
  for (const [rule, waiver] of after) {
    const previous = before.get(rule);
    if (!previous) changes.push({ rule, change: 'added', until: waiver.until });
    else if ((waiver.until ?? '') > (previous.until ?? ''))
      changes.push({ rule, change: 'extended', until: waiver.until });
    else if (waiver.text !== previous.text)
      changes.push({ rule, change: 'changed', until: waiver.until });
  }
  for (const [rule, waiver] of before) {
    if (!after.has(rule)) changes.push({ rule, change: 'removed', until: waiver.until });
  }
  return changes;
}

const DESCRIBED_ELSEWHERE = new Set(['meetups', 'leader', 'coLeader', 'waivers']);

function changedFields(
  base: Record<string, unknown> | undefined,
  head: Record<string, unknown> | undefined,
): string[] {
  if (base === undefined || head === undefined) return [];
  const keys = new Set([...Object.keys(base), ...Object.keys(head)]);
  return [...keys]
    .filter((key) => !DESCRIBED_ELSEWHERE.has(key))
    .filter((key) => JSON.stringify(field(base, key)) !== JSON.stringify(field(head, key)))
    .sort();
}
