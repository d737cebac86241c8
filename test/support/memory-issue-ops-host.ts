import type {
  FormIssue,
  FormPull,
  IssueOpsHost,
  IssueOpsWrite,
  StoredComment,
} from '../../src/issue-ops/port.js';

export const BOT = 41898282;

/**
 * The issue forms' port in memory: issues, comments, the bot's pull requests and people, as a
 * test sets them; every write recorded in `writes` and carried out on the state.
 */
export function memoryIssueOpsHost(
  seed: {
    issues?: FormIssue[];
    comments?: Record<number, StoredComment[]>;
    pulls?: FormPull[];
    /** Pull request number → its commits' author ids (default: the bot's one commit). */
    commits?: Record<number, Array<number | null>>;
    /** Lower-cased login → account id. */
    people?: Record<string, number>;
    maintainers?: number[];
    /** Issue numbers by lower-cased login of their author, changed in the last hour. */
    recent?: Record<string, number[]>;
  } = {},
) {
  const issues = seed.issues ?? [];
  const comments = seed.comments ?? {};
  const pulls = seed.pulls ?? [];
  const commits = seed.commits ?? {};
  const people = seed.people ?? {};
  const writes: IssueOpsWrite[] = [];
  let next = 1000;
  const host: IssueOpsHost = {
    ownAccountId: () => Promise.resolve(BOT),
    issue: (number) => Promise.resolve(issues.find((each) => each.number === number) ?? null),
    comment: (issue, id) => {
      const found = (comments[issue] ?? []).find((each) => each.id === id);
      const login =
        Object.entries(people).find(([, person]) => person === found?.authorId)?.[0] ?? '';
      return Promise.resolve(
        found === undefined
          ? null
          : { authorId: found.authorId, authorLogin: login, body: found.body },
      );
    },
    isMaintainer: (login, id) =>
      Promise.resolve(people[login.toLowerCase()] === id && (seed.maintainers ?? []).includes(id)),
    accountIds: (logins) =>
      Promise.resolve(
        new Map(logins.map((login) => [login.toLowerCase(), people[login.toLowerCase()] ?? null])),
      ),
    defaultHead: () => Promise.resolve({ branch: 'main', sha: 'base'.padEnd(40, '0') }),
    pullsFrom: (branch) => Promise.resolve(pulls.filter((pull) => pull.branch === branch)),
    openPullsUnder: (prefix) =>
      Promise.resolve(
        pulls.filter((pull) => pull.branch.startsWith(prefix) && pull.state === 'open'),
      ),
    commitAuthorIds: (number) => Promise.resolve(commits[number] ?? [BOT]),
    comments: (issue) => Promise.resolve(comments[issue] ?? []),
    issuesBy: (login) => Promise.resolve(seed.recent?.[login.toLowerCase()] ?? []),
    apply(write) {
      writes.push(write);
      switch (write.type) {
        case 'open': {
          const number = next++;
          pulls.push({
            number,
            state: 'open',
            headSha: `head-${String(number)}`,
            body: write.body,
            authorId: BOT,
            branch: write.branch,
          });
          return Promise.resolve(number);
        }
        case 'update':
          return Promise.resolve(undefined);
        case 'close': {
          const pull = pulls.find((each) => each.number === write.number);
          if (pull !== undefined) pull.state = 'closed';
          return Promise.resolve(undefined);
        }
        case 'sticky': {
          const list = (comments[write.issue] ??= []);
          const found = list.find((each) => each.id === write.commentId);
          if (found !== undefined) found.body = write.body;
          else list.push({ id: next++, authorId: BOT, body: write.body });
          return Promise.resolve(undefined);
        }
      }
    },
  };
  return { host, writes, pulls, comments };
}
