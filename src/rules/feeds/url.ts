import { pointer } from '../../core/json-pointer.js';
import { asList, field } from '../../core/read.js';
import { explainUrlProblem } from '../../core/urls.js';
import type { GroupRule, Problem } from '../rule.js';

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
      const problem = explainUrlProblem(value, 'event feed');
      if (problem !== undefined) {
        problems.push({
          pointer: pointer('feeds', index),
          message: `${problem} Write the public iCalendar link (on Meetup: https://www.meetup.com/<your-group>/events/ical/), or remove it.`,
        });
      }
    });
    return problems;
  },
};
