import { checkPersonPresence, type PresenceFlaw } from '../../core/leaders.js';
import type { FindingMessageId } from '../../i18n/findings/index.js';
import type { GroupRule } from '../rule.js';

const MESSAGES = {
  missing: 'leaders/co-leader.missing',
  'not-a-block': 'leaders/co-leader.not-a-block',
  'name-not-text': 'leaders/co-leader.name-not-text',
  'name-missing': 'leaders/co-leader.name-missing',
  'github-number': 'leaders/co-leader.github-number',
  'github-not-text': 'leaders/co-leader.github-not-text',
  'github-missing': 'leaders/co-leader.github-missing',
  'github-invalid': 'leaders/co-leader.github-invalid',
  'github-just-username': 'leaders/co-leader.github-just-username',
} as const satisfies Record<PresenceFlaw, FindingMessageId>;

export const rule: GroupRule = {
  id: 'leaders/co-leader',
  scope: 'group',
  summary: 'The group has a designated co-leader with a name and a GitHub username.',
  severity: 'error',
  waivable: true,
  owns: ['/coLeader', '/coLeader/name', '/coLeader/github'],
  check: ({ data }) => checkPersonPresence(data, 'coLeader', MESSAGES),
};
