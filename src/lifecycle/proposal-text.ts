import { addDays } from '../core/dates.js';
import type { Policy } from '../core/policy.js';
import {
  languageOf,
  renderMessage,
  say,
  wordsIn,
  type Language,
  type Words,
} from '../i18n/findings/index.js';
import { code } from '../report/markdown.js';
import { commentMarker, proposalMarker, type CloseReason, type ProposalKey } from './proposals.js';
import type { PlannedChange } from './run-lifecycle.js';

/** What the texts say of a group beyond the decision: from its file, read as the audit reads it. */
export interface ProposalGroup {
  name: string;
  /** The file's `language` (a BCP 47 tag); English when none or unknown. */
  language: string | undefined;
  /** The Azure meetups counted in the window now, and how many the program requires. */
  counted: number;
  required: number;
}

export interface ProposalTexts {
  title: string;
  body: string;
  commitMessage: string;
}

/**
 * A proposal's title, body and commit message. The title and body are in the group's language
 * with English after it (once, for English); the group's name is the file's text, so it goes in
 * as a code span (src/report/markdown.ts), never as Markdown. The commit message is English and
 * names only the slug. Nothing depends on the day except through the decision, so an unchanged
 * decision renders the same text.
 */
export function renderProposal(
  change: PlannedChange,
  group: ProposalGroup,
  policy: Policy,
): ProposalTexts {
  const primary = languageOf(group.language);
  const name = code(group.name, 80);
  const sections = [proposalMarker(change), section(change, group, policy, primary)];
  if (primary !== 'en')
    sections.push(
      `<details><summary>English</summary>\n\n${section(change, group, policy, 'en')}\n\n</details>`,
    );
  return {
    title: wordsIn(primary)('proposal.title', { action: change.action, name }),
    body: `${sections.join('\n\n')}\n`,
    commitMessage: wordsIn('en')('proposal.commit', { action: change.action, slug: change.group }),
  };
}

function section(
  change: PlannedChange,
  group: ProposalGroup,
  policy: Policy,
  language: Language,
): string {
  const words = wordsIn(language);
  const { action } = change;
  const evidence = [renderMessage(say(change.messageId, change.params), language)];
  if (action === 'inactivate' && change.issue !== null)
    evidence.push(words('proposal.evidence.issue', { issue: String(change.issue) }));
  if (action === 'reactivate')
    evidence.push(
      words('proposal.evidence.meetups', {
        months: policy.meetups.windowMonths,
        counted: group.counted,
        required: group.required,
      }),
    );
  if (action === 'remove')
    evidence.push(
      words('proposal.evidence.removal', {
        end: addDays(change.since, policy.lifecycle.removeAfterDays),
      }),
    );
  return [
    words('proposal.intro', { action, name: code(group.name, 80) }),
    '',
    `**${code(group.name)}** · ${code(change.path)}`,
    '',
    `#### ${words('proposal.heading.merge')}`,
    '',
    words('proposal.merge', { action }),
    '',
    `#### ${words('proposal.heading.evidence')}`,
    '',
    evidence.join(' '),
    '',
    `#### ${words('proposal.heading.instead')}`,
    '',
    words('proposal.instead', {
      action,
      issue: change.issue === null ? '' : String(change.issue),
    }),
    '',
    `#### ${words('proposal.heading.maintainers')}`,
    '',
    words('proposal.maintainers', { since: change.since }),
  ].join('\n');
}

/** The one comment on the audit issue an inactivation follows from, with its mark at the end. */
export function renderIssueComment(
  key: ProposalKey,
  pull: number,
  language: string | undefined,
): string {
  return `${inBoth(languageOf(language), (words) => words('proposal.comment', { pull: String(pull) }))}\n\n${commentMarker(key)}`;
}

/** What the bot says when it closes its own proposal. */
export function renderCloseComment(reason: CloseReason, language: string | undefined): string {
  return inBoth(languageOf(language), (words) => words('proposal.close', { reason }));
}

function inBoth(language: Language, write: (words: Words) => string): string {
  const english = write(wordsIn('en'));
  return language === 'en' ? english : `${write(wordsIn(language))}\n\n${english}`;
}
