import { assessCadence } from '../../core/meetups.js';
import { field } from '../../core/read.js';
import type { GroupRule } from '../rule.js';

export const rule: GroupRule = {
  id: 'meetups/spread',
  scope: 'group',
  summary:
    'Azure meetups are spread through the year: no gap between them, or since the last one, longer than the policy allows (90 days).',
  severity: 'warning',
  waivable: true,
  check({ data }, { today, policy }) {
    if (field(data, 'status') === 'leaving') return [];
    const { maxGapDays } = policy.meetups;
    const cadence = assessCadence(data, today, policy);
    // Any gap may hold a meetup listed with an unreadable date: its error comes first.
    if (cadence.unreadable.length > 0) return [];
    return cadence.longGaps.map(({ from, to, days }) =>
      to === undefined
        ? {
            pointer: '/meetups',
            at: 'key' as const,
            message: `No Azure meetup for ${days} days, since ${from.date}. The program asks for meetups spread through the year (at most ${maxGapDays} days apart): plan the next one, and add it here.`,
          }
        : {
            pointer: `/meetups/${to.index}/date`,
            message: `${days} days passed without an Azure meetup, from ${from.date} to ${to.date}. The program asks for meetups spread through the year, at most ${maxGapDays} days apart.`,
          },
    );
  },
};
