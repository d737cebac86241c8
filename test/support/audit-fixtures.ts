import { parseMarker } from '../../src/audit/issue-text.js';
import { LABEL_OF_KIND } from '../../src/audit/kinds.js';
import { PROBLEM_KINDS, type ProblemKind } from '../../src/core/vocabulary.js';
import { VALID_GROUP, withField } from './check.js';
import {
  makeIssue,
  userId,
  type Account,
  type FakeGitHub,
  type Issue,
  type State,
} from '../fake-github/index.js';

/**
 * Group files and GitHub views for the audit's end-to-end tests. Every group built here has its
 * own slug, name, website, logins and Tech Community IDs, so `registry/duplicate` stays quiet and
 * each test sees only the problems it set up.
 */

export interface MeetupSpec {
  date: string;
  title: string;
  azure?: boolean;
  cancelled?: boolean;
}

export interface WaiverSpec {
  rule: string;
  until: string;
  reason?: string;
  approvedBy?: string;
}

export interface AuditGroupOptions {
  slug?: string;
  /** Written as a quoted YAML string, so any text goes. */
  name?: string;
  language?: string;
  status?: string;
  leader?: string;
  /** The co-leader's login; `null` leaves the whole `coLeader:` block out. */
  coLeader?: string | null;
  /**
   * The leaders' GitHub account ids; by default the id the fake gives an account seeded by that
   * login, so the file and GitHub agree. `null` leaves `githubId` out (a file not yet migrated).
   */
  leaderId?: number | null;
  coLeaderId?: number | null;
  meetups?: readonly MeetupSpec[];
  waivers?: readonly WaiverSpec[];
}

export interface AuditGroup {
  slug: string;
  /** The registry path, e.g. groups/group-3.yaml. */
  path: string;
  leader: string;
  coLeader: string | undefined;
  /** The leaders' logins, for the fake's `users`. */
  logins: string[];
  text: string;
}

/** VALID_GROUP's six Azure meetups: enough on 2026-11-22, and none leaves the window for 60 days. */
export const ENOUGH_MEETUPS: readonly MeetupSpec[] = [
  { date: '2026-01-29', title: 'Container Apps in practice' },
  { date: '2026-02-12', title: 'Bicep for beginners' },
  { date: '2026-04-16', title: 'Azure OpenAI on your own data' },
  { date: '2026-06-11', title: 'Functions flex consumption' },
  { date: '2026-08-27', title: 'Landing zones' },
  { date: '2026-10-22', title: 'AKS automatic' },
];

/**
 * Three Azure meetups held in the window, and three more that do not count: cancelled, not about
 * Azure, and planned for after 2026-11-22.
 */
export const TOO_FEW_MEETUPS: readonly MeetupSpec[] = [
  { date: '2026-06-11', title: 'Functions flex consumption' },
  { date: '2026-07-09', title: 'Summer session', cancelled: true },
  { date: '2026-08-27', title: 'Landing zones' },
  { date: '2026-09-17', title: 'Pizza and networking', azure: false },
  { date: '2026-10-22', title: 'AKS automatic' },
  { date: '2026-12-17', title: 'Year-end review' },
];

/** Six on 2026-11-22, but the oldest leaves the 12-month window on 2026-12-10. */
export const AT_RISK_MEETUPS: readonly MeetupSpec[] = [
  { date: '2025-12-10', title: 'Azure year in review' },
  { date: '2026-02-05', title: 'Cosmos DB deep dive' },
  { date: '2026-04-09', title: 'Azure Monitor and OpenTelemetry' },
  { date: '2026-06-04', title: 'AKS security baseline' },
  { date: '2026-08-06', title: 'Azure Static Web Apps' },
  { date: '2026-10-08', title: 'Building agents on Azure' },
];

function yamlString(value: string): string {
  return JSON.stringify(value);
}

function meetupsYaml(meetups: readonly MeetupSpec[]): string {
  if (meetups.length === 0) return ' []';
  return `\n${meetups
    .map((meetup) =>
      [
        `  - date: ${meetup.date}`,
        `    title: ${yamlString(meetup.title)}`,
        `    azure: ${String(meetup.azure ?? true)}`,
        ...(meetup.cancelled === true ? ['    cancelled: true'] : []),
      ].join('\n'),
    )
    .join('\n')}`;
}

function waiversYaml(waivers: readonly WaiverSpec[]): string {
  return `waivers:\n${waivers
    .map((waiver) =>
      [
        `  - rule: ${waiver.rule}`,
        `    reason: ${yamlString(waiver.reason ?? 'Venue lost; a new one is being found')}`,
        `    until: ${waiver.until}`,
        `    approvedBy: ${waiver.approvedBy ?? 'program-maintainer'}`,
      ].join('\n'),
    )
    .join('\n')}\n`;
}

const fixtureIds = new Map<string, number>();
const usedIds = new Set<number>();
let nextFixtureId = 300_000_001;

/**
 * The GitHub account id the fixtures give a login: the id the fake gives an account seeded by that
 * login (its hash), unless another login has that hash already (likely among thousands), then an
 * id of its own. The same login always gets the same id, so a file and GitHub agree as long as the
 * fake is seeded with `fixtureAccounts` (startAudit does).
 */
export function accountId(login: string): number {
  const key = login.toLowerCase();
  const known = fixtureIds.get(key);
  if (known !== undefined) return known;
  const hashed = userId(key);
  const id = usedIds.has(hashed) ? nextFixtureId++ : hashed;
  fixtureIds.set(key, id);
  usedIds.add(id);
  return id;
}

/** The fake's accounts for these logins, with the ids the fixtures write in the files. */
export function fixtureAccounts(logins: Iterable<string>): Account[] {
  const accounts = new Map<number, Account>();
  for (const login of logins)
    accounts.set(accountId(login), {
      id: accountId(login),
      login,
      type: 'User',
      created_at: '2020-01-01T00:00:00Z',
    });
  return [...accounts.values()];
}

/** Group number `n` of a registry: a complete file from VALID_GROUP with its own identity. */
export function auditGroup(n: number, options: AuditGroupOptions = {}): AuditGroup {
  const slug = options.slug ?? `group-${String(n)}`;
  const leader = options.leader ?? `lead-${String(n)}`;
  const coLeader =
    options.coLeader === null ? undefined : (options.coLeader ?? `colead-${String(n)}`);
  const idLine = (id: number | null | undefined, login: string): string =>
    id === null ? '' : `\n  githubId: ${String(id ?? accountId(login))}`;
  let text = VALID_GROUP.replace('github: annadevries', `github: ${yamlString(leader)}`)
    .replace('\n  githubId: 48213907', idLine(options.leaderId, leader))
    .replace('techCommunityId: 1234567', `techCommunityId: ${String(1_000_000 + 2 * n)}`)
    .replace('github: pjansen', `github: ${yamlString(coLeader ?? 'nobody')}`)
    .replace('\n  githubId: 61852340', idLine(options.coLeaderId, coLeader ?? 'nobody'))
    .replace('techCommunityId: 2345678', `techCommunityId: ${String(1_000_001 + 2 * n)}`)
    .replace('https://example-azure.org/code-of-conduct', `https://${slug}.example.org/conduct`)
    .replace('https://example-azure.org/', `https://${slug}.example.org/`);
  text = withField('slug', slug, text);
  text = withField(
    'name',
    yamlString(options.name ?? `Testville ${String(n)} Azure User Group`),
    text,
  );
  text = withField('language', options.language ?? 'en', text);
  text = withField('status', options.status ?? 'active', text);
  text = withField('meetups', meetupsYaml(options.meetups ?? ENOUGH_MEETUPS), text);
  if (options.coLeader === null) text = withField('coLeader', undefined, text);
  if (options.waivers !== undefined) text = `${text.trimEnd()}\n${waiversYaml(options.waivers)}`;
  return {
    slug,
    path: `groups/${slug}.yaml`,
    leader,
    coLeader,
    logins: coLeader === undefined ? [leader] : [leader, coLeader],
    text,
  };
}

/** An issue the audit manages, as the fake holds it, with the key its marker names. */
export interface AuditIssue {
  number: number;
  slug: string;
  kind: ProblemKind;
  since: string;
  /** The day the audit ended the issue's episode, when its marker says it did. */
  ended: string | undefined;
  state: Issue['state'];
  stateReason: Issue['state_reason'];
  title: string;
  body: string;
  labels: string[];
}

/** Every issue on the fake whose body carries the audit marker, by number. */
export function auditIssues(gh: FakeGitHub): AuditIssue[] {
  return gh.state.issues.flatMap((issue) => {
    const parsed = parseMarker(issue.body ?? '');
    if (issue.isPullRequest || parsed === undefined) return [];
    return [
      {
        number: issue.number,
        slug: parsed.slug,
        kind: parsed.kind,
        since: parsed.since,
        ended: parsed.ended,
        state: issue.state,
        stateReason: issue.state_reason,
        title: issue.title,
        body: issue.body ?? '',
        labels: [...(gh.state.issueLabels[issue.number] ?? [])].sort(),
      },
    ];
  });
}

/** `slug/kind` of every open audit issue, sorted; a key twice means a duplicate issue. */
export function openKeys(gh: FakeGitHub): string[] {
  return auditIssues(gh)
    .filter((issue) => issue.state === 'open')
    .map((issue) => `${issue.slug}/${issue.kind}`)
    .sort();
}

/** The comments on one issue, oldest first, without the hidden mark that ends a closing comment. */
export function commentsOn(gh: FakeGitHub, number: number): string[] {
  return rawCommentsOn(gh, number).map((body) =>
    body.replace(/\n\n<!-- tech-groups-registry:audit-resolved since=\d{4}-\d{2}-\d{2} -->$/, ''),
  );
}

/** The comments on one issue, oldest first, exactly as posted. */
export function rawCommentsOn(gh: FakeGitHub, number: number): string[] {
  return gh.state.comments
    .filter((comment) => comment.issue_number === number)
    .sort((a, b) => a.id - b.id)
    .map((comment) => comment.body);
}

/**
 * An issue seeded on the fake with the audit's marker and labels, created by `user`: the audit's
 * own account (`github-actions[bot]`) for an issue it wrote earlier, or a person copying it.
 */
export function markedIssue(input: {
  number: number;
  key: string;
  since: string;
  user: string;
  state?: Issue['state'];
  ended?: string;
  title?: string;
}): { issue: Issue; labels: string[] } {
  const [slug = '', kind = ''] = input.key.split('/');
  const end = input.ended === undefined ? '' : ` ended=${input.ended}`;
  return {
    issue: makeIssue({
      number: input.number,
      title: input.title ?? `[${slug}] ${kind}`,
      body: `<!-- tech-groups-registry:audit group=${slug} problem=${kind} since=${input.since}${end} -->\n\nCopied text.`,
      user: input.user,
      state: input.state ?? 'open',
      created_at: `2026-10-${String(10 + input.number).padStart(2, '0')}T06:17:00Z`,
    }),
    labels: ['audit', ...PROBLEM_KINDS.filter((k) => k === kind).map((k) => LABEL_OF_KIND[k])],
  };
}

/** A fake GitHub seed holding these issues with their labels. */
export function seedOf(marked: ReadonlyArray<{ issue: Issue; labels: string[] }>): Partial<State> {
  const names = [...new Set(marked.flatMap(({ labels }) => labels))];
  return {
    issues: marked.map(({ issue }) => issue),
    labels: names.map((name, i) => ({ id: i + 1, name, color: 'ededed', description: null })),
    issueLabels: Object.fromEntries(marked.map(({ issue, labels }) => [issue.number, labels])),
  };
}

/**
 * Closes an issue the way a person does on GitHub, or a merged pull request saying "Fixes #N":
 * the state changes, and nothing else about the issue does.
 */
export function closeAsPerson(
  gh: FakeGitHub,
  number: number,
  reason: 'completed' | 'not_planned',
): void {
  const issue = gh.state.issues.find((candidate) => candidate.number === number);
  if (issue === undefined) throw new Error(`no issue #${String(number)}`);
  issue.state = 'closed';
  issue.state_reason = reason;
  issue.closed_at = new Date().toISOString();
  issue.updated_at = issue.closed_at;
}
