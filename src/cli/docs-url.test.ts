import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_REPOSITORY, startFakeGitHub } from '../../test/fake-github/index.js';
import { auditGroup, auditIssues, fixtureAccounts } from '../../test/support/audit-fixtures.js';
import { VALID_GROUP } from '../../test/support/check.js';
import { tempRegistry } from '../../test/support/registry.js';
import { tgr } from '../../test/support/tgr.js';
import { parseWorkflowCommands } from '../../test/support/workflow-commands.js';

/**
 * Where `tgr` writes links to rule pages (workflow annotations, audit issues), `--docs-url` moves
 * them; the plain text and JSON reports name the rule id and carry no address.
 */
const PAGES = 'https://github.com/azure-tech-groups/registry/blob/v0.1.0/docs/rules/';
const OTHER_PAGES = 'https://docs.example.org/registry/rules/';
const LATE_TERMS = VALID_GROUP.replace('termsAccepted: 2024-02-21', 'termsAccepted: 2027-01-05');

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const step of cleanup.splice(0)) await step();
});

function registry(files: Record<string, string>) {
  const created = tempRegistry(files);
  cleanup.push(created.remove);
  return created.root;
}

/** `tgr validate --format github`: the annotations @actions/core writes to the process's stdout. */
async function annotations(root: string, ...argv: string[]) {
  let written = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written += String(chunk);
    return true;
  });
  const result = await tgr(root, ['validate', '--format', 'github', ...argv]);
  vi.restoreAllMocks();
  return { ...result, commands: parseWorkflowCommands(written).commands };
}

describe('tgr --docs-url', () => {
  it("ends each annotation with its rule's page, this version's or under --docs-url", async () => {
    const root = registry({ 'groups/example.yaml': LATE_TERMS });
    const terms = (found: Awaited<ReturnType<typeof annotations>>) =>
      found.commands.find((command) => command.properties.title === 'leaders/terms')?.data ?? '';
    const byDefault = await annotations(root);
    expect(byDefault.code).toBe(1);
    expect(terms(byDefault).endsWith(`.\n${PAGES}leaders/terms.md`)).toBe(true);
    const moved = await annotations(root, '--docs-url', OTHER_PAGES);
    expect(terms(moved).endsWith(`.\n${OTHER_PAGES}leaders/terms.md`)).toBe(true);
  });

  it('leaves the text and JSON reports without addresses: the rule id is there to look up', async () => {
    const root = registry({ 'groups/example.yaml': LATE_TERMS });
    const text = await tgr(root, ['validate']);
    expect(text.stdout).toContain(' leaders/terms  ');
    expect(text.stdout).not.toContain('https://');
    expect((await tgr(root, ['validate', '--format', 'json'])).stdout).not.toContain(PAGES);
  });

  it.each([['validate'], ['audit', '--dry-run']])(
    'refuses a --docs-url that is no https folder (tgr %s)',
    async (...command) => {
      const root = registry({ 'groups/example.yaml': VALID_GROUP });
      const result = await tgr(root, [...command, '--docs-url', 'http://docs.example.org/']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        '--docs-url must be the https address of the folder that holds the rule pages',
      );
    },
  );

  it('links the findings in the audit issues it writes under --docs-url', async () => {
    const group = auditGroup(1);
    const late = {
      ...group,
      text: group.text.replace(/termsAccepted: \d{4}-\d{2}-\d{2}/, 'termsAccepted: 2027-01-05'),
    };
    const root = registry({ [late.path]: late.text });
    const users = new Set(late.logins);
    const gh = await startFakeGitHub({ accounts: fixtureAccounts(users), users });
    cleanup.push(() => gh.close());
    const { owner, repo } = DEFAULT_REPOSITORY;
    const result = await tgr(root, ['audit', '--docs-url', OTHER_PAGES], {
      GITHUB_TOKEN: 'test-token',
      GITHUB_REPOSITORY: `${owner}/${repo}`,
      GITHUB_API_URL: gh.url,
    });
    expect(result.code, result.stderr).toBe(0);
    const body = auditIssues(gh)[0]?.body ?? '';
    expect(body).toContain(`[\`leaders/terms\`](${OTHER_PAGES}leaders/terms.md)`);
    expect(body).not.toContain(PAGES);
  });
});
