import { checkPersonPresence, type PresenceFlaw } from '../../core/leaders.js';
import type { FindingMessageId } from '../../i18n/findings/index.js';
import type { GroupRule } from '../rule.js';

const MESSAGES = {
  missing: 'leaders/leader.missing',
  'not-a-block': 'leaders/leader.not-a-block',
  'name-not-text': 'leaders/leader.name-not-text',
  'name-missing': 'leaders/leader.name-missing',
  'github-number': 'leaders/leader.github-number',
  'github-not-text': 'leaders/leader.github-not-text',
  'github-missing': 'leaders/leader.github-missing',
  'github-invalid': 'leaders/leader.github-invalid',
  'github-just-username': 'leaders/leader.github-just-username',
} as const satisfies Record<PresenceFlaw, FindingMessageId>;

export const rule: GroupRule = {
  id: 'leaders/leader',
  scope: 'group',
  summary: 'The group has a leader with a name and a GitHub username.',
  severity: 'error',
  waivable: true,
  owns: ['/leader', '/leader/name', '/leader/github'],
  check: ({ data }) => checkPersonPresence(data, 'leader', MESSAGES),
};
