import { isPlainDate } from '../../core/dates.js';
import { field, quote } from '../../core/read.js';
import { say } from '../../i18n/findings/index.js';
import type { GroupRule } from '../rule.js';

/** Statuses that mean the program has admitted the group, as the schema's `if`/`then` lists them. */
const ADMITTED = new Set(['active', 'inactive', 'leaving']);

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
            message: say('registry/joined.missing', {
              status: quote(status),
              written: joined === null ? 'empty' : 'missing',
            }),
          },
        ];
      }
      if (joined === null) {
        return [{ pointer, message: say('registry/joined.empty') }];
      }
      return [];
    }
    if (!isPlainDate(joined)) {
      return [
        {
          pointer,
          message: say('registry/joined.not-a-date', { value: quote(joined) }),
        },
      ];
    }
    if (joined > today) {
      return [
        {
          pointer,
          message: say('registry/joined.future', { joined, today }),
        },
      ];
    }
    return [];
  },
};
