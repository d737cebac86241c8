import { registryDisk } from '../adapters/fs/registry-disk.js';
/**
 * Hostile input at scale: property-based tests (fast-check) through the real pipeline, over group
 * files mutated from VALID_GROUP, raw random bytes, random strings and YAML token soup.
 *
 * Run counts: in `npm test` every property runs a small default number of cases, so the whole
 * file takes a few seconds on a two-core machine; `npm run test:load` runs this file again with
 * FUZZ_RUNS cases per property (default 2,000). For a longer hunt set FUZZ_RUNS to the number of
 * cases per property, and FUZZ_SEED to start from another seed:
 *
 *   FUZZ_RUNS=5000 FUZZ_SEED=7 npx vitest run src/validate/run-validate.fuzz.test.ts
 *
 * Seeds are fixed by default, so a run is deterministic; each property logs its seed and run
 * count. To replay a failure, run again with the FUZZ_SEED and FUZZ_RUNS it logged (fast-check's
 * report also gives the counterexample and its `path`). Time is never asserted here (speed is
 * measured by the benchmark); inputs stay under a few megabytes, and vitest's per-test timeout
 * bounds each property.
 */
import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { findProblems, snapshotGroups } from '../audit/problems.js';
import { renderIssue } from '../audit/issue-text.js';
import type { Finding } from '../core/finding.js';
import { GITHUB_LOGIN } from '../core/names.js';
import { DEFAULT_POLICY } from '../core/policy.js';
import { evaluate, type FileResult } from '../evaluate/evaluate.js';
import type { GroupFile } from '../load/group-file.js';
import { MAX_FILE_BYTES } from '../yaml/text.js';
import { authorize } from '../pr/authorization.js';
import { describeChange } from '../pr/changes.js';
import { renderPrComment, renderPrSummary } from '../pr/comment.js';
import { buildPrReport } from '../pr/report.js';
import { writeAnnotations } from '../adapters/github/annotations.js';
import { toAnnotations } from '../report/annotations.js';
import { escapeAnnotationText } from '../report/escape.js';
import { formatJson } from '../report/json.js';
import { findingMessage, LANGUAGES } from '../i18n/findings/index.js';
import { code, text } from '../report/markdown.js';
import { formatText } from '../report/text.js';
import { RULE_IDS } from '../rules/index.js';
import { fileFrom, VALID_GROUP } from '../../test/support/check.js';
import {
  markdown,
  markdownEffects,
  withoutRuleLinks,
} from '../../test/support/markdown-effects.js';
import { RULE_PAGES } from '../report/rule-links.js';
import { tempRegistry } from '../../test/support/registry.js';
import { parseWorkflowCommands } from '../../test/support/workflow-commands.js';
import { runValidate } from './run-validate.js';

const TODAY = '2026-11-22';
const FILE = 'groups/example.yaml';
const AUTHOR = 'pr-author';

const envRuns = Number(process.env.FUZZ_RUNS);
const envSeed = Number(process.env.FUZZ_SEED);
const RUNS_OVERRIDE = Number.isSafeInteger(envRuns) && envRuns > 0 ? envRuns : undefined;
const BASE_SEED = Number.isSafeInteger(envSeed) ? envSeed : 20261122;

/** Cases per property by default (npm test): the whole file takes a few seconds on two cores. */
const DEFAULT_RUNS = { mutated: 200, bytes: 100, strings: 100, soup: 150, disk: 50 };

/** fast-check parameters for one property: its own fixed seed, logged so a failure can be replayed. */
function settings(name: string, offset: number, defaultRuns: number) {
  const numRuns = RUNS_OVERRIDE ?? defaultRuns;
  const seed = BASE_SEED + offset;
  console.log(`[fuzz] ${name}: seed ${seed}, ${numRuns} runs`);
  return { seed, numRuns };
}

/** The per-test timeout: generous for the default counts, growing with FUZZ_RUNS. */
function timeout(defaultRuns: number): number {
  return 60_000 * Math.max(1, (RUNS_OVERRIDE ?? defaultRuns) / defaultRuns);
}

// ---------------------------------------------------------------------------------------------
// Generators

/** Pieces of text that mean something to YAML, a terminal, the Actions runner, Markdown or GitHub. */
const NASTY = [
  '::error::pwned',
  '::warning file=x.yaml,line=1::pwned',
  '::add-mask::x',
  '::stop-commands::token',
  '##[error]pwned',
  '##[group]',
  '%0A::error::x',
  '@everyone',
  '@org/team',
  '@annadevries',
  '#1',
  'GH-1',
  '[x](https://evil.example)',
  '![p](https://evil.example/p.png)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<a href="https://evil.example">x</a>',
  '<!-- tech-groups-registry:pr-check -->',
  '<details><summary>x</summary>',
  'https://evil.example/x',
  'www.evil.example',
  'mail@evil.example',
  '**bold**',
  '_em_',
  '~~s~~',
  '`',
  '```',
  '|',
  '| a | b |\n|---|---|',
  '> quote',
  '# heading',
  '\u202E',
  '\u202B',
  '\u2066',
  '\u200B',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u0000',
  '\u0007',
  '\u001B[31m',
  '\u007F',
  '\u0085',
  '\u2028',
  '\u2029',
  '\r',
  '\n',
  '\r\n',
  '\t',
  '\\',
  '"',
  "'",
  ':',
  ': ',
  '- ',
  ' #',
  '&a ',
  '*a',
  '!!str ',
  '!!python/object:os.system ',
  '---',
  '...',
  '{',
  '}',
  '[',
  ']',
  '? ',
  '<<: ',
  '|-',
  '>',
  '%',
  'Microsoft',
  'Official',
  'sponsored by Microsoft',
  'Ｍｉｃｒｏｓｏｆｔ',
  '\uD800',
  '\uDFFF',
  '😀',
  'ﷺ',
  'Z̴̧a̷l̶g̸o',
  'مجموعة',
  '東京',
];

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
);

/** Any text, mostly short, with every kind of hostile character likely. */
const nastyString = fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join(''));

/**
 * Long text (up to 20,000 characters): a short piece repeated. Not longer: on Node 20 quoting a
 * value in a message (`truncate` in src/core/read.ts, through Intl.Segmenter) takes time
 * quadratic in its length, about 80 s for one 300,000-character value; a reported bug, which a
 * longer bound here would turn into a timeout rather than a finding.
 */
const longString = fc
  .tuple(nastyString, fc.integer({ min: 50, max: 5_000 }))
  .map(([piece, times]) => (piece === '' ? 'x' : piece).repeat(times).slice(0, 20_000));

/** Dates of every shape: real, impossible (2026-02-30, 2025-02-29, month 13), and not dates at all. */
const date = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 14 }),
      fc.integer({ min: 0, max: 33 }),
    )
    .map(
      ([year, month, day]) =>
        `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    ),
  fc.constantFrom(
    '2026-02-30',
    '2025-02-29',
    '2024-02-29',
    '2026-11-22',
    '2026-11-23',
    '2027-01-31',
    '2026-13-01',
    '2026-00-10',
    '2026-1-5',
    '26-01-05',
    '2026-01-15T18:00:00Z',
    '2026-01-15 18:00',
    '20260115',
    '15-01-2026',
  ),
);

const GROUP_KEYS = [
  'slug',
  'name',
  'status',
  'joined',
  'city',
  'country',
  'timezone',
  'language',
  'website',
  'codeOfConduct',
  'fees',
  'admission',
  'passThrough',
  'leader',
  'coLeader',
  'github',
  'techCommunityId',
  'termsAccepted',
  'meetups',
  'date',
  'title',
  'azure',
  'url',
  'cancelled',
  'waivers',
  'rule',
  'reason',
  'until',
  'approvedBy',
  '$schema',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  '<<',
];

/** Values that still parse as YAML: any text quoted, numbers, dates, keywords, lists, nesting. */
const parsingValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: nastyString.map((s) => JSON.stringify(s)) },
  { weight: 1, arbitrary: nastyString.map((s) => `'${s.replaceAll("'", "''")}'`) },
  { weight: 1, arbitrary: longString.map((s) => JSON.stringify(s)) },
  { weight: 3, arbitrary: date },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map(String) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '',
      '~',
      'null',
      'true',
      'false',
      'yes',
      'no',
      'on',
      'off',
      'Y',
      'N',
      'NO',
      '.inf',
      '-.inf',
      '.nan',
      '-0',
      '0x1F',
      '0o17',
      '1e400',
      '123456789012345678901234567890',
      '[]',
      '{}',
      '[a, b]',
      '{a: 1}',
      '[{date: 2026-11-01, title: x, azure: true}]',
      'https://techcommunity.microsoft.com/t5/user/viewprofilepage/user-id/123456',
      'https://user:pass@localhost:8080/',
      'http://10.0.0.1/',
      'https://www.meetup.com/utrecht-azure/',
      'https://xn--80ak6aa92e.com/',
      '"@annadevries"',
      'https://github.com/annadevries',
      'pass-through',
      'active',
      'leaving',
      'applying',
      'meetups/minimum',
      'leaders/terms',
      'Microsoft Azure User Group',
      'Official Utrecht Azure User Group',
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1, max: 18 })
      .map((depth) => `${'['.repeat(depth)}x${']'.repeat(depth)}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1, max: 18 })
      .map((depth) => `${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`),
  },
);

/** Values written raw: plain text, block scalars, anchors, aliases and tags; often not YAML. */
const rawValue: fc.Arbitrary<string> = fc.oneof(
  nastyString,
  longString,
  nastyString.map(
    (s) =>
      `|\n${s
        .split('\n')
        .map((line) => `      ${line}`)
        .join('\n')}`,
  ),
  fc.constantFrom(
    '&anchor value',
    '*anchor',
    '!!binary aGVsbG8=',
    '!!timestamp 2026-01-15',
    '!!python/object/apply:os.system ["id"]',
    '!custom x',
    '!!set {a}',
    '@annadevries',
  ),
);

/** A YAML value as written after `key:`, in any style, of any type; mostly one that parses. */
const value = fc.oneof({ weight: 5, arbitrary: parsingValue }, { weight: 1, arbitrary: rawValue });

const key = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...GROUP_KEYS) },
  { weight: 2, arbitrary: nastyString.map((s) => JSON.stringify(s)) },
  { weight: 1, arbitrary: nastyString },
);

const indent = fc
  .array(fc.constantFrom(' ', ' ', ' ', '\t'), { maxLength: 10 })
  .map((chars) => chars.join(''));

/** One structural change to the lines of a group file; indexes wrap around the current lines. */
type Mutation =
  | { op: 'drop' | 'duplicate'; at: number }
  | { op: 'swap'; at: number; other: number }
  | { op: 'value'; at: number; value: string }
  | { op: 'key'; at: number; key: string }
  | { op: 'indent'; at: number; indent: string }
  | { op: 'insert'; at: number; indent: string; key: string; value: string }
  | { op: 'nest'; at: number; depth: number; key: string }
  | { op: 'date'; at: number; value: string }
  | { op: 'splice'; at: number; text: string }
  | { op: 'waiver'; rule: string; until: string; reason: string; approvedBy: string };

const WAIVABLE = [
  'leaders/terms',
  'leaders/tech-community-id',
  'meetups/minimum',
  'trademark/name',
  'presence/website',
  'leaders/co-leader',
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ op: fc.constant('drop' as const), at: fc.nat() }) },
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
  { weight: 8, arbitrary: fc.record({ op: fc.constant('value' as const), at: fc.nat(), value }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('key' as const), at: fc.nat(), key }) },
  fc.record({ op: fc.constant('indent' as const), at: fc.nat(), indent }),
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('insert' as const),
      at: fc.nat(),
      indent: fc.oneof({ weight: 4, arbitrary: fc.constant('') }, indent),
      key,
      value,
    }),
  },
  fc.record({
    op: fc.constant('nest' as const),
    at: fc.nat(),
    depth: fc.integer({ min: 1, max: 17 }),
    key,
  }),
  {
    weight: 4,
    arbitrary: fc.record({ op: fc.constant('date' as const), at: fc.nat(), value: date }),
  },
  fc.record({ op: fc.constant('splice' as const), at: fc.nat(), text: nastyString }),
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('waiver' as const),
      rule: fc.oneof(fc.constantFrom(...WAIVABLE), nastyString),
      until: fc.oneof(fc.constant('2027-01-31'), date),
      reason: nastyString,
      approvedBy: fc.oneof(fc.constant('some-maintainer'), nastyString),
    }),
  },
);

const KEY_LINE = /^(\s*(?:- )?)([^:]+):(?: (.*))?$/;
const DATE_KEYS = /^\s*(?:- )?(joined|termsAccepted|date|until):/;

/** The line at `at` and the more indented lines after it. */
function blockLength(lines: readonly string[], at: number): number {
  const depth = (line: string): number => /^[\s-]*/.exec(line)?.[0].length ?? 0;
  const own = depth(lines[at] ?? '');
  let end = at + 1;
  while (end < lines.length && depth(lines[end] ?? '') > own) end++;
  return end - at;
}

function applyMutation(lines: string[], change: Mutation): string[] {
  const next = [...lines];
  if (change.op === 'waiver') {
    const field = (name: string, text: string) => `${name}: ${JSON.stringify(text)}`;
    const block = [
      ...(next.some((line) => line.startsWith('waivers:')) ? [] : ['waivers:']),
      `  - ${field('rule', change.rule)}`,
      `    ${field('reason', change.reason)}`,
      `    until: ${change.until}`,
      `    ${field('approvedBy', change.approvedBy)}`,
    ];
    return [...next, ...block];
  }
  if (next.length === 0) next.push('');
  const at = change.at % next.length;
  const line = next[at] ?? '';
  const parts = KEY_LINE.exec(line);
  switch (change.op) {
    case 'drop':
      next.splice(at, blockLength(next, at));
      break;
    case 'duplicate':
      next.splice(at, 0, line);
      break;
    case 'swap': {
      const other = change.other % next.length;
      next[at] = next[other] ?? '';
      next[other] = line;
      break;
    }
    case 'value':
      // A block's value replaces the block: `leader:` and its fields become `leader: 42`.
      next.splice(
        at,
        blockLength(next, at),
        parts ? `${parts[1] ?? ''}${parts[2] ?? ''}: ${change.value}` : change.value,
      );
      break;
    case 'key':
      next[at] = parts
        ? `${parts[1] ?? ''}${change.key}:${line.slice(parts[0].indexOf(':') + 1)}`
        : line;
      break;
    case 'indent':
      next[at] = `${change.indent}${line.trimStart()}`;
      break;
    case 'insert': {
      // No indentation given: a sibling of the line it goes before.
      const sibling = (/^\s*(?:- )?/.exec(line)?.[0] ?? '').replace('- ', '  ');
      next.splice(at, 0, `${change.indent || sibling}${change.key}: ${change.value}`);
      break;
    }
    case 'nest': {
      const own = (parts?.[1] ?? '').replace('- ', '  ');
      const levels = Array.from(
        { length: change.depth },
        (_, level) => `${own}${'  '.repeat(level + 1)}${change.key}:`,
      );
      next.splice(
        at,
        blockLength(next, at),
        parts ? `${parts[1] ?? ''}${parts[2] ?? ''}:` : line,
        ...levels,
      );
      break;
    }
    case 'date': {
      const dated = next.map((candidate, index) => [candidate, index] as const);
      const targets = dated.filter(([candidate]) => DATE_KEYS.test(candidate));
      const [target, index] = targets[change.at % Math.max(1, targets.length)] ?? [line, at];
      next[index] = target.replace(/:.*$/, `: ${change.value}`);
      break;
    }
    case 'splice': {
      const joined = next.join('\n');
      const offset = change.at % (joined.length + 1);
      return `${joined.slice(0, offset)}${change.text}${joined.slice(offset)}`.split('\n');
    }
  }
  return next;
}

/** VALID_GROUP with one to five structural changes, then perhaps a BOM and CRLF line endings. */
const mutatedGroup = fc
  .record({
    mutations: fc.array(mutation, { minLength: 1, maxLength: 5 }),
    bom: fc.boolean(),
    crlf: fc.boolean(),
    finalNewline: fc.boolean(),
  })
  .map(({ mutations, bom, crlf, finalNewline }) => {
    const lines = mutations.reduce(applyMutation, VALID_GROUP.replace(/\n$/, '').split('\n'));
    const body = `${lines.join('\n')}${finalNewline ? '\n' : ''}`;
    return `${bom ? '\uFEFF' : ''}${crlf ? body.replaceAll('\n', '\r\n') : body}`;
  });

/** YAML syntax and group fields thrown together: gets further into the parser than noise. */
const TOKENS = [
  'slug: example\n',
  'name: ',
  'leader:\n  ',
  'coLeader:\n  ',
  'github: ',
  'techCommunityId: ',
  'termsAccepted: ',
  'meetups:\n  - ',
  'date: ',
  'title: ',
  'azure: true\n',
  'waivers:\n  - ',
  'status: active\n',
  '\n',
  '\n  ',
  '\n    ',
  '\r\n',
  '\r',
  '\t',
  '  ',
  '- ',
  ': ',
  ', ',
  '[',
  ']',
  '{',
  '}',
  '&a ',
  '*a',
  '!!str ',
  '!x ',
  '---\n',
  '...\n',
  '? ',
  '<<: ',
  '"',
  "'",
  '|\n',
  '>-\n',
  ' # comment\n',
  '%YAML 1.1\n',
  '%TAG ! tag:example.org,2000:\n',
  '2026-02-30',
  'yes',
  '~',
  '\uFEFF',
];

const tokenSoup = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...TOKENS) },
      { weight: 1, arbitrary: fragment },
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

// ---------------------------------------------------------------------------------------------
// Properties

const encoder = new TextEncoder();
const toBytes = (content: string | Uint8Array): Uint8Array =>
  typeof content === 'string' ? encoder.encode(content) : content;

/** The lines an editor shows, or undefined when the bytes are not text the tool reads. */
function editorLines(bytes: Uint8Array): string[] | undefined {
  if (bytes.byteLength > MAX_FILE_BYTES || !isUtf8(bytes)) return undefined;
  return Buffer.from(bytes)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/);
}

/** Lines as YAML (and the tool) count them: LF, CRLF and a lone CR each end one. */
function lineCount(bytes: Uint8Array): number {
  let lines = 1;
  bytes.forEach((byte, index) => {
    if (byte === 0x0a || (byte === 0x0d && bytes[index + 1] !== 0x0a)) lines++;
  });
  return lines;
}

/** Every finding names a known rule and a severity, says something, and points inside the file. */
function expectWellFormed(bytes: Uint8Array, file: GroupFile, findings: readonly Finding[]): void {
  const lines = editorLines(bytes);
  const count = lineCount(bytes);
  for (const finding of findings) {
    const where = JSON.stringify(finding).slice(0, 500);
    expect(RULE_IDS.has(finding.rule), where).toBe(true);
    expect(['error', 'warning', 'notice'], where).toContain(finding.severity);
    expect(finding.message.trim(), where).not.toBe('');
    expect(finding.pointer === '' || finding.pointer.startsWith('/'), where).toBe(true);
    expect(
      Number.isInteger(finding.line) && finding.line >= 1 && finding.line <= count,
      where,
    ).toBe(true);
    expect(Number.isInteger(finding.column) && finding.column >= 1, where).toBe(true);
    // Lines are counted as YAML counts them; a column never runs past its line's end.
    if (lines) {
      const length = (lines[finding.line - 1] ?? '').length;
      expect(finding.column, where).toBeLessThanOrEqual(length + 1);
    }
    expect(finding.severity === 'notice', where).toBe(finding.waiver !== undefined);
  }
  // A file that never became data has exactly one finding, from the yaml rule; others have none.
  const yamlFindings = findings.filter((finding) => finding.rule === 'yaml');
  expect(yamlFindings.length).toBe(file.content.ok ? 0 : 1);
  if (!file.content.ok) expect(findings).toHaveLength(1);
}

function captureStdout(run: () => void): string {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString());
    return true;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return chunks.join('');
}

/** Text, JSON and annotations: no workflow command but the annotations themselves, one a finding. */
function expectLogSafe(result: FileResult): void {
  const { findings } = result;

  // In every language: a translated message quotes the same untrusted values.
  for (const language of LANGUAGES) {
    const output = formatText([result], language);
    expect(parseWorkflowCommands(output)).toEqual({ commands: [], v1: [] });
    expect(output).not.toContain('\r');
    // One line per finding and the summary: no value can start a line of its own.
    expect(output.split('\n')).toHaveLength(findings.length + 2);
    const annotations = toAnnotations([result], language, RULE_PAGES);
    expect(annotations.filter((annotation) => annotation.message.includes('##['))).toEqual([]);
  }

  const json = formatJson([result]);
  expect(parseWorkflowCommands(json)).toEqual({ commands: [], v1: [] });
  expect(JSON.parse(json)).toEqual({
    files: [
      {
        path: result.file.path,
        findings: findings.map(
          ({ rule, severity, message, messageId, params, line, column, pointer, waiver }) => ({
            rule,
            severity,
            message,
            messageId,
            params,
            line,
            column,
            pointer,
            ...(waiver ? { waiver } : {}),
          }),
        ),
      },
    ],
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
  });

  const annotations = parseWorkflowCommands(
    captureStdout(() => {
      writeAnnotations(toAnnotations([result], 'en', RULE_PAGES));
    }),
  );
  expect(annotations.v1).toEqual([]);
  expect(annotations.commands).toEqual(
    findings.map((finding) => ({
      command: finding.severity,
      properties: {
        title: finding.rule,
        file: finding.file,
        line: String(finding.line),
        col: String(finding.column),
      },
      data: escapeAnnotationText(
        `${
          finding.waiver
            ? `Waived until ${ENGLISH_DATE.format(new Date(`${finding.waiver.until}T00:00:00Z`))}: ${finding.message}`
            : finding.message
        }\n${RULE_PAGES}${finding.rule}.md`,
      ),
    })),
  );
}

/** How an English message writes a day: "31 January 2027". */
const ENGLISH_DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** Valid GitHub logins named as leaders in the data, lower-cased: the only people who may be pinged. */
function leaderLogins(...data: ReadonlyArray<Record<string, unknown> | undefined>): Set<string> {
  const logins = new Set<string>();
  for (const record of data) {
    for (const role of ['leader', 'coLeader']) {
      const person: unknown = record?.[role];
      if (typeof person !== 'object' || person === null || !Object.hasOwn(person, 'github'))
        continue;
      const github = (person as Record<string, unknown>).github;
      if (typeof github === 'string' && GITHUB_LOGIN.test(github)) logins.add(github.toLowerCase());
    }
  }
  return logins;
}

const COMMENT_TAGS = ['table', 'tr', 'td', 'th', 'code', 'details', 'summary', 'sub', 'strong'];
const HEADINGS = ['h3', 'h4'];
const ISSUE_TAGS = ['code', 'details', 'summary', 'strong', 'h4', 'a'];
const PROGRAM_MAIL = 'mailto:azure-tech-groups@microsoft.com';
const fileUrl = (file: string): string => `https://github.com/example/registry/blob/HEAD/${file}`;

/** What a body does beyond showing text, apart from its own structure and the mentions allowed. */
function unexpectedEffects(
  html: string,
  tags: readonly string[],
  logins: ReadonlySet<string>,
): string[] {
  return markdownEffects(html, tags).filter((effect) => {
    const mention = /^reference:@(.+)$/.exec(effect)?.[1];
    return mention === undefined || !logins.has(mention.toLowerCase());
  });
}

function links(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((match) => match[1] ?? '');
}

const BASE_DATA = load(VALID_GROUP) as Record<string, unknown>;

/** The pull-request check's report on a change to (or, joining, the addition of) this file. */
function prReport(result: FileResult, joining: boolean) {
  const { file, findings } = result;
  const head = file.content.ok ? file.content.data : 'unreadable';
  const change = describeChange(FILE, joining ? 'absent' : BASE_DATA, head);
  const needs = authorize([change], [], {
    author: { login: AUTHOR, id: 1, isUser: true },
    authorIsMaintainer: false,
    consents: [],
    maintainerApproved: false,
    askedAt: new Map(),
    now: '2026-11-22T12:00:00Z',
  });
  const report = buildPrReport({
    author: AUTHOR,
    changes: [{ change, findings }],
    outside: [],
    needs,
    today: TODAY,
    policy: DEFAULT_POLICY,
    rulePages: RULE_PAGES,
  });
  const logins = leaderLogins(change.base, change.head);
  logins.add(AUTHOR);
  return { report, logins };
}

/** The PR comment, the job summary and audit issues: Markdown that does only what it means to. */
function expectMarkdownSafe(result: FileResult, joining: boolean): void {
  const { findings } = result;
  for (const finding of findings) {
    expect(markdownEffects(markdown.renderInline(text(finding.message)))).toEqual([]);
    expect(markdownEffects(markdown.renderInline(code(finding.message)))).toEqual(['code']);
    // The Dutch and Swedish messages quote the same values: they are as inert as the English.
    for (const language of ['nl', 'sv'] as const) {
      const said = findingMessage(finding, language);
      expect(markdownEffects(markdown.renderInline(text(said)))).toEqual([]);
    }
  }

  const { report, logins } = prReport(result, joining);
  // The only links are to the pages of the rules that found something.
  const pages = new Set(findings.map((finding) => `${RULE_PAGES}${finding.rule}.md`));
  const comment = markdown.render(renderPrComment(report));
  expect(links(comment).filter((href) => !pages.has(href))).toEqual([]);
  const bare = withoutRuleLinks(comment);
  expect(unexpectedEffects(bare, [...COMMENT_TAGS, ...HEADINGS], logins)).toEqual([]);
  expect(links(bare)).toEqual([]);

  const summary = renderPrSummary(report);
  expect(links(markdown.render(summary)).filter((href) => !pages.has(href))).toEqual([]);
  expect(
    unexpectedEffects(
      withoutRuleLinks(markdown.render(summary)),
      [...COMMENT_TAGS, ...HEADINGS],
      logins,
    ),
  ).toEqual([]);
  // Every finding is one whole row of the summary's table: no message can end a row or add one.
  const table = summary.split('#### All findings\n')[1];
  if (findings.length > 0) {
    const rows = markdown.render(table ?? '').match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
    expect(rows).toHaveLength(findings.length + 1);
    for (const row of rows) expect(row.match(/<t[dh]\b/g)).toHaveLength(4);
  } else {
    expect(table).toBeUndefined();
  }

  const snapshots = snapshotGroups([result], TODAY, DEFAULT_POLICY);
  for (const problem of findProblems(snapshots)) {
    const issue = renderIssue(problem, TODAY, {
      policy: DEFAULT_POLICY,
      fileUrl,
      rulePages: RULE_PAGES,
    });
    const html = markdown.render(issue.body);
    const people = new Set(
      Object.values(problem.group.leaders)
        .filter((login) => GITHUB_LOGIN.test(login))
        .map((login) => login.toLowerCase()),
    );
    expect(unexpectedEffects(html, ISSUE_TAGS, people)).toEqual([]);
    for (const href of links(html))
      expect([
        fileUrl(problem.group.path),
        PROGRAM_MAIL,
        ...problem.findings.map((finding) => `${RULE_PAGES}${finding.rule}.md`),
      ]).toContain(href);
    expect(issue.title).not.toMatch(/[\r\n]/);
  }
}

/** Everything the tool does with one file, from bytes to every place it reports to. */
function examine(content: string | Uint8Array, joining = false): void {
  const bytes = toBytes(content);
  const file = fileFrom(bytes, FILE);
  const [result] = evaluate([file], { today: TODAY, policy: DEFAULT_POLICY });
  if (!result) throw new Error('no result for the file');
  expectWellFormed(bytes, file, result.findings);
  expectLogSafe(result);
  expectMarkdownSafe(result, joining);
}

// ---------------------------------------------------------------------------------------------

describe('hostile input at scale (property-based)', () => {
  it('starts from a group file that passes', () => {
    const file = fileFrom(VALID_GROUP, FILE);
    expect(evaluate([file], { today: TODAY, policy: DEFAULT_POLICY })[0]?.findings).toEqual([]);
  });

  it(
    'mutated group files: well-formed findings, safe logs, safe Markdown',
    () => {
      fc.assert(
        fc.property(mutatedGroup, fc.boolean(), (content, joining) => {
          examine(content, joining);
        }),
        settings('mutated group files', 1, DEFAULT_RUNS.mutated),
      );
    },
    timeout(DEFAULT_RUNS.mutated),
  );

  it(
    'raw random bytes',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.uint8Array({ maxLength: 4096 }),
            // Valid UTF-8 most of the way, then anything: reaches the parser, not only the decoder.
            fc
              .tuple(mutatedGroup, fc.uint8Array({ maxLength: 16 }), fc.nat())
              .map(([group, noise, at]) => {
                const bytes = encoder.encode(group);
                const offset = at % (bytes.length + 1);
                return Buffer.concat([bytes.subarray(0, offset), noise, bytes.subarray(offset)]);
              }),
          ),
          (bytes) => {
            examine(bytes);
          },
        ),
        settings('raw bytes', 2, DEFAULT_RUNS.bytes),
      );
    },
    timeout(DEFAULT_RUNS.bytes),
  );

  it(
    'random strings',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 2000 }),
            fc.string({ unit: 'grapheme', maxLength: 500 }),
            nastyString,
          ),
          (content) => {
            examine(content);
          },
        ),
        settings('random strings', 3, DEFAULT_RUNS.strings),
      );
    },
    timeout(DEFAULT_RUNS.strings),
  );

  it(
    'YAML token soup',
    () => {
      fc.assert(
        fc.property(tokenSoup, fc.boolean(), (content, joining) => {
          examine(content, joining);
        }),
        settings('token soup', 4, DEFAULT_RUNS.soup),
      );
    },
    timeout(DEFAULT_RUNS.soup),
  );

  // Five files of a megabyte each: their own fixed list, whatever FUZZ_RUNS says.
  it.each([-2, -1, 0, 1, 2])(
    'a file of the size limit plus %i bytes',
    (delta) => {
      const head = 'slug: example\nname: "';
      const tail = '"\n';
      examine(`${head}${'a'.repeat(MAX_FILE_BYTES + delta - head.length - tail.length)}${tail}`);
    },
    60_000,
  );
});

describe('the same files through tgr validate, from disk', () => {
  const registry = tempRegistry();
  afterAll(() => {
    registry.remove();
  });
  const target = path.join(registry.root, FILE);

  it(
    'finds on disk exactly what it finds in memory, never throwing',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(mutatedGroup, tokenSoup, fc.uint8Array({ maxLength: 2048 })),
          async (content) => {
            registry.write(FILE, content);
            const { results, errors, warnings } = await runValidate({
              paths: [target],
              root: registry.root,
              disk: registryDisk(),
              cwd: registry.root,
              today: TODAY,
              policy: DEFAULT_POLICY,
            });
            const bytes = toBytes(content);
            const file = fileFrom(bytes, FILE);
            const inMemory = evaluate([file], { today: TODAY, policy: DEFAULT_POLICY });
            expect(results.map((result) => result.findings)).toEqual(
              inMemory.map((result) => result.findings),
            );
            const findings = results[0]?.findings ?? [];
            expectWellFormed(bytes, file, findings);
            expect(errors).toBe(findings.filter((finding) => finding.severity === 'error').length);
            expect(warnings).toBe(
              findings.filter((finding) => finding.severity === 'warning').length,
            );
          },
        ),
        settings('validate from disk', 6, DEFAULT_RUNS.disk),
      );
    },
    timeout(DEFAULT_RUNS.disk),
  );
});

describe('what the fuzzing found, kept as regression tests', () => {
  // Found by FUZZ_RUNS=3000 FUZZ_SEED=1 ('mutated group files', seed 2), shrunk by hand.
  it('text() breaks a URL after a word ending in "https" (a key xhttps://…)', () => {
    const content = VALID_GROUP.replace(
      'city: Utrecht',
      'city: Utrecht\nxhttps://evil.example/x: 1',
    );
    const [result] = evaluate([fileFrom(content, FILE)], { today: TODAY, policy: DEFAULT_POLICY });
    if (!result) throw new Error('no result for the file');
    // text() once broke the "word" xhttps after its first letter, leaving https://evil.example/x whole.
    // intact, which an autolinker that looks back only over letters (GitHub's) links.
    const { report, logins } = prReport(result, false);
    const comment = markdown.render(renderPrComment(report));
    expect(comment).toContain('xhttps');
    expect(
      unexpectedEffects(withoutRuleLinks(comment), [...COMMENT_TAGS, ...HEADINGS], logins),
    ).toEqual([]);
  });
});
