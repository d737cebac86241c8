import { describe, expect, it } from 'vitest';
import {
  checkAccounts,
  classifyAccount,
  idsToAsk,
  type AccountCheck,
  type AccountSeen,
  type PersonRef,
} from './accounts.js';

const ANNA = 48213907;
const STRANGER = 99000001;

describe('following a leader by account id', () => {
  // The file's person, who holds their login now (GraphQL), and what the id is now (REST, asked
  // only on a mismatch), with what the audit concludes.
  const table: Array<
    [string, PersonRef, AccountSeen | null, AccountSeen | null | undefined, AccountCheck]
  > = [
    [
      'the login is still the id’s',
      { login: 'anna', githubId: ANNA },
      { id: ANNA, login: 'anna' },
      undefined,
      { status: 'same', notMigrated: false },
    ],
    [
      'the same, in other capitals',
      { login: 'Anna', githubId: ANNA },
      { id: ANNA, login: 'anna' },
      undefined,
      { status: 'same', notMigrated: false },
    ],
    [
      'renamed: the login is free, the id has another',
      { login: 'anna', githubId: ANNA },
      null,
      { id: ANNA, login: 'anna-new' },
      { status: 'renamed', notMigrated: false, login: 'anna-new' },
    ],
    [
      'renamed, and a stranger took the old login',
      { login: 'anna', githubId: ANNA },
      { id: STRANGER, login: 'anna' },
      { id: ANNA, login: 'anna-new' },
      { status: 'renamed', notMigrated: false, login: 'anna-new' },
    ],
    [
      'deleted: the id is gone and nobody has the login',
      { login: 'anna', githubId: ANNA },
      null,
      null,
      { status: 'deleted', notMigrated: false },
    ],
    [
      'recycled: the id is gone and a stranger has the login',
      { login: 'anna', githubId: ANNA },
      { id: STRANGER, login: 'anna' },
      null,
      { status: 'recycled', notMigrated: false },
    ],
    [
      'the id holds the login but is no User (GraphQL answers only for users)',
      { login: 'anna', githubId: ANNA },
      null,
      { id: ANNA, login: 'Anna' },
      { status: 'same', notMigrated: false },
    ],
    [
      'not migrated: the login resolves, nothing to verify',
      { login: 'anna', githubId: undefined },
      { id: STRANGER, login: 'anna' },
      undefined,
      { status: 'same', notMigrated: true },
    ],
    [
      'not migrated, and the login does not resolve',
      { login: 'anna', githubId: undefined },
      null,
      undefined,
      { status: 'deleted', notMigrated: true },
    ],
  ];

  it.each(table)('%s', (_, person, holder, byId, expected) => {
    expect(classifyAccount(person, holder, byId)).toEqual(expected);
  });

  it('refuses to guess on a mismatch whose id was not looked up', () => {
    expect(() =>
      classifyAccount(
        { login: 'anna', githubId: ANNA },
        { id: STRANGER, login: 'anna' },
        undefined,
      ),
    ).toThrow(/not looked up/);
  });

  it('asks by id only for people whose login is not their id’s, each id once', () => {
    const byLogin = new Map<string, AccountSeen | null>([
      ['anna', { id: ANNA, login: 'anna' }],
      ['piet', null],
      ['kim', { id: STRANGER, login: 'kim' }],
      ['new', { id: 5, login: 'new' }],
    ]);
    expect(
      idsToAsk(
        [
          { login: 'Anna', githubId: ANNA },
          { login: 'piet', githubId: 7 },
          { login: 'kim', githubId: 8 },
          { login: 'new', githubId: undefined },
          { login: 'piet', githubId: 7 },
        ],
        byLogin,
      ),
    ).toEqual([7, 8]);
  });

  it('looks logins up in one call, and ids only for the mismatches', async () => {
    const asked: { logins: string[][]; ids: number[] } = { logins: [], ids: [] };
    const accounts = new Map<number, string>([
      [ANNA, 'anna'],
      [7, 'piet-new'],
    ]);
    const checks = await checkAccounts(
      [
        { login: 'anna', githubId: ANNA },
        { login: 'piet', githubId: 7 },
        { login: 'gone', githubId: 9 },
      ],
      {
        usersByLogin: (logins) => {
          asked.logins.push([...logins]);
          return Promise.resolve(
            new Map(
              logins.map((login) => {
                const id = [...accounts].find(([, held]) => held === login)?.[0];
                return [login, id === undefined ? null : { id, login }] as const;
              }),
            ),
          );
        },
        accountById: (id) => {
          asked.ids.push(id);
          const login = accounts.get(id);
          return Promise.resolve(login === undefined ? null : { id, login });
        },
      },
    );
    expect(checks).toEqual([
      { status: 'same', notMigrated: false },
      { status: 'renamed', notMigrated: false, login: 'piet-new' },
      { status: 'deleted', notMigrated: false },
    ]);
    expect(asked).toEqual({ logins: [['anna', 'piet', 'gone']], ids: [7, 9] });
  });

  it('asks nothing for nobody', async () => {
    const fail = (): never => {
      throw new Error('asked');
    };
    await expect(checkAccounts([], { usersByLogin: fail, accountById: fail })).resolves.toEqual([]);
  });
});
