import { checkPersonPresence } from '../../core/leaders.js';
import type { GroupRule } from '../rule.js';

export const rule: GroupRule = {
  id: 'leaders/leader',
  scope: 'group',
  summary: 'The group has a leader with a name and a GitHub username.',
  severity: 'error',
  waivable: true,
  owns: ['/leader', '/leader/name', '/leader/github'],
  check: ({ data }) => checkPersonPresence(data, 'leader'),
};
