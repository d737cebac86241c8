import type { IssueComment } from '../../src/audit/plan.js';
import type {
  ProposalFile,
  ProposalHost,
  ProposalPull,
  ProposalWrite,
} from '../../src/lifecycle/proposal-port.js';
import { AUDIT_ACCOUNT, type MemoryAuditHost } from './memory-audit-host.js';

/** A commit: its files (path to text), and the account GitHub links its author to. */
interface Commit {
  sha: string;
  files: Map<string, string>;
  author: number | null;
}

/** A pull request as the memory host keeps it. */
export interface MemoryPull {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  merged: boolean;
  /** `fork` for a pull request from a fork's branch of the same name. */
  headRepo: 'this' | 'fork';
  branch: string;
  baseBranch: string;
  /** The commits on the pull request, oldest first: the last is the head. */
  commits: string[];
  authorId: number | null;
  labels: string[];
  closedBy: number | null;
  comments: IssueComment[];
}

/**
 * An in-memory ProposalHost: one repository with commits, branches, pull requests (also from
 * forks), who closed each, commit authors, labels, and the audit issues' comments (on the
 * MemoryAuditHost given, the same repository's issues). Writes behave as GitHub's would: a
 * second open pull request from one head is refused, an update puts ONE new commit on the base
 * and moves the branch by force, a close comments, closes as the bot and deletes the branch, a
 * label that exists cannot be created again. Every write is recorded in `applied`; people act
 * through `closeAs`, `merge`, `pushAs` and `openAs`.
 */
export class MemoryProposalHost implements ProposalHost {
  readonly pulls: MemoryPull[] = [];
  readonly labels = new Set<string>();
  readonly branches = new Map<string, string>();
  readonly applied: ProposalWrite[] = [];
  /** Every read, by kind, so a test can see what a run asked. */
  readonly reads: string[] = [];
  /** Fail the write with this (1-based) index, as a lost write after all retries would. */
  failAt: number | undefined;
  readonly defaultBranch = 'main';
  private readonly commits = new Map<string, Commit>();
  private next = 1;
  private nextNumber = 500;

  constructor(
    readonly audit: MemoryAuditHost,
    files: Record<string, string> = {},
    readonly self: number = AUDIT_ACCOUNT,
  ) {
    this.branches.set(this.defaultBranch, this.commit(new Map(Object.entries(files)), 1).sha);
  }

  /** A new commit with these files, authored by `author`. */
  private commit(files: Map<string, string>, author: number | null): Commit {
    const sha = `c${String(this.next++).padStart(39, '0')}`;
    const commit = { sha, files, author };
    this.commits.set(sha, commit);
    return commit;
  }

  /** The default branch moves on (someone merged something): a new head commit with `files`. */
  advance(files: Record<string, string | null>): string {
    const head = this.get(this.branches.get(this.defaultBranch) ?? '');
    const commit = this.commit(applyFiles(head.files, files), 1);
    this.branches.set(this.defaultBranch, commit.sha);
    return commit.sha;
  }

  pull(number: number): MemoryPull {
    const found = this.pulls.find((pull) => pull.number === number);
    if (found === undefined) throw new Error(`no pull request #${String(number)}`);
    return found;
  }

  /** The text a branch's head holds at `path` (undefined: no such branch; null: no such file). */
  fileOn(branch: string, path: string): string | null | undefined {
    const sha = this.branches.get(branch);
    return sha === undefined ? undefined : (this.get(sha).files.get(path) ?? null);
  }

  /** A person closes a pull request without merging it. */
  closeAs(number: number, person: number): void {
    Object.assign(this.pull(number), { state: 'closed', closedBy: person });
  }

  /** A person merges a pull request: the default branch takes its head's files. */
  merge(number: number, person: number): void {
    const pull = this.pull(number);
    Object.assign(pull, { state: 'closed', merged: true, closedBy: person });
    const head = this.get(pull.commits.at(-1) ?? '');
    const commit = this.commit(new Map(head.files), person);
    this.branches.set(this.defaultBranch, commit.sha);
  }

  /** A person pushes a commit onto a pull request's branch. */
  pushAs(number: number, person: number | null, files: Record<string, string | null>): void {
    const pull = this.pull(number);
    const head = this.get(pull.commits.at(-1) ?? '');
    const commit = this.commit(applyFiles(head.files, files), person);
    pull.commits.push(commit.sha);
    if (pull.headRepo === 'this') this.branches.set(pull.branch, commit.sha);
  }

  /** A person opens a pull request (from a branch here, or from a fork's branch of that name). */
  openAs(input: {
    author: number;
    branch: string;
    body: string;
    headRepo?: 'this' | 'fork';
    state?: 'open' | 'closed';
    closedBy?: number;
  }): MemoryPull {
    const base = this.get(this.branches.get(this.defaultBranch) ?? '');
    const commit = this.commit(new Map(base.files), input.author);
    const headRepo = input.headRepo ?? 'this';
    if (headRepo === 'this') this.branches.set(input.branch, commit.sha);
    const pull: MemoryPull = {
      number: this.nextNumber++,
      title: 'A pull request',
      body: input.body,
      state: input.state ?? 'open',
      merged: false,
      headRepo,
      branch: input.branch,
      baseBranch: this.defaultBranch,
      commits: [commit.sha],
      authorId: input.author,
      labels: [],
      closedBy: input.closedBy ?? null,
      comments: [],
    };
    this.pulls.push(pull);
    return pull;
  }

  private get(sha: string): Commit {
    const commit = this.commits.get(sha);
    if (commit === undefined) throw new Error(`no commit ${sha}`);
    return commit;
  }

  private view(pull: MemoryPull): ProposalPull {
    return {
      number: pull.number,
      state: pull.state,
      merged: pull.merged,
      headSha: pull.commits.at(-1) ?? '',
      body: pull.body,
      authorId: pull.authorId,
      url: `https://github.test/registry/pull/${String(pull.number)}`,
    };
  }

  ownAccountId(): Promise<number> {
    this.reads.push('ownAccountId');
    return Promise.resolve(this.self);
  }

  defaultHead(): Promise<{ branch: string; sha: string }> {
    this.reads.push('defaultHead');
    return Promise.resolve({
      branch: this.defaultBranch,
      sha: this.branches.get(this.defaultBranch) ?? '',
    });
  }

  pullsFrom(branch: string): Promise<ProposalPull[]> {
    this.reads.push(`pullsFrom ${branch}`);
    return Promise.resolve(
      this.pulls
        .filter((pull) => pull.headRepo === 'this' && pull.branch === branch)
        .map((pull) => this.view(pull)),
    );
  }

  openPullsUnder(prefix: string): Promise<Array<ProposalPull & { branch: string }>> {
    this.reads.push(`openPullsUnder ${prefix}`);
    return Promise.resolve(
      this.pulls
        .filter(
          (pull) =>
            pull.state === 'open' && pull.headRepo === 'this' && pull.branch.startsWith(prefix),
        )
        .map((pull) => ({ ...this.view(pull), branch: pull.branch })),
    );
  }

  closedBy(number: number): Promise<number | null> {
    this.reads.push(`closedBy ${String(number)}`);
    return Promise.resolve(this.pull(number).closedBy);
  }

  commitAuthorIds(number: number): Promise<Array<number | null>> {
    this.reads.push(`commitAuthorIds ${String(number)}`);
    return Promise.resolve(this.pull(number).commits.map((sha) => this.get(sha).author));
  }

  fileAt(sha: string, path: string): Promise<string | null> {
    this.reads.push(`fileAt ${path}`);
    return Promise.resolve(this.get(sha).files.get(path) ?? null);
  }

  branchHolder(branch: string): Promise<'absent' | 'own' | 'other'> {
    this.reads.push(`branchHolder ${branch}`);
    const sha = this.branches.get(branch);
    if (sha === undefined) return Promise.resolve('absent');
    return Promise.resolve(this.get(sha).author === this.self ? 'own' : 'other');
  }

  /** A person pushes a commit to a branch of their own (no pull request), from the default head. */
  pushBranch(branch: string, author: number | null, files: Record<string, string>): string {
    const base = this.get(this.branches.get(branch) ?? this.branches.get(this.defaultBranch) ?? '');
    const next = new Map(base.files);
    for (const [path, text] of Object.entries(files)) next.set(path, text);
    const commit = this.commit(next, author);
    this.branches.set(branch, commit.sha);
    return commit.sha;
  }

  hasLabel(name: string): Promise<boolean> {
    this.reads.push(`hasLabel ${name}`);
    return Promise.resolve(this.labels.has(name));
  }

  comments(issue: number): Promise<IssueComment[]> {
    this.reads.push(`comments ${String(issue)}`);
    return Promise.resolve(this.issueComments(issue).map((comment) => ({ ...comment })));
  }

  private issueComments(number: number): IssueComment[] {
    const issue = this.audit.issues.find((candidate) => candidate.number === number);
    if (issue === undefined) throw new Error(`no issue #${String(number)}`);
    return issue.comments;
  }

  apply(write: ProposalWrite): Promise<number | undefined> {
    if (this.failAt === this.applied.length + 1)
      return Promise.reject(new Error('Server Error: the write was lost'));
    this.applied.push(write);
    try {
      return Promise.resolve(this.write(write));
    } catch (error: unknown) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private write(write: ProposalWrite): number | undefined {
    switch (write.type) {
      case 'create-labels':
        for (const label of write.labels) {
          if (this.labels.has(label)) throw new Error(`Validation Failed: label ${label} exists`);
          this.labels.add(label);
        }
        return undefined;
      case 'comment':
        this.issueComments(write.issue).push({ author: this.self, body: write.body });
        return undefined;
      case 'close': {
        const pull = this.pull(write.number);
        if (pull.state !== 'open') throw new Error('Validation Failed: the pull request is closed');
        pull.comments.push({ author: this.self, body: write.comment });
        Object.assign(pull, { state: 'closed', closedBy: this.self });
        if (!this.branches.delete(write.branch)) throw new Error('Reference does not exist');
        return undefined;
      }
      case 'update': {
        const pull = this.pull(write.number);
        if (pull.state !== 'open' || pull.branch !== write.branch || pull.headRepo !== 'this')
          throw new Error('Validation Failed: not an open pull request from that branch');
        const commit = this.commit(
          applyProposal(this.get(write.baseSha).files, write.files),
          this.self,
        );
        this.branches.set(write.branch, commit.sha);
        pull.commits = [commit.sha];
        Object.assign(pull, { title: write.title, body: write.body });
        return undefined;
      }
      case 'open': {
        if (
          this.pulls.some(
            (pull) =>
              pull.state === 'open' && pull.headRepo === 'this' && pull.branch === write.branch,
          )
        )
          throw new Error(`Validation Failed: A pull request already exists for ${write.branch}`);
        // As the GitHub adapter: a branch someone else pushed is never moved.
        const left = this.branches.get(write.branch);
        if (left !== undefined && this.get(left).author !== this.self)
          throw new Error(`The branch ${write.branch} holds a commit the bot did not make`);
        const commit = this.commit(
          applyProposal(this.get(write.baseSha).files, write.files),
          this.self,
        );
        this.branches.set(write.branch, commit.sha);
        // Adding a label that does not exist makes it, as GitHub's issue labels endpoint does.
        for (const label of write.labels) this.labels.add(label);
        const pull: MemoryPull = {
          number: this.nextNumber++,
          title: write.title,
          body: write.body,
          state: 'open',
          merged: false,
          headRepo: 'this',
          branch: write.branch,
          baseBranch: write.baseBranch,
          commits: [commit.sha],
          authorId: this.self,
          labels: [...write.labels],
          closedBy: null,
          comments: [],
        };
        this.pulls.push(pull);
        return pull.number;
      }
    }
  }
}

function applyFiles(
  files: ReadonlyMap<string, string>,
  changes: Record<string, string | null>,
): Map<string, string> {
  return applyProposal(
    files,
    Object.entries(changes).map(([path, content]) => ({ path, content })),
  );
}

function applyProposal(
  files: ReadonlyMap<string, string>,
  changes: readonly ProposalFile[],
): Map<string, string> {
  const next = new Map(files);
  for (const { path, content } of changes) {
    if (content === null) next.delete(path);
    else next.set(path, content);
  }
  return next;
}
