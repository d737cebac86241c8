import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The patches a job could hand over, made with real git in a throwaway repository. */
export interface PatchSet {
  /** The repository the patches were made in, at the commit they apply to. */
  repo: string;
  /** Patch files by name (see makePatches), absolute paths. */
  files: Record<PatchName, string>;
  remove: () => void;
}

export type PatchName =
  | 'sync'
  | 'add-and-delete'
  | 'rename-workflow'
  | 'symlink'
  | 'mode-change'
  | 'copy'
  | 'dot-dot'
  | 'subfolder'
  | 'yml'
  | 'binary'
  | 'workflow'
  | 'traditional'
  | 'index-mode'
  | 'hostile-name'
  | 'garbage';

const GROUP = 'slug: utrecht\r\nname: Utrecht Azure User Group\r\nmeetups: # ours\r\n';

/**
 * A repository like the registry (group files, a workflow), and one patch per way a hand-over
 * could go wrong, each as git itself writes it (`git diff --binary`, as sync.yml does), except
 * the few git never writes, which are written by hand the way git apply reads them.
 */
export function makePatches(): PatchSet {
  const root = mkdtempSync(path.join(tmpdir(), 'tgr-patches-'));
  const repo = path.join(root, 'repo');
  mkdirSync(path.join(repo, 'groups'), { recursive: true });
  mkdirSync(path.join(repo, '.github/workflows'), { recursive: true });
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        HOME: root,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.org',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.org',
      },
    });
  const write = (file: string, text: string | Buffer): void => {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  };
  git('init', '-q');
  git('config', 'core.autocrlf', 'false');
  write('groups/utrecht.yaml', GROUP);
  write('groups/gent.yaml', GROUP.replace(/utrecht/gi, 'gent'));
  write('.github/workflows/ci.yml', 'name: ci\non: push\n');
  git('add', '-A');
  git('commit', '-qm', 'registry');

  const files = {} as Record<PatchName, string>;
  /** Records the working tree's change against HEAD as the named patch, then undoes it. */
  const diff = (name: PatchName, ...options: string[]): void => {
    git('add', '-A');
    const patch = path.join(root, `${name}.patch`);
    writeFileSync(patch, git('diff', '--binary', ...options, '--cached', 'HEAD'));
    files[name] = patch;
    git('reset', '-q', '--hard');
    git('clean', '-fdq');
  };
  const byHand = (name: PatchName, text: string): void => {
    const patch = path.join(root, `${name}.patch`);
    writeFileSync(patch, text);
    files[name] = patch;
  };

  write('groups/utrecht.yaml', `${GROUP}  - date: 2026-12-03\r\n    title: AKS night\r\n`);
  diff('sync');
  write('groups/amsterdam.yaml', GROUP.replace(/utrecht/gi, 'amsterdam'));
  rmSync(path.join(repo, 'groups/gent.yaml'));
  diff('add-and-delete', '--no-renames');
  git('mv', '.github/workflows/ci.yml', 'groups/ci.yaml');
  diff('rename-workflow', '-M');
  symlinkSync('../.github/workflows/ci.yml', path.join(repo, 'groups/x.yaml'));
  diff('symlink');
  chmodSync(path.join(repo, 'groups/utrecht.yaml'), 0o755);
  diff('mode-change');
  write('groups/copy.yaml', GROUP.replace(/utrecht/gi, 'gent'));
  diff('copy', '-C', '--find-copies-harder');
  write('groups/sub/x.yaml', GROUP);
  diff('subfolder');
  write('groups/x.yml', GROUP);
  diff('yml');
  write('groups/blob.yaml', Buffer.from([0x73, 0x6c, 0x75, 0x67, 0x00, 0xff, 0x0a]));
  diff('binary');
  write('.github/workflows/ci.yml', 'name: ci\non: push\njobs: {}\n');
  diff('workflow');
  write('groups/::error::x.yaml', GROUP);
  diff('hostile-name');

  byHand(
    'dot-dot',
    'diff --git a/groups/../x.yaml b/groups/../x.yaml\nnew file mode 100644\n--- /dev/null\n+++ b/groups/../x.yaml\n@@ -0,0 +1 @@\n+x: 1\n',
  );
  byHand(
    'traditional',
    '--- a/.github/workflows/ci.yml\n+++ b/.github/workflows/ci.yml\n@@ -1,2 +1,2 @@\n-name: ci\n+name: pwned\n on: push\n',
  );
  const blob = git('rev-parse', '--short', 'HEAD:groups/utrecht.yaml').trim();
  byHand(
    'index-mode',
    `diff --git a/groups/utrecht.yaml b/groups/utrecht.yaml\nindex ${blob}..1234567 120000\n--- a/groups/utrecht.yaml\n+++ b/groups/utrecht.yaml\n@@ -1,1 +1,1 @@\n-slug: utrecht\r\n+slug: x\r\n`,
  );
  byHand('garbage', 'This is not a patch.\n');
  return {
    repo,
    files,
    remove: () => {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
