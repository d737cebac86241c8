import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../test/support/registry.js';
import { FORMS } from './forms.js';

const FOLDER = path.join(REPO_ROOT, '.github/ISSUE_TEMPLATE');
const TYPES = ['markdown', 'input', 'textarea', 'dropdown', 'checkboxes'];

interface Element {
  type: string;
  id?: string;
  attributes: {
    label?: string;
    description?: string;
    value?: string;
    options?: (string | { label: string; required?: boolean })[];
  };
  validations?: { required?: boolean };
}

function template(file: string): { name: string; description: string; body: Element[] } {
  return load(readFileSync(path.join(FOLDER, file), 'utf8')) as {
    name: string;
    description: string;
    body: Element[];
  };
}

const formFiles = readdirSync(FOLDER).filter((file) => file !== 'config.yml');

/**
 * GitHub's issue-form syntax (docs.github.com, "Syntax for issue forms" and "Syntax for GitHub's
 * form schema"): top-level name, description and body; each element a known type; every element
 * but markdown with a label, an id of letters, digits, - and _, both unique in the form.
 */
describe.each(formFiles)('the issue form %s', (file) => {
  const form = template(file);
  const fields = form.body.filter((element) => element.type !== 'markdown');

  it('has a name, a description and a body of known elements', () => {
    expect(form.name).toEqual(expect.any(String));
    expect(form.description).toEqual(expect.any(String));
    for (const element of form.body) expect(TYPES).toContain(element.type);
  });

  it('gives every field an id and a label, each unique', () => {
    const ids = fields.map((field) => field.id);
    const labels = fields.map((field) => field.attributes.label);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    for (const label of labels) expect(label).toEqual(expect.any(String));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('helps in Dutch and Swedish in every field', () => {
    for (const field of fields) {
      expect(field.attributes.description, field.id).toMatch(/NL: .+ SV: /);
    }
  });

  it('is the form the code reads, field for field', () => {
    const definition = FORMS.find((candidate) => candidate.file === file);
    expect(definition, `${file} in src/issue-form/forms.ts`).toBeDefined();
    expect(
      fields.map((field) => ({
        id: field.id,
        label: field.attributes.label,
        type: field.type,
        required:
          field.type === 'checkboxes'
            ? (field.attributes.options ?? []).some(
                (option) => typeof option !== 'string' && option.required === true,
              )
            : field.validations?.required === true,
        ...(field.attributes.options
          ? {
              options: field.attributes.options.map((option) =>
                typeof option === 'string' ? option : option.label,
              ),
            }
          : {}),
      })),
    ).toEqual(definition?.fields.map((field) => ({ ...field })));
  });
});

describe('the issue forms', () => {
  it('are each defined once, in a file of their own', () => {
    expect(FORMS.map((form) => form.file).sort()).toEqual([...formFiles].sort());
  });

  it('ask, in join, every field the schema requires of a new group', () => {
    const schema = JSON.parse(
      readFileSync(path.join(REPO_ROOT, 'schemas/group.schema.json'), 'utf8'),
    ) as { required: string[]; $defs: { person: { required: string[] } } };
    const join = FORMS.find((form) => form.name === 'join');
    const required = new Set(
      join?.fields.filter((field) => field.required).map((field) => field.id),
    );
    // tgr from-issue fills these itself: the slug from the name, the status, an empty list.
    const filled = new Set(['slug', 'status', 'meetups']);
    const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    for (const key of schema.required) {
      if (filled.has(key)) continue;
      if (key === 'leader' || key === 'coLeader') {
        for (const part of schema.$defs.person.required)
          expect(required, `${key}.${part}`).toContain(`${kebab(key)}-${kebab(part)}`);
      } else expect(required, key).toContain(kebab(key));
    }
  });

  it('link the leaders’ guide from config.yml', () => {
    const config = load(readFileSync(path.join(FOLDER, 'config.yml'), 'utf8')) as {
      blank_issues_enabled: boolean;
      contact_links: { name: string; url: string; about: string }[];
    };
    expect(typeof config.blank_issues_enabled).toBe('boolean');
    const [link] = config.contact_links;
    expect(link?.url).toMatch(
      /^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/main\/docs\/leaders\.md$/,
    );
    expect(existsSync(path.join(REPO_ROOT, 'docs/leaders.md'))).toBe(true);
  });
});
