import type { Finding, MessageList, MessageParams, MessageRef } from '../../core/finding.js';
import { auditIssue } from './audit-issue.js';
import { LANGUAGES, type Catalogue, type Language } from './catalogue.js';
import { check } from './check.js';
import { comment } from './comment.js';
import { common } from './common.js';
import { conduct } from './conduct.js';
import { dashboard } from './dashboard.js';
import { feeds } from './feeds.js';
import { fees } from './fees.js';
import { issueForm } from './issue-form.js';
import { issueOps } from './issue-ops.js';
import { leaders } from './leaders.js';
import { lifecycle } from './lifecycle.js';
import { lifecycleProposal } from './lifecycle-proposal.js';
import { meetups } from './meetups.js';
import { presence } from './presence.js';
import { createRenderer } from './render.js';
import { registry } from './registry.js';
import { schema } from './schema.js';
import { summaries } from './summaries.js';
import { template } from './template.js';
import { trademark } from './trademark.js';
import { validate } from './validate.js';
import { waivers } from './waivers.js';
import { yaml } from './yaml.js';

export { LANGUAGES, languageOf, type Language } from './catalogue.js';

/**
 * The catalogue: every message a rule, the loader or the schema check can write, in every
 * language, one area per rule folder (plus the loader's and the shared phrases); and the frame
 * around them: the pull-request comment, the audit's issues, the check run and the dashboard.
 */
export const AREAS = {
  auditIssue,
  check,
  comment,
  common,
  conduct,
  dashboard,
  feeds,
  fees,
  issueForm,
  issueOps,
  leaders,
  lifecycle,
  lifecycleProposal,
  meetups,
  presence,
  registry,
  schema,
  summaries,
  template,
  trademark,
  validate,
  waivers,
  yaml,
} as const;

type IdsOf<A> = A extends { en: infer English } ? keyof English & string : never;

/** Every message id; stable, so scripts may rely on it (`--format json` prints it). */
export type FindingMessageId = IdsOf<(typeof AREAS)[keyof typeof AREAS]>;

/** Each language's whole catalogue. */
export const CATALOGUES: Readonly<Record<Language, Catalogue>> = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    Object.assign({}, ...Object.values(AREAS).map((area) => area[language])) as Catalogue,
  ]),
) as Record<Language, Catalogue>;

/** A message with its parameters, to be put into words in whichever language is asked. */
export function say(id: FindingMessageId, params?: MessageParams): MessageRef {
  return params === undefined ? { id } : { id, params };
}

/**
 * Items for a message to list, joined in each language by its own rules: `and` for all of them
 * ("name, github and githubId"), `or` for one of them ("applying, active or leaving"). An item
 * may be a phrase (`say(…)`): each is put into words in the message's language, then joined.
 */
export function listOf(items: readonly (string | MessageRef)[], join: 'and' | 'or'): MessageList {
  return { items: [...items], join };
}

const renderer = createRenderer(CATALOGUES);

/** Puts a message into words in `language`: a sentence, so an opening phrase gets a capital. */
export const renderMessage: (ref: MessageRef, language: Language) => string = renderer.render;

/** Puts a phrase ("the 2nd meetup (line 27)") into words in `language`, as it is. */
export const renderPhrase: (ref: MessageRef, language: Language) => string = renderer.phrase;

/** Puts frame texts (a comment, an issue, a dashboard) into words in one language. */
export type Words = (id: FindingMessageId, params?: MessageParams) => string;

/** The frame's words in `language`: each message put into words as `renderMessage` does. */
export function wordsIn(language: Language): Words {
  return (id, params) => renderMessage(say(id, params), language);
}

/** A value as a select's option: ICU option names take no hyphens (`not-azure` → `not_azure`). */
export function option(value: string): string {
  return value.replaceAll('-', '_');
}

/** A finding's message in `language` (its `message` is the English). */
export function findingMessage(finding: Finding, language: Language): string {
  return language === 'en'
    ? finding.message
    : renderMessage({ id: finding.messageId, params: finding.params }, language);
}
