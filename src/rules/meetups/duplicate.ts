import { pointer } from '../../core/json-pointer.js';
import { findDuplicateMeetups, readMeetups } from '../../core/meetups.js';
import { fieldLabel } from '../schema.js';
import type { GroupRule } from '../rule.js';

export const rule: GroupRule = {
  id: 'meetups/duplicate',
  scope: 'group',
  summary: 'No meetup is listed twice (same date and title, or the same page).',
  severity: 'warning',
  waivable: true,
  check({ data }) {
    return findDuplicateMeetups(readMeetups(data)).map(({ duplicate, original }) => ({
      pointer: pointer('meetups', duplicate.index),
      // Entries are named as the schema rule names fields, by its shared helper.
      message: `This meetup (${duplicate.date}) repeats ${fieldLabel(pointer('meetups', original.index))}, which has the same ${samePage(duplicate.url, original.url) ? 'page' : 'date and title'}. It counts once: remove one of the two.`,
    }));
  },
};

/** The pages compare as `findDuplicateMeetups` compares them: case and trailing slashes aside. */
function samePage(a: string | undefined, b: string | undefined): boolean {
  const key = (url: string): string => url.replace(/\/+$/, '').toLowerCase();
  return a !== undefined && b !== undefined && key(a) === key(b);
}
