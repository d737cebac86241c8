import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_REPOSITORY,
  startFakeGitHub,
  type FakeGitHub,
  type Fault,
  seededFaults,
} from '../../../test/fake-github/index.js';
import { marker } from '../../audit/issue-text.js';
import { gitHubAuditHost } from './audit-host.js';
import { RETRY_POLICY } from './errors.js';
import { createOctokit } from './octokit.js';

/**
 * How many times one audit issue create is sent, whatever GitHub answers: the bound the retry
 * policy (errors.ts) documents, measured against the fake GitHub by counting the POSTs.
 */
const { owner, repo } = DEFAULT_REPOSITORY;
const CREATE = { method: 'POST', path: /^\/repos\/[^/]+\/[^/]+\/issues$/ };

// Each fault is one way a send can fail and still leave the client free to send again.
const SECONDARY: Fault = {
  match: CREATE,
  kind: 'status',
  status: 403,
  // One second: the throttling plugin this project once used read a zero as "no header" and waited a minute.
  headers: { 'retry-after': '1' },
  body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes.' },
};
const TOO_MANY: Fault = {
  match: CREATE,
  kind: 'status',
  status: 429,
  headers: { 'retry-after': '0' },
  body: { message: 'Too Many Requests' },
};
const BAD_GATEWAY: Fault = { match: CREATE, kind: 'status', status: 502 };
const DROP: Fault = { match: CREATE, kind: 'drop' };

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

/** Sends one audit issue create through the audit's host with these faults queued; counts the POSTs. */
async function postsForOneCreate(faults: Fault[]): Promise<{ posts: number; failed: boolean }> {
  gh = await startFakeGitHub();
  gh.faults.push(...faults);
  const { octokit } = createOctokit({
    token: 't',
    baseUrl: gh.url,
    retryDelayMs: 1,
    writesPerMinute: 60_000,
  });
  const host = gitHubAuditHost(octokit, { owner, repo }, { retryDelayMs: 1 });
  const key = { slug: 'utrecht-azure', kind: 'meetups-minimum' } as const;
  let failed = false;
  try {
    await host.apply({
      type: 'open',
      key,
      issue: {
        title: '[utrecht-azure] meetups',
        body: `${marker(key, '2026-11-22')}\nToo few meetups.`,
        labels: ['audit'],
      },
    });
  } catch {
    failed = true;
  }
  const posts = gh.requests.filter((r) => r.method === 'POST' && CREATE.path.test(r.path));
  return { posts: posts.length, failed };
}

describe('one audit issue create', () => {
  it('is sent at most the bound the policy documents, however the faults are mixed', async () => {
    expect(RETRY_POLICY.writeAttempts).toBe(
      RETRY_POLICY.serverFailuresPerWrite + RETRY_POLICY.rateLimitWaits,
    );
    // Each layer's retries spent in turn (two secondary limits, two plain 429s, then a server
    // error that lets the write be tried again), over and over: the old layering sent 15.
    const round = [SECONDARY, SECONDARY, TOO_MANY, TOO_MANY, BAD_GATEWAY];
    const layered = await postsForOneCreate([...round, ...round, ...round, ...round]);
    expect(layered.failed).toBe(true);
    expect(layered.posts).toBeLessThanOrEqual(RETRY_POLICY.writeAttempts);
    await gh?.close();
    // Server failures and rate limits each up to their budget: the bound itself, then a stop.
    const budgets = await postsForOneCreate([BAD_GATEWAY, TOO_MANY, DROP, TOO_MANY, BAD_GATEWAY]);
    expect(budgets).toEqual({ posts: 5, failed: true });
    expect(RETRY_POLICY.writeAttempts).toBe(5);
  }, 30_000);

  it('stays within the bound under random mixes of every fault a send can meet', async () => {
    const kinds = ['secondary-rate-limit', 'status-429', 'status-502', 'drop'] as const;
    for (let seed = 1; seed <= 12; seed++) {
      const faults = seededFaults(seed, 1, { length: 12, match: CREATE, kinds });
      const { posts, failed } = await postsForOneCreate(faults);
      expect(failed, `seed ${String(seed)}`).toBe(true);
      expect(posts, `seed ${String(seed)}`).toBeGreaterThanOrEqual(RETRY_POLICY.rateLimitWaits);
      expect(posts, `seed ${String(seed)}`).toBeLessThanOrEqual(RETRY_POLICY.writeAttempts);
      await gh?.close();
      gh = undefined;
    }
  });

  it('goes through once when the faults stay within the budgets', async () => {
    const { posts, failed } = await postsForOneCreate([TOO_MANY, BAD_GATEWAY, SECONDARY, DROP]);
    expect({ posts, failed }).toEqual({ posts: 5, failed: false });
    expect(gh?.state.issues).toHaveLength(1);
  });
});
