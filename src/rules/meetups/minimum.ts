import { assessCadence } from '../../core/meetups.js';
import { field } from '../../core/read.js';
import type { GroupRule } from '../rule.js';

export const rule: GroupRule = {
  id: 'meetups/minimum',
  scope: 'group',
  summary:
    'At least the minimum number of Azure meetups (6) in the trailing window (12 months); cancelled and future meetups do not count; new groups are held to their share.',
  severity: 'warning',
  waivable: true,
  check({ data }, { today, policy }) {
    // A group on its way out is not asked to keep meeting.
    if (field(data, 'status') === 'leaving') return [];
    const cadence = assessCadence(data, today, policy);
    const held = cadence.counted.length;
    // Listed meetups that cannot be read yet are not counted, and not held against the group
    // either: their own errors say what to fix, and fixing them may be all it takes.
    const pending = cadence.unreadable.length;
    if (held + pending >= cadence.required) return [];
    const share =
      cadence.proRataSince === undefined
        ? `the program asks for at least ${cadence.required}`
        : `since joining on ${cadence.proRataSince}, the group's share of the minimum of ${policy.meetups.minimum} per ${policy.meetups.windowMonths} months is ${cadence.required}`;
    const missing = cadence.required - held - pending;
    const uncounted =
      pending === 0
        ? ''
        : ` ${pending} more listed meetup${pending === 1 ? ' does' : 's do'} not count until the ${pending === 1 ? 'error on it is' : 'errors on them are'} fixed.`;
    return [
      {
        pointer: '/meetups',
        at: 'key',
        message: `${held === 0 ? 'No' : `Only ${held}`} Azure meetup${held === 1 ? '' : 's'} held between ${cadence.windowStart} and ${today}; ${share}.${uncounted} Add any Azure meetups held in that time that are not listed yet (with "azure: true"), or plan ${missing} more.`,
      },
    ];
  },
};
