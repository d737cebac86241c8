import { describe, expect, it } from 'vitest';
import { check, findingsOf, VALID_GROUP, withField } from '../../../test/support/check.js';

const RULE = 'registry/file-name';

describe('registry/file-name', () => {
  it('passes groups/<slug>.yaml', () => {
    expect(findingsOf(RULE, VALID_GROUP)).toEqual([]);
    expect(
      findingsOf(RULE, withField('slug', 'utrecht-azure-2'), {
        path: 'groups/utrecht-azure-2.yaml',
      }),
    ).toEqual([]);
  });

  it('reports a slug that differs from the file name, on the slug', () => {
    const findings = findingsOf(RULE, VALID_GROUP, { path: 'groups/utrecht-azure.yaml' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      file: 'groups/utrecht-azure.yaml',
      pointer: '/slug',
      line: 1,
      column: 7,
    });
    expect(findings[0]?.message).toContain(
      '"example" differs from the file name "utrecht-azure.yaml"',
    );
    expect(findings[0]?.message).toContain('Rename the file to groups/example.yaml');
    expect(findings[0]?.message).toContain('or change the slug to match the file name');
  });

  it('asks to move a file that is outside groups/', () => {
    const findings = findingsOf(RULE, VALID_GROUP, { path: 'other/x.yaml' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      file: 'other/x.yaml',
      pointer: '',
      line: 1,
      column: 1,
    });
    expect(findings[0]?.message).toContain("live in the registry's groups/ folder");
    expect(findings[0]?.message).toContain('Move this file to groups/example.yaml.');
  });

  it('asks for the .yaml extension', () => {
    const findings = findingsOf(RULE, VALID_GROUP, { path: 'groups/example.yml' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', pointer: '', line: 1, column: 1 });
    expect(findings[0]?.message).toContain('Move this file to groups/example.yaml.');
  });

  it('refuses a file in a folder under groups/', () => {
    const findings = findingsOf(RULE, VALID_GROUP, { path: 'groups/sub/example.yaml' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', pointer: '', line: 1, column: 1 });
    expect(findings[0]?.message).toContain('Move this file to groups/example.yaml.');
  });

  it('reports a slug of the wrong form, and the schema does not repeat it', () => {
    const text = withField('slug', 'Example_Group');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', pointer: '/slug', line: 1, column: 7 });
    expect(findings[0]?.message).toContain(
      'The slug "Example_Group" may only hold lowercase letters, digits and single hyphens',
    );
    expect(findings[0]?.message).toContain('such as "utrecht-azure"');
    expect(check(text).filter((finding) => finding.rule === 'schema')).toEqual([]);
  });

  it('asks to quote a slug that YAML reads as a number', () => {
    const findings = findingsOf(RULE, withField('slug', '2600'), { path: 'groups/2600.yaml' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', pointer: '/slug', line: 1, column: 7 });
    expect(findings[0]?.message).toContain('YAML reads 2600 as a number');
    expect(findings[0]?.message).toContain('slug: "2600"');
    expect(findingsOf(RULE, withField('slug', '"2600"'), { path: 'groups/2600.yaml' })).toEqual([]);
  });

  it('reports a slug of another type as a slug of the wrong form', () => {
    const findings = findingsOf(RULE, withField('slug', '[example]'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', pointer: '/slug', line: 1, column: 7 });
    expect(findings[0]?.message).toMatch(/^The slug .*example.* may only hold lowercase letters/);
  });

  it('asks for a missing slug, suggesting the file name, without a schema report', () => {
    const text = withField('slug', undefined);
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', pointer: '/slug', line: 1, column: 1 });
    expect(findings[0]?.message).toContain('The file has no slug. Add "slug: example" at the top');
    expect(check(text).filter((finding) => finding.rule === 'schema')).toEqual([]);
  });

  it('treats an empty slug as missing', () => {
    const findings = findingsOf(RULE, withField('slug', ''));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', pointer: '/slug', line: 1, column: 1 });
    expect(findings[0]?.message).toContain('The file has no slug.');
  });

  it('does not suggest a file name that is no slug', () => {
    const findings = findingsOf(RULE, withField('slug', undefined), {
      path: 'groups/My_Group.yaml',
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('Add "slug: your-group-name" at the top');
  });
});
