import { explainUrlProblem } from '../../core/urls.js';
import { asText, field } from '../../core/read.js';
import type { GroupRule } from '../rule.js';

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
    const template =
      policy.codeOfConductUrl === undefined
        ? 'If the group has none yet, start from the Azure Tech Groups Code of Conduct (see the program guide).'
        : `If the group has none yet, start from the Azure Tech Groups Code of Conduct: ${policy.codeOfConductUrl}`;
    if (isBlank(value)) {
      return [
        {
          pointer: '/codeOfConduct',
          message: `The group's code of conduct is missing. The program requires a published code of conduct, easy to find from the group's homepage: add "codeOfConduct:" with its https link. ${template}`,
        },
      ];
    }
    const problem = explainUrlProblem(value, 'code of conduct');
    return problem === undefined ? [] : [{ pointer: '/codeOfConduct', message: problem }];
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
