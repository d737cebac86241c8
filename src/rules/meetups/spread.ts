import { assessCadence, owesMeetups } from '../../core/meetups.js';
import { field } from '../../core/read.js';
import { say } from '../../i18n/findings/index.js';
import type { GroupRule } from '../rule.js';

export const rule: GroupRule = {
  id: 'meetups/spread',
  scope: 'group',
  summary:
    'Azure meetups are spread through the year: no gap between them, or since the last one, longer than the policy allows (90 days).',
  severity: 'warning',
  waivable: true,
  check({ data }, { today, policy }) {
    if (!owesMeetups(field(data, 'status'))) return [];
    const { maxGapDays } = policy.meetups;
    const cadence = assessCadence(data, today, policy);
    // Any gap may hold a meetup listed with an unreadable date: its error comes first.
    if (cadence.unreadable.length > 0) return [];
    return cadence.longGaps.map(({ from, to, days }) =>
      to === undefined
        ? {
            pointer: '/meetups',
            at: 'key' as const,
            message: say('meetups/spread.since-last', { days, last: from.date, max: maxGapDays }),
          }
        : {
            pointer: `/meetups/${to.index}/date`,
            message: say('meetups/spread.gap', {
              days,
              from: from.date,
              to: to.date,
              max: maxGapDays,
            }),
          },
    );
  },
};
