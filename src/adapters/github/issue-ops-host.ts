import { createHash } from 'node:crypto';
import type { FormPull, IssueOpsHost, IssueOpsWrite } from '../../issue-ops/port.js';
import { accountByLogin, usersByLogin } from './accounts.js';
import { botBranches, type BotPull } from './bot-branch.js';
import { classify, GitHubNotFoundError } from './errors.js';
import type { RegistryOctokit } from './octokit.js';
import type { Repo } from './pull-request-host.js';

/** Roles that may write to the repository: a maintainer's `/retry` counts. */
const WRITE_PERMISSIONS = new Set(['admin', 'maintain', 'write']);

/**
 * The issue forms' port on GitHub, over the REST API with the workflow token: the issue and its
 * comments as GitHub holds them, people by login, and the bot's own branch and pull request per
 * issue (bot-branch.ts, shared with the lifecycle). `base` is the commit checked out (GITHUB_SHA).
 */
export function gitHubIssueOpsHost(
  octokit: RegistryOctokit,
  { owner, repo }: Repo,
  options: { retryDelayMs: number; base: string | undefined; ref: string | undefined },
): IssueOpsHost {
  const bot = botBranches(octokit, { owner, repo }, options);
  const asPull = (pull: BotPull): FormPull => ({
    number: pull.number,
    state: pull.state,
    headSha: pull.headSha,
    body: pull.body,
    authorId: pull.authorId,
    branch: pull.branch,
  });

  const apply = async (write: IssueOpsWrite): Promise<number | undefined> => {
    switch (write.type) {
      case 'open': {
        const sha = await bot.commit(write);
        await bot.placeBranch(write.branch, sha);
        return bot.openPull(write);
      }
      case 'update': {
        const sha = await bot.commit(write);
        await bot.moveBranch(write.branch, sha);
        await bot.editPull(write.number, { title: write.title, body: write.body });
        return undefined;
      }
      case 'close':
        await bot.closePull(write.number);
        if (write.deleteBranch) await bot.deleteBranch(write.branch);
        return undefined;
      case 'sticky':
        if (write.commentId === undefined) await bot.comment(write.issue, write.body);
        else
          await octokit.rest.issues.updateComment({
            owner,
            repo,
            comment_id: write.commentId,
            body: write.body,
          });
        return undefined;
    }
  };

  return {
    ownAccountId: bot.selfId,
    async issue(number) {
      try {
        const { data } = await octokit.rest.issues.get({ owner, repo, issue_number: number });
        // An issue moved to another repository answers from there (GitHub redirects): not ours.
        const home = `/repos/${owner}/${repo}`.toLowerCase();
        if (data.number !== number || !data.repository_url.toLowerCase().endsWith(home))
          return null;
        return {
          number: data.number,
          state: data.state === 'closed' ? 'closed' : 'open',
          authorId: data.user?.id ?? null,
          authorLogin: data.user?.login ?? '',
          authorType: data.user?.type ?? '',
          isPullRequest: data.pull_request !== undefined,
          bodySha256: createHash('sha256')
            .update(data.body ?? '', 'utf8')
            .digest('hex'),
        };
      } catch (error: unknown) {
        if (classify(error) instanceof GitHubNotFoundError) return null;
        throw classify(error);
      }
    },
    async comment(issue, id) {
      const found = (
        await octokit.paginate(octokit.rest.issues.listComments, {
          owner,
          repo,
          issue_number: issue,
          per_page: 100,
        })
      ).find((each) => each.id === id);
      if (found === undefined) return null;
      return {
        authorId: found.user?.id ?? null,
        authorLogin: found.user?.login ?? '',
        body: found.body ?? '',
      };
    },
    async isMaintainer(login, id) {
      if (login === '') return false;
      try {
        const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
          owner,
          repo,
          username: login,
        });
        // The role belongs to whoever holds the login now: it must be the commenter's account.
        return WRITE_PERMISSIONS.has(data.permission) && data.user?.id === id;
      } catch (error: unknown) {
        const failure = classify(error);
        if (failure instanceof GitHubNotFoundError) return false;
        throw failure;
      }
    },
    async accountIds(logins) {
      const found = new Map<string, number | null>();
      for (const [login, user] of await usersByLogin(octokit, logins)) {
        const account = user ?? (await accountByLogin(octokit, login));
        // Only a person's account may lead a group; an organisation or a bot gets no id here.
        found.set(login, account !== null && account.type === 'User' ? account.id : null);
      }
      return found;
    },
    defaultHead: () => bot.defaultHead(options.base, options.ref, 'Issue forms open pull requests'),
    pullsFrom: async (branch) => (await bot.pullsFrom(branch, 'all')).map(asPull),
    openPullsUnder: async (prefix) => (await bot.openPullsUnder(prefix)).map(asPull),
    commitAuthorIds: bot.commitAuthorIds,
    async comments(issue) {
      return (await bot.commentsOn(issue)).map(({ id, author, body }) => ({
        id,
        authorId: author,
        body,
      }));
    },
    async issuesBy(login, since) {
      if (login === '') return [];
      const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
        owner,
        repo,
        creator: login,
        state: 'all',
        since,
        per_page: 100,
      });
      return issues.filter((each) => each.pull_request === undefined).map((each) => each.number);
    },
    apply,
  };
}
