import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import {
  ADAPTERS,
  edgeFence,
  IO_MODULE_NAMES,
  IO_PACKAGES,
  LAYERS,
  layerRules,
} from '../eslint.config.js';
import { REPO_ROOT } from './support/registry.js';

/**
 * The layer boundaries are lint rules (eslint.config.js); these tests prove the rules cover every
 * folder of src/ and bite: each forbidden import below is one a careless change could make.
 */
const linter = new Linter({ configType: 'flat', cwd: REPO_ROOT });
const config: Linter.Config[] = [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  ...layerRules,
  edgeFence,
];
const restricted = (file: string, code: string): string[] =>
  linter
    .verify(code, config, { filename: path.join(REPO_ROOT, file) })
    .map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`);

describe('the layers of src/', () => {
  const foldersIn = (folder: string): string[] =>
    readdirSync(path.join(REPO_ROOT, folder), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();

  it('give every folder of src/ a place', () => {
    expect(foldersIn('src')).toEqual(LAYERS.flat().sort());
  });

  it('give every folder of the edge, src/adapters/, a kind of I/O', () => {
    expect(foldersIn('src/adapters')).toEqual([...ADAPTERS].sort());
  });

  it.each([
    ['src/core/dates.ts', "import { evaluate } from '../evaluate/evaluate.js';", 'a layer above'],
    [
      'src/i18n/findings/comment.ts',
      "import type { Need } from '../../pr/authorization.js';",
      'a feature',
    ],
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
    ['src/pr/comment.ts', "import { wordsIn } from '../i18n/findings/index.js';"],
    ['src/adapters/github/audit-host.ts', "import type { AuditHost } from '../../audit/port.js';"],
    ['src/adapters/github/octokit.ts', "import Bottleneck from 'bottleneck';"],
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

describe('the edge: only src/adapters/ touches the disk, the network or other programs', () => {
  const refused = (file: string, code: string): string[] =>
    restricted(file, code).filter((message) =>
      /^no-restricted-(imports|syntax|globals): .*only src\/adapters\//.test(message),
    );

  // Every module, with and without `node:`, in each form a careless change could use.
  it.each(IO_MODULE_NAMES.flatMap((name) => [name, `node:${name}`]))(
    'refuses %s to a feature, statically, by require and by import()',
    (specifier) => {
      for (const code of [
        `import { x } from '${specifier}';`,
        `import * as x from '${specifier}';`,
        `export { x } from '${specifier}';`,
        `const x = require('${specifier}');`,
        `const x = await import('${specifier}');`,
        `import x = require('${specifier}');`,
      ]) {
        expect(refused('src/sync/run-sync.ts', code), code).not.toEqual([]);
      }
    },
  );

  it.each(IO_PACKAGES)('refuses the package %s, which reads the disk as it loads', (name) => {
    for (const code of [
      `import cities from '${name}';`,
      `const cities = await import('${name}');`,
    ]) {
      expect(refused('src/validate/run-validate.ts', code), code).not.toEqual([]);
    }
    expect(restricted('src/adapters/fs/places.ts', `const c = await import('${name}');`)).toEqual(
      [],
    );
  });

  it.each([
    ['src/core/dates.ts', 'the lowest layer'],
    ['src/load/registry.ts', 'the registry loader'],
    ['src/cli/registry-root.ts', 'an entry point'],
    ['src/action/inputs.ts', 'the Action'],
    ['src/main.ts', "the Action's bin"],
  ])('refuses node:fs to %s (%s)', (file) => {
    expect(refused(file, "import { readFileSync } from 'node:fs';")).toHaveLength(1);
  });

  it.each([
    ['a name built at run time', 'const x = await import(`node:${name}`);'],
    ['a name in a variable', 'const x = await import(name);'],
    ['createRequire', "import { createRequire } from 'node:module';"],
    ['process.getBuiltinModule', "const fs = process.getBuiltinModule('node:fs');"],
    ['process.binding', "const fs = process.binding('fs');"],
    ['the fetch global', "const answer = await fetch('https://example.org');"],
    ['fetch through globalThis', "const answer = await globalThis.fetch('https://example.org');"],
    ['a WebSocket', "const socket = new WebSocket('wss://example.org');"],
    ['node:net beyond its address helpers', "import { connect } from 'node:net';"],
    ['all of node:net', "import net from 'node:net';"],
  ])('refuses %s outside the edge', (_, code) => {
    expect(refused('src/pr/run-pr-check.ts', code)).toHaveLength(1);
  });

  it.each([
    ['src/adapters/fs/registry-disk.ts', "import { readFileSync } from 'node:fs';"],
    ['src/adapters/http/feed-source.ts', "import https from 'node:https';"],
    ['src/adapters/git/patch-listing.ts', "import { execFile } from 'node:child_process';"],
    ['src/core/urls.ts', "import { isIP } from 'node:net';"],
    ['src/cli/run.ts', "const command = await import('./commands/audit.js');"],
    [
      'src/cli/commands/validate.ts',
      "import { registryDisk } from '../../adapters/fs/registry-disk.js';",
    ],
    ['src/validate/run-validate.ts', "import path from 'node:path';"],
    ['src/validate/run-validate.test.ts', "import { readFileSync } from 'node:fs';"],
  ])('allows %s: %s', (file, code) => {
    expect(restricted(file, code)).toEqual([]);
  });
});
