import { describe } from 'vitest';
import { VALID_GROUP, withField } from '../../../test/support/check.js';
import { ruleTester, type InvalidCase } from '../../../test/support/rule-tester.js';

const RULE = 'presence/website';

/** The finding at the value of `website: …`, line 9, column 10. */
const atValue = (message: string) => ({ pointer: '/website', line: 9, column: 10, message });

/** A case for `website: <url>` with this one finding at its value. */
const website = (name: string, url: string, message: string): InvalidCase => ({
  name,
  text: withField('website', url),
  findings: [atValue(message)],
});

const PRIVATE = 'points to a private or local address that people outside your network cannot open';

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      { name: 'passes a public https page', text: VALID_GROUP },
      {
        name: 'passes a page on a meetup platform',
        text: withField('website', 'https://www.meetup.com/utrecht-azure/'),
      },
      { name: 'passes a public IP address', text: withField('website', 'https://8.8.8.8/') },
      {
        name: 'leaves a too long link to the schema rule',
        text: withField('website', `https://example-azure.org/${'a'.repeat(480)}`),
        also: [
          {
            rule: 'schema',
            pointer: '/website',
            line: 9,
            column: 10,
            message: '"website" is too long: at most 500 characters.',
          },
        ],
      },
    ],
    invalid: [
      {
        name: 'asks for a missing website at the top of the file, once',
        text: withField('website', undefined),
        findings: [
          {
            pointer: '/website',
            line: 1,
            column: 1,
            message:
              'The group\'s website is missing. The program requires a public website or online presence that non-members can read (a site, or a page on a meetup platform): add "website:" with its https link.',
          },
        ],
      },
      {
        name: 'asks for an empty website, on its line',
        text: withField('website', ''),
        findings: [
          {
            pointer: '/website',
            line: 9,
            column: 1,
            message:
              'The group\'s website is missing. The program requires a public website or online presence that non-members can read (a site, or a page on a meetup platform): add "website:" with its https link.',
          },
        ],
      },
      website(
        'suggests https for an http link',
        'http://example-azure.org/',
        'The website "http://example-azure.org/" must use https:// so that everyone can open it safely. Did you mean "https://example-azure.org/"?',
      ),
      {
        name: 'asks for a whole link when the scheme is left out, suggesting it',
        text: withField('website', 'example-azure.org'),
        findings: [
          atValue(
            'The website "example-azure.org" is not a full web address. Write the whole link, starting with https://. Did you mean "https://example-azure.org"?',
          ),
        ],
      },
      {
        name: 'does not suggest a link that would itself fail: no address',
        text: withField('website', 'our website'),
        findings: [
          atValue(
            'The website "our website" is not a full web address. Write the whole link, starting with https://.',
          ),
        ],
      },
      {
        name: 'does not suggest a link that would itself fail: a local address',
        text: withField('website', 'http://localhost:8080/'),
        findings: [
          atValue(
            'The website "http://localhost:8080/" must use https:// so that everyone can open it safely.',
          ),
        ],
      },
      ...[
        'https://localhost/',
        'https://10.0.0.1/',
        'https://192.168.1.20/groep',
        'https://[::1]/',
        'https://[::ffff:10.0.0.1]/',
        'https://club.local/',
        'https://intranet/',
      ].map((url) =>
        website(
          `refuses the private or local address ${url}`,
          url,
          `The website "${url}" ${PRIVATE}. Use the public link.`,
        ),
      ),
      website(
        'refuses a link with credentials in it',
        'https://anna:secret@example-azure.org/',
        'The website "https://anna:secret@example-azure.org/" holds a user name or password. Remove them: the link must open for everyone without signing in.',
      ),
      ...[
        ['refuses a link with only a user name in it', 'https://anna@example-azure.org/'],
        ['names credentials before a private host', 'https://anna:secret@localhost/'],
      ].map(([name = '', url = '']) =>
        website(
          name,
          url,
          `The website "${url}" holds a user name or password. Remove them: the link must open for everyone without signing in.`,
        ),
      ),
      // The https-prefixed candidate still holds the space, so it would fail too: no suggestion.
      ...['https://example-azure.org/our group', 'example-azure.org/our group'].map((url) =>
        website(
          `calls a link with a space in it not a full web address, without a suggestion: ${url}`,
          url,
          `The website "${url}" is not a full web address. Write the whole link, starting with https://.`,
        ),
      ),
      {
        name: 'explains a value that is not text instead of calling it missing',
        text: withField('website', '[https://example-azure.org/]'),
        findings: [
          atValue(
            'The website must be a web address starting with https://, but it is ["https://example-azure.org/"].',
          ),
        ],
      },
    ],
  });
});
