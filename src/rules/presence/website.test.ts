import { describe, expect, it } from 'vitest';
import { check, findingsOf, VALID_GROUP, withField } from '../../../test/support/check.js';

const RULE = 'presence/website';

/** Schema findings about the website other than its length: the named rule claims them. */
const schemaAboutWebsite = (text: string) =>
  check(text).filter((finding) => finding.rule === 'schema' && finding.pointer === '/website');

const PRIVATE = 'points to a private or local address that people outside your network cannot open';

describe('presence/website', () => {
  it('passes a public https page', () => {
    expect(findingsOf(RULE, VALID_GROUP)).toEqual([]);
    expect(findingsOf(RULE, withField('website', 'https://www.meetup.com/utrecht-azure/'))).toEqual(
      [],
    );
    expect(findingsOf(RULE, withField('website', 'https://8.8.8.8/'))).toEqual([]);
  });

  it('asks for a missing website at the top of the file, once', () => {
    const text = withField('website', undefined);
    expect(findingsOf(RULE, text)).toEqual([
      {
        rule: RULE,
        severity: 'error',
        file: 'groups/example.yaml',
        pointer: '/website',
        line: 1,
        column: 1,
        message:
          'The group\'s website is missing. The program requires a public website or online presence that non-members can read (a site, or a page on a meetup platform): add "website:" with its https link.',
      },
    ]);
    expect(schemaAboutWebsite(text)).toEqual([]);
  });

  it('asks for an empty website, on its line', () => {
    const findings = findingsOf(RULE, withField('website', ''));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/website',
      line: 9,
      column: 1,
    });
    expect(findings[0]?.message).toContain("The group's website is missing.");
  });

  it('suggests https for an http link', () => {
    const text = withField('website', 'http://example-azure.org/');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/website',
      line: 9,
      column: 10,
    });
    expect(findings[0]?.message).toBe(
      'The website "http://example-azure.org/" must use https:// so that everyone can open it safely. Did you mean "https://example-azure.org/"?',
    );
    expect(schemaAboutWebsite(text)).toEqual([]);
  });

  it('asks for a whole link when the scheme is left out, suggesting it', () => {
    const text = withField('website', 'example-azure.org');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/website',
      line: 9,
      column: 10,
    });
    expect(findings[0]?.message).toContain(
      'The website "example-azure.org" is not a full web address.',
    );
    expect(findings[0]?.message).toContain('Did you mean "https://example-azure.org"?');
    expect(schemaAboutWebsite(text)).toEqual([]);
  });

  it('does not suggest a link that would itself fail', () => {
    const findings = findingsOf(RULE, withField('website', 'our website'));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain(
      'is not a full web address. Write the whole link, starting with https://.',
    );
    expect(findings[0]?.message).not.toContain('Did you mean');

    const local = findingsOf(RULE, withField('website', 'http://localhost:8080/'));
    expect(local[0]?.message).toContain('must use https://');
    expect(local[0]?.message).not.toContain('Did you mean');
  });

  it('refuses private and local addresses', () => {
    for (const url of [
      'https://localhost/',
      'https://10.0.0.1/',
      'https://192.168.1.20/groep',
      'https://[::1]/',
      'https://[::ffff:10.0.0.1]/',
      'https://club.local/',
      'https://intranet/',
    ]) {
      const text = withField('website', url);
      const findings = findingsOf(RULE, text);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        severity: 'error',
        pointer: '/website',
        line: 9,
        column: 10,
      });
      expect(findings[0]?.message).toBe(`The website "${url}" ${PRIVATE}. Use the public link.`);
      expect(schemaAboutWebsite(text)).toEqual([]);
    }
  });

  it('refuses a link with credentials in it', () => {
    const text = withField('website', 'https://anna:secret@example-azure.org/');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/website',
      line: 9,
      column: 10,
    });
    expect(findings[0]?.message).toBe(
      'The website "https://anna:secret@example-azure.org/" holds a user name or password. Remove them: the link must open for everyone without signing in.',
    );
    expect(schemaAboutWebsite(text)).toEqual([]);
  });

  it('refuses a link with only a user name in it, and names credentials before a private host', () => {
    for (const url of ['https://anna@example-azure.org/', 'https://anna:secret@localhost/']) {
      const text = withField('website', url);
      const findings = findingsOf(RULE, text);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        severity: 'error',
        pointer: '/website',
        line: 9,
        column: 10,
      });
      expect(findings[0]?.message).toBe(
        `The website "${url}" holds a user name or password. Remove them: the link must open for everyone without signing in.`,
      );
      expect(schemaAboutWebsite(text)).toEqual([]);
    }
  });

  it('calls a link with a space in it not a full web address, without a suggestion', () => {
    for (const url of ['https://example-azure.org/our group', 'example-azure.org/our group']) {
      const text = withField('website', url);
      const findings = findingsOf(RULE, text);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        severity: 'error',
        pointer: '/website',
        line: 9,
        column: 10,
      });
      // The https-prefixed candidate still holds the space, so it would fail too: no suggestion.
      expect(findings[0]?.message).toBe(
        `The website "${url}" is not a full web address. Write the whole link, starting with https://.`,
      );
      expect(schemaAboutWebsite(text)).toEqual([]);
    }
  });

  it('explains a value that is not text instead of calling it missing', () => {
    const text = withField('website', '[https://example-azure.org/]');
    const findings = findingsOf(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      pointer: '/website',
      line: 9,
      column: 10,
    });
    expect(findings[0]?.message).toContain(
      'The website must be a web address starting with https://, but it is',
    );
    expect(schemaAboutWebsite(text)).toEqual([]);
  });

  it('leaves a too long link to the schema rule', () => {
    const text = withField('website', `https://example-azure.org/${'a'.repeat(480)}`);
    expect(findingsOf(RULE, text)).toEqual([]);
    expect(schemaAboutWebsite(text).map((finding) => finding.message)).toEqual([
      '"website" is too long: at most 500 characters.',
    ]);
  });
});
