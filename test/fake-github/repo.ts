import { type GitTree, SUBMODULE, blobSha, fakeSha, findTree, gitTree, listTree } from './git.js';
import { type Context, type Reply, WEB, intParam, notFound } from './http.js';
import { userJson } from './shapes.js';
import {
  type Account,
  type FileTree,
  type Permission,
  type RateBucket,
  type State,
  accountById,
  findAccount,
  resolveRef,
  resolveRefKey,
} from './state.js';

/** Past 1 MB the contents API leaves `content` empty and sets encoding "none". */
const CONTENT_MAX = 1024 * 1024;

/** Base64 wrapped at 60 characters with a final newline, as GitHub sends file contents. */
function wrappedBase64(content: string): string {
  const encoded = Buffer.from(content, 'utf8').toString('base64');
  return encoded === '' ? '' : `${(encoded.match(/.{1,60}/g) ?? []).join('\n')}\n`;
}

/** The raw media type (`Accept: application/vnd.github.raw` or `.v3.raw`) asks for bare text. */
function wantsRaw(context: Context): boolean {
  return /application\/vnd\.github(\.v3)?\.raw/.test(context.accept);
}

function raw(content: string): Reply {
  return { status: 200, body: content, headers: { 'content-type': 'text/plain; charset=utf-8' } };
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function entry(
  context: Context,
  ref: string,
  path: string,
  type: 'file' | 'dir',
  content?: string,
) {
  const { owner, repo } = context.state.repository;
  const apiRepo = `${context.api}/repos/${owner}/${repo}`;
  const sha = content === undefined ? fakeSha(`tree ${ref} ${path}`) : blobSha(content);
  const encoded = encodePath(path);
  const self = `${apiRepo}/contents/${encoded}?ref=${encodeURIComponent(ref)}`;
  const git = `${apiRepo}/git/${type === 'file' ? 'blobs' : 'trees'}/${sha}`;
  const html = `${WEB}/${owner}/${repo}/${type === 'file' ? 'blob' : 'tree'}/${ref}/${encoded}`;
  return {
    type,
    name: path.split('/').at(-1) ?? path,
    path,
    sha,
    size: content === undefined ? 0 : Buffer.byteLength(content),
    url: self,
    html_url: html,
    git_url: git,
    download_url:
      type === 'file'
        ? `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/${encoded}`
        : null,
    _links: { self, git, html },
  };
}

/** A file (base64) or a folder listing at `?ref=` (default branch when absent), else 404. */
export function getContent(context: Context): Reply {
  const { state } = context;
  const ref = context.query.get('ref') ?? state.repository.defaultBranch;
  const tree = resolveRef(state, ref);
  if (tree === undefined) return notFound(`No commit found for the ref ${ref}`);
  const path = (context.params.path ?? '').replace(/^\/+|\/+$/g, '');
  const content = tree[path];
  if (content !== undefined) {
    if (wantsRaw(context)) return raw(content);
    const big = Buffer.byteLength(content) > CONTENT_MAX;
    return {
      status: 200,
      body: {
        ...entry(context, ref, path, 'file', content),
        encoding: big ? 'none' : 'base64',
        content: big ? '' : wrappedBase64(content),
      },
    };
  }
  const prefix = path === '' ? '' : `${path}/`;
  const children = new Map<string, 'file' | 'dir'>();
  for (const key of Object.keys(tree)) {
    if (!key.startsWith(prefix)) continue;
    const [name = '', ...rest] = key.slice(prefix.length).split('/');
    children.set(name, rest.length > 0 ? 'dir' : 'file');
  }
  if (children.size === 0) return notFound();
  const listing = [...children]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, type]) =>
      entry(
        context,
        ref,
        `${prefix}${name}`,
        type,
        type === 'file' ? tree[`${prefix}${name}`] : undefined,
      ),
    );
  return { status: 200, body: listing };
}

/** A blob by its sha, from any commit the repository has; a submodule's entry is no blob. */
export function getBlob(context: Context): Reply {
  const { state } = context;
  const sha = context.params.file_sha ?? '';
  if (!/^[0-9a-f]{40}$/.test(sha))
    return context.reject(
      'The sha parameter must be exactly 40 characters and contain only [0-9a-f].',
    );
  const created = state.blobs[sha];
  // Blobs made by git/create-blob exist before any tree holds them.
  const sources: Array<[string, FileTree]> = [
    ...(created === undefined ? [] : [['', { '': created }] as [string, FileTree]]),
    ...Object.entries(state.files),
  ];
  for (const [key, tree] of sources)
    for (const [path, content] of Object.entries(tree))
      if (state.modes[key]?.[path] !== SUBMODULE && blobSha(content) === sha) {
        if (wantsRaw(context)) return raw(content);
        const { owner, repo } = state.repository;
        return {
          status: 200,
          body: {
            sha,
            node_id: Buffer.from(`04:Blob${sha}`).toString('base64'),
            size: Buffer.byteLength(content),
            url: `${context.api}/repos/${owner}/${repo}/git/blobs/${sha}`,
            content: wrappedBase64(content),
            encoding: 'base64',
          },
        };
      }
  return notFound();
}

/** GitHub lists at most this many entries of a tree, and then says `truncated`. */
const TREE_ENTRIES_MAX = 100_000;

/** A commit's root tree (by sha or ref, as GitHub resolves it), or a tree or subtree by its sha. */
function treeOf(state: State, sha: string): GitTree | undefined {
  const key = resolveRefKey(state, sha);
  if (key !== undefined) return gitTree(state.files[key] ?? {}, state.modes[key]);
  if (!/^[0-9a-f]{40}$/.test(sha)) return undefined;
  const created = state.trees[sha];
  if (created !== undefined) return gitTree(created.files, created.modes);
  for (const [commit, files] of Object.entries(state.files)) {
    const found = findTree(gitTree(files, state.modes[commit]), sha);
    if (found !== undefined) return found;
  }
  return undefined;
}

export function getTree(context: Context): Reply {
  const { state } = context;
  const tree = treeOf(state, context.params.tree_sha ?? '');
  if (tree === undefined) return notFound();
  // Any value of `recursive`, even 0 or false, lists every level, as documented.
  const entries = listTree(tree, context.query.has('recursive'));
  const { owner, repo } = state.repository;
  const git = `${context.api}/repos/${owner}/${repo}/git`;
  return {
    status: 200,
    body: {
      sha: tree.sha,
      url: `${git}/trees/${tree.sha}`,
      tree: entries.slice(0, TREE_ENTRIES_MAX).map((entry) =>
        // A submodule's commit lives in another repository: GitHub gives it no url.
        entry.type === 'commit' ? entry : { ...entry, url: `${git}/${entry.type}s/${entry.sha}` },
      ),
      truncated: entries.length > TREE_ENTRIES_MAX,
    },
  };
}

/** The legacy `permission` folds maintain into write and triage into read. */
const LEGACY: Record<Permission, string> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
  none: 'none',
};

export function getPermission(context: Context): Reply {
  const { state } = context;
  const account = findAccount(state, context.params.username ?? '');
  if (account === undefined) return notFound();
  const login = account.login.toLowerCase();
  const role =
    Object.entries(state.collaborators).find(([user]) => user.toLowerCase() === login)?.[1] ??
    (state.repository.visibility === 'public' ? 'read' : 'none');
  return {
    status: 200,
    body: {
      permission: LEGACY[role],
      role_name: role,
      user: { ...userJson(context.api, account), role_name: role },
    },
  };
}

/** GET /users/{username}: the account that has the login now; a freed login is 404. */
export function getUser(context: Context): Reply {
  const account = findAccount(context.state, context.params.username ?? '');
  return account === undefined ? notFound() : publicUser(context, account);
}

/** GET /user/{account_id}: the account with the id, under its current login; deleted is 404. */
export function getUserById(context: Context): Reply {
  const account = accountById(context.state, intParam(context, 'account_id'));
  return account === undefined ? notFound() : publicUser(context, account);
}

function publicUser(context: Context, account: Account): Reply {
  return {
    status: 200,
    body: {
      ...userJson(context.api, account),
      name: null,
      company: null,
      blog: '',
      location: null,
      email: null,
      bio: null,
      public_repos: 0,
      followers: 0,
      following: 0,
      created_at: account.created_at,
      updated_at: account.created_at,
    },
  };
}

function bucket(rate: RateBucket): Record<string, number> {
  return {
    limit: rate.limit,
    used: rate.used,
    remaining: Math.max(0, rate.limit - rate.used),
    reset: rate.reset,
  };
}

/** GET /rate_limit does not count against the limit. */
export function getRateLimit(context: Context): Reply {
  const { core, graphql } = context.state.rateLimit;
  return {
    status: 200,
    body: {
      resources: { core: bucket(core), graphql: bucket(graphql) },
      rate: bucket(core),
    },
  };
}

export function rateHeaders(state: State, resource: 'core' | 'graphql'): Record<string, string> {
  const rate = state.rateLimit[resource];
  return {
    'x-ratelimit-limit': String(rate.limit),
    'x-ratelimit-remaining': String(Math.max(0, rate.limit - rate.used)),
    'x-ratelimit-used': String(rate.used),
    'x-ratelimit-reset': String(rate.reset),
    'x-ratelimit-resource': resource,
  };
}
