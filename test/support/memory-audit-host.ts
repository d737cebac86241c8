import type { AuditAction, ExistingIssue, IssueComment } from '../../src/audit/plan.js';
import type { AuditHost } from '../../src/audit/port.js';

/** The id GitHub gives `github-actions[bot]`, the account the workflow token acts as. */
export const AUDIT_ACCOUNT = 41898282;

/**
 * An in-memory AuditHost: a list of issues and the accounts that no longer exist. It applies
 * each action the way GitHub would (numbers handed out in order, created by the audit's account,
 * a close adds its comment and, for a solved problem, the end mark in the body), and records
 * every action in `applied`, so an orchestrator test reads what the audit did.
 */
export class MemoryAuditHost implements AuditHost {
  readonly issues: Array<ExistingIssue & { comments: IssueComment[] }> = [];
  readonly applied: AuditAction[] = [];
  readonly lookedUp: string[][] = [];
  /** How often the audit asked which account it is, and whose comments it read. */
  identityAsked = 0;
  readonly commentsRead: number[] = [];
  /** Fail the write with this (1-based) index, as a lost write after all retries would. */
  failAt: number | undefined;

  constructor(
    private readonly missing: ReadonlySet<string> = new Set(),
    readonly self: number = AUDIT_ACCOUNT,
  ) {}

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

  missingAccounts(logins: readonly string[]): Promise<Set<string>> {
    this.lookedUp.push([...logins]);
    return Promise.resolve(new Set(logins.filter((login) => this.missing.has(login))));
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
