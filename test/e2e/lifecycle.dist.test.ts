import { describe, expect, it } from 'vitest';
import { runActionBundle } from '../support/action-runner.js';
import { auditGroup, auditIssues, commentsOn } from '../support/audit-fixtures.js';
import {
  MAINTAINER,
  REAL_TODAY,
  TWO_RECENT,
  checkRunsOn,
  daysAgo,
  proposals,
  startLifecycle,
} from '../support/lifecycle-scenario.js';
import { branchFiles, closePull } from '../fake-github/index.js';

/**
 * The program's stages through the committed bundle on Node 24, as audit.yml runs it: the audit
 * tells the group, the lifecycle job arms the stages, then opens one pull request through the
 * REST API of the fake GitHub (which checks every request against GitHub's description), the
 * check job runs the registry check on it, and a person declines it. Every other scenario runs in
 * process in src/action/run.lifecycle.test.ts.
 */
describe('the program stages (dist/index.js, mode lifecycle)', () => {
  it('tells, arms, proposes once, checks it, and takes no for an answer', async ({
    onTestFinished,
  }) => {
    const group = auditGroup(1, { slug: 'bundle-azure', language: 'sv', meetups: TWO_RECENT });
    const s = await startLifecycle(onTestFinished, [group], { runner: runActionBundle });
    expect((await s.run('audit', { today: daysAgo(100) })).status).toBe(0);
    const [issue] = auditIssues(s.gh).filter((each) => each.kind === 'meetups-minimum');
    if (issue === undefined) throw new Error('the audit opened no issue');

    const armed = await s.lifecycle();
    expect(armed.numbers).toEqual([]);
    expect(proposals(s.gh)).toEqual([]);

    const opened = await s.lifecycle();
    expect(opened.numbers).toHaveLength(1);
    const [proposal] = proposals(s.gh);
    if (proposal === undefined) throw new Error('no proposal');
    expect(proposal).toMatchObject({
      branch: 'tgr/lifecycle/bundle-azure',
      state: 'open',
      author: 'github-actions[bot]',
    });
    expect(proposal.labels).toContain('lifecycle: inactivate');
    // In the group's language first, English after it.
    expect(proposal.body.indexOf('inaktiv')).toBeGreaterThan(-1);
    expect(proposal.body.indexOf('inaktiv')).toBeLessThan(proposal.body.indexOf('inactive'));
    expect(branchFiles(s.gh.state, proposal.branch)?.[group.path]).toContain(
      `inactiveSince: ${REAL_TODAY}`,
    );
    expect(
      commentsOn(s.gh, issue.number).filter((body) => body.includes(`#${String(proposal.number)}`)),
    ).toHaveLength(1);
    expect(checkRunsOn(s.gh, proposal.headSha).at(-1)).toMatchObject({
      name: 'Registry check',
      conclusion: 'action_required',
    });

    closePull(s.gh.state, proposal.number, MAINTAINER);
    const declined = await s.lifecycle();
    expect(declined.numbers).toEqual([]);
    expect(declined.writes).toBe(0);
    expect(proposals(s.gh)).toHaveLength(1);
  });
});
