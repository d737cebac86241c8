import { GITHUB_LOGIN } from '../../core/names.js';
import { readPerson } from '../../core/people.js';
import { quote } from '../../core/read.js';
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
          // The shared username itself: the co-leader's name, or their role, would not show why.
          message: say('leaders/distinct.same-github', { account: account(coLeader.github) }),
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

/** The username as the file writes it: a handle when valid, else quoted as the text it is. */
function account(github: string | undefined): string {
  return github !== undefined && GITHUB_LOGIN.test(github) ? `@${github}` : quote(github);
}
