import { escapeJsonForLog, escapeLogText } from '../report/escape.js';
import { code, fitMarkdown, text } from '../report/markdown.js';
import type { IdentifyOutcome } from './run-identify.js';

/** One line per id written, per entry to confirm and per file error; file text escaped. */
export function formatIdentifyText(outcome: IdentifyOutcome, dryRun: boolean): string {
  const lines: string[] = [];
  for (const item of outcome.written) {
    lines.push(
      `${escapeLogText(item.group)}: ${item.role} ${escapeLogText(item.login)}: ${dryRun ? 'would write' : 'wrote'} githubId: ${String(item.githubId)}`,
    );
  }
  for (const item of outcome.confirm) {
    const account = item.accountId === undefined ? '' : ` (account id ${String(item.accountId)})`;
    lines.push(
      `${escapeLogText(item.group)}: ${item.role} ${escapeLogText(JSON.stringify(item.login ?? null))}: to confirm: ${item.message}${account}`,
    );
  }
  for (const error of outcome.errors) {
    lines.push(`${escapeLogText(error.group)}: error: ${escapeLogText(error.reason)}`);
  }
  lines.push(summary(outcome, dryRun));
  return `${lines.join('\n')}\n`;
}

/** `{"dryRun","written":[…],"confirm":[…],"errors":[…],"changedFiles","remaining"}`. */
export function formatIdentifyJson(outcome: IdentifyOutcome, dryRun: boolean): string {
  return `${escapeJsonForLog(JSON.stringify({ dryRun, ...outcome }))}\n`;
}

/** GitHub's limit on a pull request's body, in characters. */
const BODY_LIMIT = 65_536;

/**
 * The migration pull request's body: each id written, and what a maintainer must confirm. Every
 * username and path is a code span, so none becomes a mention that would notify its holder.
 */
export function formatIdentifyMarkdown(outcome: IdentifyOutcome): string {
  const sections: string[] = [
    `\`tgr identify\` filled in the GitHub account id (\`githubId\`) of ${String(outcome.written.length)} leader entr${outcome.written.length === 1 ? 'y' : 'ies'} in ${String(outcome.changedFiles)} group file${outcome.changedFiles === 1 ? '' : 's'}: each is the id of the User account that holds the username now, created on or before the day that leader accepted the terms. Each file only gains \`githubId:\` lines; check that, then approve.`,
  ];
  if (outcome.lookupFailure !== undefined) {
    sections.push(`**Nothing was written:** ${text(outcome.lookupFailure)}`);
  }
  if (outcome.written.length > 0) {
    sections.push(
      `### Written\n\n${outcome.written
        .map(
          (item) =>
            `- ${code(item.group)} ${item.role} ${code(item.login)}: \`githubId: ${String(item.githubId)}\``,
        )
        .join('\n')}`,
    );
  }
  if (outcome.confirm.length > 0) {
    sections.push(
      `### For a maintainer to confirm\n\nNo id was written for these entries. An account younger than the acceptance of the terms cannot be the person who accepted them: the username was freed (renamed or deleted) and taken by someone else, unless the person made a new account with the same name. Find out, and add the right \`githubId\` by hand (or ask the group to).\n\n${outcome.confirm
        .map((item) => {
          const account =
            item.accountId === undefined ? '' : ` (account id ${String(item.accountId)})`;
          return `- ${code(item.group)} ${item.role} ${code(item.login ?? '')}: ${text(item.message)}${account}`;
        })
        .join('\n')}`,
    );
  }
  if (outcome.errors.length > 0) {
    sections.push(
      `### Files left as they are\n\n${outcome.errors
        .map((error) => `- ${code(error.group)}: ${text(error.reason)}`)
        .join('\n')}`,
    );
  }
  if (outcome.remaining > 0) {
    sections.push(
      `### Next\n\n${String(outcome.remaining)} more group file${outcome.remaining === 1 ? '' : 's'} still need${outcome.remaining === 1 ? 's' : ''} ids: merge this pull request, then run the workflow again.`,
    );
  }
  return `${fitMarkdown(sections.join('\n\n'), BODY_LIMIT, "_The list was cut to fit GitHub's limit; the files show every change._")}\n`;
}

function summary(outcome: IdentifyOutcome, dryRun: boolean): string {
  const parts = [
    `${String(outcome.changedFiles)} group file${outcome.changedFiles === 1 ? '' : 's'} ${dryRun ? 'would change' : 'changed'} (${String(outcome.written.length)} id${outcome.written.length === 1 ? '' : 's'})`,
    `${String(outcome.confirm.length)} to confirm`,
    `${String(outcome.errors.length)} error${outcome.errors.length === 1 ? '' : 's'}`,
  ];
  if (outcome.remaining > 0) {
    parts.push(
      `${String(outcome.remaining)} file${outcome.remaining === 1 ? '' : 's'} left for the next run`,
    );
  }
  return parts.join(', ');
}
