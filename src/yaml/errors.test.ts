import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { constructFromEvents, CORE_SCHEMA, parseEvents, YAMLException } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, renderMessage } from '../i18n/findings/index.js';
import { explainYamlError, JS_YAML_REASONS, reasonKind, reasonTemplate } from './errors.js';
import { parseYamlMapping } from './parse.js';

/** js-yaml's own module, as `import 'js-yaml'` loads it. */
const JS_YAML = join(dirname(createRequire(import.meta.url).resolve('js-yaml')), 'js-yaml.mjs');

/**
 * Every reason js-yaml's loader can throw, read from its source: the literal message of each
 * `throwError(state, …)` of its parser and constructor and of `YAMLException.throwAt` (a
 * template's `${…}` becomes `…`), and the messages the core schema's collection tags return,
 * which the constructor throws as they are.
 */
function reasonsInJsYaml(): string[] {
  const source = readFileSync(JS_YAML, 'utf8');
  const thrown = [
    ...source.matchAll(/(?:throwError(?:\$1)?\(state, |throwAt\([^,()]+, [^,()]+, )(["`])(.*?)\1/g),
  ].map((match) => match[2] ?? '');
  // The constructor throws what a collection's addPair, addItem or finalize returns.
  const returned = [...CORE_SCHEMA.tags].flatMap((tag) =>
    ['addPair', 'addItem', 'finalize']
      .map((name) => (tag as unknown as Record<string, unknown>)[name])
      .filter((method) => typeof method === 'function')
      .flatMap((method) =>
        [...String(method).matchAll(/return "([^"]+)"/g)].map((match) => match[1] ?? ''),
      ),
  );
  return [
    ...new Set([...thrown, ...returned].map((reason) => reason.replace(/\$\{[^}]*\}/g, '…'))),
  ];
}

/** A small file that makes js-yaml give each reason a leader can meet. */
const SAMPLES: Readonly<Record<string, string>> = {
  'duplicated mapping key': 'name: a\nname: b\n',
  'object-based map does not support complex keys': '? [a]\n: b\n',
  'aliases exceeded maxAliases (…)': 'name: &x a\ncity: *x\n',
  'unknown scalar tag !<…>': 'name: !foo abc\n',
  'unknown sequence tag !<…>': 'name: !foo [a]\n',
  'unknown mapping tag !<…>': 'name: !foo {a: 1}\n',
  'cannot resolve a node with !<…> explicit tag': 'name: !!int abc\n',
  'null byte is not allowed in input': 'name: a\u0000b\n',
  'the stream contains non-printable characters': 'name: a\u0001b\n',
  'expected valid JSON character': 'name: "a\u0001b"\n',
  'nesting exceeded maxDepth (…)': `name: ${'['.repeat(20)}${']'.repeat(20)}\n`,
  'tab characters must not be used in indentation': 'slug: example\nname:\n\tfirst: Example\n',
  'duplication of a tag property': 'name: !a !b x\n',
  'unexpected end of the stream within a verbatim tag': 'name: !<foo x\n',
  'named tag handle cannot contain such characters': 'name: !a$b!c x\n',
  'tag suffix cannot contain exclamation marks': 'name: !!a!b x\n',
  'tag suffix cannot contain flow indicator characters': 'name: !a,b x\n',
  'tag name cannot contain such characters: …': 'name: !a%zz x\n',
  'undeclared tag handle "…"': 'name: !e!x x\n',
  'duplication of an anchor property': 'name: &a &b x\n',
  'name of an anchor node must contain at least one character': 'name: & x\n',
  'alias node should not have any properties': 'name: &a *b\n',
  'name of an alias node must contain at least one character': 'name: * x\n',
  'bad indentation of a mapping entry': 'name: a\n  city: b\n',
  'bad indentation of a sequence entry': 'meetups:\n  - "b"\n   - c\n',
  'deficient indentation': 'name: "abc\ncity: b\n',
  'unexpected end of the document within a single quoted scalar': "'abc\n---\n",
  'unexpected end of the stream within a single quoted scalar': "name: 'abc",
  'unexpected end of the document within a double quoted scalar': '"abc\n---\n',
  'unexpected end of the stream within a double quoted scalar': 'name: "abc',
  'unexpected end of the stream within a flow collection': 'name: [a, b',
  'missed comma between flow collection entries': 'name: [a: b c: d]\n',
  "expected the node content, but found ','": 'name: [a, , b]\n',
  'end of the stream or a document separator is expected': 'name: a\n- b\n',
  'can not read a block mapping entry; a multiline key may not be an implicit key':
    'name: a\ncity\nb: c\n',
  'a whitespace character is expected after the key-value separator within a block mapping':
    'name: a\n"city":b\n',
  "expected ':' after a mapping key": 'name: a\ncity #b\n',
  'unknown escape sequence': 'name: "a \\q b"\n',
  'expected hexadecimal character': 'name: "\\xZZ"\n',
  'repeat of a chomping mode identifier': 'name: |++\n  x\n',
  'bad explicit indentation width of a block scalar; it cannot be less than one': 'name: |0\n  x\n',
  'repeat of an indentation width identifier': 'name: |12\n  x\n',
  'a line break is expected': 'name: |x\n',
  'directive name must not be less than one character in length': '%\nname: x\n',
  'duplication of %YAML directive': '%YAML 1.2\n%YAML 1.2\n---\nname: x\n',
  'YAML directive accepts exactly one argument': '%YAML 1.2 x\n---\nname: x\n',
  'ill-formed argument of the YAML directive': '%YAML x\n---\nname: x\n',
  'unacceptable YAML version of the document': '%YAML 2.0\n---\nname: x\n',
  'TAG directive accepts exactly two arguments': '%TAG !a!\n---\nname: x\n',
  'ill-formed tag handle (first argument) of the TAG directive': '%TAG a tag:x\n---\nname: x\n',
  'there is a previously declared suffix for "…" tag handle':
    '%TAG !a! tag:x\n%TAG !a! tag:y\n---\nname: x\n',
  'ill-formed tag prefix (second argument) of the TAG directive': '%TAG !a! \\x\n---\nname: x\n',
  'directives end mark is expected': '%YAML 1.2\nname: x\n',
};

/** js-yaml's reason for a text, loaded as the registry loads a file. */
function jsYamlReason(text: string): string | undefined {
  try {
    constructFromEvents(parseEvents(text, { maxDepth: 16 }), {
      source: text,
      schema: CORE_SCHEMA,
      maxAliases: 0,
    });
    return undefined;
  } catch (error: unknown) {
    return error instanceof YAMLException ? error.reason : String(error);
  }
}

const reachable = Object.entries(JS_YAML_REASONS)
  .filter(([, kind]) => kind !== 'unreachable')
  .map(([reason]) => reason);

describe("js-yaml's reasons", () => {
  it("lists every reason in js-yaml's source, and no other", () => {
    const found = reasonsInJsYaml();
    expect(found.length).toBeGreaterThan(50);
    expect(Object.keys(JS_YAML_REASONS).sort()).toEqual(found.sort());
  });

  it('has a sample file for every reason a file can raise, and no other', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...reachable].sort());
  });

  it.each(reachable)('explains %j in our own words', (reason) => {
    const text = SAMPLES[reason] ?? '';
    const raised = jsYamlReason(text);
    expect(reasonTemplate(raised ?? ''), `the sample raises ${String(raised)}`).toBe(reason);
    const result = parseYamlMapping(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.id).not.toMatch(/^yaml\.(?:invalid|unreadable)$/);
  });

  it.each(LANGUAGES)(
    'gives a reason it does not know the generic sentence in %s, its English quoted as code',
    (language) => {
      const reason = 'a reason from a newer js-yaml';
      expect(reasonKind(reason)).toBeUndefined();
      const problem = explainYamlError(reason, 0, 'name: x\n', undefined, 16);
      expect(problem.reason.id).toBe('yaml.invalid');
      const sentence = renderMessage(problem.reason, language);
      // Only inside the code span at the end: never part of a Dutch or Swedish sentence.
      expect(sentence.endsWith(`\`${reason}\``)).toBe(true);
      expect(sentence.indexOf(reason)).toBe(sentence.length - reason.length - 1);
    },
  );
});
