import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPlaceIndex } from '../../src/adapters/fs/places.js';
import type { Finding } from '../../src/core/finding.js';
import { formatFindings } from '../../src/report/text.js';
import { check } from './check.js';
import { REPO_ROOT } from './registry.js';

/**
 * The rule pages, `docs/rules/<rule-id>.md`, read the way their test needs them: the headings,
 * each section's text and its code blocks, and the examples run through the real pipeline.
 *
 * An example is written in fenced blocks:
 *
 * - ```` ```yaml groups/<slug>.yaml ````: a group file, with its path in the registry after the
 *   language (GitHub shows only the code). The first one in a section is the file checked, as a
 *   pull request that adds it sees it; any later ones are files already in the registry, which
 *   is how a page shows a rule that compares groups (`registry/duplicate`, `registry/nearby`).
 * - ```` ```text ```` (in "Fails" only): the rule's findings on the checked file, one a line,
 *   exactly as `tgr validate` prints them in English.
 */

export const RULE_PAGES_DIR = path.join(REPO_ROOT, 'docs/rules');

/** Every page's second-level headings, in this order. */
export const PAGE_HEADINGS = [
  'In short',
  'What the guide says',
  'What the rule checks',
  'Passes',
  'Fails',
  'How to fix it',
  'Waivers',
] as const;

/** The day every example is checked on, so that meetup counts and date checks stay put. */
export const EXAMPLE_TODAY = '2026-11-22';

export interface CodeBlock {
  /** The info string's first word (`yaml`, `text`). */
  language: string;
  /** The rest of the info string: for `yaml`, the file's path. */
  label: string;
  code: string;
}

export interface RulePage {
  /** The rule id, from the page's path under docs/rules/. */
  id: string;
  text: string;
  /** The first line. */
  title: string;
  /** Each `## ` section's body, by heading, in page order. */
  sections: ReadonlyMap<string, string>;
}

/** The rule ids the pages under docs/rules/ stand for (README.md is the index, not a rule). */
export function rulePageIds(): string[] {
  if (!existsSync(RULE_PAGES_DIR)) return [];
  return readdirSync(RULE_PAGES_DIR, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .map((file) => file.slice(0, -'.md'.length))
    .sort();
}

/** The page of rule `id`; an empty page (no title, no sections) when there is none. */
export function readRulePage(id: string): RulePage {
  const file = path.join(RULE_PAGES_DIR, `${id}.md`);
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const [head = '', ...parts] = text.split(/^## /m);
  const sections = new Map<string, string>();
  for (const part of parts) {
    const newline = part.indexOf('\n');
    sections.set(part.slice(0, newline), part.slice(newline + 1));
  }
  return { id, text, title: head.split('\n')[0] ?? '', sections };
}

/** The fenced code blocks of a section, in order. */
export function codeBlocks(section: string): CodeBlock[] {
  return [...section.matchAll(/^```(\S*)[ \t]*(.*)\n([\s\S]*?)^```$/gm)].map((match) => ({
    language: match[1] ?? '',
    label: (match[2] ?? '').trim(),
    code: match[3] ?? '',
  }));
}

/** What running a section's example gave: the rule's findings as `tgr validate` prints them. */
export interface ExampleRun {
  /** The `tgr validate` lines of the rule's findings on the checked file. */
  lines: string[];
  /** The `text` block the section shows, as lines (empty when it shows none). */
  shown: string[];
}

/**
 * Runs the example of one section (Passes or Fails): its group files through the loader and
 * every rule, as the pull-request check that adds the first file runs them (places loaded).
 */
export async function runExample(ruleId: string, section: string): Promise<ExampleRun> {
  const blocks = codeBlocks(section);
  const files = blocks.filter((block) => block.language === 'yaml');
  const [checked, ...others] = files;
  if (checked === undefined) throw new Error(`${ruleId}: the example has no \`\`\`yaml block`);
  for (const file of files) {
    if (!/^groups\/\S+$/.test(file.label))
      throw new Error(`${ruleId}: a \`\`\`yaml block names no path (\`\`\`yaml groups/…)`);
  }
  const texts = blocks.filter((block) => block.language === 'text');
  if (texts.length > 1) throw new Error(`${ruleId}: more than one \`\`\`text block of findings`);
  const findings: Finding[] = check(checked.code, {
    path: checked.label,
    today: EXAMPLE_TODAY,
    others: others.map((other) => ({ path: other.label, text: other.code })),
    places: { index: await loadPlaceIndex(), joining: new Set([checked.label]) },
  }).filter((finding) => finding.rule === ruleId);
  const shown = (texts[0]?.code ?? '').split('\n').filter((line) => line !== '');
  return {
    lines: findings.length === 0 ? [] : formatFindings(findings).split('\n'),
    shown,
  };
}
