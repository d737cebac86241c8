import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, tempRegistry } from '../../../test/support/registry.js';
import { tgr } from '../../../test/support/tgr.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/issue-forms');

interface Payload {
  action: string;
  issue: { body: string | null; [key: string]: unknown };
  [key: string]: unknown;
}

function fixture(name: string): Payload {
  return JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as Payload;
}

/** The fixture with its body changed as `edit` says. */
function withBody(name: string, edit: (body: string) => string): Payload {
  const payload = fixture(name);
  return { ...payload, issue: { ...payload.issue, body: edit(payload.issue.body ?? '') } };
}

/** Every file under the folder with its bytes, to see what a run wrote. */
function snapshot(root: string): Map<string, string> {
  return new Map(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(root, file), readFileSync(file, 'latin1')] as const;
      }),
  );
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A copy of the example registry with the event payload beside it (outside groups/). */
function registryWith(payload: unknown) {
  const registry = tempRegistry({ 'event.json': JSON.stringify(payload) }, { examples: true });
  cleanups.push(registry.remove);
  return { root: registry.root, before: snapshot(registry.root) };
}

/** The files a run added or changed. */
function changed(root: string, before: Map<string, string>): string[] {
  const after = snapshot(root);
  return [...after].filter(([file, text]) => before.get(file) !== text).map(([file]) => file);
}

async function fromIssue(payload: unknown, ...options: string[]) {
  const { root, before } = registryWith(payload);
  const run = await tgr(root, ['from-issue', 'event.json', ...options]);
  return { ...run, root, changes: changed(root, before) };
}

async function dryJson(payload: unknown) {
  const run = await fromIssue(payload, '--dry-run', '--format', 'json');
  expect(run.changes).toEqual([]);
  return { ...run, report: JSON.parse(run.stdout) as Record<string, unknown> };
}

describe('tgr from-issue: join', () => {
  it('writes a new applying group from a Dutch form, its answers as values, and only that file', async () => {
    const run = await fromIssue(fixture('join-nl'));
    expect(run.stderr).toBe('tgr: wrote groups/eindhoven-azure.yaml\n');
    expect(run.code).toBe(0);
    expect(run.changes).toEqual([path.join('groups', 'eindhoven-azure.yaml')]);
    const text = readFileSync(path.join(run.root, 'groups/eindhoven-azure.yaml'), 'utf8');
    expect(load(text)).toEqual({
      slug: 'eindhoven-azure',
      name: 'Eindhoven Azure User Group',
      status: 'applying',
      city: 'Eindhoven',
      country: 'NL',
      timezone: 'Europe/Amsterdam',
      language: 'nl',
      website: 'https://eindhoven-azure.nl/',
      feeds: ['https://www.meetup.com/eindhoven-azure/events/ical/'],
      codeOfConduct: 'https://eindhoven-azure.nl/gedragscode',
      fees: {
        admission: 'pass-through',
        passThrough: 'Zaalhuur en pizza, gedeeld tegen kostprijs',
      },
      leader: {
        name: 'Eva van Dijk',
        github: 'evavandijk',
        techCommunityId: 90817263,
        termsAccepted: '2026-11-20',
      },
      coLeader: {
        name: 'Joris Bakker',
        github: 'jbakker',
        techCommunityId: 90817264,
        termsAccepted: '2026-11-21',
      },
      meetups: [],
    });
    // The reply is in the form's language: Dutch, and the missing ids are only warnings.
    expect(run.stdout).toContain(
      'Het formulier geeft een nieuw groepsbestand, groups/eindhoven-azure.yaml.',
    );
    expect(run.stdout).toContain('warning leaders/github-id');
    expect(run.stdout).not.toContain(' error ');
  });

  it('reads _No response_ as empty, a lowercase country code as the code, and a body edited in the browser', async () => {
    const first = await fromIssue(fixture('join-no-response'));
    expect(first.code).toBe(0);
    const data = load(
      readFileSync(path.join(first.root, 'groups/goteborg-azure.yaml'), 'utf8'),
    ) as Record<string, unknown>;
    expect(data['country']).toBe('SE');
    expect(data['fees']).toEqual({ admission: 'none' });
    expect(data).not.toHaveProperty('feeds');
    expect(data['name']).toBe('Göteborg Azure Meetup');

    const edited = await fromIssue(fixture('join-edited'));
    expect(edited.code).toBe(0);
    expect(edited.changes).toEqual([path.join('groups', 'goteborg-azure.yaml')]);
  });

  it('prints exactly the change, and writes nothing, with --dry-run --format json', async () => {
    const { code, report } = await dryJson(fixture('join-nl'));
    expect(code).toBe(0);
    expect(Object.keys(report)).toEqual([
      'form',
      'group',
      'path',
      'action',
      'findings',
      'bodySha256',
    ]);
    // The body it was read from, for the bundle to hold against the issue's body as it is now.
    const body = fixture('join-nl').issue.body ?? '';
    expect(report['bodySha256']).toBe(createHash('sha256').update(body, 'utf8').digest('hex'));
    expect(report).toMatchObject({
      form: 'join',
      group: 'eindhoven-azure',
      path: 'groups/eindhoven-azure.yaml',
      action: 'create',
    });
    const findings = report['findings'] as Record<string, unknown>[];
    expect(findings.map((finding) => finding['rule'])).toContain('leaders/github-id');
    expect(Object.keys(findings[0] ?? {})).toEqual([
      'rule',
      'severity',
      'message',
      'messageId',
      'params',
      'line',
      'column',
      'pointer',
    ]);
  });

  it('refuses a name whose short name a group already has, in the form language', async () => {
    const run = await fromIssue(
      withBody('join-nl', (body) =>
        body.replace('Eindhoven Azure User Group', 'Utrecht Azure Meetup'),
      ),
    );
    expect(run.code).toBe(1);
    expect(run.changes).toEqual([]);
    expect(run.stdout).toContain('Er is niets gewijzigd.');
    expect(run.stdout).toContain('de korte naam (slug) utrecht-azure');
  });

  it('refuses a look-alike of a group’s name (Cyrillic letters) as the same short name', async () => {
    const { code, report } = await dryJson(
      withBody('join-no-response', (body) =>
        body.replace('Göteborg Azure Meetup', 'Utr\u0435cht Azure User Gr\u043Eup'),
      ),
    );
    expect(code).toBe(1);
    expect(report['findings']).toMatchObject([{ messageId: 'issue-form.join.taken' }]);
  });

  it('refuses the change when the check finds an error, and writes nothing', async () => {
    const run = await fromIssue(
      withBody('join-no-response', (body) =>
        body.replace('https://goteborg-azure.se/conduct', 'http://goteborg-azure.se/conduct'),
      ),
    );
    expect(run.code).toBe(1);
    expect(run.changes).toEqual([]);
    expect(run.stdout).toContain('error conduct/code-of-conduct');
  });
});

describe('tgr from-issue: leave', () => {
  it('sets status: leaving in the named group, every other byte kept, and replies in its language', async () => {
    const { root, before } = registryWith(fixture('leave'));
    const original = readFileSync(path.join(root, 'groups/utrecht-azure.yaml'), 'utf8');
    const run = await tgr(root, ['from-issue', 'event.json']);
    expect(run.code).toBe(0);
    expect(changed(root, before)).toEqual([path.join('groups', 'utrecht-azure.yaml')]);
    expect(readFileSync(path.join(root, 'groups/utrecht-azure.yaml'), 'utf8')).toBe(
      original.replace('status: active', 'status: leaving'),
    );
    expect(run.stdout).toContain('Het formulier wijzigt groups/utrecht-azure.yaml.');
  });

  it('names the change in --dry-run --format json', async () => {
    const { code, report } = await dryJson(fixture('leave'));
    expect(code).toBe(0);
    expect(report).toMatchObject({
      form: 'leave',
      group: 'utrecht-azure',
      path: 'groups/utrecht-azure.yaml',
      action: 'update',
    });
  });

  it.each([
    ['a group that does not exist', 'nowhere-azure', 'issue-form.group.unknown'],
    ['a look-alike of a group (Cyrillic е)', 'utr\u0435cht-azure', 'issue-form.group.look-alike'],
    [
      'a look-alike with an invisible character',
      'utrecht\u200B-azure',
      'issue-form.group.look-alike',
    ],
    ['a path out of groups/', '../README', 'issue-form.group.unknown'],
  ])('refuses %s, in English, writing nothing', async (_, group, messageId) => {
    const { code, report } = await dryJson(
      withBody('leave', (body) => body.replace('utrecht-azure', group)),
    );
    expect(code).toBe(1);
    expect(report['findings']).toMatchObject([
      { rule: 'issue-form', severity: 'error', messageId },
    ]);
  });
});

describe('tgr from-issue: update and leadership', () => {
  it.each([
    ['update', 'website: https://www.meetup.com/utrecht-azure/'],
    ['leadership', 'github: sannevisser'],
  ])('edits the group file for %s, and only it', async (form, line) => {
    const run = await fromIssue(fixture(form));
    expect(run.code).toBe(0);
    expect(run.changes).toEqual([path.join('groups', 'utrecht-azure.yaml')]);
    expect(readFileSync(path.join(run.root, 'groups/utrecht-azure.yaml'), 'utf8')).toContain(line);
    expect(run.stdout).toContain('Het formulier wijzigt groups/utrecht-azure.yaml.');
  });

  it.each(['update', 'leadership'])(
    'prints the %s change with --dry-run --format json',
    async (form) => {
      const { code, report } = await dryJson(fixture(form));
      expect(code).toBe(0);
      expect(report).toMatchObject({
        form,
        group: 'utrecht-azure',
        path: 'groups/utrecht-azure.yaml',
        action: 'update',
      });
    },
  );

  it('refuses a newcomer who already leads the group, writing nothing', async () => {
    const run = await fromIssue(
      withBody('leadership', (body) => body.replace('\nsannevisser\n', '\nannadevries\n')),
    );
    expect(run.code).toBe(1);
    expect(run.changes).toEqual([]);
    expect(run.stdout).toContain('error leaders/');
  });
});

describe('tgr from-issue: hostile and broken bodies', () => {
  const join = (edit: (body: string) => string) => withBody('join-nl', edit);
  it.each([
    [
      'a ### line inside an answer',
      join((body) =>
        body.replace('gedeeld tegen kostprijs', 'gedeeld\n### Website\n\nhttps://evil.example/'),
      ),
      'issue-form.extra-heading',
    ],
    [
      'an unknown form',
      join((body) => body.replaceAll('### ', '#### ')),
      'issue-form.unknown-form',
    ],
    [
      'a heading removed',
      join((body) => body.replace('### City\n\nEindhoven\n\n', '')),
      'issue-form.unknown-form',
    ],
    ['text before the form', join((body) => `Hallo!\n\n${body}`), 'issue-form.text-before-form'],
    [
      'a required answer missing',
      join((body) => body.replace('\nEindhoven\n', '\n_No response_\n')),
      'issue-form.required',
    ],
    [
      'the confirmation not ticked',
      join((body) => body.replace('- [X]', '- [ ]')),
      'issue-form.unticked',
    ],
    [
      'a fee that is no option',
      join((body) => body.replace('\npass-through\n', '\nfree\n')),
      'issue-form.not-an-option',
    ],
    [
      'a 1 MB body',
      join((body) => body.replace('Zaalhuur', 'x'.repeat(1024 * 1024))),
      'issue-form.too-large',
    ],
    [
      'an over-long answer',
      join((body) => body.replace('Eindhoven\n', `${'E'.repeat(600)}\n`)),
      'issue-form.too-long',
    ],
    [
      'control characters',
      join((body) => body.replace('Eindhoven\n', 'Eind\u0007hoven\n')),
      'issue-form.control',
    ],
    [
      'no body at all',
      { ...fixture('join-nl'), issue: { ...fixture('join-nl').issue, body: null } },
      'issue-form.empty',
    ],
  ])('refuses %s with a clear reply, writing nothing', async (_, payload, messageId) => {
    const { code, report } = await dryJson(payload);
    expect(code).toBe(1);
    expect((report['findings'] as { messageId: string }[]).map((f) => f.messageId)).toContain(
      messageId,
    );
    const run = await fromIssue(payload);
    expect(run.code).toBe(1);
    expect(run.changes).toEqual([]);
    expect(run.stdout).toMatch(/^Er is niets gewijzigd\.|^Nothing was changed\./);
  });

  it('refuses a one-line field answered on two lines', async () => {
    const { code, report } = await dryJson(
      join((body) => body.replace('\nEindhoven\n', '\nEindhoven\nstatus: active\n')),
    );
    expect(code).toBe(1);
    expect(report['findings']).toMatchObject([{ messageId: 'issue-form.one-line' }]);
  });
});

describe('tgr from-issue: usage', () => {
  it.each([
    [[], 'exactly one EVENT.json'],
    [['missing.json'], 'cannot read the event payload'],
    [['event.json', '--format', 'xml'], '--format must be text or json'],
  ])('exits 2 for %j', async (args, message) => {
    const { root } = registryWith(fixture('leave'));
    const run = await tgr(root, ['from-issue', ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('exits 2 for a payload that holds no issue', async () => {
    const { root } = registryWith({ action: 'opened', pull_request: {} });
    const run = await tgr(root, ['from-issue', 'event.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('holds no issue');
  });
});
