import packageJson from '../../package.json' with { type: 'json' };
import { RULE_IDS } from '../rules/index.js';
import { code } from './markdown.js';

/**
 * Where a finding's rule is explained: its page, `docs/rules/<rule-id>.md`. Registries other than
 * this project's repository copy only action.yml, dist/ and schemas/, so a link relative to the
 * registry would break: links are absolute, into this project's repository at the release tag of
 * the bundle's version, so a page says what the code that wrote the finding checks.
 */

/**
 * The folder of rule pages for a package's `repository.url` (`git+https://github.com/o/r.git`) at
 * its release tag `v<version>`.
 */
export function rulePagesAt(repositoryUrl: string, version: string): string {
  const match = /^(?:git\+)?(https:\/\/github\.com\/[\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(
    repositoryUrl,
  );
  if (match === null)
    throw new Error(`package.json's repository.url is no GitHub repository: ${repositoryUrl}`);
  return `${match[1] ?? ''}/blob/v${version}/docs/rules/`;
}

/** The rule pages of this bundle's version, unless the `docs-url` input says otherwise. */
export const RULE_PAGES: string = rulePagesAt(packageJson.repository.url, packageJson.version);

/**
 * A `docs-url` given by whoever runs the check, as the base of the rule pages, or undefined when
 * it is none: only an https address without credentials, query or fragment (a page's path is
 * appended to it), always read as a folder. Parentheses and `|` are percent-encoded so the address
 * cannot end a Markdown link early or split a table cell.
 */
export function parseRulePages(raw: string): string | undefined {
  if (/[?#\s]/.test(raw)) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return undefined;
  const href = url.href.replaceAll('(', '%28').replaceAll(')', '%29').replaceAll('|', '%7C');
  return href.endsWith('/') ? href : `${href}/`;
}

/** What a bad `docs-url` must be instead, for the error that names it. */
export const RULE_PAGES_EXPECTED = `must be the https address of the folder that holds the rule pages (such as ${RULE_PAGES})`;

/**
 * The page of a rule under `base` (`…/docs/rules/leaders/terms.md`), or undefined for an id that
 * is none of this registry's rules: an address is made only of trusted parts.
 */
export function ruleUrl(base: string, ruleId: string): string | undefined {
  return RULE_IDS.has(ruleId) ? `${base}${ruleId}.md` : undefined;
}

/** A rule id in Markdown: as code, linked to its page. */
export function ruleLink(base: string, ruleId: string): string {
  const url = ruleUrl(base, ruleId);
  return url === undefined ? code(ruleId) : `[${code(ruleId)}](${url})`;
}

/** Plain text about a rule (an annotation): the text, then its page's address on a line of its own. */
export function withRuleUrl(text: string, base: string, ruleId: string): string {
  const url = ruleUrl(base, ruleId);
  return url === undefined ? text : `${text}\n${url}`;
}
