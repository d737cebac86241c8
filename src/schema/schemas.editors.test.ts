import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import '@hyperjump/json-schema/formats-lite';
import {
  registerSchema,
  setShouldValidateFormat,
  validate,
  type Validator,
} from '@hyperjump/json-schema/draft-2020-12';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { getLanguageService } from 'yaml-language-server';
import groupSchema from '../../schemas/group.schema.json' with { type: 'json' };
import { timeZoneNames } from '../../scripts/time-zones.js';
import { newGroupText } from '../new-group/run-new-group.js';
import { VALID_GROUP, fileFrom, findingsOf, withField } from '../../test/support/check.js';
import { node24 } from '../../test/support/node24.js';
import { REPO_ROOT } from '../../test/support/registry.js';
import { createAjv } from './create-ajv.js';
import { EDITOR_KEYWORDS, validateGroup } from './schemas.js';

/**
 * Editors (VS Code's YAML extension, yaml-language-server) read schemas/group.schema.json through
 * the `# yaml-language-server: $schema=…` line at the top of each group file. They show `title`
 * and `description`, offer an `enum`'s values, check `pattern`s (explained by
 * `patternErrorMessage`, or `errorMessage`) and the standard formats, and ignore custom formats.
 * These tests keep what an editor sees the same as what `tgr validate` checks.
 */

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every schema node (not the values of `enum`, `const` or `examples`), with its JSON pointer. */
function schemaNodes(node: Node, at = ''): Array<[string, Node]> {
  const found: Array<[string, Node]> = [[at, node]];
  for (const [key, child] of Object.entries(node)) {
    if (key === 'enum' || key === 'const' || key === 'examples') continue;
    if (isNode(child)) {
      // `properties` and `$defs` hold named schemas; any other object is a schema itself.
      if (key === 'properties' || key === '$defs') {
        for (const [name, sub] of Object.entries(child))
          if (isNode(sub)) found.push(...schemaNodes(sub, `${at}/${key}/${name}`));
      } else found.push(...schemaNodes(child, `${at}/${key}`));
    }
  }
  return found;
}

const nodes = schemaNodes(groupSchema);
/** The fields a file can have (not the conditions of an `if`). */
const properties = nodes.filter(
  ([where]) => /\/properties\/[^/]+$/.test(where) && !where.includes('/if/'),
);
const EXAMPLE = groupSchema.examples[0] as Node;
const TIME_ZONES: readonly string[] = groupSchema.properties.timezone.enum;
const LANGUAGE_PATTERN = new RegExp(groupSchema.properties.language.pattern, 'u');

/** Whether `tgr validate`'s schema check (ajv, with the program's formats) accepts the value. */
const cliAccepts = (field: string, value: unknown): boolean =>
  validateGroup({ ...EXAMPLE, [field]: value }).length === 0;

describe('the group schema, as editors read it', () => {
  it('gives every property a title: a short human name besides its description', () => {
    expect(properties.length).toBeGreaterThan(30);
    const without = properties.filter(
      ([, node]) =>
        typeof node.title !== 'string' ||
        node.title === '' ||
        node.title.length > 40 ||
        node.title === node.description,
    );
    expect(without.map(([where]) => where)).toEqual([]);
  });

  it('explains every pattern and every checked format in words, not as a regular expression', () => {
    const unexplained = nodes.filter(
      ([, node]) =>
        (node.pattern !== undefined || node.format !== undefined) &&
        typeof node.patternErrorMessage !== 'string' &&
        typeof node.errorMessage !== 'string',
    );
    expect(unexplained.map(([where]) => where)).toEqual([]);
    for (const [, node] of nodes)
      for (const keyword of EDITOR_KEYWORDS)
        if (keyword in node) expect(node[keyword]).toMatch(/^[A-Z].{20,}\.$/);
  });

  it("repeats each of the program's own formats as an enum or a pattern, which editors check", () => {
    const custom = nodes.filter(
      ([, node]) => node.format === 'iana-time-zone' || node.format === 'bcp47',
    );
    expect(custom.map(([where]) => where)).toEqual([
      '/properties/timezone',
      '/properties/language',
    ]);
    for (const [, node] of custom) expect(node.enum ?? node.pattern).toBeDefined();
  });

  it('lets ajv accept the editor keywords, and strict mode still refuse any other unknown one', () => {
    const ajv = createAjv();
    expect(() =>
      ajv.compile({ type: 'string', pattern: '^a$', patternErrorMessage: 'x', errorMessage: 'y' }),
    ).not.toThrow();
    expect(() => ajv.compile({ type: 'string', patternErrorMesage: 'x' })).toThrow(
      /unknown keyword/,
    );
  });
});

describe('time zones: the enum editors offer is what the code accepts', () => {
  it('lists exactly the IANA names the code accepts on this Node (npm run schema:time-zones)', () => {
    expect(TIME_ZONES, 'run npm run schema:time-zones').toEqual(timeZoneNames());
    expect(TIME_ZONES).toContain('Europe/Amsterdam');
    expect(TIME_ZONES).toContain('Asia/Kolkata'); // IANA's name; Intl's own list has Asia/Calcutta
    expect(TIME_ZONES).toContain('UTC');
  });

  it("lists the same names on Node 24, the Action's runtime", () => {
    const output = execFileSync(node24(), ['--import', 'tsx', 'scripts/time-zones.ts', '--check'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(output).toContain(`${String(TIME_ZONES.length)} time zones, as Node 24.`);
  });

  it('makes the CLI accept every listed name, spelled exactly so, and nothing else', () => {
    const refused = TIME_ZONES.filter((zone) => !cliAccepts('timezone', zone));
    expect(refused).toEqual([]);
    const respelled = TIME_ZONES.flatMap((zone) => [zone.toLowerCase(), zone.toUpperCase()]).filter(
      (zone) => !TIME_ZONES.includes(zone),
    );
    expect(respelled.filter((zone) => cliAccepts('timezone', zone))).toEqual([]);
    // Intl accepts each of these, but none is an IANA Area/Location name (or UTC).
    for (const zone of ['GMT', 'EST5EDT', 'SystemV/AST4', 'Etc/Unknown', 'Factory', '+01:00'])
      expect(cliAccepts('timezone', zone), zone).toBe(false);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(...TIME_ZONES),
          fc
            .constantFrom(...TIME_ZONES)
            .chain((zone) =>
              fc.nat(zone.length - 1).map((at) => zone.slice(0, at) + zone.slice(at + 1)),
            ),
          fc.string(),
        ),
        (zone) => cliAccepts('timezone', zone) === TIME_ZONES.includes(zone),
      ),
      { numRuns: 500 },
    );
  });

  it("still explains a wrong time zone in one finding, with the format's words", () => {
    for (const zone of ['europe/amsterdam', 'Amsterdam', 'GMT']) {
      const findings = findingsOf('schema', withField('timezone', zone));
      expect(findings.map((finding) => finding.message)).toEqual([
        `"timezone" must be a time zone such as Europe/Amsterdam; it is "${zone}".`,
      ]);
    }
    expect(findingsOf('schema', withField('timezone', '')).map((f) => f.message)).toEqual([
      '"timezone" is empty: fill it in. The group\'s time zone, such as Europe/Amsterdam (an IANA time zone name).',
    ]);
  });
});

describe('language tags: the pattern editors check never refuses a tag the code accepts', () => {
  const subtag = fc.string({
    unit: fc.constantFrom('a', 'Z', '0', '9', 'x', 'X', '-', '_'),
    minLength: 1,
    maxLength: 9,
  });
  const tagLike = fc
    .tuple(
      fc.stringMatching(/^[A-Za-z]{1,9}$/),
      fc.array(fc.tuple(fc.constantFrom('-', '_', '--', ''), subtag), { maxLength: 4 }),
    )
    .map(([first, rest]) => first + rest.map(([sep, part]) => sep + part).join(''));

  it('for every tag the code accepts, the pattern matches', () => {
    fc.assert(
      fc.property(fc.oneof(tagLike, fc.string()), (tag) =>
        cliAccepts('language', tag) ? LANGUAGE_PATTERN.test(tag) : true,
      ),
      { numRuns: 2000 },
    );
    for (const tag of ['en', 'nl', 'sv', 'EN', 'nl-BE', 'pt-BR', 'zh-Hant-TW', 'und', 'english'])
      expect([tag, cliAccepts('language', tag), LANGUAGE_PATTERN.test(tag)]).toEqual([
        tag,
        true,
        true,
      ]);
    for (const tag of ['nl_NL', 'English!', 'Dutch language', 'x-private', 'e', ''])
      expect([tag, cliAccepts('language', tag), LANGUAGE_PATTERN.test(tag)]).toEqual([
        tag,
        false,
        false,
      ]);
  });

  it('leaves to the CLI the tags that have the right shape but do not canonicalise', () => {
    // Where editors see less than `tgr validate`: a lone singleton, a repeated region, an
    // extended-language subtag. The CLI says so; the editor stays silent.
    for (const tag of ['en-a', 'en-US-US', 'enx-abc'])
      expect([tag, cliAccepts('language', tag), LANGUAGE_PATTERN.test(tag)]).toEqual([
        tag,
        false,
        true,
      ]);
  });
});

/**
 * The corpus both validators (and the editor) judge: the registry's example groups, the nasty
 * files that parse, and variants of the test base, each valid or broken in one way.
 */
const read = (file: string): string => readFileSync(path.join(REPO_ROOT, file), 'utf8');
const yamlFiles = (folder: string): string[] =>
  readdirSync(path.join(REPO_ROOT, folder))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => `${folder}/${name}`);

const meetup = (line: string): string =>
  withField(
    'meetups',
    `\n  - date: 2026-01-29\n    title: Container Apps\n    azure: true\n    ${line}`,
  );
const leader = (fields: Record<string, string>): string =>
  withField(
    'leader',
    `\n${Object.entries({
      name: 'Anna de Vries',
      github: 'annadevries',
      techCommunityId: '1234567',
      termsAccepted: '2024-02-20',
      ...fields,
    })
      .map(([key, value]) => `  ${key}: ${value}`)
      .join('\n')}`,
  );
const waiver = (fields: Record<string, string>): string =>
  `${VALID_GROUP}waivers:\n  - ${Object.entries({
    rule: 'meetups/minimum',
    reason: 'Venue lost after a flood',
    until: '2027-01-31',
    approvedBy: 'some-maintainer',
    ...fields,
  })
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n    ')}\n`;

/** Variants of a valid file that the CLI accepts. */
const valid: Record<string, string> = {
  'the test base': VALID_GROUP,
  ...Object.fromEntries(
    [
      'Asia/Kolkata',
      'Asia/Calcutta',
      'UTC',
      'Etc/UTC',
      'Etc/GMT+5',
      'US/Eastern',
      'Europe/Kyiv',
      'Europe/Kiev',
      'America/Argentina/Buenos_Aires',
    ].map((zone) => [`timezone ${zone}`, withField('timezone', zone)]),
  ),
  ...Object.fromEntries(
    ['nl', 'EN', 'nl-BE', 'pt-BR', 'zh-Hant-TW', 'en-US-x-private', 'english'].map((tag) => [
      `language ${tag}`,
      withField('language', tag),
    ]),
  ),
  'status applying, no joined': withField('joined', undefined, withField('status', 'applying')),
  'pass-through fees, said which': withField(
    'fees',
    '\n  admission: pass-through\n  passThrough: Venue hire, shared at cost',
  ),
  'a meetup with an http page': meetup('url: http://example.org/events/1'),
  'a cancelled meetup': meetup('cancelled: true'),
  'a waiver': waiver({}),
  'a leader as the test base has it': leader({}),
  'a leader with a GitHub account id': leader({ githubId: '48213907' }),
  'a $schema field': `$schema: ../schemas/group.schema.json\n${VALID_GROUP}`,
  'tgr new, filled in': newGroupText({
    slug: 'example',
    root: '.',
    today: '2026-11-22',
    name: 'Example Azure User Group',
    city: 'Utrecht',
    country: 'NL',
    timezone: 'Europe/Amsterdam',
    language: 'nl',
    website: 'https://example-azure.org/',
  })
    .replace('codeOfConduct:', 'codeOfConduct: https://example-azure.org/coc')
    .replace(/^( {2}name):$/gm, '$1: Anna de Vries')
    .replace(/^( {2}github):.*$/gm, '$1: annadevries')
    .replace(/^( {2}githubId):.*$/gm, '$1: 48213907')
    .replace(/^( {2}techCommunityId):.*$/gm, '$1: 1234567')
    .replace(/^( {2}termsAccepted):.*$/gm, '$1: 2024-02-20'),
};

/** Variants the CLI refuses: each breaks one thing the schema says. */
const broken: Record<string, string> = {
  'slug with capitals': withField('slug', 'Utrecht_Azure'),
  'slug with a double hyphen': withField('slug', 'utrecht--azure'),
  'name too short': withField('name', 'AB'),
  'unknown status': withField('status', 'admitted'),
  'active without joined': withField('joined', undefined),
  'joined on 30 February': withField('joined', '2026-02-30'),
  'joined day first': withField('joined', '01-05-2023'),
  'country in lower case': withField('country', 'nl'),
  'country of three letters': withField('country', 'NLD'),
  ...Object.fromEntries(
    [
      'Amsterdam',
      'europe/amsterdam',
      'EUROPE/AMSTERDAM',
      '"Europe/Amsterdam "',
      'GMT',
      'EST5EDT',
      'SystemV/AST4',
      'Etc/GMT+13',
      'Etc/Unknown',
      '""',
      '5',
      '',
    ].map((zone) => [`timezone ${zone || '(empty)'}`, withField('timezone', zone)]),
  ),
  ...Object.fromEntries(
    ['nl_NL', '"English!"', 'Dutch language', 'x-private', '""', '12', ''].map((tag) => [
      `language ${tag || '(empty)'}`,
      withField('language', tag),
    ]),
  ),
  'website over http': withField('website', 'http://example-azure.org/'),
  'website with a space': withField('website', '"https://example azure.org/"'),
  'code of conduct without scheme': withField('codeOfConduct', 'example-azure.org/coc'),
  'admission fee': withField('fees', '\n  admission: free'),
  'pass-through, not said which': withField('fees', '\n  admission: pass-through'),
  'github with @': leader({ github: '"@annadevries"' }),
  'github with a double hyphen': leader({ github: 'anna--devries' }),
  'GitHub account id 0': leader({ githubId: '0' }),
  'GitHub account id as text': leader({ githubId: '"48213907"' }),
  'GitHub account id not whole': leader({ githubId: '48213907.5' }),
  'GitHub account id too large': leader({ githubId: '9007199254740992' }),
  'Tech Community ID 0': leader({ techCommunityId: '0' }),
  'Tech Community ID as text': leader({ techCommunityId: 'abc' }),
  'Tech Community ID not whole': leader({ techCommunityId: '1.5' }),
  'a leader with an email': leader({ email: 'anna@example.org' }),
  'meetup in month 13': withField(
    'meetups',
    '\n  - date: 2026-13-01\n    title: Container Apps\n    azure: true',
  ),
  'meetup page over ftp': meetup('url: ftp://example.org/x'),
  'meetup page with a space': meetup('url: "https://example.org/a b"'),
  'meetup cancelled as text': meetup('cancelled: "yes"'),
  'unknown top-level field': `${VALID_GROUP}email: group@example.org\n`,
  'no co-leader': withField('coLeader', undefined),
  'meetups not a list': withField('meetups', 'none'),
  'waiver of the schema rule': waiver({ rule: 'schema' }),
  'waiver approved by @someone': waiver({ approvedBy: '"@some-maintainer"' }),
  'waiver until 30 February': waiver({ until: '2027-02-30' }),
  'tgr new, as written': newGroupText({
    slug: 'example',
    root: '.',
    today: '2026-11-22',
  }),
};

const cases: Array<[string, string]> = [
  ...yamlFiles('groups').map((file): [string, string] => [file, read(file)]),
  ...yamlFiles('test/fixtures/nasty').map((file): [string, string] => [file, read(file)]),
  ...Object.entries(valid),
  ...Object.entries(broken),
];
const parsed = cases.flatMap(([name, text]): Array<[string, Node]> => {
  const content = fileFrom(text).content;
  return content.ok ? [[name, content.data]] : [];
});

/**
 * The same schema in an independent JSON Schema 2020-12 implementation, @hyperjump/json-schema,
 * must give every file the same verdict as ajv with the program's formats. Formats there: `date`
 * and `uri` are asserted (`setShouldValidateFormat(true)`, with hyperjump's own RFC 3339 and
 * RFC 3986 checks), as ajv-formats does in the CLI and as editors do; the custom formats
 * `iana-time-zone` and `bcp47` stay annotations (2020-12's default, and what editors do), so
 * agreement shows that the enum and the pattern beside them carry the formats' checks. The one
 * known exception, tags of the right shape that do not canonicalise, is the test above.
 */
describe('ajv and an independent 2020-12 validator agree on every file', () => {
  setShouldValidateFormat(true);
  registerSchema(groupSchema);

  const compiled: Promise<Validator> = validate(groupSchema.$id);
  const independentAccepts = async (data: unknown): Promise<boolean> =>
    (await compiled)(data as Parameters<Validator>[0]).valid;

  it('has a corpus of both verdicts, and the variants are what they say', () => {
    const verdicts = new Map(
      parsed.map(([name, data]) => [name, validateGroup(data).length === 0]),
    );
    for (const name of [...yamlFiles('groups'), ...Object.keys(valid)])
      expect([name, verdicts.get(name)]).toEqual([name, true]);
    for (const name of Object.keys(broken))
      expect([name, verdicts.get(name)]).toEqual([name, false]);
    expect(parsed.length).toBeGreaterThan(80);
  });

  it.each(parsed)('%s', async (_, data) => {
    expect(await independentAccepts(data)).toBe(validateGroup(data).length === 0);
  });

  it("accepts the schema's own examples in both", async () => {
    for (const example of groupSchema.examples) {
      expect(validateGroup(example)).toEqual([]);
      expect(await independentAccepts(example)).toBe(true);
    }
  });
});

/**
 * The editor itself: yaml-language-server, the engine of VS Code's YAML extension
 * (redhat.vscode-yaml), finding the schema through the `# yaml-language-server: $schema=…` line as
 * it does for a leader editing `groups/<slug>.yaml`.
 */
describe('in the editor (yaml-language-server)', () => {
  const MODELINE = '# yaml-language-server: $schema=../schemas/group.schema.json\n';
  const editor = getLanguageService({
    schemaRequestService: (uri) => Promise.resolve(readFileSync(fileURLToPath(uri), 'utf8')),
    workspaceContext: {
      resolveRelativePath: (relative, resource) => new URL(relative, resource).href,
    },
  });
  editor.configure({ validate: true, hover: true, completion: true, yamlVersion: '1.2' });
  const uri = pathToFileURL(path.join(REPO_ROOT, 'groups/example.yaml')).href;
  // The service caches a document by its version: each text gets a new one.
  let version = 0;
  const document = (text: string): TextDocument =>
    TextDocument.create(
      uri,
      'yaml',
      ++version,
      text.startsWith(MODELINE) ? text : `${MODELINE}${text}`,
    );
  const problems = async (text: string): Promise<string[]> =>
    (await editor.doValidation(document(text), false)).map(({ message }) =>
      typeof message === 'string' ? message : message.value,
    );

  it('shows no problem in the example groups and the valid variants', async () => {
    for (const [name, text] of [
      ...yamlFiles('groups').map((file): [string, string] => [file, read(file)]),
      ...Object.entries(valid),
    ])
      expect([name, await problems(text)]).toEqual([name, []]);
  });

  /**
   * Where the editor sees less than `tgr validate`, through its own format checks: its `date` is
   * a pattern that lets 30 February through, and its `uri` parser takes a space. The CLI refuses
   * both. (And language tags of the right shape that do not canonicalise: see above.)
   */
  const EDITOR_MISSES = [
    'joined on 30 February',
    'waiver until 30 February',
    'meetup page with a space',
  ];

  it('flags every other broken variant, in words rather than a regular expression', async () => {
    for (const [name, text] of Object.entries(broken)) {
      const seen = await problems(text);
      if (EDITOR_MISSES.includes(name)) expect([name, seen]).toEqual([name, []]);
      else expect([name, seen.length > 0]).toEqual([name, true]);
      for (const message of seen) expect(message).not.toMatch(/does not match the pattern/);
    }
    expect(await problems(withField('timezone', 'europe/amsterdam'))).toEqual([
      groupSchema.properties.timezone.errorMessage,
    ]);
    expect(await problems(withField('country', 'nl'))).toEqual([
      groupSchema.properties.country.patternErrorMessage,
    ]);
  });

  it('offers every time zone as you type, and shows the title and description on hover', async () => {
    const line = VALID_GROUP.split('\n').findIndex((text) => text.startsWith('timezone:')) + 1;
    const typing = document(withField('timezone', 'Europe/Ams'));
    const offered = await editor.doComplete(
      typing,
      { line, character: 'timezone: Europe/Ams'.length },
      false,
    );
    expect(offered.items.map((item) => item.label).sort()).toEqual([...TIME_ZONES].sort());

    const hover = await editor.doHover(document(VALID_GROUP), { line, character: 2 });
    const shown = JSON.stringify(hover?.contents);
    expect(shown).toContain(`#### ${groupSchema.properties.timezone.title}`);
    expect(shown).toContain(groupSchema.properties.timezone.description);
  });
});
