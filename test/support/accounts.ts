import type { Account, FileTree } from '../fake-github/index.js';

/**
 * The accounts a registry's group files name (`github:` with its `githubId:`), as the fake
 * GitHub should hold them: a world where the files are right, so a test that wants a renamed,
 * deleted or recycled account makes it so on purpose. The first id given for a login wins.
 */
export function accountsIn(...trees: FileTree[]): Account[] {
  const accounts = new Map<string, Account>();
  const ids = new Set<number>();
  for (const tree of trees)
    for (const text of Object.values(tree))
      for (const match of text.matchAll(/github: ([\w-]+)\s*\n\s+githubId: (\d+)/g)) {
        const login = match[1] ?? '';
        const id = Number(match[2]);
        if (accounts.has(login.toLowerCase()) || ids.has(id)) continue;
        ids.add(id);
        accounts.set(login.toLowerCase(), {
          id,
          login,
          type: 'User',
          created_at: '2020-01-01T00:00:00Z',
        });
      }
  return [...accounts.values()];
}
