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
