import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import groupSchema from '../../schemas/group.schema.json' with { type: 'json' };
import { REPO_ROOT } from '../../test/support/registry.js';
import {
  codeBlocks,
  PAGE_HEADINGS,
  readRulePage,
  RULE_PAGES_DIR,
  rulePageIds,
  runExample,
} from '../../test/support/rule-pages.js';
import { AREAS, LANGUAGES, renderMessage } from '../i18n/findings/index.js';
import { RULE_IDS, RULES, summaryId } from './index.js';

/**
 * Keeps rule modules, the registry in index.ts, their tests, their pages under docs/rules/ and
 * their one-line summaries in the catalogue in step, both ways.
 */
const RULES_DIR = path.join(REPO_ROOT, 'src/rules');
const NOT_RULES = new Set(['index.ts', 'rule.ts']);

function ruleFiles(): string[] {
  return readdirSync(RULES_DIR, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !NOT_RULES.has(file))
    .sort();
}

describe('the rule registry', () => {
  it('has unique ids', () => {
    expect(RULE_IDS.size).toBe(RULES.length);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    '%s lives in src/rules/<id>.ts',
    async (id, rule) => {
      const module = (await import(`./${id}.js`)) as { rule: unknown };
      expect(module.rule).toBe(rule);
    },
  );

  it('registers every rule module in src/rules', () => {
    expect(ruleFiles()).toEqual([...RULE_IDS].map((id) => `${id}.ts`).sort());
  });

  it.each([...RULE_IDS])('%s has its test beside it', (id) => {
    expect(existsSync(path.join(RULES_DIR, `${id}.test.ts`))).toBe(true);
  });

  it('has a page under docs/rules/ for every rule, and no page for anything else', () => {
    expect(rulePageIds()).toEqual([...RULE_IDS].sort());
  });

  it('lists every rule in docs/rules/README.md, in registry order, with its summary, severity and waivability', () => {
    const index = readFileSync(path.join(RULE_PAGES_DIR, 'README.md'), 'utf8');
    // Table rows, cells trimmed: prettier pads the columns.
    const rows = index
      .split('\n')
      .filter((line) => line.startsWith('| [`'))
      .map((line) =>
        line
          .slice(1, -1)
          .split('|')
          .map((cell) => cell.trim()),
      );
    expect(rows).toEqual(
      RULES.map((rule) => [
        `[\`${rule.id}\`](${rule.id}.md)`,
        renderMessage({ id: summaryId(rule) }, 'en'),
        rule.severity,
        rule.waivable ? 'yes' : 'no',
      ]),
    );
  });

  it.each(LANGUAGES)(
    'gives every rule a one-line summary in %s, and no other rule one',
    (language) => {
      const summaries = Object.keys(AREAS.summaries[language]).sort();
      expect(summaries).toEqual(RULES.map(summaryId).sort());
      for (const rule of RULES) {
        const text = renderMessage({ id: summaryId(rule) }, language);
        expect(text, `${rule.id} in ${language}`).toMatch(/^[^\n]+$/);
      }
    },
  );

  describe.each(RULES.map((rule) => [rule.id, rule] as const))('the page of %s', (id, rule) => {
    const page = readRulePage(id);
    const section = (heading: string): string => page.sections.get(heading) ?? '';

    it('has the title and the headings every rule page has, in order', () => {
      expect(page.title).toBe(`# \`${id}\``);
      expect([...page.sections.keys()]).toEqual(PAGE_HEADINGS);
    });

    it('shows its severity, waivability and summaries in every language', () => {
      const lines = section('In short').split('\n');
      expect(lines).toContain(
        `- Severity: ${rule.severity} · Waivable: ${rule.waivable ? 'yes' : 'no'}`,
      );
      for (const language of LANGUAGES)
        expect(lines).toContain(
          `- ${language}: ${renderMessage({ id: summaryId(rule) }, language)}`,
        );
    });

    it('says whether the rule can be waived', () => {
      expect(section('Waivers')).toMatch(
        rule.waivable ? /^Waivable: \*\*yes\*\*\./m : /^Waivable: \*\*no\*\*\./m,
      );
      // A waivable rule's page shows the waiver to write, naming the rule.
      const waivers = codeBlocks(section('Waivers')).filter((block) => block.language === 'yaml');
      expect(waivers.some((block) => block.code.includes(`rule: ${id}\n`))).toBe(rule.waivable);
    });

    it('shows a file that passes: it draws no finding from the rule', async () => {
      const run = await runExample(id, section('Passes'));
      expect(run.shown, 'a passing example shows no findings').toEqual([]);
      expect(run.lines).toEqual([]);
    });

    it('shows a file that fails, with the findings the rule really gives it', async () => {
      const run = await runExample(id, section('Fails'));
      expect(run.lines.length, 'the failing example draws a finding').toBeGreaterThan(0);
      expect(run.shown).toEqual(run.lines);
    });
  });

  it('lets waivers name exactly the waivable rules', () => {
    const waivable = RULES.filter((rule) => rule.waivable)
      .map((rule) => rule.id)
      .sort();
    expect(groupSchema.$defs.waiver.properties.rule.enum).toEqual(waivable);
  });

  it('claims only fields the schema defines', () => {
    const resolve = (schema: unknown, segment: string): unknown => {
      let node = schema as Record<string, unknown>;
      const ref = node.$ref;
      if (typeof ref === 'string')
        node = groupSchema.$defs[ref.replace('#/$defs/', '') as keyof typeof groupSchema.$defs];
      // `*` stands for any entry of a list (`/meetups/*/url`).
      if (segment === '*') return node.items;
      return (node.properties as Record<string, unknown> | undefined)?.[segment];
    };
    for (const rule of RULES) {
      for (const owned of rule.owns ?? []) {
        const found = owned
          .split('/')
          .slice(1)
          .reduce<unknown>((node, segment) => resolve(node, segment), groupSchema);
        expect(found, `${rule.id} owns ${owned}`).toBeDefined();
      }
    }
  });
});
