import { describe, it } from 'vitest';
import { DEFAULT_POLICY } from '../../core/policy.js';
import { evaluate } from '../../evaluate/evaluate.js';
import { fileFrom, VALID_GROUP, withField } from '../../../test/support/check.js';
import { ruleTester, verifyCase, type InvalidCase } from '../../../test/support/rule-tester.js';

const RULE = 'conduct/code-of-conduct';

/** The finding at the value of `codeOfConduct: …`, line 10, column 16. */
const atValue = (message: string) => ({ pointer: '/codeOfConduct', line: 10, column: 16, message });

const PRIVATE = 'points to a private or local address that people outside your network cannot open';

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [{ name: 'passes a public https page', text: VALID_GROUP }],
    invalid: [
      {
        name: 'asks for a missing code of conduct at the top of the file, pointing to the program guide',
        text: withField('codeOfConduct', undefined),
        findings: [
          {
            pointer: '/codeOfConduct',
            line: 1,
            column: 1,
            message:
              'The group\'s code of conduct is missing. The program requires a published code of conduct, easy to find from the group\'s homepage: add "codeOfConduct:" with its https link. If the group has none yet, start from the Azure Tech Groups Code of Conduct (see the program guide).',
          },
        ],
      },
      {
        name: 'suggests https for an http link',
        text: withField('codeOfConduct', 'http://example-azure.org/code-of-conduct'),
        findings: [
          atValue(
            'The code of conduct "http://example-azure.org/code-of-conduct" must use https:// so that everyone can open it safely. Did you mean "https://example-azure.org/code-of-conduct"?',
          ),
        ],
      },
      {
        name: 'asks for a whole link',
        text: withField('codeOfConduct', 'example-azure.org/code-of-conduct'),
        findings: [
          atValue(
            'The code of conduct "example-azure.org/code-of-conduct" is not a full web address. Write the whole link, starting with https://. Did you mean "https://example-azure.org/code-of-conduct"?',
          ),
        ],
      },
      ...[
        'https://localhost/coc',
        'https://10.0.0.1/coc',
        'https://192.168.0.5/coc',
        'https://[::1]/coc',
        'https://wiki.club.local/coc',
      ].map((url): InvalidCase => ({
        name: `refuses the private or local address ${url}`,
        text: withField('codeOfConduct', url),
        findings: [atValue(`The code of conduct "${url}" ${PRIVATE}. Use the public link.`)],
      })),
      {
        name: 'refuses a link with credentials in it',
        text: withField(
          'codeOfConduct',
          'https://editor:hunter2@example-azure.org/code-of-conduct',
        ),
        findings: [
          atValue(
            'The code of conduct "https://editor:hunter2@example-azure.org/code-of-conduct" holds a user name or password. Remove them: the link must open for everyone without signing in.',
          ),
        ],
      },
      {
        name: 'explains a value that is not text instead of calling it missing',
        text: withField('codeOfConduct', 'true'),
        findings: [
          atValue(
            'The code of conduct must be a web address starting with https://, but it is true.',
          ),
        ],
      },
    ],
  });

  // check() takes no codeOfConductUrl: this case runs the pipeline with the whole policy.
  it("offers the program's own code of conduct when the policy names it", () => {
    const text = withField('codeOfConduct', '""');
    const [result] = evaluate([fileFrom(text)], {
      today: '2026-11-22',
      policy: { ...DEFAULT_POLICY, codeOfConductUrl: 'https://example.org/azure-tech-groups/coc' },
    });
    verifyCase(
      RULE,
      {
        name: 'the program code of conduct',
        text,
        // Column 16: the opening quote of `codeOfConduct: ""`.
        findings: [
          atValue(
            'The group\'s code of conduct is missing. The program requires a published code of conduct, easy to find from the group\'s homepage: add "codeOfConduct:" with its https link. If the group has none yet, start from the Azure Tech Groups Code of Conduct: https://example.org/azure-tech-groups/coc',
          ),
        ],
      },
      result?.findings ?? [],
    );
  });
});
