import { isPlainDate } from '../../core/dates.js';
import { readPerson, who, whoWithRole, type Role } from '../../core/people.js';
import { asRecord, field, quote } from '../../core/read.js';
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
      const name = who(person);
      if (accepted === undefined || accepted === null || accepted === false) {
        problems.push({
          pointer,
          message: `${capitalize(whoWithRole(person))} has not accepted the program's terms and conditions. Each leader must accept them; once ${name} has, add "termsAccepted:" with the date, YYYY-MM-DD.`,
        });
      } else if (!isPlainDate(accepted)) {
        problems.push({
          pointer,
          message: `"termsAccepted" must be the date ${name} accepted the terms, written YYYY-MM-DD and existing on the calendar; it is ${quote(accepted)}.`,
        });
      } else if (accepted > today) {
        problems.push({
          pointer,
          message: `${capitalize(name)} accepted the terms on ${accepted}, which is after today (${today}). Write the date they actually accepted.`,
        });
      }
    }
    return problems;
  },
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
