import { describe } from 'vitest';
import { VALID_GROUP } from '../../../test/support/check.js';
import { ruleTester, type InvalidCase } from '../../../test/support/rule-tester.js';

const RULE = 'feeds/url';

/** VALID_GROUP with a `feeds:` block after `website:` (line 9): the first feed is on line 11. */
function withFeeds(...lines: string[]): string {
  return VALID_GROUP.replace(
    /^(website: .*\n)/m,
    `$1feeds:\n${lines.map((line) => `  - ${line}\n`).join('')}`,
  );
}

const HOW =
  'Write the public iCalendar link (on Meetup: https://www.meetup.com/<your-group>/events/ical/), or remove it.';
const PRIVATE = 'points to a private or local address that people outside your network cannot open';

/** A case for one feed `url` with this one finding at it (line 11, column 5). */
const feed = (name: string, url: string, message: string): InvalidCase => ({
  name,
  text: withFeeds(url),
  findings: [{ pointer: '/feeds/0', line: 11, column: 5, message: `${message} ${HOW}` }],
});

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      { name: 'passes a group without feeds', text: VALID_GROUP },
      {
        name: 'passes a Meetup and a Luma feed',
        text: withFeeds(
          'https://www.meetup.com/utrecht-azure/events/ical/',
          'https://api.lu.ma/ics/get?entity=calendar&id=cal-abc123',
        ),
      },
      {
        name: 'leaves a too long link to the schema rule',
        text: withFeeds(`https://example-azure.org/${'a'.repeat(480)}.ics`),
        also: [
          {
            rule: 'schema',
            pointer: '/feeds/0',
            line: 11,
            column: 5,
            message: 'The 1st entry of "feeds" is too long: at most 500 characters.',
          },
        ],
      },
    ],
    invalid: [
      feed(
        'suggests https for an http feed',
        'http://www.meetup.com/utrecht-azure/events/ical/',
        'The event feed "http://www.meetup.com/utrecht-azure/events/ical/" must use https:// so that everyone can open it safely. Did you mean "https://www.meetup.com/utrecht-azure/events/ical/"?',
      ),
      feed(
        'refuses a webcal link',
        'webcal://example-azure.org/events.ics',
        'The event feed "webcal://example-azure.org/events.ics" must use https:// so that everyone can open it safely.',
      ),
      ...[
        'https://localhost/feed.ics',
        'https://169.254.169.254/latest/meta-data/',
        'https://10.0.0.1/feed.ics',
        'https://[::1]/feed.ics',
        'https://[fd00::1]/feed.ics',
        'https://calendar.internal/feed.ics',
        'https://intranet/feed.ics',
      ].map((url) =>
        feed(
          `refuses the private or local address ${url}`,
          url,
          `The event feed "${url}" ${PRIVATE}. Use the public link.`,
        ),
      ),
      feed(
        'refuses a link with credentials in it',
        'https://anna:secret@example-azure.org/feed.ics',
        'The event feed "https://anna:secret@example-azure.org/feed.ics" holds a user name or password. Remove them: the link must open for everyone without signing in.',
      ),
      {
        name: 'reports each bad feed at its own line, and only those',
        text: withFeeds(
          'https://www.meetup.com/utrecht-azure/events/ical/',
          'https://192.168.1.20/feed.ics',
        ),
        findings: [
          {
            pointer: '/feeds/1',
            line: 12,
            column: 5,
            message: `The event feed "https://192.168.1.20/feed.ics" ${PRIVATE}. Use the public link. ${HOW}`,
          },
        ],
      },
      {
        name: 'explains a feed that is not text',
        text: withFeeds('42'),
        findings: [
          {
            pointer: '/feeds/0',
            line: 11,
            column: 5,
            message: `The event feed must be a web address starting with https://, but it is 42. ${HOW}`,
          },
        ],
      },
    ],
  });
});
