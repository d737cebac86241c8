import { pointer } from '../../core/json-pointer.js';
import { findDuplicateMeetups, readMeetups } from '../../core/meetups.js';
import { say } from '../../i18n/findings/index.js';
import { fieldInWords } from '../../schema/field-words.js';
import type { GroupRule } from '../rule.js';

export const rule: GroupRule = {
  id: 'meetups/duplicate',
  scope: 'group',
  summary: 'No meetup is listed twice (same date and title, or the same page).',
  severity: 'warning',
  waivable: true,
  check({ file, data }) {
    return findDuplicateMeetups(readMeetups(data)).map(({ duplicate, original }) => {
      // Only a file with a duplicate pays for the source map, which gives the original's line.
      const where = file.content.ok ? { map: file.content.map } : {};
      return {
        pointer: pointer('meetups', duplicate.index),
        message: say('meetups/duplicate.repeat', {
          date: duplicate.date,
          original: fieldInWords(pointer('meetups', original.index), where),
          same: samePage(duplicate.url, original.url) ? 'page' : 'date-and-title',
        }),
      };
    });
  },
};

/** The pages compare as `findDuplicateMeetups` compares them: case and trailing slashes aside. */
function samePage(a: string | undefined, b: string | undefined): boolean {
  const key = (url: string): string => url.replace(/\/+$/, '').toLowerCase();
  return a !== undefined && b !== undefined && key(a) === key(b);
}
