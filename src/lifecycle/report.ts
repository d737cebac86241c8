import { renderMessage, say } from '../i18n/findings/index.js';
import { escapeLogText } from '../report/escape.js';
import type { LifecycleOutcome } from './run-lifecycle.js';

/** `--format json`: each change as `decideLifecycle` gives it, nothing else. */
export function formatLifecycleJson(outcome: LifecycleOutcome): string {
  const changes = outcome.changes.map(({ group, action, since, messageId, params, issue }) => ({
    group,
    action,
    since,
    messageId,
    params,
    issue,
  }));
  return `${JSON.stringify({ changes }, null, 2)}\n`;
}

/**
 * Text: one line per change, in English (the maintainer's surface), with its file and, for an
 * inactivation, the audit issue it follows from. The path comes from the disk: escaped.
 */
export function formatLifecycleText(outcome: LifecycleOutcome): string {
  if (outcome.changes.length === 0) return 'No group changes stage.\n';
  return outcome.changes
    .map((change) => {
      const issue = change.issue === null ? '' : ` (audit issue #${String(change.issue)})`;
      const message = renderMessage(say(change.messageId, change.params), 'en');
      return `${change.action} ${change.group} ${escapeLogText(change.path)}${issue}: ${message}\n`;
    })
    .join('');
}
