import { assessCadence, owesMeetups, projectShortfall } from '../../core/meetups.js';
import { field } from '../../core/read.js';
import { listOf, say } from '../../i18n/findings/index.js';
import type { GroupRule } from '../rule.js';

export const rule: GroupRule = {
  id: 'meetups/at-risk',
  scope: 'group',
  summary:
    'A group that meets the minimum today will not fall below it within the look-ahead (60 days) unless it holds another Azure meetup: warned early enough to act.',
  severity: 'warning',
  waivable: true,
  check({ data }, { today, policy }) {
    if (!owesMeetups(field(data, 'status'))) return [];
    // A meetup listed with an unreadable date may be the planned one that keeps the count: its
    // error comes first.
    if (assessCadence(data, today, policy).unreadable.length > 0) return [];
    const shortfall = projectShortfall(data, today, policy);
    if (!shortfall) return [];
    // A group that joined within the window on that day is held to its share, not to the
    // program's minimum: the message says whose number it is.
    const joined = assessCadence(data, shortfall.on, policy).proRataSince;
    return [
      {
        pointer: '/meetups',
        at: 'key',
        message: say('meetups/at-risk.shortfall', {
          on: shortfall.on,
          counted: shortfall.counted,
          months: policy.meetups.windowMonths,
          required: shortfall.required,
          ...(joined === undefined ? { share: 'minimum' } : { share: 'joined', joined }),
          expiring: shortfall.expiring.length,
          // Each day as its language writes a date in a sentence, joined by its own list rules.
          dates: listOf(
            shortfall.expiring.map((meetup) => say('meetups/at-risk.date', { day: meetup.date })),
            'and',
          ),
        }),
      },
    ];
  },
};
