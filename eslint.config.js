// @ts-check
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first: a module may import its own layer and the ones below it,
 * never one above. The features (pr, audit, validate, new-group, site, sync, identify) sit side by
 * side and never import each other. `github/` is the edge: it implements the features' ports with @octokit and
 * @actions, and only the entry points (action/, cli/, main.ts) import it.
 */
export const LAYERS = [
  ['core'],
  ['i18n'],
  ['schema'],
  ['yaml'],
  ['load'],
  ['rules'],
  ['evaluate'],
  ['report'],
  ['pr', 'audit', 'validate', 'new-group', 'site', 'sync', 'identify'],
  ['adapters'],
  ['action', 'cli'],
];
const FEATURES = new Set(['pr', 'audit', 'validate', 'new-group', 'site', 'sync', 'identify']);
const OUTSIDE_SRC = ['**/test/**', '**/bench/**', '**/scripts/**'];

/**
 * Relative-import patterns that reach the named top-level folders of src/.
 * @param {string[]} names
 */
const folders = (names) => names.flatMap((name) => [`../${name}/**`, `../../${name}/**`]);

/** @type {import('eslint').Linter.Config[]} */
export const layerRules = LAYERS.flatMap((layer, rank) =>
  layer.map((name) => {
    const above = LAYERS.slice(rank + 1).flat();
    const siblings = FEATURES.has(name) ? layer.filter((other) => other !== name) : [];
    const edge = rank < LAYERS.findIndex((l) => l.includes('adapters'));
    return {
      files: [`src/${name}/**/*.ts`, ...(name === 'action' ? ['src/main.ts'] : [])],
      ignores: ['**/*.test.ts'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...(above.length + siblings.length > 0
                ? [
                    {
                      group: folders([...above, ...siblings]),
                      message: `src/${name}/ may not import a layer above it or a sibling feature (see LAYERS in eslint.config.js); depend on a port it owns instead.`,
                    },
                  ]
                : []),
              ...(edge
                ? [
                    {
                      group: ['@octokit/*', '@actions/*'],
                      message: `src/${name}/ stays free of GitHub I/O: declare a port here and implement it in src/adapters/.`,
                    },
                  ]
                : []),
              {
                group: OUTSIDE_SRC,
                message: 'src/ ships: it never imports test/, bench/ or scripts/.',
              },
            ],
          },
        ],
      },
    };
  }),
);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'src/schema/generated/**'] },
  {
    files: ['**/*.mjs'],
    languageOptions: {
      parserOptions: { projectService: false, project: null },
      globals: { process: 'readonly', console: 'readonly' },
    },
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-condition': 'error',
    },
  },
  ...layerRules,
  {
    // No import cycles among the modules that ship.
    files: ['src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
      // Generated code (ajv's validators) imports nothing of ours, and is too deep to parse.
      'import-x/ignore': ['/src/schema/generated/'],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
