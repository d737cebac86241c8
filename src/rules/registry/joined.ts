import { isPlainDate } from '../../core/dates.js';
import { field, quote } from '../../core/read.js';
import type { GroupRule } from '../rule.js';

/** Statuses that mean the program has admitted the group, as the schema's `if`/`then` lists them. */
const ADMITTED = new Set(['active', 'leaving']);

export const rule: GroupRule = {
  id: 'registry/joined',
  scope: 'group',
  summary:
    'An admitted group has a joined date: the day the program admitted it, never in the future.',
  severity: 'error',
  waivable: false,
  // Every schema issue about `joined` (missing, empty, not a date): the schema's messages would
  // invite a leader to write any date, and this is the one date only the program team sets.
  owns: ['/joined'],
  check({ data }, { today }) {
    const joined = field(data, 'joined');
    const status = field(data, 'status');
    const pointer = '/joined';
    if (joined === undefined || joined === null) {
      if (typeof status === 'string' && ADMITTED.has(status)) {
        return [
          {
            pointer,
            message: `The group's status is ${quote(status)}, so the program has admitted it, but "joined" ${joined === null ? 'is empty' : 'is missing'}. "joined" is the date the program admitted the group, YYYY-MM-DD, and only the program team sets it: ask a maintainer to add it. A group that has not been admitted yet has "status: applying" and no "joined".`,
          },
        ];
      }
      if (joined === null) {
        return [
          {
            pointer,
            message: `"joined" is empty. Remove the line: the program team adds the date it admitted the group when it admits it.`,
          },
        ];
      }
      return [];
    }
    if (!isPlainDate(joined)) {
      return [
        {
          pointer,
          message: `"joined" must be the date the program admitted the group, written YYYY-MM-DD and existing on the calendar; it is ${quote(joined)}. Only the program team sets it.`,
        },
      ];
    }
    if (joined > today) {
      return [
        {
          pointer,
          message: `"joined" is ${joined}, which is after today (${today}). It is the date the program admitted the group, so it cannot be in the future, and only the program team sets it: write the date the program admitted the group, or leave "joined" out while the group is applying.`,
        },
      ];
    }
    return [];
  },
};
