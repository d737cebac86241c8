import type { IssueComment } from '../../audit/plan.js';
import { GitHubNotFoundError, GitHubValidationError, NO_BLIND_RETRY } from './errors.js';
import { ownAccountId } from './identity.js';
import type { RegistryOctokit } from './octokit.js';
import type { Repo } from './pull-request-host.js';
import { writeOnce, writeOnceOptions } from './write-once.js';

/**
 * The bot's own branches and pull requests in this repository, over the REST API with the
 * workflow token: one commit of whole files on a base commit, a branch placed on it, pull
 * requests opened, updated and closed, comments posted once. The lifecycle's proposals and the
 * issue forms' pull requests share it. A pull request counts as this repository's only when its
 * head repository IS this repository (by id), so a fork's branch of the same name never does.
 */

export interface BotPull {
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  headSha: string;
  /** The body as it is now (a person may have edited it; only the bot's own count). */
  body: string;
  /** The numeric id of the account that opened it; null when GitHub names none. */
  authorId: number | null;
  url: string;
  branch: string;
}

/** A file of a commit: its whole new text, or null to delete it. */
export interface BotFile {
  path: string;
  content: string | null;
}

export interface BotCommit {
  baseSha: string;
  files: readonly BotFile[];
  commitMessage: string;
}

type PullJson = {
  number: number;
  state: string;
  merged_at: string | null;
  body: string | null;
  html_url: string;
  user: { id: number } | null;
  head: { ref: string; sha: string; repo: { id: number } | null };
};

export type BotBranches = ReturnType<typeof botBranches>;

export function botBranches(
  octokit: RegistryOctokit,
  { owner, repo }: Repo,
  options: { retryDelayMs: number },
) {
  const once = writeOnceOptions(octokit, options.retryDelayMs);
  let self: Promise<number> | undefined;
  const selfId = (): Promise<number> => {
    if (self === undefined) {
      self = ownAccountId(octokit);
      self.catch(() => {
        self = undefined;
      });
    }
    return self;
  };
  let repository: Promise<{ id: number; defaultBranch: string }> | undefined;
  const thisRepository = () =>
    (repository ??= octokit.rest.repos
      .get({ owner, repo })
      .then(({ data }) => ({ id: data.id, defaultBranch: data.default_branch })));

  const ours = async (pull: PullJson): Promise<boolean> =>
    pull.head.repo !== null && pull.head.repo.id === (await thisRepository()).id;

  const asPull = (pull: PullJson): BotPull => ({
    number: pull.number,
    state: pull.state === 'open' ? 'open' : 'closed',
    merged: pull.merged_at !== null,
    headSha: pull.head.sha,
    body: pull.body ?? '',
    authorId: pull.user?.id ?? null,
    url: pull.html_url,
    branch: pull.head.ref,
  });

  /** This repository's pull requests from the branch (never a fork's of the same name). */
  const pullsFrom = async (branch: string, state: 'open' | 'all'): Promise<BotPull[]> => {
    const pulls = await octokit.paginate(octokit.rest.pulls.list, {
      owner,
      repo,
      state,
      head: `${owner}:${branch}`,
      per_page: 100,
    });
    const mine: BotPull[] = [];
    for (const pull of pulls) if (await ours(pull)) mine.push(asPull(pull));
    return mine;
  };

  /** This repository's open pull requests from branches whose name starts with the prefix. */
  const openPullsUnder = async (prefix: string): Promise<BotPull[]> => {
    const pulls = await octokit.paginate(octokit.rest.pulls.list, {
      owner,
      repo,
      state: 'open',
      per_page: 100,
    });
    const found: BotPull[] = [];
    for (const pull of pulls)
      if (pull.head.ref.startsWith(prefix) && (await ours(pull))) found.push(asPull(pull));
    return found;
  };

  const refSha = async (branch: string): Promise<string | undefined> => {
    try {
      const { data } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
      return data.object.sha;
    } catch (error: unknown) {
      if (error instanceof GitHubNotFoundError) return undefined;
      throw error;
    }
  };

  /** One commit on the base with the files changed: its sha (git objects are safe to send twice). */
  const commit = async (change: BotCommit): Promise<string> => {
    const { data: base } = await octokit.rest.git.getCommit({
      owner,
      repo,
      commit_sha: change.baseSha,
    });
    const { data: tree } = await octokit.rest.git.createTree({
      owner,
      repo,
      base_tree: base.tree.sha,
      tree: change.files.map((file) =>
        file.content === null
          ? { path: file.path, mode: '100644' as const, type: 'blob' as const, sha: null }
          : {
              path: file.path,
              mode: '100644' as const,
              type: 'blob' as const,
              content: file.content,
            },
      ),
    });
    const { data: made } = await octokit.rest.git.createCommit({
      owner,
      repo,
      message: change.commitMessage,
      tree: tree.sha,
      parents: [change.baseSha],
    });
    return made.sha;
  };

  const moveBranch = async (branch: string, sha: string): Promise<void> => {
    await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha, force: true });
  };

  /**
   * Puts the branch on `sha`: created, or, when a branch of that name is left over, moved only if
   * its head commit is the bot's own (`holderOf`): a branch someone else pushed is never
   * overwritten.
   */
  const placeBranch = async (branch: string, sha: string): Promise<void> => {
    const existing = await refSha(branch);
    if (existing === undefined) {
      try {
        await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha });
        return;
      } catch (error: unknown) {
        // A lost reply to a create that went through: the branch is there, and it is ours.
        if (!(error instanceof GitHubValidationError)) throw error;
        if ((await refSha(branch)) === undefined) throw error;
      }
    } else if ((await holderOf(existing)) !== 'own') {
      // Asked again right before the push: someone may have pushed since the run read it.
      throw new Error(
        `The branch ${branch} exists and holds a commit the bot did not make; it is left as it is (delete or rename it, and the next run tries again).`,
      );
    }
    await moveBranch(branch, sha);
  };

  /**
   * Whose commit a branch's head is. The bot only ever writes one commit on a commit of the
   * default branch, so its head being the bot's means nothing of anyone else's is on it. GitHub
   * links a commit to an account by its author's address; the account's noreply address starts
   * with its id (`41898282+github-actions[bot]@users.noreply.github.com`).
   */
  const holderOf = async (sha: string): Promise<'own' | 'other'> => {
    const { data } = await octokit.rest.git.getCommit({ owner, repo, commit_sha: sha });
    const me = await selfId();
    return data.author.email.startsWith(`${String(me)}+`) ? 'own' : 'other';
  };

  /** Whether the branch is there, and whose commit its head is. */
  const branchHolder = async (branch: string): Promise<'absent' | 'own' | 'other'> => {
    const sha = await refSha(branch);
    return sha === undefined ? 'absent' : holderOf(sha);
  };

  const commentsOn = async (issue: number): Promise<Array<IssueComment & { id: number }>> => {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issue,
      per_page: 100,
    });
    return comments.map((comment) => ({
      id: comment.id,
      author: comment.user?.id ?? null,
      body: comment.body ?? '',
    }));
  };

  /** One comment, posted once even when the reply is lost (see writeOnce). */
  const comment = async (issue: number, body: string): Promise<void> => {
    await writeOnce(
      async () => {
        await octokit.rest.issues.createComment({
          owner,
          repo,
          issue_number: issue,
          body,
          request: NO_BLIND_RETRY,
        });
        return true;
      },
      async () => {
        const latest = (await commentsOn(issue)).at(-1);
        return latest?.body === body && latest.author === (await selfId()) ? true : undefined;
      },
      once,
    );
  };

  /** Opens the pull request once, even when the reply is lost: its number. */
  const openPull = async (pull: {
    branch: string;
    baseBranch: string;
    title: string;
    body: string;
  }): Promise<number> =>
    writeOnce(
      async () =>
        (
          await octokit.rest.pulls.create({
            owner,
            repo,
            head: pull.branch,
            base: pull.baseBranch,
            title: pull.title,
            body: pull.body,
            request: NO_BLIND_RETRY,
          })
        ).data.number,
      async () => {
        const me = await selfId();
        return (await pullsFrom(pull.branch, 'open')).find((each) => each.authorId === me)?.number;
      },
      once,
    );

  const editPull = async (number: number, change: { title?: string; body?: string }) => {
    await octokit.rest.pulls.update({ owner, repo, pull_number: number, ...change });
  };

  const closePull = async (number: number): Promise<void> => {
    await octokit.rest.pulls.update({ owner, repo, pull_number: number, state: 'closed' });
  };

  const deleteBranch = async (branch: string): Promise<void> => {
    try {
      await octokit.rest.git.deleteRef({ owner, repo, ref: `heads/${branch}` });
    } catch (error: unknown) {
      // Already gone (a person deleted it, or a lost reply): nothing left to delete.
      if (!(error instanceof GitHubValidationError || error instanceof GitHubNotFoundError))
        throw error;
    }
  };

  const commitAuthorIds = async (number: number): Promise<Array<number | null>> => {
    const commits = await octokit.paginate(octokit.rest.pulls.listCommits, {
      owner,
      repo,
      pull_number: number,
      per_page: 100,
    });
    return commits.map((each) => each.author?.id ?? null);
  };

  /**
   * The default branch, and the commit to build on: `base` (GITHUB_SHA) when given. `ref` is the
   * ref the run checked out (GITHUB_REF): from any other branch a pull request would carry that
   * branch's commits into the default one, so nothing is built.
   */
  const defaultHead = async (
    base: string | undefined,
    ref: string | undefined,
    /** Who refuses another branch, for the message: "The lifecycle proposes". */
    who: string,
  ): Promise<{ branch: string; sha: string }> => {
    const { defaultBranch } = await thisRepository();
    if (ref !== undefined && ref !== `refs/heads/${defaultBranch}`)
      throw new Error(
        `${who} from the default branch (${defaultBranch}) only, not from ${ref}: run the workflow on ${defaultBranch}.`,
      );
    const sha = base ?? (await refSha(defaultBranch));
    if (sha === undefined) throw new Error(`The default branch ${defaultBranch} has no commit.`);
    return { branch: defaultBranch, sha };
  };

  return {
    selfId,
    defaultHead,
    pullsFrom,
    openPullsUnder,
    refSha,
    commit,
    moveBranch,
    placeBranch,
    branchHolder,
    commentsOn,
    comment,
    openPull,
    editPull,
    closePull,
    deleteBranch,
    commitAuthorIds,
  };
}
