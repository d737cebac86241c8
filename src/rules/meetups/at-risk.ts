import { assessCadence, projectShortfall } from '../../core/meetups.js';
import { field } from '../../core/read.js';
import type { GroupRule } from '../rule.js';

export const rule: GroupRule = {
  id: 'meetups/at-risk',
  scope: 'group',
  summary:
    'A group that meets the minimum today will not fall below it within the look-ahead (60 days) unless it holds another Azure meetup: warned early enough to act.',
  severity: 'warning',
  waivable: true,
  check({ data }, { today, policy }) {
    if (field(data, 'status') === 'leaving') return [];
    // A meetup listed with an unreadable date may be the planned one that keeps the count: its
    // error comes first.
    if (assessCadence(data, today, policy).unreadable.length > 0) return [];
    const shortfall = projectShortfall(data, today, policy);
    if (!shortfall) return [];
    const leaving = shortfall.expiring.map((meetup) => meetup.date).join(', ');
    return [
      {
        pointer: '/meetups',
        at: 'key',
        message: `On ${shortfall.on} the group will have ${shortfall.counted} Azure meetup${shortfall.counted === 1 ? '' : 's'} in the last ${policy.meetups.windowMonths} months, below the ${shortfall.required} the program asks for${leaving === '' ? '' : `, as the meetups of ${leaving} leave the window`}. Plan an Azure meetup before ${shortfall.on} and add it here.`,
      },
    ];
  },
};
