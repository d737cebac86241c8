import { isPlainDate } from '../../core/dates.js';
import { field, quote } from '../../core/read.js';
import { say } from '../../i18n/findings/index.js';
import type { GroupRule } from '../rule.js';

export const rule: GroupRule = {
  id: 'registry/inactive',
  scope: 'group',
  summary:
    'An inactive group gives the day it became inactive (inactiveSince), not in the future; no other group has that field.',
  severity: 'error',
  waivable: false,
  // Every schema issue about `inactiveSince` (missing, not a date): like `joined`, it is the
  // program team's date, and the removal after the grace period counts from it.
  owns: ['/inactiveSince'],
  check({ data }, { today }) {
    const since = field(data, 'inactiveSince');
    const status = field(data, 'status');
    const pointer = '/inactiveSince';
    if (since === undefined || since === null) {
      return status === 'inactive'
        ? [
            {
              pointer,
              message: say('registry/inactive.missing', {
                written: since === null ? 'empty' : 'missing',
              }),
            },
          ]
        : since === null
          ? [{ pointer, message: say('registry/inactive.not-inactive', { status: quote(status) }) }]
          : [];
    }
    if (status !== 'inactive')
      return [
        { pointer, message: say('registry/inactive.not-inactive', { status: quote(status) }) },
      ];
    if (!isPlainDate(since))
      return [{ pointer, message: say('registry/inactive.not-a-date', { value: quote(since) }) }];
    if (since > today)
      return [{ pointer, message: say('registry/inactive.future', { since, today }) }];
    return [];
  },
};
