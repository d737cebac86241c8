/**
 * GitHub accounts as GitHub describes them. A login is only a name: GitHub frees it when its
 * account is renamed or deleted and anyone may take it, so a person is known by the account's
 * numeric id. The online part (the pull-request check) looks accounts up; rules get the answers.
 */

/** What GitHub answers for `GET /users/{login}`, as far as the registry needs it. */
export interface GitHubAccount {
  id: number;
  login: string;
  type: 'User' | 'Organization' | 'Bot';
}

export interface IdentityContext {
  /** What GitHub answered for each login (lower-cased) the caller looked up; null: no such account. */
  accounts: ReadonlyMap<string, GitHubAccount | null>;
  /** Leader entries that must carry a verified id, as `${file.path}#${role}` (new or changed in a pull request). */
  required: ReadonlySet<string>;
}
