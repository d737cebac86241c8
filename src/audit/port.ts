import type { AccountCheck, PersonRef } from './accounts.js';
import type { AuditAction, ExistingIssue, IssueComment } from './plan.js';

/**
 * What the audit needs from the code host: its issues, the accounts it checks, and a way to carry
 * out one planned action. The audit owns this port; `src/adapters/github/audit-host.ts` implements it on
 * GitHub, and the tests implement it in memory.
 */
export interface AuditHost {
  /** Every issue with the audit label, open and closed, listed once. */
  auditIssues(): Promise<ExistingIssue[]>;
  /**
   * The numeric id of the account the audit writes as, as the host says (never a login or a
   * payload's word): what it created is the audit's. Asked once a run, and only when needed.
   */
  ownAccountId(): Promise<number>;
  /** The comments on one issue, oldest first. */
  comments(number: number): Promise<IssueComment[]>;
  /**
   * What became of each person's account, in the order given (see `checkAccounts`): logins
   * looked up in batches, and by id only those whose login's account is not the file's id.
   */
  accounts(people: readonly PersonRef[]): Promise<AccountCheck[]>;
  apply(action: AuditAction): Promise<void>;
}
