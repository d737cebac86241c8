import { describe, expect, it } from 'vitest';
import groupSchema from '../../schemas/group.schema.json' with { type: 'json' };
import programSchema from '../../schemas/program.schema.json' with { type: 'json' };
import { validateGroup, validateProgram } from './schemas.js';

type Node = Record<string, unknown>;

/** Every property schema, with its path, in both schemas. */
function properties(schema: Node, at = ''): Array<[string, Node]> {
  const found: Array<[string, Node]> = [];
  const visit = (node: Node, where: string): void => {
    for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Node>)) {
      found.push([`${where}/${key}`, child]);
      visit(child, `${where}/${key}`);
    }
    for (const [key, child] of Object.entries((node.$defs ?? {}) as Record<string, Node>))
      visit(child, `${where}#${key}`);
    if (typeof node.items === 'object') visit(node.items as Node, `${where}[]`);
  };
  visit(schema, at);
  return found;
}

describe('the schemas', () => {
  it.each([
    ['group', groupSchema],
    ['program', programSchema],
  ] as const)('the %s schema describes every field, for editors', (_, schema) => {
    const undocumented = properties(schema).filter(
      ([, node]) => typeof node.description !== 'string' || node.description === '',
    );
    expect(undocumented.map(([where]) => where)).toEqual([]);
    expect(schema.$id).toMatch(/^urn:azure-tech-groups:registry:\w+:v\d+$/);
  });

  it('gives examples for every leaf field of a group', () => {
    const leaves = properties(groupSchema).filter(
      ([where, node]) =>
        !where.endsWith('/$schema') &&
        node.type !== 'object' &&
        node.type !== 'array' &&
        node.$ref === undefined,
    );
    expect(
      leaves.filter(([, node]) => !Array.isArray(node.examples)).map(([where]) => where),
    ).toEqual([]);
  });

  it('accepts its own examples', () => {
    for (const example of groupSchema.examples) expect(validateGroup(example)).toEqual([]);
    expect(
      validateProgram({ meetups: { minimum: 6 }, rules: { 'meetups/spread': 'off' } }),
    ).toEqual([]);
  });

  it('names the offending field itself in a normalised issue', () => {
    const [example] = groupSchema.examples;
    const issues = validateGroup({
      ...example,
      leader: { ...example?.leader, emial: 'x' },
      joined: undefined,
    });
    expect(issues.map(({ pointer, keyword, missing }) => ({ pointer, keyword, missing }))).toEqual([
      { pointer: '/joined', keyword: 'required', missing: true },
      { pointer: '/leader/emial', keyword: 'additionalProperties', missing: false },
    ]);
  });

  it('names the field a misspelt one was meant to be, and drops that field as missing', () => {
    const [example] = groupSchema.examples;
    const { techCommunityId, ...leader } = example?.leader ?? {};
    const { meetups, ...group } = example ?? { meetups: undefined };
    const issues = validateGroup({
      ...group,
      meetup: meetups,
      leader: { ...leader, techcommunityid: techCommunityId },
    });
    expect(
      issues.map(({ pointer, keyword, suggestion }) => ({ pointer, keyword, suggestion })),
    ).toEqual([
      { pointer: '/meetup', keyword: 'additionalProperties', suggestion: 'meetups' },
      {
        pointer: '/leader/techcommunityid',
        keyword: 'additionalProperties',
        suggestion: 'techCommunityId',
      },
    ]);
  });

  it('suggests no field the block already has, and keeps a missing field nothing resembles', () => {
    const [example] = groupSchema.examples;
    const { city, ...group } = example ?? { city: undefined };
    const issues = validateGroup({ ...group, Name: 'Example Azure User Group', homepage: city });
    expect(
      issues.map(({ pointer, keyword, suggestion }) => ({ pointer, keyword, suggestion })),
    ).toEqual([
      { pointer: '/city', keyword: 'required', suggestion: undefined },
      { pointer: '/Name', keyword: 'additionalProperties', suggestion: undefined },
      { pointer: '/homepage', keyword: 'additionalProperties', suggestion: undefined },
    ]);
  });
});
