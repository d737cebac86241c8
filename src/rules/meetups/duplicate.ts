import { findDuplicateMeetups, readMeetups } from '../../core/meetups.js';
import type { GroupRule } from '../rule.js';

export const rule: GroupRule = {
  id: 'meetups/duplicate',
  scope: 'group',
  summary: 'No meetup is listed twice (same date and title, or the same page).',
  severity: 'warning',
  waivable: true,
  check({ data }) {
    return findDuplicateMeetups(readMeetups(data)).map(({ duplicate, original }) => ({
      pointer: `/meetups/${duplicate.index}`,
      message: `This meetup (${duplicate.date}) repeats meetups#${original.index + 1}, which has the same ${duplicate.url !== undefined && duplicate.url === original.url ? 'page' : 'date and title'}. It counts once: remove one of the two.`,
    }));
  },
};
