import { type Context, type Reply, intParam, notFound, paginate } from './http.js';
import { pullFileJson, pullJson, pullSimpleJson, reviewJson } from './shapes.js';
import type { PullRequest } from './state.js';

/** GitHub lists at most 3000 files of a pull request. */
const FILES_MAX = 3000;

function pullOf(context: Context): PullRequest | undefined {
  const number = intParam(context, 'pull_number');
  return context.state.pulls.find((p) => p.number === number);
}

export function getPull(context: Context): Reply {
  const pull = pullOf(context);
  return pull === undefined
    ? notFound()
    : { status: 200, body: pullJson(context.state, context.api, pull) };
}

export function listPullFiles(context: Context): Reply {
  const pull = pullOf(context);
  if (pull === undefined) return notFound();
  return paginate(
    context,
    pull.files.map((file) => pullFileJson(context.state, context.api, pull, file)),
    FILES_MAX,
  );
}

export function listReviews(context: Context): Reply {
  const pull = pullOf(context);
  if (pull === undefined) return notFound();
  const reviews = context.state.reviews
    .filter((review) => review.pull_number === pull.number)
    .sort((a, b) => Date.parse(a.submitted_at) - Date.parse(b.submitted_at) || a.id - b.id);
  return paginate(
    context,
    reviews.map((review) => reviewJson(context.state, context.api, review)),
  );
}

const DAY = 24 * 60 * 60 * 1000;
/** `long-running` counts a month as 30 days. */
const MONTH = 30 * DAY;

/**
 * Pull requests by state, head (`owner:ref`, the owner of the head repository) and base, sorted
 * as documented: `long-running` keeps those open for more than a month with activity in the
 * last one, by creation date; the direction defaults to desc for `created`, else asc.
 */
export function listPulls(context: Context): Reply {
  const { state, query } = context;
  const head = query.get('head');
  const wantedHead = head === null ? null : /^([^:]*):(.*)$/.exec(head);
  // GitHub documents only user:ref-name; what it does with a bare name is not known here.
  if (head !== null && wantedHead === null)
    return context.reject(`the fake cannot judge head=${head}: GitHub documents user:ref-name`);
  const wanted = query.get('state') ?? 'open';
  const base = query.get('base');
  const sort = query.get('sort') ?? 'created';
  const descending = (query.get('direction') ?? (sort === 'created' ? 'desc' : 'asc')) === 'desc';
  const now = Date.parse(context.now());
  const comments = (pull: PullRequest): number =>
    state.comments.filter((c) => c.issue_number === pull.number).length;
  const key = (pull: PullRequest): number =>
    sort === 'popularity'
      ? comments(pull)
      : Date.parse(sort === 'updated' ? pull.updated_at : pull.created_at);
  const listed = state.pulls
    .filter((pull) => wanted === 'all' || pull.state === wanted)
    .filter((pull) => base === null || pull.base.ref === base)
    .filter((pull) => {
      if (wantedHead === null) return true;
      const [owner = ''] = pull.head.repoFullName.split('/');
      return (
        owner.toLowerCase() === wantedHead[1]?.toLowerCase() && pull.head.ref === wantedHead[2]
      );
    })
    .filter(
      (pull) =>
        sort !== 'long-running' ||
        (now - Date.parse(pull.created_at) > MONTH && now - Date.parse(pull.updated_at) <= MONTH),
    )
    .sort((a, b) => (key(a) - key(b) || a.number - b.number) * (descending ? -1 : 1));
  return paginate(
    context,
    listed.map((pull) => pullSimpleJson(state, context.api, pull)),
  );
}
