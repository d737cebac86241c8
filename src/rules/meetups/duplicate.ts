import { pointer } from '../../core/json-pointer.js';
import { findDuplicateMeetups, readMeetups } from '../../core/meetups.js';
import { fieldInWords } from '../../load/field-words.js';
import type { GroupRule } from '../rule.js';

export const rule: GroupRule = {
  id: 'meetups/duplicate',
  scope: 'group',
  summary: 'No meetup is listed twice (same date and title, or the same page).',
  severity: 'warning',
  waivable: true,
  check({ file, data }) {
    return findDuplicateMeetups(readMeetups(data)).map(({ duplicate, original }) => ({
      pointer: pointer('meetups', duplicate.index),
      // Only a file with a duplicate pays for the source map, which gives the original's line.
      message: `This meetup (${duplicate.date}) repeats ${fieldInWords(pointer('meetups', original.index), file.content.ok ? { map: file.content.map } : {})}, which has the same ${samePage(duplicate.url, original.url) ? 'page' : 'date and title'}. It counts once: remove one of the two.`,
    }));
  },
};

/** The pages compare as `findDuplicateMeetups` compares them: case and trailing slashes aside. */
function samePage(a: string | undefined, b: string | undefined): boolean {
  const key = (url: string): string => url.replace(/\/+$/, '').toLowerCase();
  return a !== undefined && b !== undefined && key(a) === key(b);
}
