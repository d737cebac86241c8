import type { SourceRule } from './rule.js';

export const rule: SourceRule = {
  id: 'yaml',
  scope: 'source',
  summary:
    'The file is readable: a regular file of UTF-8 text, valid YAML, one mapping, no duplicate keys, aliases or deep nesting.',
  severity: 'error',
  waivable: false,
  check(file) {
    const { content } = file;
    if (content.ok) return [];
    return [{ pointer: '', message: content.reason, position: content.position }];
  },
};
