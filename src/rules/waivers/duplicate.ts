import { pointer } from '../../core/json-pointer.js';
import { asList, asRecord, field, quote } from '../../core/read.js';
import { say } from '../../i18n/findings/index.js';
import { fieldInWords } from '../../schema/field-words.js';
import type { GroupRule, Problem } from '../rule.js';

export const rule: GroupRule = {
  id: 'waivers/duplicate',
  scope: 'group',
  summary: 'No rule is waived twice; a second waiver could quietly extend the first.',
  severity: 'error',
  waivable: false,
  check({ file, data }) {
    const problems: Problem[] = [];
    const first = new Map<string, number>();
    asList(field(data, 'waivers')).forEach((entry, index) => {
      // Compared exactly, as waivers are applied: only an identical id waives the same rule.
      const ruleId = field(asRecord(entry), 'rule');
      if (typeof ruleId !== 'string' || ruleId.trim() === '') return;
      const earlier = first.get(ruleId);
      if (earlier === undefined) {
        first.set(ruleId, index);
        return;
      }
      // Only a file with a duplicate pays for the source map, which gives the first's line.
      const where = file.content.ok ? { map: file.content.map } : {};
      problems.push({
        pointer: pointer('waivers', index, 'rule'),
        message: say('waivers/duplicate.again', {
          rule: quote(ruleId),
          first: fieldInWords(pointer('waivers', earlier), where),
        }),
      });
    });
    return problems;
  },
};
