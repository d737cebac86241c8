import { addDays, addMonths, type PlainDate } from '../core/dates.js';
import type { Policy } from '../core/policy.js';
import { asList, asText, field } from '../core/read.js';
import { renderMessage } from '../i18n/findings/index.js';
import { loadGroupFile } from '../load/group-file.js';
import { isTimeZoneName } from '../schema/formats.js';
import { decodeGroupFile } from '../yaml/text.js';
import type { ParsedFeed } from './feed.js';
import { currentMeetups, planSync, type Change, type NewMeetup } from './plan.js';
import { FeedFetchError, FeedParseError, type SyncPort } from './port.js';
import { applyChanges } from './yaml-edit.js';

export interface SyncOptions {
  today: PlainDate;
  policy: Policy;
  /** Work out and report the changes; write nothing. */
  dryRun: boolean;
}

export interface SyncError {
  /** The feed the error is about; undefined for the group file itself. */
  feed: string | undefined;
  reason: string;
}

export interface GroupSync {
  path: string;
  added: NewMeetup[];
  updated: Array<Extract<Change, { kind: 'update' }>>;
  cancelled: Array<Extract<Change, { kind: 'cancel' }>>;
  /** New events left for the next run (the policy's `sync.maxNewMeetups`). */
  deferred: number;
  errors: SyncError[];
  /** Whether the file was (or, in a dry run, would be) rewritten. */
  changed: boolean;
}

export interface SyncOutcome {
  groups: GroupSync[];
  errors: number;
}

/**
 * `tgr sync`: reads every group's feeds and records what they say in its file. A group whose
 * feed cannot be fetched or read, or whose file cannot be edited exactly, is left untouched and
 * reported; the other groups are synced all the same.
 */
export async function runSync(options: SyncOptions, port: SyncPort): Promise<SyncOutcome> {
  const groups: GroupSync[] = [];
  for (const path of await port.files.list()) {
    const result = await syncGroup(path, options, port);
    if (result !== undefined) groups.push(result);
  }
  return { groups, errors: groups.reduce((sum, group) => sum + group.errors.length, 0) };
}

async function syncGroup(
  path: string,
  options: SyncOptions,
  port: SyncPort,
): Promise<GroupSync | undefined> {
  const result: GroupSync = {
    path,
    added: [],
    updated: [],
    cancelled: [],
    deferred: 0,
    errors: [],
    changed: false,
  };
  const fail = (reason: string, feed?: string): GroupSync => {
    result.errors.push({ feed, reason });
    return result;
  };

  let bytes: Uint8Array;
  try {
    bytes = await port.files.read(path);
  } catch {
    return fail('the file cannot be read');
  }
  const file = loadGroupFile(path, undefined, bytes);
  if (!file.content.ok) {
    // Its feeds cannot be known; `tgr validate` explains what is wrong with the file.
    return fail('the file cannot be read as a group file (run tgr validate on it)');
  }
  const { data } = file.content;
  const feeds = asList(field(data, 'feeds'));
  if (feeds.length === 0) return undefined;
  const decoded = decodeGroupFile(bytes);
  if (!decoded.ok) return fail(renderMessage(decoded.reason, 'en'));

  const timeZone = asText(field(data, 'timezone'));
  // The registry's own test of a time zone name, the one the schema's format uses.
  if (timeZone === undefined || !isTimeZoneName(timeZone)) {
    return fail('the group has no valid "timezone", so the day of an event cannot be known');
  }

  const { windowMonths } = options.policy.meetups;
  const window = {
    from: addDays(addMonths(options.today, -windowMonths), 1),
    to: addMonths(options.today, windowMonths),
  };
  const parsed: ParsedFeed[] = [];
  for (const feed of feeds) {
    // Which addresses may be fetched is the feed source's to enforce, at connect time.
    if (typeof feed !== 'string') {
      fail('not a web address (see the feeds/url rule)', String(feed));
      continue;
    }
    try {
      const text = await port.feeds.fetch(feed);
      // In a place the parse cannot outrun: one feed must not keep every other group waiting.
      parsed.push(await port.parser.parse(text, { timeZone, from: window.from, to: window.to }));
    } catch (error: unknown) {
      if (error instanceof FeedFetchError || error instanceof FeedParseError) {
        fail(error.message, feed);
      } else throw error;
    }
  }
  // One feed that failed leaves the whole file as it is: its events might explain the others.
  if (result.errors.length > 0) return result;

  const plan = planSync({
    events: parsed.flatMap((feed) => feed.events),
    coverage: parsed.map((feed) => feed.covers),
    meetups: currentMeetups(data),
    today: options.today,
    window,
    azureKeywords: options.policy.sync.azureKeywords,
    groupName: asText(field(data, 'name')),
    maxAdded: options.policy.sync.maxNewMeetups,
  });
  result.deferred = plan.deferred;
  if (plan.changes.length === 0) return result;

  const edited = applyChanges(decoded.text, plan.changes);
  if (!edited.ok) return fail(`the file was not changed: ${edited.reason}`);
  for (const change of plan.changes) {
    if (change.kind === 'add') result.added.push(change.meetup);
    else if (change.kind === 'cancel') result.cancelled.push(change);
    else result.updated.push(change);
  }
  result.changed = true;
  if (!options.dryRun) {
    // The byte-order mark the decoder dropped goes back, so only the meetups change.
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\ufeff' : '';
    try {
      await port.files.write(path, `${bom}${edited.text}`);
    } catch {
      result.changed = false;
      return fail('the file could not be written');
    }
  }
  return result;
}
