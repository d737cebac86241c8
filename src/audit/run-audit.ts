import path from 'node:path';
import type { PlainDate } from '../core/dates.js';
import { GITHUB_LOGIN } from '../core/names.js';
import type { Policy } from '../core/policy.js';
import { evaluate } from '../evaluate/evaluate.js';
import type { RegistryDisk } from '../load/port.js';
import { GROUPS_DIR, readRegistry } from '../load/registry.js';
import {
  parseMarker,
  renderDuplicate,
  renderIssue,
  renderResolution,
  type TextContext,
} from './issue-text.js';
import type { AuditHost } from './port.js';
import { auditStages, type Stage } from './stages.js';
import {
  auditEndedEpisode,
  episodeChecks,
  notTheAudits,
  planAudit,
  withinBudget,
  type AuditAction,
  type ExistingIssue,
} from './plan.js';
import type { AccountCheck, PersonRef } from './accounts.js';
import {
  findProblems,
  snapshotGroups,
  withAccounts,
  type GroupSnapshot,
  type AuditProblem,
} from './problems.js';
import type { Role } from '../core/people.js';

/**
 * The registry holds no group file: a wrong checkout or a wrong folder, never a registry whose
 * problems are all solved. Planning against it would close every open audit issue, so the audit
 * stops here, and this is the one place that guards it (tgr audit and the Action alike).
 */
export class EmptyRegistryError extends Error {
  override name = 'EmptyRegistryError';
  constructor(readonly folder: string) {
    super(
      `nothing to audit: the registry's ${GROUPS_DIR}/ folder (${folder}) holds no group file (.yaml), and an audit of no groups would close every audit issue. Check out the registry (or run from inside it) before running the audit.`,
    );
  }
}

export interface AuditOptions {
  root: string;
  /** The registry's files (the disk, from the entry point). */
  disk: RegistryDisk;
  today: PlainDate;
  policy: Policy;
  /** Plan only: print what would be done, write nothing. */
  dryRun: boolean;
  /** Most writes this run may make; what does not fit is left for the next run. */
  maxWrites: number;
  fileUrl: TextContext['fileUrl'];
  rulePages: TextContext['rulePages'];
}

export interface AuditOutcome {
  groups: GroupSnapshot[];
  problems: AuditProblem[];
  existing: ExistingIssue[];
  /** The account whose issues are the audit's, when it was asked (some issue had the marker). */
  account: number | undefined;
  /** Issues with the audit's marker that its account did not create: left alone. */
  notTheAudits: number[];
  planned: AuditAction[];
  done: AuditAction[];
  deferred: AuditAction[];
  /** Whether GitHub accounts were looked up (not without a connection). */
  accountsChecked: boolean;
  /**
   * Leaders of active groups whose file gives no account id, and their groups: known by login
   * only, so a renamed or recycled account cannot be told apart. Said once, in the summary.
   */
  notMigrated: { people: number; groups: number };
  /** Why applying stopped early, when a write failed even after its retries. */
  failure: string | undefined;
  /** Each group's stage (same order as `groups`), as the issues stand after this run's actions. */
  stages: Stage[];
}

/**
 * The scheduled compliance audit: the whole registry as of `today`, one issue per live problem,
 * reconciled with the issues that exist. `host` is undefined for a local dry run without a
 * token: then it plans against no existing issues and checks no accounts.
 */
export async function runAudit(
  options: AuditOptions,
  host: AuditHost | undefined,
): Promise<AuditOutcome> {
  const files = await readRegistry(options.disk, options.root);
  // An empty registry is a wrong checkout or a wrong folder, never a registry whose problems
  // are all solved: planning against it would close every open audit issue.
  if (files.length === 0) throw new EmptyRegistryError(path.join(options.root, GROUPS_DIR));
  const results = evaluate(files, { today: options.today, policy: options.policy });
  let groups = snapshotGroups(results, options.today, options.policy);

  if (host) groups = await checkLeaderAccounts(groups, host);

  const problems = findProblems(groups);
  const existing = host ? await host.auditIssues() : [];
  // Who the audit is matters only once some issue carries its marker: one query, asked lazily.
  const self =
    host && existing.some((issue) => parseMarker(issue.body) !== undefined)
      ? await host.ownAccountId()
      : undefined;
  // A closed issue about to be reopened without an end mark: its comments say whether the audit
  // closed it (before end marks existed) or someone else did. One read each, on that run only.
  const endedByAudit = new Set<number>();
  if (host && self !== undefined) {
    for (const { number, since } of episodeChecks({ problems, existing, self })) {
      if (auditEndedEpisode(await host.comments(number), self, since)) endedByAudit.add(number);
    }
  }
  const bySlug = new Map(groups.map((group) => [group.slug, group]));
  const context: TextContext = {
    policy: options.policy,
    fileUrl: options.fileUrl,
    rulePages: options.rulePages,
  };
  const planned = planAudit({
    today: options.today,
    problems,
    groups: bySlug,
    existing,
    self,
    endedByAudit,
    render: (problem, since) => renderIssue(problem, since, context),
    resolve: (key, resolution, group) => renderResolution(key.kind, resolution, group),
    duplicate: (number, group) => renderDuplicate(number, group?.language),
  });

  const stagesAfter = (actions: readonly AuditAction[]): Stage[] =>
    auditStages({
      groups,
      problems,
      existing,
      actions,
      self,
      policy: options.policy,
      today: options.today,
    });

  if (options.dryRun || !host) {
    return {
      groups,
      problems,
      existing,
      account: self,
      notTheAudits: notTheAudits(existing, self),
      planned,
      done: [],
      deferred: [],
      accountsChecked: host !== undefined,
      notMigrated: notMigrated(groups),
      failure: undefined,
      // Without a connection nothing is opened: nobody is told.
      stages: stagesAfter(host ? planned : []),
    };
  }
  const { now, later } = withinBudget(planned, options.maxWrites);
  const done: AuditAction[] = [];
  let failure: string | undefined;
  for (const action of now) {
    try {
      await host.apply(action);
      done.push(action);
    } catch (error: unknown) {
      // Stop here: the next run re-plans from what GitHub then shows, so nothing is lost.
      failure = error instanceof Error ? error.message : String(error);
      break;
    }
  }
  const deferred = [...now.slice(done.length), ...later];
  return {
    groups,
    problems,
    existing,
    account: self,
    notTheAudits: notTheAudits(existing, self),
    planned,
    done,
    deferred,
    accountsChecked: true,
    notMigrated: notMigrated(groups),
    failure,
    stages: stagesAfter(done),
  };
}

/**
 * The groups with what GitHub says of their active leaders' accounts (see `withAccounts`): every
 * login GitHub could have, in one list; the answers come back in the same order. Shared with
 * tgr lifecycle, which counts problems the way the audit does.
 */
export async function checkLeaderAccounts(
  groups: readonly GroupSnapshot[],
  host: Pick<AuditHost, 'accounts'>,
): Promise<GroupSnapshot[]> {
  // Groups are told apart by place (two may share a slug).
  const asked = groups.flatMap((group, at) =>
    group.status !== 'active'
      ? []
      : (['leader', 'coLeader'] as const).flatMap((role) => {
          const login = group.leaders[role];
          const person: PersonRef = {
            login: login ?? '',
            githubId: group.people[role]?.githubId,
          };
          return login !== undefined && GITHUB_LOGIN.test(login) ? [{ at, role, person }] : [];
        }),
  );
  const checks = await host.accounts(asked.map(({ person }) => person));
  const found = new Map<number, Partial<Record<Role, AccountCheck>>>();
  asked.forEach(({ at, role }, index) => {
    const check = checks[index];
    if (check !== undefined) found.set(at, { ...found.get(at), [role]: check });
  });
  return groups.map((group, at) => {
    const accounts = found.get(at);
    return accounts === undefined ? group : withAccounts(group, accounts);
  });
}

/** Leaders of active groups named by login without an account id, and how many groups. */
function notMigrated(groups: readonly GroupSnapshot[]): AuditOutcome['notMigrated'] {
  let people = 0;
  let withSome = 0;
  for (const group of groups) {
    if (group.status !== 'active') continue;
    const count = (['leader', 'coLeader'] as const).filter(
      (role) => group.leaders[role] !== undefined && group.people[role]?.githubId === undefined,
    ).length;
    people += count;
    if (count > 0) withSome++;
  }
  return { people, groups: withSome };
}
