import { describe, expect, it } from 'vitest';
import { check, findingsOf, VALID_GROUP } from '../../../test/support/check.js';

const RULE = 'meetups/url';

/** VALID_GROUP with `url: <value>` under its last meetup (2026-10-22): line 41, value at column 10. */
const withUrl = (value: string): string =>
  VALID_GROUP.replace(
    '    title: AKS automatic\n',
    `    title: AKS automatic\n    url: ${value}\n`,
  );

const at = (message: string) => ({
  rule: RULE,
  severity: 'error',
  file: 'groups/example.yaml',
  pointer: '/meetups/5/url',
  line: 41,
  column: 10,
  message,
});

describe('meetups/url', () => {
  it('passes a meetup without a page, and one with an https or http page', () => {
    expect(check(VALID_GROUP)).toEqual([]);
    expect(check(withUrl('https://www.meetup.com/example-azure/events/301234567/'))).toEqual([]);
    // The format accepts http:// for a meetup's page (the group's own links must be https).
    expect(check(withUrl('http://example-azure.org/meetups/aks'))).toEqual([]);
  });

  it('reports a link that is not a web address once, and says what the format accepts', () => {
    // Before this rule, the schema reported this twice: once for the pattern ("not in the right
    // form"), once for the format, saying "must ... start with https://" though http:// passes.
    const text = withUrl('not a url');
    expect(check(text)).toEqual([
      at(
        'The meetup\'s page "not a url" is not a full web address. Write the whole link, starting with https:// (or http://), or leave "url" out: it is optional.',
      ),
    ]);
  });

  it('offers the link with https:// when only the scheme is missing', () => {
    expect(check(withUrl('www.meetup.com/example-azure/events/301234567/'))).toEqual([
      at(
        'The meetup\'s page "www.meetup.com/example-azure/events/301234567/" is not a full web address. Write the whole link, starting with https:// (or http://), or leave "url" out: it is optional. Did you mean "https://www.meetup.com/example-azure/events/301234567/"?',
      ),
    ]);
  });

  it('asks for a web page, not another kind of link', () => {
    expect(check(withUrl('mailto:events@example-azure.org'))).toEqual([
      at(
        'The meetup\'s page "mailto:events@example-azure.org" must be a web page, starting with https:// (or http://), or leave "url" out: it is optional.',
      ),
    ]);
    expect(check(withUrl('HTTPS://www.meetup.com/example-azure/'))).toEqual([
      at(
        'The meetup\'s page "HTTPS://www.meetup.com/example-azure/" must be a web page, starting with https:// (or http://), or leave "url" out: it is optional. Did you mean "https://www.meetup.com/example-azure/"?',
      ),
    ]);
  });

  it('says what is wrong with a value that is not text, or nothing', () => {
    expect(check(withUrl('42'))).toEqual([
      at(
        'The meetup\'s page must be a web address starting with https://, but "url" is a whole number. Write the whole link, or leave "url" out: it is optional.',
      ),
    ]);
    expect(check(withUrl(''))).toEqual([
      {
        ...at(
          '"url" is empty. Write the meetup\'s public page, starting with https://, or leave "url" out: it is optional.',
        ),
        // An empty value is located at its key.
        column: 5,
      },
    ]);
  });

  it('leaves a link over the length limit to the schema rule', () => {
    const long = `https://example-azure.org/${'a'.repeat(500)}`;
    expect(findingsOf(RULE, withUrl(long))).toEqual([]);
    expect(check(withUrl(long)).map((finding) => `${finding.rule} ${finding.pointer}`)).toEqual([
      'schema /meetups/5/url',
    ]);
  });
});
