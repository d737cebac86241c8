import { afterEach, describe, expect, it } from 'vitest';
import { auditGroup, auditIssues } from '../../test/support/audit-fixtures.js';
import { startAudit } from '../../test/support/audit-run.js';
import { runActionInProcess } from '../../test/support/action-runner.js';
import { VALID_GROUP } from '../../test/support/check.js';
import { markdown } from '../../test/support/markdown-effects.js';
import { tempRegistry } from '../../test/support/registry.js';
import { parseWorkflowCommands } from '../../test/support/workflow-commands.js';
import {
  botComments,
  EXAMPLES,
  lastCheckRun,
  openPullRequest as openScenario,
  type Scenario,
} from '../../test/support/pr-scenario.js';

/**
 * Every finding links its rule's page, at this bundle's version in this project's repository
 * (registries copy action.yml and dist/, not docs/), or under the `docs-url` input: the Action in
 * process, from real payloads to the fake GitHub.
 */
const PAGES = 'https://github.com/azure-tech-groups/registry/blob/v0.1.0/docs/rules/';
const TERMS_PAGE = `${PAGES}leaders/terms.md`;
const OTHER_PAGES = 'https://docs.example.org/registry/rules/';

const UTRECHT = EXAMPLES['groups/utrecht-azure.yaml'] ?? '';
/** Utrecht (a Dutch group) with its co-leader's terms accepted in the future: a leaders/terms error. */
const FUTURE_TERMS = UTRECHT.replace('termsAccepted: 2024-02-21', 'termsAccepted: 2027-01-05');

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});
const openPullRequest = (scenario: Scenario) => openScenario(scenario, cleanup);

const hrefs = (markdownText: string): string[] =>
  [...markdown.render(markdownText).matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map(
    (match) => match[1] ?? '',
  );

describe('links from findings to their rule pages', () => {
  it("links a Dutch group's finding to its rule page, in the comment, the summary and the annotation", async () => {
    const { gh, run } = await openPullRequest({
      head: { ...EXAMPLES, 'groups/utrecht-azure.yaml': FUTURE_TERMS },
      author: 'annadevries',
    });
    const result = await run();
    expect(result.status, result.stderr).toBe(1);
    const body = botComments(gh)[0]?.body ?? '';
    const [dutch = '', english = ''] = body.split('<details><summary>English</summary>');
    const link = `[\`leaders/terms\`](${TERMS_PAGE})`;
    expect(dutch).toContain('voorwaarden');
    expect(dutch).toContain(link);
    expect(english).toContain(link);
    expect(hrefs(body)).toEqual([TERMS_PAGE, TERMS_PAGE]);
    // The maintainers' job summary links it too, in its report and its table of findings.
    expect(result.summary).toContain(link);
    expect(hrefs(result.summary).filter((href) => href === TERMS_PAGE)).toHaveLength(2);
    // The check run's annotation is plain text: the Dutch message, then the address.
    const annotations = lastCheckRun(gh)?.output.annotations ?? [];
    expect(annotations).toHaveLength(1);
    expect(annotations[0]?.title).toBe('leaders/terms');
    expect(annotations[0]?.message).toMatch(/voorwaarden/);
    expect(annotations[0]?.message.endsWith(`\n${TERMS_PAGE}`)).toBe(true);
  });

  it('links every finding under the docs-url input instead', async () => {
    const { gh, run } = await openPullRequest({
      head: { ...EXAMPLES, 'groups/utrecht-azure.yaml': FUTURE_TERMS },
      author: 'annadevries',
    });
    const result = await run('pull_request_target', undefined, { 'docs-url': OTHER_PAGES });
    expect(result.status, result.stderr).toBe(1);
    const body = botComments(gh)[0]?.body ?? '';
    const check = lastCheckRun(gh);
    expect(hrefs(body)).toEqual([
      `${OTHER_PAGES}leaders/terms.md`,
      `${OTHER_PAGES}leaders/terms.md`,
    ]);
    expect(check?.output.annotations[0]?.message.endsWith(`\n${OTHER_PAGES}leaders/terms.md`)).toBe(
      true,
    );
    expect(hrefs(result.summary)).toContain(`${OTHER_PAGES}leaders/terms.md`);
    // Nowhere the default pages: not in the comment, the check run or the job summary.
    for (const written of [body, JSON.stringify(check), result.summary])
      expect(written).not.toContain(PAGES);
  });

  it('takes a base without its final slash as the same folder', async () => {
    const { gh, run } = await openPullRequest({
      head: { ...EXAMPLES, 'groups/utrecht-azure.yaml': FUTURE_TERMS },
      author: 'annadevries',
    });
    await run('pull_request_target', undefined, { 'docs-url': OTHER_PAGES.slice(0, -1) });
    expect(hrefs(botComments(gh)[0]?.body ?? '')[0]).toBe(`${OTHER_PAGES}leaders/terms.md`);
  });

  it.each([
    ['an http address', 'http://docs.example.org/rules/'],
    ['a relative path', 'docs/rules/'],
    ['an address with a query', 'https://docs.example.org/rules/?page='],
    ['an address with a password', 'https://user:secret@docs.example.org/rules/'],
  ])('fails on %s as docs-url, saying what it must be', async (_, value) => {
    const { gh, run } = await openPullRequest({
      head: { ...EXAMPLES, 'groups/utrecht-azure.yaml': FUTURE_TERMS },
      author: 'annadevries',
    });
    const result = await run('pull_request_target', undefined, { 'docs-url': value });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      '::error::Input "docs-url" must be the https address of the folder that holds the rule pages',
    );
    // Nothing was written on the pull request.
    expect(botComments(gh)).toEqual([]);
    expect(gh.state.checkRuns).toEqual([]);
  });

  it('ends each workflow annotation of validate mode with the page, under docs-url if given', async ({
    onTestFinished,
  }) => {
    const registry = tempRegistry({
      'groups/example.yaml': VALID_GROUP.replace(
        'termsAccepted: 2024-02-21',
        'termsAccepted: 2027-01-05',
      ),
    });
    onTestFinished(() => {
      registry.remove();
    });
    const annotation = async (inputs: Record<string, string>) => {
      const result = await runActionInProcess({
        workspace: registry.root,
        inputs: { today: '2026-11-22', ...inputs },
      });
      expect(result.status).toBe(1);
      return parseWorkflowCommands(result.stdout).commands.find(
        (command) => command.properties.title === 'leaders/terms',
      )?.data;
    };
    const byDefault = (await annotation({})) ?? '';
    expect(byDefault).toMatch(/after today/);
    expect(byDefault.endsWith(`.\n${TERMS_PAGE}`)).toBe(true);
    const moved = (await annotation({ 'docs-url': OTHER_PAGES })) ?? '';
    expect(moved.endsWith(`.\n${OTHER_PAGES}leaders/terms.md`)).toBe(true);
  });

  it("links an audit issue's findings to their rule's page, or under docs-url", async ({
    onTestFinished,
  }) => {
    const group = auditGroup(1, { language: 'nl' });
    const late = {
      ...group,
      text: group.text.replace(/termsAccepted: \d{4}-\d{2}-\d{2}/, 'termsAccepted: 2027-01-05'),
    };
    const { gh, run } = await startAudit(onTestFinished, [late]);
    expect((await run()).status).toBe(0);
    const [issue] = auditIssues(gh);
    expect(issue?.kind).toBe('terms');
    const [dutch = '', english = ''] = (issue?.body ?? '').split(
      '<details><summary>English</summary>',
    );
    const link = `[\`leaders/terms\`](${TERMS_PAGE})`;
    expect(dutch).toContain(link);
    expect(english).toContain(link);

    const other = await startAudit(onTestFinished, [late]);
    expect((await other.run({ inputs: { 'docs-url': OTHER_PAGES } })).status).toBe(0);
    const moved = auditIssues(other.gh)[0]?.body ?? '';
    expect(moved).toContain(`[\`leaders/terms\`](${OTHER_PAGES}leaders/terms.md)`);
    expect(moved).not.toContain(PAGES);
  });
});
