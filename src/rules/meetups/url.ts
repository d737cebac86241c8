import { fullFormats } from 'ajv-formats/dist/formats.js';
import { pointer } from '../../core/json-pointer.js';
import { asList, asRecord, describeType, field, quote } from '../../core/read.js';
import type { GroupRule, Problem } from '../rule.js';

// The schema's own test for a meetup's page (`format: uri` and `pattern: ^https?://`), so that this
// rule and the schema accept exactly the same links.
const isUri = fullFormats.uri as (text: string) => boolean;
const WEB_SCHEME = /^https?:\/\//;
const isMeetupPage = (text: string): boolean => WEB_SCHEME.test(text) && isUri(text);

const OPTIONAL = 'or leave "url" out: it is optional.';

export const rule: GroupRule = {
  id: 'meetups/url',
  scope: 'group',
  summary: "A meetup's page, when given, is a full web address (https:// or http://).",
  severity: 'error',
  waivable: false,
  // The schema checks this field twice (its pattern and its format) and would report a bad link
  // twice, once saying only https:// will do; this rule says it once, as the format has it.
  owns: ['/meetups/*/url'],
  check({ data }) {
    const problems: Problem[] = [];
    asList(field(data, 'meetups')).forEach((entry, index) => {
      const meetup = asRecord(entry);
      if (!meetup || !Object.hasOwn(meetup, 'url')) return;
      const message = explain(field(meetup, 'url'));
      if (message !== undefined)
        problems.push({ pointer: pointer('meetups', index, 'url'), message });
    });
    return problems;
  },
};

function explain(value: unknown): string | undefined {
  if (value === null) {
    return `"url" is empty. Write the meetup's public page, starting with https://, ${OPTIONAL}`;
  }
  if (typeof value !== 'string') {
    return `The meetup's page must be a web address starting with https://, but "url" is ${describeType(value)}. Write the whole link, ${OPTIONAL}`;
  }
  if (isMeetupPage(value)) return undefined;
  if (isUri(value)) {
    // A link, but not to a web page: another scheme (mailto:, ftp:), or HTTPS:// in capitals.
    const lowered = value.replace(/^https?:\/\//i, (scheme) => scheme.toLowerCase());
    return `The meetup's page ${quote(value)} must be a web page, starting with https:// (or http://), ${OPTIONAL}${suggest(lowered)}`;
  }
  return `The meetup's page ${quote(value)} is not a full web address. Write the whole link, starting with https:// (or http://), ${OPTIONAL}${suggest(`https://${value.trim()}`)}`;
}

/** Offers a corrected link only when it would itself pass. */
function suggest(candidate: string): string {
  return isMeetupPage(candidate) ? ` Did you mean ${quote(candidate, 200)}?` : '';
}
