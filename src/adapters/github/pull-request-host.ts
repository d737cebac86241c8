import type { ChangedFile } from '../../pr/changes.js';
import { CHECK_RUN_NAME, type PrAction } from '../../pr/plan.js';
import type {
  IssueComment,
  IssueEdit,
  IssueInfo,
  PullRequestHost,
  PullRequestInfo,
  TreeEntry,
} from '../../pr/port.js';
import type { GitHubAccount } from '../../core/accounts.js';
import { accountByLogin, usersByLogin } from './accounts.js';
import { ownAccountId } from './identity.js';
import type { RegistryOctokit } from './octokit.js';
import { classify, GitHubNotFoundError, GitHubValidationError, NO_BLIND_RETRY } from './errors.js';
import { writeOnce, writeOnceOptions } from './write-once.js';

export interface Repo {
  owner: string;
  repo: string;
}

const WRITE_PERMISSIONS = new Set(['admin', 'maintain', 'write']);

const FILE_STATUS: Readonly<Record<string, ChangedFile['status']>> = {
  added: 'added',
  copied: 'added',
  removed: 'removed',
  renamed: 'renamed',
  modified: 'modified',
  changed: 'modified',
  unchanged: 'modified',
};

interface PullJson {
  number: number;
  state: string;
  user: UserJson | null;
  head: { sha: string; ref: string; repo: { id: number } | null };
  base: { ref: string; repo: { id: number } };
  changed_files?: number;
  body?: string | null;
}

interface UserJson {
  login: string;
  id: number;
  type?: string;
}

/** GitHub shows a deleted account's work as `ghost`: an account that is nobody. */
const GHOST_ID = 10137;

/** Who an answer says wrote something: login, account id (none for a deleted one), a User or not. */
function whoOf(user: UserJson | null | undefined): {
  login: string;
  id: number | undefined;
  isUser: boolean;
} {
  const id = user === null || user === undefined || user.id === GHOST_ID ? undefined : user.id;
  return {
    login: (user?.login ?? '').toLowerCase(),
    id,
    isUser: id !== undefined && (user?.type ?? 'User') === 'User',
  };
}

function pullInfo(data: PullJson): PullRequestInfo {
  const author = whoOf(data.user);
  return {
    number: data.number,
    author: author.login,
    authorId: author.id,
    authorIsUser: author.isUser,
    headSha: data.head.sha,
    headRef: data.head.ref,
    // A fork's repository has its own id; a deleted fork has none.
    headInBase: data.head.repo !== null && data.head.repo.id === data.base.repo.id,
    baseRef: data.base.ref,
    state: data.state === 'open' ? 'open' : 'closed',
    // Only the single-pull-request answer counts files; a listing never needs it.
    changedFiles: data.changed_files ?? 0,
    body: data.body ?? '',
  };
}

interface IssueJson {
  number: number;
  state: string;
  body?: string | null;
  user: UserJson | null;
  repository_url: string;
  pull_request?: unknown;
}

function issueInfo(data: IssueJson): IssueInfo {
  const author = whoOf(data.user);
  return {
    number: data.number,
    state: data.state === 'open' ? 'open' : 'closed',
    isPullRequest: data.pull_request !== undefined && data.pull_request !== null,
    author: author.login,
    authorId: author.id,
    authorIsUser: author.isUser,
    body: data.body ?? '',
  };
}

/** GitHub lists at most this many commits of a pull request. */
const COMMITS_LISTED = 250;

/**
 * Who last edited an issue's body. `editor` is an Actor (an interface): its account id is asked
 * of a User or a Bot by name. GitHub answers null for a deleted account, so `lastEditedAt` tells
 * an edit by one from no edit at all.
 */
const ISSUE_EDIT_QUERY = `query($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    issue(number: $number) {
      lastEditedAt
      editor { __typename ... on User { databaseId } ... on Bot { databaseId } }
    }
  }
}`;

interface IssueEditJson {
  lastEditedAt: string | null;
  editor: { __typename: string; databaseId?: number | null } | null;
}

function issueEditOf(issue: IssueEditJson): IssueEdit {
  const id = issue.editor?.databaseId;
  return {
    edited: issue.lastEditedAt !== null,
    editor:
      issue.editor === null || typeof id !== 'number' || id === GHOST_ID
        ? undefined
        : { id, isUser: issue.editor.__typename === 'User' },
  };
}

interface CommentJson {
  id: number;
  body?: string | null;
  user: UserJson | null;
  updated_at: string;
}

function commentOf(comment: CommentJson): IssueComment {
  const author = whoOf(comment.user);
  return {
    id: comment.id,
    body: comment.body ?? '',
    author: author.login,
    authorId: author.id,
    authorIsBot: comment.user?.type === 'Bot',
    authorIsUser: author.isUser,
    updatedAt: comment.updated_at,
  };
}

/** The REST adapter: every call the pull-request check makes, built on the one Octokit. */
export function gitHubPullRequestHost(
  octokit: RegistryOctokit,
  { owner, repo }: Repo,
  options: { retryDelayMs: number },
): PullRequestHost {
  const maintainers = new Map<string, boolean>();
  let self: Promise<number> | undefined;
  const listComments = (number: number) =>
    octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: number,
      per_page: 100,
    });
  const checkRunsOn = (commitSha: string) =>
    octokit.paginate(octokit.rest.checks.listForRef, {
      owner,
      repo,
      ref: commitSha,
      check_name: CHECK_RUN_NAME,
      filter: 'all',
      per_page: 100,
    });
  const host: PullRequestHost = {
    async pullRequest(number) {
      const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
      return pullInfo(data);
    },

    async openPullRequestsFrom(head) {
      const pulls = await octokit.paginate(octokit.rest.pulls.list, {
        owner,
        repo,
        state: 'open',
        head: `${head.owner}:${head.branch}`,
        per_page: 100,
      });
      return pulls.map(pullInfo);
    },

    async recentPullRequestsInto(base, limit) {
      // One page: the caller bounds how many it looks at.
      const { data } = await octokit.rest.pulls.list({
        owner,
        repo,
        state: 'open',
        base,
        sort: 'updated',
        direction: 'desc',
        per_page: limit,
      });
      return data.map(pullInfo);
    },

    async groupTree(commitSha) {
      const { data: root } = await octokit.rest.git.getTree({ owner, repo, tree_sha: commitSha });
      const folder = root.tree.find((entry) => entry.path === 'groups' && entry.type === 'tree');
      if (folder?.sha === undefined) return { entries: new Map(), truncated: root.truncated };
      const { data } = await octokit.rest.git.getTree({
        owner,
        repo,
        tree_sha: folder.sha,
        recursive: 'true',
      });
      const entries = new Map<string, TreeEntry>();
      for (const entry of data.tree) {
        if (entry.type === 'tree') continue;
        const path = `groups/${entry.path}`;
        entries.set(path, { path, mode: entry.mode, sha: entry.sha });
      }
      return { entries, truncated: root.truncated || data.truncated };
    },

    async checksOn(commitSha) {
      const runs = await checkRunsOn(commitSha);
      return runs
        .map((run) => ({ id: run.id, externalId: run.external_id ?? undefined }))
        .sort((a, b) => a.id - b.id);
    },

    async changedFiles(number) {
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
        owner,
        repo,
        pull_number: number,
        per_page: 100,
      });
      // Contents are read from the head commit's tree, never by the sha listed here (which
      // may be null): the listing only says which paths changed.
      // Only a rename moves a group: a copy (listed with the file it copies) is a new file, and
      // the original stays where it is.
      return files.map((file): ChangedFile => ({
        path: file.filename,
        status: FILE_STATUS[file.status] ?? 'modified',
        ...(file.status !== 'renamed' || file.previous_filename === undefined
          ? {}
          : { previousPath: file.previous_filename }),
      }));
    },

    async blob(sha) {
      const { data } = await octokit.rest.git.getBlob({ owner, repo, file_sha: sha });
      return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8');
    },

    async isMaintainer(login) {
      const key = login.toLowerCase();
      const known = maintainers.get(key);
      if (known !== undefined) return known;
      let result = false;
      try {
        const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
          owner,
          repo,
          username: login,
        });
        result = WRITE_PERMISSIONS.has(data.permission);
      } catch (error: unknown) {
        // Not a collaborator at all: GitHub answers 404.
        const failure = classify(error);
        if (!(failure instanceof GitHubNotFoundError)) throw failure;
      }
      maintainers.set(key, result);
      return result;
    },

    async accounts(logins) {
      const found = new Map<string, GitHubAccount | null>(await usersByLogin(octokit, logins));
      // GraphQL resolves Users only: whether a login it cannot resolve is an organisation, a bot
      // or nobody takes one REST request each (rare: a wrong login in a pull request).
      for (const [login, user] of found)
        if (user === null) found.set(login, await accountByLogin(octokit, login));
      return found;
    },

    async comments(number) {
      return (await listComments(number)).map(commentOf);
    },

    async firstComments(number) {
      const { data } = await octokit.rest.issues.listComments({
        owner,
        repo,
        issue_number: number,
        per_page: 100,
      });
      return { comments: data.map(commentOf), complete: data.length < 100 };
    },

    async issue(number) {
      let data: IssueJson;
      try {
        ({ data } = await octokit.rest.issues.get({ owner, repo, issue_number: number }));
      } catch (error: unknown) {
        // 404 for none, 410 for a deleted one.
        unlessGone(error);
        return undefined;
      }
      // An issue moved to another repository answers from there (GitHub redirects): not ours.
      const home = `/repos/${owner}/${repo}`.toLowerCase();
      if (data.number !== number || !data.repository_url.toLowerCase().endsWith(home))
        return undefined;
      return issueInfo(data);
    },

    async commitAuthors(number) {
      const commits = await octokit.paginate(octokit.rest.pulls.listCommits, {
        owner,
        repo,
        pull_number: number,
        per_page: 100,
      });
      return {
        // The account GitHub links the commit's author email to; a ghost is nobody.
        // GitHub answers an empty object or null for a commit linked to no account.
        ids: commits.map(({ author }) =>
          author === null || typeof author.id !== 'number'
            ? undefined
            : whoOf({ login: author.login, id: author.id, type: author.type }).id,
        ),
        complete: commits.length < COMMITS_LISTED,
        head: commits.at(-1)?.sha,
      };
    },

    async issueEdit(number) {
      const answer = await octokit
        .graphql<{ repository: { issue: IssueEditJson | null } | null }>(ISSUE_EDIT_QUERY, {
          owner,
          name: repo,
          number,
        })
        .catch((error: unknown) => {
          throw classify(error);
        });
      const issue = answer.repository?.issue;
      if (issue === null || issue === undefined)
        throw new Error(`GitHub did not answer who last edited issue #${String(number)}.`);
      return issueEditOf(issue);
    },

    ownAccountId() {
      self ??= ownAccountId(octokit);
      return self;
    },

    async reviews(number) {
      const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
        owner,
        repo,
        pull_number: number,
        per_page: 100,
      });
      return reviews.map((review) => {
        const author = whoOf(review.user);
        return {
          author: author.login,
          authorId: author.id,
          authorIsUser: author.isUser,
          state: review.state,
          commitId: review.commit_id ?? undefined,
        };
      });
    },

    async labels(number) {
      const labels = await octokit.paginate(octokit.rest.issues.listLabelsOnIssue, {
        owner,
        repo,
        issue_number: number,
        per_page: 100,
      });
      return new Set(labels.map((label) => label.name));
    },

    async repoLabels() {
      const labels = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, {
        owner,
        repo,
        per_page: 100,
      });
      return new Set(labels.map((label) => label.name));
    },

    async apply(number, actions) {
      // GitHub replaces title and summary on every update, so each batch repeats them.
      let checkRun: { id: number; title: string; summary: string } | undefined;
      for (const action of actions) {
        const written = await write(number, action, checkRun);
        if (written !== undefined) checkRun = written;
      }
    },
  };

  /** Rethrows an error unless it says the thing is already gone, as a retried delete finds it. */
  const unlessGone = (error: unknown): void => {
    const failure = classify(error);
    if (!(failure instanceof GitHubNotFoundError)) throw failure;
  };

  // Writes that must happen once wait out rate limits in writeOnce, noted in the client's log.
  const once = writeOnceOptions(octokit, options.retryDelayMs);

  /**
   * One planned write. Creates go through `writeOnce`, which looks for what a lost reply may
   * have created before writing again; updates and deletes are idempotent and retried by the
   * client as usual (a delete that finds nothing left is done).
   */
  async function write(
    number: number,
    action: PrAction,
    checkRun: { id: number; title: string; summary: string } | undefined,
  ): Promise<{ id: number; title: string; summary: string } | undefined> {
    switch (action.type) {
      case 'create-label':
        try {
          await writeOnce(
            async () => {
              await octokit.rest.issues.createLabel({
                owner,
                repo,
                name: action.name,
                color: action.color,
                description: action.description,
                request: NO_BLIND_RETRY,
              });
              return true;
            },
            async () => ((await host.repoLabels()).has(action.name) ? true : undefined),
            once,
          );
        } catch (error: unknown) {
          // Created meanwhile (by another run, or by a reply that was lost): what was wanted.
          const failure = classify(error);
          if (!(failure instanceof GitHubValidationError)) throw failure;
          if (!(await host.repoLabels()).has(action.name)) throw failure;
        }
        return undefined;
      case 'add-labels':
        await octokit.rest.issues.addLabels({
          owner,
          repo,
          issue_number: number,
          labels: action.labels,
        });
        return undefined;
      case 'remove-label':
        try {
          await octokit.rest.issues.removeLabel({
            owner,
            repo,
            issue_number: number,
            name: action.label,
          });
        } catch (error: unknown) {
          unlessGone(error);
        }
        return undefined;
      case 'create-comment': {
        const mine = async (): Promise<true | undefined> => {
          const id = await host.ownAccountId();
          const comments = await listComments(number);
          return comments.some((c) => c.user?.id === id && c.body === action.body)
            ? true
            : undefined;
        };
        await writeOnce(
          async () => {
            await octokit.rest.issues.createComment({
              owner,
              repo,
              issue_number: number,
              body: action.body,
              request: NO_BLIND_RETRY,
            });
            return true;
          },
          mine,
          once,
        );
        return undefined;
      }
      case 'update-comment':
        await octokit.rest.issues.updateComment({
          owner,
          repo,
          comment_id: action.id,
          body: action.body,
        });
        return undefined;
      case 'delete-comment':
        try {
          await octokit.rest.issues.deleteComment({ owner, repo, comment_id: action.id });
        } catch (error: unknown) {
          unlessGone(error);
        }
        return undefined;
      case 'create-check-run': {
        const { check } = action;
        const id = await writeOnce(
          async () => {
            const { data } = await octokit.rest.checks.create({
              owner,
              repo,
              name: CHECK_RUN_NAME,
              head_sha: check.headSha,
              external_id: check.externalId,
              status: 'completed',
              conclusion: check.conclusion,
              output: {
                title: check.title,
                summary: check.summary,
                annotations: action.annotations,
              },
              request: NO_BLIND_RETRY,
            });
            return data.id;
          },
          async () =>
            (await checkRunsOn(check.headSha))
              .filter(
                (run) => run.external_id === check.externalId && run.id > (action.supersedes ?? 0),
              )
              .at(-1)?.id,
          once,
        );
        return { id, title: check.title, summary: check.summary };
      }
      case 'update-check-run': {
        const { check } = action;
        await octokit.rest.checks.update({
          owner,
          repo,
          check_run_id: action.id,
          external_id: check.externalId,
          status: 'completed',
          conclusion: check.conclusion,
          output: { title: check.title, summary: check.summary },
        });
        return undefined;
      }
      case 'add-annotations':
        if (checkRun === undefined) throw new Error('annotations planned before their check run');
        await octokit.rest.checks.update({
          owner,
          repo,
          check_run_id: checkRun.id,
          ...(action.externalId === undefined ? {} : { external_id: action.externalId }),
          output: {
            title: checkRun.title,
            summary: checkRun.summary,
            annotations: action.annotations,
          },
        });
        return undefined;
    }
  }

  return host;
}
