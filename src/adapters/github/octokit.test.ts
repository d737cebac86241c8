import { describe, expect, it } from 'vitest';
import { isPaced } from './octokit.js';

describe('what the client paces', () => {
  it.each([
    ['POST', '/repos/o/r/issues', true],
    ['PATCH', '/repos/o/r/issues/1', true],
    ['DELETE', '/repos/o/r/issues/comments/1', true],
    ['PUT', 'https://api.github.com/repos/o/r/issues/1/labels', true],
    ['GET', '/repos/o/r/issues', false],
    ['HEAD', '/repos/o/r', false],
    // The account lookups: reads, one point each of GitHub's GraphQL allowance.
    ['POST', '/graphql', false],
    ['POST', 'https://ghe.example/api/graphql', false],
  ])('%s %s: paced %s', (method, url, paced) => {
    expect(isPaced(method, url)).toBe(paced);
  });
});
