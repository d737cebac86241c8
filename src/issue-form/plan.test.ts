import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../test/support/registry.js';
import { planFromIssue, type RegistryView } from './plan.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/issue-forms');
const body = (name: string): string =>
  (
    JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as {
      issue: { body: string };
    }
  ).issue.body;

/** The example registry's groups, read from the repository. */
const EXAMPLES: RegistryView = {
  slugs: ['bengaluru-azure', 'lagos-azure', 'seattle-azure', 'stockholm-azure', 'utrecht-azure'],
  read: (slug) => readFileSync(path.join(REPO_ROOT, 'groups', `${slug}.yaml`), 'utf8'),
};

function planned(text: string) {
  const change = planFromIssue(text, EXAMPLES);
  if (!change.ok) throw new Error(JSON.stringify(change.problems));
  return { change, data: load(change.text) as Record<string, unknown> };
}

describe('planFromIssue: join', () => {
  it.each([
    ['a key and a value', 'Eindhoven: x status: active'],
    ['an anchor, a tag and braces', 'Eindhoven &a !!js/function "x" {status: active}'],
    ['a list item', '- status: active'],
    ['a comment', 'Eindhoven # status: active'],
    ['HTML and a Markdown link', '<script>alert(1)</script> [x](https://evil.example)'],
    ['quotes and a backslash', `Ein"dh'oven \\n`],
    ['a document marker', '--- !!binary'],
  ])('keeps %s in an answer one plain value', (_, value) => {
    const { data } = planned(body('join-nl').replace('\nEindhoven\n', `\n${value}\n`));
    expect(data['city']).toBe(value);
    expect(data['status']).toBe('applying');
    expect(Object.keys(data)).toHaveLength(14);
  });

  it('makes the short name from the name, the place first and accents dropped', () => {
    expect(planned(body('join-no-response')).change).toMatchObject({
      group: 'goteborg-azure',
      path: 'groups/goteborg-azure.yaml',
      action: 'create',
      language: 'en',
    });
  });

  it('writes no githubId and no joined date', () => {
    const { data } = planned(body('join-nl'));
    expect(data).not.toHaveProperty('joined');
    expect(data['leader']).not.toHaveProperty('githubId');
    expect(data['coLeader']).not.toHaveProperty('githubId');
  });

  it('keeps a Tech Community ID that is not a number as text, for the check to explain', () => {
    const { data } = planned(body('join-nl').replace('90817263', '12ab'));
    expect(data['leader']).toMatchObject({ techCommunityId: '12ab' });
  });

  it('answers in the language the form gives, Swedish for sv-FI', () => {
    const change = planFromIssue(
      body('join-nl').replace('\nnl\n', '\nsv-FI\n').replace('- [X]', '- [ ]'),
      EXAMPLES,
    );
    expect(change).toMatchObject({ ok: false, form: 'join', language: 'sv' });
  });
});

describe('planFromIssue: leave', () => {
  it('sets only the status', () => {
    const { change, data } = planned(body('leave'));
    expect(change).toMatchObject({
      form: 'leave',
      group: 'utrecht-azure',
      action: 'update',
      language: 'nl',
    });
    expect(change.text).toBe(
      EXAMPLES.read('utrecht-azure').replace('status: active', 'status: leaving'),
    );
    expect(data['status']).toBe('leaving');
  });

  it('forgives groups/ and .yaml around the short name', () => {
    expect(
      planned(body('leave').replace('utrecht-azure', 'groups/utrecht-azure.yaml')).change,
    ).toMatchObject({ group: 'utrecht-azure' });
  });

  it.each([
    ['applying', 'issue-form.leave.applying'],
    ['leaving', 'issue-form.leave.already'],
  ])('refuses a group whose status is %s', (status, messageId) => {
    const registry: RegistryView = {
      slugs: ['utrecht-azure'],
      read: () => EXAMPLES.read('utrecht-azure').replace('status: active', `status: ${status}`),
    };
    const change = planFromIssue(body('leave'), registry);
    expect(change).toMatchObject({
      ok: false,
      language: 'nl',
      problems: [{ message: { id: messageId } }],
    });
  });

  it('refuses a file it cannot edit line by line, and says so', () => {
    const registry: RegistryView = {
      slugs: ['utrecht-azure'],
      read: () => EXAMPLES.read('utrecht-azure').replace('status: active', 'status: >-\n  active'),
    };
    expect(planFromIssue(body('leave'), registry)).toMatchObject({
      ok: false,
      problems: [{ message: { id: 'issue-form.cannot-edit' } }],
    });
  });
});

describe('planFromIssue: update', () => {
  it('changes only the fields answered and adds the meetups, every other byte kept', () => {
    const { change, data } = planned(body('update'));
    expect(change).toMatchObject({
      form: 'update',
      group: 'utrecht-azure',
      action: 'update',
      language: 'nl',
    });
    const before = EXAMPLES.read('utrecht-azure');
    expect(
      change.text.startsWith(
        before.replace(
          'website: https://utrecht-azure.nl/',
          'website: https://www.meetup.com/utrecht-azure/',
        ),
      ),
    ).toBe(true);
    expect(change.text).toContain(
      '  - date: 2027-01-14\n    title: Azure Functions in de praktijk\n    azure: true\n    url: https://www.meetup.com/utrecht-azure/events/301/\n',
    );
    const meetups = data['meetups'] as { title: string; azure: boolean }[];
    expect(meetups.slice(-2)).toEqual([
      {
        date: '2027-01-14',
        title: 'Azure Functions in de praktijk',
        azure: true,
        url: 'https://www.meetup.com/utrecht-azure/events/301/',
      },
      { date: '2027-02-11', title: 'Nieuwjaarsborrel', azure: false },
    ]);
  });

  it('keeps YAML syntax in an answer a plain value, with the file’s comments', () => {
    const registry: RegistryView = {
      slugs: ['utrecht-azure'],
      read: () =>
        EXAMPLES.read('utrecht-azure').replace('city: Utrecht', 'city: Utrecht  # where we meet'),
    };
    const change = planFromIssue(
      body('update').replace(
        '### New city\n\n_No response_',
        '### New city\n\nUtrecht: x # y &a !!str',
      ),
      registry,
    );
    if (!change.ok) throw new Error(JSON.stringify(change.problems));
    expect(change.text).toContain(`city: 'Utrecht: x # y &a !!str'  # where we meet\n`);
    expect((load(change.text) as Record<string, unknown>)['city']).toBe('Utrecht: x # y &a !!str');
  });

  it('sets the fee and its costs together', () => {
    const registry: RegistryView = {
      slugs: ['utrecht-azure'],
      read: () =>
        EXAMPLES.read('utrecht-azure').replace(
          'admission: pass-through\n  passThrough: Zaalhuur en pizza, gedeeld tegen kostprijs',
          'admission: none',
        ),
    };
    const change = planFromIssue(
      body('update')
        .replace('### New admission fee\n\n_No response_', '### New admission fee\n\npass-through')
        .replace(
          '### New costs passed through\n\n_No response_',
          '### New costs passed through\n\nZaalhuur',
        ),
      registry,
    );
    if (!change.ok) throw new Error(JSON.stringify(change.problems));
    expect(change.text).toContain('fees:\n  admission: pass-through\n  passThrough: Zaalhuur\n');
  });

  it.each([
    [
      'an answer the file cannot hold',
      (b: string) =>
        b.replace('### New country code\n\n_No response_', '### New country code\n\nNederland'),
      'issue-form.invalid-answer',
    ],
    [
      'a meetup line that is no meetup',
      (b: string) => b.replace('Nieuwjaarsborrel | no', 'Nieuwjaarsborrel'),
      'issue-form.update.meetup-line',
    ],
    [
      'a meetup on a day that does not exist',
      (b: string) => b.replace('2027-02-11', '2027-02-30'),
      'issue-form.update.meetup-line',
    ],
    [
      'nothing to change',
      (b: string) =>
        b
          .replace(/https:\/\/www\.meetup\.com\/utrecht-azure\/\n/, '_No response_\n')
          .replace(/### Meetups to add\n\n[^]*$/, '### Meetups to add\n\n_No response_'),
      'issue-form.update.nothing',
    ],
  ])('refuses %s, in the group’s language', (_, edit, messageId) => {
    expect(planFromIssue(edit(body('update')), EXAMPLES)).toMatchObject({
      ok: false,
      language: 'nl',
      problems: [{ message: { id: messageId } }],
    });
  });
});

describe('planFromIssue: leadership', () => {
  it('replaces the person in the role, their old account id taken out', () => {
    const { change, data } = planned(body('leadership'));
    expect(change).toMatchObject({ form: 'leadership', group: 'utrecht-azure', action: 'update' });
    expect(data['coLeader']).toEqual({
      name: 'Sanne Visser',
      github: 'sannevisser',
      techCommunityId: 90817270,
      termsAccepted: '2026-11-18',
    });
    expect(data['leader']).toMatchObject({ github: 'annadevries', githubId: 48213907 });
    expect(change.text).toBe(
      EXAMPLES.read('utrecht-azure').replace(
        '  name: Pieter Jansen\n  github: pjansen\n  githubId: 61852340\n  techCommunityId: 2345678\n  termsAccepted: 2024-02-21\n',
        "  name: Sanne Visser\n  github: sannevisser\n  techCommunityId: 90817270\n  termsAccepted: '2026-11-18'\n",
      ),
    );
  });

  it('refuses when who steps down is not in that role', () => {
    expect(
      planFromIssue(body('leadership').replace('@pjansen', 'annadevries'), EXAMPLES),
    ).toMatchObject({
      ok: false,
      language: 'nl',
      problems: [{ field: 'steps-down', message: { id: 'issue-form.leadership.not-current' } }],
    });
  });

  it('names the answer the file cannot hold', () => {
    expect(
      planFromIssue(body('leadership').replace('2026-11-18', '18-11-2026'), EXAMPLES),
    ).toMatchObject({
      ok: false,
      problems: [{ field: 'new-terms-accepted', message: { id: 'issue-form.invalid-answer' } }],
    });
  });
});
