import { describe, expect, it } from 'vitest';
import groupSchema from '../../schemas/group.schema.json' with { type: 'json' };
import { renderMessage, say } from '../i18n/findings/index.js';
import { GROUP_DESCRIPTIONS } from './descriptions.js';

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every schema node with a `description`, by its JSON pointer (not inside enum or examples). */
function described(node: Node, at = ''): Array<[string, string]> {
  const found: Array<[string, string]> =
    typeof node.description === 'string' ? [[at, node.description]] : [];
  for (const [key, child] of Object.entries(node)) {
    if (key === 'enum' || key === 'const' || key === 'examples' || !isNode(child)) continue;
    if (key === 'properties' || key === '$defs') {
      for (const [name, sub] of Object.entries(child))
        if (isNode(sub)) found.push(...described(sub, `${at}/${key}/${name}`));
    } else found.push(...described(child, `${at}/${key}`));
  }
  return found;
}

// The description of the whole file is for editors: no message quotes it.
const descriptions = described(groupSchema).filter(([pointer]) => pointer !== '');

describe("the group schema's descriptions in the findings catalogue", () => {
  it('has an entry for every description in schemas/group.schema.json, and no other', () => {
    expect(descriptions.length).toBeGreaterThan(30);
    expect(Object.keys(GROUP_DESCRIPTIONS).sort()).toEqual(
      descriptions.map(([pointer]) => pointer).sort(),
    );
  });

  it.each(descriptions)('%s: says in English what the schema says', (pointer, text) => {
    const id = GROUP_DESCRIPTIONS[pointer];
    if (id === undefined) throw new Error(`no catalogue entry for ${pointer}`);
    expect(renderMessage(say(id), 'en')).toBe(text);
    // A translation, not the English copied over.
    expect(renderMessage(say(id), 'nl')).not.toBe(text);
    expect(renderMessage(say(id), 'sv')).not.toBe(text);
  });
});
