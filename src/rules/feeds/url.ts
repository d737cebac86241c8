import { pointer } from '../../core/json-pointer.js';
import { asList, asText, field } from '../../core/read.js';
import { findUrlProblem, type UrlProblem } from '../../core/urls.js';
import { say, type FindingMessageId } from '../../i18n/findings/index.js';
import type { GroupRule, Problem } from '../rule.js';

/** What the rule says of each way a feed's link can be wrong, each with how to fix it. */
const MESSAGES = {
  'not-text': 'feeds/url.not-text',
  'not-a-url': 'feeds/url.not-a-url',
  'not-https': 'feeds/url.not-https',
  credentials: 'feeds/url.credentials',
  'not-public': 'feeds/url.not-public',
} as const satisfies Record<UrlProblem['code'], FindingMessageId>;

export const rule: GroupRule = {
  id: 'feeds/url',
  scope: 'group',
  summary:
    "Each of the group's event feeds is an https link on a public host, as its website must be.",
  severity: 'error',
  waivable: false,
  // The same checks as presence/website (https, a public host, no credentials), said once per
  // feed instead of the schema's generic pattern message.
  owns: ['/feeds/*'],
  check({ data }) {
    const problems: Problem[] = [];
    asList(field(data, 'feeds')).forEach((value, index) => {
      // `- ` and `- ""` hold no link: said as empty, not as "null" or a bad address.
      if (value === null || (typeof value === 'string' && asText(value) === undefined)) {
        problems.push({ pointer: pointer('feeds', index), message: say('feeds/url.empty') });
        return;
      }
      const problem = findUrlProblem(value);
      if (problem !== undefined) {
        problems.push({
          pointer: pointer('feeds', index),
          message: say(MESSAGES[problem.code], problem.params),
        });
      }
    });
    return problems;
  },
};
