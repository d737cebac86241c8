import { registryDisk } from '../adapters/fs/registry-disk.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../core/policy.js';
import { MAX_FILE_BYTES } from '../yaml/text.js';
import { withField } from '../../test/support/check.js';
import { REPO_ROOT, tempRegistry } from '../../test/support/registry.js';
import { runValidate } from './run-validate.js';

/**
 * A corpus of nasty group files, each `test/fixtures/nasty/<name>.yaml` with the findings a
 * leader should be told in `<name>.expected.json`: rule, severity, line and column, and perhaps a
 * `messageIncludes` substring. Each runs through `tgr validate` from a registry of its own, as
 * `groups/<name>.yaml` (so registry/file-name judges the slug, not the folder), on 2026-11-22
 * with the default policy, and must give exactly those findings, in that order.
 */
const CORPUS = path.join(REPO_ROOT, 'test/fixtures/nasty');
const TODAY = '2026-11-22';

/** VALID_GROUP under another slug: a file that passes, for a case to break in one way. */
const group = (slug: string): string => withField('slug', slug);
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * Cases built here rather than stored: bytes that git, an editor or a formatter could change on
 * the way (invalid UTF-8, NUL, line endings), and a megabyte of filler. Each has its expectation
 * in the corpus folder like the others.
 */
const GENERATED: Readonly<Record<string, () => Uint8Array>> = {
  /** One byte over the 1 MB limit, as one long quoted name. */
  'huge-scalar': () => {
    const head = 'slug: huge-scalar\nname: "';
    const tail = '"\n';
    return encode(`${head}${'a'.repeat(MAX_FILE_BYTES + 1 - head.length - tail.length)}${tail}`);
  },
  /** `city: Ut` then C3 28 (a broken two-byte sequence) and FF (never valid), on line 5. */
  'invalid-utf8': () => {
    const [before = '', after = ''] = group('invalid-utf8').split('city: Utrecht');
    return Buffer.concat([
      encode(`${before}city: Ut`),
      Uint8Array.from([0xc3, 0x28, 0xff]),
      encode(`recht${after}`),
    ]);
  },
  /** A NUL byte inside the city, line 5 column 10. */
  'nul-bytes': () => encode(group('nul-bytes').replace('city: Utrecht', 'city: Utr\u0000echt')),
  /** Windows line endings, with a co-leader who accepted the terms in the future (line 22). */
  crlf: () =>
    encode(
      group('crlf')
        .replace('termsAccepted: 2024-02-21', 'termsAccepted: 2030-01-01')
        .replaceAll('\n', '\r\n'),
    ),
  /** Classic Mac line endings (a lone CR, a line break in YAML too), the same finding. */
  'cr-only': () =>
    encode(
      group('cr-only')
        .replace('termsAccepted: 2024-02-21', 'termsAccepted: 2030-01-01')
        .replaceAll('\n', '\r'),
    ),
};

/**
 * Cases where the tool tells the leader something other than the expectation, which holds what
 * they should be told. Each is a reported bug; the test is expected to fail until it is fixed,
 * and then fails as a reminder to remove the entry here.
 */
const KNOWN_BUGS: Readonly<Record<string, string>> = {
  'non-string-keys':
    'keys YAML reads as other types (07, TRUE, ~) are located at 1:1 and named as converted ("7", "true", "null"): the source map keys nodes by the raw text',
};

interface Expected {
  rule: string;
  severity: string;
  line: number;
  column: number;
  messageIncludes?: string;
}

const names = readdirSync(CORPUS)
  .filter((file) => file.endsWith('.expected.json'))
  .map((file) => file.slice(0, -'.expected.json'.length))
  .sort();

function contentOf(name: string): Uint8Array {
  const generate = GENERATED[name];
  return generate ? generate() : readFileSync(path.join(CORPUS, `${name}.yaml`));
}

const registries: Array<{ remove: () => void }> = [];
afterAll(() => {
  for (const registry of registries) registry.remove();
});

describe('the nasty corpus, through tgr validate', () => {
  it('has a file or a generator for every expectation, and an expectation for every file', () => {
    const stored = readdirSync(CORPUS)
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => file.slice(0, -'.yaml'.length));
    expect(stored.filter((name) => !names.includes(name))).toEqual([]);
    for (const name of names) {
      expect(
        existsSync(path.join(CORPUS, `${name}.yaml`)) !== name in GENERATED,
        `${name}: exactly one of ${name}.yaml or a generator`,
      ).toBe(true);
    }
    expect(Object.keys(KNOWN_BUGS).filter((name) => !names.includes(name))).toEqual([]);
  });

  for (const name of names) {
    const run = name in KNOWN_BUGS ? it.fails : it;
    const title = name in KNOWN_BUGS ? `${name} (known bug, see KNOWN_BUGS)` : name;
    run(
      title,
      async () => {
        const expected = JSON.parse(
          readFileSync(path.join(CORPUS, `${name}.expected.json`), 'utf8'),
        ) as Expected[];
        const file = `groups/${name}.yaml`;
        const registry = tempRegistry({ [file]: contentOf(name) });
        registries.push(registry);
        const { results } = await runValidate({
          paths: [path.join(registry.root, file)],
          root: registry.root,
          disk: registryDisk(),
          cwd: registry.root,
          today: TODAY,
          policy: DEFAULT_POLICY,
        });
        expect(results.map((result) => result.file.path)).toEqual([file]);
        const findings = results[0]?.findings ?? [];
        // The message is compared only where the expectation names a part of it.
        const actual = findings.map(({ rule, severity, line, column, message }, index) => {
          const part = expected[index]?.messageIncludes;
          return {
            rule,
            severity,
            line,
            column,
            ...(part === undefined
              ? {}
              : { messageIncludes: message.includes(part) ? part : message }),
          };
        });
        expect(actual).toEqual(expected);
        // `__proto__` and `constructor` keys stay data: nothing reaches the prototypes.
        expect(Object.prototype).not.toHaveProperty('polluted');
        expect(Object.prototype).not.toHaveProperty('constructor', 'Object');
      },
      30_000,
    );
  }
});
