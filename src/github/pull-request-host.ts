import type { ChangedFile } from '../pr/changes.js';
import { CHECK_RUN_NAME } from '../pr/plan.js';
import type { PullRequestHost, PullRequestInfo, TreeEntry } from '../pr/port.js';
import type { RegistryOctokit } from './octokit.js';

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
  user: { login: string } | null;
  head: { sha: string };
  base: { ref: string };
  changed_files?: number;
}

function pullInfo(data: PullJson): PullRequestInfo {
  return {
    number: data.number,
    author: (data.user?.login ?? '').toLowerCase(),
    headSha: data.head.sha,
    baseRef: data.base.ref,
    state: data.state === 'open' ? 'open' : 'closed',
    // Only the single-pull-request answer counts files; a listing never needs it.
    changedFiles: data.changed_files ?? 0,
  };
}

/** The REST adapter: every call the pull-request check makes, built on the one Octokit. */
export function gitHubPullRequestHost(
  octokit: RegistryOctokit,
  { owner, repo }: Repo,
): PullRequestHost {
  const maintainers = new Map<string, boolean>();
  return {
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
      const runs = await octokit.paginate(octokit.rest.checks.listForRef, {
        owner,
        repo,
        ref: commitSha,
        check_name: CHECK_RUN_NAME,
        filter: 'all',
        per_page: 100,
      });
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
        updatedAt: comment.updated_at,
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
        commitId: review.commit_id ?? undefined,
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
              external_id: action.check.externalId,
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
