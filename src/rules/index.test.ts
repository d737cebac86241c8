import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import groupSchema from '../../schemas/group.schema.json' with { type: 'json' };
import { REPO_ROOT } from '../../test/support/registry.js';
import { RULE_IDS, RULES } from './index.js';

/** Keeps rule modules, the registry in index.ts, their tests and the README's sections in step. */
const RULES_DIR = path.join(REPO_ROOT, 'src/rules');
const NOT_RULES = new Set(['index.ts', 'rule.ts']);

function ruleFiles(): string[] {
  return readdirSync(RULES_DIR, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !NOT_RULES.has(file))
    .sort();
}

function readmeRuleSections(): string[] {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Rules\n'));
  if (section === undefined) throw new Error('README.md has no "## Rules" section');
  return [...section.matchAll(/^### `([^`]+)`$/gm)].map((match) => match[1] ?? '');
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

  it('documents every rule in the README, in registry order, and nothing else', () => {
    expect(readmeRuleSections()).toEqual(RULES.map((rule) => rule.id));
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
