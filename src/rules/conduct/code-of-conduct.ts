import { findUrlProblem, type UrlProblem } from '../../core/urls.js';
import { asText, field } from '../../core/read.js';
import { say, type FindingMessageId } from '../../i18n/findings/index.js';
import type { GroupRule } from '../rule.js';

/** What the rule says of each way a link can be wrong. */
const MESSAGES = {
  'not-text': 'conduct/code-of-conduct.not-text',
  'not-a-url': 'conduct/code-of-conduct.not-a-url',
  'not-https': 'conduct/code-of-conduct.not-https',
  credentials: 'conduct/code-of-conduct.credentials',
  'not-public': 'conduct/code-of-conduct.not-public',
} as const satisfies Record<UrlProblem['code'], FindingMessageId>;

export const rule: GroupRule = {
  id: 'conduct/code-of-conduct',
  scope: 'group',
  summary:
    'The group links its published code of conduct, a public https page reachable from its homepage.',
  severity: 'error',
  waivable: true,
  owns: ['/codeOfConduct'],
  check({ data }, { policy }) {
    const value = field(data, 'codeOfConduct');
    if (isBlank(value)) {
      const start =
        policy.codeOfConductUrl === undefined
          ? say('conduct/code-of-conduct.start-from-guide')
          : say('conduct/code-of-conduct.start-from-link', { url: policy.codeOfConductUrl });
      // The key with nothing in it: the leader wrote "codeOfConduct:" and needs the link.
      const id =
        value === undefined ? 'conduct/code-of-conduct.missing' : 'conduct/code-of-conduct.empty';
      return [{ pointer: '/codeOfConduct', message: say(id, { start }) }];
    }
    const problem = findUrlProblem(value);
    return problem === undefined
      ? []
      : [{ pointer: '/codeOfConduct', message: say(MESSAGES[problem.code], problem.params) }];
  },
};

/** Absent or blank: a value of another type is not missing, it is wrong, and is explained as such. */
function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && asText(value) === undefined)
  );
}
