import MarkdownIt from 'markdown-it';
import { RULE_PAGES, ruleUrl } from '../../src/report/rule-links.js';

/** GitHub-flavoured enough: raw HTML allowed and bare links turned into links, as on GitHub. */
export const markdown = new MarkdownIt({ html: true, linkify: true });

/**
 * The elements the pull-request check's own report is made of: anything else came from input.
 * A report cut to fit adds its note in italics (`em`).
 */
export const REPORT_STRUCTURE: readonly string[] = [
  'table',
  'tr',
  'td',
  'th',
  'code',
  'details',
  'summary',
  'sub',
  'strong',
  'h3',
  'h4',
];

/**
 * What rendered Markdown would do beyond showing text: the links, images and HTML elements it
 * holds, and the mentions, references and autolinks GitHub would add to its text (code excluded).
 */
export function markdownEffects(html: string, allowed: readonly string[] = []): string[] {
  const found = [
    ...html.matchAll(
      /<(a|img|script|table|tr|td|th|h\d|strong|em|code|s|details|summary|sub)\b[^>]*>/g,
    ),
  ]
    .map((match) => match[1] ?? '')
    .filter((tag) => !allowed.includes(tag));
  const textOnly = html.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<[^>]+>/g, '');
  const decoded = textOnly
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"');
  for (const match of decoded.matchAll(/(?:^|[^\w])([@#][A-Za-z0-9][\w-]*)/g))
    found.push(`reference:${match[1] ?? ''}`);
  for (const match of decoded.matchAll(/\b(https?:\/\/|www\.)/gi))
    found.push(`autolink:${match[0]}`);
  return found;
}

/**
 * The HTML with each link to a rule's page (`<a href="…/leaders/terms.md"><code>leaders/terms</code></a>`,
 * exactly as `ruleLink` writes it under `base`) taken back to its code span: what is left holds
 * no link the report meant to write, so any other link came from input.
 */
export function withoutRuleLinks(html: string, base: string = RULE_PAGES): string {
  return html.replace(
    /<a href="([^"]*)"><code>([^<]*)<\/code><\/a>/g,
    (link, href: string, id: string) => (ruleUrl(base, id) === href ? `<code>${id}</code>` : link),
  );
}
