import { wordsIn } from '../i18n/findings/index.js';
import { escapeLogText } from '../report/escape.js';
import { code, text } from '../report/markdown.js';
import type { ProposalsOutcome } from './propose.js';
import type { ProposalKey, ProposalStep } from './proposals.js';

/**
 * What a run of the lifecycle's pull requests did, in English (the maintainer's surface): as
 * plain lines for the log (`formatProposalsText`) and as Markdown for the job summary
 * (`formatProposalsMarkdown`). Slugs are checked names; a failure's message may quote the host,
 * so it is escaped.
 */
export function formatProposalsText(outcome: ProposalsOutcome): string {
  return `${lines(outcome, (value) => value, escapeLogText).join('\n')}\n`;
}

export function formatProposalsMarkdown(outcome: ProposalsOutcome): string {
  return `${lines(outcome, code, (value) => text(value))
    .map((line, index) => (index === 0 ? line : `- ${line}`))
    .join('\n')}\n`;
}

const words = wordsIn('en');

function lines(
  outcome: ProposalsOutcome,
  name: (value: string) => string,
  untrusted: (value: string) => string,
): string[] {
  const what = (key: ProposalKey) => name(`${key.action} ${key.group} (${key.since})`);
  const stepLine = (step: ProposalStep): string => {
    switch (step.type) {
      case 'create-labels':
        return words('proposal.summary.step', {
          type: 'labels',
          number: '',
          what: step.labels.map((label) => name(label)).join(', '),
        });
      case 'open':
        return words('proposal.summary.step', {
          type: 'open',
          number: 'number' in step && typeof step.number === 'number' ? String(step.number) : '',
          what: what(step.desired),
        });
      case 'update':
        return words('proposal.summary.step', {
          type: 'update',
          number: String(step.number),
          what: what(step.desired),
        });
      case 'close':
        return words('proposal.summary.step', {
          type: 'close',
          number: String(step.number),
          what: what(step.key),
        });
      case 'comment':
        return words('proposal.summary.step', {
          type: 'comment',
          number: String(step.issue),
          what: what(step.key),
        });
    }
  };
  const mode = !outcome.enabled
    ? 'off'
    : outcome.mode === 'dry-run'
      ? 'dry_run'
      : outcome.mode === 'first-run'
        ? 'first_run'
        : 'act';
  const shown = outcome.mode === 'act' ? outcome.done : outcome.planned;
  const body = [
    ...outcome.changes.map((change) =>
      words('proposal.summary.decided', {
        what: what({ group: change.group, action: change.action, since: change.since }),
      }),
    ),
    // The reason may quote the file: untrusted.
    ...outcome.errors.map((error) =>
      words('proposal.summary.error', {
        path: untrusted(error.path),
        reason: untrusted(error.reason),
      }),
    ),
    ...shown.map(stepLine),
    ...outcome.skipped.map((skip) =>
      words('proposal.summary.skip', {
        reason: skip.reason.replaceAll('-', '_'),
        number: skip.number === null ? '' : String(skip.number),
        what: what(skip.key),
      }),
    ),
    ...(outcome.mode === 'act' ? outcome.deferred : []).map((step) =>
      words('proposal.summary.deferred', { what: stepLine(step) }),
    ),
    ...(outcome.failure === undefined
      ? []
      : [words('proposal.summary.failure', { reason: untrusted(outcome.failure) })]),
  ];
  return [
    words('proposal.summary.mode', { mode }),
    ...(body.length === 0 ? [words('proposal.summary.none')] : body),
  ];
}
