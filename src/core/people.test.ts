import { describe, expect, it } from 'vitest';
import { readPerson } from './people.js';

const leaderWith = (githubId: unknown): Record<string, unknown> => ({
  leader: { name: 'Anna de Vries', github: 'AnnaDeVries', githubId },
});

describe('readPerson: the GitHub account id', () => {
  it('reads a positive whole number', () => {
    expect(readPerson(leaderWith(48213907), 'leader')).toEqual({
      role: 'leader',
      name: 'Anna de Vries',
      github: 'AnnaDeVries',
      login: 'annadevries',
      githubId: 48213907,
      techCommunityId: undefined,
    });
    expect(readPerson(leaderWith(1), 'leader')?.githubId).toBe(1);
    expect(readPerson(leaderWith(Number.MAX_SAFE_INTEGER), 'leader')?.githubId).toBe(
      Number.MAX_SAFE_INTEGER,
    );
  });

  it.each([
    ['missing', undefined],
    ['empty', null],
    ['zero', 0],
    ['negative', -48213907],
    ['fractional', 48213907.5],
    ['beyond safe integers', 2 ** 53],
    ['infinite', Infinity],
    ['not a number', NaN],
    ['digits as text', '48213907'],
    ['a list', [48213907]],
  ])('has none when it is %s', (_, value) => {
    expect(readPerson(leaderWith(value), 'leader')?.githubId).toBeUndefined();
  });
});
