import { readPerson, who } from '../../core/people.js';
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
    const sameLogin = leader.login !== undefined && leader.login === coLeader.login;
    const sameId =
      leader.techCommunityId !== undefined && leader.techCommunityId === coLeader.techCommunityId;
    if (!sameLogin && !sameId) return [];
    return [
      {
        pointer: sameLogin ? '/coLeader/github' : '/coLeader/techCommunityId',
        message: `The leader and the co-leader are the same person (${sameLogin ? who(coLeader) : `Tech Community ID ${coLeader.techCommunityId ?? ''}`}). The program needs two different people, so the group keeps a contact when one leaves: name someone else as co-leader.`,
      },
    ];
  },
};
