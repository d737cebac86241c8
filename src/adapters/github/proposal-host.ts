import type {
  ProposalHost,
  ProposalLabel,
  ProposalPull,
  ProposalWrite,
} from '../../lifecycle/proposal-port.js';
import { botBranches, type BotPull } from './bot-branch.js';
import { GitHubNotFoundError, GitHubValidationError } from './errors.js';
import type { RegistryOctokit } from './octokit.js';
import type { Repo } from './pull-request-host.js';

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

/**
 * The lifecycle's port on GitHub, over the REST API with the workflow token: the bot's own
 * branches and pull requests (bot-branch.ts), labels and comments. `base` is the commit the run
 * read the registry from (GITHUB_SHA): every proposal sits on it, so a change pushed to the
 * default branch since then is merged by git, never reverted by a proposal written from an older
 * file.
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
  const bot = botBranches(octokit, { owner, repo }, options);
  const asPull = (pull: BotPull): ProposalPull => ({
    number: pull.number,
    state: pull.state,
    merged: pull.merged,
    headSha: pull.headSha,
    body: pull.body,
    authorId: pull.authorId,
    url: pull.url,
  });

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
        await bot.comment(write.issue, write.body);
        return undefined;
      case 'close':
        await bot.comment(write.number, write.comment);
        await bot.closePull(write.number);
        await bot.deleteBranch(write.branch);
        return undefined;
      case 'update': {
        const sha = await bot.commit(write);
        await bot.moveBranch(write.branch, sha);
        await bot.editPull(write.number, { title: write.title, body: write.body });
        return undefined;
      }
      case 'open': {
        const sha = await bot.commit(write);
        await bot.placeBranch(write.branch, sha);
        const number = await bot.openPull(write);
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
    ownAccountId: bot.selfId,
    defaultHead: () => bot.defaultHead(options.base, options.ref, 'The lifecycle proposes'),
    pullsFrom: async (branch) => (await bot.pullsFrom(branch, 'all')).map(asPull),
    async openPullsUnder(prefix) {
      return (await bot.openPullsUnder(prefix)).map((pull) => ({
        ...asPull(pull),
        branch: pull.branch,
      }));
    },
    async closedBy(number) {
      const { data } = await octokit.rest.issues.get({ owner, repo, issue_number: number });
      return data.closed_by?.id ?? null;
    },
    commitAuthorIds: bot.commitAuthorIds,
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
    branchHolder: bot.branchHolder,
    async comments(issue) {
      return (await bot.commentsOn(issue)).map(({ author, body }) => ({ author, body }));
    },
    apply,
  };
}
