import { isPlainDate } from '../../core/dates.js';
import { asList, asRecord, asText, field, quote } from '../../core/read.js';
import { say } from '../../i18n/findings/index.js';
import type { GroupRule, Problem } from '../rule.js';

export const rule: GroupRule = {
  id: 'waivers/expired',
  scope: 'group',
  summary: 'No waiver has passed its end date; an expired waiver no longer silences its rule.',
  severity: 'warning',
  waivable: false,
  check({ data }, { today }) {
    const problems: Problem[] = [];
    asList(field(data, 'waivers')).forEach((entry, index) => {
      const waiver = asRecord(entry);
      const until = field(waiver, 'until');
      const ruleId = asText(field(waiver, 'rule'));
      if (!isPlainDate(until) || until >= today || ruleId === undefined) return;
      problems.push({
        pointer: `/waivers/${index}/until`,
        message: say('waivers/expired.ended', { rule: quote(ruleId), until }),
      });
    });
    return problems;
  },
};
