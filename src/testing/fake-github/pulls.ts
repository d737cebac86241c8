import { type Context, type Reply, intParam, notFound, paginate } from './http.js';
import { pullFileJson, pullJson, reviewJson } from './shapes.js';
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
