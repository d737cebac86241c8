import { assessCadence, owesMeetups } from '../../core/meetups.js';
import { field } from '../../core/read.js';
import { say } from '../../i18n/findings/index.js';
import type { GroupRule } from '../rule.js';

export const rule: GroupRule = {
  id: 'meetups/minimum',
  scope: 'group',
  summary:
    'At least the minimum number of Azure meetups (6) in the trailing window (12 months); cancelled and future meetups do not count; new groups are held to their share.',
  severity: 'warning',
  waivable: true,
  check({ data }, { today, policy }) {
    // A group on its way out, or made inactive, is not asked to keep meeting.
    if (!owesMeetups(field(data, 'status'))) return [];
    const cadence = assessCadence(data, today, policy);
    const held = cadence.counted.length;
    // Listed meetups that cannot be read yet are not counted, and not held against the group
    // either: their own errors say what to fix, and fixing them may be all it takes.
    const pending = cadence.unreadable.length;
    if (held + pending >= cadence.required) return [];
    const share =
      cadence.proRataSince === undefined
        ? say('meetups/minimum.share', { required: cadence.required })
        : say('meetups/minimum.share-pro-rata', {
            joined: cadence.proRataSince,
            minimum: policy.meetups.minimum,
            months: policy.meetups.windowMonths,
            required: cadence.required,
          });
    return [
      {
        pointer: '/meetups',
        at: 'key',
        message: say('meetups/minimum.too-few', {
          held,
          from: cadence.windowStart,
          today,
          share,
          pending,
          missing: cadence.required - held - pending,
        }),
      },
    ];
  },
};
