import type { ChangedFile } from '../pr/changes.js';
import type { PrAction } from '../pr/plan.js';
import { CHECK_RUN_NAME } from '../pr/plan.js';
import type { RegistryOctokit } from './octokit.js';

export interface Repo {
  owner: string;
  repo: string;
}

export interface PullRequestInfo {
  number: number;
  author: string;
  headSha: string;
  baseRef: string;
  state: string;
}

export interface IssueComment {
  id: number;
  body: string;
  author: string;
  authorIsBot: boolean;
}

export interface Review {
  author: string;
  state: string;
}

/** The pull-request check's view of GitHub: what it reads, and how it writes a plan. */
export interface PullRequestGitHub {
  pullRequest(number: number): Promise<PullRequestInfo>;
  changedFiles(number: number): Promise<Array<ChangedFile & { sha: string | undefined }>>;
  blob(sha: string): Promise<Uint8Array>;
  isMaintainer(login: string): Promise<boolean>;
  comments(number: number): Promise<IssueComment[]>;
  reviews(number: number): Promise<Review[]>;
  labels(number: number): Promise<Set<string>>;
  repoLabels(): Promise<Set<string>>;
  apply(number: number, actions: readonly PrAction[]): Promise<void>;
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

/** The REST adapter: every call the pull-request check makes, built on the one Octokit. */
export function pullRequestGitHub(
  octokit: RegistryOctokit,
  { owner, repo }: Repo,
): PullRequestGitHub {
  const maintainers = new Map<string, boolean>();
  return {
    async pullRequest(number) {
      const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
      return {
        number: data.number,
        author: data.user.login.toLowerCase(),
        headSha: data.head.sha,
        baseRef: data.base.ref,
        state: data.state,
      };
    },

    async changedFiles(number) {
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
        owner,
        repo,
        pull_number: number,
        per_page: 100,
      });
      return files.map((file) => ({
        path: file.filename,
        status: FILE_STATUS[file.status] ?? 'modified',
        ...(file.previous_filename === undefined ? {} : { previousPath: file.previous_filename }),
        sha: file.status === 'removed' ? undefined : (file.sha ?? undefined),
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
        if (!(error instanceof Error && 'status' in error && error.status === 404)) throw error;
      }
      maintainers.set(key, result);
      return result;
    },

    async comments(number) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: number,
        per_page: 100,
      });
      return comments.map((comment) => ({
        id: comment.id,
        body: comment.body ?? '',
        author: (comment.user?.login ?? '').toLowerCase(),
        authorIsBot: comment.user?.type === 'Bot',
      }));
    },

    async reviews(number) {
      const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
        owner,
        repo,
        pull_number: number,
        per_page: 100,
      });
      return reviews.map((review) => ({
        author: (review.user?.login ?? '').toLowerCase(),
        state: review.state,
      }));
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
        switch (action.type) {
          case 'create-label':
            await octokit.rest.issues.createLabel({
              owner,
              repo,
              name: action.name,
              color: action.color,
              description: action.description,
            });
            break;
          case 'add-labels':
            await octokit.rest.issues.addLabels({
              owner,
              repo,
              issue_number: number,
              labels: action.labels,
            });
            break;
          case 'remove-label':
            await octokit.rest.issues.removeLabel({
              owner,
              repo,
              issue_number: number,
              name: action.label,
            });
            break;
          case 'create-comment':
            await octokit.rest.issues.createComment({
              owner,
              repo,
              issue_number: number,
              body: action.body,
            });
            break;
          case 'update-comment':
            await octokit.rest.issues.updateComment({
              owner,
              repo,
              comment_id: action.id,
              body: action.body,
            });
            break;
          case 'create-check-run': {
            const { data } = await octokit.rest.checks.create({
              owner,
              repo,
              name: CHECK_RUN_NAME,
              head_sha: action.check.headSha,
              status: 'completed',
              conclusion: action.check.conclusion,
              output: {
                title: action.check.title,
                summary: action.check.summary,
                annotations: action.annotations,
              },
            });
            checkRun = { id: data.id, title: action.check.title, summary: action.check.summary };
            break;
          }
          case 'add-annotations':
            if (checkRun === undefined)
              throw new Error('annotations planned before their check run');
            await octokit.rest.checks.update({
              owner,
              repo,
              check_run_id: checkRun.id,
              output: {
                title: checkRun.title,
                summary: checkRun.summary,
                annotations: action.annotations,
              },
            });
            break;
        }
      }
    },
  };
}
