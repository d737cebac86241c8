import { fullFormats } from 'ajv-formats/dist/formats.js';
import { pointer } from '../../core/json-pointer.js';
import type { MessageRef } from '../../core/finding.js';
import { asList, asRecord, asText, field, quote, valueKind } from '../../core/read.js';
import { say } from '../../i18n/findings/index.js';
import type { GroupRule, Problem } from '../rule.js';

// The schema's own test for a meetup's page (`format: uri` and `pattern: ^https?://`), so that this
// rule and the schema accept exactly the same links.
const isUri = fullFormats.uri as (text: string) => boolean;
const WEB_SCHEME = /^https?:\/\//;
const isMeetupPage = (text: string): boolean => WEB_SCHEME.test(text) && isUri(text);

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

function explain(value: unknown): MessageRef | undefined {
  // `url:`, `url: ""` and `url: "  "` all hold no link: said as empty, not as a bad address.
  if (value === null || (typeof value === 'string' && asText(value) === undefined))
    return say('meetups/url.empty');
  if (typeof value !== 'string') return say('meetups/url.not-text', { kind: valueKind(value) });
  if (isMeetupPage(value)) return undefined;
  if (isUri(value)) {
    // A link, but not to a web page: another scheme (mailto:, ftp:), or HTTPS:// in capitals.
    const lowered = value.replace(/^https?:\/\//i, (scheme) => scheme.toLowerCase());
    return say('meetups/url.not-a-web-page', { value: quote(value), ...suggest(lowered) });
  }
  return say('meetups/url.not-an-address', {
    value: quote(value),
    ...suggest(`https://${value.trim()}`),
  });
}

/** Offers a corrected link only when it would itself pass. */
function suggest(candidate: string): { offer: 'yes'; suggestion: string } | { offer: 'no' } {
  return isMeetupPage(candidate)
    ? { offer: 'yes', suggestion: quote(candidate, 200) }
    : { offer: 'no' };
}
