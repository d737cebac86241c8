import { findUrlProblem, type UrlProblem } from '../../core/urls.js';
import { asText, field } from '../../core/read.js';
import { say, type FindingMessageId } from '../../i18n/findings/index.js';
import type { GroupRule } from '../rule.js';

/** What the rule says of each way a link can be wrong. */
const MESSAGES = {
  'not-text': 'presence/website.not-text',
  'not-a-url': 'presence/website.not-a-url',
  'not-https': 'presence/website.not-https',
  credentials: 'presence/website.credentials',
  'not-public': 'presence/website.not-public',
} as const satisfies Record<UrlProblem['code'], FindingMessageId>;

export const rule: GroupRule = {
  id: 'presence/website',
  scope: 'group',
  summary:
    'The group has a public-facing website or online presence, an https page non-members can open.',
  severity: 'error',
  waivable: true,
  owns: ['/website'],
  check({ data }) {
    const value = field(data, 'website');
    // The key with nothing in it: the leader wrote "website:" and needs the link, not the field.
    if (isBlank(value)) {
      return [
        {
          pointer: '/website',
          message: say(value === undefined ? 'presence/website.missing' : 'presence/website.empty'),
        },
      ];
    }
    const problem = findUrlProblem(value);
    return problem === undefined
      ? []
      : [{ pointer: '/website', message: say(MESSAGES[problem.code], problem.params) }];
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
