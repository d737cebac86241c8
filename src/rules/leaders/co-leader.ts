import { checkPersonPresence } from '../../core/leaders.js';
import type { GroupRule } from '../rule.js';

export const rule: GroupRule = {
  id: 'leaders/co-leader',
  scope: 'group',
  summary: 'The group has a designated co-leader with a name and a GitHub username.',
  severity: 'error',
  waivable: true,
  owns: ['/coLeader', '/coLeader/name', '/coLeader/github'],
  check: ({ data }) => checkPersonPresence(data, 'coLeader'),
};
