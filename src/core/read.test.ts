import { describe, expect, it } from 'vitest';
import { quote } from './read.js';

describe('quote', () => {
  it('puts text in quotes, escaped as JSON', () => {
    expect(quote('utrecht-azure')).toBe('"utrecht-azure"');
    expect(quote('say "hi"')).toBe('"say \\"hi\\""');
  });

  it('shows a list as its JSON, without extra quotes', () => {
    expect(quote(['example'])).toBe('["example"]');
    expect(quote(['a', 1, true])).toBe('["a",1,true]');
  });

  it('shows other values that are not text as their JSON, without extra quotes', () => {
    expect(quote(5)).toBe('5');
    expect(quote(true)).toBe('true');
    expect(quote(null)).toBe('null');
    expect(quote({ admission: 'none' })).toBe('{"admission":"none"}');
  });
});
