import { isPlainDate } from '../core/dates.js';
import { readMeetups } from '../core/meetups.js';
import { readPerson, type Role } from '../core/people.js';
import { asList, asRecord, asText, field } from '../core/read.js';
import type { ChangeKind } from '../core/vocabulary.js';

/** A file as the pull request's file list reports it. */
export interface ChangedFile {
  path: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  previousPath?: string;
}

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

/**
 * One side of a change: the group's data, no file at all, or a file that exists but could not be
 * read as group data (not UTF-8, not YAML, a symbolic link, …).
 */
export type Side = Record<string, unknown> | 'absent' | 'unreadable';

/** What one pull request does to one group, in the terms a reviewer thinks in. */
export interface GroupChange {
  kind: ChangeKind;
  /** The group file at the head (or at the base, for a removed file). */
  path: string;
  /** Where the file was on the base branch, when the pull request renames it. */
  previousPath: string | undefined;
  /** The base branch has this file (at its old path, for a rename) but it cannot be read. */
  baseUnreadable: boolean;
  base: Record<string, unknown> | undefined;
  head: Record<string, unknown> | undefined;
  leadership: LeadershipChange[];
  meetupsAdded: number;
  meetupsRemoved: number;
  /** Waiver entries that differ, compared as whole entries. */
  waivers: WaiverChange[];
  /** Other top-level fields whose value changed. */
  fields: string[];
}

export const GROUP_FILE = /^groups\/.+/;

/**
 * Splits a pull request's files into group files and everything else. A rename across the
 * boundary is both: the group side is a group added or removed, the other side an outside file,
 * so a group moved in from elsewhere is still checked.
 */
export function partitionFiles<File extends ChangedFile>(
  files: readonly File[],
): { groups: File[]; outside: string[] } {
  const groups: File[] = [];
  const outside: string[] = [];
  for (const file of files) {
    const inside = GROUP_FILE.test(file.path);
    const from = file.previousPath;
    if (from === undefined || GROUP_FILE.test(from) === inside) {
      if (inside) groups.push(file);
      else outside.push(file.path);
      continue;
    }
    // A rename across the boundary.
    outside.push(inside ? from : file.path);
    const groupSide = {
      ...file,
      status: inside ? 'added' : 'removed',
      path: inside ? file.path : from,
    };
    delete groupSide.previousPath;
    groups.push(groupSide);
  }
  return { groups, outside };
}

function dataOf(side: Side): Record<string, unknown> | undefined {
  return typeof side === 'object' ? side : undefined;
}

/**
 * Compares a group's data at the base and at the head; a head that is `absent` was removed. A
 * renamed file names its base path as `previousPath`.
 */
export function describeChange(
  path: string,
  baseSide: Side,
  headSide: Side,
  previousPath?: string,
): GroupChange {
  const base = dataOf(baseSide);
  const head = dataOf(headSide);
  return {
    kind: kindOf(baseSide, headSide),
    path,
    previousPath: previousPath === path ? undefined : previousPath,
    baseUnreadable: baseSide === 'unreadable',
    base,
    head,
    leadership: head === undefined ? [] : leadershipChanges(base, head),
    ...meetupDelta(base, head),
    waivers: head === undefined ? [] : waiverChanges(base, head),
    fields: changedFields(base, head),
  };
}

function kindOf(base: Side, head: Side): ChangeKind {
  if (head === 'absent') return 'leave';
  if (base === 'absent') return 'join';
  return field(dataOf(head), 'status') === 'leaving' && field(dataOf(base), 'status') !== 'leaving'
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

interface WaiverEntry {
  rule: string;
  until: string | undefined;
  /** The whole entry, with its keys sorted: two entries are the same waiver only if all match. */
  canonical: string;
}

function waiversOf(data: Record<string, unknown> | undefined): WaiverEntry[] {
  return asList(field(data, 'waivers')).map((entry) => {
    const waiver = asRecord(entry);
    const until = field(waiver, 'until');
    return {
      rule: asText(field(waiver, 'rule')) ?? '?',
      until: isPlainDate(until) ? until : undefined,
      canonical: canonicalJson(entry),
    };
  });
}

/** JSON with object keys sorted, so the order a file lists fields in changes nothing. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    const record = asRecord(inner);
    return record === undefined
      ? inner
      : Object.fromEntries(
          Object.keys(record)
            .sort()
            .map((key) => [key, record[key]]),
        );
  });
}

/** Entries of `from` that `than` lacks, counting repeats: a second copy of a waiver is a change. */
function without(from: readonly WaiverEntry[], than: readonly WaiverEntry[]): WaiverEntry[] {
  const left = [...than];
  return from.filter((entry) => {
    const index = left.findIndex((other) => other.canonical === entry.canonical);
    if (index === -1) return true;
    left.splice(index, 1);
    return false;
  });
}

/** Every waiver entry that differs; an entry replaced by one for the same rule is one change. */
function waiverChanges(
  base: Record<string, unknown> | undefined,
  head: Record<string, unknown> | undefined,
): WaiverChange[] {
  const before = waiversOf(base);
  const after = waiversOf(head);
  const removed = without(before, after);
  const changes: WaiverChange[] = [];
  for (const entry of without(after, before)) {
    const index = removed.findIndex((old) => old.rule === entry.rule);
    const old = index === -1 ? undefined : removed.splice(index, 1)[0];
    const change =
      old === undefined
        ? 'added'
        : (entry.until ?? '') > (old.until ?? '')
          ? 'extended'
          : 'changed';
    changes.push({ rule: entry.rule, change, until: entry.until });
  }
  for (const entry of removed)
    changes.push({ rule: entry.rule, change: 'removed', until: entry.until });
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
