import {
  checkAccounts,
  type AccountCheck,
  type AccountSeen,
  type PersonRef,
} from '../../src/audit/accounts.js';
import type { AuditAction, ExistingIssue, IssueComment } from '../../src/audit/plan.js';
import type { AuditHost } from '../../src/audit/port.js';
import { accountId } from './audit-fixtures.js';

/** The id GitHub gives `github-actions[bot]`, the account the workflow token acts as. */
export const AUDIT_ACCOUNT = 41898282;

/**
 * An in-memory AuditHost: a list of issues and GitHub's accounts. Every login asked for is a
 * User with the id the audit fixtures write in the files for it (`accountId`), unless
 * it was made `missing`, renamed away or deleted here; a renamed account keeps its id. It applies
 * each action the way GitHub would (numbers handed out in order, created by the audit's account,
 * a close adds its comment and, for a solved problem, the end mark in the body), and records
 * every action in `applied`, so an orchestrator test reads what the audit did.
 */
export class MemoryAuditHost implements AuditHost {
  readonly issues: Array<ExistingIssue & { comments: IssueComment[] }> = [];
  readonly applied: AuditAction[] = [];
  /** The logins asked for, one list per batched lookup; the ids asked for one by one. */
  readonly lookedUp: string[][] = [];
  readonly idsLookedUp: number[] = [];
  /** Live accounts, id to login; logins no account may take by default (freed or missing). */
  private readonly live = new Map<number, string>();
  private readonly freed = new Set<string>();
  private readonly gone = new Set<number>();
  /** How often the audit asked which account it is, and whose comments it read. */
  identityAsked = 0;
  readonly commentsRead: number[] = [];
  /** Fail the write with this (1-based) index, as a lost write after all retries would. */
  failAt: number | undefined;

  constructor(
    missing: ReadonlySet<string> = new Set(),
    readonly self: number = AUDIT_ACCOUNT,
  ) {
    for (const login of missing) this.freed.add(login.toLowerCase());
  }

  /** The account holding a login now, made as the fake would for a login first seen. */
  private holder(login: string): AccountSeen | null {
    const wanted = login.toLowerCase();
    for (const [id, held] of this.live)
      if (held.toLowerCase() === wanted) return { id, login: held };
    const id = accountId(login);
    if (this.freed.has(wanted) || this.gone.has(id) || this.live.has(id)) return null;
    this.live.set(id, login);
    return { id, login };
  }

  /** The account renames itself: same id, and the old login is free. */
  rename(from: string, to: string): void {
    const account = this.holder(from);
    if (account === null) throw new Error(`no account ${from}`);
    this.live.set(account.id, to);
    this.freed.add(from.toLowerCase());
  }

  /** The account is deleted: its id is gone for good, its login free. */
  delete(login: string): void {
    const account = this.holder(login);
    if (account === null) throw new Error(`no account ${login}`);
    this.live.delete(account.id);
    this.gone.add(account.id);
    this.freed.add(login.toLowerCase());
  }

  /** Someone signs up with a login: a new account with a new id. */
  register(login: string, id: number): void {
    this.freed.delete(login.toLowerCase());
    this.live.set(id, login);
  }

  auditIssues(): Promise<ExistingIssue[]> {
    return Promise.resolve(
      this.issues.map((issue) => ({
        number: issue.number,
        title: issue.title,
        body: issue.body,
        state: issue.state,
        stateReason: issue.stateReason ?? null,
        labels: [...issue.labels],
        author: issue.author,
      })),
    );
  }

  ownAccountId(): Promise<number> {
    this.identityAsked++;
    return Promise.resolve(this.self);
  }

  comments(number: number): Promise<IssueComment[]> {
    this.commentsRead.push(number);
    return Promise.resolve(this.issue(number).comments.map((comment) => ({ ...comment })));
  }

  accounts(people: readonly PersonRef[]): Promise<AccountCheck[]> {
    return checkAccounts(people, {
      usersByLogin: (logins) => {
        this.lookedUp.push([...logins]);
        return Promise.resolve(
          new Map(logins.map((login) => [login.toLowerCase(), this.holder(login)])),
        );
      },
      accountById: (id) => {
        this.idsLookedUp.push(id);
        const login = this.live.get(id);
        return Promise.resolve(login === undefined ? null : { id, login });
      },
    });
  }

  apply(action: AuditAction): Promise<void> {
    if (this.failAt === this.applied.length + 1)
      return Promise.reject(new Error('Server Error: the write was lost'));
    this.applied.push(action);
    switch (action.type) {
      case 'open':
        this.issues.push({
          number: this.issues.length + 1,
          ...action.issue,
          state: 'open',
          stateReason: null,
          author: this.self,
          comments: [],
        });
        break;
      case 'end':
        this.issue(action.number).body = action.body;
        break;
      case 'reopen':
      case 'update':
        Object.assign(this.issue(action.number), { ...action.issue, state: 'open' });
        break;
      case 'close':
      case 'close-duplicate': {
        const issue = this.issue(action.number);
        issue.comments.push({ author: this.self, body: action.comment });
        issue.state = 'closed';
        issue.stateReason = action.type === 'close' ? 'completed' : 'duplicate';
        if (action.type === 'close') issue.body = action.body;
        break;
      }
    }
    return Promise.resolve();
  }

  private issue(number: number): ExistingIssue & { comments: IssueComment[] } {
    const found = this.issues.find((issue) => issue.number === number);
    if (found === undefined) throw new Error(`no issue #${String(number)}`);
    return found;
  }
}
