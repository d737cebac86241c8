import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS, layerRules } from '../eslint.config.js';
import { REPO_ROOT } from './support/registry.js';

/**
 * The layer boundaries are lint rules (eslint.config.js); these tests prove the rules cover every
 * folder of src/ and bite: each forbidden import below is one a careless change could make.
 */
const linter = new Linter({ configType: 'flat', cwd: REPO_ROOT });
const config: Linter.Config[] = [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  ...layerRules,
];
const restricted = (file: string, code: string): string[] =>
  linter
    .verify(code, config, { filename: path.join(REPO_ROOT, file) })
    .map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`);

describe('the layers of src/', () => {
  it('give every folder of src/ a place', () => {
    const folders = readdirSync(path.join(REPO_ROOT, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual(LAYERS.flat().sort());
  });

  it.each([
    ['src/core/dates.ts', "import { evaluate } from '../evaluate/evaluate.js';", 'a layer above'],
    ['src/i18n/en.ts', "import type { Need } from '../pr/authorization.js';", 'a feature'],
    [
      'src/rules/meetups/url.ts',
      "import { runAudit } from '../../audit/run-audit.js';",
      'a feature, two levels down',
    ],
    [
      'src/audit/run-audit.ts',
      "import { gitHubAuditHost } from '../adapters/github/audit-host.js';",
      'the GitHub edge',
    ],
    [
      'src/pr/run-pr-check.ts',
      "import { runAudit } from '../audit/run-audit.js';",
      'a sibling feature',
    ],
    ['src/report/text.ts', "import * as core from '@actions/core';", '@actions'],
    ['src/pr/port.ts', "import type { Octokit } from '@octokit/rest';", '@octokit'],
    [
      'src/adapters/github/octokit.ts',
      "import { runCli } from '../../cli/run.js';",
      'an entry point',
    ],
    ['src/yaml/parse.ts', "import { check } from '../../test/support/check.js';", 'a test double'],
    [
      'src/main.ts',
      "import { tempRegistry } from '../test/support/registry.js';",
      'a test double from the bin',
    ],
    [
      'src/cli/run.ts',
      "import { startFakeGitHub } from '../../test/fake-github/index.js';",
      'a test double from an entry point',
    ],
  ])('forbid %s to import %s (%s)', (file, code) => {
    expect(restricted(file, code)).toEqual([expect.stringMatching(/^no-restricted-imports: /)]);
  });

  it.each([
    ['src/rules/meetups/url.ts', "import { field } from '../../core/read.js';"],
    ['src/pr/comment.ts', "import { en } from '../i18n/index.js';"],
    ['src/adapters/github/audit-host.ts', "import type { AuditHost } from '../../audit/port.js';"],
    ['src/adapters/github/octokit.ts', "import { retry } from '@octokit/plugin-retry';"],
    [
      'src/action/run.ts',
      "import { gitHubPullRequestHost } from '../adapters/github/pull-request-host.js';",
    ],
    [
      'src/pr/run-pr-check.test.ts',
      "import { pullRequestScenario } from '../../test/support/pr-scenario.js';",
    ],
  ])('allow %s to import %s', (file, code) => {
    expect(restricted(file, code)).toEqual([]);
  });
});
