import type { ExistingIssue, IssueComment } from '../../audit/plan.js';
import type { AuditHost } from '../../audit/port.js';
import { keyOf, parseMarker, type IssueKey } from '../../audit/issue-text.js';
import { AUDIT_LABEL } from '../../audit/kinds.js';
import { checkAccounts } from '../../audit/accounts.js';
import { accountById, usersByLogin } from './accounts.js';
import { ownAccountId } from './identity.js';
import type { RegistryOctokit } from './octokit.js';
import { NO_BLIND_RETRY } from './errors.js';
import { writeOnce, writeOnceOptions } from './write-once.js';
import type { Repo } from './pull-request-host.js';

/**
 * The audit's port on GitHub: issues listed 100 a page, leaders' logins looked up 100 a GraphQL
 * query, and an account by id (`GET /user/{id}`) only where a login's account is not the file's.
 */
export function gitHubAuditHost(
  octokit: RegistryOctokit,
  { owner, repo }: Repo,
  options: {
    retryDelayMs: number;
    /**
     * Plan as this account instead of the token's own (`tgr audit --dry-run --audit-account`):
     * a maintainer's personal token sees the workflow's issues as the workflow does. Never set
     * by the Action, and never for a run that writes.
     */
    account?: number;
  },
): AuditHost {
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
          stateReason: issue.state_reason ?? null,
          labels: issue.labels.map((label) =>
            typeof label === 'string' ? label : (label.name ?? ''),
          ),
          // Who created it, by GitHub's numeric id: a login can be renamed, a payload can lie.
          author: issue.user?.id ?? null,
        });
      }
      if (pages !== undefined && ++page >= pages) break;
    }
    return found;
  };

  // Writes that must happen once wait out rate limits in writeOnce, noted in the client's log.
  const once = writeOnceOptions(octokit, options.retryDelayMs);

  // The token's own account, asked of GitHub at most once a run, and only when needed.
  let self: Promise<number> | undefined;
  const selfId = (): Promise<number> => {
    if (self === undefined) {
      self =
        options.account === undefined ? ownAccountId(octokit) : Promise.resolve(options.account);
      // A failed answer is not kept: the next caller asks again.
      self.catch(() => {
        self = undefined;
      });
    }
    return self;
  };

  /** Whether an open issue for the key exists: asked after a create whose reply never came. */
  const openIssueExists = async (key: IssueKey): Promise<boolean> => {
    const recent = await issuesOf('open', 1);
    const own = await selfId();
    // A person's copy of the marker is not the issue the audit tried to create.
    return recent.some((issue) => {
      const parsed = parseMarker(issue.body);
      return parsed !== undefined && keyOf(parsed) === keyOf(key) && issue.author === own;
    });
  };

  const commentsOn = async (number: number): Promise<IssueComment[]> => {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: number,
      per_page: 100,
    });
    return comments.map((comment) => ({
      author: comment.user?.id ?? null,
      body: comment.body ?? '',
    }));
  };

  /** Whether the issue's latest comment is this one, by the audit: asked after a lost reply. */
  const commentPosted = async (number: number, body: string): Promise<boolean> => {
    const latest = (await commentsOn(number)).at(-1);
    return latest?.body === body && latest.author === (await selfId());
  };

  const close = async (
    number: number,
    comment: string,
    reason: 'completed' | 'duplicate',
    body?: string,
  ): Promise<void> => {
    // A run that posted this comment but could not close the issue must not post it again.
    if (await commentPosted(number, comment)) {
      await closeIssue(number, reason, body);
      return;
    }
    // Like a create, a comment is not idempotent: a blind retry after a lost reply posts it twice.
    await writeOnce(
      async () => {
        await octokit.rest.issues.createComment({
          owner,
          repo,
          issue_number: number,
          body: comment,
          request: NO_BLIND_RETRY,
        });
        return true;
      },
      async () => ((await commentPosted(number, comment)) ? true : undefined),
      once,
    );
    await closeIssue(number, reason, body);
  };

  /** Closes an issue; with `body`, the same write marks the end of its episode (an idempotent PATCH). */
  const closeIssue = async (
    number: number,
    reason: 'completed' | 'duplicate',
    body: string | undefined,
  ): Promise<void> => {
    await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: number,
      state: 'closed',
      state_reason: reason,
      ...(body === undefined ? {} : { body }),
    });
  };

  return {
    auditIssues: () => issuesOf('all', undefined),

    ownAccountId: selfId,

    comments: commentsOn,

    accounts: (people) =>
      checkAccounts(people, {
        usersByLogin: (logins) => usersByLogin(octokit, logins),
        accountById: (id) => accountById(octokit, id),
      }),

    async apply(action) {
      switch (action.type) {
        case 'open':
          await writeOnce(
            async () => {
              await octokit.rest.issues.create({
                owner,
                repo,
                title: action.issue.title,
                body: action.issue.body,
                labels: action.issue.labels,
                request: NO_BLIND_RETRY,
              });
              return true;
            },
            async () => ((await openIssueExists(action.key)) ? true : undefined),
            once,
          );
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
          await close(action.number, action.comment, 'completed', action.body);
          break;
        case 'end':
          // The body alone, where only the hidden marker changes: the issue stays closed.
          await octokit.rest.issues.update({
            owner,
            repo,
            issue_number: action.number,
            body: action.body,
          });
          break;
        case 'close-duplicate':
          await close(action.number, action.comment, 'duplicate');
          break;
      }
    },
  };
}
