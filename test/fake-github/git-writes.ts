/**
 * Git database writes a bot makes to open its own pull requests: blobs, trees, commits and
 * branch refs. A request GitHub would refuse for its form (a malformed ref, content with a sha)
 * is a violation; one it refuses for the repository's state (a ref that exists, a sha it does not
 * have, a push that is not a fast forward) is answered as GitHub does, without one: callers must
 * handle those.
 */
import { type FileMode, type FileModes, SUBMODULE, blobSha, gitTree, listTree } from './git.js';
import { type Context, type Reply, DOCS, WEB, field, notFound, text } from './http.js';
import {
  ancestors,
  branchExists,
  commitFiles,
  commitOf,
  dropBranch,
  personOf,
  setBranch,
  treeFiles,
  writeCommit,
} from './commits.js';
import { repoJson, userJson } from './shapes.js';
import {
  type Commit,
  type FileTree,
  type GitPerson,
  type State,
  accountById,
  ensureAccount,
  headSha,
} from './state.js';

const SHA = /^[0-9a-f]{40}$/;

/** GitHub's 422 for a request it understood but will not do in this repository's state. */
export function unprocessable(message: string): Reply {
  return { status: 422, body: { message, documentation_url: DOCS, status: '422' } };
}

function apiRepo(context: Context): string {
  const { owner, repo } = context.state.repository;
  return `${context.api}/repos/${owner}/${repo}`;
}

/** GET /repos/{owner}/{repo}: the one repository the fake serves. */
export function getRepository(context: Context): Reply {
  const { state } = context;
  const { owner, repo } = state.repository;
  return {
    status: 200,
    body: {
      ...repoJson(state, context.api),
      description: null,
      homepage: null,
      archived: false,
      disabled: false,
      has_issues: true,
      has_projects: false,
      has_wiki: false,
      has_pages: false,
      has_discussions: false,
      allow_forking: true,
      is_template: false,
      topics: [],
      forks_count: 0,
      stargazers_count: 0,
      watchers_count: 0,
      open_issues_count: state.issues.filter((i) => i.state === 'open').length,
      size: 0,
      language: 'TypeScript',
      created_at: '2024-01-01T00:00:00Z',
      updated_at: '2024-01-01T00:00:00Z',
      pushed_at: '2024-01-01T00:00:00Z',
      clone_url: `${WEB}/${owner}/${repo}.git`,
      git_url: `git://github.com/${owner}/${repo}.git`,
      ssh_url: `git@github.com:${owner}/${repo}.git`,
      svn_url: `${WEB}/${owner}/${repo}`,
      mirror_url: null,
      permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    },
  };
}

/**
 * A branch from a ref as the refs endpoints take it: `refs/heads/x` in create-ref's body,
 * `heads/x` in the other endpoints' paths (GitHub does not find `refs/heads/x` there).
 */
function branchOf(ref: string, qualified: boolean): string | undefined {
  const found = (qualified ? /^refs\/heads\/(.+)$/ : /^heads\/(.+)$/).exec(ref);
  return found?.[1];
}

function refJson(context: Context, branch: string): Record<string, unknown> {
  const sha = headSha(context.state, branch);
  const ref = `refs/heads/${branch}`;
  return {
    ref,
    node_id: Buffer.from(`03:Ref${ref}`).toString('base64'),
    url: `${apiRepo(context)}/git/${ref}`,
    object: { type: 'commit', sha, url: `${apiRepo(context)}/git/commits/${sha}` },
  };
}

/** Only branches: the fake has no tags or other refs, so it cannot judge a request for them. */
function refBranch(context: Context, ref: string, qualified = false): string | Reply {
  const branch = branchOf(ref, qualified);
  if (branch !== undefined) return branch;
  return context.reject(
    `the fake serves branch refs only, as ${qualified ? 'refs/heads/…' : 'heads/… (no refs/)'}, not ${ref}`,
  );
}

export function getRef(context: Context): Reply {
  const branch = refBranch(context, context.params.ref ?? '');
  if (typeof branch !== 'string') return branch;
  return branchExists(context.state, branch)
    ? { status: 200, body: refJson(context, branch) }
    : notFound();
}

export function createRef(context: Context): Reply {
  const { state, body } = context;
  const ref = text(body, 'ref') ?? '';
  const sha = text(body, 'sha') ?? '';
  // GitHub's rule: the full name, starting with refs and holding at least two slashes.
  if (!/^refs\/[^/]+\/.+/.test(ref))
    return context.reject(`ref ${ref} must be fully qualified (refs/heads/…)`);
  const branch = refBranch(context, ref, true);
  if (typeof branch !== 'string') return branch;
  if (!SHA.test(sha)) return context.reject('sha must be a 40-character commit sha');
  if (branchExists(state, branch)) return unprocessable('Reference already exists');
  if (commitFiles(state, sha) === undefined) return unprocessable('Object does not exist');
  setBranch(state, branch, sha, context.now());
  return { status: 201, body: refJson(context, branch) };
}

export function updateRef(context: Context): Reply {
  const { state, body } = context;
  const branch = refBranch(context, context.params.ref ?? '');
  if (typeof branch !== 'string') return branch;
  const sha = text(body, 'sha') ?? '';
  if (!SHA.test(sha)) return context.reject('sha must be a 40-character commit sha');
  if (!branchExists(state, branch)) return unprocessable('Reference does not exist');
  if (commitFiles(state, sha) === undefined) return unprocessable('Object does not exist');
  const force = field(body, 'force') === true;
  if (!force && !ancestors(state, sha).has(headSha(state, branch)))
    return unprocessable('Update is not a fast forward');
  setBranch(state, branch, sha, context.now());
  return { status: 200, body: refJson(context, branch) };
}

export function deleteRef(context: Context): Reply {
  const { state } = context;
  const branch = refBranch(context, context.params.ref ?? '');
  if (typeof branch !== 'string') return branch;
  if (!branchExists(state, branch)) return unprocessable('Reference does not exist');
  if (branch === state.repository.defaultBranch)
    return unprocessable('Cannot delete the default branch');
  dropBranch(state, branch, ensureAccount(state, state.authenticatedLogin), context.now());
  return { status: 204 };
}

export function createBlob(context: Context): Reply {
  const { state, body } = context;
  const content = text(body, 'content') ?? '';
  const encoding = text(body, 'encoding') ?? 'utf-8';
  let decoded: string;
  if (encoding === 'utf-8' || encoding === 'utf8') decoded = content;
  else if (encoding === 'base64') {
    if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(content))
      return context.reject('content is not valid base64');
    const bytes = Buffer.from(content, 'base64');
    decoded = bytes.toString('utf8');
    // The fake keeps files as text: binary content it cannot hold.
    if (!Buffer.from(decoded, 'utf8').equals(bytes))
      return context.reject('the fake holds text files only: this base64 is not UTF-8');
  } else return context.reject(`encoding must be utf-8 or base64, not ${encoding}`);
  const sha = blobSha(decoded);
  state.blobs[sha] = decoded;
  return { status: 201, body: { url: `${apiRepo(context)}/git/blobs/${sha}`, sha } };
}

/** A blob's text by sha: a created blob, or one in any tree the repository has. */
function blobText(state: State, sha: string): string | undefined {
  const created = state.blobs[sha];
  if (created !== undefined) return created;
  for (const [key, files] of Object.entries(state.files))
    for (const [path, content] of Object.entries(files))
      if (state.modes[key]?.[path] !== SUBMODULE && blobSha(content) === sha) return content;
  return undefined;
}

const MODES: Record<string, 'blob' | 'tree' | 'commit'> = {
  '100644': 'blob',
  '100755': 'blob',
  '120000': 'blob',
  '040000': 'tree',
  '160000': 'commit',
};

type TreeEdit =
  { path: string; remove: true } | { path: string; remove: false; text: string; mode: FileMode };

/** One tree entry of a create-tree body, or why GitHub would refuse it. */
function treeEdit(
  state: State,
  item: unknown,
  index: number,
): TreeEdit | { problem: string; missing?: true } {
  const where = `tree[${String(index)}]`;
  const path = text(item, 'path');
  const mode = text(item, 'mode');
  const type = text(item, 'type');
  const sha = field(item, 'sha');
  const content = text(item, 'content');
  if (path === undefined || path === '' || path.startsWith('/') || path.endsWith('/'))
    return { problem: `${where}: a path relative to the tree's root is required` };
  if (mode === undefined || type === undefined)
    return { problem: `${where}: mode and type are required` };
  if (MODES[mode] !== type) return { problem: `${where}: mode ${mode} is not a ${type}` };
  if (content !== undefined && sha !== undefined)
    return { problem: `${where}: give either sha or content, not both` };
  if (content === undefined && sha === undefined)
    return { problem: `${where}: give sha or content` };
  if (sha === null) return { path, remove: true };
  if (type === 'tree')
    return { problem: `${where}: the fake cannot judge a subtree by sha or content` };
  if (type === 'commit') {
    if (typeof sha !== 'string' || !SHA.test(sha))
      return { problem: `${where}: a submodule entry needs the commit's sha` };
    return { path, remove: false, text: sha, mode: SUBMODULE };
  }
  const fileMode = mode as FileMode;
  if (content !== undefined) return { path, remove: false, text: content, mode: fileMode };
  if (typeof sha !== 'string' || !SHA.test(sha))
    return { problem: `${where}: sha must be a 40-character blob sha` };
  const found = blobText(state, sha);
  // GitHub answers 422 for a blob it does not have.
  if (found === undefined) return { problem: `${where}: no blob ${sha}`, missing: true };
  return { path, remove: false, text: found, mode: fileMode };
}

export function createTree(context: Context): Reply {
  const { state, body } = context;
  const baseSha = text(body, 'base_tree');
  let files: FileTree = {};
  let modes: FileModes = {};
  if (baseSha !== undefined) {
    const base = treeFiles(state, baseSha);
    if (base === undefined) {
      if (commitOf(state, baseSha) !== undefined)
        // GitHub once took a commit here and stopped; its contract says a tree.
        return context.reject(`base_tree ${baseSha} is a commit: give its tree's sha`);
      return unprocessable('base_tree is not a valid tree oid');
    }
    files = { ...base.files };
    modes = { ...base.modes };
  }
  const items = field(body, 'tree');
  const edits = (Array.isArray(items) ? items : []).map((item, index) =>
    treeEdit(state, item, index),
  );
  for (const edit of edits) {
    if ('problem' in edit) {
      if (edit.missing === true) return unprocessable(`Invalid tree info: ${edit.problem}`);
      return context.reject(edit.problem);
    }
    if (edit.remove) {
      const inside = `${edit.path}/`;
      const gone = Object.keys(files).filter((p) => p === edit.path || p.startsWith(inside));
      for (const path of gone) {
        Reflect.deleteProperty(files, path);
        Reflect.deleteProperty(modes, path);
      }
    } else {
      files[edit.path] = edit.text;
      if (edit.mode === '100644') Reflect.deleteProperty(modes, edit.path);
      else modes[edit.path] = edit.mode;
    }
  }
  const tree = gitTree(files, modes);
  state.trees[tree.sha] = { files, modes };
  const git = `${apiRepo(context)}/git`;
  return {
    status: 201,
    body: {
      sha: tree.sha,
      url: `${git}/trees/${tree.sha}`,
      tree: listTree(tree, false).map((entry) =>
        entry.type === 'commit' ? entry : { ...entry, url: `${git}/${entry.type}s/${entry.sha}` },
      ),
      truncated: false,
    },
  };
}

function personInput(value: unknown, fallback: GitPerson): GitPerson {
  const name = text(value, 'name');
  const email = text(value, 'email');
  if (name === undefined || email === undefined) return fallback;
  return { name, email, date: text(value, 'date') ?? fallback.date };
}

export function createCommit(context: Context): Reply {
  const { state, body } = context;
  const treeSha = text(body, 'tree') ?? '';
  const parentsField = field(body, 'parents');
  const parents = Array.isArray(parentsField)
    ? parentsField.filter((p): p is string => typeof p === 'string')
    : [];
  if (field(body, 'signature') !== undefined)
    return context.reject('the fake cannot judge a commit signature');
  const tree = treeFiles(state, treeSha);
  if (tree === undefined) return unprocessable('Tree SHA does not exist');
  for (const parent of parents)
    if (commitOf(state, parent) === undefined)
      return unprocessable('Parent SHA does not exist or is not a commit object');
  // The API writes as the token's account unless told otherwise.
  const now = context.now();
  const token = personOf(ensureAccount(state, state.authenticatedLogin), now);
  const author = personInput(field(body, 'author'), token);
  const committer = personInput(field(body, 'committer'), author === token ? token : author);
  const message = text(body, 'message') ?? '';
  const commit = writeCommit(state, {
    ...tree,
    parents,
    message,
    author,
    committer,
  });
  return { status: 201, body: gitCommitJson(context, commit) };
}

export function getCommit(context: Context): Reply {
  const sha = context.params.commit_sha ?? '';
  const commit = SHA.test(sha) ? commitOf(context.state, sha) : undefined;
  return commit === undefined ? notFound() : { status: 200, body: gitCommitJson(context, commit) };
}

const UNVERIFIED = { verified: false, reason: 'unsigned', signature: null, payload: null };

/** A commit as the git database API shows it. */
export function gitCommitJson(context: Context, commit: Commit): Record<string, unknown> {
  const git = `${apiRepo(context)}/git`;
  const { owner, repo } = context.state.repository;
  return {
    sha: commit.sha,
    node_id: Buffer.from(`06:Commit${commit.sha}`).toString('base64'),
    url: `${git}/commits/${commit.sha}`,
    html_url: `${WEB}/${owner}/${repo}/commit/${commit.sha}`,
    author: commit.author,
    committer: commit.committer,
    message: commit.message,
    tree: { sha: commit.tree, url: `${git}/trees/${commit.tree}` },
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${git}/commits/${sha}`,
      html_url: `${WEB}/${owner}/${repo}/commit/${sha}`,
    })),
    verification: UNVERIFIED,
  };
}

/** A commit as pulls/list-commits shows it: with the GitHub accounts its people link to. */
export function commitJson(context: Context, commit: Commit): Record<string, unknown> {
  const { state } = context;
  const { owner, repo } = state.repository;
  const api = apiRepo(context);
  const linked = (id: number | null): unknown => {
    const account = id === null ? undefined : accountById(state, id);
    return account === undefined ? null : userJson(context.api, account);
  };
  return {
    sha: commit.sha,
    node_id: Buffer.from(`06:Commit${commit.sha}`).toString('base64'),
    url: `${api}/commits/${commit.sha}`,
    html_url: `${WEB}/${owner}/${repo}/commit/${commit.sha}`,
    comments_url: `${api}/commits/${commit.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${commit.sha}`,
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
      comment_count: 0,
      verification: UNVERIFIED,
    },
    author: linked(commit.author_id),
    committer: linked(commit.committer_id),
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${api}/commits/${sha}`,
      html_url: `${WEB}/${owner}/${repo}/commit/${sha}`,
    })),
  };
}
