import { registryDisk } from '../adapters/fs/registry-disk.js';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../core/policy.js';
import {
  accountId,
  auditGroup,
  TOO_FEW_MEETUPS,
  type AuditGroup,
} from '../../test/support/audit-fixtures.js';
import { MemoryAuditHost } from '../../test/support/memory-audit-host.js';
import { parseMarker } from './issue-text.js';
import { tempRegistry } from '../../test/support/registry.js';
import { runAudit, type AuditOptions } from './run-audit.js';
import { formatPlanJson, formatPlanText } from './dashboard.js';
import { RULE_PAGES } from '../report/rule-links.js';

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const step of cleanup.splice(0)) step();
});

function registryOf(...groups: AuditGroup[]) {
  const registry = tempRegistry(
    Object.fromEntries(groups.map((group) => [group.path, group.text])),
  );
  cleanup.push(registry.remove);
  return registry;
}

const options = (root: string, extra: Partial<AuditOptions> = {}): AuditOptions => ({
  root,
  disk: registryDisk(),
  today: '2026-11-22',
  policy: DEFAULT_POLICY,
  dryRun: false,
  maxWrites: 100,
  fileUrl: (file) => `https://example.test/${file}`,
  rulePages: RULE_PAGES,
  ...extra,
});

/** What the host was asked to do, as `type key`. */
const applied = (host: MemoryAuditHost): string[] =>
  host.applied.map((action) => `${action.type} ${action.key.slug}/${action.key.kind}`);

describe('the audit orchestrator, against an in-memory host', () => {
  it('refuses an empty registry, which would otherwise close every audit issue', async () => {
    const registry = tempRegistry();
    cleanup.push(registry.remove);
    const host = new MemoryAuditHost();
    await expect(runAudit(options(registry.root), host)).rejects.toThrow(
      /nothing to audit: the registry's groups\/ folder \(.*groups\) holds no group file/,
    );
    expect(host.applied).toEqual([]);
  });

  it('opens one issue per live problem, then writes nothing while nothing changes', async () => {
    const fine = auditGroup(1);
    const few = auditGroup(2, { meetups: TOO_FEW_MEETUPS });
    const alone = auditGroup(3, { coLeader: null });
    const registry = registryOf(fine, few, alone);
    const host = new MemoryAuditHost();

    const first = await runAudit(options(registry.root), host);
    expect(applied(host).sort()).toEqual([
      'open group-2/meetups-minimum',
      'open group-3/co-leader',
    ]);
    expect(first).toMatchObject({ failure: undefined, deferred: [], accountsChecked: true });
    expect(host.issues.map((issue) => issue.labels.includes('audit'))).toEqual([true, true]);

    host.applied.length = 0;
    const second = await runAudit(options(registry.root), host);
    expect(second.planned).toEqual([]);
    expect(host.applied).toEqual([]);
  });

  it('once the stages are on, edits each open counting issue once to say the day the group becomes inactive', async () => {
    const few = auditGroup(2, { meetups: TOO_FEW_MEETUPS });
    const alone = auditGroup(3, { coLeader: null });
    const registry = registryOf(few, alone);
    const host = new MemoryAuditHost();
    await runAudit(options(registry.root), host);
    const SENTENCE = /If the problem is still there after (.+?), the group becomes inactive/;
    expect(host.issues.map((issue) => SENTENCE.test(issue.body))).toEqual([false, false]);

    // Turned on: first seen today (2026-11-22), the date is 60 days on, plus 30 days' grace.
    const on = {
      policy: { ...DEFAULT_POLICY, lifecycle: { ...DEFAULT_POLICY.lifecycle, enabled: true } },
    };
    host.applied.length = 0;
    await runAudit(options(registry.root, on), host);
    expect(applied(host).sort()).toEqual([
      'update group-2/meetups-minimum',
      'update group-3/co-leader',
    ]);
    expect(host.issues.map((issue) => SENTENCE.exec(issue.body)?.[1])).toEqual([
      '20 February 2027',
      '20 February 2027',
    ]);

    host.applied.length = 0;
    await runAudit(options(registry.root, on), host);
    expect(host.applied).toEqual([]);
  });

  it('closes the issue with a comment once the group fixed its problem', async () => {
    const few = auditGroup(2, { meetups: TOO_FEW_MEETUPS });
    const registry = registryOf(few);
    const host = new MemoryAuditHost();
    await runAudit(options(registry.root), host);

    registry.write(few.path, auditGroup(2).text);
    host.applied.length = 0;
    await runAudit(options(registry.root), host);
    expect(applied(host)).toEqual(['close group-2/meetups-minimum']);
    expect(host.issues[0]).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(host.issues[0]?.comments).toHaveLength(1);
  });

  it('keeps to its write budget and leaves the rest for the next run', async () => {
    const registry = registryOf(
      auditGroup(1, { meetups: TOO_FEW_MEETUPS }),
      auditGroup(2, { meetups: TOO_FEW_MEETUPS }),
      auditGroup(3, { meetups: TOO_FEW_MEETUPS }),
    );
    const host = new MemoryAuditHost();
    const first = await runAudit(options(registry.root, { maxWrites: 2 }), host);
    expect(first.done).toHaveLength(2);
    expect(first.deferred).toHaveLength(1);

    const second = await runAudit(options(registry.root, { maxWrites: 2 }), host);
    expect(second.done).toHaveLength(1);
    expect(host.issues).toHaveLength(3);
  });

  it('retitles open Dutch and Swedish issues in their language, one edit per write, no new issue', async () => {
    // Before issue 21 every title was English: the first run after it edits each open Dutch and
    // Swedish issue's title (the body already speaks the language), under max-writes.
    const registry = registryOf(
      auditGroup(1, { language: 'nl', meetups: TOO_FEW_MEETUPS }),
      auditGroup(2, { language: 'sv', meetups: TOO_FEW_MEETUPS }),
      auditGroup(3, { language: 'en', meetups: TOO_FEW_MEETUPS }),
    );
    const host = new MemoryAuditHost();
    await runAudit(options(registry.root), host);
    const english = '3 of 6 Azure meetups in the last 12 months';
    for (const issue of host.issues) issue.title = `[${issue.title.slice(1, 8)}] ${english}`;
    host.applied.length = 0;

    const first = await runAudit(options(registry.root, { maxWrites: 1 }), host);
    expect(applied(host)).toEqual(['update group-1/meetups-minimum']);
    expect(first.deferred).toHaveLength(1);
    const second = await runAudit(options(registry.root, { maxWrites: 1 }), host);
    expect(second.done.map((action) => action.type)).toEqual(['update']);
    const third = await runAudit(options(registry.root, { maxWrites: 1 }), host);
    expect(third.planned).toEqual([]);

    expect(host.issues.map(({ number, title, state }) => [number, title, state])).toEqual([
      [1, '[group-1] 3 van 6 Azure-meetups in de afgelopen 12 maanden', 'open'],
      [2, '[group-2] 3 av 6 Azure-möten de senaste 12 månaderna', 'open'],
      [3, `[group-3] ${english}`, 'open'],
    ]);
  });

  it('stops at a failed write, reports it, and the next run finishes the work', async () => {
    const registry = registryOf(
      auditGroup(1, { meetups: TOO_FEW_MEETUPS }),
      auditGroup(2, { meetups: TOO_FEW_MEETUPS }),
    );
    const host = new MemoryAuditHost();
    host.failAt = 2;
    const first = await runAudit(options(registry.root), host);
    expect(first.failure).toBe('Server Error: the write was lost');
    expect(first.done).toHaveLength(1);
    expect(first.deferred).toHaveLength(1);

    host.failAt = undefined;
    const second = await runAudit(options(registry.root), host);
    expect(second.failure).toBeUndefined();
    expect(host.issues.map((issue) => issue.state)).toEqual(['open', 'open']);
  });

  it("looks up only active groups' valid logins, and raises a leader whose account is gone", async () => {
    const registry = registryOf(
      auditGroup(1, { leader: 'gone-leader' }),
      auditGroup(2, { status: 'applying', leader: 'applicant' }),
    );
    const host = new MemoryAuditHost(new Set(['gone-leader']));
    await runAudit(options(registry.root), host);
    expect(host.lookedUp.flat().sort()).toEqual(['colead-1', 'gone-leader']);
    expect(applied(host)).toEqual(['open group-1/leader']);
  });

  it('follows a renamed leader by id, asking by id only while the file and GitHub disagree', async () => {
    const registry = registryOf(auditGroup(1), auditGroup(2, { leaderId: null, coLeaderId: null }));
    const host = new MemoryAuditHost();
    const steady = await runAudit(options(registry.root), host);
    expect(applied(host)).toEqual([]);
    expect(host.idsLookedUp).toEqual([]);
    expect(steady.notMigrated).toEqual({ people: 2, groups: 1 });

    host.rename('colead-1', 'pieter-new');
    const renamed = await runAudit(options(registry.root), host);
    expect(applied(host)).toEqual(['open group-1/leader-renamed']);
    expect(host.idsLookedUp).toEqual([accountId('colead-1')]);
    expect(renamed.groups[0]?.accounts).toEqual({
      leader: { status: 'same', notMigrated: false },
      coLeader: { status: 'renamed', notMigrated: false, login: 'pieter-new' },
    });

    registry.write(
      'groups/group-1.yaml',
      auditGroup(1, { coLeader: 'pieter-new', coLeaderId: accountId('colead-1') }).text,
    );
    await runAudit(options(registry.root), host);
    expect(applied(host).at(-1)).toBe('close group-1/leader-renamed');
    expect(host.idsLookedUp).toHaveLength(1);
  });

  it('plans but writes nothing in a dry run, planning against the issues that exist', async () => {
    const few = auditGroup(2, { meetups: TOO_FEW_MEETUPS });
    const registry = registryOf(few);
    const host = new MemoryAuditHost();
    await runAudit(options(registry.root), host);
    registry.write(few.path, auditGroup(2).text);
    host.applied.length = 0;

    const outcome = await runAudit(options(registry.root, { dryRun: true }), host);
    expect(outcome.planned.map((action) => action.type)).toEqual(['close']);
    expect(outcome.done).toEqual([]);
    expect(host.applied).toEqual([]);
    expect(host.issues[0]?.state).toBe('open');
  });

  it('plans against no issues and checks no accounts without a host', async () => {
    const registry = registryOf(auditGroup(2, { meetups: TOO_FEW_MEETUPS }));
    const outcome = await runAudit(options(registry.root, { dryRun: true }), undefined);
    expect(outcome.accountsChecked).toBe(false);
    expect(outcome.planned.map((action) => action.type)).toEqual(['open']);
  });

  it("gives each group's stage as the issues stand after the run, and in the JSON plan", async () => {
    const registry = registryOf(auditGroup(1), auditGroup(2, { meetups: TOO_FEW_MEETUPS }));
    const stageOf = async (extra: Partial<AuditOptions>, host: MemoryAuditHost | undefined) => {
      const outcome = await runAudit(options(registry.root, extra), host);
      const json = JSON.parse(formatPlanJson(outcome, { today: '2026-11-22', dryRun: true })) as {
        groups: Array<{ stage: unknown }>;
      };
      expect(json.groups.map((group) => group.stage)).toEqual(
        JSON.parse(JSON.stringify(outcome.stages)),
      );
      return outcome.stages;
    };
    // Without a connection no issue is opened: nobody is told, so there is no date.
    expect(await stageOf({ dryRun: true }, undefined)).toEqual([
      { stage: 'active' },
      { stage: 'problem', date: undefined },
    ]);
    // A dry run shows the date the issue it plans would give; a run whose write cap leaves the
    // issue for the next run, none.
    const host = new MemoryAuditHost();
    expect((await stageOf({ dryRun: true }, host))[1]).toEqual({
      stage: 'problem',
      date: '2027-01-21',
    });
    expect((await stageOf({ maxWrites: 0 }, host))[1]).toEqual({
      stage: 'problem',
      date: undefined,
    });
    expect((await stageOf({}, host))[1]).toEqual({ stage: 'problem', date: '2027-01-21' });
    // Ninety days on, past its date; the issue keeps its first-seen day.
    expect((await stageOf({ today: '2027-02-20' }, host))[1]).toEqual({
      stage: 'past-date',
      date: '2027-01-21',
      inactiveOn: undefined,
    });
  });

  it('counts the leaders whose file gives no id once, in the text and JSON plans', async () => {
    const registry = registryOf(
      auditGroup(1, { coLeaderId: null }),
      auditGroup(2, { status: 'leaving', leaderId: null }),
      auditGroup(3),
    );
    const outcome = await runAudit(options(registry.root, { dryRun: true }), undefined);
    expect(outcome.notMigrated).toEqual({ people: 1, groups: 1 });
    expect(formatPlanText(outcome, true).split('\n')).toContain(
      'Not migrated: 1 leader in 1 group has no githubId in their file: the audit knows them by username only, so it cannot tell whether the account behind a username changed hands.',
    );
    expect(
      JSON.parse(formatPlanJson(outcome, { today: '2026-11-22', dryRun: true })),
    ).toMatchObject({ notMigrated: { people: 1, groups: 1 } });
  });

  it.each([
    [
      'en',
      'open            new    group-1 meetups-minimum  [group-1] 3 of 6 Azure meetups in the last 12 months',
      'Not migrated: 1 leader in 1 group has no githubId in their file: the audit knows them by username only, so it cannot tell whether the account behind a username changed hands.',
      'Dry run: would make 1 change for 1 problem in 2 active groups.',
    ],
    [
      'nl',
      'open            nieuw  group-1 meetups-minimum  [group-1] 3 van 6 Azure-meetups in de afgelopen 12 maanden',
      'Niet overgezet: 1 leider in 1 groep heeft geen githubId in het bestand: de controle kent hen alleen bij gebruikersnaam, en kan dus niet zien of het account achter een gebruikersnaam van eigenaar is veranderd.',
      'Proefrun: zou 1 wijziging maken voor 1 probleem in 2 actieve groepen.',
    ],
    [
      'sv',
      'open            nytt   group-1 meetups-minimum  [group-1] 3 av 6 Azure-möten de senaste 12 månaderna',
      'Inte överflyttade: 1 ledare i 1 grupp har inget githubId i filen: granskningen känner dem bara via användarnamnet, och kan därför inte se om kontot bakom ett användarnamn har bytt ägare.',
      'Provkörning: skulle göra 1 ändring för 1 problem i 2 aktiva grupper.',
    ],
  ] as const)(
    'writes the text plan in the language asked (%s), action types and problem kinds as they are',
    async (language, action, notMigrated, summary) => {
      const registry = registryOf(
        auditGroup(1, { language, meetups: TOO_FEW_MEETUPS }),
        auditGroup(2, { coLeaderId: null }),
      );
      const outcome = await runAudit(options(registry.root, { dryRun: true }), undefined);
      expect(formatPlanText(outcome, true, language).split('\n')).toEqual([
        action,
        'problem group-1 meetups-minimum',
        expect.stringMatching(/^ {2}groups\/group-1\.yaml:\d+:\d+ warning meetups\/minimum {2}\S/),
        notMigrated,
        summary,
        '',
      ]);
    },
  );

  it('asks which account it is only once some issue carries its marker, and once a run', async () => {
    const registry = registryOf(
      auditGroup(1, { meetups: TOO_FEW_MEETUPS }),
      auditGroup(2, { meetups: TOO_FEW_MEETUPS }),
    );
    const host = new MemoryAuditHost();
    await runAudit(options(registry.root), host);
    expect(host.identityAsked).toBe(0);
    await runAudit(options(registry.root), host);
    expect(host.identityAsked).toBe(1);
  });

  it("keeps the date of an issue someone else closed, and starts afresh after the audit's own close", async () => {
    const few = auditGroup(2, { meetups: TOO_FEW_MEETUPS });
    const registry = registryOf(few);
    const host = new MemoryAuditHost();
    await runAudit(options(registry.root), host);
    const [issue] = host.issues;
    if (issue === undefined) throw new Error('no issue opened');

    // Closed by a person (or a merged "Fixes #1"), problem still there.
    issue.state = 'closed';
    issue.stateReason = 'completed';
    await runAudit(options(registry.root, { today: '2026-11-29' }), host);
    expect(host.issues[0]).toMatchObject({ state: 'open' });
    expect(parseMarker(host.issues[0]?.body ?? '')?.since).toBe('2026-11-22');
    expect(host.commentsRead).toEqual([1]);

    // Closed by the audit as solved, then back: a new date, and no comment read.
    registry.write(few.path, auditGroup(2).text);
    await runAudit(options(registry.root, { today: '2026-12-06' }), host);
    expect(parseMarker(host.issues[0]?.body ?? '')).toMatchObject({
      since: '2026-11-22',
      ended: '2026-12-06',
    });
    registry.write(few.path, few.text);
    await runAudit(options(registry.root, { today: '2026-12-13' }), host);
    expect(parseMarker(host.issues[0]?.body ?? '')).toMatchObject({
      since: '2026-12-13',
      ended: undefined,
    });
    expect(host.commentsRead).toEqual([1]);
  });

  it('leaves alone an issue with its marker that another account created, and says so', async () => {
    const few = auditGroup(2, { meetups: TOO_FEW_MEETUPS });
    const registry = registryOf(few);
    const host = new MemoryAuditHost();
    host.issues.push({
      number: 1,
      title: 'copy',
      body: '<!-- tech-groups-registry:audit group=group-2 problem=meetups-minimum since=2025-01-06 -->',
      state: 'open',
      stateReason: null,
      labels: ['audit', 'audit: meetups'],
      author: 12345,
      comments: [],
    });
    const outcome = await runAudit(options(registry.root), host);
    expect(applied(host)).toEqual(['open group-2/meetups-minimum']);
    expect(parseMarker(host.issues[1]?.body ?? '')?.since).toBe('2026-11-22');
    expect(host.issues[0]?.body).toContain('since=2025-01-06');
    expect(outcome.notTheAudits).toEqual([1]);
  });
});
