import { explainUrlProblem } from '../../core/urls.js';
import { asText, field } from '../../core/read.js';
import type { GroupRule } from '../rule.js';

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
    if (isBlank(value)) {
      return [
        {
          pointer: '/website',
          message:
            'The group\'s website is missing. The program requires a public website or online presence that non-members can read (a site, or a page on a meetup platform): add "website:" with its https link.',
        },
      ];
    }
    const problem = explainUrlProblem(value, 'website');
    return problem === undefined ? [] : [{ pointer: '/website', message: problem }];
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
