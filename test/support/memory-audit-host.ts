import type { AuditAction, ExistingIssue } from '../../src/audit/plan.js';
import type { AuditHost } from '../../src/audit/port.js';

/**
 * An in-memory AuditHost: a list of issues and the accounts that no longer exist. It applies
 * each action the way GitHub would (numbers handed out in order, a close adds its comment), and
 * records every action in `applied`, so an orchestrator test reads what the audit did.
 */
export class MemoryAuditHost implements AuditHost {
  readonly issues: Array<ExistingIssue & { comments: string[] }> = [];
  readonly applied: AuditAction[] = [];
  readonly lookedUp: string[][] = [];
  /** Fail the write with this (1-based) index, as a lost write after all retries would. */
  failAt: number | undefined;

  constructor(private readonly missing: ReadonlySet<string> = new Set()) {}

  auditIssues(): Promise<ExistingIssue[]> {
    return Promise.resolve(
      this.issues.map((issue) => ({
        number: issue.number,
        title: issue.title,
        body: issue.body,
        state: issue.state,
        stateReason: issue.stateReason ?? null,
        labels: [...issue.labels],
      })),
    );
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
          comments: [],
        });
        break;
      case 'reopen':
      case 'update':
        Object.assign(this.issue(action.number), { ...action.issue, state: 'open' });
        break;
      case 'close':
      case 'close-duplicate': {
        const issue = this.issue(action.number);
        issue.comments.push(action.comment);
        issue.state = 'closed';
        issue.stateReason = action.type === 'close' ? 'completed' : 'duplicate';
        break;
      }
    }
    return Promise.resolve();
  }

  private issue(number: number): ExistingIssue & { comments: string[] } {
    const found = this.issues.find((issue) => issue.number === number);
    if (found === undefined) throw new Error(`no issue #${String(number)}`);
    return found;
  }
}
