import { createCheckRun, listCheckRunsForRef, updateCheckRun } from './checks.js';
import type { Handler } from './http.js';
import {
  createComment,
  createIssue,
  deleteComment,
  getIssue,
  listComments,
  listIssues,
  updateComment,
  updateIssue,
} from './issues.js';
import {
  addLabels,
  createLabel,
  listIssueLabels,
  listRepoLabels,
  removeLabel,
  setLabels,
} from './labels.js';
import { getPull, listPullFiles, listPulls, listReviews } from './pulls.js';
import {
  getBlob,
  getContent,
  getPermission,
  getRateLimit,
  getTree,
  getUser,
  getUserById,
} from './repo.js';

/** Handlers by operationId; every operation in rest-operations.json has one (a test checks). */
export const ROUTES: Readonly<Record<string, Handler>> = {
  'pulls/list': listPulls,
  'pulls/get': getPull,
  'pulls/list-files': listPullFiles,
  'pulls/list-reviews': listReviews,
  'repos/get-content': getContent,
  'git/get-blob': getBlob,
  'git/get-tree': getTree,
  'repos/get-collaborator-permission-level': getPermission,
  'issues/list-for-repo': listIssues,
  'issues/create': createIssue,
  'issues/get': getIssue,
  'issues/update': updateIssue,
  'issues/list-comments': listComments,
  'issues/create-comment': createComment,
  'issues/update-comment': updateComment,
  'issues/delete-comment': deleteComment,
  'issues/list-labels-on-issue': listIssueLabels,
  'issues/add-labels': addLabels,
  'issues/set-labels': setLabels,
  'issues/remove-label': removeLabel,
  'issues/list-labels-for-repo': listRepoLabels,
  'issues/create-label': createLabel,
  'checks/create': createCheckRun,
  'checks/update': updateCheckRun,
  'checks/list-for-ref': listCheckRunsForRef,
  'rate-limit/get': getRateLimit,
  'users/get-by-username': getUser,
  'users/get-by-id': getUserById,
};
