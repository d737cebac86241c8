import { describe, expect, it } from 'vitest';
import { quote, truncate } from './read.js';

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

describe('truncate', () => {
  it('leaves text of at most the limit alone, counting what people see as one character', () => {
    expect(truncate('Utrecht Azure User Group', 24)).toBe('Utrecht Azure User Group');
    const accented = 'e\u0301'.repeat(10);
    expect(truncate(accented, 10)).toBe(accented);
  });

  it('cuts in the middle, so the end of a long link (where an ID is) stays', () => {
    const url =
      'https://techcommunity.microsoft.com/t5/azure-tech-groups/profile-page/anna/9876543';
    expect(truncate(url, 60)).toBe('https://techcommunity.microsoft.com/t5/a…e-page/anna/9876543');
    expect(
      quote(
        'Utrecht Azure User Group for cloud-native developers, architects and everyone else who likes Azure',
      ),
    ).toBe('"Utrecht Azure User Group for cloud-nativ…lse who likes Azure"');
  });

  it('never splits a character at either cut', () => {
    const flags = '🇳🇱'.repeat(30) + '🇸🇪'.repeat(30);
    const cut = truncate(flags, 10);
    expect(cut).toBe(`${'🇳🇱'.repeat(6)}…${'🇸🇪'.repeat(3)}`);
  });

  it('keeps both ends of text far longer than the part it reads', () => {
    const long = `start-${'x'.repeat(100_000)}-end`;
    expect(truncate(long, 20)).toBe(`start-${'x'.repeat(7)}…${'x'.repeat(2)}-end`);
  });
});
