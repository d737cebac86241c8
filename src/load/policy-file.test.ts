import { readFileAt } from '../adapters/fs/files.js';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../core/policy.js';
import { RULE_IDS } from '../rules/index.js';
import { parsePolicy, PolicyError, readPolicy } from './policy-file.js';

const FILE = '.github/program.yml';

/** The error a policy text stops the run with, or undefined when it is fine. */
function errorOf(text: string): string | undefined {
  try {
    parsePolicy(FILE, new TextEncoder().encode(text), RULE_IDS);
    return undefined;
  } catch (error: unknown) {
    if (!(error instanceof PolicyError)) throw error;
    return error.message;
  }
}

describe('the program policy file', () => {
  it('reads tgr sync’s keywords and limit, and keeps the defaults when they are left out', () => {
    const policy = parsePolicy(
      FILE,
      new TextEncoder().encode('sync:\n  azureKeywords: [Azure, Copilot]\n  maxNewMeetups: 5\n'),
      RULE_IDS,
    );
    expect(policy.sync).toEqual({ azureKeywords: ['Azure', 'Copilot'], maxNewMeetups: 5 });
    expect(parsePolicy(FILE, new TextEncoder().encode('audit: {}\n'), RULE_IDS).sync).toEqual(
      DEFAULT_POLICY.sync,
    );
    expect(errorOf('sync:\n  maxNewMeetups: 0\n')).toMatch(/^\.github\/program\.yml:2:18: /);
  });

  it('reads the lifecycle stages, off by default, and this repository turns them on with 30 and 180 days', () => {
    expect(DEFAULT_POLICY.lifecycle).toEqual({
      enabled: false,
      inactiveAfterDays: 30,
      removeAfterDays: 180,
    });
    const policy = parsePolicy(
      FILE,
      new TextEncoder().encode('lifecycle:\n  enabled: true\n  removeAfterDays: 365\n'),
      RULE_IDS,
    );
    expect(policy.lifecycle).toEqual({
      enabled: true,
      inactiveAfterDays: 30,
      removeAfterDays: 365,
    });
    expect(errorOf('lifecycle:\n  inactiveAfterDays: -1\n')).toMatch(
      /^\.github\/program\.yml:2:22: /,
    );
    expect(errorOf('lifecycle:\n  enable: true\n')).toMatch(/Did you mean "enabled"\?/);
    const ours = readPolicy(
      path.resolve(import.meta.dirname, '../../.github/program.yml'),
      { required: true, knownRules: RULE_IDS },
      readFileAt,
    );
    expect(ours.lifecycle).toEqual({ enabled: true, inactiveAfterDays: 30, removeAfterDays: 180 });
  });

  it('reads a correct policy', () => {
    const policy = parsePolicy(
      FILE,
      new TextEncoder().encode('meetups:\n  minimum: 8\nrules:\n  meetups/spread: off\n'),
      RULE_IDS,
    );
    expect(policy.meetups.minimum).toBe(8);
    expect(policy.rules).toEqual({ 'meetups/spread': 'off' });
  });

  it.each([
    {
      case: 'a severity that is not one',
      text: 'meetups:\n  minimum: 6\nrules:\n  trademark/name: warn\n',
      error:
        '.github/program.yml:4:19: Rule "trademark/name" in rules must be error, warning or off; it is "warn". Every field is described in schemas/program.schema.json.',
    },
    {
      case: 'a number written in words',
      text: 'meetups:\n  minimum: six\n',
      error:
        '.github/program.yml:2:12: "minimum" under "meetups" must be a whole number, but it is text. Azure meetups a group must hold in the window. Default 6. Every field is described in schemas/program.schema.json.',
    },
    {
      case: 'a number out of range',
      text: 'meetups:\n  windowMonths: 100\n',
      error:
        '.github/program.yml:2:17: "windowMonths" under "meetups" must be at most 60. Every field is described in schemas/program.schema.json.',
    },
    {
      case: 'a misspelt rule id',
      text: 'rules:\n  meetups/minimun: off\n',
      error:
        '.github/program.yml:2:3: In rules, "meetups/minimun" is not a rule id. Did you mean "meetups/minimum"?',
    },
    {
      case: 'a rule id in capitals',
      text: 'rules:\n  Trademark/Name: off\n',
      error:
        '.github/program.yml:2:3: In rules, "Trademark/Name" is not a rule id. Did you mean "trademark/name"?',
    },
    {
      case: 'a rule id like no other',
      text: 'rules:\n  meetups/spread: off\n  website: warning\n',
      error: `.github/program.yml:3:3: In rules, "website" is not a rule id. Known rules: ${[...RULE_IDS].join(', ')}.`,
    },
    {
      case: 'a misspelt top-level field',
      text: 'meetup:\n  minimum: 6\n',
      error:
        '.github/program.yml:1:1: "meetup" is not a field of the program policy. Did you mean "meetups"? Every field is described in schemas/program.schema.json.',
    },
    {
      case: 'a misspelt nested field',
      text: 'meetups:\n  minumum: 6\n',
      error:
        '.github/program.yml:2:3: "minumum" is not a field of "meetups". Did you mean "minimum"? Every field is described in schemas/program.schema.json.',
    },
    {
      case: 'an unknown field',
      text: 'teams: [a]\n',
      error:
        '.github/program.yml:1:1: "teams" is not a field of the program policy. Check the spelling, or remove it. The fields allowed here are meetups, audit, sync, rules, nearby, lifecycle and codeOfConductUrl. Every field is described in schemas/program.schema.json.',
    },
    {
      case: 'the first of two mistakes in reading order',
      text: 'rules:\n  meetups/minimun: off\nmeetups:\n  minimum: six\n',
      error:
        '.github/program.yml:2:3: In rules, "meetups/minimun" is not a rule id. Did you mean "meetups/minimum"?',
    },
    {
      case: 'a YAML mistake',
      text: 'meetups:\n  minimum: 6\n  minimum: 7\n',
      error:
        '.github/program.yml:3:3: The field "minimum" appears twice under "meetups": first on line 2, again here. Keep one of them and delete the other.',
    },
    {
      case: 'an empty file',
      text: '# nothing yet\n',
      error:
        '.github/program.yml:1:1: The file is empty. Remove it to use the defaults, or set the fields to change.',
    },
  ])('stops at $case with the file, the line and the field in words', ({ text, error }) => {
    expect(errorOf(text)).toBe(error);
  });

  it('never shows a JSON pointer', () => {
    const message = errorOf('rules:\n  trademark/name: warn\n');
    expect(message).not.toContain('~1');
    expect(message).not.toContain('/rules/');
  });

  it('says a policy file over 1 MB is too big, without a group file’s advice', () => {
    const message = errorOf(`# ${'x'.repeat(1024 * 1024)}\n`);
    expect(message).toBe(
      '.github/program.yml:1:1: The file is 1,048,579 bytes; a policy file may be at most 1,048,576 bytes (1 MB).',
    );
  });

  describe('on disk', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'tgr-policy-'));
    const options = { required: true, knownRules: RULE_IDS };

    it('takes the defaults when the default file is missing', () => {
      const missing = path.join(folder, 'program.yml');
      expect(readPolicy(missing, { ...options, required: false }, readFileAt)).toEqual(
        DEFAULT_POLICY,
      );
    });

    it.each([
      {
        case: 'a named file that is missing',
        target: 'missing.yml',
        error:
          "there is no program policy file at this path. Check the path given as the policy file (tgr --config, or the Action's config input).",
      },
      {
        case: 'a path through a file',
        target: 'file.yml/program.yml',
        error:
          "there is no program policy file at this path. Check the path given as the policy file (tgr --config, or the Action's config input).",
      },
      {
        case: 'a folder',
        target: 'folder',
        error:
          'this is a folder or a special file, not a policy file. Name the program policy file itself (such as .github/program.yml).',
      },
    ])('refuses $case in words, without a system error', ({ target, error }) => {
      writeFileSync(path.join(folder, 'file.yml'), 'rules: {}\n');
      mkdirSync(path.join(folder, 'folder'), { recursive: true });
      const file = path.join(folder, target);
      expect(() => readPolicy(file, options, readFileAt)).toThrow(
        new PolicyError(`${file}: ${error}`),
      );
      try {
        readPolicy(file, options, readFileAt);
      } catch (thrown: unknown) {
        expect(String(thrown)).not.toMatch(/ENOENT|ENOTDIR|EISDIR|Error: E/);
      }
    });
  });
});
