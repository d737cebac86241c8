import { createHash } from 'node:crypto';
import type { ChangedFile } from '../../src/pr/changes.js';
import type { PrAction } from '../../src/pr/plan.js';
import type { GitHubAccount } from '../../src/core/accounts.js';
import { userId } from '../fake-github/state.js';
import type {
  CommentsPage,
  CommitAuthors,
  IssueComment,
  IssueEdit,
  IssueInfo,
  PullRequestHost,
  PullRequestInfo,
  RecordedCheck,
  Review,
  TreeEntry,
} from '../../src/pr/port.js';

/** A commit's files under groups/: path → text, or an entry with another git mode. */
export type MemoryTree = Record<string, string | { mode: string; content: string }>;

export interface MemoryPull extends Omit<
  PullRequestInfo,
  'authorId' | 'authorIsUser' | 'headRef' | 'headInBase' | 'body'
> {
  files: ChangedFile[];
  /** Its description (default none). */
  body?: string;
  /** Its commits' author account ids, oldest first (default: one by its author). */
  commitIds?: Array<number | undefined>;
  /** The head repository's owner and branch (the base repository's owner is `owner`). */
  from: { owner: string; branch: string };
}

const sha = (text: string): string => createHash('sha1').update(text).digest('hex');

/**
 * The pull-request check's port, in memory: what it reads is plain data a test sets up, and
 * every write is applied to that data (so a second run sees the first run's comment and check)
 * and recorded, with every read, for assertions.
 */
export class MemoryPrHost implements PullRequestHost {
  /** The base repository's owner: a pull request from another owner's branch is a fork's. */
  owner = 'azure-tech-groups';
  pulls: MemoryPull[] = [];
  /** Issues by number, as GitHub's REST answer gives them, and who last edited each body. */
  issues = new Map<number, IssueInfo>();
  edits = new Map<number, IssueEdit>();
  trees: Record<string, MemoryTree> = {};
  issueComments: IssueComment[] = [];
  allReviews: Array<Omit<Review, 'authorId' | 'authorIsUser'> & { pullNumber: number }> = [];
  maintainers = new Set<string>(['maintainer']);
  checks: Array<RecordedCheck & { headSha: string; conclusion: string; title: string }> = [];
  /** The account this host writes as: `github-actions[bot]`, with GitHub's id for it. */
  botId = 41898282;
  /**
   * Accounts by lower-cased login: each login's account id, as GitHub would answer. A login not
   * listed is given a fresh id on first use; `null` means no account has the login.
   */
  people = new Map<string, number | null>();
  issueLabels = new Set<string>();
  repoLabelNames = new Set<string>();
  /** Every call, as `method argument`. */
  calls: string[] = [];
  applied: PrAction[] = [];
  /** Runs before each `pullRequest` answer: lets a test push a commit in the middle of a run. */
  beforePullRequest: ((call: number) => void) | undefined;
  private nextId = 1000;
  private pullCalls = 0;

  private pull(number: number): MemoryPull {
    const found = this.pulls.find((pull) => pull.number === number);
    if (found === undefined) throw new Error(`no pull request #${String(number)}`);
    return found;
  }

  /** The account id of a login: as listed in `people`, else the fake GitHub's for that login. */
  idOf(login: string): number | undefined {
    const key = login.toLowerCase();
    if (!this.people.has(key)) this.people.set(key, userId(key));
    return this.people.get(key) ?? undefined;
  }

  /** Takes every `github:` login and its `githubId:` in these files as GitHub's truth. */
  knowPeopleIn(tree: MemoryTree): void {
    for (const entry of Object.values(tree)) {
      const text = typeof entry === 'string' ? entry : entry.content;
      for (const match of text.matchAll(/github: (\S+)\n\s+githubId: (\d+)/g))
        if (!this.people.has((match[1] ?? '').toLowerCase()))
          this.people.set((match[1] ?? '').toLowerCase(), Number(match[2]));
    }
  }

  pullRequest(number: number): Promise<PullRequestInfo> {
    this.calls.push(`pullRequest ${String(number)}`);
    this.beforePullRequest?.(++this.pullCalls);
    return this.info(this.pull(number));
  }

  /** A pull request as GitHub's answer shows it: its author with their account id. */
  private info(pull: MemoryPull): Promise<PullRequestInfo> {
    const { number: found, author, headSha, baseRef, state, changedFiles, from } = pull;
    const authorId = this.idOf(author);
    return Promise.resolve({
      number: found,
      author,
      authorId,
      authorIsUser: authorId !== undefined && !author.endsWith('[bot]'),
      headSha,
      headRef: from.branch,
      headInBase: from.owner === this.owner,
      baseRef,
      state,
      changedFiles,
      body: pull.body ?? '',
    });
  }

  commitAuthors(number: number): Promise<CommitAuthors> {
    this.calls.push(`commitAuthors ${String(number)}`);
    const pull = this.pull(number);
    return Promise.resolve({
      ids: pull.commitIds ?? [this.idOf(pull.author)],
      complete: true,
      head: pull.headSha,
    });
  }

  issue(number: number): Promise<IssueInfo | undefined> {
    this.calls.push(`issue ${String(number)}`);
    return Promise.resolve(this.issues.get(number));
  }

  issueEdit(number: number): Promise<IssueEdit> {
    this.calls.push(`issueEdit ${String(number)}`);
    return Promise.resolve(this.edits.get(number) ?? { edited: false, editor: undefined });
  }

  accounts(logins: readonly string[]): Promise<Map<string, GitHubAccount | null>> {
    this.calls.push(`accounts ${logins.join(',')}`);
    const found = new Map<string, GitHubAccount | null>();
    for (const login of logins) {
      const id = this.idOf(login);
      found.set(login.toLowerCase(), id === undefined ? null : { id, login, type: 'User' });
    }
    return Promise.resolve(found);
  }

  openPullRequestsFrom(head: { owner: string; branch: string }): Promise<PullRequestInfo[]> {
    this.calls.push(`openPullRequestsFrom ${head.owner}:${head.branch}`);
    return Promise.all(
      this.pulls
        .filter(
          (pull) =>
            pull.state === 'open' &&
            pull.from.owner === head.owner &&
            pull.from.branch === head.branch,
        )
        .map((pull) => this.info(pull)),
    );
  }

  /** Pulls in the order the test lists them: the first is the most recently updated. */
  recentPullRequestsInto(base: string, limit: number): Promise<PullRequestInfo[]> {
    this.calls.push(`recentPullRequestsInto ${base} ${String(limit)}`);
    return Promise.all(
      this.pulls
        .filter((pull) => pull.state === 'open' && pull.baseRef === base)
        .slice(0, limit)
        .map((pull) => this.info(pull)),
    );
  }

  changedFiles(number: number): Promise<ChangedFile[]> {
    this.calls.push(`changedFiles ${String(number)}`);
    return Promise.resolve(this.pull(number).files.slice(0, 3000));
  }

  groupTree(commitSha: string) {
    this.calls.push(`groupTree ${commitSha}`);
    const tree = this.trees[commitSha];
    if (tree === undefined) throw new Error(`no commit ${commitSha}`);
    const entries = new Map<string, TreeEntry>();
    for (const [path, entry] of Object.entries(tree)) {
      const { mode, content } =
        typeof entry === 'string' ? { mode: '100644', content: entry } : entry;
      entries.set(path, { path, mode, sha: sha(content) });
    }
    return Promise.resolve({ entries, truncated: false });
  }

  blob(blobSha: string): Promise<Uint8Array> {
    this.calls.push(`blob ${blobSha}`);
    for (const tree of Object.values(this.trees))
      for (const entry of Object.values(tree)) {
        const content = typeof entry === 'string' ? entry : entry.content;
        if (sha(content) === blobSha) return Promise.resolve(Buffer.from(content, 'utf8'));
      }
    return Promise.reject(new Error(`no blob ${blobSha}`));
  }

  isMaintainer(login: string): Promise<boolean> {
    return Promise.resolve(this.maintainers.has(login.toLowerCase()));
  }

  comments(): Promise<IssueComment[]> {
    this.calls.push('comments');
    return Promise.resolve(this.issueComments.map((comment) => ({ ...comment })));
  }

  firstComments(): Promise<CommentsPage> {
    this.calls.push('firstComments');
    const comments = this.issueComments.slice(0, 100).map((comment) => ({ ...comment }));
    return Promise.resolve({ comments, complete: this.issueComments.length < 100 });
  }

  ownAccountId(): Promise<number> {
    this.calls.push('ownAccountId');
    return Promise.resolve(this.botId);
  }

  reviews(number: number): Promise<Review[]> {
    return Promise.resolve(
      this.allReviews
        .filter((review) => review.pullNumber === number)
        .map((review) => ({ ...review, authorId: this.idOf(review.author), authorIsUser: true })),
    );
  }

  checksOn(commitSha: string): Promise<RecordedCheck[]> {
    this.calls.push(`checksOn ${commitSha}`);
    return Promise.resolve(
      this.checks
        .filter((check) => check.headSha === commitSha)
        .map(({ id, externalId }) => ({ id, externalId })),
    );
  }

  labels(): Promise<Set<string>> {
    return Promise.resolve(new Set(this.issueLabels));
  }

  repoLabels(): Promise<Set<string>> {
    return Promise.resolve(new Set(this.repoLabelNames));
  }

  apply(_number: number, actions: readonly PrAction[]): Promise<void> {
    for (const action of actions) {
      this.applied.push(action);
      switch (action.type) {
        case 'create-label':
          this.repoLabelNames.add(action.name);
          break;
        case 'add-labels':
          for (const label of action.labels) this.issueLabels.add(label);
          break;
        case 'remove-label':
          this.issueLabels.delete(action.label);
          break;
        case 'create-comment':
          this.issueComments.push({
            id: this.nextId++,
            body: action.body,
            author: 'github-actions[bot]',
            authorId: this.botId,
            authorIsBot: true,
            authorIsUser: false,
            updatedAt: new Date().toISOString(),
          });
          break;
        case 'update-comment': {
          const comment = this.issueComments.find((c) => c.id === action.id);
          if (comment === undefined) throw new Error('no such comment');
          comment.body = action.body;
          break;
        }
        case 'delete-comment':
          this.issueComments = this.issueComments.filter((c) => c.id !== action.id);
          break;
        case 'create-check-run':
          this.checks.push({
            id: this.nextId++,
            externalId: action.check.externalId,
            headSha: action.check.headSha,
            conclusion: action.check.conclusion,
            title: action.check.title,
          });
          break;
        case 'update-check-run': {
          const check = this.checks.find((c) => c.id === action.id);
          if (check === undefined) throw new Error('no such check run');
          Object.assign(check, {
            externalId: action.check.externalId,
            conclusion: action.check.conclusion,
            title: action.check.title,
          });
          break;
        }
        case 'add-annotations': {
          const check = this.checks.at(-1);
          if (check !== undefined && action.externalId !== undefined)
            check.externalId = action.externalId;
          break;
        }
      }
    }
    return Promise.resolve();
  }
}
