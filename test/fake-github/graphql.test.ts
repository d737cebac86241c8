import { describe, expect, it } from 'vitest';
import { answerGraphql } from './graphql.js';
import { createState, deleteAccount, makeIssue, makePull, userId } from './state.js';

/** The issue-editor query, as the pull-request adapter asks it (src/adapters/github). */
const QUERY = `query($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    issue(number: $number) {
      lastEditedAt
      editor { __typename ... on User { databaseId } ... on Bot { databaseId } }
    }
  }
}`;
const AT = '2026-11-21T09:00:00Z';

function state() {
  const seeded = createState({
    users: new Set(['anna', 'stranger', 'gone']),
    issues: [
      makeIssue({ number: 1, user: 'anna' }),
      { ...makeIssue({ number: 2, user: 'anna' }), editor: { id: userId('stranger'), at: AT } },
      { ...makeIssue({ number: 3, user: 'anna' }), editor: { id: userId('gone'), at: AT } },
      {
        ...makeIssue({ number: 4, user: 'anna' }),
        editor: { id: userId('github-actions[bot]'), at: AT },
      },
    ],
    pulls: [
      makePull(
        { number: 5, head: { sha: 'a'.repeat(40) } },
        { owner: 'azure-tech-groups', repo: 'registry', defaultBranch: 'main' },
      ),
    ],
  });
  deleteAccount(seeded, 'gone');
  return seeded;
}
const ask = (number: unknown, query = QUERY, more: Record<string, unknown> = {}) =>
  answerGraphql(state(), {
    query,
    variables: { owner: 'Azure-Tech-Groups', name: 'registry', number, ...more },
  });

describe('the fake GraphQL: who last edited an issue', () => {
  it.each([
    [1, { lastEditedAt: null, editor: null }],
    [2, { lastEditedAt: AT, editor: { __typename: 'User', databaseId: userId('stranger') } }],
    // A deleted account's edit keeps its date and shows no editor, as on GitHub.
    [3, { lastEditedAt: AT, editor: null }],
    [4, { lastEditedAt: AT, editor: { __typename: 'Bot', databaseId: 41898282 } }],
  ])('issue %s', (number, issue) => {
    expect(ask(number)).toEqual({
      status: 200,
      body: { data: { repository: { issue } } },
      violations: [],
    });
  });

  it('answers NOT_FOUND for a pull request’s number, a missing issue or another repository', () => {
    for (const number of [5, 99])
      expect(ask(number).body).toMatchObject({
        data: { repository: { issue: null } },
        errors: [{ type: 'NOT_FOUND', path: ['repository', 'issue'] }],
      });
    expect(ask(1, QUERY, { owner: 'someone' }).body).toMatchObject({
      data: { repository: null },
      errors: [{ type: 'NOT_FOUND', path: ['repository'] }],
    });
  });

  it.each([
    [
      'databaseId straight on the Actor interface',
      QUERY.replace(
        '__typename ... on User { databaseId } ... on Bot { databaseId }',
        'databaseId',
      ),
    ],
    ['the number declared as a String', QUERY.replace('$number: Int!', '$number: String!')],
    ['an unused variable', QUERY.replace('$number: Int!', '$number: Int!, $more: String!')],
    ['a field the fake does not know', QUERY.replace('lastEditedAt', 'body')],
    ['a fragment on a type the fake does not know', QUERY.replace('on Bot', 'on Mannequin')],
    [
      'an argument the fake does not know',
      QUERY.replace('issue(number: $number)', 'issue(number: $number, first: 1)'),
    ],
  ])('refuses %s', (_, query) => {
    expect(ask(1, query).status).toBe(400);
  });

  it('refuses a number given as text', () => {
    expect(ask('1').status).toBe(400);
  });
});
