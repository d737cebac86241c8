import type { AuditAction, ExistingIssue } from './plan.js';

/**
 * What the audit needs from the code host: its issues, the accounts it checks, and a way to carry
 * out one planned action. The audit owns this port; `src/github/audit-host.ts` implements it on
 * GitHub, and the tests implement it in memory.
 */
export interface AuditHost {
  /** Every issue with the audit label, open and closed, listed once. */
  auditIssues(): Promise<ExistingIssue[]>;
  /** Logins (lower-cased) of the given accounts that no longer exist. */
  missingAccounts(logins: readonly string[]): Promise<Set<string>>;
  apply(action: AuditAction): Promise<void>;
}
