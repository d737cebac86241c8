import type { Role } from '../core/people.js';
import { addAccountIds } from '../identify/edit.js';
import { languageOf, wordsIn, type Language, type Words } from '../i18n/findings/index.js';
import { text as markdownText } from '../report/markdown.js';
import { parseYamlMapping } from '../yaml/parse.js';
import {
  FORM_BRANCH_PREFIX,
  formBranch,
  type FormIssue,
  type FormPull,
  type IssueOpsHost,
} from './port.js';
import { readReport, type FormReport } from './report.js';

/**
 * One run of the issue forms' workflow (issue 24, items 3 and 5) after job 1's patch was checked
 * and applied: one pull request per issue on the bot's branch `tgr/issue-<n>`, opened or moved to
 * one new commit on the checked-out commit; one comment of the bot's on the issue; the issue
 * closed → its pull request closed. Who asks and who the issue's author is come from GitHub's
 * answers, never from the payload.
 */
export interface IssueOpsRun {
  issue: number;
  /** An `issues` event, or a `/retry` comment (its id, to fetch it as GitHub holds it). */
  trigger: { kind: 'issues' } | { kind: 'retry'; commentId: number };
  /** The report job 1 handed over; undefined when there is none (a closed issue). */
  report: unknown;
  /** A file of the workspace after the patch was applied; undefined when absent. */
  readFile(path: string): string | undefined;
  now: Date;
  /** The most form runs one author gets an hour, over all their issues. */
  maxRunsPerHour: number;
}

export type IssueOpsOutcome =
  | { outcome: 'ignored'; reason: string }
  | { outcome: 'closed' | 'errors' | 'limited' | 'duplicate' }
  | { outcome: 'foreign' | 'opened' | 'updated'; pull: number };

/** The hidden first line of the bot's comment on an issue, with the times of its form runs. */
const STICKY = '<!-- tgr-issue-ops';
const HOUR = 3600_000;
/** A form has a few dozen fields: more findings than this are not worth a longer comment. */
const MAX_LISTED = 50;

export async function runIssueOps(run: IssueOpsRun, host: IssueOpsHost): Promise<IssueOpsOutcome> {
  const found = await host.issue(run.issue);
  if (found === null || found.isPullRequest)
    return { outcome: 'ignored', reason: 'not an issue of this repository' };
  const issue = { ...found, ...authorOf(found) };
  const me = await host.ownAccountId();
  const branch = formBranch(issue.number);
  const ours = async () =>
    (await host.pullsFrom(branch)).filter((pull) => pull.authorId === me && pull.state === 'open');

  if (run.trigger.kind === 'retry') {
    const asked = await host.comment(issue.number, run.trigger.commentId);
    if (asked?.body.trim() !== '/retry' || asked.authorId === null)
      return { outcome: 'ignored', reason: 'the comment is not /retry' };
    const allowed =
      asked.authorId === issue.authorId ||
      (await host.isMaintainer(asked.authorLogin, asked.authorId));
    if (!allowed)
      return { outcome: 'ignored', reason: '/retry by neither the author nor a maintainer' };
  }

  if (issue.state === 'closed') {
    for (const pull of await ours()) await close(host, me, pull);
    return { outcome: 'closed' };
  }

  const report = readReport(run.report);
  // The form was read from the body in the event's payload: when the issue holds another body
  // now, a newer edit's run follows, and an older body never overwrites a newer one.
  if (report.bodySha256 !== found.bodySha256)
    return { outcome: 'ignored', reason: 'the issue was edited since; the newer edit runs next' };

  const comments = await host.comments(issue.number);
  let sticky = comments.find((each) => each.authorId === me && each.body.startsWith(STICKY));
  // An ordinary issue (no form, never answered) is none of this feature's business.
  if (!report.ok && report.form === null && sticky === undefined)
    return { outcome: 'ignored', reason: 'not a form' };

  const language = languageFor(report, run);
  const words = wordsIn(language);
  const runs = runsIn(sticky?.body ?? '', run.now);
  const counted = [...runs, run.now.toISOString()];
  const say = async (lines: readonly string[], times: readonly string[]) => {
    const body = [`${STICKY} ${times.join(' ')} -->`, ...lines].join('\n\n');
    await host.apply({ type: 'sticky', issue: issue.number, commentId: sticky?.id, body });
  };

  // The bound on form runs: every run of this author's issues in the last hour, counted in the
  // bot's own comments on them (a run over the limit is not counted). Checked before anything
  // else is read, so a run over it costs few calls.
  const since = new Date(run.now.getTime() - HOUR).toISOString();
  const theirs = new Set([
    issue.number,
    ...(issue.authorLogin === '' ? [] : await host.issuesBy(issue.authorLogin, since)),
  ]);
  let used = 0;
  for (const number of theirs) {
    if (used >= run.maxRunsPerHour) break;
    const stored =
      number === issue.number
        ? sticky
        : (await host.comments(number)).find(
            (each) => each.authorId === me && each.body.startsWith(STICKY),
          );
    used += runsIn(stored?.body ?? '', run.now).length;
  }
  if (used >= run.maxRunsPerHour) {
    const limited = words('issue-ops.sticky.limited', { limit: run.maxRunsPerHour });
    // Already said: nothing to write (its pull request was closed then).
    if (sticky !== undefined && textOf(sticky.body).startsWith(limited))
      return { outcome: 'limited' };
    const closed = await closeAll(host, me, await ours(), words);
    await say([limited, ...closed], runs);
    return { outcome: 'limited' };
  }

  const open = await ours();
  // The run is counted before anything else is written: a run that fails halfway still counts.
  const record = async () => {
    await say(sticky === undefined ? [] : [textOf(sticky.body)].filter(Boolean), counted);
    sticky ??= (await host.comments(issue.number)).find(
      (each) => each.authorId === me && each.body.startsWith(STICKY),
    );
  };

  if (!report.ok) {
    if (open.length > 0) await record();
    const closed = await closeAll(host, me, open, words);
    const listed = report.findings
      .filter((finding) => finding.message !== '')
      .slice(0, MAX_LISTED)
      .map((finding) => `- ${markdownText(finding.message)}`);
    await say(
      [words('issue-ops.sticky.errors'), listed.join('\n'), ...closed].filter(Boolean),
      counted,
    );
    return { outcome: 'errors' };
  }

  // One open form per author per group: another issue's open pull request says whose and which.
  const other =
    issue.authorId === null
      ? undefined
      : (await host.openPullsUnder(FORM_BRANCH_PREFIX)).find((pull) => {
          const mark = pullMark(pull);
          return (
            pull.authorId === me &&
            mark !== undefined &&
            mark.issue !== issue.number &&
            mark.author === issue.authorId &&
            mark.group === report.group
          );
        });
  if (other !== undefined) {
    if (open.length > 0) await record();
    const closed = await closeAll(host, me, open, words);
    await say(
      [
        words('issue-ops.sticky.duplicate', { other: pullMark(other)?.issue ?? other.number }),
        ...closed,
      ],
      counted,
    );
    return { outcome: 'duplicate' };
  }

  const content = run.readFile(report.path);
  if (content === undefined)
    throw new Error(`${report.path} is not in the workspace: was the patch applied?`);
  const existing = open[0];
  if (existing !== undefined) {
    const authors = await host.commitAuthorIds(existing.number);
    if (!authors.every((id) => id === me)) {
      await say([words('issue-ops.sticky.foreign', { pull: existing.number })], counted);
      return { outcome: 'foreign', pull: existing.number };
    }
  }
  await record();
  const files = [{ path: report.path, content: await withAccountIds(content, issue, host) }];
  const head = await host.defaultHead();
  const title = words('issue-ops.pull.title', { form: report.form, group: report.group });
  const body = [
    `Closes #${String(issue.number)}`,
    words('issue-ops.pull.summary', {
      action: report.action,
      path: `\`${report.path}\``,
      issue: issue.number,
    }),
    `<!-- tgr-issue-ops issue=${String(issue.number)} group=${report.group} author=${String(issue.authorId)} body=${found.bodySha256} -->`,
  ].join('\n\n');
  const commit = {
    branch,
    baseSha: head.sha,
    files,
    title,
    body,
    commitMessage: words('issue-ops.pull.commit', {
      form: report.form,
      issue: issue.number,
      path: report.path,
    }),
  };

  if (existing !== undefined) {
    await host.apply({ type: 'update', number: existing.number, ...commit });
    await say(
      [words('issue-ops.sticky.opened', { state: 'updated', pull: existing.number })],
      counted,
    );
    return { outcome: 'updated', pull: existing.number };
  }
  const number = await host.apply({ type: 'open', baseBranch: head.branch, ...commit });
  if (number === undefined) throw new Error('Opening the pull request gave no number.');
  await say([words('issue-ops.sticky.opened', { state: 'opened', pull: number })], counted);
  return { outcome: 'opened', pull: number };
}

/** GitHub's stand-in for a deleted account: nobody (it would merge every deleted author). */
const GHOST = { id: 10137, login: 'ghost' };

/** The issue's author as a person: an id only for a person's account, nobody for the ghost. */
function authorOf(issue: FormIssue): { authorId: number | null; authorLogin: string } {
  if (issue.authorId === GHOST.id || issue.authorLogin.toLowerCase() === GHOST.login)
    return { authorId: null, authorLogin: '' };
  return {
    authorId: issue.authorType === 'User' ? issue.authorId : null,
    authorLogin: issue.authorLogin,
  };
}

/** A sticky comment's text after its hidden first line. */
function textOf(body: string): string {
  const at = body.indexOf('\n');
  return at === -1 ? '' : body.slice(at).trim();
}

/** Closes each of the bot's open pull requests; the lines the comment says it with. */
async function closeAll(
  host: IssueOpsHost,
  me: number,
  pulls: readonly FormPull[],
  words: Words,
): Promise<string[]> {
  const closed: string[] = [];
  for (const pull of pulls) {
    if (await close(host, me, pull))
      closed.push(words('issue-ops.sticky.closed-earlier', { pull: pull.number }));
  }
  return closed;
}

/** Closes the bot's pull request; deletes its branch only when every commit on it is the bot's. */
async function close(host: IssueOpsHost, me: number, pull: FormPull): Promise<boolean> {
  const authors = await host.commitAuthorIds(pull.number);
  await host.apply({
    type: 'close',
    number: pull.number,
    branch: pull.branch,
    deleteBranch: authors.every((id) => id === me),
  });
  return true;
}

/** The times of form runs in the last hour a sticky comment records. */
function runsIn(body: string, now: Date): string[] {
  const first = body.split('\n', 1)[0] ?? '';
  if (!first.startsWith(STICKY)) return [];
  return [...first.matchAll(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g)]
    .map((match) => match[0])
    .filter((time) => {
      const age = now.getTime() - Date.parse(time);
      return age >= 0 && age < HOUR;
    });
}

/** The hidden line of the bot's pull request: its issue, group and the issue author's id. */
function pullMark(pull: FormPull): { issue: number; group: string; author: number } | undefined {
  const match = /<!-- tgr-issue-ops issue=(\d+) group=([a-z0-9-]+) author=(\d+)[ -]/.exec(
    pull.body,
  );
  if (match === null) return undefined;
  return { issue: Number(match[1]), group: match[2] ?? '', author: Number(match[3]) };
}

/**
 * The group's language, from its file in the workspace: as the form leaves it, or as it is for a
 * form with errors about an existing group (English when there is none).
 */
function languageFor(report: FormReport, run: IssueOpsRun): Language {
  const file = report.ok
    ? report.path
    : report.group === null
      ? undefined
      : `groups/${report.group}.yaml`;
  const text = file === undefined ? undefined : run.readFile(file);
  if (text === undefined) return 'en';
  const parsed = parseYamlMapping(text);
  return parsed.ok ? languageOf(parsed.data.language) : 'en';
}

const ROLES: readonly Role[] = ['leader', 'coLeader'];

/**
 * The `githubId` of each person the file names by login and not yet by id, from GitHub's
 * answers: the issue's author's from the issue as fetched, the others' by login. A login nobody
 * holds stays without an id, and the check says so.
 */
async function withAccountIds(
  text: string,
  issue: { authorId: number | null; authorLogin: string },
  host: IssueOpsHost,
): Promise<string> {
  const parsed = parseYamlMapping(text);
  if (!parsed.ok) return text;
  const wanted: Array<{ role: Role; login: string }> = [];
  for (const role of ROLES) {
    const person = parsed.data[role];
    if (typeof person !== 'object' || person === null) continue;
    const { github, githubId } = person as Record<string, unknown>;
    if (typeof github === 'string' && github !== '' && githubId === undefined)
      wanted.push({ role, login: github });
  }
  if (wanted.length === 0) return text;
  const author = issue.authorLogin.toLowerCase();
  const others = wanted.filter((each) => each.login.toLowerCase() !== author);
  const found =
    others.length > 0
      ? await host.accountIds(others.map((each) => each.login))
      : new Map<string, number | null>();
  const ids: Array<{ role: Role; githubId: number }> = [];
  for (const { role, login } of wanted) {
    const id =
      login.toLowerCase() === author ? issue.authorId : (found.get(login.toLowerCase()) ?? null);
    if (id !== null) ids.push({ role, githubId: id });
  }
  const edited = addAccountIds(text, ids);
  return edited.ok ? edited.text : text;
}
