import { escapeJsonForLog, escapeLogText } from '../report/escape.js';
import { code, fitMarkdown, text } from '../report/markdown.js';
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

/** GitHub's limit on a pull request's body, in characters. */
const BODY_LIMIT = 65_536;

/** A link to an event's page, only for a plain https address (anything else is shown as code). */
function eventPage(url: string | undefined): string {
  if (url === undefined) return '';
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (parsed?.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '')
    return ` (page: ${code(url)})`;
  return ` ([event page](<${parsed.href.replace(/[<>]/g, encodeURIComponent)}>))`;
}

/**
 * The sync pull request's body: per group, what changed, with each new meetup's event page.
 * Every text from a feed or a file is escaped for GitHub's Markdown (no mention, link or HTML
 * it did not mean), and the body is cut to fit GitHub's limit.
 */
export function formatSyncMarkdown(outcome: SyncOutcome, today: string): string {
  const sections = outcome.groups
    .filter((group) => group.changed || group.errors.length > 0 || group.deferred > 0)
    .map((group) => {
      const items = [
        ...group.added.map(
          (meetup) =>
            `- Added ${meetup.date} ${code(meetup.title)}${meetup.azure ? ' (Azure)' : ' (not Azure)'}${eventPage(meetup.url)}`,
        ),
        ...group.updated.map((change) => {
          const parts = [
            ...(change.date ? [`date ${change.date.from} → ${change.date.to}`] : []),
            ...(change.title
              ? [`title ${code(change.title.from)} → ${code(change.title.to)}`]
              : []),
          ];
          return `- Updated meetup ${String(change.index + 1)}: ${parts.join(', ')}`;
        }),
        ...group.cancelled.map(
          (change) =>
            `- Marked cancelled ${change.date} ${code(change.title)}: ${change.reason === 'feed' ? 'the feed marks it cancelled' : 'it is gone from the feed, which still covers its day'}`,
        ),
        ...(group.deferred > 0
          ? [`- ${String(group.deferred)} more new events are left for the next run`]
          : []),
        ...group.errors.map(
          (error) =>
            `- **Not synced:** ${error.feed === undefined ? '' : `${code(error.feed)}: `}${text(error.reason)}; the file was left as it is`,
        ),
      ];
      return `### ${code(group.path)}\n\n${items.join('\n')}`;
    });
  const changed = outcome.groups.filter((group) => group.changed).length;
  const body = [
    `\`tgr sync\` read the groups' event feeds on ${today}: ${String(changed)} group file${changed === 1 ? '' : 's'} changed, ${String(outcome.errors)} error${outcome.errors === 1 ? '' : 's'}.`,
    'Only upcoming meetups change; past meetups and what people wrote stay as they are. Leaders can correct `azure` in their file afterwards. Review this like any change to the groups: the registry check below says who must approve.',
    ...sections,
  ].join('\n\n');
  return `${fitMarkdown(body, BODY_LIMIT, "_The list was cut to fit GitHub's limit; the files show every change._")}\n`;
}
