import { personName, readPerson } from '../../core/people.js';
import { say } from '../../i18n/findings/index.js';
import type { GroupRule } from '../rule.js';

export const rule: GroupRule = {
  id: 'leaders/distinct',
  scope: 'group',
  summary: 'The leader and the co-leader are two different people.',
  severity: 'error',
  waivable: true,
  check({ data }) {
    const leader = readPerson(data, 'leader');
    const coLeader = readPerson(data, 'coLeader');
    if (!leader || !coLeader) return [];
    if (leader.login !== undefined && leader.login === coLeader.login) {
      return [
        {
          pointer: '/coLeader/github',
          message: say('leaders/distinct.same-github', { name: personName(coLeader) }),
        },
      ];
    }
    if (
      leader.techCommunityId !== undefined &&
      leader.techCommunityId === coLeader.techCommunityId
    ) {
      return [
        {
          pointer: '/coLeader/techCommunityId',
          message: say('leaders/distinct.same-id', { id: String(coLeader.techCommunityId) }),
        },
      ];
    }
    return [];
  },
};
