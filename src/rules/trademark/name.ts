import { asText, field, quote } from '../../core/read.js';
import { say } from '../../i18n/findings/index.js';
import type { GroupRule } from '../rule.js';

/** Marks that may not lead a group's name; "<City> Azure User Group" is the pattern that works. */
const LEADING_MARKS = ['microsoft', 'msft', 'azure', 'windows'];

/** Wording that claims Microsoft runs, sponsors or endorses the group. */
const IMPLIED_AFFILIATION: readonly RegExp[] = [
  /\bofficial(ly)?\b/,
  /\b(sponsored|endorsed|approved|certified|run|hosted|organi[sz]ed|powered|operated) by microsoft\b/,
  /\bmicrosoft[- ](sponsored|endorsed|approved|certified|official|run|hosted|organi[sz]ed|powered)\b/,
  /\bmicrosoft['\u2019]?s\b/,
];

/** Bidirectional overrides and isolates: they can make "Microsoft" appear from letters stored backwards. */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** Zero-width and formatting characters that could hide a mark from a plain comparison. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export const rule: GroupRule = {
  id: 'trademark/name',
  scope: 'group',
  summary:
    "The name follows Microsoft's trademark rules: no Microsoft mark as the leading word, no claim of official status or sponsorship.",
  severity: 'error',
  waivable: true,
  check({ data }) {
    const name = asText(field(data, 'name'));
    if (name === undefined) return [];
    if (DIRECTION_CONTROLS.test(name)) {
      return [
        {
          pointer: '/name',
          message: say('trademark/name.direction-controls'),
        },
      ];
    }
    const plain = name.normalize('NFKC').replace(INVISIBLE, '').toLowerCase().trim();
    const firstWord = /^[\p{L}\p{N}]+/u.exec(plain)?.[0] ?? '';
    if (LEADING_MARKS.includes(firstWord)) {
      return [
        {
          pointer: '/name',
          message: say('trademark/name.leading-mark', { name: quote(name), mark: firstWord }),
        },
      ];
    }
    if (IMPLIED_AFFILIATION.some((pattern) => pattern.test(plain))) {
      return [
        {
          pointer: '/name',
          message: say('trademark/name.official', { name: quote(name) }),
        },
      ];
    }
    return [];
  },
};
