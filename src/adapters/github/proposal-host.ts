import type { IssueComment } from '../../audit/plan.js';
import type {
  ProposalCommit,
  ProposalHost,
  ProposalLabel,
  ProposalPull,
  ProposalWrite,
} from '../../lifecycle/proposal-port.js';
import { GitHubNotFoundError, GitHubValidationError, NO_BLIND_RETRY } from './errors.js';
import { ownAccountId } from './identity.js';
import type { RegistryOctokit } from './octokit.js';
import type { Repo } from './pull-request-host.js';
import { writeOnce, writeOnceOptions } from './write-once.js';

/** What each lifecycle label looks like when the first armed run creates it. */
const LABEL_LOOK: Readonly<Record<ProposalLabel, { color: string; description: string }>> = {
  'lifecycle: inactivate': {
    color: 'd93f0b',
    description: 'A group past its date and the grace: proposed inactive (docs/lifecycle.md)',
  },
  'lifecycle: reactivate': {
    color: '0e8a16',
    description: 'An inactive group that qualifies again: proposed active (docs/lifecycle.md)',
  },
  'lifecycle: remove': {
    color: '5319e7',
    description: 'A group inactive past the removal period: proposed removed (docs/lifecycle.md)',
  },
};

type PullJson = {
  number: number;
  state: string;
  merged_at: string | null;
  body: string | null;
  html_url: string;
  user: { id: number } | null;
  head: { ref: string; sha: string; repo: { id: number } | null };
};

/**
 * The lifecycle's port on GitHub, over the REST API with the workflow token: branches built from
 * git objects (a tree on the base commit, one commit, a ref), pull requests, labels and comments.
 * A pull request counts as this repository's only when its head repository IS this repository
 * (by id), so a fork's branch of the same name never does. `base` is the commit the run read the
 * registry from (GITHUB_SHA): every proposal sits on it, so a change pushed to the default branch
 * since then is merged by git, never reverted by a proposal written from an older file.
 */
export function gitHubProposalHost(
  octokit: RegistryOctokit,
  { owner, repo }: Repo,
  options: {
    retryDelayMs: number;
    /** The commit the run read the registry from (GITHUB_SHA). */
    base?: string;
    /** The ref it checked out (GITHUB_REF): the default branch, or nothing is proposed. */
    ref?: string;
  },
): ProposalHost {
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

  const asPull = (pull: PullJson): ProposalPull => ({
    number: pull.number,
    state: pull.state === 'open' ? 'open' : 'closed',
    merged: pull.merged_at !== null,
    headSha: pull.head.sha,
    body: pull.body ?? '',
    authorId: pull.user?.id ?? null,
    url: pull.html_url,
  });

  const pullsFrom = async (branch: string, state: 'open' | 'all'): Promise<ProposalPull[]> => {
    const pulls = await octokit.paginate(octokit.rest.pulls.list, {
      owner,
      repo,
      state,
      head: `${owner}:${branch}`,
      per_page: 100,
    });
    const mine: ProposalPull[] = [];
    for (const pull of pulls) if (await ours(pull)) mine.push(asPull(pull));
    return mine;
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
  const commit = async (change: ProposalCommit): Promise<string> => {
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
   * its head is one the bot's own proposals had (a branch someone else pushed is never overwritten).
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
        `The branch ${branch} exists and holds a commit the bot did not make; it is left as it is (delete or rename it, and the next run proposes again).`,
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

  const commentsOn = async (issue: number): Promise<IssueComment[]> => {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issue,
      per_page: 100,
    });
    return comments.map((comment) => ({
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

  const apply = async (write: ProposalWrite): Promise<number | undefined> => {
    switch (write.type) {
      case 'create-labels':
        for (const name of write.labels) {
          try {
            await octokit.rest.issues.createLabel({ owner, repo, name, ...LABEL_LOOK[name] });
          } catch (error: unknown) {
            // Made by a run whose reply was lost, or by a person meanwhile: it exists.
            if (!(error instanceof GitHubValidationError)) throw error;
          }
        }
        return undefined;
      case 'comment':
        await comment(write.issue, write.body);
        return undefined;
      case 'close':
        await comment(write.number, write.comment);
        await octokit.rest.pulls.update({
          owner,
          repo,
          pull_number: write.number,
          state: 'closed',
        });
        try {
          await octokit.rest.git.deleteRef({ owner, repo, ref: `heads/${write.branch}` });
        } catch (error: unknown) {
          // Already gone (a person deleted it, or a lost reply): nothing left to delete.
          if (!(error instanceof GitHubValidationError || error instanceof GitHubNotFoundError))
            throw error;
        }
        return undefined;
      case 'update': {
        const sha = await commit(write);
        await moveBranch(write.branch, sha);
        await octokit.rest.pulls.update({
          owner,
          repo,
          pull_number: write.number,
          title: write.title,
          body: write.body,
        });
        return undefined;
      }
      case 'open': {
        const sha = await commit(write);
        await placeBranch(write.branch, sha);
        const number = await writeOnce(
          async () =>
            (
              await octokit.rest.pulls.create({
                owner,
                repo,
                head: write.branch,
                base: write.baseBranch,
                title: write.title,
                body: write.body,
                request: NO_BLIND_RETRY,
              })
            ).data.number,
          async () => {
            const me = await selfId();
            return (await pullsFrom(write.branch, 'open')).find((pull) => pull.authorId === me)
              ?.number;
          },
          once,
        );
        await octokit.rest.issues.addLabels({
          owner,
          repo,
          issue_number: number,
          labels: write.labels,
        });
        return number;
      }
    }
  };

  return {
    ownAccountId: selfId,
    async defaultHead() {
      const { defaultBranch } = await thisRepository();
      // From any other branch a proposal would carry that branch's commits into the default one.
      if (options.ref !== undefined && options.ref !== `refs/heads/${defaultBranch}`)
        throw new Error(
          `The lifecycle proposes from the default branch (${defaultBranch}) only, not from ${options.ref}: run the workflow on ${defaultBranch}.`,
        );
      const sha = options.base ?? (await refSha(defaultBranch));
      if (sha === undefined) throw new Error(`The default branch ${defaultBranch} has no commit.`);
      return { branch: defaultBranch, sha };
    },
    pullsFrom: (branch) => pullsFrom(branch, 'all'),
    async openPullsUnder(prefix) {
      const pulls = await octokit.paginate(octokit.rest.pulls.list, {
        owner,
        repo,
        state: 'open',
        per_page: 100,
      });
      const found: Array<ProposalPull & { branch: string }> = [];
      for (const pull of pulls)
        if (pull.head.ref.startsWith(prefix) && (await ours(pull)))
          found.push({ ...asPull(pull), branch: pull.head.ref });
      return found;
    },
    async closedBy(number) {
      const { data } = await octokit.rest.issues.get({ owner, repo, issue_number: number });
      return data.closed_by?.id ?? null;
    },
    async commitAuthorIds(number) {
      const commits = await octokit.paginate(octokit.rest.pulls.listCommits, {
        owner,
        repo,
        pull_number: number,
        per_page: 100,
      });
      return commits.map((each) => each.author?.id ?? null);
    },
    async fileAt(sha, path) {
      try {
        const { data } = await octokit.rest.repos.getContent({ owner, repo, path, ref: sha });
        if (Array.isArray(data) || data.type !== 'file') return null;
        if (data.encoding === 'base64') return Buffer.from(data.content, 'base64').toString('utf8');
        // Past 1 MB the contents API leaves the text out: the blob has it.
        const { data: blob } = await octokit.rest.git.getBlob({ owner, repo, file_sha: data.sha });
        return Buffer.from(blob.content, 'base64').toString('utf8');
      } catch (error: unknown) {
        if (error instanceof GitHubNotFoundError) return null;
        throw error;
      }
    },
    async hasLabel(name) {
      const labels = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, {
        owner,
        repo,
        per_page: 100,
      });
      return labels.some((label) => label.name === name);
    },
    async branchHolder(branch) {
      const sha = await refSha(branch);
      return sha === undefined ? 'absent' : holderOf(sha);
    },
    comments: commentsOn,
    apply,
  };
}
