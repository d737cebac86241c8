import { isPlainDate } from '../../core/dates.js';
import { personName, personWithRole, readPerson, type Role } from '../../core/people.js';
import { asRecord, field, quote } from '../../core/read.js';
import { say } from '../../i18n/findings/index.js';
import type { GroupRule, Problem } from '../rule.js';

export const rule: GroupRule = {
  id: 'leaders/terms',
  scope: 'group',
  summary:
    'The leader and the co-leader have each accepted the terms and conditions, on a date that is not in the future.',
  severity: 'error',
  waivable: true,
  owns: ['/leader/termsAccepted', '/coLeader/termsAccepted'],
  check({ data }, { today }) {
    const problems: Problem[] = [];
    for (const role of ['leader', 'coLeader'] as const satisfies readonly Role[]) {
      const person = readPerson(data, role);
      if (!person) continue;
      const accepted = field(asRecord(field(data, role)), 'termsAccepted');
      const pointer = `/${role}/termsAccepted`;
      const name = personName(person);
      if (accepted === undefined || accepted === null || accepted === false) {
        problems.push({
          pointer,
          message: say('leaders/terms.not-accepted', { person: personWithRole(person), name }),
        });
      } else if (!isPlainDate(accepted)) {
        problems.push({
          pointer,
          message: say('leaders/terms.not-a-date', { name, value: quote(accepted) }),
        });
      } else if (accepted > today) {
        problems.push({
          pointer,
          message: say('leaders/terms.future', { name, accepted, today }),
        });
      }
    }
    return problems;
  },
};
