import { escapeJsonForLog, escapeLogText } from '../report/escape.js';
import type { SyncOutcome } from './run-sync.js';

/** One line per change and per error, every text from a feed or a file escaped. */
export function formatSyncText(outcome: SyncOutcome, dryRun: boolean): string {
  const lines: string[] = [];
  const will = dryRun ? 'would be ' : '';
  for (const group of outcome.groups) {
    const at = escapeLogText(group.path);
    for (const meetup of group.added) {
      lines.push(
        `${at}: ${will}added ${meetup.date} ${escapeLogText(JSON.stringify(meetup.title))}${meetup.azure ? ' (azure)' : ''}`,
      );
    }
    for (const change of group.updated) {
      const parts = [
        ...(change.date ? [`date ${change.date.from} → ${change.date.to}`] : []),
        ...(change.title
          ? [`title ${JSON.stringify(change.title.from)} → ${JSON.stringify(change.title.to)}`]
          : []),
      ];
      lines.push(
        `${at}: ${will}updated meetup ${String(change.index + 1)}: ${escapeLogText(parts.join(', '))}`,
      );
    }
    for (const change of group.cancelled) {
      const why =
        change.reason === 'feed'
          ? 'the feed marks it cancelled'
          : 'it is gone from the feed, which still covers its day';
      lines.push(
        `${at}: ${will}marked cancelled ${change.date} ${escapeLogText(JSON.stringify(change.title))}: ${why}`,
      );
    }
    if (group.deferred > 0) {
      lines.push(`${at}: ${String(group.deferred)} more new events are left for the next run`);
    }
    for (const error of group.errors) {
      const feed = error.feed === undefined ? '' : ` ${escapeLogText(error.feed)}:`;
      lines.push(`${at}: error:${feed} ${escapeLogText(error.reason)}; the file was left as it is`);
    }
  }
  const changed = outcome.groups.filter((group) => group.changed).length;
  lines.push(
    `${String(changed)} group file${changed === 1 ? '' : 's'} ${dryRun ? 'would change' : 'changed'}, ${String(outcome.errors)} error${outcome.errors === 1 ? '' : 's'}`,
  );
  return `${lines.join('\n')}\n`;
}

/** `{"groups":[{"path","added","updated","cancelled","deferred","errors","changed"}],"errors":N}`. */
export function formatSyncJson(outcome: SyncOutcome, dryRun: boolean): string {
  return `${escapeJsonForLog(JSON.stringify({ dryRun, ...outcome }))}\n`;
}
