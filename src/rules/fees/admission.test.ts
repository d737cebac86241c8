import { describe, expect, it } from 'vitest';
import { check, findingsOf, VALID_GROUP, withField } from '../../../test/support/check.js';

const RULE = 'fees/admission';

/** Schema findings about fees that the named rule claims; there must be none. */
const schemaAboutFees = (text: string) =>
  check(text).filter(
    (finding) =>
      finding.rule === 'schema' &&
      ['/fees', '/fees/admission', '/fees/passThrough'].includes(finding.pointer),
  );

const HOW_TO_FIX = 'Make meetups free to attend ("admission: none")';

describe('fees/admission', () => {
  it('passes free admission', () => {
    expect(findingsOf(RULE, VALID_GROUP)).toEqual([]);
  });

  it('passes costs passed through at cost when they are named', () => {
    const text = withField(
      'fees',
      '\n  admission: pass-through\n  passThrough: Venue hire and pizza, shared at cost',
    );
    expect(findingsOf(RULE, text)).toEqual([]);
    expect(check(text)).toEqual([]);
  });

  it('asks which costs are passed through when passThrough is missing', () => {
    const text = withField('fees', '\n  admission: pass-through');
    expect(findingsOf(RULE, text)).toEqual([
      {
        rule: RULE,
        severity: 'error',
        file: 'groups/example.yaml',
        pointer: '/fees/passThrough',
        line: 11,
        column: 1,
        message:
          'Admission is "pass-through" but the file does not say which costs are passed through. Add "passThrough:" naming them, for example "Venue hire and pizza, shared at cost".',
      },
    ]);
    expect(schemaAboutFees(text)).toEqual([]);
  });

  it('asks which costs are passed through when passThrough says too little', () => {
    const text = withField('fees', '\n  admission: pass-through\n  passThrough: ok');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/fees/passThrough',
      line: 13,
      column: 16,
    });
    expect(findings[0]?.message).toContain('Add "passThrough:" naming them');
    expect(schemaAboutFees(text)).toEqual([]);
  });

  it('refuses an admission fee, at the value', () => {
    const text = withField('fees', '\n  admission: 10 EUR');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/fees/admission',
      line: 12,
      column: 14,
    });
    expect(findings[0]?.message).toContain(
      'may not charge members an admission fee, and "admission" is "10 EUR"',
    );
    expect(findings[0]?.message).toContain(HOW_TO_FIX);
    expect(findings[0]?.message).toContain(
      'use "admission: pass-through" and say which costs in "passThrough:"',
    );
    expect(schemaAboutFees(text)).toEqual([]);
  });

  it('asks for "none" where admission says there is no fee in other words', () => {
    // free, no, gratis, 0, "none." and the like mean what "none" means: the leader has done
    // nothing wrong but spell it, so the message is not about charging a fee.
    for (const [value, shown] of [
      ['free', '"free"'],
      ['no', '"no"'],
      ['gratis', '"gratis"'],
      ['0', '0'],
      ['none.', '"none."'],
      ['None', '"None"'],
      ['"none "', '"none "'],
      ['Free of charge!', '"Free of charge!"'],
      ['€0', '"€0"'],
      ['0 EUR', '"0 EUR"'],
      ['kostenloos', '"kostenloos"'],
      ['ingen avgift', '"ingen avgift"'],
      ['false', 'false'],
    ] as const) {
      const text = withField('fees', `\n  admission: ${value}`);
      expect(check(text), value).toEqual([
        {
          rule: RULE,
          severity: 'error',
          file: 'groups/example.yaml',
          pointer: '/fees/admission',
          line: 12,
          column: 14,
          message: `"admission" is ${shown}. To say that members pay nothing to attend, write it as "admission: none": the field takes none or pass-through.`,
        },
      ]);
    }
  });

  it('asks for "pass-through" spelled as the format has it', () => {
    const text = withField(
      'fees',
      '\n  admission: Pass Through\n  passThrough: Venue hire and pizza, shared at cost',
    );
    expect(check(text)).toEqual([
      {
        rule: RULE,
        severity: 'error',
        file: 'groups/example.yaml',
        pointer: '/fees/admission',
        line: 12,
        column: 14,
        message:
          '"admission" is "Pass Through". To say that members share venue or hosting costs at cost, write it as "admission: pass-through": the field takes none or pass-through.',
      },
    ]);
    const unnamed = findingsOf(RULE, withField('fees', '\n  admission: passthrough'));
    expect(unnamed.map((finding) => finding.message)).toEqual([
      '"admission" is "passthrough". To say that members share venue or hosting costs at cost, write it as "admission: pass-through": the field takes none or pass-through. Then name the costs in "passThrough:", for example "Venue hire and pizza, shared at cost".',
    ]);
  });

  it('still refuses a fee that merely mentions zero or none', () => {
    for (const value of ['10 EUR, 0 for students', 'none for members, 5 EUR for guests']) {
      const findings = findingsOf(RULE, withField('fees', `\n  admission: ${value}`));
      expect(findings).toHaveLength(1);
      expect(findings[0]?.message).toContain(
        `Groups in the program may not charge members an admission fee, and "admission" is "${value}".`,
      );
    }
  });

  it('refuses a number as admission', () => {
    const text = withField('fees', '\n  admission: 5');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/fees/admission',
      line: 12,
      column: 14,
    });
    expect(findings[0]?.message).toContain('"admission" is 5.');
    expect(schemaAboutFees(text)).toEqual([]);
  });

  it('asks for a missing fees block at the top of the file', () => {
    const text = withField('fees', undefined);
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', pointer: '/fees', line: 1, column: 1 });
    expect(findings[0]?.message).toContain(
      'The file does not say what members pay to attend. Add a "fees:" block.',
    );
    expect(findings[0]?.message).toContain(HOW_TO_FIX);
    expect(schemaAboutFees(text)).toEqual([]);
  });

  it('asks for a block when fees is a string', () => {
    const text = withField('fees', 'none');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', pointer: '/fees', line: 11, column: 7 });
    expect(findings[0]?.message).toContain('"fees" must be a block with "admission:"');
    expect(findings[0]?.message).toContain('but it is text.');
    expect(schemaAboutFees(text)).toEqual([]);
  });

  it('asks whether there is an admission fee when the block lacks admission', () => {
    const text = withField('fees', '\n  passThrough: Venue hire');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/fees/admission',
      line: 11,
      column: 1,
    });
    expect(findings[0]?.message).toContain(
      '"fees" does not say whether there is an admission fee.',
    );
    expect(findings[0]?.message).toContain(HOW_TO_FIX);
    expect(schemaAboutFees(text)).toEqual([]);
  });

  it('reports a passThrough that names nothing even when admission is none', () => {
    const text = withField('fees', '\n  admission: none\n  passThrough: 5');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/fees/passThrough',
      line: 13,
      column: 16,
    });
    expect(findings[0]?.message).toContain(
      '"passThrough" must name the costs members share at cost',
    );
    expect(findings[0]?.message).toContain('but it is a whole number.');
    expect(findings[0]?.message).toContain('remove the line');
    expect(schemaAboutFees(text)).toEqual([]);

    const named = withField('fees', '\n  admission: none\n  passThrough: Coffee, shared at cost');
    expect(findingsOf(RULE, named)).toEqual([]);
  });

  it('leaves unknown fields inside fees to the schema rule', () => {
    const text = withField('fees', '\n  admission: none\n  price: 5');
    expect(findingsOf(RULE, text)).toEqual([]);
    expect(check(text)).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'schema',
        pointer: '/fees/price',
        line: 13,
        column: 3,
      }),
    ]);
  });
});
