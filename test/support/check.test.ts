import { describe, expect, it } from 'vitest';
import { check, VALID_GROUP, withField, yaml } from './check.js';

describe('the test base group', () => {
  it('passes every rule, so each rule test shows only its own finding', () => {
    expect(check(VALID_GROUP)).toEqual([]);
  });

  it('replaces and removes top-level fields with their indented blocks', () => {
    expect(withField('fees', '\n  admission: none\n  passThrough: Pizza')).toContain(
      'passThrough: Pizza',
    );
    expect(withField('leader', undefined)).not.toContain('annadevries');
    expect(withField('leader', undefined)).toContain('pjansen');
  });

  it('dedents inline YAML', () => {
    expect(yaml`
      a: 1
        b: 2
    `).toBe('a: 1\n  b: 2\n');
  });
});
