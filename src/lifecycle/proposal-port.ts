import type { IssueComment } from '../audit/plan.js';
import type { LifecycleAction } from './decide.js';

/**
 * What the lifecycle's pull requests need from the code host. The lifecycle owns this port; the
 * GitHub adapter implements it over the REST API, and the tests implement it in memory
 * (test/support/memory-proposal-host.ts). Every decision is made by `planProposals` on what
 * these reads return; `apply` only carries one planned write out.
 *
 * People are compared by numeric account id only (never a login): what the bot's own account
 * made is the bot's, everything else is somebody else's and is never overwritten.
 */
export interface ProposalHost {
  /** The numeric id of the account the bot writes as (the one that opens the pull requests). */
  ownAccountId(): Promise<number>;
  /** The default branch and the commit it points to now: every proposal is one commit on it. */
  defaultHead(): Promise<{ branch: string; sha: string }>;
  /**
   * Every pull request, open or closed, whose head is `branch` IN THIS repository (a fork's
   * branch of the same name is never listed), newest first or in any order.
   */
  pullsFrom(branch: string): Promise<ProposalPull[]>;
  /**
   * Every OPEN pull request whose head branch IN THIS repository starts with `prefix`
   * (`tgr/lifecycle/`), with its branch: how a proposal for a group that is no longer decided
   * (or whose file is gone) is found, in one listing rather than one query per group.
   */
  openPullsUnder(prefix: string): Promise<Array<ProposalPull & { branch: string }>>;
  /** The numeric id of the account that closed a pull request; null when unknown or deleted. */
  closedBy(number: number): Promise<number | null>;
  /**
   * The author account id of each commit on a pull request, in order; null for a commit GitHub
   * links to no account (an unknown e-mail address): that is not the bot's either.
   */
  commitAuthorIds(number: number): Promise<Array<number | null>>;
  /**
   * A file's text at a commit, decoded as UTF-8 with a byte-order mark kept (as the proposal's
   * `content` carries it); null when the commit holds no such file.
   */
  fileAt(sha: string, path: string): Promise<string | null>;
  /**
   * Who holds a branch of this repository: `absent` when there is none, `own` when its head commit
   * is the bot's own (by account id), `other` when anyone else made it. A branch someone else
   * pushed is never moved or deleted.
   */
  branchHolder(branch: string): Promise<'absent' | 'own' | 'other'>;
  /** Whether the repository has a label of this name (exact). */
  hasLabel(name: string): Promise<boolean>;
  /** The comments on one issue, oldest first (the audit's shape). */
  comments(issue: number): Promise<IssueComment[]>;
  /**
   * Carries out one write. `open` returns the new pull request's number; the others return
   * undefined. Throws when the write failed (the run stops there; the next run re-plans).
   */
  apply(write: ProposalWrite): Promise<number | undefined>;
}

/** A pull request as `pullsFrom` lists it. */
export interface ProposalPull {
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  /** The commit the pull request's head points to. */
  headSha: string;
  /** The body as it is now (a person may have edited it; only the bot's own count). */
  body: string;
  /** The numeric id of the account that opened it; null when GitHub names none. */
  authorId: number | null;
  url: string;
}

/** The labels the lifecycle's pull requests carry, one per action. */
export const PROPOSAL_LABELS: Readonly<Record<LifecycleAction, ProposalLabel>> = {
  inactivate: 'lifecycle: inactivate',
  reactivate: 'lifecycle: reactivate',
  remove: 'lifecycle: remove',
};

export type ProposalLabel = 'lifecycle: inactivate' | 'lifecycle: reactivate' | 'lifecycle: remove';

/** One file of a proposal's commit: its new text, or null to delete it. */
export interface ProposalFile {
  path: string;
  content: string | null;
}

/** The branch a group's proposals live on, in this repository. */
export function proposalBranch(slug: string): string {
  return `tgr/lifecycle/${slug}`;
}

/** One commit on `base` with `files` changed, as a proposal's branch holds it. */
export interface ProposalCommit {
  /** `tgr/lifecycle/<slug>`. */
  branch: string;
  /** The default branch's name (the pull request's base) and the commit the new one sits on. */
  baseBranch: string;
  baseSha: string;
  files: ProposalFile[];
  commitMessage: string;
}

/**
 * The writes, in the order the orchestrator applies them:
 * - `create-labels`: creates each named label (only those missing are named);
 * - `close`: posts `comment` on the pull request, closes it, then deletes its branch;
 * - `update`: force-moves the bot's branch to ONE new commit on `baseSha` with `files`, then
 *   sets the pull request's title and body (the labels stay as they are);
 * - `open`: creates the branch (or force-moves a leftover branch of that name that no open pull
 *   request uses) to one new commit on `baseSha`, opens the pull request from it into
 *   `baseBranch`, and adds `labels`; returns its number;
 * - `comment`: one comment on an issue (the audit issue an inactivation follows from).
 */
export type ProposalWrite =
  | { type: 'create-labels'; labels: ProposalLabel[] }
  | { type: 'close'; number: number; branch: string; comment: string }
  | ({ type: 'update'; number: number; title: string; body: string } & ProposalCommit)
  | ({ type: 'open'; title: string; body: string; labels: ProposalLabel[] } & ProposalCommit)
  | { type: 'comment'; issue: number; body: string };
