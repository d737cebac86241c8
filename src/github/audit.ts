import type { AuditAction, ExistingIssue } from '../audit/plan.js';
import { keyOf, parseMarker, type IssueKey } from '../audit/issue-text.js';
import { AUDIT_LABEL } from '../audit/kinds.js';
import type { RegistryOctokit } from './octokit.js';
import type { Repo } from './pull-request.js';

/** The audit's view of GitHub: its issues, the accounts it checks, and how it applies a plan. */
export interface AuditGitHub {
  /** Every issue with the audit label, open and closed, listed once (100 a page). */
  auditIssues(): Promise<ExistingIssue[]>;
  /** Logins (lower-cased) of the given accounts that no longer exist; 100 per GraphQL query. */
  missingAccounts(logins: readonly string[]): Promise<Set<string>>;
  apply(action: AuditAction): Promise<void>;
}

const LOOKUPS_PER_QUERY = 100;

export function auditGitHub(
  octokit: RegistryOctokit,
  { owner, repo }: Repo,
  options: { retryDelayMs: number },
): AuditGitHub {
  const issuesOf = async (
    state: 'all' | 'open',
    pages: number | undefined,
  ): Promise<ExistingIssue[]> => {
    const found: ExistingIssue[] = [];
    let page = 0;
    for await (const response of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      labels: AUDIT_LABEL,
      state,
      sort: 'created',
      direction: 'desc',
      per_page: 100,
    })) {
      for (const issue of response.data) {
        if (issue.pull_request !== undefined) continue;
        found.push({
          number: issue.number,
          title: issue.title,
          body: issue.body ?? '',
          state: issue.state === 'closed' ? 'closed' : 'open',
          labels: issue.labels.map((label) =>
            typeof label === 'string' ? label : (label.name ?? ''),
          ),
        });
      }
      if (pages !== undefined && ++page >= pages) break;
    }
    return found;
  };

  /** Whether an open issue for the key exists: asked after a create whose reply never came. */
  const openIssueExists = async (key: IssueKey): Promise<boolean> => {
    const recent = await issuesOf('open', 1);
    return recent.some((issue) => {
      const parsed = parseMarker(issue.body);
      return parsed !== undefined && keyOf(parsed) === keyOf(key);
    });
  };

  const close = async (
    number: number,
    comment: string,
    reason: 'completed' | 'duplicate',
  ): Promise<void> => {
    await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: comment });
    await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: number,
      state: 'closed',
      state_reason: reason === 'duplicate' ? 'duplicate' : 'completed',
    });
  };

  return {
    auditIssues: () => issuesOf('all', undefined),

    async missingAccounts(logins) {
      const unique = [...new Set(logins.map((login) => login.toLowerCase()))];
      const missing = new Set<string>();
      for (let start = 0; start < unique.length; start += LOOKUPS_PER_QUERY) {
        const batch = unique.slice(start, start + LOOKUPS_PER_QUERY);
        const query = `query(${batch.map((_, i) => `$l${i}: String!`).join(', ')}) { ${batch.map((_, i) => `u${i}: user(login: $l${i}) { login }`).join(' ')} }`;
        const variables = Object.fromEntries(batch.map((login, i) => [`l${i}`, login]));
        const data = await lookUp(octokit, query, variables);
        batch.forEach((login, i) => {
          if (data[`u${i}`] === null || data[`u${i}`] === undefined) missing.add(login);
        });
      }
      return missing;
    },

    async apply(action) {
      switch (action.type) {
        case 'open':
          await createOnce(action.key, async () => {
            await octokit.rest.issues.create({
              owner,
              repo,
              title: action.issue.title,
              body: action.issue.body,
              labels: action.issue.labels,
              // A create is not idempotent: never retried blindly (see createOnce).
              request: { retries: 0 },
            });
          });
          break;
        case 'reopen':
        case 'update':
          await octokit.rest.issues.update({
            owner,
            repo,
            issue_number: action.number,
            title: action.issue.title,
            body: action.issue.body,
            labels: action.issue.labels,
            ...(action.type === 'reopen' ? { state: 'open' as const } : {}),
          });
          break;
        case 'close':
          await close(action.number, action.comment, 'completed');
          break;
        case 'close-duplicate':
          await close(action.number, action.comment, 'duplicate');
          break;
      }
    },
  };

  /**
   * Creates an issue exactly once across lost replies: when a create fails in a way that may
   * have reached GitHub (a server error, a dropped connection), the open issues are listed to
   * see whether it exists before trying again.
   */
  async function createOnce(key: IssueKey, create: () => Promise<void>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await create();
        return;
      } catch (error: unknown) {
        if (!mayHaveReachedGitHub(error) || attempt >= 4) throw error;
        await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs * attempt));
        if (await openIssueExists(key)) return;
      }
    }
  }
}

function mayHaveReachedGitHub(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const status = 'status' in error && typeof error.status === 'number' ? error.status : undefined;
  return status === undefined || status >= 500;
}

/**
 * One GraphQL query of aliased user lookups. A login that no longer exists comes back as a
 * NOT_FOUND error beside the others' data, which Octokit raises as an error carrying that data.
 */
async function lookUp(
  octokit: RegistryOctokit,
  query: string,
  variables: Record<string, string>,
): Promise<Record<string, unknown>> {
  try {
    return await octokit.graphql<Record<string, unknown>>(query, variables);
  } catch (error: unknown) {
    if (
      error instanceof Error &&
      error.name === 'GraphqlResponseError' &&
      'data' in error &&
      'errors' in error
    ) {
      const errors = Array.isArray(error.errors) ? (error.errors as Array<{ type?: unknown }>) : [];
      if (
        errors.every((entry) => entry.type === 'NOT_FOUND') &&
        typeof error.data === 'object' &&
        error.data !== null
      ) {
        return error.data as Record<string, unknown>;
      }
    }
    throw error;
  }
}
