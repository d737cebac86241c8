import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { REPO_ROOT } from '../../test/support/registry.js';
import { RULE_IDS } from '../rules/index.js';
import {
  parseRulePages,
  ruleLink,
  RULE_PAGES,
  rulePagesAt,
  ruleUrl,
  withRuleUrl,
} from './rule-links.js';

describe('links to rule pages', () => {
  it("point into this project's repository at the bundle's release tag", () => {
    expect(packageJson.version).toBe('0.1.0');
    expect(RULE_PAGES).toBe(
      'https://github.com/azure-tech-groups/registry/blob/v0.1.0/docs/rules/',
    );
    expect(ruleUrl(RULE_PAGES, 'leaders/terms')).toBe(
      'https://github.com/azure-tech-groups/registry/blob/v0.1.0/docs/rules/leaders/terms.md',
    );
    expect(rulePagesAt('https://github.com/contoso/registry', '2.3.4')).toBe(
      'https://github.com/contoso/registry/blob/v2.3.4/docs/rules/',
    );
    expect(() => rulePagesAt('git@github.com:o/r.git', '1.0.0')).toThrow(/repository\.url/);
  });

  it('name, for every rule, a page that exists in this repository', () => {
    for (const id of RULE_IDS) {
      const url = ruleUrl(RULE_PAGES, id) ?? '';
      const file = url.slice(RULE_PAGES.length);
      expect(existsSync(path.join(REPO_ROOT, 'docs/rules', file)), url).toBe(true);
    }
  });

  it('are made for our rules only: any other id stays plain code, without an address', () => {
    expect(ruleUrl(RULE_PAGES, '../../evil')).toBeUndefined();
    expect(ruleLink(RULE_PAGES, 'x](https://evil.example)')).toBe('`x](https://evil.example)`');
    expect(withRuleUrl('message', RULE_PAGES, 'no/such-rule')).toBe('message');
  });

  it('write a Markdown link, and plain text that ends with the address', () => {
    expect(ruleLink('https://d.example/rules/', 'schema')).toBe(
      '[`schema`](https://d.example/rules/schema.md)',
    );
    expect(withRuleUrl('A message.', 'https://d.example/rules/', 'leaders/terms')).toBe(
      'A message.\nhttps://d.example/rules/leaders/terms.md',
    );
  });

  it.each([
    ['https://d.example/rules/', 'https://d.example/rules/'],
    ['https://d.example/rules', 'https://d.example/rules/'],
    ['https://D.example', 'https://d.example/'],
    ['https://d.example/a(b)/', 'https://d.example/a%28b%29/'],
    ['https://d.example/a b/', undefined],
    ['http://d.example/rules/', undefined],
    ['javascript:alert(1)', undefined],
    ['docs/rules/', undefined],
    ['', undefined],
    ['https://d.example/rules/?x=1', undefined],
    ['https://d.example/rules/#top', undefined],
    ['https://me:pw@d.example/rules/', undefined],
  ])('take %j as a docs-url base: %j', (raw, base) => {
    expect(parseRulePages(raw)).toBe(base);
  });
});
