import type { MessageRef } from '../../core/finding.js';
import { assessCadence, owesMeetups, projectShortfall } from '../../core/meetups.js';
import { field } from '../../core/read.js';
import { say } from '../../i18n/findings/index.js';
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
    const [first, ...rest] = shortfall.expiring.map((meetup) => meetup.date);
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
          ...(first === undefined ? {} : { dates: dateList([first, ...rest]) }),
        }),
      },
    ];
  },
};

/** Days as a list phrase: `a, b, c` in English; each language joins the last two its own way. */
function dateList([first, ...rest]: readonly [string, ...string[]]): MessageRef {
  const [second, ...more] = rest;
  if (second === undefined) return say('meetups/at-risk.date', { day: first });
  if (more.length === 0) return say('meetups/at-risk.last-two', { first, last: second });
  return say('meetups/at-risk.dates', { first, rest: dateList([second, ...more]) });
}
